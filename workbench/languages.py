"""Language codes, validated and described through Babel's CLDR data."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.localedata import locale_identifiers

from workbench.errors import WorkbenchError

RTL_SCRIPTS = {"Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm"}


class UnknownLanguage(WorkbenchError):
    """A language code that CLDR does not know."""


@cache
def _known() -> tuple[str, ...]:
    return tuple(sorted(locale_identifiers()))


def normalize_code(code: str) -> str:
    """'pt-BR' and 'pt_br' both become 'pt_BR', the gettext folder name."""
    parts = code.strip().replace("-", "_").split("_")
    if not parts or not parts[0]:
        return code
    head = parts[0].lower()
    rest = [p.upper() if len(p) == 2 else p.title() for p in parts[1:]]
    return "_".join([head, *rest])


def suggest(code: str, limit: int = 3) -> list[str]:
    return difflib.get_close_matches(normalize_code(code), _known(), n=limit, cutoff=0.5)


@cache
def locale(code: str) -> Locale:
    """The Babel Locale for a code, or an UnknownLanguage error that suggests close codes."""
    norm = normalize_code(code)
    try:
        if norm not in _known():
            raise UnknownLocaleError(norm)
        return Locale.parse(norm)
    except (UnknownLocaleError, ValueError) as exc:
        close = suggest(code)
        hint = f"did you mean {', '.join(close)}?" if close else "use a CLDR code such as en, ru, pt_BR"
        raise UnknownLanguage(f"unknown language code {code!r}", hint=hint) from exc


def validate(code: str) -> str:
    """Return the normalized code, or raise UnknownLanguage."""
    locale(code)
    return normalize_code(code)


@dataclass(frozen=True)
class LanguageInfo:
    code: str
    english_name: str
    native_name: str
    direction: str  # "ltr" or "rtl"
    plural_forms: str


def info(code: str) -> LanguageInfo:
    loc = locale(code)
    return LanguageInfo(
        code=normalize_code(code),
        english_name=loc.get_display_name("en") or code,
        native_name=loc.get_display_name(loc) or code,
        direction="rtl" if is_rtl(code) else "ltr",
        plural_forms=plural_forms(code),
    )


def is_rtl(code: str) -> bool:
    loc = locale(code)
    return loc.character_order == "right-to-left" or (loc.script or "") in RTL_SCRIPTS


def plural_forms(code: str) -> str:
    """The gettext Plural-Forms header for a language, from CLDR (the way pybabel writes it)."""
    from babel.messages.plurals import get_plural

    plural = get_plural(locale(code))
    return f"nplurals={plural.num_plurals}; plural={plural.plural_expr};"


def joins_without_spaces(code: str) -> bool:
    """Languages whose sentences are written next to each other with no space (ja, zh, th...)."""
    return normalize_code(code).split("_")[0] in {"ja", "zh", "th", "lo", "km", "my", "yue", "bo"}
