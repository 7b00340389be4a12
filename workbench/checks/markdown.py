"""Inline Markdown in statement segments: links, images, emphasis, code and footnotes.

Only for catalogs of Markdown statements (``CheckContext.markup == "md"``): in software
catalogs a `*` or a backtick (GNU's `quote') is not markup.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from workbench.checks.model import CheckContext, Problem, check
from workbench.checks.text import Pair

LINK = re.compile(r"(!?)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]")
STRONG = re.compile(r"\*\*|__")
EMPH = re.compile(r"(?<![*\w])\*(?=[^\s*])|(?<=[^\s*])\*(?![*\w])|"
                  r"(?<![_\w])_(?=[^\s_])|(?<=[^\s_])_(?![_\w])")


# A reference link "[text][label]" (or "[label][]") and an autolink "<https://…>".
REF_LINK = re.compile(r"\]\[([^\[\]]*)\]")
AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]*|[^<>\s@]+@[^<>\s]+)>")


def _links(text: str) -> Counter[str]:
    found = Counter(("image " if m.group(1) else "link ") + m.group(2)
                    for m in LINK.finditer(text))
    if "][" in text:
        found.update("reference " + m.group(1).casefold() for m in REF_LINK.finditer(text))
    if "<" in text:
        found.update("autolink " + m.group(1) for m in AUTOLINK.finditer(text))
    return found


@check("markdown", "error",
       "inline Markdown differs from the source; keep links, emphasis, code and footnotes",
       requires="markdown")
def markdown(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    if ctx.markup != "md":
        return
    src, tgt = pair.source, pair.target
    if not any(c in src or c in tgt for c in "[*_`<"):
        return
    s_links, t_links = _links(src), _links(tgt)
    for what in s_links - t_links:
        yield Problem(f"{what.split()[0]} to {what.split(' ', 1)[1]} is missing or changed: "
                      "keep [text](url), [text][label] and <url> with the same target")
    for what in t_links - s_links:
        spans = tuple(m.span() for m in LINK.finditer(tgt) if m.group(2) == what.split(" ", 1)[1])
        yield Problem(f"{what.split()[0]} to {what.split(' ', 1)[1]} is not in the source",
                      spans)
    s_code = Counter(t.text for t in pair.tokens("source", "code"))
    t_code = Counter(t.text for t in pair.tokens("target", "code"))
    for code in s_code - t_code:
        yield Problem(f"code {code} must be copied unchanged")
    for pattern, name in ((FOOTNOTE, "footnote reference"), (STRONG, "bold marker ** or __"),
                          (EMPH, "emphasis marker * or _")):
        s_count = len(pattern.findall(pair.source_masked))
        t_found = list(pattern.finditer(pair.target_masked))
        if s_count != len(t_found):
            yield Problem(f"{len(t_found)} {name}(s) in the translation, {s_count} in the "
                          "source: mark up the same words", tuple(m.span() for m in t_found))
