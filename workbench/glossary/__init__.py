"""The termbase: TBX/CSV io, inflection-aware term spotting and terminology checks.

Headless core used by the CLI (workbench glossary …), the QA engine and the TUI:

- ``load_termbase(project)``, ``read_termbase(path)``, ``write_tbx``, ``write_csv``
- ``termbase.spot(text, lang) -> list[TermHit]``
- ``check_translation(termbase, source, target, src_lang, tgt_lang) -> list[TermCheck]``
- ``check_catalogs(project, po_paths, lang, termbase) -> list[GlossaryFinding]``
- ``suggest_terms(project, lang)`` -> candidate terms with the translations already used
"""

from workbench.glossary.catalogs import GlossaryFinding, check_catalogs
from workbench.glossary.check import TermCheck, check_translation
from workbench.glossary.csvio import write_csv
from workbench.glossary.model import Concept, GlossaryError, Term, Termbase
from workbench.glossary.spotting import TermHit
from workbench.glossary.store import load_termbase, merge, read_termbase, save_termbase
from workbench.glossary.suggest import Suggestion, suggest_terms
from workbench.glossary.tbx_write import write_tbx

__all__ = [
    "Concept",
    "GlossaryError",
    "GlossaryFinding",
    "Suggestion",
    "Term",
    "TermCheck",
    "TermHit",
    "Termbase",
    "check_catalogs",
    "check_translation",
    "load_termbase",
    "merge",
    "read_termbase",
    "save_termbase",
    "suggest_terms",
    "write_csv",
    "write_tbx",
]
