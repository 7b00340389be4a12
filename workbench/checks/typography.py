"""Typography compared with the source and with the target language's conventions: quotations
added, dropped or doubled; straight quotes where the language has its own; French spacing
before ; : ! ? and inside « »; apostrophes that are not the language's one."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.checks.langdata import (
    CURLY_QUOTE_LANGS,
    SPACE_BEFORE_MARKS,
    STRAIGHT_QUOTES_IN_SOFTWARE,
)
from workbench.checks.model import CheckContext, Problem, Severity, check
from workbench.checks.text import Pair, Token
from workbench.text import LANGUAGE_APOSTROPHE, apostrophe_for

# A quotation: an opening mark, some text, its closing mark (any convention). A straight ' is a
# quote only with no letter outside it ("'Hot'"), never inside a word ("it's", "п'ять").
QUOTATION = re.compile(
    r"«[^«»]*»|»[^«»]*«|„[^„“”]*[“”]|“[^“”]*”|‚[^‚‘’]*[‘’]|‹[^‹›]*›|「[^「」]*」|『[^『』]*』|"
    r"《[^《》]*》|\"[^\"]*\"|(?<!\w)'(?=\S)[^'\n]*(?<=\S)'(?!\w)|`[^`'\n]*'(?!\w)|"
    r"‘(?=\S)[^‘’\n]*(?<=\S)’(?!\w)|”[^”\n]*”")


def quotations(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTATION.finditer(text)]


@check("quotes-changed", "warning",
       "the translation quotes more or fewer things than the source (a quotation added, "
       "dropped or doubled); quote what the source quotes, in the language's quote marks")
def quotes_changed(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    src, tgt = _solid(pair.source, pair.source_tokens), _solid(pair.target, pair.target_tokens)
    if not (_has_quote(src) or _has_quote(tgt)):
        return
    s_quotes, t_quotes = quotations(src), quotations(tgt)
    if len(s_quotes) == len(t_quotes) or not s_quotes and len(t_quotes) < 2:
        return  # quoting a name or a placeholder the source leaves bare is the language's way
    if len(t_quotes) > len(s_quotes):
        yield Problem(f"{len(t_quotes)} quotation(s) in the translation, {len(s_quotes)} in "
                      "the source: remove the quote marks the source does not have",
                      tuple(t_quotes))
    else:
        yield Problem(f"{len(t_quotes)} quotation(s) in the translation, {len(s_quotes)} in "
                      "the source: quote what the source quotes", tuple(t_quotes))


def _solid(text: str, tokens: list[Token]) -> str:
    """The text with placeholders, tags and URLs as letters ("'%s'" is a quotation of a
    placeholder; a quote inside a tag is no quotation)."""
    if not tokens:
        return text
    parts, pos = [], 0
    for tok in tokens:
        parts += [text[pos:tok.start], "x" * (tok.end - tok.start)]
        pos = tok.end
    return "".join(parts) + text[pos:]


def _has_quote(text: str) -> bool:
    return any(c in text for c in "\"'«»„“”‚‘’‹›「」『』《》`")


STRAIGHT = re.compile(r"(?<!\w)\"(?=\S)[^\"\n]*(?<=\S)\"|(?<![\w=])'(?=\S)[^'\n]*(?<=\S)'(?!\w)")


@check("straight-quotes", "warning",
       "straight quotes \"…\" where the language has its own (« » in French and Russian, „ “ in "
       "German); use the language's quote marks", languages=tuple(CURLY_QUOTE_LANGS))
def straight_quotes(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    tgt = _solid(pair.target, pair.target_tokens)
    if '"' not in tgt and "'" not in tgt:
        return
    found = [m.span() for m in STRAIGHT.finditer(tgt) if not _code_like(tgt, m)]
    if found:
        want = CURLY_QUOTE_LANGS[ctx.base_lang]
        # In a published statement a warning; software catalogs keep the straight quotes of
        # their sources as a house style, so there it is a note (export sets them anyway).
        note = ctx.markup != "md" and ctx.base_lang in STRAIGHT_QUOTES_IN_SOFTWARE
        yield Problem(f"straight quotes in the translation: use {want}", tuple(found),
                      "info" if note else None)


def _code_like(text: str, m: re.Match[str]) -> bool:
    """An attribute value (href="x"), a shell word ('*.txt') or a character literal ('a')."""
    inner = m.group()[1:-1]
    before = text[max(0, m.start() - 1):m.start()]
    return before == "=" or len(inner) <= 1 or not any(c.isalpha() for c in inner)


# -- French spacing --------------------------------------------------------------------------
# A mark glued to the word before it: "sortie!" "string;". A run of marks ("?!") is one mark.
GLUED_MARK = re.compile(r"(?<=[^\s\u00a0\u202f\u2009!?;:(\[«])[!?;]+|"
                        r"(?<=[^\s\u00a0\u202f\u2009!?;:(\[«\d])(?<!\w:\w):(?=\s|$)")
GLUED_GUILLEMET = re.compile(r"«(?=[^\s\u00a0\u202f\u2009])|(?<=[^\s\u00a0\u202f\u2009])»")


@check("french-spacing", "warning",
       "French puts a (no-break) space before ; : ! ? and inside « »; add it",
       languages=tuple(SPACE_BEFORE_MARKS))
def french_spacing(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    tgt = pair.target_masked
    if not any(c in tgt for c in "!?;:«»"):
        return
    canadian = ctx.lang.replace("-", "_") in ("fr_CA", "fr_CH")  # only before : there
    spans = [m.span() for m in GLUED_MARK.finditer(tgt)
             if not (canadian and m.group() != ":") and not _url_like(tgt, m.start())]
    spans += [m.span() for m in GLUED_GUILLEMET.finditer(tgt)]
    if spans:
        yield Problem("no space before a French ; : ! ? or inside « »: add a no-break space",
                      tuple(sorted(spans)))


def _url_like(text: str, pos: int) -> bool:
    """"C:", "http:", "12:30", "&nbsp;" and smileys are not punctuation."""
    word = text[:pos].rsplit(None, 1)[-1] if text[:pos].strip() else ""
    return word.startswith("&") or len(word) == 1 or word.isascii() and word.isupper()


# -- apostrophes -----------------------------------------------------------------------------
IN_WORD_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’ʼ‘`´](?=[^\W\d_])")


@check("apostrophe", "warning",
       "an apostrophe that is not the language's one (Ukrainian ʼ, Belarusian ’): ‘ ` ´ are "
       "a warning, ' and the look-alike ’/ʼ a note; retype it", languages=tuple(LANGUAGE_APOSTROPHE))
def apostrophe(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    tgt = pair.target_masked
    if not any(c in tgt for c in "'’ʼ‘`´"):
        return
    want = apostrophe_for(ctx.base_lang)
    wrong = [m for m in IN_WORD_APOSTROPHE.finditer(tgt) if m.group() != want]
    if not wrong:
        return
    # A straight ' is what keyboards give, and ’ and ʼ look alike: a note (export can set the
    # language's one). ‘ ` ´ are visibly wrong: a warning.
    severity: Severity = "warning" if any(m.group() in "‘`´" for m in wrong) else "info"
    forms = " ".join(sorted({f"U+{ord(m.group()):04X} {m.group()}" for m in wrong}))
    yield Problem(f"apostrophe {forms} in a word: this language uses U+{ord(want):04X} {want}",
                  tuple(m.span() for m in wrong), severity)
