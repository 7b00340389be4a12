"""End punctuation, brackets and quotes, each judged by the rules of the target language."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.checks.langdata import ALL_QUOTES, NO_PERIOD, end_classes, quote_pairs
from workbench.checks.model import CheckContext, Problem, check
from workbench.checks.text import ENTITY, Pair

CLOSERS = ")]}»”“’\"'›」』》"
NAMES = {"period": "a full stop", "exclamation": "an exclamation mark", "question": "a question mark",
         "colon": "a colon", "semicolon": "a semicolon", "ellipsis": "an ellipsis",
         "interrobang": "an interrobang (?! or !?)", "none": "no punctuation"}


def end_class(text: str, classes: dict[str, str]) -> tuple[str, int]:
    """The class of the sentence-final mark ("period", "question"...) and its offset; closing
    quotes and brackets are looked through, so «Привет». and "Hello." both end in a period."""
    core = text.rstrip().rstrip(CLOSERS)
    if not core:
        return "none", 0
    i = len(core) - 1
    ch = core[i]
    if ch == "." and core.endswith(".."):
        return "ellipsis", i
    if i and core[i - 1] in "!?！？؟" and ch in "!?！？؟" and core[i - 1] != ch:
        return "interrobang", i  # "?!", "!?", "？！"
    return classes.get(ch, "none"), i


# A final full stop that closes an abbreviation ("сек.", "U.S.", "т. д.") is not a sentence's.
ABBREVIATION_END = re.compile(r"[\s(.][^\W\d_]{1,3}\.[)\]»”\"']*\s*$")
# In a translation, a short lower-case word ("выкл.", "симв.") may be the whole text.
TARGET_ABBREVIATION_END = re.compile(r"(?:^|[\s(\[.])[^\W\d_A-ZА-ЯЁ]{1,5}\.[)\]»”\"']*\s*$")
# Option help ("  -v, --verbose   explain what is done") and other indented text is a
# column, not a sentence.
OPTION_HELP = re.compile(r"^\s|^-|\n\s")


@check("end-punctuation", "warning",
       "the translation ends with different punctuation than the source; "
       "end it the way the source ends, in the target language's convention")
def end_punctuation(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    source, target = pair.source, pair.target
    if "&" in source or "&" in target:  # "&gt;" ends with a semicolon that is no punctuation
        source, target = ENTITY.sub("x", source), ENTITY.sub("x", target)
    src_cls, _ = end_class(source, end_classes(ctx.source_lang))
    tgt_cls, pos = end_class(target, end_classes(ctx.lang))
    if pair.target.isspace() or not pair.target:
        return
    if src_cls == tgt_cls == "ellipsis" and source.rstrip().endswith("…") and \
            target.rstrip().endswith("..."):
        yield Problem("the source ends with the ellipsis character …, the translation with "
                      "three full stops: use …", ((pos - 2, pos + 1),))
    if src_cls == tgt_cls:
        return
    if _excused(pair, ctx, src_cls, tgt_cls):
        return
    span = ((pos, pos + 1),) if tgt_cls != "none" else ()
    yield Problem(f"the source ends with {NAMES[src_cls]}, the translation with "
                  f"{NAMES[tgt_cls]}: end it as the source does", span)


def _excused(pair: Pair, ctx: CheckContext, src_cls: str, tgt_cls: str) -> bool:
    classes = {src_cls, tgt_cls}
    if _not_a_sentence_end(pair):
        return True
    if "interrobang" in classes and classes & {"question", "exclamation"}:
        return True  # "?!" is a question and an exclamation
    if ctx.base_lang == "hy" and classes & {"question", "exclamation"}:
        # Armenian puts ? and ! over the stressed word, anywhere in the sentence
        return src_cls != "question" or any(c in pair.target for c in "՞?")
    last = pair.target.rstrip()[-1:]
    if last == "。" and src_cls in ("colon", "period"):
        return True  # a CJK full stop also ends a lead-in
    if last == "။" and src_cls in ("question", "none", "period") and MYANMAR.search(pair.target):
        return True  # Myanmar's full stop ends questions too (the particle asks)
    if OPTION_HELP.search(pair.source) and "question" not in classes:
        return True  # help columns are rewrapped and reworded freely
    if classes <= {"period", "none"}:
        if ctx.base_lang in NO_PERIOD:
            return True
        if src_cls == "period":
            return ABBREVIATION_END.search(pair.source) is not None
        return TARGET_ABBREVIATION_END.search(pair.target) is not None
    if src_cls == "question":  # "Correct (y/N)?" -> "Верно? (y/N)": the mark moved
        return "?" in pair.target.rstrip().rsplit("\n", 1)[-1]
    return classes == {"period", "ellipsis"} and pair.source.rstrip().endswith("etc.")


def _not_a_sentence_end(pair: Pair) -> bool:
    """The mark belongs to something else: a message id ("pinentry.genpin.tooltip"), a
    symbol ("#!"), or a token copied from the source ("Cc:" moved to the end)."""
    source = pair.source.strip()
    if source and " " not in source and IDENTIFIER_ID.fullmatch(source):
        return True
    last = pair.target.split()[-1] if pair.target.split() else ""
    if len(last) > 1 and not any(c.isalnum() for c in last.strip(".,:;!?…")):
        return True
    return len(last) > 2 and any(c.isalpha() for c in last) and last in pair.source.split()


MYANMAR = re.compile("[\u1000-\u109f]{2}")
IDENTIFIER_ID = re.compile(r"(?<![\w-])[\w-]+(?:[._][\w-]+)+")


BRACKETS = {")": "(", "]": "[", "}": "{"}
OPENERS = frozenset(BRACKETS.values())
BRACKET_RE = re.compile(r"[()\[\]{}]")
QUOTE_RE = re.compile("[" + "".join(sorted(ALL_QUOTES)) + "’]")


def bracket_problems(text: str) -> list[tuple[str, int]]:
    """Unmatched brackets as (char, offset)."""
    stack: list[tuple[str, int]] = []
    bad: list[tuple[str, int]] = []
    for m in BRACKET_RE.finditer(text):
        ch, i = m.group(), m.start()
        if ch in OPENERS:
            stack.append((ch, i))
        elif ch in BRACKETS:
            if stack and stack[-1][0] == BRACKETS[ch]:
                stack.pop()
            else:
                bad.append((ch, i))
    return bad + stack


@check("brackets", "warning",
       "brackets are not balanced in the translation; close every bracket you open")
def brackets(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    tgt = pair.target_masked
    dropped = _dropped_brackets(pair.source, pair.target)
    if dropped:
        yield Problem(f"the source's {dropped} is gone from the translation: keep the "
                      "bracketed text, in brackets")
        return
    if not BRACKET_RE.search(tgt):
        return
    bad = bracket_problems(tgt)
    if not bad or bracket_problems(pair.source_masked):
        return  # a source that is itself unbalanced ("1)", ":-)") sets the standard
    chars = " ".join(sorted({c for c, _ in bad}))
    yield Problem(f"unbalanced bracket {chars}: close every bracket you open",
                  tuple((i, i + 1) for _, i in bad))


BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}|\)[^()]*\(|\][^\[\]]*\[|\}[^{}]*\{")


def _dropped_brackets(source: str, target: str) -> str | None:
    """The first bracketed part of the source ("[sic]", "(URL)") when the translation has
    fewer bracketed parts, of any kind, than the source."""
    if not BRACKET_RE.search(source):
        return None
    found = [m for m in BRACKETED.finditer(source) if not _optional(source, m)]
    kept = [m for m in BRACKETED.finditer(target) if not _optional(target, m)]
    if found and len(kept) < len(found):
        return found[0].group()
    return None


def _optional(source: str, m: re.Match[str]) -> bool:
    """Brackets a translation may drop: a plural ending ("file(s)"), a placeholder or number
    moved out of them ("(%d)"). (The qualifier of a name, "Russian (phonetic Macintosh)",
    must stay: a layout or a variant is lost without it.)"""
    inner = m.group()[1:-1]
    if not any(c.isalpha() for c in inner):
        return True
    return bool(m.start() and source[m.start() - 1].isalpha() and len(inner) <= 3)


# In sources: GNU's `quote' and 'quote' too; an apostrophe between letters is not a quote.
SOURCE_PAIRS = (*quote_pairs("und"), ("`", "'"), ("'", "'"))
SOURCE_QUOTE_RE = re.compile("[" + "".join(sorted(ALL_QUOTES)) + "’`]|(?<!\\w)'|'(?!\\w)")


def quote_problems(text: str, pairs: tuple[tuple[str, str], ...],
                   pattern: re.Pattern[str] | None = None) -> list[tuple[str, int, str]]:
    """Quote marks that do not pair up under the language's conventions: (char, offset, why).
    A mark that can close the innermost open quote closes it; otherwise it opens one if it can.
    ’ is also the apostrophe, so a lone ’ is never an error."""
    openers = {o for o, _ in pairs}
    closers = {c for _, c in pairs}
    pairs_set = set(pairs)
    known = openers | closers
    stack: list[tuple[str, int]] = []
    bad: list[tuple[str, int, str]] = []
    for m in (pattern or QUOTE_RE).finditer(text):
        ch, i = m.group(), m.start()
        if stack and (stack[-1][0], ch) in pairs_set:
            stack.pop()
        elif ch in openers:
            stack.append((ch, i))
        elif ch == "’":
            continue
        elif ch in closers:
            bad.append((ch, i, "closes no open quote"))
        elif ch not in known:
            bad.append((ch, i, "is not a quote mark of this language"))
    bad += [(ch, i, "is never closed") for ch, i in stack if ch != "‘"]
    return bad


@check("quotes", "warning",
       "quotes are not balanced, or not the target language's quotes; "
       "use matching pairs such as « » or „ “ in Russian")
def quotes(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    tgt = pair.target_masked
    if not QUOTE_RE.search(tgt):
        return
    bad = quote_problems(tgt, quote_pairs(ctx.lang))
    if not bad or quote_problems(pair.source_masked, SOURCE_PAIRS, SOURCE_QUOTE_RE):
        return
    first = bad[0]
    more = f" (and {len(bad) - 1} more)" if len(bad) > 1 else ""
    yield Problem(f"quote {first[0]} {first[2]}{more}: use matching pairs of the language's "
                  f"quotes ({' '.join(o + c for o, c in quote_pairs(ctx.lang)[:3])})",
                  tuple((i, i + 1) for _, i, _ in bad))
