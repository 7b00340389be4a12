"""The layering, checked statically over every module's imports (lazy ones inside functions
included), and `workbench tui` reporting user errors as one line.

Rules (DESIGN.md): the core never imports Textual, the TUI or the CLI; the segmenter never
imports the catalog layer. Importing packages to look at ``sys.modules`` misses submodules that
load lazily; reading the source does not.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import workbench
from workbench.cli import main

PACKAGE = Path(workbench.__file__).parent
FRONT_ENDS = ("workbench.tui", "workbench.cli", "workbench.__main__")
# (modules the rule applies to, imports they must not make, why)
RULES = [
    (lambda m: not m.startswith(FRONT_ENDS), ("textual", "workbench.tui", "workbench.cli"),
     "the core is headless: no Textual, TUI or CLI"),
    (lambda m: m.startswith("workbench.segment"), ("workbench.catalog",),
     "segmentation knows nothing of catalogs"),
]


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, module: str) -> list[tuple[str, int]]:
    """Every module ``path`` imports, absolute, with its line."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.append((base, node.lineno))
            found += [(f"{base}.{alias.name}", node.lineno) for alias in node.names]
    return found


def violations(root: Path) -> list[str]:
    out = []
    for path in sorted(root.rglob("*.py")):
        module = module_name(path, root)
        for applies, banned, why in RULES:
            if not applies(module):
                continue
            for name, line in imports_of(path, module):
                if any(name == b or name.startswith(b + ".") for b in banned):
                    out.append(f"{path.relative_to(root.parent)}:{line}: imports {name} ({why})")
    return sorted(set(out))


def test_every_module_keeps_the_layering() -> None:
    assert len(list(PACKAGE.rglob("*.py"))) > 50  # the whole package is read
    assert violations(PACKAGE) == []


def test_the_check_catches_a_core_module_importing_textual_or_the_cli(tmp_path: Path) -> None:
    root = tmp_path / "workbench"
    (root / "tm").mkdir(parents=True)
    (root / "segment").mkdir()
    (root / "tui").mkdir()
    (root / "tm" / "memory.py").write_text("def f():\n    from textual.app import App\n")
    (root / "tm" / "index.py").write_text("from ..cli import main\n")
    (root / "segment" / "blocks.py").write_text("import workbench.catalog.pofile\n")
    (root / "tui" / "app.py").write_text("import textual\nfrom workbench.cli import main\n")
    assert violations(root) == [
        "workbench/segment/blocks.py:1: imports workbench.catalog.pofile "
        "(segmentation knows nothing of catalogs)",
        "workbench/tm/index.py:1: imports workbench.cli (the core is headless: no Textual, "
        "TUI or CLI)",
        "workbench/tm/index.py:1: imports workbench.cli.main (the core is headless: no "
        "Textual, TUI or CLI)",
        "workbench/tm/memory.py:2: imports textual.app (the core is headless: no Textual, "
        "TUI or CLI)",
        "workbench/tm/memory.py:2: imports textual.app.App (the core is headless: no "
        "Textual, TUI or CLI)",
    ]


def test_unknown_statement_is_one_line(project, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--project", str(project.root), "tui", "nope", "--lang", "uk"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("workbench: error:") and "nope" in err
    assert len(err.strip().splitlines()) == 1


def test_language_not_in_project_is_one_line(project, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--project", str(project.root), "tui", "demo", "--lang", "de"])
    err = capsys.readouterr().err
    assert code == 2 and "not a target language" in err


def test_without_a_terminal_it_says_so(project, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--project", str(project.root)])  # no command: the editor
    err = capsys.readouterr().err
    assert code == 2 and "needs a terminal" in err


def test_alt_digits_arrive_as_alt_keys() -> None:
    from textual import _ansi_sequences

    from workbench.tui.keys import enable_alt_digits

    enable_alt_digits()
    assert "\x1b1" not in _ansi_sequences.ANSI_SEQUENCES_KEYS
