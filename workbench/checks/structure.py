"""The shape of a text: blank translations, line and paragraph breaks, sentence count,
invisible characters, acronyms and names, unit symbols next to numbers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import polib

from workbench.checks.model import CheckContext, Problem, check
from workbench.checks.source import latin_target
from workbench.checks.text import Pair


@check("blank", "error",
       "the translation is only whitespace: it counts as translated but says nothing; "
       "translate it", scope="entry")
def blank(entry: polib.POEntry, ctx: CheckContext) -> Iterator[Problem]:
    forms = (list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr])
    if any(f and f.isspace() for f in forms) and not entry.msgid.isspace():
        yield Problem("the translation is blank (only spaces or line breaks): translate it")


# -- line and paragraph breaks ---------------------------------------------------------------
OPTION_HELP = re.compile(r"^\s|^-|\n[ \t]*-|\n {2,}")  # help columns are re-wrapped freely


def _breaks(text: str) -> tuple[int, int, int]:
    """(paragraph breaks, line breaks, carriage returns) inside the text (ends left to the
    spaces check)."""
    core = text.strip(" \t")
    core = core.strip("\n") if not core.endswith("\r\n") else core
    return core.count("\n\n"), core.count("\n"), core.count("\r")


@check("line-breaks", "warning",
       "the translation has a different number of line or paragraph breaks than the source; "
       "keep the source's breaks")
def line_breaks(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    src, tgt = pair.source, pair.target
    if "\n" not in src and "\n" not in tgt and "\r" not in src and "\r" not in tgt:
        return
    (s_par, s_lines, s_cr), (t_par, t_lines, t_cr) = _breaks(src), _breaks(tgt)
    if s_par != t_par:
        yield Problem(f"{t_par} paragraph break(s) (\\n\\n) in the translation, {s_par} in the "
                      "source: keep the source's paragraphs")
    elif s_cr != t_cr:
        yield Problem("line endings differ from the source (\\r\\n against \\n): use the "
                      "source's")
    elif s_lines and not t_lines and s_lines <= 2 and not OPTION_HELP.search(src):
        # Lines are re-wrapped freely (a longer language needs more of them); all of them
        # gone is a text run together.
        yield Problem(f"{t_lines} line break(s) in the translation, {s_lines} in the source: "
                      "keep the source's lines")


# -- sentences -------------------------------------------------------------------------------
# A sentence ends with . ! ? … (or a CJK full stop), then a space and a capital letter, a digit
# or an opening quote. Abbreviations ("e.g. Foo", "Dr. Smith") are left out as best we can.
SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b\w)(?<!\.\w)(?<![.!?…。！？])[.!?…。！？]+[\"'»”’)]*\s+(?=[\"«„“(]?[^\W\d_a-zß-ÿа-яёіўєїґα-ω])")
ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|vs|Mr|Mrs|Ms|Dr|St|No|Nr|Fig|ca|approx|"
                           r"т\.\s?е|т\.\s?д|т\.\s?п|г|гг|см|напр|ул|z\.\s?B|d\.\s?h|bzw|"
                           r"usw|p\.\s?ex|M|Mme|cf)\.$", re.IGNORECASE)


def sentence_count(text: str) -> int:
    count = 1
    for m in SENTENCE_END.finditer(text):
        if not ABBREVIATIONS.search(text[max(0, m.start() - 8):m.start() + 1]):
            count += 1
    return count


@check("sentence-count", "warning",
       "the translation has a different number of sentences than the source; "
       "check that no sentence was dropped, merged or added")
def sentences(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    src, tgt = pair.source_masked, pair.target_masked
    if ("." not in src and "!" not in src and "?" not in src) or "\n" in src or "\n" in tgt:
        return  # one sentence, or lines of help text: counted by other checks
    if ctx.base_lang in NO_CASE:
        return
    s_count, t_count = sentence_count(src), sentence_count(tgt)
    if s_count >= 2 and t_count != s_count:
        yield Problem(f"{t_count} sentence(s) in the translation, {s_count} in the source: "
                      "check that none was dropped or merged")


# Scripts without letter case: a sentence cannot be told by its capital letter.
NO_CASE = frozenset({"zh", "ja", "ko", "th", "lo", "km", "my", "ar", "fa", "he", "hi", "bn",
                     "ta", "te", "ka", "am", "ur", "ps"})

# -- invisible characters --------------------------------------------------------------------
ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff\u00ad\u180e]")


@check("zero-width", "warning",
       "the translation contains an invisible character (zero-width space, word joiner, "
       "soft hyphen or byte-order mark) that the source does not; delete it")
def zero_width(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    tgt = pair.target
    if tgt.isascii() or not ZERO_WIDTH.search(tgt):
        return
    src = Counter(ZERO_WIDTH.findall(pair.source))
    found = [m for m in ZERO_WIDTH.finditer(tgt)]
    if Counter(m.group() for m in found) - src:
        names = ", ".join(sorted({f"U+{ord(m.group()):04X}" for m in found}))
        yield Problem(f"invisible character(s) {names} in the translation: delete them",
                      tuple(m.span() for m in found))


# -- acronyms and names ----------------------------------------------------------------------
# Two to five capitals (longer ones are shouted words or metavariables: WARNING, FILENAME),
# not an option's metavariable ("--width=NUM").
ACRONYM = re.compile(r"(?<![\w=-])[A-Z][A-Z0-9]{0,3}[A-Z](?:s)?(?![\w-])")
UPPER_WORD = re.compile(r"(?<!\w)[^\W\d_a-z]{2,}(?!\w)")


def _acronyms(text: str) -> list[str]:
    if text.upper() == text:  # an all-capitals text has no acronyms to tell apart
        return []
    return [a.removesuffix("s") if a.endswith("s") else a for a in ACRONYM.findall(text)]


@check("acronyms", "warning",
       "an acronym of the source (HTML, URL, ILO…) is missing or changed in the translation; "
       "keep it, or use the acronym the language uses")
def acronyms(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    if not any("A" <= c <= "Z" for c in pair.source_masked):
        return
    source = _acronyms(pair.source_masked)
    if not source:
        return
    target = pair.target_masked
    missing = [a for a in dict.fromkeys(source) if a not in target and a.upper() not in target]
    if not missing:
        return
    # The language's own acronym for it ("ЕС" for "EU", "ONU" for "UN"): some capitals of the
    # target that the source does not have. Only a Latin acronym turned into another Latin
    # one of the same letters ("HTML" -> "LMTH") is then wrong.
    own = [w for w in UPPER_WORD.findall(target) if w not in source and w.isupper()]
    garbled = [a for a in missing for w in own if sorted(w) == sorted(a) and w != a]
    latin = ctx.cache.get("latin-target")
    if latin is None:
        latin = ctx.cache["latin-target"] = latin_target(ctx.lang)
    if not garbled and (own or not latin or OPTION_HELP.search(pair.source)):
        return  # other alphabets spell acronyms out ("ID" -> "идентификатор")
    if not garbled and len(pair.target_words) <= 1:
        return  # "OK" -> "Kulungile": a one-word answer translates the acronym away
    yield Problem(f"acronym {', '.join(missing)} of the source is missing"
                  f"{' or misspelt' if garbled else ''}: keep it as in the source")


# -- unit symbols ----------------------------------------------------------------------------
UNIT = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s?(°[CF]?|℃|℉|%|‰|′|″)")


@check("unit-symbol", "warning",
       "a number keeps its value but loses its unit symbol (180° -> 180); keep the symbol")
def unit_symbol(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    src = pair.source_masked
    if not any(c in src for c in "°℃℉%‰′″"):
        return
    tgt = pair.target_masked
    for m in UNIT.finditer(src):
        number, symbol = m.group(1), m.group(2)
        if symbol[0] in tgt:
            continue
        alt = number.replace(".", ",") if "." in number else number.replace(",", ".")
        spot = re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d.,]\d)|"
                         rf"(?<![\d.,]){re.escape(alt)}(?![\d.,]\d)", tgt)
        if spot:
            yield Problem(f"{number}{symbol} of the source is {spot.group()} in the "
                          f"translation: keep the unit symbol {symbol}", (spot.span(),))
