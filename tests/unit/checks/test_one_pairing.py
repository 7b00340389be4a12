"""One rule pairs plural forms with their source, for the QA checks and the glossary check."""

from __future__ import annotations

from qa_helpers import catalog

from workbench.checks import context_for, pairs_of
from workbench.checks.plurals import catalog_single_forms
from workbench.glossary.catalogs import catalog_language, translated_pairs

PLURAL = ('msgid "one union"\nmsgid_plural "%d unions"\n'
          'msgstr[0] "%d профсоюз"\nmsgstr[1] "%d профсоюза"\nmsgstr[2] "%d профсоюзов"\n')


def _both(lang: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    cat = catalog(PLURAL, lang)
    qa = [(p.source, p.target) for p in pairs_of(cat[0], context_for(cat, lang))]
    return qa, translated_pairs(cat[0], catalog_single_forms(cat))


def test_russian_form_0_serves_21_and_goes_with_msgid_plural() -> None:
    qa, glossary = _both("ru")
    assert qa == glossary
    assert glossary[0] == ("%d unions", "%d профсоюз")


def test_a_one_n_form_goes_with_msgid() -> None:
    cat = catalog('msgid "one union"\nmsgid_plural "%d unions"\n'
                  'msgstr[0] "ein Verband"\nmsgstr[1] "%d Verbände"\n', "de")
    qa = [(p.source, p.target) for p in pairs_of(cat[0], context_for(cat, "de"))]
    assert qa == translated_pairs(cat[0], catalog_single_forms(cat))
    assert qa[0] == ("one union", "ein Verband")


def test_one_catalog_language_rule(tmp_path) -> None:
    cat = catalog('msgid "a"\nmsgstr "б"\n', "be")
    assert catalog_language(tmp_path / "x.po", cat, None) == "be"
