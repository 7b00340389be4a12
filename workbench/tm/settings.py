"""TM options from the ``[tm]`` table of workbench.toml, with defaults that work unset."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from workbench.errors import WorkbenchError
from workbench.project import Project

SHARED_KEYS = frozenset({"shared", "shared_scope", "shared_collection", "shared_timeout"})


@dataclass(frozen=True)
class TMSettings:
    # Score points taken off a match; see scoring.py. Imported memories cost nothing by
    # default, so an identical source from an imported catalog is still a 100% match.
    fuzzy_penalty: int = 5
    import_penalty: int = 0
    case_penalty: int = 1
    punctuation_penalty: int = 1
    whitespace_penalty: int = 1
    number_penalty: int = 1
    # Imports larger than this are refused before parsing (a TMX of 1M units is ~300 MB).
    max_import_mb: int = 512
    # How many index candidates are verified with the exact scorer per lookup.
    candidates: int = 1024

    @classmethod
    def from_config(cls, table: dict[str, Any]) -> TMSettings:
        """The ``[tm]`` table, checked; the shared-memory keys are shared/config.py's.

        >>> TMSettings.from_config({"fuzzy-penalty": 10, "shared": "orgtm"}).fuzzy_penalty
        10
        >>> TMSettings.from_config({"fuzzy_penalty": -1})
        Traceback (most recent call last):
        ...
        workbench.errors.WorkbenchError: [tm] fuzzy_penalty must be a whole number >= 0, not -1
        """
        known = {f.name: f for f in fields(cls)}
        values: dict[str, int] = {}
        for key, value in table.items():
            name = key.replace("-", "_")
            if name in SHARED_KEYS:  # the shared memory's, read by shared/config.py
                continue
            if name not in known:
                raise WorkbenchError(f"unknown option [tm] {key}",
                                     hint=f"known: {', '.join(sorted({*known, *SHARED_KEYS}))}")
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise WorkbenchError(f"[tm] {key} must be a whole number >= 0, not {value!r}")
            values[name] = value
        return cls(**values)


def settings_of(project: Project) -> TMSettings:
    return TMSettings.from_config(project.config.section("tm"))
