"""The home screen: every statement in every language, with progress; select one to edit it."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from workbench import languages
from workbench.project import Project
from workbench.tui.services.overview import CatalogSummary, overview, statement_title
from workbench.tui.widgets.home.overview_table import OverviewTable

HOME_BINDINGS: list[BindingType] = [
    Binding("enter", "open", "Open", key_display="⏎", show=False,
            tooltip="Open the selected statement and language in the editor (or click it)"),
    Binding("f2", "glossary", "Glossary", key_display="F2", tooltip="Browse, search and add glossary terms"),
    Binding("r", "refresh", "Refresh", tooltip="Re-read the catalogs"),
    Binding("f1", "help", "Help", key_display="F1", tooltip="This list of keys"),
    Binding("q", "app.quit", "Quit", tooltip="Quit (ctrl+q works everywhere)"),
]


class OverviewLoaded(Message):
    def __init__(self, titles: dict[str, str], summaries: list[CatalogSummary]) -> None:
        super().__init__()
        self.titles, self.summaries = titles, summaries


def describe(summary: CatalogSummary | None, lang: str) -> Text:
    info = languages.info(lang)
    out = Text()
    out.append(f"{lang} ", style="bold reverse")
    out.append(f" {info.english_name} ({info.native_name})  ")
    if summary is None or summary.stats is None:
        out.append(summary.error if summary and summary.error else
                   "No catalog yet: opening it starts one from the template.", style="dim")
        return out
    st = summary.stats
    out.append(f"{st.translated}/{st.total} segments", style="green")
    out.append(f" · {st.fuzzy} fuzzy", style="yellow")
    out.append(f" · {st.untranslated} untranslated", style="red")
    out.append(f" · words {st.translated_words}/{st.total_words} ({st.percent('words'):.0f}%)")
    return out


class HomeScreen(Screen[None]):
    CSS_PATH = "../home.tcss"
    BINDINGS = HOME_BINDINGS

    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project
        self.summaries: dict[tuple[str, str], CatalogSummary] = {}
        self.loaded: OverviewLoaded | None = None

    def compose(self) -> ComposeResult:
        config = self.project.config
        yield Static(Text.assemble((" Workbench ", "bold reverse"), f"  {config.name}",
                                   (f"  source: {config.source_language}", "dim")),
                     id="home-title")
        yield OverviewTable(id="overview")
        yield Static("", id="details")
        yield Static(Text("Arrows choose a statement and a language · Enter or a click opens "
                          "the editor · F1 lists every key", style="dim"), id="home-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OverviewTable).focus()
        if self.is_current:  # opened straight into the editor: counted when first shown
            self.load()

    def on_screen_resume(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="overview", exit_on_error=False)
    def load(self) -> None:
        titles = {st.slug: statement_title(st) for st in self.project.statements()}
        self.post_message(OverviewLoaded(titles, overview(self.project)))

    def on_overview_loaded(self, message: OverviewLoaded) -> None:
        first = self.loaded is None
        self.loaded = message
        self.summaries = {(s.slug, s.lang): s for s in message.summaries}
        table = self.query_one(OverviewTable)
        keep = None if first else table.current()
        self.fill()
        if not message.titles:
            self.query_one("#details", Static).update(
                "No statements in corpus/ yet: add corpus/<slug>.md and run 'workbench update'.")
            return
        state = getattr(self.app, "ui_state", None)
        slug, lang = keep or (getattr(state, "slug", None), getattr(state, "lang", None))
        table.select(slug, lang)
        self.show_details()

    def fill(self) -> None:
        if self.loaded is None:
            return
        table = self.query_one(OverviewTable)
        langs = list(dict.fromkeys(s.lang for s in self.loaded.summaries))
        table.fill(self.loaded.titles, langs, self.summaries, table.size.width or self.app.size.width)

    def on_resize(self) -> None:
        def refit() -> None:
            table = self.query_one(OverviewTable)
            at = table.current()
            self.fill()
            if at is not None:
                table.select(*at)

        self.call_after_refresh(refit)

    def on_data_table_cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        self.show_details()

    def show_details(self) -> None:
        chosen = self.query_one(OverviewTable).current()
        if chosen is not None:
            title = self.loaded.titles.get(chosen[0], "") if self.loaded else ""
            details = Text.assemble((title, "bold"), (f"  {chosen[0]}\n", "dim"),
                                    describe(self.summaries.get(chosen), chosen[1]))
            self.query_one("#details", Static).update(details)

    def on_overview_table_catalog_chosen(self, message: OverviewTable.CatalogChosen) -> None:
        self.app.open_editor(message.slug, message.lang)  # type: ignore[attr-defined]

    def action_open(self) -> None:
        chosen = self.query_one(OverviewTable).current()
        if chosen is not None:
            self.app.open_editor(*chosen)  # type: ignore[attr-defined]

    def action_refresh(self) -> None:
        self.load()

    def action_help(self) -> None:
        from workbench.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def action_glossary(self) -> None:
        from workbench.tui.screens.glossary import GlossaryScreen
        from workbench.tui.services.assist import Assistant

        chosen = self.query_one(OverviewTable).current()
        lang = chosen[1] if chosen else (self.project.config.target_languages or ["en"])[0]
        assistant = Assistant(self.project, lang, self.project.config.source_language)
        assistant.load_termbase()
        self.app.push_screen(GlossaryScreen(assistant))

    def palette_commands(self) -> list[tuple[str, str, object]]:
        return [("Open the selected statement", "Enter", self.action_open),
                ("Glossary", "Browse and search terms (F2)", self.action_glossary),
                ("Refresh", "Re-read the catalogs (r)", self.action_refresh),
                ("Help", "Every key (F1)", self.action_help)]
