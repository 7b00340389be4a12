"""The editor's background work: TM and glossary lookups, live QA, loading the helpers,
the whole-catalog analysis. Each runs in a thread worker and posts its result back; a result
for a segment the translator already left is dropped. Mixed into EditorScreen."""
# self is typed as EditorScreen, the class that mixes this one in; mypy calls that "misc".
# mypy: disable-error-code="misc"

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.message import Message
from textual.worker import get_current_worker

from workbench.tui.services.assist import Lookup
from workbench.tui.widgets.editor.bars import PanelTabs
from workbench.tui.widgets.editor.panels import FindingsPanel, MatchList, TermsPanel

if TYPE_CHECKING:
    from workbench.tui.screens.editor import EditorScreen

class SegmentLookedUp(Message):
    def __init__(self, index: int, lookup: Lookup) -> None:
        super().__init__()
        self.index, self.lookup = index, lookup


class SegmentChecked(Message):
    def __init__(self, index: int, text: tuple[str, ...], findings: list[Any],
                 hints: Any) -> None:
        super().__init__()
        self.index, self.text, self.findings, self.hints = index, text, findings, hints


class HelpersLoaded(Message):
    """The glossary, checks and pivot finished loading (or failed, with notes)."""


class MemoryChanged(Message):
    """The TM took in new units: look the current segment up again."""


class MemoryLoaded(Message):
    """The TM finished loading (or failed, with a note)."""


class ScoresFound(Message):
    def __init__(self, scores: dict[int, float]) -> None:
        super().__init__()
        self.scores = scores


class CatalogChecked(Message):
    def __init__(self, findings: list[Any]) -> None:
        super().__init__()
        self.findings = findings



class EditorAssist:
    """Lookups and checks of the editor screen."""

    lookup: Lookup | None
    lookup_index: int | None

    def refresh_assist(self: EditorScreen) -> None:
        """Look the current segment up again (the glossary changed), keeping the target."""
        if not len(self.session):
            return
        cached = self._cached_lookup(self.index)
        if cached is not None:
            self.apply_lookup(self.index, cached)
        else:
            self.start_lookup(self.index)
        self.check_now()

    def start_lookup(self: EditorScreen, index: int) -> None:
        if self.helpers_ready:
            prev, nxt = self.neighbours(index)
            self.lookup_worker(index, self.session.source(index), self.session.target(index),
                               prev, nxt, self._prefetch_after(index))

    def _prefetch_after(self: EditorScreen, index: int) -> list[tuple[str, str | None, str | None]]:
        nxt = self.session.next_needing_work(index)
        return [] if nxt is None else [(self.session.source(nxt), *self.neighbours(nxt))]

    @work(thread=True, exclusive=True, group="lookup", exit_on_error=False)
    def lookup_worker(self: EditorScreen, index: int, source: str, target: str, prev: str | None,
                      nxt: str | None, prefetch: list[tuple[str, str | None, str | None]]) -> None:
        self.post_message(SegmentLookedUp(index, self.assist.lookup(source, target, prev, nxt)))
        for args in prefetch:  # the likely next segment, so Enter shows its matches at once
            self.assist.matches(*args)

    def on_memory_changed(self: EditorScreen) -> None:
        self.scores.clear()
        if len(self.session):
            self.start_lookup(self.index)

    def on_segment_looked_up(self: EditorScreen, message: SegmentLookedUp) -> None:
        if message.lookup.matches:
            self._record_score(message.index, message.lookup.matches)
        if message.index == self.index:
            self.apply_lookup(message.index, message.lookup)

    def apply_lookup(self: EditorScreen, index: int, lookup: Lookup) -> None:
        self.lookup, self.lookup_index = lookup, index
        self.source_view.show(self.source_text(index), [(h.start, h.end) for h in lookup.hints])
        self.query_one(MatchList).show(lookup.matches, self.assist.tm_note)
        self.query_one(TermsPanel).show(lookup.hints, self.assist.terms_note)
        self.query_one(PanelTabs).show(tm=str(len(lookup.matches) or ""),
                                       terms=str(len(lookup.hints) or ""))

    def _record_score(self: EditorScreen, index: int, matches: list[Any]) -> None:
        best = max((getattr(m, "score", 0) for m in matches), default=None)
        if best is not None and self.scores.get(index) != best:
            self.scores[index] = best
            self.segments.update_score(index, best)

    @work(thread=True, exclusive=True, group="tm-refresh", exit_on_error=False)
    def refresh_tm_worker(self: EditorScreen) -> None:
        """The TM takes in what changed (a save here, a `tm import` elsewhere); the current
        segment is looked up again if anything did (no termbase or widget touched here)."""
        if self.assist.refresh_tm() and not get_current_worker().is_cancelled:
            self.post_message(MemoryChanged())

    @work(thread=True, exclusive=True, group="pivot", exit_on_error=False)
    def pivot_worker(self: EditorScreen) -> None:
        self.pivot.load()
        self.app.call_from_thread(self.show_pivot)

    # -- QA ----------------------------------------------------------------------------------
    def check_current(self: EditorScreen) -> None:
        """Live QA while typing (debounced), in a worker."""
        if self.helpers_ready and len(self.session):
            i = self.index
            self.check_worker(i, self.session.entries[i], self.session.source(i),
                              self.forms.texts())

    def check_now(self: EditorScreen) -> None:
        """QA of a segment just shown: a few milliseconds, done at once so the panels fill in
        the same frame as the rest."""
        if self.helpers_ready and len(self.session):
            i, text = self.index, self.forms.texts()
            hints = self.lookup.hints if self.lookup_index == i and self.lookup else \
                self.assist.hints(self.session.source(i), text[0])
            self.apply_check(i, text, self.assist.check(self.session.entries[i], text), hints)

    @work(thread=True, exclusive=True, group="qa", exit_on_error=False)
    def check_worker(self: EditorScreen, index: int, entry: Any, source: str,
                     text: tuple[str, ...]) -> None:
        findings = self.assist.check(entry, text)
        hints = self.assist.hints(source, text[0])
        if not get_current_worker().is_cancelled:  # a newer keystroke's check replaced it
            self.post_message(SegmentChecked(index, text, findings, hints))

    def on_segment_checked(self: EditorScreen, message: SegmentChecked) -> None:
        self.apply_check(message.index, message.text, message.findings, message.hints)

    def apply_check(self: EditorScreen, i: int, text: tuple[str, ...], findings: list[Any],
                    hints: Any) -> None:
        had = bool(self.findings.get(i))
        if findings:
            self.findings[i] = findings
        else:
            self.findings.pop(i, None)
        if had != bool(findings):
            self.refresh_row(i)
        if i != self.index:
            return
        self.query_one(FindingsPanel).show(findings, self.assist.qa_note)
        self.query_one(TermsPanel).show(hints, self.assist.terms_note)
        self.query_one(PanelTabs).show(qa=str(len(findings) or ""))
        if text == self.forms.texts():
            for form, area in enumerate(self.forms.areas[: self.forms.count]):
                area.mark_findings([span for f in findings for span in getattr(f, "spans", ())
                                    if (getattr(f, "form", None) or 0) == form])

    # -- helpers loading -----------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_helpers(self: EditorScreen) -> None:
        """Glossary, checks and pivot first (quick), then the TM (its first index build of a
        big project can take a while; the other panels do not wait for it)."""
        self.assist.load_termbase()
        self.assist.load_checks(self.session.catalog)
        self.pivot.load()
        self.post_message(HelpersLoaded())
        self.assist.load_tm()
        self.post_message(MemoryLoaded())

    def on_helpers_loaded(self: EditorScreen) -> None:
        self.helpers_ready = True
        self.show_pivot()
        if len(self.session):
            self.show_segment(self.index, focus=False)
        self.catalog_check_worker(self.session.catalog)

    def on_memory_loaded(self: EditorScreen) -> None:
        if not len(self.session):
            return
        self.refresh_assist()
        if self.assist.tm is not None:
            self.analyse_worker([(i, self.session.source(i), *self.neighbours(i))
                                 for i in range(len(self.session))])
        else:
            self.query_one(MatchList).show([], self.assist.tm_note)

    @work(thread=True, exclusive=True, group="catalog-qa", exit_on_error=False)
    def catalog_check_worker(self: EditorScreen, catalog: Any) -> None:
        self.post_message(CatalogChecked(self.assist.check_all(catalog)))

    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def analyse_worker(self: EditorScreen,
                       todo: list[tuple[int, str, str | None, str | None]]) -> None:
        """The best match % of every segment, in batches (fills the list's % column and the
        cache, so moving on shows matches at once)."""
        batch: dict[int, float] = {}
        for index, source, prev, nxt in todo:
            matches = self.assist.matches(source, prev, nxt)
            if matches:
                batch[index] = max(getattr(m, "score", 0) for m in matches)
            if len(batch) >= 50:
                self.post_message(ScoresFound(batch))
                batch = {}
        if batch:
            self.post_message(ScoresFound(batch))

    def on_scores_found(self: EditorScreen, message: ScoresFound) -> None:
        for index, score in message.scores.items():
            self._record_score(index, [_Score(score)])

    def on_catalog_checked(self: EditorScreen, message: CatalogChecked) -> None:
        found: dict[int, list[Any]] = {}
        for finding in message.findings:
            index = self.session.index_of((finding.msgctxt, finding.msgid))
            if index is not None:
                found.setdefault(index, []).append(finding)
        current = self.findings.get(self.index)
        self.findings = found
        if current is not None:
            self.findings[self.index] = current
        for index in set(found) | {self.index}:
            if index in self.segments:
                self.refresh_row(index)

class _Score:
    """A bare score for _record_score (the background analysis keeps only the best)."""

    def __init__(self, score: float) -> None:
        self.score = score
