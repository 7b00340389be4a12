"""One word normalizer per language, all behind one interface (DESIGN.md, "Linguistics").

- ru, uk: pymorphy3 lemma sets; two words match when their lemma sets overlap.
- Snowball languages (en, de, fr, es, ...): PyStemmer stems, with a bound on the length
  difference so that "organ" does not match "organizations".
- be, and any language without an analyser: the bounded-prefix matcher. A term word and a text
  word match when they share a prefix of at least 3 letters, the term word has at most 3 letters
  after it and the text word at most 4 (measured: 97% of Belarusian paradigm forms, about one
  false match in 219).

Every analyser works on normalized words (normalize.normalize) and caches its results: a corpus
repeats its words, and pymorphy3 costs about 0.2 ms a parse.
"""

from __future__ import annotations

from functools import cache
from typing import Protocol

from workbench import languages
from workbench.glossary.normalize import norm_of

_CACHE_LIMIT = 1_000_000

SNOWBALL = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech",
    "da": "danish", "nl": "dutch", "en": "english", "eo": "esperanto", "et": "estonian",
    "fi": "finnish", "fr": "french", "de": "german", "el": "greek", "hi": "hindi",
    "hu": "hungarian", "id": "indonesian", "ga": "irish", "it": "italian", "lt": "lithuanian",
    "ne": "nepali", "nb": "norwegian", "nn": "norwegian", "no": "norwegian", "fa": "persian",
    "pl": "polish", "pt": "portuguese", "ro": "romanian", "sr": "serbian", "st": "sesotho",
    "es": "spanish", "sv": "swedish", "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}
PYMORPHY = {"ru", "uk"}


class Analyzer(Protocol):
    name: str
    # True when sharing a key is the same as matching (lemma sets): a set lookup then decides.
    keys_decide: bool

    def keys(self, word: str) -> frozenset[str]:
        """Index keys of a word in running text."""
        ...

    def term_keys(self, word: str) -> frozenset[str]:
        """Index keys of a term word: a term can only match words whose keys meet these."""
        ...

    def keys_of(self, words: list[str]) -> list[frozenset[str]]:
        """keys() of many words (the hot loop of the check, kept tight)."""
        ...

    def keys_of_words(self, words: list[str]) -> list[frozenset[str]]:
        """keys() of many words as written (not yet normalized), through one cache lookup."""
        ...

    def matches(self, term_word: str, word: str, pos: str | None = None) -> bool:
        """Whether ``word`` in running text is a form of the term word ``term_word`` (of a term
        whose part of speech is ``pos``, when known)."""
        ...

    def lemma(self, word: str) -> str:
        """One canonical key per word, to group the forms of a word (term suggestions)."""
        ...

    def related(self, term_word: str, word: str) -> bool:
        """Whether ``word`` is an adjective made from the noun ``term_word`` ("командный" from
        "команда"): English noun modifiers ("command line") often translate so."""
        ...

    def adjectives(self, word: str) -> frozenset[str]:
        """The adjective lemmas a word may be (empty where the analyser cannot tell)."""
        ...


class _Cached:
    name = "exact"
    keys_decide = True

    def __init__(self) -> None:
        self._keys: dict[str, frozenset[str]] = {}
        self._written: dict[str, frozenset[str]] = {}  # by the word as written

    def keys(self, word: str) -> frozenset[str]:
        found = self._keys.get(word)
        if found is None:
            if len(self._keys) > _CACHE_LIMIT:
                self._keys.clear()
            found = self._keys[word] = self._compute(word)
        return found

    def _compute(self, word: str) -> frozenset[str]:
        return frozenset((word,))

    def term_keys(self, word: str) -> frozenset[str]:
        return self.keys(word)

    def keys_of(self, words: list[str]) -> list[frozenset[str]]:
        cache, keys = self._keys, self.keys
        return [cache.get(word) or keys(word) for word in words]

    def keys_of_words(self, words: list[str]) -> list[frozenset[str]]:
        cache = self._written
        return [cache.get(word) or self._written_keys(word) for word in words]

    def _written_keys(self, word: str) -> frozenset[str]:
        if len(self._written) > _CACHE_LIMIT:
            self._written.clear()
        found = self._written[word] = self.keys(norm_of(word))
        return found

    def matches(self, term_word: str, word: str, pos: str | None = None) -> bool:
        return term_word == word or not self.term_keys(term_word).isdisjoint(self.keys(word))

    def lemma(self, word: str) -> str:
        return min(self.keys(word))

    def related(self, term_word: str, word: str) -> bool:
        return False

    def adjectives(self, word: str) -> frozenset[str]:
        return frozenset()


class LemmaAnalyzer(_Cached):
    """pymorphy3: the set of all lemmas a form may have (ambiguity widens, never narrows)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        import pymorphy3

        self.name = f"pymorphy3-{lang}"
        self._morph = pymorphy3.MorphAnalyzer(lang=lang)
        self._lemma: dict[str, str] = {}
        self._term_keys: dict[str, frozenset[str]] = {}
        self._adjectives: dict[str, frozenset[str]] = {}

    def _lemmas(self, word: str) -> set[str]:
        if not any(c.isalpha() for c in word):
            return set()
        return {p.normal_form.replace("’", "'").replace("ʼ", "'") for p in self._morph.parse(word)}

    def _compute(self, word: str) -> frozenset[str]:
        # A lemma is a form of itself even where the dictionary disagrees.
        return frozenset(self._lemmas(word) | {word})

    def term_keys(self, word: str) -> frozenset[str]:
        """Glossary terms are written in dictionary form: when the term word is a lemma, it is
        the lemma meant ("выборы", elections, not the plural of "выбор", choice)."""
        found = self._term_keys.get(word)
        if found is None:
            lemmas = self._lemmas(word)
            found = frozenset((word,)) if word in lemmas else frozenset(lemmas | {word})
            self._term_keys[word] = found
        return found

    def adjectives(self, word: str) -> frozenset[str]:
        found = self._adjectives.get(word)
        if found is None:
            parses = self._morph.parse(word) if any(c.isalpha() for c in word) else []
            found = frozenset(p.normal_form for p in parses if p.tag.POS == "ADJF")
            self._adjectives[word] = found
        return found

    def related(self, term_word: str, word: str) -> bool:
        adjectives = self.adjectives(word)
        return bool(adjectives) and derived_from(term_word, adjectives)

    def lemma(self, word: str) -> str:
        found = self._lemma.get(word)
        if found is None:
            parses = self._morph.parse(word) if any(c.isalpha() for c in word) else []
            found = self._lemma[word] = parses[0].normal_form if parses else word
        return found


def derived_from(noun: str, adjectives: frozenset[str]) -> bool:
    """Whether one of the adjective lemmas is made from ``noun``. Long stems also count inside
    compounds: "однопользовательский" has "пользовател"."""
    stems = _noun_stems(noun)
    return any(a.startswith(stem) or (len(stem) >= 6 and stem in a)
               for a in adjectives for stem in stems)


_VOWEL_ENDINGS = "аяоеёьйиыуюіїє"


@cache
def _noun_stems(noun: str) -> tuple[str, ...]:
    """Stems an adjective made from ``noun`` starts with: "команда" -> "команд"; with a fleeting
    vowel ("окно" -> "окон-ный") or an altered last consonant ("ошибка" -> "ошиб-очный")."""
    stem = noun.rstrip(_VOWEL_ENDINGS)
    if len(stem) < 3:
        return ()
    stems = [stem, stem[:-1] + "о" + stem[-1], stem[:-1] + "е" + stem[-1]]
    if len(stem) >= 5:
        stems.append(stem[:-1])
    return tuple(stems)


class StemAnalyzer(_Cached):
    """PyStemmer (Snowball), with a bound on how much longer one form may be than the other."""

    MAX_LENGTH_GAP = 4
    keys_decide = False

    def __init__(self, algorithm: str) -> None:
        super().__init__()
        import Stemmer

        self.name = f"snowball-{algorithm}"
        self._stemmer = Stemmer.Stemmer(algorithm)

    def _compute(self, word: str) -> frozenset[str]:
        return frozenset((self._stemmer.stemWord(word),))

    def matches(self, term_word: str, word: str, pos: str | None = None) -> bool:
        if term_word == word:
            return True
        if abs(len(term_word) - len(word)) > self.MAX_LENGTH_GAP:
            return False
        return self.keys(term_word) == self.keys(word)


# English endings that inflect (the rest derive: -ly, -ness, -ers, -ence...). Snowball conflates
# "peaceful" and "peacefully", "protest" and "protesting"; a term should not match those.
_NOUN_ENDINGS = frozenset(("", "e", "y", "s", "es", "ies", "'s", "s'", "'", "es'", "ies'"))
_VERB_ENDINGS = _NOUN_ENDINGS | {"d", "ed", "ied", "ing", "'d"}


class EnglishAnalyzer(StemAnalyzer):
    """Snowball English, narrowed to inflection: the two words may differ only by inflectional
    endings (after the shared part): plural and possessive for nouns, also -ed/-ing otherwise."""

    def __init__(self) -> None:
        super().__init__("english")
        self._verdicts: dict[tuple[str, str, bool], bool] = {}

    def matches(self, term_word: str, word: str, pos: str | None = None) -> bool:
        key = (term_word, word, pos in ("noun", "properNoun"))
        verdict = self._verdicts.get(key)
        if verdict is None:
            if len(self._verdicts) > _CACHE_LIMIT:
                self._verdicts.clear()
            verdict = self._verdicts[key] = self._matches(term_word, word, key[2])
        return verdict

    def _matches(self, term_word: str, word: str, noun: bool) -> bool:
        if not super().matches(term_word, word):
            return False
        shared = 0
        for a, b in zip(term_word, word, strict=False):
            if a != b:
                break
            shared += 1
        endings = _NOUN_ENDINGS if noun else _VERB_ENDINGS
        return _ending(term_word, shared) in endings and _ending(word, shared) in endings


def _ending(word: str, shared: int) -> str:
    tail = word[shared:]
    if tail[1:] in ("ed", "ing") and shared and tail[0] == word[shared - 1]:
        return tail[1:]  # doubled consonant: "stopped", "stopping"
    return tail


class PrefixAnalyzer(_Cached):
    """The bounded-prefix matcher for languages with no analyser (Belarusian among them)."""

    MIN_PREFIX = 3
    TERM_TAIL = 3
    WORD_TAIL = 4
    keys_decide = False

    def __init__(self) -> None:
        super().__init__()
        self.name = "bounded-prefix"

    def _compute(self, word: str) -> frozenset[str]:
        return frozenset((word[: self.MIN_PREFIX] if len(word) >= self.MIN_PREFIX else word,))

    def matches(self, term_word: str, word: str, pos: str | None = None) -> bool:
        if term_word == word:
            return True
        shared = 0
        for a, b in zip(term_word, word, strict=False):
            if a != b:
                break
            shared += 1
        return (shared >= self.MIN_PREFIX and len(term_word) - shared <= self.TERM_TAIL
                and len(word) - shared <= self.WORD_TAIL)

    def lemma(self, word: str) -> str:
        # No analyser: the first five letters group most forms of a word (and some relatives).
        return word[:5]


def base_language(lang: str) -> str:
    return languages.base_language(lang)


@cache
def analyzer_for(lang: str) -> Analyzer:
    """The analyser of a language (shared, so its cache is shared by every termbase)."""
    base = base_language(lang)
    if base in PYMORPHY:
        try:
            return LemmaAnalyzer(base)
        except Exception:  # dictionaries missing: degrade to the prefix matcher, never fail
            return PrefixAnalyzer()
    if base == "en":
        return EnglishAnalyzer()
    if base in SNOWBALL:
        import Stemmer

        if SNOWBALL[base] in Stemmer.algorithms():
            return StemAnalyzer(SNOWBALL[base])
    return PrefixAnalyzer()
