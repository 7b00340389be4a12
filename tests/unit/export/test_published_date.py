"""The source statement's publication date ([statements."<slug>"] published) in HTML exports."""

from __future__ import annotations

import pytest
from export_helpers import make, upper, write_catalogs

from workbench.errors import WorkbenchError
from workbench.export.htmlpage import page
from workbench.export.reassemble import rebuild

TEXT = {"s.md": "# Title\n\nA sentence.\n"}


@pytest.mark.parametrize("value, lang, shown", [
    ('"2020-08"', "ru", "август 2020\u202fг."),  # CLDR's narrow no-break space
    ('"2020-08"', "be", "жнівень 2020"),
    ('"2020-08-12"', "uk", "12 серпня 2020\u202fр."),
    ("2020-08-12", "fr", "12 août 2020"),  # a TOML date, not a string
    ('"2020"', "ru", "2020"),
])
def test_the_publication_date_is_metadata_and_shown_in_the_language(tmp_path, value, lang,
                                                                     shown) -> None:
    project = make(tmp_path, TEXT, targets=(lang,),
                   extra=f'[statements."s"]\npublished = {value}\n')
    write_catalogs(project, "s", lang, upper)
    doc = page(rebuild(project, project.statement("s"), lang))
    iso = value.strip('"')
    assert f'<meta name="dcterms.date" content="{iso}">' in doc
    assert f'<time datetime="{iso}" class="published">{shown}</time>' in doc


def test_no_date_no_metadata(tmp_path) -> None:
    project = make(tmp_path, TEXT, targets=("ru",))
    write_catalogs(project, "s", "ru", upper)
    assert "dcterms.date" not in page(rebuild(project, project.statement("s"), "ru"))


def test_a_date_that_is_not_one_names_the_config(tmp_path) -> None:
    project = make(tmp_path, TEXT, targets=("ru",), extra='[statements."s"]\npublished = "Aug 2020"\n')
    write_catalogs(project, "s", "ru", upper)
    with pytest.raises(WorkbenchError, match="is not a date") as info:
        page(rebuild(project, project.statement("s"), "ru"))
    assert "workbench.toml" in str(info.value)
