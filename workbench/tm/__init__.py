"""Translation memory: fuzzy matches, concordance, pre-translation and leverage analysis.

    tm = TranslationMemory.for_project(project, "ru")
    tm.lookup("The union was banned.", limit=5, min_score=70)   # -> [Match, …]
    tm.concordance("trade union")                                # -> [ConcordanceHit, …]
    pretranslate.pretranslate(project, "ru"); analyze.analyze(project, "ru")   # submodules
    import_memory(project, ["old.tmx"]); export_tmx(project, "ru", "out.tmx")

Heavy modules (numpy, rapidfuzz) load on first use, so importing this package is cheap.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "TranslationMemory": "workbench.tm.memory",
    "Match": "workbench.tm.memory",
    "ConcordanceHit": "workbench.tm.concordance",
    "Hit": "workbench.tm.memory",
    "PretranslateReport": "workbench.tm.pretranslate",
    "Analysis": "workbench.tm.analyze",
    "BANDS": "workbench.tm.analyze",
    "import_memory": "workbench.tm.importing",
    "ImportedFile": "workbench.tm.importing",
    "export_tmx": "workbench.tm.export",
    "TMSettings": "workbench.tm.settings",
}

# Submodules named like their main function: ``workbench.tm.pretranslate`` is always the
# module (Python binds a submodule to its package once imported, so a function of the same
# name could not stay there); call ``pretranslate.pretranslate``.
_SUBMODULES = ("pretranslate", "analyze", "shared")

__all__ = sorted([*_EXPORTS, *_SUBMODULES])


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"workbench.tm.{name}")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'workbench.tm' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
