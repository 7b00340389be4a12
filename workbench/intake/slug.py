"""A statement's name from its title: lower case ASCII words joined by hyphens."""

from __future__ import annotations

import re
import unicodedata

# Cyrillic as the national passport systems romanize it (ru, uk, be), near enough for a name.
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
                      "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y",
                      "", "e", "yu", "ya", "i", "i", "ye", "g", "u"], strict=True))


def slugify(title: str, limit: int = 60) -> str:
    """The name of a statement from its title.

    >>> slugify("Joint Statement on *Belarus*: 9 August")
    'joint-statement-on-belarus-9-august'
    >>> slugify("Заява аб сітуацыі ў Беларусі")
    'zayava-ab-situatsyi-u-belarusi'
    """
    text = "".join(_CYRILLIC.get(ch, ch) for ch in title.lower())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", text)
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > limit:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug or (words[0][:limit] if words else "")
