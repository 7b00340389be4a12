"""Plural entries in the session: every form named for the language, editable, journaled, saved."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, cast

from babel.messages.pofile import read_po

from workbench.catalog import read_catalog
from workbench.session import Journal, Session

REAL = Path(__file__).parents[2] / "data" / "catalogs" / "real-uk-coreutils.po"
KEY = (None, "%lu user")


def open_copy(tmp_path: Path) -> Session:
    path = tmp_path / "coreutils.po"
    if not path.exists():
        shutil.copy(REAL, path)
    return Session(cast(Any, None), "coreutils", "uk", read_catalog(path),
                   Journal(tmp_path / "journal.json"))


def forms_on_disk(tmp_path: Path) -> tuple[str, ...]:
    with (tmp_path / "coreutils.po").open("rb") as handle:
        message = read_po(handle).get(("%lu user", "%lu users"))
    assert message is not None
    return tuple(message.string)


def test_forms_are_named_one_few_many_from_plural_forms_and_cldr(tmp_path: Path) -> None:
    s = open_copy(tmp_path)
    i = s.index_of(KEY)
    assert i is not None and s.is_plural(i)
    assert [f.category for f in s.plural_forms()] == ["one", "few", "many"]
    assert s.plural_forms()[1].examples[:3] == (2, 3, 4)
    assert s.targets(i) == ("%lu користувач", "%lu користувачі", "%lu користувачів")


def test_each_form_is_edited_journaled_and_confirmed(tmp_path: Path) -> None:
    s = open_copy(tmp_path)
    i = s.index_of(KEY)
    assert i is not None
    s.set_target(i, "%lu особи", form=1)
    s.set_target(i, "%lu осіб", form=2)
    assert s.has_draft(i) and s.target(i) == "%lu користувач"
    s.flush_journal()
    again = open_copy(tmp_path)
    again.restore_journal()
    assert again.targets(i) == ("%lu користувач", "%lu особи", "%lu осіб")
    again.confirm(i)
    assert forms_on_disk(tmp_path) == ("%lu користувач", "%lu особи", "%lu осіб")
    again.undo()
    assert forms_on_disk(tmp_path) == ("%lu користувач", "%lu користувачі", "%lu користувачів")
