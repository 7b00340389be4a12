"""What the side panels show, from the core's TM, glossary and QA packages.

Each part is optional. A package that is not installed yet, a termbase that does not parse, or
a TM that fails to build becomes a one-line note on its panel; the editor keeps working.
Methods called from worker threads are marked; the TM is guarded by a lock because the
interactive lookup and the background match analysis share it.
"""

from __future__ import annotations

import copy
import functools
import importlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import polib

from workbench.checks.status import STATUS_CHECKS
from workbench.project import Project
from workbench.session.entries import put_targets, set_fuzzy

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
    """A lookup that fails returns ``default()`` and says why on its panel (the ``note``
    attribute) instead of raising into the editor: a bug in a helper must not cost typing."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(self: Assistant, *args: Any, **kwargs: Any) -> Any:
            try:
                return func(self, *args, **kwargs)
            except Exception as exc:  # noqa: BLE001
                setattr(self, note, f"{func.__name__.strip('_')} failed: {exc}")
                return default()

        return wrapper

    return decorate


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


class Assistant:
    def __init__(self, project: Project, lang: str, source_lang: str,
                 slug: str | None = None) -> None:
        self.project, self.lang, self.source_lang = project, lang, source_lang
        # The TM holds this catalog too; a segment's own saved translation is no suggestion.
        self.own_origins = {f"statement {slug}"} if slug else set()
        if slug:
            self.own_origins.add(project.po_path(lang, slug).relative_to(project.root).as_posix())
        self.tm: Any = None
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
        glossary = _optional("workbench.glossary")
        loader = getattr(glossary, "load_termbase", None)
        if loader is None:
            self.terms_note = "Glossary support is not installed yet."
            return
        try:
            self.termbase = loader(self.project)
            self.terms_note = "" if len(self.termbase) else "The glossary is empty."
        except Exception as exc:  # noqa: BLE001 - a broken helper must not stop the editor
            self.terms_note = f"Glossary not loaded: {exc}"

    def load_tm(self) -> None:
        tm_module = _optional("workbench.tm")
        memory = getattr(tm_module, "TranslationMemory", None)
        if memory is None:
            self.tm_note = "The translation memory is not installed yet."
            return
        try:
            try:  # no progress bar: it would draw over the editor
                self.tm = memory.for_project(self.project, self.lang, progress=False)
            except TypeError:
                self.tm = memory.for_project(self.project, self.lang)
            self.tm_note = ""
        except Exception as exc:  # noqa: BLE001
            self.tm_note = f"TM not loaded: {exc}"

    def load_checks(self, catalog: polib.POFile) -> None:
        """Build the QA context once per catalog (after the termbase, which it reuses)."""
        self._catalog = catalog
        checks = _optional("workbench.checks")
        if checks is None or not hasattr(checks, "check_entry"):
            self.qa_note = "QA checks are not installed yet."
            return
        try:
            self._qa_context = checks.context_for(catalog, self.lang, project=self.project,
                                                  termbase=self.termbase)
            self._check_entry = checks.check_entry
            self._check_catalog = checks.check_catalog
            self.qa_note = ""
        except Exception as exc:  # noqa: BLE001
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

    @tolerant("tm_note", list)
    def refresh_tm(self) -> None:
        """Take in what was saved since the TM was opened (worker thread)."""
        if self.tm is None or not hasattr(self.tm, "refresh"):
            return
        try:
            with self._tm_lock:
                try:
                    self.tm.refresh(progress=False)
                except TypeError:
                    self.tm.refresh()
                self._matches.clear()
        except Exception as exc:  # noqa: BLE001
            self.tm_note = f"TM not refreshed: {exc}"

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
        check = _optional("workbench.glossary")
        check_translation = getattr(check, "check_translation", None)
        if check_translation is None:
            return
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
