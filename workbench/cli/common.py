"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from typing import Any

from workbench.project import Project


def project_of(args: argparse.Namespace) -> Project:
    explicit = getattr(args, "project", None)
    project = Project.open(explicit) if explicit else Project.find()
    for path in project.unreadable_statements():  # said, not skipped silently
        print(f"workbench: warning: {path.relative_to(project.root)}: not read as a statement: "
              "a name has letters, digits, '.', '_' and '-' only, starting with a letter or "
              "digit (rename the file)", file=sys.stderr)
    return project


def print_json_lines(items: Any) -> None:
    for item in items:
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _project_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--project", metavar="DIR", default=argparse.SUPPRESS,
                        help="project folder (default: search upward from here)")
    return parent


# Parent parser so that `workbench CMD --project DIR` works as well as `workbench --project DIR CMD`.
PROJECT_OPTION = _project_option()


# -------------------------------------------------------------- the last line of defence

INTERNAL_ERROR = 70  # EX_SOFTWARE: a bug, not bad input (which exits 2) nor findings (1)
_OS_ERRORS = (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.EISDIR, errno.ENOTDIR,
              errno.ENOENT, errno.EEXIST, errno.EDQUOT, errno.EIO, errno.ENAMETOOLONG,
              errno.ELOOP, errno.EMFILE, errno.ENOTEMPTY, errno.EFBIG)


def one_line(text: str) -> str:
    """The message on one line: a newline or other control character in a file name or a
    value is shown escaped, so an error is always exactly one line."""
    return "".join(c if c.isprintable() or c == " " else repr(c)[1:-1] for c in text)


def describe_os_error(exc: OSError) -> str:
    """One line: the file and what the system said, e.g. 'locales/uk/x.po: No space left'."""
    what = exc.strerror or str(exc)
    where = exc.filename if exc.filename is not None else None
    if exc.filename2 is not None:
        where = f"{exc.filename} -> {exc.filename2}"
    hint = {errno.ENOSPC: "free some space and run it again; nothing was half-written",
            errno.EROFS: "the file system is read-only", errno.EACCES: "check the permissions"}
    tail = f" ({hint[exc.errno]})" if exc.errno in hint else ""
    return f"{where}: {what}{tail}" if where else f"{what}{tail}"


def report_unexpected(exc: BaseException) -> int:
    """Print one line (never a traceback) and exit 2 for a filesystem error, 70 for a bug.

    The traceback of a bug goes to a file named in the line; WORKBENCH_DEBUG=1 re-raises."""
    if isinstance(exc, OSError) and (exc.errno in _OS_ERRORS or exc.filename is not None):
        print(f"workbench: error: {one_line(describe_os_error(exc))}", file=sys.stderr)
        return 2
    if os.environ.get("WORKBENCH_DEBUG"):
        raise exc
    details = _save_traceback(exc)
    where = f"; details in {details}" if details else ""
    summary = one_line(" ".join(str(exc).split()))[:200]
    print(f"workbench: internal error: {type(exc).__name__}: {summary}{where} "
          "(please report it)", file=sys.stderr)
    return INTERNAL_ERROR


def _save_traceback(exc: BaseException) -> str | None:
    import tempfile
    import traceback

    try:
        fd, name = tempfile.mkstemp(prefix="workbench-error-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(f"workbench {' '.join(sys.argv[1:])}\n")
            handle.write("".join(traceback.format_exception(exc)))
        return name
    except Exception:  # noqa: BLE001 - the line is printed even if the log cannot be
        return None
