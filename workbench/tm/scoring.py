"""The match percentage: what a translator sees next to a TM match.

    score = round(100 × (1 − indel / (len(q) + len(s))))   on normalized text (normalize.py)

``indel`` is the number of characters to insert or delete to turn one normalized source into
the other, so an inserted or deleted word costs its share of the two sentences, and a typo
costs a character, not a word. Normalization hides case, punctuation, spacing and the value
of numbers; each kind of hidden difference then costs a point (settings.py), so such a match
scores 96–99 and never 100. Only an identical source scores 100. Fuzzy and imported origins
cost their own penalties (memory.py), and an identical source whose previous and next
segments also match scores 101.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel, Levenshtein

from workbench.tm.normalize import NUMBER, numbers, tokens
from workbench.tm.settings import TMSettings

_IS_WORD = re.compile(r"\w")
_IS_NUMBER = re.compile(r"\d")


def ratio(query_norm: str, source_norm: str) -> float:
    """Similarity of two normalized sources, 0..1 (1 - indel distance / total length).

    >>> round(ratio("the union was banned", "the union was dissolved"), 3)
    0.744
    """
    return Indel.normalized_similarity(query_norm, source_norm)


def min_ratio(min_score: int) -> float:
    """The lowest ratio that can still round up to ``min_score``.

    >>> min_ratio(70), min_ratio(0)
    (0.695, 0.0)
    """
    return max(0.0, (min_score - 0.5) / 100)


def base_score(r: float) -> int:
    """The percentage before penalties; 100 only when the normalized sources are equal.

    >>> base_score(1.0), base_score(0.999), base_score(0.744)
    (100, 99, 74)
    """
    return 100 if r >= 1.0 else min(99, int(100 * r + 0.5))


def text_penalty(query: str, source: str, same_norm: bool, settings: TMSettings) -> int:
    """Points for the differences normalization hid (numbers always; the rest when equal)."""
    penalty = settings.number_penalty if numbers(query) != numbers(source) else 0
    if not same_norm:
        return penalty
    q = [t.strip() for t in tokens(query) if not t.isspace()]
    s = [t.strip() for t in tokens(source) if not t.isspace()]
    if _kinds(q, "word") != _kinds(s, "word"):
        penalty += settings.case_penalty
    if _kinds(q, "punct") != _kinds(s, "punct"):
        penalty += settings.punctuation_penalty
    if q == s:
        penalty += settings.whitespace_penalty
    return max(penalty, 1)  # different text (say NFC forms) is never a 100% match


def _kinds(toks: list[str], kind: str) -> list[str]:
    if kind == "punct":
        return [t for t in toks if not _IS_WORD.match(t)]
    return [t for t in toks if _IS_WORD.match(t) and not _IS_NUMBER.match(t)]


def score(query: str, source: str, r: float, settings: TMSettings) -> int:
    """The CAT percentage of ``source`` for ``query`` given their ratio, before origin penalties.

    >>> from workbench.tm.normalize import normalize
    >>> q, s = "The union was banned.", "The Union was banned!"
    >>> score(q, s, ratio(normalize(q), normalize(s)), TMSettings())  # case and punctuation
    98
    """
    if query == source:
        return 100
    same = r >= 1.0
    return max(0, base_score(r) - text_penalty(query, source, same, settings))


def diff(query: str, source: str) -> list[tuple[str, str]]:
    """Word-level differences, in the match source's order.

    ``equal``, ``insert`` (only in the source) and ``replace`` pieces hold the source's text;
    ``delete`` pieces hold query text the source lacks. Joining all but the deletes gives the
    source back.
    """
    qt, st = tokens(query), tokens(source)
    qk, sk = [t.strip() for t in qt], [t.strip() for t in st]
    out: list[tuple[str, str]] = []
    for op in Levenshtein.opcodes(qk, sk):
        if op.tag == "delete":
            piece = "".join(qt[op.src_start:op.src_end])
            # Keep the query's space before a deleted word so "banned" + "in 2021" reads apart.
            if out and not out[-1][1][-1:].isspace() and op.src_start and qt[op.src_start - 1][-1:].isspace():
                piece = " " + piece
        else:
            piece = "".join(st[op.dest_start:op.dest_end])
        if out and out[-1][0] == op.tag:
            out[-1] = (op.tag, out[-1][1] + piece)
        elif piece:
            out.append((op.tag, piece))
    return out


def only_numbers_differ(query: str, source: str) -> bool:
    return query != source and NUMBER.sub("#", query) == NUMBER.sub("#", source)


def substitute_numbers(query: str, source: str, target: str) -> str:
    """The target with the query's numbers, when numbers are all that differ; else the target.

    "sentenced to 25 days" -> "… 25 суток" matched for "sentenced to 12 days" gives "… 12 суток".
    Every changed number must appear in the target as written in the source, and one source
    number must not stand for two query numbers; otherwise the target is left alone.
    """
    if not only_numbers_differ(query, source):
        return target
    mapping: dict[str, str] = {}
    for old, new in zip(numbers(source), numbers(query), strict=True):
        if mapping.setdefault(old, new) != new:
            return target
    changes = {old: new for old, new in mapping.items() if old != new}
    present = set(numbers(target))
    if not changes or not set(changes) <= present:
        return target
    return NUMBER.sub(lambda m: changes.get(m.group(), m.group()), target)
