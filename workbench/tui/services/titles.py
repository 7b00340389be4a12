"""Statement titles that can be told apart in a narrow column.

Three statements called "Joint Statement of IndustriALL … on Belarus", "… on Kazakhstan" and
"… on Iran" all look the same when cut at 30 columns. Where a title shares a long beginning
with another one, the shared middle is elided so the part that differs stays visible:
"Joint Statement … on Belarus".
"""

from __future__ import annotations

ELLIPSIS = "…"


def shared_prefix(a: str, b: str) -> int:
    """Length of the common beginning of a and b, ending at a word boundary."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    if n in (len(a), len(b)):
        return n
    cut = a.rfind(" ", 0, n + 1)
    return cut + 1 if cut >= 0 else 0


def fit_title(title: str, width: int, shared: int = 0) -> str:
    """``title`` in ``width`` columns: whole if it fits, else with its shared beginning
    (``shared`` characters) elided in the middle, else cut at the end.

    >>> fit_title("Joint Statement of IndustriALL Global Union on Belarus", 30, 44)
    'Joint Statement … on Belarus'
    >>> fit_title("A short title", 30)
    'A short title'
    """
    if len(title) <= width:
        return title
    tail = title[shared:].strip()
    if shared >= 12 and tail:
        head_room = max(6, width - len(tail) - 3)
        head = title[:min(shared, head_room)]
        if " " in head.strip():
            head = head[: head.rstrip().rfind(" ")]
        label = f"{head.rstrip()} {ELLIPSIS} {tail}"
        if len(label) <= width:
            return label
        title = label
    return title[: max(1, width - 1)].rstrip() + ELLIPSIS


def distinct_titles(titles: dict[str, str], width: int) -> dict[str, str]:
    """Each slug's title fitted to ``width``, eliding what it shares with the others."""
    out = {}
    for slug, title in titles.items():
        shared = max((shared_prefix(title, other) for s, other in titles.items() if s != slug),
                     default=0)
        out[slug] = fit_title(title, width, shared)
    return out
