"""Markup a translation brings in that its source does not have: HTML elements, event-handler
attributes, script URLs. Published HTML carries the translation as written, so an
``<img src=x onerror=...>`` typed (or pasted) into a translation is an error, never a style
question."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workbench.checks.model import CheckContext, Problem, check
from workbench.checks.text import Pair

HTML_ELEMENTS = frozenset("""
a abbr address applet area article aside audio b base basefont bdi bdo big blink blockquote body
br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog
dir div dl dt em embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5
h6 head header hgroup hr html i iframe img input ins isindex kbd keygen label legend li link
main map mark marquee math menu meta meter nav noembed noframes noscript object ol optgroup
option output p param picture plaintext portal pre progress q rp rt ruby s samp script search
section select slot small source span strike strong style sub summary sup svg table tbody td
template textarea tfoot th thead time title tr track tt u ul var video wbr xmp
""".split())
HTML_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)((?:\s+[^<>]*?)?)\s*/?>")
ATTRIBUTE = re.compile(r"""([\w:-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
SCRIPT_URL = re.compile(r"^[\"']?\s*(?:javascript|vbscript|data)\s*:", re.IGNORECASE)


def _tags(text: str) -> list[tuple[re.Match[str], str, list[tuple[str, str]]]]:
    """HTML tags of the text: (match, element name, [(attribute, value)])."""
    if "<" not in text:
        return []
    out = []
    for m in HTML_TAG.finditer(text):
        name = m.group(2).lower()
        if name in HTML_ELEMENTS:
            attrs = [(a.group(1).lower(), a.group(2) or "") for a in ATTRIBUTE.finditer(m.group(3))]
            out.append((m, name, attrs))
    return out


@check("unsafe-markup", "error",
       "the translation has HTML markup the source does not (an element, an event handler "
       "such as onclick=, a javascript: link); remove it")
def unsafe_markup(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    target = _tags(pair.target)
    if not target:
        return
    source = _tags(pair.source)
    names = {name for _m, name, _a in source}
    attrs = {(name, attr, value) for _m, name, attributes in source for attr, value in attributes}
    for m, name, attributes in target:
        if name not in names:
            yield Problem(f"<{name}> is not in the source: remove it", (m.span(),))
            continue
        for attr, value in attributes:
            risky = attr.startswith("on") or SCRIPT_URL.match(value)
            if risky and (name, attr, value) not in attrs:
                yield Problem(f"{attr}={value} in <{name}> is not in the source: remove it",
                              (m.span(),))
