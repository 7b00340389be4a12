"""same-as-source and length-ratio."""

from __future__ import annotations

import pytest
from qa_helpers import catalog, entry, ids

from workbench.checks import check_entry, context_for
from workbench.glossary import Concept, Term, Termbase

SAME = [
    ("ru", "Open the file", "Open the file", True),
    ("ru", "Open the file", "Открыть файл", False),
    ("ru", "GNU Linux", "GNU Linux", False),  # names
    ("ru", "--help", "--help", False),
    ("be", "cannot open the file", "cannot open the file", True),
    ("be", "IndustriALL Global Union", "IndustriALL Global Union", False),
    ("uk", "trade union rights", "trade union rights", True),
    ("uk", "git archive [<options>]", "git archive [<options>]", False),
    ("de", "Status", "Status", False),  # loanword in a language of the same alphabet
    ("de", "open the file now", "open the file now", True),
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), SAME)
def test_same_as_source(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("same-as-source" in ids(source, target, lang, ["same-as-source"])) is flagged


def test_do_not_translate_terms_are_exempt() -> None:
    termbase = Termbase([Concept("oss", [Term("open source software", "en", dnt=True)])])
    cat = catalog(entry("open source software", "open source software"), "ru")
    without = check_entry(cat[0], context_for(cat, "ru", checks=["same-as-source"]))
    with_tb = check_entry(cat[0], context_for(cat, "ru", checks=["same-as-source"],
                                              termbase=termbase))
    assert [f.check for f in without] == ["same-as-source"]
    assert with_tb == []


LONG = "The union demands the immediate release of all detained trade unionists."
LENGTH = [
    ("ru", LONG, "Профсоюз требует немедленного освобождения всех задержанных профсоюзных активистов.", False),
    ("ru", LONG, "Да.", True),
    ("be", LONG, "Прафсаюз патрабуе неадкладнага вызвалення ўсіх затрыманых прафсаюзных актывістаў.", False),
    ("be", LONG, "Так.", True),
    ("uk", LONG, "Профспілка вимагає негайного звільнення всіх затриманих профспілкових активістів.", False),
    ("uk", LONG, " ".join(["Профспілка вимагає негайного звільнення."] * 8), True),
    ("fr", LONG, "Le syndicat exige la libération immédiate de tous les syndicalistes détenus.", False),
    ("fr", LONG, "Oui.", True),
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), LENGTH)
def test_length_ratio(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("length-ratio" in ids(source, target, lang, ["length-ratio"])) is flagged


def test_short_sources_have_no_length_check() -> None:
    assert ids("Open", "Открыть файл в новом окне редактора", "ru", ["length-ratio"]) == []


def test_labels_of_a_debug_dump_may_stay_in_english() -> None:
    assert ids("  uid = %d, gid = %d, mode = 0%o.", "  uid = %d, gid = %d, mode = 0%o.", "ru",
               ["same-as-source"]) == []
