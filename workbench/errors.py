"""Errors meant for people: one line naming the file, the line, what is wrong and what to do."""

from __future__ import annotations

from pathlib import Path


class WorkbenchError(Exception):
    """A user-facing error. The CLI prints ``str(error)`` and exits non-zero, no traceback."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        self.hint = hint

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint}"


class ProjectNotFound(WorkbenchError):
    """No workbench.toml in the folder or any parent."""


class CatalogError(WorkbenchError):
    """A PO/POT/MO file that cannot be read or written."""


class ConflictError(WorkbenchError):
    """A file changed on disk since it was read, and the change could not be merged."""
