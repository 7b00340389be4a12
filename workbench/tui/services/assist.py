"""What the side panels show, from the core's TM, glossary and QA packages.

Each part is optional. A package that is not installed yet, a termbase that does not parse, or
a TM that fails to build becomes a one-line note on its panel; the editor keeps working.
Methods called from worker threads are marked; the TM is guarded by a lock because the
interactive lookup and the background match analysis share it.
"""

from __future__ import annotations

import copy
import functools
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import polib

from workbench.checks import check_catalog, check_entry, context_for
from workbench.checks.spelling import checker as spelling_checker
from workbench.checks.status import STATUS_CHECKS
from workbench.errors import WorkbenchError
from workbench.glossary import check_translation, load_termbase
from workbench.project import Project
from workbench.session.entries import put_targets, set_fuzzy
from workbench.tm import TranslationMemory

log = logging.getLogger("workbench.tui")

CACHE_SIZE = 2048
# The segment list shows status with its own icons: STATUS_CHECKS findings would repeat it.


@dataclass
class TermHint:
    """One glossary concept found in the source, as the glossary panel shows it."""

    start: int
    end: int
    source: str  # the words as written in the segment
    concept_id: str
    approved: list[tuple[str, str]] = field(default_factory=list)  # (term, status)
    forbidden: list[str] = field(default_factory=list)
    note: str | None = None
    dnt: bool = False
    problem: str | None = None  # from the glossary check of the current target

    @property
    def insert_text(self) -> str:
        """What 'insert term' puts into the target."""
        if self.dnt:
            return self.source
        return self.approved[0][0] if self.approved else self.source


@dataclass
class Lookup:
    """Everything the panels need for one segment."""

    matches: list[Any]
    hints: list[TermHint]


def tolerant(note: str, default: Callable[[], Any]) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A lookup that fails returns ``default()``, says why on its panel (the ``note``
    attribute) and logs the traceback (.workbench/logs/tui.log): a bug in a helper must not
    cost the translator's typing, and must not go unseen either."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(self: Assistant, *args: Any, **kwargs: Any) -> Any:
            try:
                return func(self, *args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - shown on the panel and logged
                log.exception("%s failed", func.__name__)
                setattr(self, note, f"{func.__name__.strip('_')} failed: {exc}")
                return default()

        return wrapper

    return decorate


class Memory(Protocol):
    """What the editor uses of workbench.tm.TranslationMemory (tests pass a stand-in)."""

    def lookup(self, text: str, *, limit: int = 5, min_score: float = 70,
               prev: str | None = None, next: str | None = None) -> list[Any]: ...  # noqa: A002
    def concordance(self, words: str, limit: int = 50) -> list[Any]: ...
    def refresh(self, *, progress: bool | None = None) -> str: ...


class Assistant:
    def __init__(self, project: Project, lang: str, source_lang: str,
                 slug: str | None = None) -> None:
        self.project, self.lang, self.source_lang = project, lang, source_lang
        # The TM holds this catalog too; a segment's own saved translation is no suggestion.
        self.own_origins = {f"statement {slug}"} if slug else set()
        if slug:
            self.own_origins.add(project.po_path(lang, slug).relative_to(project.root).as_posix())
        self.tm: Memory | None = None
        self.tm_note = "Loading the translation memory…"
        self.termbase: Any = None
        self.terms_note = "Loading the glossary…"
        self._check_entry: Any = None
        self._check_catalog: Any = None
        self._catalog: polib.POFile | None = None
        self._qa_context: Any = None
        self.qa_note = "Loading the checks…"
        self._tm_lock = threading.Lock()
        self._matches: OrderedDict[tuple[str, str | None, str | None], list[Any]] = OrderedDict()

    # -- loading (worker thread) -------------------------------------------------------------
    def load_termbase(self) -> None:
        try:
            self.termbase = load_termbase(self.project)
            self.terms_note = "" if len(self.termbase) else "The glossary is empty."
        except WorkbenchError as exc:  # a termbase that does not parse: said on the panel
            self.terms_note = f"Glossary not loaded: {exc}"

    def load_tm(self) -> None:
        try:  # no progress bar: it would draw over the editor
            self.tm = TranslationMemory.for_project(self.project, self.lang, progress=False)
            self.tm_note = ""
        except (WorkbenchError, OSError) as exc:
            self.tm_note = f"TM not loaded: {exc}"

    def load_checks(self, catalog: polib.POFile) -> None:
        """Build the QA context once per catalog (after the termbase, which it reuses)."""
        self._catalog = catalog
        try:
            self._qa_context = context_for(catalog, self.lang, project=self.project,
                                           termbase=self.termbase)
            self._check_entry, self._check_catalog = check_entry, check_catalog
            self.qa_note = ""
            spelling_checker(self._qa_context)  # the dictionary loads here, not at a keypress
        except WorkbenchError as exc:
            self._check_entry = None
            self.qa_note = f"QA checks not loaded: {exc}"

    def use_termbase(self, termbase: Any) -> None:
        """A changed termbase (a term was added): hints and QA use it from now on."""
        self.termbase = termbase
        self.terms_note = ""
        if self._catalog is not None:
            self.load_checks(self._catalog)

    # -- TM (worker thread) ------------------------------------------------------------------
    def cached_matches(self, source: str, prev: str | None, nxt: str | None) -> list[Any] | None:
        return self._matches.get((source, prev, nxt))

    @tolerant("tm_note", list)
    def matches(self, source: str, prev: str | None = None, nxt: str | None = None,
                limit: int = 9) -> list[Any]:
        key = (source, prev, nxt)
        found = self._matches.get(key)
        if found is not None or self.tm is None:
            return found or []
        with self._tm_lock:
            found = [m for m in self.tm.lookup(source, limit=limit + 1, prev=prev, next=nxt)
                     if not (m.source == source and m.origin in self.own_origins)][:limit]
        self._matches[key] = found
        while len(self._matches) > CACHE_SIZE:
            self._matches.popitem(last=False)
        return found

    def refresh_tm(self) -> bool:
        """Take in what changed since the TM was opened: this editor's saves, a `tm import`
        or another catalog saved meanwhile (worker thread). Returns whether anything did."""
        if self.tm is None:
            return False
        with self._tm_lock:
            changed = bool(self.tm.refresh(progress=False))
            if changed:
                self._matches.clear()
        return changed

    def concordance(self, words: str, limit: int = 50) -> list[Any]:
        if self.tm is None or not words.strip():
            return []
        with self._tm_lock:
            return list(self.tm.concordance(words, limit=limit))

    # -- glossary ------------------------------------------------------------------------------
    @tolerant("terms_note", list)
    def hints(self, source: str, target: str = "") -> list[TermHint]:
        if self.termbase is None or not source:
            return []
        hints = [self._hint(hit) for hit in self.termbase.spot(source, self.source_lang)]
        if target and hints:
            self._attach_problems(hints, source, target)
        return hints

    def _hint(self, hit: Any) -> TermHint:
        concept = hit.concept
        approved = [(t.text, t.status) for t in concept.approved(self.lang)]
        forbidden = [t.text for t in concept.forbidden(self.lang)]
        notes = [t.note for t in concept.terms_in(self.lang) if t.note]
        note = "; ".join(notes) or concept.note or concept.definition
        return TermHint(hit.start, hit.end, hit.text, concept.id, approved, forbidden, note,
                        bool(getattr(concept, "dnt", False)))

    def _attach_problems(self, hints: list[TermHint], source: str, target: str) -> None:
        by_concept = {h.concept_id: h for h in hints}
        for problem in check_translation(self.termbase, source, target, self.source_lang,
                                         self.lang):
            hint = by_concept.get(problem.concept.id)
            if hint is not None:
                hint.problem = problem.message

    # -- QA --------------------------------------------------------------------------------------
    @property
    def has_checks(self) -> bool:
        return self._check_entry is not None

    @tolerant("qa_note", list)
    def check(self, entry: polib.POEntry, text: str | tuple[str, ...]) -> list[Any]:
        """Findings for ``entry`` as if ``text`` (or every plural form) were its confirmed
        translation."""
        forms = (text,) if isinstance(text, str) else text
        if self._check_entry is None or not any(forms):
            return []
        probe = copy.copy(entry)
        probe.flags = list(entry.flags)
        probe.msgstr_plural = dict(entry.msgstr_plural)
        put_targets(probe, forms if entry.msgid_plural else forms[:1])
        set_fuzzy(probe, False)
        return list(self._check_entry(probe, self._qa_context))

    @tolerant("qa_note", list)
    def check_all(self, catalog: polib.POFile) -> list[Any]:
        """Every finding of the catalog, cross-entry consistency included (worker thread)."""
        if self._check_catalog is None:
            return []
        found = self._check_catalog(catalog, self.lang, project=self.project,
                                    termbase=self.termbase)
        return [f for f in found if getattr(f, "check", "") not in STATUS_CHECKS]

    def lookup(self, source: str, target: str, prev: str | None, nxt: str | None) -> Lookup:
        """TM matches and glossary hints for one segment (worker thread)."""
        return Lookup(self.matches(source, prev, nxt), self.hints(source, target))
