"""Translation memory: fuzzy matches, concordance, pre-translation and leverage analysis.

    tm = TranslationMemory.for_project(project, "ru")
    tm.lookup("The union was banned.", limit=5, min_score=70)   # -> [Match, …]
    tm.concordance("trade union")                                # -> [ConcordanceHit, …]
    pretranslate(project, "ru"); analyze(project, "ru")
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
    "pretranslate": "workbench.tm.pretranslate",
    "PretranslateReport": "workbench.tm.pretranslate",
    "analyze": "workbench.tm.analyze",
    "Analysis": "workbench.tm.analyze",
    "BANDS": "workbench.tm.analyze",
    "import_memory": "workbench.tm.importing",
    "ImportedFile": "workbench.tm.importing",
    "export_tmx": "workbench.tm.export",
    "TMSettings": "workbench.tm.settings",
}

__all__ = sorted(_EXPORTS)


# These two are modules named like their function; the modules are callable (see there).
_CALLABLE_MODULES = {"pretranslate", "analyze"}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'workbench.tm' has no attribute {name!r}")
    loaded = importlib.import_module(module)
    value = loaded if name in _CALLABLE_MODULES else getattr(loaded, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
