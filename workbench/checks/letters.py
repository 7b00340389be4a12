"""Letters and words: mixed scripts in one word, another language's letters, doubled words."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.checks.langdata import CYRILLIC_HOMOGLYPHS, FOREIGN_LETTERS, LATIN_HOMOGLYPHS
from workbench.checks.model import CheckContext, Problem, check
from workbench.checks.text import WORD, Pair, strip_accelerators

LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
CYRILLIC = "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f"
# Greek letters only: U+037E (the Greek question mark) and other marks of the block are not.
GREEK = "\u0370-\u0373\u0376\u0377\u037b-\u037d\u037f\u0386\u0388-\u03ff\u1f00-\u1fff"
# Two letters of different scripts side by side: only then can a word be mixed (fast test).
MIXED = re.compile(f"[{LATIN}][{CYRILLIC}{GREEK}]|[{CYRILLIC}][{LATIN}{GREEK}]|"
                   f"[{GREEK}][{LATIN}{CYRILLIC}]")
LATIN_RE = re.compile(f"[{LATIN}]")
CYRILLIC_RE = re.compile(f"[{CYRILLIC}]")
GREEK_RE = re.compile(f"[{GREEK}]")
SCRIPT_OF = [(re.compile(f"[{LATIN}]"), "Latin"), (re.compile(f"[{CYRILLIC}]"), "Cyrillic"),
             (re.compile(f"[{GREEK}]"), "Greek")]
# Two equal words one space apart; more space between them is a table or aligned columns.
DOUBLED_QUICK = re.compile(r"\b(\w+)[ \u00a0]\1\b", re.IGNORECASE)
DOUBLED = re.compile(r"(?<![\w%$·'’-])([^\W\d_]+)[ \u00a0](\1)(?![\w-])", re.IGNORECASE)


def _scripts(word: str) -> dict[str, list[int]]:
    """Script name -> offsets of the word's letters in that script."""
    found: dict[str, list[int]] = {}
    for pattern, name in SCRIPT_OF:
        offsets = [m.start() for m in pattern.finditer(word)]
        if offsets:
            found[name] = offsets
    return found


def _dominant(text: str) -> str:
    """The alphabet with the most letters in the text: "нa" is a Cyrillic word in Russian."""
    latin = len(LATIN_RE.findall(text))
    cyrillic = len(CYRILLIC_RE.findall(text))
    return "Cyrillic" if cyrillic >= latin else "Latin"


def _word_at(text: str, pos: int) -> tuple[int, int]:
    for m in WORD.finditer(text, max(0, pos - 64)):
        if m.start() <= pos < m.end():
            return m.span()
    return pos, pos + 1


def _compound(word: str, odd: list[int], source: str) -> bool:
    """Words built on purpose from two alphabets: an acronym with a case ending ("NOPы",
    "URL-ы" without the hyphen), a source token glued to its translation ("RФАЙЛА" from
    "RFILE", "ПРЕФИКСaa" from "PREFIXaa", "грN" from "gN"), or a translated metavariable
    ("bsН" from "bsN", when Н stands for N in the text too)."""
    first, last = min(odd), max(odd)
    if last - first + 1 != len(odd) or (first != 0 and last != len(word) - 1):
        return False  # the odd letters are not one run at an edge of the word
    run = word[first:last + 1]
    rest = word[:first] if first else word[last + 1:]
    if first and len(rest) >= 2 and rest.isupper() and run.islower() and len(run) <= 3:
        return True  # NOP + ы
    for token in source.split():
        token = token.strip(".,;:!?()[]{}'\"`=-")
        if len(token) <= len(run):
            continue
        if first == 0 and token.startswith(run) and (
                len(run) >= 2 or token.isupper() or _kept_prefix(token, run, rest)):
            return True
        if first and (token.endswith(run) and (len(run) >= 2 or run.isupper())
                      or _metavariable(token, rest, run)):
            return True
    return False


def _kept_prefix(token: str, run: str, rest: str) -> bool:
    """"cТЕГ" for "-cTAG", "IСвободно" for "IFree": the source's prefix letter kept before a
    translated capital word or metavariable."""
    tail = token[len(run):]
    return tail[:1].isupper() and rest[:1].isupper()


def _metavariable(token: str, rest: str, run: str) -> bool:
    """"bsН" for the source's "bsN": the same stem, and a capital letter for a capital."""
    tail = token[len(rest):]
    return (token.startswith(rest) and len(tail) == len(run) and tail.isupper()
            and run.isupper())


@check("mixed-script", "error",
       "a word mixes alphabets (a Latin letter in a Cyrillic word, or the reverse); "
       "retype the odd letters in the word's alphabet")
def mixed_script(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    text = pair.target_masked
    if text.isascii() or not (LATIN_RE.search(text) or GREEK_RE.search(text)):
        return  # cheap scans first: a mixed word needs letters of two alphabets
    if not MIXED.search(text):
        return
    seen: set[tuple[int, int]] = set()
    source_words = set(pair.source_words)
    for m in MIXED.finditer(text):
        start, end = _word_at(text, m.start())
        word = text[start:end]
        if (start, end) in seen or word in source_words:
            continue
        if text[start - 1:start] == "[" and text[end:end + 1] == "]" and "[" in pair.source:
            continue  # a regular expression's class: "^[ДдYy]" answers "^[yY]"
        seen.add((start, end))
        scripts = _scripts(word)
        main = max(scripts, key=lambda s: (len(scripts[s]), s == _dominant(text)))
        odd = [(name, i) for name, pos in scripts.items() if name != main for i in pos]
        if not odd or _compound(word, [i for _, i in odd], pair.source):
            continue
        letters = "".join(word[i] for _, i in odd)
        lookalike = all(
            word[i] in (LATIN_HOMOGLYPHS if name == "Latin" else CYRILLIC_HOMOGLYPHS)
            for name, i in odd)
        kinds = "/".join(sorted({name for name, _ in odd}))
        yield Problem(
            f"{kinds} letter(s) {letters!r} in the {main} word {word!r}"
            f"{' (they look alike but are different characters)' if lookalike else ''}: "
            f"retype them in the {main} alphabet",
            tuple((start + i, start + i + 1) for _, i in odd),
            None if lookalike else "warning")


@check("wrong-letters", "warning",
       "letters of another language in the text (Belarusian і ў in Russian, Russian и щ ъ in "
       "Belarusian); retype them in the target language's alphabet",
       languages=tuple(FOREIGN_LETTERS))
def wrong_letters(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    letters, other = FOREIGN_LETTERS[ctx.base_lang]
    pattern = ctx.cache.get("wrong-letters")
    if pattern is None:
        pattern = ctx.cache["wrong-letters"] = re.compile(f"[{letters}]")
    text = pair.target_masked
    if text.isascii() or not pattern.search(text):
        return
    spans, words = [], []
    for m in pattern.finditer(text):
        start, end = _word_at(text, m.start())
        word = text[start:end]
        if word in pair.source:
            continue
        spans.append(m.span())
        words.append(word)
    if spans:
        yield Problem(f"{other} letter(s) in {', '.join(dict.fromkeys(words))}: "
                      "retype the word in the target language's alphabet", tuple(spans))


@check("doubled-words", "warning", "a word is repeated (\"the the\"); delete one of them")
def doubled_words(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    if not DOUBLED_QUICK.search(pair.target):
        return  # a looser pattern, but a cheaper one: most texts fail it
    if ctx.base_lang in REDUPLICATING:
        return  # "luôn luôn", "song song": doubling is how these languages make words
    text = strip_accelerators(pair.target)
    source = pair.source.casefold()
    if DOUBLED_QUICK.search(pair.source):  # "HAH HAH! HEH HEH" -> "ХАХ ХАХ! ХЕ ХЕ": as many
        if _repeats(text) == _repeats(strip_accelerators(pair.source)):
            return
    grammatical = GRAMMATICAL_DOUBLES.get(ctx.base_lang, frozenset())
    for m in DOUBLED.finditer(text):
        first, second = m.group(1), m.group(2)
        if first.isupper() != second.isupper() and len(first) > 1:
            continue  # "ДНЕЙ дней": a METAVARIABLE and then the word
        if len(first) == 1 and first.isupper():
            continue  # "A A A": labels, not the conjunction "і і"
        word = first.casefold()
        if f"{word} {word}" in source or (word in grammatical and first.islower()):
            continue
        yield Problem(f"{first!r} is written twice: delete one", (m.span(),))


REPEAT = re.compile(r"(?<![\w%$·'’-])([^\W\d_]{2,})[ \u00a0](?=\1(?![\w-]))", re.IGNORECASE)


def _repeats(text: str) -> int:
    """How many words repeat the word before them ("ХЕ ХЕ ХЕ" has two)."""
    return sum(1 for _ in REPEAT.finditer(text))


# Languages where a doubled word is a word of its own (reduplication), and words that are
# rightly doubled in a sentence ("si vous vous interrogez", "die die", "that that").
REDUPLICATING = frozenset({"vi", "st", "tn", "th", "lo", "km", "my", "zh", "ja", "ko", "id",
                           "ms", "tl"})
GRAMMATICAL_DOUBLES: dict[str, frozenset[str]] = {
    "fr": frozenset({"vous", "nous"}), "de": frozenset({"die", "der", "das"}),
    "nl": frozenset({"dat", "die"}), "en": frozenset({"that", "had"}),
    "ca": frozenset({"la", "les"}), "es": frozenset({"que"}), "it": frozenset({"che"}),
}
