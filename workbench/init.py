"""`workbench init`: a new, empty project folder."""

from __future__ import annotations

from pathlib import Path

from workbench import languages
from workbench.atomic import atomic_write_text
from workbench.errors import WorkbenchError
from workbench.gitsetup import setup_git
from workbench.project import CONFIG_NAME


def config_text(source: str, targets: list[str]) -> str:
    quoted = ", ".join(f'"{t}"' for t in targets)
    return (
        "# Workbench project: source and target languages (CLDR codes), and options.\n"
        "[project]\n"
        f'source_language = "{source}"\n'
        f"target_languages = [{quoted}]\n"
        "\n"
        "# A statement written in another language says so here:\n"
        '# [statements."some-slug"]\n'
        '# source_language = "ru"\n'
        "\n"
        "[tm]\n"
        "# Points taken off matches from fuzzy entries and from imported memories\n"
        "# (an imported penalty above 0 keeps exact imported matches below 100%).\n"
        "fuzzy_penalty = 5\n"
        "import_penalty = 0\n"
    )


def init_project(folder: Path, source: str, targets: list[str]) -> Path:
    source = languages.validate(source)
    targets = [languages.validate(t) for t in targets]
    folder = folder.resolve()
    if (folder / CONFIG_NAME).exists():
        raise WorkbenchError("already a Workbench project", path=folder / CONFIG_NAME)
    try:
        for sub in ("corpus", "locales", "glossary", "tm"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # /proc/x, a read-only disk, a file in the way
        raise WorkbenchError(f"cannot make a project here: {exc.strerror or exc}",
                             path=exc.filename or folder) from exc
    gitignore = folder / ".gitignore"
    lines = gitignore.read_text(encoding="utf-8").splitlines() if gitignore.exists() else []
    wanted = [line for line in (".workbench/", "dist/", ".*.lock") if line not in lines]
    if wanted:  # caches, exports, and the writers' locks (see workbench/locking.py)
        atomic_write_text(gitignore, "\n".join([*lines, *wanted]) + "\n")
    setup_git(folder, require_repository=False)  # PO merge driver (workbench git setup)
    # The config last: it makes the folder a project, so a failed init can simply be rerun.
    atomic_write_text(folder / CONFIG_NAME, config_text(source, targets))
    return folder
