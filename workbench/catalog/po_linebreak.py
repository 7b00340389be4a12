"""Line breaking as GNU gettext does it (libunistring's UAX #14 and its width-aware wrapper).

msgcat wraps strings at break opportunities found by libunistring, not just at spaces: after a
hyphen before a letter, after "/" and so on. To keep our diffs as small as msgcat's we do the
same, with class and width tables that match libunistring 1.0 (see po_unidata).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from workbench.catalog import po_unidata

# Break codes, as in libunistring's unilbrk.h.
UNDEFINED, PROHIBITED, POSSIBLE, MANDATORY = 0, 1, 2, 3

_CLASSES = "OP CL CP QU GL NS EX SY IS PR PO NU AL HL ID IN HY BA BB B2 ZW CM WJ H2 H3 JL JV JT RI EB EM ZWJ OPW"
# Pair table measured on libunistring: "_" direct break, "%" break only after spaces, "^" none.
_PAIRS = (
    "^^^^^^^^^^^^^^^^^^^^^%^^^^^^^^^%^",  # OP
    "_^^%%^^^^%%____%%%__^%^________%_",  # CL
    "_^^%%%^^^%%%%%_%%%__^%^________%_",  # CP
    "^^^%%%^^^%%%%%%%%%%%^%^%%%%%%%%%^",  # QU
    "%^^%%%^^^%%%%%%%%%%%^%^%%%%%%%%%%",  # GL
    "_^^%%%^^^______%%%__^%^________%_",  # NS
    "_^^%%%^^^______%%%__^%^________%_",  # EX
    "_^^%%%^^^__%_%_%%%__^%^________%_",  # SY
    "_^^%%%^^^__%___%%%__^%^________%_",  # IS
    "%^^%%%^^^__%%%%%%%__^%^%%%%%_%%%%",  # PR
    "%^^%%%^^^__%%%_%%%__^%^________%%",  # PO
    "%^^%%%^^^%%%%%_%%%__^%^________%_",  # NU
    "%^^%%%^^^%%%%%_%%%__^%^________%_",  # AL
    "%^^%%%^^^%%%%%_%%%__^%^________%_",  # HL
    "_^^%%%^^^_%____%%%__^%^________%_",  # ID
    "_^^%%%^^^______%%%__^%^________%_",  # IN
    "_^^%_%^^^__%___%%%__^%^________%_",  # HY
    "_^^%_%^^^______%%%__^%^________%_",  # BA
    "%^^%%%^^^%%%%%%%%%%%^%^%%%%%%%%%%",  # BB
    "_^^%%%^^^______%%%_^^%^________%_",  # B2
    "____________________^____________",  # ZW
    "%^^%%%^^^%%%%%_%%%__^%^________%_",  # CM
    "%^^%%%^^^%%%%%%%%%%%^%^%%%%%%%%%%",  # WJ
    "_^^%%%^^^_%____%%%__^%^___%%___%_",  # H2
    "_^^%%%^^^_%____%%%__^%^____%___%_",  # H3
    "_^^%%%^^^_%____%%%__^%^%%%%____%_",  # JL
    "_^^%%%^^^_%____%%%__^%^___%%___%_",  # JV
    "_^^%%%^^^_%____%%%__^%^____%___%_",  # JT
    "_^^%%%^^^______%%%__^%^_____%__%_",  # RI
    "_^^%%%^^^_%____%%%__^%^_______%%_",  # EB
    "_^^%%%^^^_%____%%%__^%^________%_",  # EM
    "%^^%%%^^^%%%%%%%%%%%^%^%%%%%%%%%%",  # ZWJ
    "^^^^^^^^^^^^^^^^^^^^^%^^^^^^^^^%^",  # OPW
)
_INDEX = {name: i for i, name in enumerate(_CLASSES.split())}
_SP, _BK, _ZW, _CM = -1, -2, _INDEX["ZW"], _INDEX["CM"]
_ID, _AL, _HL = _INDEX["ID"], _INDEX["AL"], _INDEX["HL"]
_HY_BA = (_INDEX["HY"], _INDEX["BA"])


def _runs(table: str, convert) -> tuple[list[int], list]:
    starts: list[int] = []
    values: list = []
    for token in table.split():
        start, value = token.split(":")
        starts.append(int(start, 16))
        values.append(convert(value))
    return starts, values


def _class_value(name: str) -> int:
    return {"SP": _SP, "BK": _BK, "ZWJ": _CM}.get(name, _INDEX.get(name, _AL))


_LB_STARTS, _LB_VALUES = _runs(po_unidata.LINE_BREAK, _class_value)
_W_STARTS, _W_VALUES = _runs(po_unidata.WIDTH, lambda v: -1 if v == "c" else int(v))


@lru_cache(maxsize=8192)
def line_break_class(char: str) -> int:
    cp = ord(char)
    if cp >= 0x30000:
        return _ID if cp < 0x40000 else (_CM if 0xE0000 <= cp < 0xE1000 else _AL)
    return _LB_VALUES[bisect_right(_LB_STARTS, cp) - 1]


@lru_cache(maxsize=8192)
def char_width(char: str) -> int:
    """Columns a character takes (libunistring's uc_width); -1 for control characters."""
    cp = ord(char)
    if cp >= 0x30000:
        return 2 if cp < 0x40000 else (0 if 0xE0000 <= cp < 0xE1000 else 1)
    return _W_VALUES[bisect_right(_W_STARTS, cp) - 1]


# Plain lookup lists for the characters most text is made of (Latin, Cyrillic, Greek...).
_SMALL = 0x3000
_SMALL_CLASSES = [line_break_class(chr(o)) for o in range(_SMALL)]
_SMALL_WIDTHS = [char_width(chr(o)) for o in range(_SMALL)]


# Characters below U+1100 that do not take one column (marks, controls): widths 0 and -1.
_NARROW = re.compile("[" + "".join(re.escape(chr(o)) for o in range(0x1100) if _SMALL_WIDTHS[o] != 1) + "]")


def text_width(text: str) -> int:
    """Columns TEXT takes, control characters not counted.

    >>> text_width("abc"), text_width("日本"), text_width("e\\u0301\\a")
    (3, 4, 1)
    """
    if text.isascii() or max(text) < "\u1100":
        return len(text) - len(_NARROW.findall(text))
    return sum(max(_SMALL_WIDTHS[o] if o < _SMALL else char_width(chr(o)), 0) for o in map(ord, text))


def possible_linebreaks(text: str) -> list[int]:
    """Break codes per character: POSSIBLE means a line may break before that character.

    >>> [i for i, code in enumerate(possible_linebreaks("one two-three/four")) if code == POSSIBLE]
    [4, 8, 14]
    """
    result = [PROHIBITED] * len(text)
    small = _SMALL_CLASSES
    classes = [small[o] if o < _SMALL else line_break_class(chr(o)) for o in map(ord, text)]
    last = _BK  # class of the last character that was not a space
    space = -1  # position of the last space after it, or -1
    hebrew = False  # whether the character before `last` is a Hebrew letter
    for i, cls in enumerate(classes):
        if cls == _BK:
            result[i] = MANDATORY
            last, space = _BK, -1
            continue
        if cls == _SP:
            space = i
            continue
        if cls == _ZW:
            last, space = _ZW, -1
            continue
        if cls == _CM:
            if last != _BK and last != _ZW and space < 0:
                continue  # a mark attaches to its base: no break, the base's class stays
            # A mark with no base breaks like after a space, then counts as a letter.
            if last != _BK:
                result[i] = POSSIBLE
            last, space = _AL, -1
            continue
        if last == _BK:
            result[i] = PROHIBITED
        elif last == _ZW:
            result[i] = POSSIBLE
        else:
            rule = _PAIRS[last][cls]
            if rule == "_" and last in _HY_BA and hebrew:
                rule = "%"  # Hebrew letter, hyphen: no break (UAX #14 LB21a)
            if rule == "_" or (rule == "%" and space >= 0):
                result[i] = POSSIBLE
        hebrew = last == _HL
        last, space = cls, -1
    return result


def width_linebreaks(text: str, width: int, start_column: int, overrides: list[int]) -> list[int]:
    """Where to break TEXT so that lines fit WIDTH columns (libunistring's ulc_width_linebreaks).

    The first line starts at START_COLUMN, the others at 0. OVERRIDES (one code per character,
    UNDEFINED to keep the computed one) force or forbid breaks, e.g. inside escape sequences.
    Returns a list with POSSIBLE where a line break is to be inserted.

    >>> text = "aaaa bbbb cccc"
    >>> [i for i, c in enumerate(width_linebreaks(text, 10, 0, [UNDEFINED] * len(text))) if c == POSSIBLE]
    [10]
    """
    breaks = possible_linebreaks(text)
    last_p = -1
    last_column = start_column
    piece_width = 0
    for i, char in enumerate(text):
        if overrides[i] != UNDEFINED:
            breaks[i] = overrides[i]
        code = breaks[i]
        if code in (POSSIBLE, MANDATORY) and last_p >= 0 and last_column + piece_width > width:
            breaks[last_p] = POSSIBLE
            last_column = 0
        if code == MANDATORY:
            last_p, last_column, piece_width = -1, 0, 0
            continue
        if code == POSSIBLE:
            last_p = i
            last_column += piece_width
            piece_width = 0
        breaks[i] = PROHIBITED
        o = ord(char)
        w = _SMALL_WIDTHS[o] if o < _SMALL else char_width(char)
        if w >= 0:
            piece_width += w
    if last_p >= 0 and last_column + piece_width > width:
        breaks[last_p] = POSSIBLE
    return breaks
