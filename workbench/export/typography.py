"""Locale typography for published translations: quotation marks, non-breaking spaces, dashes.

Applied to translated text only (never to the source, whose export must equal the source).
Markdown that is not prose is left alone: code spans, link destinations, autolinks, inline
HTML and bare URLs.

Quotation marks come from CLDR's ``delimiters`` (Babel 2.x does not ship them, so the common
languages are tabled here; others fall back to the English marks).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from workbench.languages import base_language, normalize_code
from workbench.text import apostrophe_for

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space (French punctuation and guillemets)
EN_DASH = "\u2013"
EM_DASH = "\u2014"

# CLDR 44 delimiters: quotationStart, quotationEnd, alternateQuotationStart, alternateQuotationEnd.
QUOTES: dict[str, tuple[str, str, str, str]] = {
    "en": ("“", "”", "‘", "’"), "ar": ("”", "“", "’", "‘"), "be": ("«", "»", "„", "“"),
    "bg": ("„", "“", "„", "“"), "ca": ("«", "»", "“", "”"), "cs": ("„", "“", "‚", "‘"),
    "da": ("“", "”", "‘", "’"), "de": ("„", "“", "‚", "‘"), "el": ("«", "»", "“", "”"),
    "es": ("“", "”", "‘", "’"), "et": ("„", "“", "‚", "‘"), "fa": ("«", "»", "”", "“"),
    "fi": ("”", "”", "’", "’"), "fr": ("«", "»", "«", "»"), "he": ("”", "”", "’", "’"),
    "hr": ("„", "“", "‚", "‘"), "hu": ("„", "”", "»", "«"), "hy": ("«", "»", "«", "»"),
    "it": ("«", "»", "“", "”"), "ja": ("「", "」", "『", "』"), "ka": ("„", "“", "«", "»"),
    "kk": ("«", "»", "„", "“"), "ko": ("“", "”", "‘", "’"), "lt": ("„", "“", "„", "“"),
    "lv": ("“", "”", "„", "“"), "nb": ("«", "»", "‘", "’"), "nl": ("‘", "’", "“", "”"),
    "pl": ("„", "”", "«", "»"), "pt": ("“", "”", "‘", "’"), "ro": ("„", "”", "«", "»"),
    "ru": ("«", "»", "„", "“"), "sk": ("„", "“", "‚", "‘"), "sl": ("„", "“", "‚", "‘"),
    "sr": ("„", "“", "‘", "’"), "sv": ("”", "”", "’", "’"), "tr": ("“", "”", "‘", "’"),
    "uk": ("«", "»", "„", "“"), "zh": ("“", "”", "‘", "’"), "zh_Hant": ("「", "」", "『", "』"),
}

# How a parenthetical dash is set: (dash, space before, space after). Russian-school languages
# glue the dash to the previous word with a no-break space; English (Chicago) closes it up.
DASHES: dict[str, tuple[str, str, str]] = {
    "en": (EM_DASH, "", ""), "ru": (EM_DASH, NBSP, " "), "uk": (EM_DASH, NBSP, " "),
    "be": (EM_DASH, NBSP, " "), "bg": (EM_DASH, NBSP, " "), "es": (EM_DASH, " ", " "),
    "pt": (EM_DASH, " ", " "), "it": (EM_DASH, " ", " "), "fr": (EN_DASH, NBSP, " "),
}
DEFAULT_DASH = (EN_DASH, NBSP, " ")  # de, pl, cs, nl, sv, da...

# Leave these alone: code spans, link destinations, autolinks and inline HTML, bare URLs,
# e-mail addresses, Markdown backslash escapes. Linear time on any input: no alternative can
# start at every character of a long run and scan to its end (a link destination stops at the
# next parenthesis, a tag at the next '<', an address starts where a word starts).
_PROTECTED = re.compile(
    r"`+[^`]*`+|\]\([^()]*\)|<[^<>\s]+>|https?://\S+|www\.\S+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\\.")
_OPENING_CONTEXT = set(" \t\n([{<«„“‘‚—–-/" + NBSP + NNBSP)
_CLOSING_CONTEXT = set(".,;:!?)]}»”’…。、，！？")
_WORD_DASH = re.compile(r"(?<=\S)[ \t]+(?:-{1,3}|–|—)[ \t]+(?=\S)")


@dataclass(frozen=True)
class Rules:
    lang: str
    quotes: tuple[str, str, str, str]
    dash: tuple[str, str, str]
    french_spacing: bool
    apostrophe: str  # what a straight apostrophe inside a word becomes
    dates: re.Pattern[str] | None  # a number and a month name: kept on one line


def rules_for(lang: str) -> Rules:
    code = normalize_code(lang)
    base = base_language(code)
    quotes = QUOTES.get(code) or QUOTES.get("zh_Hant" if code in {"zh_TW", "zh_HK"} else base)
    return Rules(
        lang=code,
        quotes=quotes or QUOTES["en"],
        dash=DASHES.get(base, DEFAULT_DASH),
        french_spacing=base == "fr" and code != "fr_CH",
        apostrophe=apostrophe_for(base),  # one home: workbench.text (be ’, uk ʼ)
        dates=_date_pattern(code),
    )


@cache
def _date_pattern(code: str) -> re.Pattern[str] | None:
    """Spaces between a number and a month name (either order), from CLDR's month names.

    >>> _date_pattern("ru").sub(_keep_date, "9 августа 2020") == f"9{NBSP}августа{NBSP}2020"
    True
    >>> _date_pattern("en").sub(_keep_date, "on August 9.") == "on August" + NBSP + "9."
    True
    """
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return None
    names = {name for context in ("format", "stand-alone")
             for name in locale.months[context]["wide"].values()}
    if not names:
        return None
    months = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    # Literal alternatives and fixed-width look-arounds: linear on any input.
    return re.compile(rf"(?<=\d)(?P<dot>\.?)[ \t]+(?=(?:{months})\b)"
                      rf"|(?<!\w)(?P<month>{months})[ \t]+(?=\d)", re.IGNORECASE)


def _keep_date(match: re.Match[str]) -> str:
    """'9 августа', '9. August', 'August 9' kept on one line."""
    if match.group("month") is not None:
        return match.group("month") + NBSP
    return match.group("dot") + NBSP


def apply(text: str, lang: str) -> str:
    """The text with the language's typography; Markdown code, links and URLs untouched."""
    rules = rules_for(lang)
    out: list[str] = []
    pos = 0
    state = _QuoteState()
    for match in _PROTECTED.finditer(text):
        out.append(_prose(text, pos, match.start(), rules, state))
        out.append(match.group(0))
        pos = match.end()
    out.append(_prose(text, pos, len(text), rules, state))
    result = "".join(out)
    if rules.french_spacing:
        result = _french_spacing(result)
    return result


class _QuoteState:
    """Which quotes are open: the next straight quote closes them where spacing cannot tell
    (languages written without spaces), and a single one is not taken for an apostrophe."""

    def __init__(self) -> None:
        self.double_open = False
        self.single_open = False


_EMPHASIS = "*_~"


def _neighbour(text: str, at: int, step: int) -> str:
    """The character next to ``at``, looking through emphasis markers; a space at the ends."""
    at += step
    while 0 <= at < len(text) and text[at] in _EMPHASIS:
        at += step
    return text[at] if 0 <= at < len(text) else " "


def _prose(text: str, start: int, end: int, rules: Rules, state: _QuoteState) -> str:
    if start >= end:
        return ""
    q_open, q_close, alt_open, alt_close = rules.quotes
    out = []
    for at in range(start, end):
        ch = text[at]
        if ch not in "\"'":
            out.append(ch)
            continue
        before, after = _neighbour(text, at, -1), _neighbour(text, at, 1)
        opening = before in _OPENING_CONTEXT and not after.isspace()
        if ch == '"':
            if not opening and not after.isspace() and after not in _CLOSING_CONTEXT:
                opening = not state.double_open  # no space to tell: alternate
            state.double_open = opening
            out.append(q_open if opening else q_close)
        elif before.isalnum() and after.isalnum():
            out.append(rules.apostrophe)  # don't, l'homme, сем'ї
        elif opening:
            state.single_open = True
            out.append(alt_open)
        elif state.single_open:
            state.single_open = False
            out.append(alt_close)
        else:
            out.append(rules.apostrophe)  # the workers' union: a plural possessive
    dash, space_before, space_after = rules.dash
    text = _WORD_DASH.sub(f"{space_before}{dash}{space_after}", "".join(out))
    return rules.dates.sub(_keep_date, text) if rules.dates else text


_FR_PUNCT = re.compile(r"(?<![ \t\u00a0\u202f])([ \t\u00a0\u202f]*)([;:!?»])")  # a run once
_FR_GUILLEMET = re.compile(r"«[ \t\u00a0\u202f]*(?=\S)")
_FR_GLUED = set(")]*_`’”»'\"")  # closing marks a French punctuation mark may follow


def _french_spacing(text: str) -> str:
    """Narrow no-break space before ; : ! ? » and after « (not in URLs, times or code)."""
    spans = [m.span() for m in _PROTECTED.finditer(text)]
    starts = [start for start, _ in spans]

    def inside(index: int) -> bool:  # spans are sorted and disjoint: a binary search
        at = bisect.bisect_right(starts, index) - 1
        return at >= 0 and index < spans[at][1]

    def before(match: re.Match[str]) -> str:
        spaces, mark = match.group(1), match.group(2)
        at = match.start(2)
        prev = text[match.start() - 1] if match.start() > 0 else ""
        nxt = text[at + 1] if at + 1 < len(text) else " "
        if inside(at) or not prev or prev.isspace():
            return match.group(0)
        if mark == ":" and prev.isdigit() and nxt.isdigit():
            return match.group(0)  # a time: 10:30
        if not spaces and not (prev.isalnum() or prev in _FR_GLUED):
            return match.group(0)  # "?!" keeps its one space before the first mark
        return NNBSP + mark

    text = _FR_PUNCT.sub(before, text)
    return _FR_GUILLEMET.sub(lambda m: m.group(0) if inside(m.start()) else "«" + NNBSP, text)
