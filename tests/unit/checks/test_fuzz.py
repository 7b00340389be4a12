"""No input makes a check raise: every registered check, fuzzed over arbitrary Unicode; and a
check that does raise costs that check on that entry only, never the run."""

from __future__ import annotations

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qa_helpers import catalog, entry

from workbench.checks import REGISTRY, CheckContext, check_catalog, check_entry
from workbench.checks.model import Check, Problem
from workbench.checks.text import Pair

LANGS = ["ru", "uk", "be", "fr", "de", "el", "hy", "ja", "zh", "ar", "en", "vi", "ca"]
# Arbitrary Unicode, weighted towards what the checks look for.
ALPHABET = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(list("%{}[]()<>\"'«»„“”‘’ʼ`*_!?.,;:…\u037e\u00a0\u202f\u200b\n\t 0123456789"
                         "aeoрсхАBCαβ£°$&#/\\")),
)
TEXT = st.text(ALPHABET, max_size=60)
FUZZ = settings(max_examples=300, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def _context(lang: str, markup: str) -> CheckContext:
    return CheckContext(lang=lang, nplurals=3, markup=markup,  # type: ignore[arg-type]
                        plural_expr="(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                                    "(n%100<10 || n%100>=20) ? 1 : 2)")


@FUZZ
@given(source=TEXT, target=TEXT, lang=st.sampled_from(LANGS),
       markup=st.sampled_from(["md", "plain"]), form=st.sampled_from([None, 0, 1, 2]))
def test_no_pair_check_raises(source: str, target: str, lang: str, markup: str,
                              form: int | None) -> None:
    ctx = _context(lang, markup)
    pair = Pair(source, target, form=form, markup=markup)  # type: ignore[arg-type]
    for chk in REGISTRY.values():
        if chk.scope == "pair" and chk.applies_to(ctx.base_lang) and chk.requires != "termbase":
            for problem in chk.func(pair, ctx):
                assert isinstance(problem, Problem)
                assert all(0 <= a <= b <= len(target) for a, b in problem.spans)


@FUZZ
@given(msgid=TEXT.filter(bool), forms=st.lists(TEXT, min_size=1, max_size=4),
       lang=st.sampled_from(LANGS), plural=st.booleans())
def test_no_entry_or_catalog_check_raises(msgid: str, forms: list[str], lang: str,
                                          plural: bool) -> None:
    ctx = _context(lang, "plain")
    if plural:
        e = polib.POEntry(msgid=msgid, msgid_plural=msgid + "s",
                          msgstr_plural={i: t for i, t in enumerate(forms)})
    else:
        e = polib.POEntry(msgid=msgid, msgstr=forms[0])
    other = polib.POEntry(msgid=msgid + ".", msgstr=forms[0])
    for chk in REGISTRY.values():
        if chk.scope == "entry" and chk.applies_to(ctx.base_lang):
            list(chk.func(e, ctx))
        elif chk.scope == "catalog":
            list(chk.func([(e, ctx), (other, _context(lang, "plain"))], ctx))


def test_greek_question_mark_does_not_crash_the_run() -> None:
    """U+037E after a Latin word once made mixed-script raise and the whole run fail."""
    cat = catalog(entry("Text?", "Texte\u037e") + entry("Open %s", "Ouvrir"), "el")
    found = check_catalog(cat, "el")
    assert [f.check for f in found] == ["printf"]


@pytest.fixture
def broken_check():
    def boom(pair: Pair, ctx: CheckContext):
        if "boom" in pair.target:
            raise IndexError("out of range")
        return iter(())

    REGISTRY["zz-broken"] = Check("zz-broken", "error", "pair", "test only", boom)
    yield
    del REGISTRY["zz-broken"]


def test_a_raising_check_costs_one_entry_not_the_run(broken_check: None) -> None:
    cat = catalog(entry("One %s", "boom") + entry("Two %d", "Deux") + entry("Three", "Trois"),
                  "fr")
    found = check_catalog(cat, "fr")
    broken = [f for f in found if f.check == "zz-broken"]
    assert len(broken) == 1 and broken[0].msgid == "One %s"
    assert broken[0].severity == "warning" and "IndexError" in broken[0].message
    assert {(f.check, f.msgid) for f in found if f.check == "printf"} == {
        ("printf", "One %s"), ("printf", "Two %d")}
    assert check_entry(cat[2], __import__("workbench.checks", fromlist=["x"]).context_for(
        cat, "fr")) == []
