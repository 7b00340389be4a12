"""Target-side term consistency of one translated segment, inflection-aware.

For each concept found in the source (longest match):
- a do-not-translate term must appear in the translation exactly as written ("dnt-changed");
- otherwise one of its approved translations (preferred or admitted) must appear, in any
  inflected form, possibly with one word inside a multiword term, or as the adjective made
  from a one-word noun ("командная строка" for "command line"). A source word kept as written
  on purpose (a name or code in a translation in another script: "Windows", "--user") is not
  missing ("missing").
A forbidden target term of a concept the source names is flagged ("forbidden"), unless it is
part of an approved translation found there ("союз" inside "Европейский союз"). Like Weblate and
memoQ, forbidden terms are checked only where the source names their concept: "выбор" is wrong
for "elections" but right for "choice".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.glossary.expect import (
    TARGET_GAP,
    Expectation,
    expectation,
    expectations,
    forbidding,
    kept_as_is,
    whole_words,
)
from workbench.glossary.matcher import Match, Pattern, Text, compile_term, find_pattern, longest
from workbench.glossary.model import Concept, Term, Termbase
from workbench.glossary.morphology import analyzer_for
from workbench.glossary.normalize import normalize_keep_case
from workbench.glossary.spotting import TermHit, all_matches, term_patterns

SEVERITY = {"missing": "warning", "forbidden": "error", "dnt-changed": "error"}


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


@dataclass(slots=True)
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
    table = expectations(termbase, tgt_lang)
    covered: list[tuple[int, int]] = []  # target spans of the translations found
    chosen = longest(matches)
    for group in _by_span(chosen):
        dnt = _dnt_of(group)
        if dnt is not None:
            check = _check_dnt(termbase, _hit(dnt, source, src_lang), text, tgt_lang, covered)
        else:
            check = _check_present(group, text, table, termbase, tgt_lang, covered, result)
            if check is not None and kept_as_is(
                    [_hit(m, source, src_lang) for m in chosen
                     if m.pattern.concept is check.concept], target):
                check = None
        if check is not None:
            result.checks.append(check)
    # Forbidden terms of every concept the source names, nested ones included
    # ("trade union" inside "Independent Trade Union of Belarus").
    banning = forbidding(termbase, tgt_lang)
    banned = [p for c in {id(m.pattern.concept): m.pattern.concept for m in matches
                          if id(m.pattern.concept) in banning}.values()
              for p in expectation(termbase, c, tgt_lang, table).forbidden] if banning else ()
    if banned:
        forbidden = _check_forbidden(termbase, banned, text, tgt_lang, covered, result)
        if forbidden:  # a forbidden variant found says all a "missing" would
            wrong = {id(c.concept) for c in forbidden}
            result.checks = [c for c in result.checks if id(c.concept) not in wrong]
            result.checks.extend(forbidden)
    return result


def _dnt_of(group: list[Match]) -> Match | None:
    for match in group:
        if match.pattern.term.dnt:
            return match
    return None


def _hit(match: Match, source: str, lang: str) -> TermHit:
    return TermHit(match.start, match.end, source[match.start:match.end], match.pattern.concept,
                   match.pattern.term, lang)


def _by_span(matches: list[Match]) -> list[list[Match]]:
    """Matches grouped by span, one concept once (a source term may name several concepts:
    "arrests" is the noun and the verb; the translation may follow either)."""
    if len(matches) == 1:
        return [matches]
    groups: dict[tuple[int, int], list[Match]] = {}
    seen: set[int] = set()
    for match in matches:
        if id(match.pattern.concept) not in seen:
            seen.add(id(match.pattern.concept))
            groups.setdefault((match.start, match.end), []).append(match)
    return list(groups.values())


def _check_present(group: list[Match], text: Text, table: dict[int, Expectation],
                   termbase: Termbase, tgt_lang: str, covered: list[tuple[int, int]],
                   result: Evaluation) -> TermCheck | None:
    wanted = [table.get(id(m.pattern.concept)) or expectation(
        termbase, m.pattern.concept, tgt_lang, table) for m in group]
    for want in wanted:
        found = want.find(text)
        if found is not None:
            if found[1] is not None:
                covered.append(found[1])
            result.used.append((want.concept, found[0]))
            return None
    expected = list(dict.fromkeys(t for want in wanted for t in want.expected))
    if not expected:
        return None  # the glossary has no translation to expect in this language
    for want in wanted:
        adjective = want.find_adjective(text)
        if adjective is not None:
            covered.append(adjective[1])
            result.used.append((want.concept, adjective[0]))
            return None
    first = group[0]
    return TermCheck("missing", first.pattern.term.text, first.pattern.concept, expected,
                     SEVERITY["missing"], source_span=(first.start, first.end))


def _check_dnt(termbase: Termbase, hit: TermHit, text: Text, tgt_lang: str,
               covered: list[tuple[int, int]]) -> TermCheck | None:
    forms = list(dict.fromkeys([hit.text, hit.term.text,
                                *(t.text for t in hit.concept.approved(tgt_lang))]))
    for form in forms:  # as written, the common case
        found = whole_words(form, text.text) if form in text.text else []
        if found:
            covered.append((found[0], found[0] + len(form)))
            return None
    target = normalize_keep_case(text.text)  # then with apostrophes and composition unified
    for form in forms:
        wanted = normalize_keep_case(form)
        found = whole_words(wanted, target)
        if found:
            covered.append((found[0], found[0] + len(wanted)))
            return None
    # Not verbatim: look for a changed form (case, inflection) to show where it went wrong.
    changed = [m for p in _loose_patterns(termbase, hit, tgt_lang)
               for m in find_pattern(p, text, TARGET_GAP)]
    first = min(changed, key=lambda m: m.start) if changed else None
    span = (first.start, first.end) if first else None
    return TermCheck("dnt-changed", hit.term.text, hit.concept, [forms[0]], SEVERITY["dnt-changed"],
                     span=span, found=text.text[span[0]:span[1]] if span else None,
                     source_span=hit.span)


def _loose_patterns(termbase: Termbase, hit: TermHit, tgt_lang: str) -> list[Pattern]:
    """The source term's words as target-language words, any case, any inflection."""
    key = ("loose", id(hit.term), tgt_lang)
    found = termbase.cached(key)
    if found is None:
        patterns = compile_term(Term(hit.term.text, tgt_lang), hit.concept)
        found = termbase.remember(key, [
            Pattern(p.words, p.surface, False, None, hit.term, hit.concept, p.keys)
            for p in patterns])
    return found


def _check_forbidden(termbase: Termbase, banned: Sequence[Pattern], text: Text, tgt_lang: str,
                     covered: list[tuple[int, int]], result: Evaluation) -> list[TermCheck]:
    found: list[Match] = []
    keyset = text.keyset
    for pattern in banned:
        if not pattern.keys.isdisjoint(keyset):  # sharing a key is needed to match at all
            found.extend(find_pattern(pattern, text))
    if not found:
        return []
    # Every place an approved translation stands, not only the first one seen.
    for concept, term in result.used:
        for pattern in term_patterns(termbase, term, concept):
            covered.extend((m.start, m.end) for m in find_pattern(pattern, text, TARGET_GAP))
    out = []
    for match in longest(found):
        if any(start <= match.start and match.end <= end for start, end in covered):
            continue
        concept = match.pattern.concept
        out.append(TermCheck("forbidden", match.pattern.term.text, concept,
                             list(expectation(termbase, concept, tgt_lang).expected),
                             SEVERITY["forbidden"], span=(match.start, match.end),
                             found=text.text[match.start:match.end]))
    return out
