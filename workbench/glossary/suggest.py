"""Candidate terms from the corpus, with the translations already used for them.

Candidates: n-grams of 1-4 words that do not start or end with a function word, seen in at
least ``min_count`` source segments, grouped by the analyser's lemma (so "trade union" and
"trade unions" count together), not already in the glossary. A shorter n-gram that only ever
occurs inside one longer candidate is dropped ("global union" inside "industriall global union").

Translations: for each candidate, the target n-gram most associated with it over the
translated segments (Dice coefficient of the segment sets, by lemma), shown as its most frequent
written form. It is an alignment heuristic: trust it more the higher the count.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from workbench.glossary.catalogs import translated_pairs
from workbench.glossary.model import Termbase
from workbench.glossary.morphology import analyzer_for
from workbench.glossary.normalize import Token, joinable, tokenize
from workbench.glossary.stopwords import connectors, stopwords
from workbench.languages import base_language

if TYPE_CHECKING:
    from workbench.project import Project

Key = tuple[str, ...]
MIN_DICE = 0.4  # weaker associations are more often wrong than right


@dataclass
class Translation:
    text: str
    count: int  # segments where both occur
    dice: float


@dataclass
class Suggestion:
    text: str
    count: int  # source segments that contain it
    words: int
    score: float
    translations: dict[str, list[Translation]] = field(default_factory=dict)
    key: Key = field(default=(), repr=False)  # lemmas, to find it in other segments

    def to_dict(self) -> dict[str, Any]:
        return {"term": self.text, "count": self.count, "words": self.words,
                "score": round(self.score, 3),
                "translations": {lang: [{"text": t.text, "count": t.count, "dice": round(t.dice, 3)}
                                        for t in found] for lang, found in self.translations.items()}}


def ngrams(text: str, lang: str, max_words: int, stop: frozenset[str],
           blocked: list[tuple[int, int]] | None = None) -> dict[Key, str]:
    """Lemma-keyed n-grams of a text (edges not function words), with their written form.
    No n-gram touches a ``blocked`` span (the glossary terms already there)."""
    analyzer = analyzer_for(lang)
    tokens = [t for t in tokenize(text)
              if not any(s <= t.start < e for s, e in blocked or ())]
    inner = connectors(lang)
    weak_end = _WEAK_ENDINGS.get(base_language(lang), ())
    out: dict[Key, str] = {}
    for i, first in enumerate(tokens):
        if first.norm in stop or not _wordlike(first, text):
            continue
        key: list[str] = []
        for j in range(i, min(i + max_words, len(tokens))):
            norm = tokens[j].norm
            if j > i and (tokens[j - 1].end != tokens[j].start and
                          not joinable(text, tokens[j - 1], tokens[j])
                          or _blocked_between(tokens[j - 1], tokens[j], blocked)):
                break
            if norm in stop and norm not in inner:
                break  # "union and industriall" is not a term; "freedom of association" is
            key.append(analyzer.lemma(norm))
            if norm not in stop and _wordlike(tokens[j], text) and not norm.endswith(weak_end):
                out.setdefault(tuple(key), text[first.start:tokens[j].end])
    return out


def _wordlike(token: Token, text: str) -> bool:
    """A word a term may start or end with: two letters or more (or an acronym), and not a
    printf placeholder ("%s", "%pB")."""
    letters = sum(c.isalpha() for c in token.text)
    if letters < 2 or (letters == 2 and not token.text.isupper()):
        return False
    return not (token.start and text[token.start - 1] in "%$\\{")


# Word endings that rarely end a noun phrase (adverbs, participles, adjectives).
_WEAK_ENDINGS = {"en": ("ly", "ed", "ful", "ous")}


def _blocked_between(left: Token, right: Token, blocked: list[tuple[int, int]] | None) -> bool:
    return any(left.end <= s and e <= right.start for s, e in blocked or ())


def _candidates(sources: list[str], lang: str, stop: frozenset[str], termbase: Termbase,
                min_count: int, max_words: int) -> list[Suggestion]:
    seen: Counter[Key] = Counter()
    forms: dict[Key, Counter[str]] = defaultdict(Counter)
    for text in dict.fromkeys(sources):
        for key, written in ngrams(text, lang, max_words, stop,
                                   _known(termbase, text, lang)).items():
            seen[key] += 1
            forms[key][written] += 1
    frequent = {k: n for k, n in seen.items() if n >= min_count}
    containing = _containers(frequent)
    out = []
    for key, count in frequent.items():
        longer = containing.get(key, [])
        if longer and max(longer) >= count:
            continue  # never seen without its longer context
        text = forms[key].most_common(1)[0][0]
        hits = termbase.spot(text, lang)
        if any(h.start == 0 and h.end == len(text) for h in hits):
            continue  # already in the glossary
        nested = sum(longer) / len(longer) if longer else 0.0
        score = math.log2(len(key) + 1) * (count - nested)
        out.append(Suggestion(text, count, len(key), score, key=key))
    return sorted(out, key=lambda s: (-s.score, -s.words, s.text.casefold()))


def _known(termbase: Termbase, text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of glossary terms in a text: candidates and translations are looked for elsewhere."""
    return [h.span for h in termbase.spot(text, lang)]


def _similarity(a: Key, b: Key) -> float:
    from rapidfuzz import fuzz

    return round(fuzz.ratio(" ".join(a), " ".join(b)) / 10)


def _containers(frequent: dict[Key, int]) -> dict[Key, list[int]]:
    """For each n-gram, the counts of the longer frequent n-grams that contain it."""
    out: dict[Key, list[int]] = defaultdict(list)
    for key, count in frequent.items():
        inner = {key[i:j] for i in range(len(key)) for j in range(i + 1, len(key) + 1)} - {key}
        for part in inner:
            out[part].append(count)
    return out


def _translations(suggestions: list[Suggestion], pairs: list[tuple[str, str]], termbase: Termbase,
                  src_lang: str, src_stop: frozenset[str], tgt_lang: str, max_words: int,
                  top: int) -> dict[str, list[Translation]]:
    """Best target n-grams per suggestion (keyed by suggestion text)."""
    tgt_stop = stopwords(tgt_lang, [t for _, t in pairs])
    src_grams = [ngrams(s, src_lang, max_words, src_stop, _known(termbase, s, src_lang))
                 for s, _ in pairs]
    tgt_grams = [ngrams(t, tgt_lang, max_words + 1, tgt_stop, _known(termbase, t, tgt_lang))
                 for _, t in pairs]
    tgt_freq: Counter[Key] = Counter(k for grams in tgt_grams for k in grams)
    out: dict[str, list[Translation]] = {}
    for suggestion in suggestions:
        rows = [i for i, grams in enumerate(src_grams) if suggestion.key in grams]
        if not rows:
            continue
        together: Counter[Key] = Counter(k for i in rows for k in tgt_grams[i])
        scored = []
        for tkey, both in together.items():
            dice = 2 * both / (len(rows) + tgt_freq[tkey])
            # Best association first; among equals, the length nearest the source term's.
            # Then the one written most like the source (names, cognates).
            like = _similarity(suggestion.key, tkey)
            scored.append((-round(dice, 2), abs(len(tkey) - suggestion.words), -like, -both,
                           dice, tkey))
        scored.sort()
        found = []
        for *_, dice, tkey in scored[:top]:
            if dice < MIN_DICE:
                break
            both = together[tkey]
            written = Counter(tgt_grams[i][tkey] for i in rows if tkey in tgt_grams[i])
            found.append(Translation(written.most_common(1)[0][0], both, dice))
        out[suggestion.text] = found
    return out


def suggest_from(sources: list[str], pairs: dict[str, list[tuple[str, str]]], termbase: Termbase,
                 src_lang: str, *, min_count: int = 2, max_words: int = 4, limit: int = 40,
                 top: int = 1) -> list[Suggestion]:
    """Suggestions from source segments and (source, translation) pairs per language."""
    stop = stopwords(src_lang, sources)
    suggestions = _candidates(sources, src_lang, stop, termbase, min_count, max_words)[:limit]
    for lang, lang_pairs in sorted(pairs.items()):
        found = _translations(suggestions, lang_pairs, termbase, src_lang, stop, lang,
                              max_words, top)
        for suggestion in suggestions:
            if found.get(suggestion.text):
                suggestion.translations[lang] = found[suggestion.text]
    return suggestions


def suggest_terms(project: Project, termbase: Termbase, lang: str | None = None, *,
                  min_count: int = 2, limit: int = 40) -> list[Suggestion]:
    """Suggestions from the project's catalogs (msgids, and translated entries per language)."""
    from workbench.catalog import read_catalog

    sources: list[str] = []
    pairs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for _statement, target, path in project.catalogs(lang):
        if not path.is_file():
            continue
        for entry in read_catalog(path):
            if entry.msgid and not entry.obsolete:
                sources.append(entry.msgid)
            pairs[target].extend(translated_pairs(entry))
    if not sources:
        sources = _corpus_segments(project)
    return suggest_from(sources, dict(pairs), termbase, project.config.source_language,
                        min_count=min_count, limit=limit)


def _corpus_segments(project: Project) -> list[str]:
    from workbench.segment import segment_document

    out: list[str] = []
    for statement in project.statements():
        text = statement.path.read_text(encoding="utf-8")
        out.extend(s.text for s in segment_document(text, statement.source_language,
                                                    statement.format))
    return out
