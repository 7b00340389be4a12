"""Belarusian: the official and the classical orthography told apart, on real catalogs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from tests.conftest import require_system
from workbench.spelling import orthography_of, spelling_language

LOCALE = Path("/usr/share/locale/be/LC_MESSAGES")


def test_the_classical_soft_sign_decides() -> None:
    official = ["Свет змяніўся: насенне, жыццё і развіццё; восьмы, маленькі, пальцы, вельмі."]
    classical = ["Сьвет зьмяніўся: насеньне, жыцьцё і разьвіцьцё."]
    assert orthography_of(official).name == "official"
    assert orthography_of(classical).name == "classical"
    assert orthography_of(classical).marked == 5
    assert "classical orthography (taraškievica)" in orthography_of(classical).describe()


def test_one_stray_word_does_not_make_a_catalog_classical() -> None:
    texts = ["Свет змяніўся."] * 30 + ["сьвет"]
    assert orthography_of(texts).name == "official"


def test_other_languages_and_explicit_codes_are_left_alone() -> None:
    classical = ["Сьвет зьмяніўся: насеньне, жыцьцё і разьвіцьцё."]
    assert spelling_language("ru", classical) == "ru"
    assert spelling_language("be@tarask", ["Свет"]) == "be@tarask"
    assert spelling_language("be", classical, "x.po") == "be@tarask"
    assert spelling_language("be", ["Свет змяніўся."]) == "be"


# Debian packages of the catalogs: coreutils and grep are essential; .ci/run installs
# libglib2.0-data; the others are checked where they happen to be installed.
REQUIRED = {"coreutils": "coreutils", "grep": "grep", "glib20": "libglib2.0-data"}


def _catalog(name: str, tmp_path: Path) -> list[str]:
    mo = LOCALE / f"{name}.mo"
    require_system(shutil.which("msgunfmt") is not None, "msgunfmt (gettext)")
    if name in REQUIRED:
        require_system(mo.is_file(), f"{mo} (Debian package {REQUIRED[name]})")
    elif not mo.is_file():
        pytest.skip(f"{mo} is not installed")
    po = tmp_path / f"{name}.po"
    subprocess.run(["msgunfmt", str(mo), "-o", str(po)], check=True, capture_output=True)
    return [e.msgstr for e in polib.pofile(str(po)) if e.msgstr]


@pytest.mark.parametrize(("name", "expected"), [
    ("coreutils", "classical"), ("grep", "classical"), ("libc", "classical"),
    ("glib20", "official"), ("systemd", "official"), ("gtk20", "official"),
])
def test_real_catalogs_of_both_orthographies(name: str, expected: str, tmp_path: Path) -> None:
    assert orthography_of(_catalog(name, tmp_path)).name == expected
