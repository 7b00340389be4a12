"""The editor's background work: TM and glossary lookups, live QA, loading the helpers,
the whole-catalog analysis. A controller composed into the editor screen (``screen.assisting``):
each job runs in a thread worker of the screen and posts its result back as an ``Assisted``
message, applied on the main thread in the order posted; a result for a segment the translator
already left is dropped. The screen is reached only through ``AssistHost``."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from textual.message import Message
from textual.worker import get_current_worker

from workbench.session import Session
from workbench.tui.services.assist import Assistant, Lookup
from workbench.tui.services.pivot import Pivot
from workbench.tui.widgets.editor.bars import PanelTabs
from workbench.tui.widgets.editor.panels import FindingsPanel, MatchList, TermsPanel
from workbench.tui.widgets.editor.segment_list import SegmentList
from workbench.tui.widgets.editor.source_view import SourceView
from workbench.tui.widgets.editor.target_forms import TargetForms

Job = list[tuple[str, str | None, str | None]]


class Assisted(Message):
    """A worker's result, to apply on the main thread (the screen runs ``apply``)."""

    def __init__(self, apply: Callable[[], None]) -> None:
        super().__init__()
        self.apply = apply


class AssistHost(Protocol):
    """What the controller needs of the editor screen."""

    session: Session
    assist: Assistant
    pivot: Pivot
    index: int
    helpers_ready: bool
    findings: dict[int, list[Any]]
    scores: dict[int, float]
    lookup: Lookup | None
    lookup_index: int | None

    @property
    def segments(self) -> SegmentList: ...
    @property
    def forms(self) -> TargetForms: ...
    @property
    def source_view(self) -> SourceView: ...
    def query_one(self, selector: Any) -> Any: ...
    def post_message(self, message: Message) -> bool: ...
    def run_worker(self, work: Any, name: str | None = "", group: str = "default",
                   description: str = "", exit_on_error: bool = True, start: bool = True,
                   exclusive: bool = False, thread: bool = False) -> Any: ...
    def neighbours(self, index: int) -> tuple[str | None, str | None]: ...
    def cached_lookup(self, index: int) -> Lookup | None: ...
    def source_text(self, index: int) -> str: ...
    def refresh_row(self, index: int) -> None: ...
    def show_pivot(self) -> None: ...
    def show_segment(self, index: int, *, focus: bool = True) -> None: ...


class Assisting:
    """Lookups and checks of the editor screen."""

    def __init__(self, host: AssistHost) -> None:
        self.host = host

    def _thread(self, group: str, job: Callable[[], None]) -> None:
        self.host.run_worker(job, group=group, exclusive=True, thread=True, exit_on_error=False)

    def _post(self, apply: Callable[[], None]) -> None:
        self.host.post_message(Assisted(apply))

    def refresh_assist(self) -> None:
        """Look the current segment up again (the glossary changed), keeping the target."""
        h = self.host
        if not len(h.session):
            return
        cached = h.cached_lookup(h.index)
        if cached is not None:
            self.apply_lookup(h.index, cached)
        else:
            self.start_lookup(h.index)
        self.check_now()

    def start_lookup(self, index: int) -> None:
        h = self.host
        if h.helpers_ready:
            prev, nxt = h.neighbours(index)
            self._thread("lookup", partial(self._lookup_job, index, h.session.source(index),
                                           h.session.target(index), prev, nxt,
                                           self._prefetch_after(index)))

    def _prefetch_after(self, index: int) -> Job:
        h = self.host
        nxt = h.session.next_needing_work(index)
        return [] if nxt is None else [(h.session.source(nxt), *h.neighbours(nxt))]

    def _lookup_job(self, index: int, source: str, target: str, prev: str | None,
                    nxt: str | None, prefetch: Job) -> None:
        lookup = self.host.assist.lookup(source, target, prev, nxt)
        self._post(partial(self._looked_up, index, lookup))
        for args in prefetch:  # the likely next segment, so Enter shows its matches at once
            self.host.assist.matches(*args)

    def _memory_changed(self) -> None:
        self.host.scores.clear()
        if len(self.host.session):
            self.start_lookup(self.host.index)

    def _looked_up(self, index: int, lookup: Lookup) -> None:
        if lookup.matches:
            self._record_score(index, max(getattr(m, "score", 0) for m in lookup.matches))
        if index == self.host.index:
            self.apply_lookup(index, lookup)

    def apply_lookup(self, index: int, lookup: Lookup) -> None:
        h = self.host
        h.lookup, h.lookup_index = lookup, index
        h.source_view.show(h.source_text(index), [(t.start, t.end) for t in lookup.hints])
        h.query_one(MatchList).show(lookup.matches, h.assist.tm_note)
        h.query_one(TermsPanel).show(lookup.hints, h.assist.terms_note)
        h.query_one(PanelTabs).show(tm=str(len(lookup.matches) or ""),
                                    terms=str(len(lookup.hints) or ""))

    def _record_score(self, index: int, best: float) -> None:
        if self.host.scores.get(index) != best:
            self.host.scores[index] = best
            self.host.segments.update_score(index, best)

    def refresh_tm_worker(self) -> None:
        """The TM takes in what changed (a save here, a `tm import` elsewhere); the current
        segment is looked up again if anything did (no termbase or widget touched there)."""
        def job() -> None:
            if self.host.assist.refresh_tm() and not get_current_worker().is_cancelled:
                self._post(self._memory_changed)
        self._thread("tm-refresh", job)

    def pivot_worker(self) -> None:
        def job() -> None:
            self.host.pivot.load()
            self._post(self.host.show_pivot)
        self._thread("pivot", job)

    # -- QA ----------------------------------------------------------------------------------
    def check_current(self) -> None:
        """Live QA while typing (debounced), in a worker."""
        h = self.host
        if h.helpers_ready and len(h.session):
            i = h.index
            self._thread("qa", partial(self._check_job, i, h.session.entries[i],
                                       h.session.source(i), h.forms.texts()))

    def check_now(self) -> None:
        """QA of a segment just shown: a few milliseconds, done at once so the panels fill in
        the same frame as the rest."""
        h = self.host
        if h.helpers_ready and len(h.session):
            i, text = h.index, h.forms.texts()
            hints = h.lookup.hints if h.lookup_index == i and h.lookup else \
                h.assist.hints(h.session.source(i), text[0])
            self.apply_check(i, text, h.assist.check(h.session.entries[i], text), hints)

    def _check_job(self, index: int, entry: Any, source: str, text: tuple[str, ...]) -> None:
        findings = self.host.assist.check(entry, text)
        hints = self.host.assist.hints(source, text[0])
        if not get_current_worker().is_cancelled:  # a newer keystroke's check replaced it
            self._post(partial(self.apply_check, index, text, findings, hints))

    def apply_check(self, i: int, text: tuple[str, ...], findings: list[Any],
                    hints: Any) -> None:
        h = self.host
        had = bool(h.findings.get(i))
        if findings:
            h.findings[i] = findings
        else:
            h.findings.pop(i, None)
        if had != bool(findings):
            h.refresh_row(i)
        if i != h.index:
            return
        h.query_one(FindingsPanel).show(findings, h.assist.qa_note)
        h.query_one(TermsPanel).show(hints, h.assist.terms_note)
        h.query_one(PanelTabs).show(qa=str(len(findings) or ""))
        if text == h.forms.texts():
            for form, area in enumerate(h.forms.areas[: h.forms.count]):
                area.mark_findings([span for f in findings for span in getattr(f, "spans", ())
                                    if (getattr(f, "form", None) or 0) == form])

    # -- helpers loading -----------------------------------------------------------------------
    def load_helpers(self) -> None:
        """Glossary, checks and pivot first (quick), then the TM (its first index build of a
        big project can take a while; the other panels do not wait for it)."""
        def job() -> None:
            h = self.host
            h.assist.load_termbase()
            h.assist.load_checks(h.session.catalog)
            h.pivot.load()
            self._post(self._helpers_loaded)
            h.assist.load_tm()
            self._post(self.on_memory_loaded)
        self._thread("load", job)

    def _helpers_loaded(self) -> None:
        h = self.host
        h.helpers_ready = True
        h.show_pivot()
        if len(h.session):
            h.show_segment(h.index, focus=False)
        self.catalog_check_worker(h.session.catalog)

    def on_memory_loaded(self) -> None:
        h = self.host
        if not len(h.session):
            return
        self.refresh_assist()
        if h.assist.tm is not None:
            todo = [(i, h.session.source(i), *h.neighbours(i)) for i in range(len(h.session))]
            self._thread("analysis", partial(self._analyse_job, todo))
        else:
            h.query_one(MatchList).show([], h.assist.tm_note)

    def catalog_check_worker(self, catalog: Any) -> None:
        def job() -> None:
            found = self.host.assist.check_all(catalog)
            self._post(partial(self._catalog_checked, found))
        self._thread("catalog-qa", job)

    def _analyse_job(self, todo: list[tuple[int, str, str | None, str | None]]) -> None:
        """The best match % of every segment, in batches (fills the list's % column and the
        cache, so moving on shows matches at once)."""
        batch: dict[int, float] = {}
        for index, source, prev, nxt in todo:
            matches = self.host.assist.matches(source, prev, nxt)
            if matches:
                batch[index] = max(getattr(m, "score", 0) for m in matches)
            if len(batch) >= 50:
                self._post(partial(self._scores_found, batch))
                batch = {}
        if batch:
            self._post(partial(self._scores_found, batch))

    def _scores_found(self, scores: dict[int, float]) -> None:
        for index, score in scores.items():
            self._record_score(index, score)

    def _catalog_checked(self, findings: list[Any]) -> None:
        h = self.host
        found: dict[int, list[Any]] = {}
        for finding in findings:
            index = h.session.index_of((finding.msgctxt, finding.msgid))
            if index is not None:
                found.setdefault(index, []).append(finding)
        current = h.findings.get(h.index)
        h.findings = found
        if current is not None:
            h.findings[h.index] = current
        for index in set(found) | {h.index}:
            if index in h.segments:
                h.refresh_row(index)
