"""Target-side term consistency of one translated segment, inflection-aware.

For each concept found in the source (longest match):
- a do-not-translate term must appear in the translation exactly as written ("dnt-changed");
- otherwise one of its approved translations (preferred or admitted) must appear, in any
  inflected form, possibly with one word inside a multiword term ("missing").
A forbidden target term of a concept the source names is flagged ("forbidden"), unless it is
part of an approved translation found there ("союз" inside "Европейский союз"). Like Weblate and
memoQ, forbidden terms are checked only where the source names their concept: "выбор" is wrong
for "elections" but right for "choice".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from workbench.glossary.matcher import Match, Pattern, Text, compile_term, find_pattern, longest
from workbench.glossary.model import Concept, Term, Termbase
from workbench.glossary.morphology import analyzer_for
from workbench.glossary.normalize import normalize_keep_case
from workbench.glossary.spotting import TermHit, all_matches, hits_of, term_patterns

SEVERITY = {"missing": "warning", "forbidden": "error", "dnt-changed": "error"}
TARGET_GAP = 1  # words allowed inside a multiword term in a translation


@dataclass(eq=False)
class TermCheck:
    """One terminology problem in a translation."""

    kind: str  # "missing", "forbidden" or "dnt-changed"
    term: str  # the source term (missing, dnt-changed) or the forbidden target term
    concept: Concept
    expected: list[str]  # the translations the glossary allows
    severity: str
    span: tuple[int, int] | None = None  # in the target: what was found, if anything
    found: str | None = None
    source_span: tuple[int, int] | None = None

    @property
    def message(self) -> str:
        wanted = " / ".join(self.expected) or "(none)"
        if self.kind == "missing":
            return f"term '{self.term}' should be translated as {wanted}"
        if self.kind == "forbidden":
            return f"forbidden term '{self.found or self.term}'; use {wanted}"
        seen = f", found '{self.found}'" if self.found else ""
        return f"'{self.term}' must stay as written{seen}"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "term": self.term, "concept": self.concept.id,
                "expected": self.expected, "severity": self.severity, "span": self.span,
                "found": self.found, "source_span": self.source_span, "message": self.message}


@dataclass
class Evaluation:
    checks: list[TermCheck] = field(default_factory=list)
    # (concept, the approved target term the translator used) for the project-wide
    # consistency report.
    used: list[tuple[Concept, Term]] = field(default_factory=list)


def check_translation(termbase: Termbase, source: str, target: str, src_lang: str,
                      tgt_lang: str) -> list[TermCheck]:
    """Terminology problems of ``target`` as a translation of ``source``."""
    return evaluate(termbase, source, target, src_lang, tgt_lang).checks


def evaluate(termbase: Termbase, source: str, target: str, src_lang: str, tgt_lang: str
             ) -> Evaluation:
    result = Evaluation()
    matches = all_matches(termbase, source, src_lang)
    if not matches:
        return result
    text = Text(target, analyzer_for(tgt_lang))
    covered: list[tuple[int, int]] = []  # target spans of approved translations found
    for group in _by_span(hits_of(longest(matches), source, src_lang)):
        dnt = next((h for h in group if h.term.dnt), None)
        if dnt is not None:
            check = _check_dnt(dnt, text, tgt_lang, covered)
        else:
            check = _check_present(termbase, group, text, tgt_lang, covered, result)
        if check is not None:
            result.checks.append(check)
    # Forbidden terms of every concept the source names, nested ones included
    # ("trade union" inside "Independent Trade Union of Belarus").
    concepts = list({id(m.pattern.concept): m.pattern.concept for m in matches}.values())
    forbidden = _check_forbidden(termbase, concepts, text, tgt_lang, covered)
    if forbidden:  # a forbidden variant found says all a "missing" would
        wrong = {id(c.concept) for c in forbidden}
        result.checks = [c for c in result.checks if id(c.concept) not in wrong]
    result.checks.extend(forbidden)
    return result


def _by_span(hits: list[TermHit]) -> list[list[TermHit]]:
    """Hits grouped by span, one concept once (a source term may name several concepts:
    "arrests" is the noun and the verb; the translation may follow either)."""
    groups: dict[tuple[int, int], list[TermHit]] = {}
    seen: set[int] = set()
    for hit in hits:
        if id(hit.concept) not in seen:
            seen.add(id(hit.concept))
            groups.setdefault(hit.span, []).append(hit)
    return list(groups.values())


def _check_present(termbase: Termbase, group: list[TermHit], text: Text, tgt_lang: str,
                   covered: list[tuple[int, int]], result: Evaluation) -> TermCheck | None:
    expected: list[str] = []
    for hit in group:
        approved = hit.concept.approved(tgt_lang)
        expected.extend(t.text for t in approved)
        for term in approved:
            for pattern in term_patterns(termbase, term, hit.concept):
                matches = find_pattern(pattern, text, TARGET_GAP)
                if matches:
                    covered.extend((m.start, m.end) for m in matches)
                    result.used.append((hit.concept, term))
                    return None
    if not expected:
        return None  # the glossary has no translation to expect in this language
    hit = group[0]
    return TermCheck("missing", hit.term.text, hit.concept, list(dict.fromkeys(expected)),
                     SEVERITY["missing"], source_span=hit.span)


def _verbatim(form: str, target: str) -> tuple[int, int] | None:
    """Where ``form`` stands in ``target`` as written (apostrophes unified), as whole words."""
    wanted = re.escape(normalize_keep_case(form))
    found = re.search(rf"(?<![^\W_]){wanted}(?![^\W_])", normalize_keep_case(target))
    return found.span() if found else None


def _check_dnt(hit: TermHit, text: Text, tgt_lang: str, covered: list[tuple[int, int]]
               ) -> TermCheck | None:
    forms = list(dict.fromkeys([hit.text, hit.term.text,
                                *(t.text for t in hit.concept.approved(tgt_lang))]))
    for form in forms:
        span = _verbatim(form, text.text)
        if span is not None:
            covered.append(span)
            return None
    # Not verbatim: look for a changed form (case, inflection) to show where it went wrong.
    loose = Term(hit.term.text, hit.lang)
    changed: list[Match] = []
    for pattern in compile_term(loose, hit.concept):
        relaxed = Pattern(pattern.words, pattern.surface, False, None, hit.term, hit.concept)
        changed.extend(find_pattern(relaxed, text, TARGET_GAP))
    first = min(changed, key=lambda m: m.start) if changed else None
    span = (first.start, first.end) if first else None
    return TermCheck("dnt-changed", hit.term.text, hit.concept, [forms[0]], SEVERITY["dnt-changed"],
                     span=span, found=text.text[span[0]:span[1]] if span else None,
                     source_span=hit.span)


def _check_forbidden(termbase: Termbase, concepts: list[Concept], text: Text, tgt_lang: str,
                     covered: list[tuple[int, int]]) -> list[TermCheck]:
    found: list[Match] = []
    for concept in concepts:
        for term in concept.forbidden(tgt_lang):
            for pattern in term_patterns(termbase, term, concept):
                found.extend(find_pattern(pattern, text))
    out = []
    for match in longest(found):
        if any(start <= match.start and match.end <= end for start, end in covered):
            continue
        concept = match.pattern.concept
        out.append(TermCheck("forbidden", match.pattern.term.text, concept,
                             [t.text for t in concept.approved(tgt_lang)], SEVERITY["forbidden"],
                             span=(match.start, match.end),
                             found=text.text[match.start:match.end]))
    return out
