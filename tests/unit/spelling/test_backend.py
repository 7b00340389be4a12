"""The two engines read the same dictionary and give the same verdicts: chunspell (C Hunspell)
where it has a wheel, spylls (pure Python) as the fallback (forced here, as where chunspell
cannot be installed). Over the 4,884 distinct words the check judges in the real be catalogs,
and 5,000 of the ru and uk ones, they never disagreed (see the closing note of issue 13)."""

from __future__ import annotations

import pytest
from spelling_helpers import real_checker

from workbench.spelling.backend import _chunspell, load_speller

WORDS = ["прафсаюз", "Прафсаюза", "сям'я", "сьвет", "ліквідаваны", "ліквідавны", "Беларусі",
         "ўдзельнічаў", "паведамленьне", "ПРАФСАЮЗ", "металістаў"]


def test_the_spylls_fallback_agrees_with_chunspell(monkeypatch) -> None:
    ref = real_checker("be").speller.ref
    monkeypatch.setenv("WORKBENCH_SPELLING_BACKEND", "spylls")
    load_speller.cache_clear()
    try:
        spylls = load_speller(ref)
    finally:
        load_speller.cache_clear()
    assert spylls.engine == "spylls"
    verdicts = [(w, spylls.spell(w)) for w in WORDS]
    assert {ok for _w, ok in verdicts} == {True, False}
    chunspell = _chunspell(ref)
    if chunspell is None:
        pytest.skip("chunspell has no wheel for this platform: spylls alone")
    assert verdicts == [(w, chunspell.spell(w)) for w in WORDS]
