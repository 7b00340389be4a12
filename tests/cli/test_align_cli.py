"""`workbench align`: the bundled statement and its real Russian translation, published as a
document, pre-fill the catalog that `check` then treats like any other; TMX and batches."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polib
import pytest

from workbench.cli import main
from workbench.segment import segment_document
from workbench.tm.tmx import read_tmx

REPO = Path(__file__).resolve().parents[2]
SLUG = "industriall-belarus-joint-statement"


def _published(lang: str) -> str:
    source = (REPO / "corpus" / f"{SLUG}.md").read_text(encoding="utf-8")
    po = polib.pofile(str(REPO / "locales" / lang / "LC_MESSAGES" / f"{SLUG}.po"))
    translation = {e.msgid: e.msgstr for e in po}
    paragraphs: dict[int, list[str]] = {}
    for segment in segment_document(source, "en"):
        paragraphs.setdefault(segment.block, []).append(translation[segment.text])
    first, second = paragraphs[2]  # as published: two sentences made one
    paragraphs[2] = [f"{first[:-1]}; {second[0].lower()}{second[1:]}"]
    return "## " + "\n\n".join(" ".join(p) for _, p in sorted(paragraphs.items())) + "\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    for name in ("workbench.toml", "corpus", "glossary"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    assert main(["--project", str(root), "update"]) == 0
    (tmp_path / "ru.md").write_text(_published("ru"), encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def test_align_fills_the_catalog_and_check_accepts_it(project: Path, capsys) -> None:
    assert main(["align", f"corpus/{SLUG}.md", "../ru.md", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert f"locales/ru/LC_MESSAGES/{SLUG}.po: 20 translated, 1 fuzzy" in out
    catalog = polib.pofile(str(project / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po"))
    reference = polib.pofile(str(REPO / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po"))
    right = {e.msgid: e.msgstr for e in reference}
    translated = [e for e in catalog if e.translated()]
    assert len(translated) == 20 and all(e.msgstr == right[e.msgid] for e in translated)
    assert all("aligned from ru.md (1-1" in e.tcomment for e in translated)
    merged = [e for e in catalog if e.fuzzy]
    assert len(merged) == 1 and "aligned from ru.md (2-1" in merged[0].tcomment
    assert merged[0].msgstr.startswith(right[merged[0].msgid][:-1] + "; ")
    follower = [e for e in catalog if not e.msgstr]
    assert len(follower) == 1 and "translated with the sentence before" in follower[0].tcomment
    assert main(["check", "--lang", "ru"]) == 0
    capsys.readouterr()
    # a second run keeps what is translated
    assert main(["align", f"corpus/{SLUG}.md", "../ru.md", "--lang", "ru", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report[0]["kept"] == 20 and report[0]["translated"] == 0 and report[0]["fuzzy"] == 1
    assert {link["kind"] for link in report[0]["links"]} <= {"1-1", "2-1"}


def test_to_tm_writes_a_tmx_other_tools_read(project: Path, capsys) -> None:
    before = (project / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po").read_bytes()
    assert main(["align", f"corpus/{SLUG}.md", "../ru.md", "--lang", "ru", "--to-tm"]) == 0
    tmx = project / "tm" / f"{SLUG}.ru.aligned.tmx"
    assert tmx.exists()
    content = read_tmx(tmx, "en", ["ru"], max_bytes=1 << 20)
    units = [unit for found in content.units.values() for unit in found]
    assert len(units) == 21 and sum(u.fuzzy for u in units) == 1  # the merged pair is fuzzy
    assert (project / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po").read_bytes() == before


def test_batch_pairs_documents_by_name(project: Path, tmp_path: Path, capsys) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(project / "corpus" / f"{SLUG}.md", archive / "belarus.en.md")
    shutil.copy(tmp_path / "ru.md", archive / "belarus.ru.md")
    shutil.copy(project / "corpus" / f"{SLUG}.md", archive / "lonely.en.md")
    assert main(["align", "--batch", str(archive), "--lang", "ru"]) == 0
    assert "tm/belarus.ru.aligned.tmx: 21 units (20 confident, the rest fuzzy)" in capsys.readouterr().out
    assert (project / "tm" / "belarus.ru.aligned.tmx").exists()
    assert not (project / "tm" / "lonely.ru.aligned.tmx").exists()


def test_a_bad_translation_file_is_one_line_and_writes_nothing(project: Path, tmp_path: Path,
                                                                capsys) -> None:
    bad = tmp_path / "ru.docx"
    bad.write_bytes(b"not a zip")
    before = (project / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po").read_bytes()
    assert main(["align", f"corpus/{SLUG}.md", str(bad), "--lang", "ru"]) == 2
    err = capsys.readouterr().err.strip()
    assert "ru.docx" in err and "\n" not in err
    assert (project / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po").read_bytes() == before


def test_the_editor_session_opens_an_aligned_catalog_like_any_other(project: Path, capsys) -> None:
    from workbench.project import Project
    from workbench.session import Session

    assert main(["align", f"corpus/{SLUG}.md", "../ru.md", "--lang", "ru"]) == 0
    session = Session.open(Project.open(project), SLUG, "ru", restore=False)
    first = session.start_index()  # the first segment that needs work: the merged pair
    entry = session.entries[first]
    assert entry.fuzzy and "aligned from ru.md (2-1" in entry.tcomment
    session.confirm(first)
    again = polib.pofile(str(project / "locales" / "ru" / "LC_MESSAGES" / f"{SLUG}.po"))
    assert not again.find(entry.msgid).fuzzy
