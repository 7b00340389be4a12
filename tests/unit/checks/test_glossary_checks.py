"""term-missing, term-forbidden and term-dnt: the glossary's checks through the QA engine."""

from __future__ import annotations

import pytest
from qa_helpers import catalog, entry

from workbench.checks import check_entry, context_for
from workbench.glossary import Concept, Term, Termbase

UNION = {"ru": ("профсоюз", "тред-юнион"), "be": ("прафсаюз", "трэд-юніён"),
         "uk": ("профспілка", "тред-юніон"), "de": ("Gewerkschaft", "Trade-Union")}


def _termbase() -> Termbase:
    terms = [Term("trade union", "en")]
    for lang, (good, bad) in UNION.items():
        terms += [Term(good, lang), Term(bad, lang, status="forbidden")]
    dnt = Concept("industriall", [Term("IndustriALL", "en", dnt=True, case_sensitive=True)])
    return Termbase([Concept("trade-union", terms), dnt])


def _ids(source: str, target: str, lang: str, termbase: Termbase | None) -> list[str]:
    cat = catalog(entry(source, target), lang)
    ctx = context_for(cat, lang, termbase=termbase,
                      checks=["term-missing", "term-forbidden", "term-dnt"])
    return sorted(f.check for f in check_entry(cat[0], ctx))


@pytest.mark.parametrize("lang", sorted(UNION))
def test_glossary_terms(lang: str) -> None:
    good, bad = UNION[lang]
    tb = _termbase()
    assert _ids("The trade union met.", f"{good} X.", lang, tb) == []
    assert "term-forbidden" in _ids("The trade union met.", f"{bad} X.", lang, tb)
    assert _ids("The trade union met.", "X Y Z.", lang, tb) == ["term-missing"]


def test_do_not_translate_term_changed() -> None:
    tb = _termbase()
    assert _ids("IndustriALL said so.", "IndustriALL так сказал.", "ru", tb) == []
    assert _ids("IndustriALL said so.", "ИндастриОл так сказал.", "ru", tb) == ["term-dnt"]


def test_no_termbase_no_glossary_findings() -> None:
    assert _ids("The trade union met.", "X Y Z.", "ru", None) == []
