"""Register Workbench's PO merge driver with git: .gitattributes plus the repository's config.

Both steps are idempotent. ``.gitattributes`` is committed, so every clone routes PO and POT
files to the driver; the driver's command line lives in ``.git/config``, which git never
clones, so each clone runs ``workbench git setup`` once (without it git falls back to its
line merge, as if nothing were configured).
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from workbench.atomic import atomic_write_text
from workbench.errors import WorkbenchError

ATTRIBUTES = ("*.po merge=workbench", "*.pot merge=workbench")
DRIVER_NAME = "Workbench: PO catalogs merged entry by entry"
ARGS = "merge-driver %O %A %B %P"


@dataclass
class GitSetup:
    attributes: Path
    attributes_changed: bool = False
    config_changed: bool = False
    in_repository: bool = True
    notes: list[str] = field(default_factory=list)


def driver_command() -> str:
    """The command git runs: ``workbench`` when it is on PATH, else this interpreter's module."""
    if shutil.which("workbench"):
        return f"workbench {ARGS}"
    return f"{shlex.quote(sys.executable)} -m workbench {ARGS}"


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True,
                              timeout=30)
    except FileNotFoundError:
        raise WorkbenchError("git is not installed", hint="install git, then run this again") from None


def in_git_repository(root: Path) -> bool:
    return shutil.which("git") is not None and \
        _git(root, "rev-parse", "--is-inside-work-tree").stdout.strip() == "true"


def write_attributes(root: Path) -> bool:
    """Add the merge attributes to ROOT/.gitattributes; True if the file changed."""
    path = root / ".gitattributes"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    lines = text.splitlines()
    missing = [line for line in ATTRIBUTES if line not in (ln.strip() for ln in lines)]
    if not missing:
        return False
    head = text if not text or text.endswith("\n") else text + "\n"
    atomic_write_text(path, head + "".join(f"{line}\n" for line in missing))
    return True


def configure_driver(root: Path) -> bool:
    """Set merge.workbench.{name,driver} in the repository's config; True if anything changed."""
    wanted = {"merge.workbench.name": DRIVER_NAME, "merge.workbench.driver": driver_command()}
    changed = False
    for key, value in wanted.items():
        if _git(root, "config", "--local", "--get", key).stdout.rstrip("\n") == value:
            continue
        done = _git(root, "config", "--local", key, value)
        if done.returncode != 0:
            raise WorkbenchError(f"git config failed: {done.stderr.strip()}", path=root)
        changed = True
    return changed


def setup_git(root: Path, require_repository: bool = True) -> GitSetup:
    """Register the driver for the project at ROOT. Outside a git repository only the
    attributes are written (or, with REQUIRE_REPOSITORY, a WorkbenchError is raised)."""
    result = GitSetup(root / ".gitattributes")
    if not in_git_repository(root):
        if require_repository:
            raise WorkbenchError("not inside a git repository", path=root,
                                 hint="run 'git init' (or clone the project) first")
        result.in_repository = False
        result.attributes_changed = write_attributes(root)
        result.notes.append("not a git repository yet: run 'workbench git setup' after 'git init'")
        return result
    result.attributes_changed = write_attributes(root)
    result.config_changed = configure_driver(root)
    return result
