"""Review sign-off from the command line, the review gate, and publication records with an
erratum: publish ru and be, correct one English sentence, update, and see exactly that one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.catalog import review
from workbench.catalog.pofile import read_catalog, write_catalog
from workbench.cli import main

STATEMENT = ("# Statement\n\nThe union protests. Leaders were detained.\n\n"
             "The strike continues.\n")
TRANSLATIONS = {
    "ru": {"Statement": "Заявление", "The union protests.": "Профсоюз протестует.",
           "Leaders were detained.": "Руководители задержаны.",
           "The strike continues.": "Забастовка продолжается.",
           "Three leaders were detained.": "Трое руководителей задержаны."},
    "be": {"Statement": "Заява", "The union protests.": "Прафсаюз пратэстуе.",
           "Leaders were detained.": "Кіраўнікі затрыманыя.",
           "The strike continues.": "Забастоўка працягваецца.",
           "Three leaders were detained.": "Трое кіраўнікоў затрыманыя."},
}


@pytest.fixture
def root(make_project, monkeypatch) -> Path:
    project = make_project({"demo": STATEMENT}, extra_config="")
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Rita Reviewer <rita@example.org>")
    assert main(["--project", str(project.root), "update"]) == 0
    for lang in ("ru", "be"):
        translate(project.root, lang)
    return project.root


def translate(root: Path, lang: str) -> None:
    path = root / "locales" / lang / "LC_MESSAGES" / "demo.po"
    catalog = read_catalog(path)
    for entry in catalog:
        if entry.msgid in TRANSLATIONS[lang] and not entry.obsolete:
            entry.msgstr = TRANSLATIONS[lang][entry.msgid]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
    write_catalog(catalog)


def status_rows(root: Path, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["--project", str(root), "status", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_review_cli_approves_and_status_counts_reviewed(root: Path, capsys) -> None:
    assert main(["--project", str(root), "review", "--lang", "be", "--approve", "1,3"]) == 0
    catalog = read_catalog(root / "locales/be/LC_MESSAGES/demo.po")
    entries = review.segments(catalog)
    assert [review.is_approved(e) for e in entries] == [True, False, True, False]
    assert review.sign_off(entries[0]).reviewer == "Rita Reviewer <rita@example.org>"  # type: ignore[union-attr]
    be = next(r for r in status_rows(root, capsys) if r["lang"] == "be")
    assert (be["translated"], be["reviewed"], be["stale"]) == (4, 2, 0)
    assert main(["--project", str(root), "review", "--lang", "be", "--approve", "9"]) == 1
    assert main(["--project", str(root), "review", "--lang", "be", "--approve", "x"]) == 2
    assert main(["--project", str(root), "review", "--lang", "be", "--all-translated"]) == 0
    be = next(r for r in status_rows(root, capsys) if r["lang"] == "be")
    assert be["reviewed"] == 4


def test_require_review_holds_the_gate_until_every_segment_is_signed_off(root: Path, capsys) -> None:
    config = root / "workbench.toml"
    config.write_text(config.read_text() + "\n[publish]\nrequire_review = true\n")
    assert main(["--project", str(root), "review", "--lang", "ru", "--approve", "1-3"]) == 0
    capsys.readouterr()
    assert main(["--project", str(root), "export", "demo", "--lang", "ru"]) == 1
    err = capsys.readouterr().err
    assert "1 unreviewed" in err and "The strike continues." in err
    assert main(["--project", str(root), "review", "--lang", "ru", "--approve", "4"]) == 0
    assert main(["--project", str(root), "export", "demo", "--lang", "ru"]) == 0
    # a translation changed after the sign-off: stale, and the gate holds again
    path = root / "locales/ru/LC_MESSAGES/demo.po"
    catalog = read_catalog(path)
    catalog.find("The strike continues.").msgstr = "Стачка продолжается."
    write_catalog(catalog)
    capsys.readouterr()
    assert main(["--project", str(root), "export", "demo", "--lang", "ru"]) == 1
    assert "1 review stale" in capsys.readouterr().err


def test_erratum_lists_exactly_the_corrected_segment_in_both_languages(root: Path, capsys) -> None:
    assert main(["--project", str(root), "export", "demo", "--lang", "ru", "--format", "html"]) == 0
    assert main(["--project", str(root), "export", "--all"]) == 0  # be (and ru again, as md)
    record = json.loads((root / "published/demo.be.json").read_text())
    assert (record["statement"], record["language"]) == ("demo", "be")
    assert [s["source"] for s in record["segments"]] == list(TRANSLATIONS["be"])[:4]
    assert all(s["translation_fingerprint"] for s in record["segments"])
    assert sorted(json.loads((root / "published/demo.ru.json").read_text())["files"]) == \
        ["dist/ru/demo.html", "dist/ru/demo.md"]
    assert all(r["published"]["out_of_date"] is False for r in status_rows(root, capsys))

    corpus = root / "corpus/demo.md"
    corpus.write_text(STATEMENT.replace("Leaders were", "Three leaders were"))
    assert main(["--project", str(root), "update"]) == 0
    rows = status_rows(root, capsys)
    for row in rows:
        assert row["published"]["changed"] == ["Three leaders were detained."], row["lang"]
        assert row["published"]["retranslated"] == []
        assert row["published"]["removed"] == ["Leaders were detained."]
    assert main(["--project", str(root), "status"]) == 0
    text = capsys.readouterr().out
    assert text.count("source changed, translate and review: Three leaders were detained.") == 2

    capsys.readouterr()
    assert main(["--project", str(root), "export", "--changed"]) == 1  # fuzzy: not ready yet
    assert capsys.readouterr().err.count("1 fuzzy") == 2
    translate(root, "ru")
    translate(root, "be")
    before = (root / "dist/be/demo.md").read_text()
    assert main(["--project", str(root), "export", "--changed"]) == 0
    out = capsys.readouterr().out
    assert sorted(out.split()) == sorted(["wrote", "dist/ru/demo.html", "wrote", "dist/ru/demo.md",
                                          "wrote", "dist/be/demo.md"])
    assert "Трое кіраўнікоў" in (root / "dist/be/demo.md").read_text() != before
    assert all(not r["published"]["out_of_date"] for r in status_rows(root, capsys))
    assert main(["--project", str(root), "export", "--changed"]) == 0
    assert "Nothing to re-publish" in capsys.readouterr().out


def test_a_header_conflict_left_by_a_merge_holds_the_gate(root: Path, capsys) -> None:
    from workbench.catalog import conflicts

    path = root / "locales/ru/LC_MESSAGES/demo.po"
    catalog = read_catalog(path)
    catalog.header = conflicts.mark_header(catalog.header, "Plural-Forms", "nplurals=2; plural=n>1;")
    write_catalog(catalog)
    capsys.readouterr()
    assert main(["--project", str(root), "export", "demo", "--lang", "ru"]) == 1
    err = capsys.readouterr().err
    assert "1 QA error" in err and "header field Plural-Forms" in err
    assert "QA error [merge-conflict-header]" in err


def test_reject_sends_a_segment_back_with_a_note(root: Path, capsys) -> None:
    assert main(["--project", str(root), "review", "--lang", "ru", "--all-translated"]) == 0
    assert main(["--project", str(root), "review", "--lang", "ru", "--reject", "2"]) == 2
    assert main(["--project", str(root), "review", "--lang", "ru", "--reject", "2",
                 "--note", "say 'выражает протест'"]) == 0
    entry = review.segments(read_catalog(root / "locales/ru/LC_MESSAGES/demo.po"))[1]
    assert "fuzzy" in entry.flags and review.review_state(entry) == "rejected"
    assert review.rejection(entry).note == "say 'выражает протест'"  # type: ignore[union-attr]
    ru = next(r for r in status_rows(root, capsys) if r["lang"] == "ru")
    assert (ru["reviewed"], ru["fuzzy"]) == (3, 1)
    (root / "corpus/other.md").write_text("# Other\n\nAnother text.\n")
    assert main(["--project", str(root), "update"]) == 0
    capsys.readouterr()
    assert main(["--project", str(root), "review", "--lang", "ru", "--approve", "1"]) == 2
    assert "name it" in capsys.readouterr().err
    assert main(["--project", str(root), "review", "demo", "--lang", "ru", "--approve", "1"]) == 0


def test_exporting_the_same_text_again_leaves_the_record_alone(root: Path) -> None:
    assert main(["--project", str(root), "export", "demo", "--lang", "be"]) == 0
    path = root / "published/demo.be.json"
    first = path.read_bytes()
    stamp = path.stat().st_mtime_ns
    assert main(["--project", str(root), "export", "demo", "--lang", "be"]) == 0
    assert path.read_bytes() == first and path.stat().st_mtime_ns == stamp
    assert main(["--project", str(root), "export", "demo", "--lang", "be", "--format", "txt"]) == 0
    record = json.loads(path.read_text())
    assert record["files"] == ["dist/be/demo.md", "dist/be/demo.txt"]
    assert record["published"] == json.loads(first)["published"]


def test_check_reports_a_header_conflict(root: Path, capsys) -> None:
    from workbench.catalog import conflicts

    path = root / "locales/ru/LC_MESSAGES/demo.po"
    catalog = read_catalog(path)
    catalog.header = conflicts.mark_header(catalog.header, "Language", "ru_RU")
    write_catalog(catalog)
    capsys.readouterr()
    assert main(["--project", str(root), "check", "--lang", "ru"]) == 1
    out = capsys.readouterr().out
    assert "merge-conflict-header" in out and "Language" in out
