"""Compared with the source as a whole: left untranslated (same as source), or far too long or
too short for the language."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.checks.langdata import EXPANSION
from workbench.checks.model import CheckContext, Problem, check
from workbench.checks.text import Pair

SPECIAL_MSGIDS = frozenset({"translator-credits", "translator_credits", "TRANSLATORS",
                            "Your names", "Your emails"})
IDENTIFIER = re.compile(r"(?<![\w.+-])[\w.+-]*[_./\\=+#@$:][\w.+-]*|--?\w[\w-]*|"
                        r"(?<!\w)\w+\([\w,]*\)")
SYNOPSIS = re.compile(r"\[-|\[<|<[\w-]+>")
SHORT_WORD = re.compile(r"[^\W\d_]{2,}")
METAVARIABLE = re.compile(r"<[^<>\n]*>|\[[^\[\]\n]*\]")


def _translatable_words(pair: Pair, ctx: CheckContext) -> list[str]:
    """Source words a translator is expected to translate: lower-case words of three letters
    or more, outside identifiers, options and <metavariables>, not do-not-translate terms.
    (Capitalized and all-caps words are most often names and acronyms.)"""
    masked = IDENTIFIER.sub(" ", METAVARIABLE.sub(" ", pair.source_masked))
    if ctx.dnt_terms:
        masked = _dnt_pattern(ctx).sub(" ", masked)
    words = re.findall(r"[^\W\d_]{3,}", masked)
    first = words[:1] if masked.lstrip().startswith(tuple(words[:1])) else []
    # The first word of a sentence is capitalized ("Who is RMS?", "Write to …"): count it
    # when another word follows in lower case, as in prose.
    lead = [w for w in first if w[0].isupper() and w[1:].islower() and len(words) > 1 and
            any(x.islower() for x in SHORT_WORD.findall(masked)[1:])]
    return lead + [w for w in words if w.islower()]


def _dnt_pattern(ctx: CheckContext) -> re.Pattern[str]:
    """One pattern for every do-not-translate term (longest first), built once per context."""
    pattern = ctx.cache.get("dnt-pattern")
    if pattern is None:
        terms = sorted(ctx.dnt_terms, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b",
                             re.IGNORECASE)
        ctx.cache["dnt-pattern"] = pattern
    return pattern


@check("same-as-source", "warning",
       "the translation is the same as the source; translate it (names, numbers, commands and "
       "do-not-translate terms are exempt)")
def same_as_source(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    if pair.source.strip() != pair.target.strip() or pair.source in SPECIAL_MSGIDS:
        return
    if SYNOPSIS.search(pair.source):
        return  # a command synopsis ("git archive [<options>]") stays as it is
    if ctx.base_lang == ctx.source_lang.split("_")[0]:
        return
    # One lower-case word is a command, a code or a loanword more often than not; languages
    # that share the source's alphabet keep even more ("Status", "Information").
    latin = ctx.cache.get("latin-target")
    if latin is None:
        latin = ctx.cache["latin-target"] = latin_target(ctx.lang)
    needed = 3 if latin else 2
    if any(t.kind not in ("url", "email") for t in pair.source_tokens):
        needed = max(needed, 4)  # "uid = %d, gid = %d": a dump's labels, not prose
    words = _translatable_words(pair, ctx)
    # A phrase of two words or more with a word to translate ("Linux kernel", "Please see
    # demo.weblate.org") is left untranslated; a single word may be a name or a loanword.
    phrase = len(words) >= 1 and needed < 4 and len(SHORT_WORD.findall(
        IDENTIFIER.sub(" ", pair.source_masked))) >= 2
    if len(words) < needed and not phrase:
        return
    yield Problem("the translation is identical to the source: translate it, or accept this "
                  "finding if it is meant to stay as is", ((0, len(pair.target)),))


def latin_target(lang: str) -> bool:
    """Whether ``lang`` is written in the Latin alphabet (as English sources are)."""
    try:
        from workbench import languages

        return (languages.locale(lang).script or "Latn") == "Latn" and lang.split("_")[0] not in {
            "ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "el"}
    except Exception:  # noqa: BLE001 - unknown language: assume it does not share the alphabet
        return False


@check("length-ratio", "warning",
       "the translation is much longer or shorter than usual for its source; "
       "check for missing or extra text")
def length_ratio(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    src_len = len(pair.source_masked.strip())
    tgt_len = len(pair.target_masked.strip())
    # Below 50 characters the spread is too wide: "Bolivia, Plurinational State of" is
    # rightly "Боливия".
    if src_len < 50 or pair.source in SPECIAL_MSGIDS:
        return
    expected = src_len * EXPANSION.get(ctx.base_lang, 1.1)
    ratio = tgt_len / expected
    # Short texts vary more; the band narrows as the source grows.
    low, high = (0.25, 4.0) if src_len < 80 else (0.33, 3.0)
    if ratio < low:
        yield Problem(f"the translation is {ratio:.0%} of the usual length for this source: "
                      "check that nothing is missing", ((0, len(pair.target)),))
    elif ratio > high:
        yield Problem(f"the translation is {ratio:.1f}× the usual length for this source: "
                      "check for extra or duplicated text", ((0, len(pair.target)),))
