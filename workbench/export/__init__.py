"""Publication and interchange: translated statements (md, html, txt), MO files, XLIFF 1.2.

- :mod:`reassemble` rebuilds a statement in a language from its catalog (``rebuild``);
- :mod:`gate` says whether it may be published (``check_ready``, ``NotReady``);
- :mod:`md`, :mod:`plain`, :mod:`htmlpage` write it, with :mod:`typography` for the target;
- :mod:`publish` ties them together (``export_statement``, ``export_all``);
- :mod:`mo` compiles catalogs; :mod:`xliff` and :mod:`xliff_import` exchange them.

Submodules are imported on use, so importing this package stays cheap.
"""

from __future__ import annotations

from typing import Any

_API = {
    "rebuild": "reassemble", "Rebuilt": "reassemble", "Piece": "reassemble", "Gap": "reassemble",
    "check_ready": "gate", "Readiness": "gate", "NotReady": "gate",
    "render": "publish", "export_statement": "publish", "export_all": "publish",
    "compile_catalog": "mo", "compile_project": "mo",
    "export_xliff": "xliff", "build_xliff": "xliff", "import_xliff": "xliff_import",
}

__all__ = sorted(_API)


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'workbench.export' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(f"workbench.export.{module}"), name)
