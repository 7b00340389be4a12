"""Language codes in glossary files: CLDR codes, plus the ISO 639-2/3 codes some tools write.

memoQ and other tools label languages "eng", "rus" or "eng-US"; we map them to the CLDR code
("en", "ru", "en_US") through Babel's alias table, then validate with workbench.languages.
"""

from __future__ import annotations

from functools import cache

from workbench import languages
from workbench.errors import WorkbenchError
from workbench.glossary.model import GlossaryError


@cache
def _aliases() -> dict[str, str]:
    from babel.core import get_global

    return {k.lower(): v for k, v in get_global("language_aliases").items() if "_" not in k}


def language_code(raw: str) -> str:
    """The validated, normalized code for a language label; GlossaryError when unknown."""
    text = raw.strip()
    if not text:
        raise GlossaryError("missing language code", hint="give each language a code such as en, ru")
    head, _, rest = text.replace("-", "_").partition("_")
    alias = _aliases().get(head.lower()) if len(head) == 3 else None
    candidate = f"{alias}_{rest}" if alias and rest else (alias or text)
    try:
        code = languages.validate(candidate)
    except WorkbenchError as exc:
        raise GlossaryError(f"unknown language code {raw!r}", hint=exc.hint) from None
    return code
