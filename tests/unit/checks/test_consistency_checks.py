"""inconsistent (same source, different translations) and reused-translation (the reverse)."""

from __future__ import annotations

from pathlib import Path

import pytest
from qa_helpers import entry, po_text

from workbench.checks import check_catalog, check_paths


def _write(path: Path, body: str, lang: str) -> Path:
    path.write_text(po_text(body, lang), encoding="utf-8")
    return path


TRANSLATIONS = {
    "ru": ("Открыть", "Запустить"), "be": ("Адкрыць", "Запусціць"),
    "uk": ("Відкрити", "Запустити"), "fr": ("Ouvrir", "Lancer"),
}


@pytest.mark.parametrize("lang", sorted(TRANSLATIONS))
def test_same_source_translated_two_ways_across_files(tmp_path: Path, lang: str) -> None:
    first, second = TRANSLATIONS[lang]
    a = _write(tmp_path / "a.po", entry("Open", first), lang)
    b = _write(tmp_path / "b.po", entry("Open", second), lang)
    c = _write(tmp_path / "c.po", entry("Open", first), lang)
    found = check_paths([a, b, c], checks=["inconsistent"], across=True, jobs=1)
    assert sorted(Path(f.file or "").name for f in found) == ["a.po", "b.po", "c.po"]
    assert "b.po" in found[0].message or "a.po" in found[0].message
    # Not across files: each file is consistent with itself.
    assert check_paths([a, b], checks=["inconsistent"], jobs=1) == []
    # Same translation everywhere: nothing to say.
    assert check_paths([a, c], checks=["inconsistent"], across=True, jobs=1) == []


@pytest.mark.parametrize("lang", sorted(TRANSLATIONS))
def test_one_translation_for_two_sources(lang: str) -> None:
    first, _ = TRANSLATIONS[lang]
    from qa_helpers import catalog

    reused = catalog(entry("Open", first) + entry("Launch", first), lang)
    assert [f.msgid for f in check_catalog(reused, lang, checks=["reused-translation"])] == [
        "Open", "Launch"]
    # "_Open…" and "Open" are the same source once mnemonics and ellipses are set aside.
    variants = catalog(entry("Open", first) + entry("_Open…", first + "…"), lang)
    assert check_catalog(variants, lang, checks=["reused-translation"]) == []
