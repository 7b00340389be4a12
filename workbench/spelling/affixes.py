"""Word formation that the dictionaries leave out: productive prefixes, and abbreviations.

Russian, Ukrainian and Belarusian write "не" and many prefixes together with the word, and a
technical text coins such words freely ("неотслеживаемый", "подмодуль", "псевдооперация",
"мультитранзакция"). A word is known when a prefix below plus a dictionary word of at least
four letters make it. A typo in either part still fails.
"""

from __future__ import annotations

from collections.abc import Callable

PREFIXES: dict[str, tuple[str, ...]] = {
    "ru": ("не", "ни", "под", "пред", "пере", "псевдо", "мульти", "спец", "авто", "само", "суб",
           "макро", "микро", "мета", "внутри", "много", "без", "бес", "анти", "де", "ре", "фото",
           "меж", "сверх", "супер", "гипер", "контр", "пост", "инфра", "интер", "транс", "видео",
           "аудио", "теле", "электро", "полу", "двух", "одно", "пере", "пре"),
    "uk": ("не", "ні", "під", "пере", "перед", "псевдо", "мульти", "спец", "авто", "само", "суб",
           "макро", "мікро", "мета", "багато", "без", "анти", "де", "ре", "фото", "між", "над",
           "понад", "супер", "гіпер", "контр", "пост", "інтер", "транс", "відео", "аудіо", "теле",
           "напів", "дво", "одно"),
    "be": ("не", "ні", "пад", "пера", "перад", "псеўда", "мульты", "спец", "аўта", "сама", "суб",
           "макра", "мікра", "мета", "шмат", "без", "бяз", "анты", "дэ", "рэ", "фота", "між",
           "над", "звыш", "супер", "гіпер", "контр", "пост", "інтэр", "транс", "відэа", "тэле",
           "паў", "двух", "адна"),
}
MIN_REST = 4
VOWELS = set("aeiouyäöüéèêàâîïôûœæаеёиоуыэюяіїєў")


def prefixes_of(lang: str) -> tuple[str, ...]:
    base = lang.split("@")[0].split("_")[0].split("-")[0]
    return tuple(sorted(set(PREFIXES.get(base, ())), key=len, reverse=True))


def split_prefix(word: str, prefixes: tuple[str, ...]) -> list[str]:
    """The rests of ``word`` after each prefix it starts with (four letters or more)."""
    lower = word.lower()
    return [lower[len(p):] for p in prefixes
            if lower.startswith(p) and len(lower) - len(p) >= MIN_REST]


def abbreviation(word: str, after: str, starts: Callable[[str], bool] | None = None) -> bool:
    """"Смещ.", "симв.", "approx.": a word cut after a consonant, with its period (the way
    Russian, Ukrainian and Belarusian abbreviate). Where a dictionary can say so (``starts``),
    the cut must begin a word of it, up to six letters; otherwise up to four."""
    if after != "." or word[-1:].lower() in VOWELS:
        return False
    if starts is not None:
        return len(word) <= 6 and starts(word.lower())
    return len(word) <= 4
