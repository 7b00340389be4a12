"""A review sign-off lives in the catalog: `workbench update` and an XLIFF round trip keep it,
and a changed source makes it stale (msgmerge: tests/unit/test_review.py; git merge:
tests/cli/test_git_merge.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import require_system
from workbench.catalog import review
from workbench.catalog.pofile import read_catalog, write_catalog
from workbench.cli import main

STATEMENT = "# Statement\n\nThe union protests. Leaders were detained.\n"
RU = {"Statement": "Заявление", "The union protests.": "Профсоюз протестует.",
      "Leaders were detained.": "Руководители задержаны."}


@pytest.fixture
def root(make_project, monkeypatch) -> Path:
    project = make_project({"demo": STATEMENT}, targets=("ru",))
    monkeypatch.setenv("WORKBENCH_REVIEWER", "Rita")
    assert main(["--project", str(project.root), "update"]) == 0
    catalog = read_catalog(project.po_path("ru", "demo"))
    for entry in catalog:
        entry.msgstr = RU[entry.msgid]
    write_catalog(catalog)
    assert main(["--project", str(project.root), "review", "--lang", "ru", "--all-translated"]) == 0
    return project.root


def states(root: Path) -> dict[str, str]:
    catalog = read_catalog(root / "locales/ru/LC_MESSAGES/demo.po")
    return {e.msgid: review.review_state(e) for e in catalog if not e.obsolete}


def test_update_keeps_sign_offs_and_a_source_change_makes_one_stale(root: Path) -> None:
    assert set(states(root).values()) == {"reviewed"}
    (root / "corpus/demo.md").write_text(STATEMENT + "\nA new paragraph.\n")
    assert main(["--project", str(root), "update"]) == 0
    assert states(root) == {**dict.fromkeys(RU, "reviewed"), "A new paragraph.": "unreviewed"}
    (root / "corpus/demo.md").write_text(STATEMENT.replace("Leaders were", "Two leaders were"))
    assert main(["--project", str(root), "update"]) == 0
    after = states(root)
    assert after["Statement"] == after["The union protests."] == "reviewed"
    assert after["Two leaders were detained."] == "stale"  # fuzzy match of the old sentence


def test_xliff_round_trip_keeps_sign_offs(root: Path, tmp_path: Path) -> None:
    before = (root / "locales/ru/LC_MESSAGES/demo.po").read_bytes()
    xlf = tmp_path / "demo.ru.xlf"
    assert main(["--project", str(root), "xliff", "export", "demo", "--lang", "ru", "-o", str(xlf)]) == 0
    assert xlf.read_text().count('approved="yes"') == 3
    assert main(["--project", str(root), "xliff", "import", str(xlf)]) == 0
    assert (root / "locales/ru/LC_MESSAGES/demo.po").read_bytes() == before
    assert set(states(root).values()) == {"reviewed"}


def test_the_approved_text_of_a_stale_sign_off_is_found_in_git(root: Path) -> None:
    import os
    import shutil
    import subprocess

    from workbench.catalog.review_history import approved_text

    require_system(shutil.which("git") is not None, "git")
    env = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "T",
           "GIT_COMMITTER_EMAIL": "t@x"}
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "reviewed"]):
        subprocess.run(["git", *args], cwd=root, check=True, env=env, capture_output=True)
    path = root / "locales/ru/LC_MESSAGES/demo.po"
    catalog = read_catalog(path)
    catalog.find("The union protests.").msgstr = "Профсоюз выражает протест."
    write_catalog(catalog)
    subprocess.run(["git", "commit", "-q", "-am", "changed"], cwd=root, check=True, env=env)
    entry = read_catalog(path).find("The union protests.")
    assert review.is_stale(entry)
    assert approved_text(path, entry) == ["Профсоюз протестует."]
    assert approved_text(path, read_catalog(path).find("Statement")) == ["Заявление"]
