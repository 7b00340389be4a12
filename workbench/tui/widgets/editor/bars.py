"""One-line bars of the editor: the status line on top and the panel tabs (narrow layout)."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import Static

from workbench.catalog.stats import CatalogStats
from workbench.tui.services.titles import fit_title

PANELS = ("tm", "terms", "qa", "context", "pivot")
PANEL_LABELS = {"tm": "TM", "terms": "Terms", "qa": "QA", "context": "Context", "pivot": "Pivot"}


class StatusLine(Static):
    """statement · language · segment n/total · counts · filter · save state."""

    def show(self, *, slug: str, lang: str, number: int | None, total: int, shown: int,
             stats: CatalogStats, drafts: int, filter_label: str, saved: str,
             title: str = "", errors: int = 0) -> None:
        out = Text(no_wrap=True, overflow="ellipsis")
        out.append(f" {lang} ", style="bold reverse")
        width = self.size.width or 80
        out.append(f" {fit_title(title or slug, max(12, width // 3))} ", style="bold")
        out.append(f" #{number or '-'}/{total} ")
        out.append(f"✓{stats.translated} ", style="green")
        out.append(f"~{stats.fuzzy} ", style="yellow")
        out.append(f"·{stats.untranslated} ", style="red")
        if drafts:
            out.append(f"✎{drafts} ", style="cyan")
        if errors:
            out.append(f"✗{errors} ", style="bold red")
        if filter_label != "all":
            out.append(f" {filter_label}: {shown} ", style="reverse")
        if saved:
            out.append(f" {saved} ", style="dim")
        out.append(f" {slug}", style="dim")
        self.update(out, layout=False)


class PanelTabs(Static):
    """Which side panel shows in the narrow layout; click a label or press F8 to switch."""

    class PanelPicked(Message):
        def __init__(self, panel: str) -> None:
            super().__init__()
            self.panel = panel

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", **kwargs)  # type: ignore[arg-type]
        self.current = "tm"
        self.counts: dict[str, str] = {}
        self._ranges: list[tuple[int, int, str]] = []

    def show(self, current: str | None = None, **counts: str) -> None:
        if current is not None:
            self.current = current
        self.counts.update(counts)
        out = Text(no_wrap=True, overflow="ellipsis")
        self._ranges = []
        for panel in PANELS:
            label = PANEL_LABELS[panel]
            extra = self.counts.get(panel, "")
            piece = f" {label}{' ' + extra if extra else ''} "
            start = len(out)
            out.append(piece, style="bold reverse" if panel == self.current else "")
            self._ranges.append((start, len(out), panel))
            out.append("│", style="dim")
        out.append(" F8 next panel", style="dim")
        self.update(out, layout=False)

    def on_click(self, event: events.Click) -> None:
        for start, end, panel in self._ranges:
            if start <= event.x < end:
                self.post_message(self.PanelPicked(panel))
                return
