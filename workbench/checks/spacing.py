"""Leading, trailing and doubled spaces, and a space before punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.checks.langdata import SPACE_BEFORE_MARKS
from workbench.checks.model import CheckContext, Problem, check
from workbench.checks.text import Pair

# Exactly two spaces between words: a typo; three or more is alignment, and two after a
# full stop is the GNU manuals' sentence spacing, a style.
DOUBLE = re.compile(r"(?<=[^\s.!?]) {2}(?=\S)")
# One space before a mark is a typo; more are padding to align columns.
SPACE_BEFORE = re.compile(r"(?<=\w) (?=[,.;:!?](?:\s|$))")
SPACE_BEFORE_COMMA = re.compile(r"(?<=\w) (?=[,.](?:\s|$))")
ANY_SPACE_BEFORE = re.compile(r"\s[,.;:!?](?:\s|$)")  # the source pads its columns too


def _describe(ws: str) -> str:
    if not ws:
        return "nothing"
    if "\n" in ws:
        extra = " and spaces" if ws.strip("\n") else ""
        return f"{ws.count(chr(10))} line break(s){extra}"
    return f"{len(ws)} space(s)" if ws.strip(" ") == "" else "whitespace"


@check("spaces", "warning",
       "leading, trailing or doubled spaces differ from the source; match the source's spacing")
def spaces(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    src, tgt = pair.source, pair.target
    if not src or not tgt or src.isspace() or tgt.isspace():
        return
    # Presence and line breaks are compared, not the number of spaces: translations of
    # column-aligned help text re-pad with a different count on purpose.
    if src[0].isspace() or tgt[0].isspace():
        s_lead, t_lead = _lead(src), _lead(tgt)
        if _shape(s_lead) != _shape(t_lead) or not _exact_lead(src, s_lead, t_lead):
            yield Problem(f"the translation starts with {_describe(t_lead)}, the source with "
                          f"{_describe(s_lead)}: start it as the source does",
                          ((0, len(t_lead)),))
    if src[-1].isspace() or tgt[-1].isspace():
        s_trail, t_trail = _trail(src), _trail(tgt)
        if _shape(s_trail) != _shape(t_trail):
            end = len(tgt)
            yield Problem(f"the translation ends with {_describe(t_trail)}, the source with "
                          f"{_describe(s_trail)}: end it as the source does",
                          ((end - len(t_trail), end),))
    if "  " in tgt and "  " not in src and "\t" not in src:
        runs = tuple(m.span() for m in DOUBLE.finditer(tgt))
        if runs:
            yield Problem("double space in the translation where the source has none: "
                          "use one space", runs)
    if not (" ," in tgt or " ." in tgt or " :" in tgt or " ;" in tgt or " !" in tgt
            or " ?" in tgt):
        return
    pattern = SPACE_BEFORE_COMMA if ctx.base_lang in SPACE_BEFORE_MARKS else SPACE_BEFORE
    if pattern.search(tgt) and not ANY_SPACE_BEFORE.search(src):
        runs = tuple(m.span() for m in pattern.finditer(tgt))
        yield Problem("space before a punctuation mark: remove it", runs)


def _shape(ws: str) -> tuple[bool, int]:
    return bool(ws), ws.count("\n")


def _exact_lead(src: str, s_lead: str, t_lead: str) -> bool:
    """Indentation of a one-line text is copied exactly ("  string"); help text with many
    lines is re-padded freely, so only presence and line breaks count there."""
    return "\n" in src.strip() or s_lead == t_lead


def _lead(text: str) -> str:
    return text[: len(text) - len(text.lstrip())]


def _trail(text: str) -> str:
    return text[len(text.rstrip()):]
