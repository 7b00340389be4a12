"""The one home of language codes: gettext locale names and BCP 47 tags, parsed into one value.

gettext writes ``ll_CC@modifier`` (``pt_BR``, ``sr@latin``, ``ca_ES@valencia``, ``be@tarask``);
XML formats (TMX, XLIFF, TBX) write BCP 47 ``ll-Script-CC-variant`` (``zh-Hant-TW``,
``sr-Latn``, ``be-tarask``). Both parse, case-insensitively, into a :class:`Language`; PO paths
and headers use :attr:`Language.gettext`, XML uses :attr:`Language.bcp47`. Names, direction and
plural rules come from CLDR through Babel; Plural-Forms first from GNU gettext's own table (what
``msginit -l`` writes). A regional or script variant serves its language only when the exact
language is absent (:func:`best_match`).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.localedata import locale_identifiers

from workbench.errors import WorkbenchError

RTL_SCRIPTS = {"Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm"}
# gettext modifiers that name a script; others (valencia, tarask, saaho...) are BCP 47 variants.
_SCRIPT_MODIFIERS = {"latin": "Latn", "cyrillic": "Cyrl", "devanagari": "Deva", "arabic": "Arab"}
_MODIFIER_OF_SCRIPT = {v: k for k, v in _SCRIPT_MODIFIERS.items()}
_HAN = {"Hans", "Hant"}  # written as gettext folders do: zh_Hans, zh_Hant
_IGNORED_MODIFIERS = {"euro"}  # a glibc charset hint, not a language difference
_SUBTAG = re.compile(r"[A-Za-z0-9]{1,8}$")


class UnknownLanguage(WorkbenchError):
    """A language code that cannot be parsed or that CLDR does not know."""


@dataclass(frozen=True)
class Language:
    """One language: ISO 639 code, optional ISO 15924 script, region and variant.

    >>> parse("sr@latin").bcp47, parse("zh-Hant-TW").gettext, parse("EN-us").gettext
    ('sr-Latn', 'zh_TW', 'en_US')
    """

    language: str
    script: str = ""  # "Latn"
    region: str = ""  # "BR", "419"
    variant: str = ""  # "valencia", "tarask" (lower case)

    @property
    def gettext(self) -> str:
        """``ll_CC@modifier`` as gettext names folders and the Language header.

        >>> [parse(c).gettext for c in ("ca-ES-valencia", "be-tarask", "uz-Cyrl", "zh-Hant", "en-Shaw")]
        ['ca_ES@valencia', 'be@tarask', 'uz@cyrillic', 'zh_Hant', 'en@shaw']
        """
        script = self.script
        if script == _likely_script(self.language, self.region) and (self.region or script not in _HAN):
            script = ""  # zh-Hans-CN -> zh_CN, sr-Cyrl -> sr; but zh-Hans stays zh_Hans
        modifier = self.variant
        if script and script not in _HAN and not modifier:  # sr@latin, uz@cyrillic, en@shaw
            script, modifier = "", _MODIFIER_OF_SCRIPT.get(script, script.lower())
        code = "_".join(p for p in (self.language, script, self.region) if p)
        return f"{code}@{modifier}" if modifier else code

    @property
    def bcp47(self) -> str:
        """``ll-Script-CC-variant`` as XML's xml:lang wants it.

        >>> [parse(c).bcp47 for c in ("pt_BR", "ca_ES@valencia", "be@latin", "de_DE.UTF-8@euro")]
        ['pt-BR', 'ca-ES-valencia', 'be-Latn', 'de-DE']
        """
        variant = self.variant if len(self.variant) >= 5 or self.variant[:1].isdigit() else (
            f"x-{self.variant}" if self.variant else "")
        return "-".join(p for p in (self.language, self.script, self.region, variant) if p)

    @property
    def babel_id(self) -> str:
        return "_".join(p for p in (self.language, self.script, self.region, self.variant.upper()) if p)

    def __str__(self) -> str:
        return self.gettext


@cache
def _likely_script(language: str, region: str) -> str:
    likely = get_global("likely_subtags")
    found = likely.get(f"{language}_{region}") if region else None
    found = found or likely.get(language) or ""
    parts = found.split("_")
    return parts[1] if len(parts) > 1 and len(parts[1]) == 4 else ""


@cache
def _script_codes() -> frozenset[str]:
    return frozenset(Locale("en").scripts)


@cache
def _aliases() -> dict[str, str]:
    """ISO 639-2/3 codes some tools write ('eng', 'rus') -> the CLDR code."""
    return {k.lower(): v for k, v in get_global("language_aliases").items()
            if "_" not in k and len(k) == 3 and "_" not in v}


@cache
def parse(code: str) -> Language:
    """Parse a gettext locale name or a BCP 47 tag, any case; syntax only (see :func:`validate`).

    >>> parse("ca_ES.UTF-8@valencia")
    Language(language='ca', script='', region='ES', variant='valencia')
    >>> parse("eng-US").gettext
    'en_US'
    """
    text = code.strip()
    base, _, modifier = text.partition("@")
    base = base.split(".")[0]
    parts = re.split(r"[-_]", base)
    head = parts[0].lower()
    if not re.fullmatch(r"[a-z]{2,8}", head):
        raise UnknownLanguage(f"not a language code: {code!r}", hint="use a code such as en, ru, pt_BR, sr@latin")
    if len(head) == 3 and head not in _known_languages() and head in _aliases():
        head = _aliases()[head]
    script = region = variant = ""
    for part in parts[1:]:
        if not _SUBTAG.match(part):
            raise UnknownLanguage(f"not a language code: {code!r}", hint="use a code such as en, pt_BR, zh-Hant-TW")
        if len(part) == 1:  # a BCP 47 extension or private use: the language is what came before
            break
        if len(part) == 4 and part.isalpha() and not script and not region:
            script = part.title()
        elif (len(part) == 2 and part.isalpha()) or (len(part) == 3 and part.isdigit()):
            region = part.upper()
        else:
            variant = variant or part.lower()
    mod = modifier.strip().lower()
    if mod in _SCRIPT_MODIFIERS and not script:
        script = _SCRIPT_MODIFIERS[mod]
    elif len(mod) == 4 and mod.title() in _script_codes() and not script:
        script = mod.title()  # sr@Latn, en@shaw: an ISO 15924 code as the modifier
    elif mod and mod not in _IGNORED_MODIFIERS:
        variant = variant or mod
    return Language(head, script, region, variant)


def normalize_code(code: str) -> str:
    """The gettext form of any spelling: 'pt-BR', 'PT_br' -> 'pt_BR'; 'sr-Latn' -> 'sr@latin'.

    A string that is no language code at all comes back stripped, unchanged.

    >>> normalize_code("pt-br"), normalize_code("sr-Latn"), normalize_code("zh-Hans-CN")
    ('pt_BR', 'sr@latin', 'zh_CN')
    """
    try:
        return parse(code).gettext
    except UnknownLanguage:
        return code.strip()


def to_bcp47(code: str) -> str:
    """The BCP 47 form for XML: 'sr@latin' -> 'sr-Latn'.

    >>> to_bcp47("ca_ES@valencia")
    'ca-ES-valencia'
    """
    return parse(code).bcp47


def base_language(code: str) -> str:
    """The ISO 639 language alone: 'pt_BR' -> 'pt', 'sr@latin' -> 'sr'.

    >>> base_language("be-tarask")
    'be'
    """
    try:
        return parse(code).language
    except UnknownLanguage:
        return code.strip().lower()


# ---------------------------------------------------------------- matching


def _compatible(a: Language, b: Language) -> bool:
    return a.language == b.language and all(
        x == y or not x or not y for x, y in ((a.script, b.script), (a.region, b.region),
                                               (a.variant, b.variant)))


def matches(code: str, wanted: str) -> bool:
    """Can ``code`` serve a request for ``wanted``? A variant serves its language and back;
    two different variants do not serve each other.

    >>> matches("ru_RU", "ru"), matches("ru", "RU-ru"), matches("pt_BR", "pt_PT"), matches("sr@latin", "sr-Latn")
    (True, True, False, True)
    """
    try:
        return _compatible(parse(code), parse(wanted))
    except UnknownLanguage:
        return code.strip().lower() == wanted.strip().lower()


def _distance(candidate: Language, wanted: Language) -> int:
    """0 exact; then the plain language for a variant; then another variant of the language."""
    if candidate == wanted:
        return 0
    fields = ((candidate.script, wanted.script), (candidate.region, wanted.region),
              (candidate.variant, wanted.variant))
    return sum(1 if not c else 2 for c, w in fields if c != w)


def best_match(wanted: str, candidates: Iterable[str]) -> str | None:
    """The candidate that best serves ``wanted``: the exact one, else the closest compatible one
    (the plain language before a regional variant); None when none serves.

    >>> best_match("fr", ["fr-CA", "fr"]), best_match("fr", ["fr-CA"]), best_match("fr_CA", ["fr", "fr_BE"])
    ('fr', 'fr-CA', 'fr')
    """
    try:
        target = parse(wanted)
    except UnknownLanguage:
        return None
    scored = []
    for index, cand in enumerate(candidates):
        try:
            lang = parse(cand)
        except UnknownLanguage:
            continue
        if _compatible(lang, target):
            scored.append((_distance(lang, target), index, cand))
    return min(scored)[2] if scored else None


# ---------------------------------------------------------------- CLDR


@cache
def _known() -> frozenset[str]:
    return frozenset(locale_identifiers())


@cache
def _known_languages() -> frozenset[str]:
    return frozenset(i.split("_")[0] for i in _known())


def suggest(code: str, limit: int = 3) -> list[str]:
    return difflib.get_close_matches(normalize_code(code).split("@")[0], sorted(_known()),
                                     n=limit, cutoff=0.5)


def _unknown(code: str) -> UnknownLanguage:
    close = suggest(code)
    hint = f"did you mean {', '.join(close)}?" if close else "use a code such as en, ru, pt_BR, sr@latin"
    return UnknownLanguage(f"unknown language code {code!r}", hint=hint)


@cache
def locale(code: str) -> Locale:
    """The Babel Locale for a code (the nearest CLDR has: 'be@latin' -> be), or UnknownLanguage."""
    lang = parse(code)
    english = Locale("en")
    if lang.language not in _known_languages() or (lang.region and lang.region not in english.territories) \
            or (lang.script and lang.script not in english.scripts):
        raise _unknown(code)
    tries = (lang.babel_id, Language(lang.language, lang.script, lang.region).babel_id,
             Language(lang.language, "", lang.region).babel_id, lang.language)
    for candidate in tries:  # CLDR's own locale, or one Babel builds from likely subtags
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    raise _unknown(code)


def validate(code: str) -> str:
    """The gettext form of a known code, or UnknownLanguage.

    >>> validate("ZH-cn"), validate("be@latin")
    ('zh_CN', 'be@latin')
    """
    locale(code)
    return parse(code).gettext


@dataclass(frozen=True)
class LanguageInfo:
    code: str
    english_name: str
    native_name: str
    direction: str  # "ltr" or "rtl"
    plural_forms: str


def info(code: str) -> LanguageInfo:
    loc = locale(code)
    lang = parse(code)
    english, native = loc.get_display_name("en") or code, loc.get_display_name(loc) or code
    if lang.script and not loc.script:  # CLDR has no such locale (be@latin): say the script
        script = Locale("en").scripts.get(lang.script, lang.script)
        english = f"{english} ({script})"
    if lang.variant and not loc.variant:  # ca@valencia: CLDR knows ca_ES_VALENCIA only
        english = f"{english} ({Locale('en').variants.get(lang.variant.upper(), lang.variant)})"
    return LanguageInfo(code=lang.gettext, english_name=english, native_name=native,
                        direction="rtl" if is_rtl(code) else "ltr", plural_forms=plural_forms(code))


def is_rtl(code: str) -> bool:
    loc = locale(code)
    script = parse(code).script or loc.script or ""
    return script in RTL_SCRIPTS or (loc.character_order == "right-to-left" and not parse(code).script)


# GNU gettext's plural table (gettext-tools/src/plural-table.c, 0.21): what `msginit -l` writes.
_RU = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
_CS = "nplurals=3; plural=(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2;"
GETTEXT_PLURALS = {
    **dict.fromkeys(("ja", "vi", "ko"), "nplurals=1; plural=0;"),
    **dict.fromkeys(("en", "de", "nl", "sv", "da", "no", "nb", "nn", "fo", "es", "pt", "it", "bg",
                     "el", "fi", "et", "he", "eo", "hu", "tr"), "nplurals=2; plural=(n != 1);"),
    **dict.fromkeys(("pt_BR", "fr"), "nplurals=2; plural=(n > 1);"),
    "lv": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2);",
    "ga": "nplurals=3; plural=n==1 ? 0 : n==2 ? 1 : 2;",
    "ro": "nplurals=3; plural=n==1 ? 0 : (n==0 || (n%100 > 0 && n%100 < 20)) ? 1 : 2;",
    "lt": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2);",
    **dict.fromkeys(("ru", "uk", "be", "sr", "hr"), _RU),
    **dict.fromkeys(("cs", "sk"), _CS),
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "sl": "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);",
}


def plural_forms(code: str) -> str:
    """The Plural-Forms header: GNU gettext's table as ``msginit -l`` writes it (``ll_CC`` first,
    then ``ll``), else CLDR's rule through Babel (the way pybabel writes it).

    >>> plural_forms("fr"), plural_forms("pt-BR"), plural_forms("pt")
    ('nplurals=2; plural=(n > 1);', 'nplurals=2; plural=(n > 1);', 'nplurals=2; plural=(n != 1);')
    """
    lang = parse(code)
    for key in (f"{lang.language}_{lang.region}", lang.language):
        if key in GETTEXT_PLURALS:
            return GETTEXT_PLURALS[key]
    from babel.messages.plurals import get_plural

    plural = get_plural(locale(code))
    return f"nplurals={plural.num_plurals}; plural={plural.plural_expr};"


def joins_without_spaces(code: str) -> bool:
    """Languages whose sentences are written next to each other with no space (ja, zh, th...)."""
    return base_language(code) in {"ja", "zh", "th", "lo", "km", "my", "yue", "bo"}
