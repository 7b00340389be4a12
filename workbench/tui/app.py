"""The Workbench terminal app. ``make_app()`` is shared by ``workbench tui`` and the tests."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.screen import Screen

from workbench.errors import WorkbenchError
from workbench.project import Project
from workbench.session import Session
from workbench.tui.keys import enable_alt_digits
from workbench.tui.screens.editor import EditorScreen
from workbench.tui.screens.editor_plus import IntegratedEditor
from workbench.tui.screens.home import HomeScreen
from workbench.tui.services.assist import Assistant
from workbench.tui.services.pivot import Pivot
from workbench.tui.state import UiState, state_path


class WorkbenchApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "Workbench"

    def __init__(self, project: Project, slug: str | None = None, lang: str | None = None,
                 *, review: bool = False) -> None:
        super().__init__()
        self.project = project
        self.start = (slug, lang)
        self.review = review  # open the editor in review mode (--review)
        self.ui_state = UiState.load(state_path(project.cache_dir))

    def on_mount(self) -> None:
        slug, lang = self.start
        # Straight into the editor when asked: the home screen is built when first needed.
        if not (slug and lang and self.open_editor(slug, lang)):
            self.push_screen(HomeScreen(self.project))

    def show_home(self) -> None:
        """Leave the editor for the statements (built now if the app started in the editor)."""
        if any(isinstance(s, HomeScreen) for s in self.screen_stack):
            self.pop_screen()
        else:
            self.switch_screen(HomeScreen(self.project))

    def open_editor(self, slug: str, lang: str) -> bool:
        """Open the editor on a catalog; a user error becomes a notification, not a crash."""
        try:
            session = Session.open(self.project, slug, lang)
            pivot = Pivot(self.project, slug, lang)
        except WorkbenchError as exc:
            self.notify(str(exc), title="Cannot open", severity="error", timeout=10)
            return False
        statement = self.project.statement(slug)
        assistant = Assistant(self.project, lang, statement.source_language, slug)
        self.ui_state = UiState(slug, lang)
        self.ui_state.save(state_path(self.project.cache_dir))
        self.push_screen(IntegratedEditor(session, assistant, pivot, review=self.review))
        return True

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        commands = getattr(screen, "palette_commands", None)
        if commands is not None:
            for title, help_text, callback in commands():
                yield SystemCommand(title, help_text, callback)
        yield from super().get_system_commands(screen)

    async def action_quit(self) -> None:
        # Typed text must reach the journal before the process ends.
        for screen in self.screen_stack:
            if isinstance(screen, EditorScreen):
                screen.sync_draft()
                screen.flush_journal(refresh=False)
        self.exit(0)


def make_app(project: Project | None = None, slug: str | None = None,
             lang: str | None = None, *, review: bool = False) -> WorkbenchApp:
    enable_alt_digits()
    project = project or Project.find()
    log_to(project.cache_dir / "logs" / "tui.log")
    return WorkbenchApp(project, slug, lang, review=review)


def log_to(path: Path) -> None:
    """Where the editor logs what its panels report (a helper's traceback): a file, since
    anything written to the terminal would draw over the screen."""
    log = logging.getLogger("workbench.tui")
    log.propagate = False
    if any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        return
    for old in list(log.handlers):
        log.removeHandler(old)
        old.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:  # a read-only project: the notes on the panels still say what failed
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
