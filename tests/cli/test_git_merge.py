"""Team work in git: two clones of a project merge their catalogs through Workbench's driver."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import require_system, write_project
from workbench.catalog import conflicts
from workbench.catalog.pofile import read_catalog, write_catalog
from workbench.cli import main
from workbench.gitsetup import ATTRIBUTES

LONG = ("The strike committee said that the workers of the plant have not been paid for three "
        "months and that the management refuses to meet their representatives.")
STATEMENT = f"# Statement\n\nThe union protests. Leaders were detained.\n\n{LONG}\n\n- One item.\n"
ENV = {"GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "T",
       "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1"}







def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **ENV, "HOME": str(cwd.parent)}
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=env)
    if check and done.returncode != 0:
        raise AssertionError(f"git {' '.join(args)}: {done.stdout}{done.stderr}")
    return done


@pytest.fixture
def clones(tmp_path: Path) -> tuple[Path, Path]:
    """Two clones (a, b) of a project whose ru and be catalogs exist, with the driver set up."""
    require_system(shutil.which("git") is not None, "git")
    require_system(shutil.which("msgfmt") is not None, "gettext (msgfmt)")
    origin = tmp_path / "origin"
    write_project(origin, {"demo": STATEMENT})
    assert main(["--project", str(origin), "update"]) == 0
    git(origin, "init", "-q", "-b", "main")
    assert main(["--project", str(origin), "git", "setup"]) == 0
    git(origin, "add", "-A")
    git(origin, "commit", "-q", "-m", "start")
    a, b = tmp_path / "a", tmp_path / "b"
    for clone in (a, b):
        git(tmp_path, "clone", "-q", str(origin), clone.name)
        git(clone, "config", "pull.rebase", "false")
        assert main(["--project", str(clone), "git", "setup"]) == 0
    git(origin, "config", "receive.denyCurrentBranch", "ignore")
    return a, b


def po(root: Path, lang: str = "ru") -> Path:
    return root / "locales" / lang / "LC_MESSAGES" / "demo.po"


def edit(root: Path, change: Callable, message: str, lang: str = "ru") -> None:
    catalog = read_catalog(po(root, lang))
    change(catalog)
    write_catalog(catalog)
    git(root, "commit", "-q", "-am", message)


def translate(**pairs: str) -> Callable:
    def change(catalog) -> None:
        for msgid, msgstr in pairs.items():
            catalog.find(_MSGIDS[msgid]).msgstr = msgstr
    return change


_MSGIDS = {"title": "Statement", "protest": "The union protests.",
           "detained": "Leaders were detained.", "long": LONG, "item": "One item."}


def merge(a: Path, b: Path) -> subprocess.CompletedProcess[str]:
    """a pushes, b pulls (git runs the driver on b's side)."""
    git(a, "push", "-q", "origin", "main")
    return git(b, "pull", "-q", "--no-edit", "origin", "main", check=False)


def assert_valid(path: Path) -> None:
    done = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "<<<<<<<" not in path.read_text(encoding="utf-8")


def translations(path: Path) -> set[str]:
    """Every translation the file holds: msgstrs, obsolete ones, and the other side of conflicts."""
    found: set[str] = set()
    for entry in read_catalog(path):
        found.add(entry.msgstr)
        found.update(conflicts.other_side(entry) or [])
    return found - {""}


def test_setup_is_idempotent_and_registered_by_init(clones, tmp_path: Path, capsys) -> None:
    a, _ = clones
    attributes = (a / ".gitattributes").read_text()
    assert all(line in attributes.splitlines() for line in ATTRIBUTES)
    assert "merge-driver %O %A %B %P" in git(a, "config", "merge.workbench.driver").stdout
    capsys.readouterr()
    assert main(["--project", str(a), "git", "setup"]) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert (a / ".gitattributes").read_text() == attributes
    git(tmp_path, "init", "-q", "fresh")
    assert main(["init", str(tmp_path / "fresh"), "--targets", "ru"]) == 0
    assert "*.po merge=workbench" in (tmp_path / "fresh" / ".gitattributes").read_text()
    assert git(tmp_path / "fresh", "config", "merge.workbench.driver").stdout.strip()


def test_different_entries_merge_cleanly(clones) -> None:
    a, b = clones
    edit(a, translate(title="Заявление", long="Забастовочный комитет заявил, что рабочим завода "
                      "не платят три месяца, а руководство отказывается встречаться с их "
                      "представителями."), "a")
    edit(b, translate(protest="Профсоюз протестует."), "b")
    done = merge(a, b)
    assert done.returncode == 0, done.stderr
    merged = read_catalog(po(b))
    assert merged.find("Statement").msgstr == "Заявление"
    assert merged.find("The union protests.").msgstr == "Профсоюз протестует."
    assert merged.find(LONG).msgstr.startswith("Забастовочный")
    assert_valid(po(b))


def test_same_entry_differently_is_a_valid_conflict_that_check_reports(clones, capsys) -> None:
    a, b = clones
    edit(a, translate(title="Заявление"), "a")
    edit(b, translate(title="Декларация", protest="Профсоюз протестует."), "b")
    done = merge(a, b)
    assert done.returncode != 0 and "CONFLICT" in done.stdout + done.stderr
    assert_valid(po(b))
    entry = read_catalog(po(b)).find("Statement")
    assert entry.msgstr == "Декларация" and "fuzzy" in entry.flags
    assert conflicts.other_side(entry) == ["Заявление"]
    assert translations(po(b)) >= {"Заявление", "Декларация", "Профсоюз протестует."}
    capsys.readouterr()
    assert main(["--project", str(b), "check", "--lang", "ru"]) != 0
    assert "merge-conflict" in capsys.readouterr().out


def test_header_churn_and_rewrapping_merge_cleanly(clones) -> None:
    a, b = clones

    def header_and_title(catalog) -> None:
        catalog.metadata["PO-Revision-Date"] = "2026-12-04 10:00+0000"
        catalog.metadata["Last-Translator"] = "Ann <ann@example.org>"
        catalog.find("Statement").msgstr = "Заявление"
    edit(a, header_and_title, "a")
    path = po(b)
    subprocess.run(["msgcat", "--width=40", "-o", str(path), str(path)], check=True)
    catalog = read_catalog(path)
    catalog.metadata["PO-Revision-Date"] = "2026-12-04 09:00+0000"
    catalog.metadata["Last-Translator"] = "Bob <bob@example.org>"
    catalog.find("Leaders were detained.").msgstr = "Руководители задержаны."
    write_catalog(catalog)
    git(b, "commit", "-q", "-am", "b rewrapped")
    done = merge(a, b)
    assert done.returncode == 0, done.stderr
    merged = read_catalog(po(b))
    assert merged.metadata["Last-Translator"] == "Ann <ann@example.org>"
    assert merged.find("Statement").msgstr == "Заявление"
    assert merged.find("Leaders were detained.").msgstr == "Руководители задержаны."
    assert_valid(po(b))


def test_update_after_a_source_change_on_one_side(clones) -> None:
    a, b = clones
    edit(a, translate(protest="Профсоюз протестует.", detained="Руководители задержаны."), "a")
    git(a, "push", "-q", "origin", "main")
    git(b, "pull", "-q", "--no-edit", "origin", "main")
    edit(b, translate(title="Заявление"), "b translates")
    corpus = a / "corpus" / "demo.md"
    corpus.write_text(STATEMENT.replace("Leaders were detained.", "Two leaders were detained."))
    assert main(["--project", str(a), "update"]) == 0
    edit(a, translate(item="Один пункт."), "a: source changed, updated, translated")
    done = merge(a, b)
    assert done.returncode == 0, done.stderr
    for lang in ("ru", "be"):
        assert_valid(po(b, lang))
    merged = read_catalog(po(b))
    assert merged.find("Statement").msgstr == "Заявление"
    assert merged.find("One item.").msgstr == "Один пункт."
    moved = merged.find("Two leaders were detained.")
    assert moved.msgstr == "Руководители задержаны." and "fuzzy" in moved.flags
    assert "Руководители задержаны." in translations(po(b))
    assert git(b, "status", "--porcelain").stdout.strip() == ""


def test_review_sign_offs_survive_a_merge(clones) -> None:
    from workbench.catalog import review

    a, b = clones
    edit(a, translate(title="Заявление", protest="Профсоюз протестует."), "a translates")
    git(a, "push", "-q", "origin", "main")
    git(b, "pull", "-q", "--no-edit", "origin", "main")

    def sign(catalog) -> None:
        for msgid in ("Statement", "The union protests."):
            review.approve(catalog.find(msgid), "Rita")
    edit(a, sign, "a: reviewed")
    edit(b, translate(detained="Руководители задержаны.", protest="Профсоюз выражает протест."),
         "b: translates one more, changes a reviewed one")
    done = merge(a, b)
    assert done.returncode == 0, done.stderr
    merged = read_catalog(po(b))
    assert review.is_approved(merged.find("Statement"))
    assert review.is_stale(merged.find("The union protests."))  # changed after the sign-off
    assert merged.find("Leaders were detained.").msgstr == "Руководители задержаны."
    assert_valid(po(b))


def test_a_retranslation_follows_the_sentence_the_other_side_corrected(clones) -> None:
    a, b = clones
    edit(a, translate(detained="Руководители задержаны."), "a translates")
    git(a, "push", "-q", "origin", "main")
    git(b, "pull", "-q", "--no-edit", "origin", "main")
    edit(b, translate(detained="Лидеры были задержаны."), "b retranslates")
    corpus = a / "corpus" / "demo.md"
    corpus.write_text(STATEMENT.replace("Leaders were detained.", "Two leaders were detained."))
    assert main(["--project", str(a), "update"]) == 0
    git(a, "commit", "-q", "-am", "a: source corrected, updated")
    done = merge(a, b)
    assert done.returncode == 0, done.stderr
    merged = read_catalog(po(b))
    moved = merged.find("Two leaders were detained.")
    assert moved.msgstr == "Лидеры были задержаны." and "fuzzy" in moved.flags
    assert_valid(po(b))
    last = list(merged)[-1]
    assert last.obsolete and last.msgid == "Leaders were detained."


def test_a_file_that_is_not_po_falls_back_to_line_markers(tmp_path: Path, capsys) -> None:
    require_system(shutil.which("git") is not None, "git")
    base, ours, theirs = (tmp_path / n for n in ("O", "A", "B"))
    base.write_text('msgid "a"\nmsgstr ""\n')
    ours.write_text('msgid "a"\nmsgstr "x"\n')
    theirs.write_text('msgid "a"\nmsgstr "y\n')  # unterminated string
    assert main(["merge-driver", str(base), str(ours), str(theirs), "x.po"]) == 1
    assert "falling back to git's line merge" in capsys.readouterr().err
    assert "<<<<<<< ours" in ours.read_text()
