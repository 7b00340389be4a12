"""The translator's terminal editor (Textual). The only package that imports Textual.

Entry points: ``make_app`` (the app factory shared by the CLI and the tests) and ``run``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.project import Project


def run(project: Project, slug: str | None = None, lang: str | None = None, *,
        review: bool = False) -> int:
    from workbench.tui.app import make_app

    result = make_app(project, slug, lang, review=review).run()
    return int(result or 0)
