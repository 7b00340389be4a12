"""One "add term" policy: the editor's dialog and `workbench glossary add` change the termbase
the same way (issue #17)."""

from __future__ import annotations

from pathlib import Path

from tuikit import build_project

from workbench.cli import main
from workbench.glossary import load_termbase
from workbench.tui.services.glossary_edit import add_term


def terms(project) -> list[tuple[str, list[tuple[str, str, str]]]]:
    return [(c.id, [(t.lang, t.text, t.status) for t in c.terms]) for c in load_termbase(project)]


def test_editor_and_cli_add_a_term_the_same_way(tmp_path: Path) -> None:
    by_cli, by_editor = build_project(tmp_path / "cli"), build_project(tmp_path / "tui")
    # "trade union" is in the glossary already (uk: профспілка, preferred): the new
    # translation joins that concept, admitted, in both front ends.
    assert main(["--project", str(by_cli.root), "glossary", "add", "trade union",
                 "--lang", "uk", "спілка"]) == 0
    add_term(by_editor, "trade union", "en", "спілка", "uk")
    assert terms(by_cli) == terms(by_editor)
    concept = dict(terms(by_editor))["trade-union"]
    assert ("uk", "спілка", "admitted") in concept and len(terms(by_editor)) == 1
