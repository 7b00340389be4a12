"""Quotes and brackets that are closed again: no sentence ends inside one.

Pairs are found with a stack; a quote that opens while one like it is still open forgets the
first (never closed, or an inch mark), and brackets of links and code spans are not prose.
"""

from __future__ import annotations

import re

OPENING = "«„“\"‘'([{‹¿¡—–「『（*_~` \u00a0"  # what may stand between a space and a word
_QUOTE_OR_BRACKET = re.compile(r"[()\[\]{}«»„“”\"‘’‹›「」『』（）]")
# What each opener waits for. "“" closes "„" (de, ru) but opens elsewhere; "»" opens in German.
_WANTS = {'"': '"', "“": "”", "„": "“”", "‘": "’", "«": "»", "»": "«", "‹": "›", "(": ")",
          "[": "]", "{": "}", "「": "」", "『": "』", "（": "）"}
_CLOSERS = set("\"”“’»«›)]}」』）")


def regions(text: str, protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of quotes and brackets that are closed again, outermost only, sorted."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # what an opener waits for, where it is
    skip = 0
    for match in _QUOTE_OR_BRACKET.finditer(text):
        i, ch = match.start(), match.group()
        while skip < len(protected) and protected[skip][1] <= i:
            skip += 1
        if skip < len(protected) and protected[skip][0] <= i:
            continue  # brackets of links and code are not prose
        opening = i == 0 or text[i - 1].isspace() or text[i - 1] in OPENING
        if ch in '"“' and opening:
            # A quote that opens while one like it is still open: the first was never closed
            # (or was an inch mark). Forget it rather than pair across many sentences.
            stack[:] = [entry for entry in stack if entry[0] != _WANTS[ch]]
        elif ch in _CLOSERS and _close(stack, ch, text, i, spans) or ch == '"':
            continue  # closed; or a '"' after a word that closes nothing (12" pipe)
        if ch in _WANTS and not (ch == "‘" and not opening):
            stack.append((_WANTS[ch], i))
    spans.sort(key=lambda span: (span[0], -span[1]))
    outer: list[tuple[int, int]] = []
    for span in spans:
        if not outer or span[0] >= outer[-1][1]:
            outer.append(span)
    return outer


def _close(stack: list[tuple[str, int]], ch: str, text: str, i: int,
           spans: list[tuple[int, int]]) -> bool:
    if ch == "’" and i + 1 < len(text) and text[i + 1].isalpha():
        return False  # an apostrophe: "workers’s", "п’ять"
    for depth in range(len(stack) - 1, -1, -1):
        if ch in stack[depth][0]:
            spans.append((stack[depth][1], i + 1))
            del stack[depth:]
            return True
    return False
