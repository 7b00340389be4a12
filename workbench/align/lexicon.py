"""A word-translation table learnt from parallel text (IBM Model 1), the lexical evidence of
alignment where lengths and anchors cannot tell two sentences apart.

As Moore (2002) does: a first pass by length and anchors finds pairs that are almost surely
right; Model 1, trained on them (and on the TM's units, or on a whole archive with
``--batch``), says how well the words of two sentences translate each other; a second pass
uses that. Words are cut to their first five letters, a crude stemmer that lets inflected
forms meet in little data; function words are left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from workbench.glossary.stopwords import builtin
from workbench.languages import base_language

_WORD = re.compile(r"[^\W\d_]{2,}")
NULL = ""
THRESHOLD = 0.2  # t(f|e) above which a word counts as translated by another
MAX_PAIRS = 20_000


@cache
def _function_words(lang: str) -> frozenset[str]:
    return builtin(base_language(lang))


def words(text: str, lang: str) -> tuple[str, ...]:
    """A sentence's content words, cut to five letters.

    >>> words("The unions were banned in Belarus.", "en")
    ('union', 'banne', 'belar')
    """
    skip = _function_words(lang)
    return tuple(w.lower()[:5] for w in _WORD.findall(text) if w.lower() not in skip)


class Lexicon:
    def __init__(self, table: dict[tuple[str, str], float], src_lang: str, tgt_lang: str) -> None:
        self.table, self.src_lang, self.tgt_lang = table, src_lang, tgt_lang
        self.known = {e for e, _ in table} | {f for _, f in table}

    @classmethod
    def train(cls, pairs: Iterable[tuple[str, str]], src_lang: str, tgt_lang: str,
              iterations: int = 5) -> Lexicon:
        corpus: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        for src, tgt in pairs:
            src_words, tgt_words = words(src, src_lang), words(tgt, tgt_lang)
            if src_words and tgt_words:
                corpus.append(((NULL, *src_words), tgt_words))
            if len(corpus) >= MAX_PAIRS:
                break
        t: dict[tuple[str, str], float] = defaultdict(lambda: 1.0)
        for _ in range(iterations):
            count: dict[tuple[str, str], float] = defaultdict(float)
            total: dict[str, float] = defaultdict(float)
            for e_words, f_words in corpus:
                for f in f_words:
                    z = sum(t[(e, f)] for e in e_words)
                    for e in e_words:
                        share = t[(e, f)] / z
                        count[(e, f)] += share
                        total[e] += share
            t = defaultdict(float, {key: value / total[key[0]] for key, value in count.items()})
        return cls(dict(t), src_lang, tgt_lang)

    def similarity(self, src: str, tgt: str) -> float:
        """The share of the two sentences' words that have a likely translation on the other
        side (0 when either side has no word the table knows)."""
        e_words = [w for w in words(src, self.src_lang) if w in self.known]
        f_words = [w for w in words(tgt, self.tgt_lang) if w in self.known]
        if not e_words or not f_words:
            return 0.0
        table = self.table
        f_hit = sum(any(table.get((e, f), 0.0) >= THRESHOLD for e in e_words) for f in f_words)
        e_hit = sum(any(table.get((e, f), 0.0) >= THRESHOLD for f in f_words) for e in e_words)
        return (f_hit / len(f_words) + e_hit / len(e_words)) / 2
