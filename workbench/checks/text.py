"""Tokens shared by the checks: placeholders, URLs, e-mails, tags, code spans, words.

A :class:`Pair` is one source text and one target text. It computes each tokenization once,
lazily, so that ten checks looking at the same pair pay for one scan. "Protected" tokens
(placeholders, URLs, e-mail addresses, inline tags and code) must be carried over verbatim;
the *masked* text has them blanked out (offsets kept), so that the number, word and letter
checks do not look inside them.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

import polib

Markup = Literal["md", "plain"]

# C printf (with positions, glibc's I and ' flags, <PRIx64> macros) and Python %(name)s.
# The space flag is left out on purpose: "50% of" is prose, not "% o".
PRINTF = re.compile(
    r"%(?:(?P<pos>[1-9]\d*)\$|\((?P<name>\w+)\))?(?P<flags>[-+#0'I]*)"
    r"(?P<width>\d+|\*(?:\d+\$)?)?(?:\.(?:\d+|\*(?:\d+\$)?)?)?"
    r"(?P<len>hh|ll|[hlLqjzZt])?(?P<conv>[diouxXeEfFgGaAcsCSpnm%@]|<PRI\w+>)"
)
# strftime conversions that printf does not have: such strings are date formats.
STRFTIME = re.compile(r"%[-_0^#]?[YHMSbBaAyjkIlpPZTRDFzCGuUVwWhr]")
# Python str.format fields: {} {0} {name} {obj.attr} {x[0]} {0!r:>10}; not {{ }}, {a,b}, ${VAR},
# and not "{dis}able" (help-text notation for "disable"/"able").
BRACE = re.compile(r"(?<![{$])\{(?P<field>[A-Za-z_]\w*(?:\.\w+|\[\w+\])*|\d+)?(?:![rsa])?"
                   r"(?::[^{}\s]*)?\}(?![A-Za-z])")
URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'«»“”\\]+|\bwww\.[a-z0-9-]+\.[a-z][^\s<>\"'«»“”\\]*",
                 re.IGNORECASE)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
# Inline HTML tags by name only: "<b>" is markup, "<file>" in a usage line is a metavariable.
TAG_NAMES = ("a|abbr|b|big|br|code|del|em|i|img|ins|kbd|mark|p|q|s|samp|small|span|strike|"
             "strong|sub|sup|tt|u|var")
TAG = re.compile(rf"</?(?:{TAG_NAMES})(?:\s[^<>]*)?/?>", re.IGNORECASE)
MD_CODE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")
ESCAPE = re.compile(r"\\[a-zA-Z]")
ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9A-Fa-f]+);")
PCT_ESCAPE = re.compile(r"%0[AD](?=\S)")
ESCAPED_TAIL = re.compile(r"[0-9A-F]{2}|[sdiouxXcp]")
WORD = re.compile(r"[^\W\d_]+")
URL_TRAILING = ".,;:!?)]}'"
ACCELERATOR = re.compile(r"(?<=\w)[_&~](?=\w)|(?<![\w_&~])[_&~](?=\w)")


class Token(NamedTuple):
    kind: str  # printf, brace, url, email, tag, code, entity, escape
    text: str
    start: int
    end: int
    match: re.Match[str] | None = None  # the printf parse, kept for the printf check


def _url_tokens(text: str) -> list[Token]:
    out = []
    for m in URL.finditer(text):
        url = m.group().rstrip(URL_TRAILING)
        if url:
            out.append(Token("url", url, m.start(), m.start() + len(url)))
    return out


def _printf_token(text: str, m: re.Match[str]) -> Token:
    """A printf token; "%%s" (a placeholder for a second formatting pass, as in git) and
    "%%0A" (gpg-agent's percent-escaped newline) are masked whole."""
    end = m.end()
    if m.group() == "%%":
        extra = ESCAPED_TAIL.match(text, end)
        end = extra.end() if extra else end
    return Token("printf", text[m.start():end], m.start(), end, m)


def _is_printf(text: str, m: re.Match[str]) -> bool:
    """"%-encoding" and "%+bold" are words: flags alone, then letters, is not a conversion."""
    if not m.group("flags") or m.group("width") or m.group("len"):
        return True
    return not text[m.end():m.end() + 1].isalpha()


def protected_tokens(text: str, markup: Markup = "plain") -> list[Token]:
    """Tokens that must survive translation, sorted by position, not overlapping."""
    if not ("%" in text or "{" in text or "<" in text or "@" in text or "\\" in text
            or "`" in text or "&" in text or "://" in text or "www." in text):
        return []
    found: list[Token] = []
    if "://" in text or "www." in text:
        found += _url_tokens(text)
    if "@" in text:
        found += [Token("email", m.group(), m.start(), m.end()) for m in EMAIL.finditer(text)]
    if markup == "md" and "`" in text:
        found += [Token("code", m.group(), m.start(), m.end()) for m in MD_CODE.finditer(text)]
    if "<" in text:
        found += [Token("tag", m.group(), m.start(), m.end()) for m in TAG.finditer(text)]
    if "&" in text:
        found += [Token("entity", m.group(), m.start(), m.end()) for m in ENTITY.finditer(text)]
    if "%" in text:
        if "%0" in text:  # gpg-agent's percent-escaped line breaks, "%0A"
            found += [Token("escape", m.group(), m.start(), m.end())
                      for m in PCT_ESCAPE.finditer(text)]
        found += [_printf_token(text, m) for m in PRINTF.finditer(text) if _is_printf(text, m)]
    if "{" in text:
        found += [Token("brace", m.group(), m.start(), m.end()) for m in BRACE.finditer(text)]
    if "\\" in text:
        found += [Token("escape", m.group(), m.start(), m.end()) for m in ESCAPE.finditer(text)]
    if len(found) < 2:
        return found
    found.sort(key=lambda t: (t.start, -t.end))
    kept: list[Token] = []
    for tok in found:  # the first (outermost) token wins: a "%d" inside a URL is the URL's
        if not kept or tok.start >= kept[-1].end:
            kept.append(tok)
    return kept


def mask(text: str, tokens: list[Token]) -> str:
    """``text`` with every token replaced by spaces of the same length (offsets kept)."""
    if not tokens:
        return text
    parts, pos = [], 0
    for tok in tokens:
        parts.append(text[pos:tok.start])
        parts.append(" " * (tok.end - tok.start))
        pos = tok.end
    parts.append(text[pos:])
    return "".join(parts)


def strip_accelerators(text: str) -> str:
    """'_Open', '&Open' and 'O_pen' read as 'Open' (GTK, Qt and KDE mnemonics)."""
    return ACCELERATOR.sub("", text) if ("_" in text or "&" in text or "~" in text) else text


class Pair:
    """A source text and its translation (one plural form), with shared, lazy tokenizations.
    (Plain lazy attributes: functools.cached_property takes a lock on Python 3.11, too slow
    for the hundred thousand pairs of a large run.)"""

    __slots__ = ("source", "target", "entry", "form", "markup", "_src_toks", "_tgt_toks",
                 "_src_masked", "_tgt_masked", "_src_words", "_tgt_words")

    def __init__(self, source: str, target: str, *, entry: polib.POEntry | None = None,
                 form: int | None = None, markup: Markup = "plain") -> None:
        self.source = source
        self.target = target
        self.entry = entry
        self.form = form
        self.markup = markup
        self._src_toks: list[Token] | None = None
        self._tgt_toks: list[Token] | None = None
        self._src_masked: str | None = None
        self._tgt_masked: str | None = None
        self._src_words: list[str] | None = None
        self._tgt_words: list[str] | None = None

    @property
    def source_tokens(self) -> list[Token]:
        if self._src_toks is None:
            self._src_toks = protected_tokens(self.source, self.markup)
        return self._src_toks

    @property
    def target_tokens(self) -> list[Token]:
        if self._tgt_toks is None:
            self._tgt_toks = protected_tokens(self.target, self.markup)
        return self._tgt_toks

    @property
    def source_masked(self) -> str:
        if self._src_masked is None:
            self._src_masked = mask(self.source, self.source_tokens)
        return self._src_masked

    @property
    def target_masked(self) -> str:
        if self._tgt_masked is None:
            self._tgt_masked = mask(self.target, self.target_tokens)
        return self._tgt_masked

    def tokens(self, side: str, kind: str) -> list[Token]:
        toks = self.source_tokens if side == "source" else self.target_tokens
        return [t for t in toks if t.kind == kind]

    @property
    def source_words(self) -> list[str]:
        if self._src_words is None:
            self._src_words = WORD.findall(strip_accelerators(self.source_masked))
        return self._src_words

    @property
    def target_words(self) -> list[str]:
        if self._tgt_words is None:
            self._tgt_words = WORD.findall(strip_accelerators(self.target_masked))
        return self._tgt_words
