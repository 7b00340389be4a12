"""Shared fixtures: small projects built in temporary folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.project import Project

REPO_ROOT = Path(__file__).resolve().parents[1]


def write_project(root: Path, statements: dict[str, str], source: str = "en",
                  targets: tuple[str, ...] = ("ru", "be"), extra_config: str = "") -> Project:
    root.mkdir(parents=True, exist_ok=True)
    quoted = ", ".join(f'"{t}"' for t in targets)
    (root / "workbench.toml").write_text(
        f'[project]\nsource_language = "{source}"\ntarget_languages = [{quoted}]\n{extra_config}',
        encoding="utf-8",
    )
    (root / "corpus").mkdir(exist_ok=True)
    for slug, text in statements.items():
        (root / "corpus" / f"{slug}.md").write_text(text, encoding="utf-8")
    return Project.open(root)


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[..., Project]:
    def factory(statements: dict[str, str] | None = None, **kwargs: object) -> Project:
        statements = statements if statements is not None else {
            "demo": "# A demo\n\nThe union met on Aug. 9. It was sentenced to 25 days.\n\n- One item.\n"
        }
        return write_project(tmp_path / "project", statements, **kwargs)  # type: ignore[arg-type]

    return factory


# CI installs the system packages the tests use (see .ci/run) and sets this variable, so a test
# that needs one fails there instead of skipping; on a developer's machine it skips with a reason.
REQUIRE_SYSTEM_DEPS = bool(__import__("os").environ.get("WORKBENCH_REQUIRE_SYSTEM_DEPS"))


def require_system(available: bool, what: str) -> None:
    """Skip (locally) or fail (in CI) when a system package a test needs is not there."""
    if available:
        return
    if REQUIRE_SYSTEM_DEPS:
        pytest.fail(f"{what} is required in CI (.ci/run installs it) but is missing")
    pytest.skip(f"{what} is not installed")
