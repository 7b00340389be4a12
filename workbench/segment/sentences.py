"""Sentences: one seam, ``split_sentences(text, lang)``.

Each place where a sentence may end (``.``, ``?``, ``!`` or an ellipsis, then closing quotes,
brackets or emphasis, then a space) is judged from the word before and the word after:
abbreviations by kind, initials, numbers, quotes and brackets still open, inline Markdown, URLs
and addresses. The lists are per language, in ``workbench/data/segmentation/<lang>.json`` (its
README says what each kind means). Where the rules cannot tell (a short word they do not know),
the engine measured for the language decides: choppa-srx (LanguageTool's rules) for ru/uk/be,
sentencex for the others.
"""

from __future__ import annotations

import bisect
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

from workbench.languages import normalize_code
from workbench.segment.lists import list_items
from workbench.segment.regions import OPENING as _OPENING
from workbench.segment.regions import regions as _regions

SRX_LANGUAGES = {"ru", "uk", "be"}


# -- language rules ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Rules:
    kinds: dict[str, str]  # abbreviation -> prefix, terminal, soft, reference or numbered
    continues: dict[str, frozenset[str]]  # abbreviation -> words that go on after it
    starters: frozenset[str]  # words that often open a sentence
    capitalized_nouns: bool  # German: a capital after an abbreviation proves nothing
    ordinal_dot: bool  # German "9. August"
    known: bool  # False: no list, so short unknown words go to the engine


@cache
def rules(base: str, extra: tuple[str, ...] = ()) -> Rules:
    """The rules of a language, plus the project's abbreviations (which never end a sentence).

    >>> rules("en").kinds["etc"], rules("ru").kinds["г"], rules("en", ("blvd.",)).kinds["blvd"]
    ('terminal', 'reference', 'prefix')
    >>> rules("xx").known  # no list: short unknown words go to the engine
    False
    """
    data: dict[str, Any] = {}
    path = resources.files("workbench").joinpath("data", "segmentation", f"{base}.json")
    if base.isalpha() and path.is_file():  # a code, never a path
        data = json.loads(path.read_text(encoding="utf-8"))
    kinds = {word: kind for kind in ("numbered", "reference", "soft", "terminal", "prefix")
             for word in data.get(kind, [])}
    kinds.update((word.lower().strip().rstrip("."), "prefix") for word in extra if word.strip())
    continues = {key: frozenset(words) for key, words in data.get("continues", {}).items()}
    return Rules(kinds, continues, frozenset(data.get("starters", [])),
                 bool(data.get("capitalized_nouns")), bool(data.get("ordinal_dot")), bool(data))


# -- sentences ---------------------------------------------------------------------------------

# Where a sentence may end: terminators, closing quotes/brackets/emphasis/footnotes, a space
# (a no-break space never ends one). CJK full stops need no space.
_CANDIDATE = re.compile(
    r"(?<![.!?…‼⁇⁈⁉])(?P<term>[.!?…‼⁇⁈⁉]++)(?P<close>(?:[)\]}»”“’\"'›«*_~]|[ \u00a0\u202f][»›]|\[\^?\w+\])*)"
    r"[^\S\u00a0\u202f\u2007]+"
    r"|(?P<cjk>[。！？｡]+)(?P<cjkclose>[」』）〕】”’\"]*)\s*(?=\S)")
_PROTECTED = re.compile(
    r"(`+)[^`].*?\1(?!`)"                                            # code spans
    r"|!?\[(?:[^\[\]]|\[[^\]]*\])*\]"                                 # links and images
    r"(?:\((?:<[^>]*>|[^)\s]*)(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\)|\[[^\]]*\])"
    r"|</?[a-zA-Z][^<>]*>"                                            # autolinks, inline HTML
    r"|(?:https?|ftp)://[^\s<>]*[^\s<>.,;:!?)\]'\"»”]"               # URLs, not their last stop
    r"|www\.[^\s<>]*[^\s<>.,;:!?)\]'\"»”]"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")                     # e-mail addresses
_MAY_PROTECT = re.compile(r"[`\[<@]|://|www\.")  # cheap test before the costly pattern
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NUMBER = re.compile(r"\d[\d.,/:-]*\w{0,3}$|[IVXLCDMХІ]{2,}$")  # 2020, 9.08.2020, 1990-х, 3rd, XX
_ROMAN = re.compile(r"[IVXLCDMХІ]+$")
_MARKUP_CLOSE = re.compile(r"\[\^?\w+\]|[*_~]")  # closers that are no quote or bracket
_ASKS = re.compile(r"[?!‼⁇⁈⁉]")
_LAST_WORD = re.compile(r"(?:^|\s)([^\W\d_]+)$")
_ELISION = re.compile(r"['’]")
_JOINED = re.compile(r"(?:^|[\s(«\"„“])([^\W\d_]{1,3})(\.\s?|\s+)$")  # "т. д", "и др", "et al"
_PREVIOUS = re.compile(r"(\S+)\s+$")
_SPACED_DOTS = re.compile(r"\.(?: \.){2}(?= )")
# Prepositions and conjunctions. A sentence cannot end on one, so an ellipsis after one is a
# pause ("in… Los Angeles"); a word after one is no abbreviation ("за ім." is "with him.").
_FUNCTION_WORDS = set("a an the of to in on at for and or but with by from в во у ў на за з із зі "
                      "со с к ко от ад до да по па о об аб и і й а но не ни при пры для без над пад "
                      "под під перед перад через праз про пра після пасля".split())


class _Next(NamedTuple):
    kind: str  # lower, upper (or uncased), digit, punct
    word: str  # the word that follows, lower case
    initial: bool  # it is a letter with a dot: "J."
    roman: bool  # it is a Roman number: "Vol. II", "XX ст."


def split_sentences(text: str, lang: str = "en", extra_abbreviations: Iterable[str] = ()) -> list[str]:
    """Split one block of text into sentences, exactly as written (only outer spaces trimmed).

    >>> split_sentences("The elections on Aug. 9 were rigged. Protests followed.")
    ['The elections on Aug. 9 were rigged.', 'Protests followed.']
    >>> split_sentences("Зимин осуждён на 25 сут. ареста. Его коллега — на 12.", "ru")
    ['Зимин осуждён на 25 сут. ареста.', 'Его коллега — на 12.']
    >>> split_sentences("1. Free elections 2. Release of prisoners")
    ['1. Free elections', '2. Release of prisoners']
    >>> split_sentences("Contact Ave. Maria now.", "en", extra_abbreviations=["Ave"])
    ['Contact Ave. Maria now.']
    """
    base = re.split(r"[_@]", normalize_code(lang))[0].lower() or "en"
    extra = tuple(sorted({a.strip() for a in extra_abbreviations if a.strip()}))
    return list(_split(text.strip(), base, extra))


@lru_cache(maxsize=8192)  # an update segments the same blocks again (template, merge, export)
def _split(text: str, base: str, extra: tuple[str, ...]) -> tuple[str, ...]:
    items = list_items(text)
    if len(items) == 1:
        return _split_prose(text, base, extra)
    out: list[str] = []
    for marker, rest in items:  # each item on its own; its marker stays with its first sentence
        sentences = list(_split_prose(rest, base, extra)) or [""]
        sentences[0] = f"{marker}{sentences[0]}".strip()
        out.extend(sentences)
    return tuple(out)


def _split_prose(text: str, base: str, extra: tuple[str, ...]) -> tuple[str, ...]:
    if not text:
        return ()
    judge: _Judge | None = None  # built at the first candidate: most headings and cells have none
    out, start = [], 0
    for match in _CANDIDATE.finditer(text):
        end = match.end("close") if match.group("term") else match.end("cjkclose")
        if (judge or (judge := _Judge(text, base, rules(base, extra)))).ends(match, start, end):
            out.append(text[start:end].strip())
            start = match.end()
    out.append(text[start:].strip())
    return tuple(piece for piece in out if piece)


class _Judge:
    """Decides, for one text, whether a sentence ends at a candidate."""

    def __init__(self, text: str, base: str, lang_rules: Rules) -> None:
        self.text, self.base, self.rules = text, base, lang_rules
        self.protected = [m.span() for m in _PROTECTED.finditer(text)] if _MAY_PROTECT.search(text) else []
        self.regions = _regions(text, self.protected)

    def ends(self, match: re.Match[str], start: int, end: int) -> bool:
        verdict = self.verdict(match, start, end)
        if verdict is None:
            return self.engine_ends(start, match.start(), match.end())
        return verdict

    def verdict(self, match: re.Match[str], start: int, end: int) -> bool | None:
        """True: a sentence ends at ``end``; False: it goes on; None: the engine decides."""
        pos = match.start()
        if _inside(self.regions, pos, end) or (
                not match.group("cjk") and _inside(self.protected, pos, pos)):
            return False  # in an open quote or bracket; in a link, code, URL or address
        if match.group("cjk"):
            return True
        term, close = match.group("term"), match.group("close")
        if term == "." and not close and (spaced := self.spaced_ellipsis(pos, match.end())) is not None:
            return spaced
        after = _next_word(self.text, match.end())
        if after.kind in ("lower", "punct"):
            return False  # a sentence never starts in lower case or with closing punctuation
        if _ASKS.search(term):
            return True
        if "…" in term or ".." in term:
            return self.after_ellipsis(pos)
        if close and _MARKUP_CLOSE.sub("", close):
            return True  # a quote or bracket closed after the stop: '"Stop." Then'
        return self.after_stop(pos, start, after)

    def spaced_ellipsis(self, pos: int, after: int) -> bool | None:
        """Dots spaced out (". . ."): three after a space mark an omission; a fourth, or a
        stop on the word before them, ends the sentence ("compounds. . . . The practice")."""
        text, dots, i = self.text, 1, pos
        while i >= 2 and text[i - 1] == " " and text[i - 2] == ".":
            dots, i = dots + 1, i - 2
        if dots >= 2:
            attached = i > 0 and not text[i - 1].isspace()
            return dots >= 4 and not attached
        ahead = _SPACED_DOTS.match(text, after)
        if ahead and (i == 0 or not text[i - 1].isspace()):
            return _next_word(text, ahead.end()).kind == "upper"
        return None

    def after_ellipsis(self, pos: int) -> bool:
        before = self.text[max(0, pos - 40):pos]
        if not before or before[-1].isspace() or before[-1] in "([«„“\"":
            return False  # an omission mark: "the regime ... Belarus", "[…]"
        word = _LAST_WORD.search(before)
        return not (word and word.group(1) in _FUNCTION_WORDS)  # not "in… Los Angeles"

    def after_stop(self, pos: int, start: int, after: _Next) -> bool | None:
        """A single full stop: the word before it decides (an abbreviation, initial, number)."""
        text, r = self.text, self.rules
        token, at = _token_before(text, pos, max(start, pos - 48))
        if not token:
            return True  # "7%.", "(CFA).", "“funded”."
        before = text[at - 1] if at > 0 else " "
        number = bool(_NUMBER.match(token))
        initial = len(token) == 1 and token.isupper() and (before.isspace() or before in _OPENING + ".")
        if (number or initial or _ROMAN.match(token)) and not text[start:at].strip(_OPENING):
            return False  # it opens the sentence: "1. Background", "A. Introduction", "IV. Scope"
        key = None if initial or (token.isupper() and token.isalnum()) else self.abbreviation(token, at, after)
        kind = r.kinds.get(key) if key else None
        if after.kind == "digit" or (kind in ("numbered", "reference") and after.roman):
            # "No. 87", "ст. 12", "Aug. 9", "S. 5", "Vol. II", and unknown ones: "fn. 3"
            return not (kind or number or initial or "." in token or self.short_unknown(token))
        if kind == "numbered":
            return True  # the plain word: "said no. Ms. Smith"
        if kind == "prefix":
            return False
        if kind == "reference":  # "2020 г. Протесты", "XX ст. Профспілки", but "г. Минск"
            return self.after_number(at) or self.starts(after)
        if kind == "terminal":
            if after.word in r.continues.get(key or "", ()) or self.only_time(start, at):
                return False  # "долл. США"
            return self.starts(after) if r.capitalized_nouns else True
        if kind == "soft" and token.islower() and self.previous_word(at) in _FUNCTION_WORDS:
            return True  # the plain word, not "ім." (імя): "за ім. Вывад" (be: "with him.")
        if kind == "soft" or initial or ("." in token and token.replace(".", "").isupper()):
            return self.starts(after)  # "Ltd. Its", but "J. Smith", "U.S. Congress", "Inc. CEO"
        if number:
            return self.starts(after) if r.ordinal_dot else True
        return None if self.short_unknown(token) else True

    def abbreviation(self, token: str, at: int, after: _Next) -> str | None:
        """The list entry the token is part of: "т. д" -> "т.д", "и др", "z. B" -> "z.b", "aug"."""
        low, kinds = _ELISION.split(token.lower())[-1], self.rules.kinds  # "l'art" -> "art"
        if after.initial and f"{low}.{after.word}" in kinds:
            return f"{low}.{after.word}"
        before = self.text[max(0, at - 8):at]
        joined = _JOINED.search(before)
        if joined:
            key = joined.group(1).lower() + ("." if "." in joined.group(2) else " ") + low
            if key in kinds:
                return key
        return low if low in kinds else None

    def only_time(self, start: int, at: int) -> bool:
        """The sentence so far is a preposition and a number ("At 5 a.m. Mr. Smith went"):
        no sentence ends there."""
        words = self.text[start:at].split()
        return len(words) == 2 and words[0].lower() in _FUNCTION_WORDS and bool(_NUMBER.match(words[1]))

    def previous_word(self, at: int) -> str:
        previous = _PREVIOUS.search(self.text, max(0, at - 24), at)
        return previous.group(1).strip("(«\"„“").lower() if previous else ""

    def after_number(self, at: int) -> bool:
        word = self.previous_word(at).upper()
        return bool(word) and bool(_NUMBER.match(word) or _ROMAN.match(word))

    def starts(self, after: _Next) -> bool:
        return after.word in self.rules.starters and not after.initial

    def short_unknown(self, token: str) -> bool:
        """A short word the lists do not know may be an abbreviation: "Sr." in Spanish.

        The SRX engine is slow (milliseconds a call) and its lists are in ours: ask it less."""
        if not self.rules.known:
            return token.isalpha() and len(token) <= 4 and token[1:].islower()
        longest = 1 if self.base in SRX_LANGUAGES else 3
        return token.isalpha() and token.islower() and len(token) <= longest

    def engine_ends(self, start: int, pos: int, after: int) -> bool:
        """Ask the language's engine about this one place, with some text either side."""
        low = max(start, pos - 80)
        window = self.text[low:min(len(self.text), after + 40)]
        return any(pos - low <= end <= after - low for end in _engine_ends(window, self.base))


def _token_before(text: str, pos: int, low: int) -> tuple[str, int]:
    """The word that ends at ``pos`` with its inner dots: "p.m", "U.S", "1990-х", "т.д".

    A loop, not a regular expression: Python has no backward search, and a search anchored
    at the end tries every start (the costliest step of segmentation)."""
    at = pos
    while at > low and (text[at - 1].isalnum() or text[at - 1] in "_'’.-"
                        or text[at - 1] in "°º" and at - 1 > low and text[at - 2].isalpha()):
        at -= 1
    while at < pos and not text[at].isalnum():
        at += 1
    return text[at:pos], at


def _inside(spans: list[tuple[int, int]], pos: int, end: int) -> bool:
    """Whether a span (sorted, disjoint) starts before ``pos`` and goes on past ``end``."""
    i = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= pos and spans[i][1] > end


def _next_word(text: str, i: int) -> _Next:
    while i < len(text) and text[i] in _OPENING:
        i += 1
    if i >= len(text):
        return _Next("punct", "", False, False)
    ch = text[i]
    if ch.islower():
        kind = "lower"
    elif ch.isdigit() or ch in "№#§$€£+":
        kind = "digit"
    else:
        kind = "punct" if ch in ",;:)]}»”.!?…" else "upper"
    found = _WORD.match(text, i)
    if not found:
        return _Next(kind, "", False, False)
    word = found.group()
    initial = len(word) == 1 and text[found.end():found.end() + 1] == "."
    return _Next(kind, word.lower(), initial, bool(_ROMAN.match(word)) and word != "I")


def _engine_split(text: str, base: str) -> list[str]:
    if base in SRX_LANGUAGES:
        from choppa import SrxTextIterator

        return list(SrxTextIterator(_srx_document(), f"{base}_two", text))
    import sentencex

    return list(sentencex.segment(base, text))


@lru_cache(maxsize=1024)
def _engine_ends(text: str, base: str) -> frozenset[int]:
    """Where the engine ends sentences in a text (offsets just past each but the last)."""
    return frozenset(end for _start, end in _locate(text, _engine_split(text, base))[:-1])


@cache
def _srx_document() -> Any:
    from choppa import DEFAULT_SRX_RULESET, SrxDocument

    return SrxDocument(ruleset=str(DEFAULT_SRX_RULESET))


def _locate(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Character spans of the engine's pieces (engines may drop or keep spaces)."""
    spans, pos = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = text.find(piece, pos)
        if at < 0:  # an engine that altered text: fall back to keeping the rest whole
            spans.append((pos, len(text)))
            pos = len(text)
            break
        spans.append((at, at + len(piece)))
        pos = at + len(piece)
    if pos < len(text) and text[pos:].strip():
        spans.append((pos, len(text)))
    return spans
