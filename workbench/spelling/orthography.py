"""Which Belarusian orthography a catalog is written in: official (narkamaŭka, Debian's be_BY)
or classical (taraškievica, ``be@tarask``).

The surest mark of the classical orthography is the soft sign of assimilative softness, which
the official one dropped in 1933: "сьвет", "зьмена", "насеньне", "жыцьцё" (official "свет",
"змена", "насенне", "жыццё"). A soft sign after з, с, ц or н before another consonant that is
itself soft (followed by е ё і ю я ь) is almost never official: 122 of the 82,079 words of
be_BY.dic have it. Measured on the real catalogs of /usr/share/locale/be: 1.9-16% of the
Cyrillic words of the classical catalogs have it, at most 0.34% of the official ones'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

OFFICIAL = "official"
CLASSICAL = "classical"
# The soft sign of assimilative softness (see the module's docstring).
MARK = re.compile(r"(?<=[зсцнЗСЦН])ь(?=[зсцдтнлвмбпЗСЦДТНЛВМБП][еёіюяьЕЁІЮЯЬ])")
CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
THRESHOLD = 0.01  # share of marked words: 1%, three times the most an official catalog had
MIN_MARKED = 2


@dataclass(frozen=True)
class Orthography:
    name: str  # OFFICIAL or CLASSICAL
    words: int  # Cyrillic words looked at
    marked: int  # words with the classical soft sign

    @property
    def share(self) -> float:
        return self.marked / self.words if self.words else 0.0

    def describe(self) -> str:
        label = ("classical orthography (taraškievica)" if self.name == CLASSICAL
                 else "official orthography")
        return (f"{label}: {self.marked} of {self.words} words "
                f"({self.share:.1%}) have the classical soft sign (сьв, зьм, ньн, цьц)")


def detect(texts: Iterable[str]) -> Orthography:
    """The orthography of Belarusian texts (a catalog's translations)."""
    words = marked = 0
    for text in texts:
        if not text:
            continue
        for word in CYRILLIC_WORD.findall(text):
            words += 1
            if "ь" in word and MARK.search(word):
                marked += 1
    classical = marked >= MIN_MARKED and marked >= THRESHOLD * words
    return Orthography(CLASSICAL if classical else OFFICIAL, words, marked)


def is_classical_code(code: str) -> bool:
    return "tarask" in code.lower() or "x-old" in code.lower()
