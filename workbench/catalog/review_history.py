"""The text a reviewer approved, found again in git's history of the catalog.

A sign-off keeps only a fingerprint of what was approved (the file stays small and diffs stay
quiet). When the sign-off has gone stale, the editor's review mode shows what changed since:
this module walks the catalog's recent commits and returns the translation whose fingerprint
is the signed one.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib

from workbench.catalog import review
from workbench.catalog.pofile import parse_catalog
from workbench.errors import WorkbenchError


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "-C", str(folder), *args], capture_output=True, timeout=30)


def approved_text(path: Path, entry: polib.POEntry, max_commits: int = 50) -> list[str] | None:
    """The approved forms (one string, or one per plural form) of ENTRY's sign-off, from the
    last MAX_COMMITS commits of the catalog at PATH; None if not found (or no git)."""
    signed = review.sign_off(entry)
    if signed is None:
        return None
    path = path.resolve()
    try:
        log = _git(path.parent, "log", f"-{max_commits}", "--format=%H", "--", path.name)
        top = _git(path.parent, "rev-parse", "--show-toplevel")
    except (OSError, subprocess.SubprocessError):
        return None
    if log.returncode != 0 or top.returncode != 0:
        return None
    rel = path.relative_to(Path(top.stdout.decode().strip()).resolve()).as_posix()
    keys = {(entry.msgctxt, entry.msgid), (entry.previous_msgctxt, entry.previous_msgid)}
    for commit in log.stdout.decode().split():
        shown = _git(path.parent, "show", f"{commit}:{rel}")
        if shown.returncode != 0:
            continue
        try:
            old = parse_catalog(shown.stdout)
        except WorkbenchError:
            continue
        for candidate in old:
            if (candidate.msgctxt, candidate.msgid) in keys and \
                    review.fingerprint(candidate) == signed.fingerprint:
                if candidate.msgid_plural:
                    return [v for _, v in sorted((int(k), v) for k, v in candidate.msgstr_plural.items())]
                return [candidate.msgstr]
    return None
