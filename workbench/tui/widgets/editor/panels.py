"""The side panels of the editor: TM matches, glossary hints, QA findings, context and pivot.

Each panel is given plain data by the editor screen (attributes down) and renders it; the
TM list reports a clicked match upwards. Panels have fixed sizes, so their updates repaint
only themselves.
"""

from __future__ import annotations

from typing import Any

import polib
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import Static

from workbench.tui.services.assist import TermHint

# workbench.tm's diff, in the match source's order: "insert" and "replace" hold words only the
# match has (struck out: not in your sentence), "delete" holds words only your sentence has.
DIFF_STYLES = {"insert": "strike red", "replace": "strike red", "delete": "underline green"}
SEVERITY_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}
STATUS_STYLES = {"translated": "green", "fuzzy": "yellow", "untranslated": "red"}


def clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def match_text(number: int, match: Any) -> Text:
    """'1 92% suggestion · origin', then the match's source with its differences (2 lines
    per match in an 80-column terminal, so three matches fit the narrow panel)."""
    score = getattr(match, "score", 0)
    style = "bold green" if score >= 100 else "bold yellow" if score >= 85 else "bold"
    text = Text()
    text.append(f"{number}", style="bold reverse")
    text.append(f" {int(score)}% ", style=style)
    text.append(str(getattr(match, "suggestion", None) or getattr(match, "target", "")))
    origin = getattr(match, "origin", "") or ""
    if getattr(match, "fuzzy", False):
        origin = f"{origin}, fuzzy" if origin else "fuzzy"
    if origin:
        text.append(f"  · {origin}", style="dim italic")
    text.append("\n")
    text.append_text(diff_text(match))
    return text


def diff_text(match: Any) -> Text:
    """The match's source, with what differs from the current source highlighted."""
    diff = getattr(match, "diff", None)
    if not diff:
        return Text(getattr(match, "source", ""), style="dim")
    out = Text(style="dim")
    for op, piece in diff:
        out.append(piece, style=DIFF_STYLES.get(op, ""))
    return out


class Panel(Static):
    """A side panel of fixed size: updating it repaints it alone, without a new layout (a
    layout per keystroke or per segment would repaint the whole screen)."""

    def put(self, content: Text) -> None:
        self.update(content, layout=False)


class MatchList(Panel):
    """TM matches; clicking one inserts it (MatchClicked, handled by the editor)."""

    class MatchClicked(Message):
        def __init__(self, number: int) -> None:
            super().__init__()
            self.number = number

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", **kwargs)  # type: ignore[arg-type]
        self.option_count = 0
        self._starts: list[int] = []  # first line of each match

    def show(self, matches: list[Any], note: str = "") -> None:
        self.option_count = min(9, len(matches))
        self._starts = []
        if not matches:
            self.put(Text(note or "No TM matches.", style="dim"))
            return
        out, line = Text(), 0
        for n, match in enumerate(matches[:9], 1):
            block = match_text(n, match)
            self._starts.append(line)
            if n > 1:
                out.append("\n")
            out.append_text(block)
            line += self._height_of(block)
        self.put(out)

    def _height_of(self, block: Text) -> int:
        """Lines the block takes on screen, wrapping included (for mapping clicks)."""
        width = self.content_size.width
        if width <= 0:
            return block.plain.count("\n") + 1
        return len(block.wrap(self.app.console, width))

    def on_click(self, event: events.Click) -> None:
        for number in range(len(self._starts), 0, -1):
            if event.y >= self._starts[number - 1]:
                self.post_message(self.MatchClicked(number))
                return


def once_per_concept(hints: list[TermHint]) -> list[TermHint]:
    """A term the source repeats is listed once (its first place)."""
    first: dict[str, TermHint] = {}
    for hint in hints:
        first.setdefault(hint.concept_id, hint)
    return list(first.values())


class TermsPanel(Panel):
    def show(self, hints: list[TermHint], note: str = "") -> None:
        hints = once_per_concept(hints)
        self.border_title = f"Glossary (ctrl+t) · {len(hints)}" if hints else "Glossary (ctrl+t)"
        if not hints:
            self.put(Text(note or "No glossary terms in this segment.", style="dim"))
            return
        out = Text()
        for n, hint in enumerate(hints):
            if n:
                out.append("\n")
            out.append(hint.source, style="bold underline")
            out.append(" → ")
            if hint.dnt:
                out.append(hint.source, style="green")
                out.append(" (keep as written)", style="italic dim")
            for k, (term, status) in enumerate([] if hint.dnt else hint.approved):
                out.append(", " if k else "")
                out.append(term, style="green" if status == "preferred" else "")
            for term in hint.forbidden:
                out.append("  ✗ ", style="red")
                out.append(term, style="strike red")
            if hint.problem:
                out.append(f"\n  ⚠ {hint.problem}", style="yellow")
            if hint.note:
                out.append(f"\n  {hint.note}", style="dim italic")
        self.put(out)


class FindingsPanel(Panel):
    def show(self, findings: list[Any], note: str = "") -> None:
        errors = sum(1 for f in findings if getattr(f, "severity", "") == "error")
        self.border_title = (f"QA · {len(findings)}" + (f" ({errors} error)" if errors else "")
                             + " · F3 lists all") if findings else "QA"
        if not findings:
            self.put(Text(note or "No QA findings.", style="dim"))
            return
        out = Text()
        for n, finding in enumerate(findings):
            severity = getattr(finding, "severity", "warning")
            out.append("\n" if n else "")
            out.append(f"{severity} ", style=SEVERITY_STYLES.get(severity, ""))
            out.append(getattr(finding, "message", str(finding)))
            check = getattr(finding, "check", "")
            if check:
                out.append(f" [{check}]", style="dim")
        self.put(out)


def about_entry(entry: polib.POEntry) -> list[tuple[str, str]]:
    """The entry's msgctxt, extracted comments (#.), references (#:) and translator comment
    (#, edited with ctrl+o), for the context panel."""
    about = []
    if entry.msgctxt:
        about.append(("context", entry.msgctxt))
    if entry.comment:
        about.append(("notes", " ".join(entry.comment.split("\n"))))
    if entry.occurrences:
        refs = [f"{path}:{line}" if line else path for path, line in entry.occurrences]
        about.append(("refs", " ".join(refs[:4]) + (" …" if len(refs) > 4 else "")))
    if entry.tcomment:
        about.append(("comment", " / ".join(entry.tcomment.split("\n"))))
    return about


class ContextPanel(Panel):
    def show(self, before: tuple[int, str, str] | None, after: tuple[int, str, str] | None,
             about: list[tuple[str, str]] | None = None) -> None:
        """``about``: what the catalog says of the entry (context, notes, references,
        the translator comment), above its neighbours."""
        out = Text()
        for label, value in about or []:
            out.append(f"{label} ", style="bold")
            out.append(value + "\n", style="italic" if label == "comment" else "")
        for label, item in (("prev", before), ("next", after)):
            if out:
                out.append("\n")
            if item is None:
                out.append(f"{label}: —", style="dim")
                continue
            number, source, target = item
            out.append(f"{label} #{number} ", style="bold")
            out.append(clip(source))
            out.append("\n    ")
            out.append(clip(target) or "(untranslated)", style="green" if target else "dim")
        self.put(out)


class PivotPanel(Panel):
    def show(self, lang: str | None, found: tuple[str, str] | None, note: str = "") -> None:
        if lang is None:
            self.put(Text(note or "No other language has a catalog for this statement.",
                             style="dim"))
            return
        out = Text()
        out.append(f"{lang}: ", style="bold")
        if found is None or not found[0]:
            out.append("(not translated)", style="dim")
        else:
            text, status = found
            out.append(text)
            if status != "translated":
                out.append(f"  ({status})", style=STATUS_STYLES.get(status, ""))
        self.put(out)
