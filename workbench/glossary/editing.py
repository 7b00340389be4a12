"""Adding terms to a termbase: the one policy the command line and the editor share.

A source term already in the termbase names its concept, and the new terms join it;
otherwise a new concept is made. A term the concept already has (same language, same text
ignoring case) is not added twice, and a language keeps at most one preferred term: a second
"preferred" one is admitted instead. Duplicates across concepts are refused
(``check_duplicates``) before anything is saved.

>>> from workbench.glossary.model import Termbase
>>> tb = Termbase(source_language="en")
>>> added = add_terms(tb, "trade union", [("uk", "профспілка", "preferred")])
>>> added.created, [t.text for t in added.terms]
(True, ['trade union', 'профспілка'])
>>> again = add_terms(tb, "Trade union", [("uk", "спілка", "preferred")])
>>> again.created, [(t.text, t.status) for t in again.terms]
(False, [('спілка', 'admitted')])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbench.glossary.model import Concept, Term, Termbase
from workbench.glossary.store import check_duplicates


@dataclass
class TermsAdded:
    concept: Concept
    created: bool  # a new concept, rather than terms added to a known one
    terms: list[Term]


def add_terms(termbase: Termbase, source_term: str, wanted: Sequence[tuple[str, str, str]], *,
              source_lang: str | None = None, pos: str | None = None, note: str | None = None,
              definition: str | None = None, case_sensitive: bool = False,
              dnt: bool = False) -> TermsAdded:
    """Add ``source_term`` and the (lang, text, status) translations in ``wanted``."""
    source = source_lang or termbase.source_language
    found = termbase.find(source_term, source)
    concept = found[0] if found else Concept("")
    added: list[Term] = []
    for lang, text, status in [(source, source_term, "preferred"), *wanted]:
        text = " ".join(text.split())
        if any(t.lang == lang and t.text.casefold() == text.casefold() for t in concept.terms):
            continue
        if status == "preferred" and concept.preferred(lang) is not None:
            status = "admitted"
        term = Term(text, lang, status, pos, None, case_sensitive, dnt)
        concept.terms.append(term)
        added.append(term)
    if note:
        concept.note = note
    if definition:
        concept.definition = definition
    if found:
        termbase.changed()
    else:
        termbase.add(concept)
    check_duplicates(termbase)
    return TermsAdded(concept, not found, added)
