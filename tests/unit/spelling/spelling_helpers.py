"""Spelling tests use the real Hunspell dictionaries (CI installs them: see .ci/run)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import require_system
from workbench.spelling import SpellChecker, checker_for

HUNSPELL = Path("/usr/share/hunspell")


def real_checker(lang: str) -> SpellChecker:
    name = {"ru": "ru_RU", "uk": "uk_UA", "be": "be_BY", "de": "de_DE", "fr": "fr", "en": "en_US"}
    require_system((HUNSPELL / f"{name[lang]}.dic").is_file(), f"hunspell-{lang} (Debian package)")
    checker = checker_for(lang)
    assert checker is not None
    return checker
