"""How tall the source and target boxes are: a pure function of the room and the text."""

from __future__ import annotations


def box_heights(room: int, wrapped: list[int]) -> tuple[int, list[int]]:
    """Heights of the source box and of each target form, given the rows of the work area
    below the list's header and each form's wrapped text height.

    Source and target share a fixed part (the list keeps the rest, so moving never resizes and
    repaints it): each target as tall as its text, so its start is never hidden, but at least a
    box most segments fit (no new layout per move); the source gets what is left, scrolling when
    longer.

    >>> box_heights(38, [1])
    (13, [6])
    >>> box_heights(38, [30])
    (3, [16])
    >>> box_heights(38, [1, 1, 1])
    (10, [3, 3, 3])
    """
    total = room - max(3, room // 2)
    usual = 4 if room < 20 else 6
    wanted = [max(usual if len(wrapped) == 1 else 3, height + 2) for height in wrapped]
    target_room = max(3 * len(wrapped), total - 3)
    each = max(3, target_room // max(1, len(wrapped)))
    heights = [min(w, each) for w in wanted]
    return max(3, total - sum(heights)), heights
