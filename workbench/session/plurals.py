"""Names for a catalog's plural forms, so a translator sees "one / few / many", not [0] [1] [2].

The catalog's Plural-Forms formula says which form a number takes; CLDR (through Babel) says
what that number is called in the language. Each form gets the CLDR category most of its
numbers fall in, and a few example numbers.

>>> [f.label for f in form_names("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : "
...     "n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", "uk")]
['one (1, 21, 31…)', 'few (2, 3, 4…)', 'many (0, 5, 6…)']
>>> [f.label for f in form_names("nplurals=2; plural=(n != 1);", "de")]
['one (1)', 'other (0, 2, 3…)']
"""

from __future__ import annotations

import gettext
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from babel import Locale, UnknownLocaleError

SAMPLES = range(0, 200)


@dataclass(frozen=True)
class PluralForm:
    index: int
    category: str  # CLDR: zero, one, two, few, many, other
    examples: tuple[int, ...]

    @property
    def label(self) -> str:
        shown = ", ".join(str(n) for n in self.examples[:3])
        more = "…" if len(self.examples) > 3 else ""
        return f"{self.category} ({shown}{more})"


def nplurals(header: str | None, default: int = 2) -> int:
    found = re.search(r"nplurals\s*=\s*(\d+)", header or "")
    return int(found.group(1)) if found else default


def _formula(header: str | None) -> Callable[[int], int] | None:
    found = re.search(r"plural\s*=\s*([^;]+)", header or "")
    if not found:
        return None
    try:
        return gettext.c2py(found.group(1).strip())
    except (ValueError, SyntaxError):
        return None


def _category(lang: str) -> Callable[[int], str]:
    try:
        rule = Locale.parse(lang.replace("-", "_")).plural_form
    except (UnknownLocaleError, ValueError):
        return lambda n: "one" if n == 1 else "other"
    return lambda n: str(rule(n))


def form_names(header: str | None, lang: str) -> list[PluralForm]:
    """One PluralForm per form of the Plural-Forms header (form index order)."""
    count, formula, category = nplurals(header), _formula(header), _category(lang)
    numbers: dict[int, list[int]] = {i: [] for i in range(count)}
    if formula is not None:
        for n in SAMPLES:
            index = formula(n)
            if index in numbers:
                numbers[index].append(n)
    forms = []
    for i in range(count):
        found = numbers[i]
        names = Counter(category(n) for n in found)
        name = names.most_common(1)[0][0] if names else f"form {i}"
        forms.append(PluralForm(i, name, tuple(found)))
    return forms
