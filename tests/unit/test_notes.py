"""Notes to translators beside a statement (corpus/<slug>.notes.toml) reach the catalogs."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.catalog.pofile import read_catalog
from workbench.catalog.template import build_template
from workbench.catalog.update import plan_update
from workbench.errors import WorkbenchError
from workbench.project import Project

REPO_ROOT = Path(__file__).resolve().parents[2]

TEXT = "# Title\n\nThe union lead the strike. Workers joined it.\n\nThe union lead again.\n"


def _notes(project: Project, body: str) -> None:
    (project.root / "corpus" / "demo.notes.toml").write_text(body, encoding="utf-8")


def test_a_note_reaches_every_segment_that_quotes_it(make_project) -> None:
    project = make_project({"demo": TEXT})
    _notes(project, '[[note]]\nquote = "union  lead"\ntext = "Past tense: led."\n')
    pot = build_template(project, project.statement("demo"))
    noted = {e.msgid: e.comment for e in pot}
    assert noted["The union lead the strike."] == "paragraph\nNote: Past tense: led."
    assert noted["The union lead again."] == "paragraph\nNote: Past tense: led."
    assert noted["Workers joined it."] == "paragraph"


def test_notes_survive_update_into_the_catalogs(make_project) -> None:
    project = make_project({"demo": TEXT})
    _notes(project, '[[note]]\nquote = "Workers joined"\ntext = "Workers = the miners."\n')
    plan_update(project).write()
    po = read_catalog(project.po_path("ru", "demo"))
    entry = next(e for e in po if e.msgid == "Workers joined it.")
    assert "Note: Workers = the miners." in entry.comment.splitlines()
    text = project.po_path("ru", "demo").read_text(encoding="utf-8")
    assert "#. Note: Workers = the miners.\n" in text


def test_a_quote_no_sentence_contains_is_an_error_naming_the_file(make_project) -> None:
    project = make_project({"demo": TEXT})
    _notes(project, '[[note]]\nquote = "strike action"\ntext = "x"\n')
    with pytest.raises(WorkbenchError, match="no sentence contains") as caught:
        build_template(project, project.statement("demo"))
    assert "demo.notes.toml" in str(caught.value)


@pytest.mark.parametrize("body, message", [
    ('[[note]]\nquote = "x"\ntext = \n', "not valid TOML"),
    ('[[note]]\nquote = ""\ntext = "y"\n', "needs a non-empty"),
    ('note = "x"\n', "array of tables"),
])
def test_a_broken_notes_file_is_one_line_with_the_file(make_project, body, message) -> None:
    project = make_project({"demo": TEXT})
    _notes(project, body)
    with pytest.raises(WorkbenchError, match=message) as caught:
        build_template(project, project.statement("demo"))
    assert "demo.notes.toml" in str(caught.value) and "\n" not in str(caught.value)


def test_the_bundled_statement_carries_its_source_error_notes() -> None:
    project = Project.open(REPO_ROOT)
    pot = build_template(project, project.statement("industriall-belarus-joint-statement"))
    notes = [line for e in pot for line in e.comment.splitlines() if line.startswith("Note: ")]
    # lead/led, inacceptable, the plural verb, the date without a year, and three Belorussian.
    assert len(notes) == 7
    assert any("'lead' stands for the past tense 'led'" in n for n in notes)
