"""Language codes in glossary files: CLDR codes, plus the ISO 639-2/3 codes some tools write.

memoQ and other tools label languages "eng", "rus" or "eng-US"; we map them to the CLDR code
("en", "ru", "en_US") through Babel's alias table, then validate with workbench.languages.
"""

from __future__ import annotations

from workbench import languages
from workbench.errors import WorkbenchError
from workbench.glossary.model import GlossaryError


def language_code(raw: str) -> str:
    """The validated, normalized code for a language label; GlossaryError when unknown."""
    text = raw.strip()
    if not text:
        raise GlossaryError("missing language code", hint="give each language a code such as en, ru")
    try:
        return languages.validate(text)  # gettext names, BCP 47 and ISO 639-2/3 ("eng-US")
    except WorkbenchError as exc:
        raise GlossaryError(f"unknown language code {raw!r}", hint=exc.hint) from None
