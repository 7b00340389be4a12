"""The QA model: findings, the check registry and the context a check runs in.

Checks are plain functions in a registry, as in ``babel.messages.checkers``. A check is
registered with an id, a severity, the languages it applies to and a message that says what
is wrong and how to fix it. Three scopes:

- ``pair``: called once per (source, target) text pair of a translated entry (one per plural
  form), with a :class:`~workbench.checks.text.Pair` that caches tokenizations shared by checks;
- ``entry``: called once per entry (status, plural count), translated or not;
- ``catalog``: called once per list of entries (consistency across entries or catalogs);
- ``header``: called once per catalog with the catalog itself (its header: Plural-Forms).

A check yields :class:`Problem` tuples; the engine turns them into :class:`Finding` objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, NamedTuple

Severity = Literal["error", "warning", "info"]
Scope = Literal["pair", "entry", "catalog", "header"]
SEVERITY_RANK: dict[str, int] = {"error": 2, "warning": 1, "info": 0}
Span = tuple[int, int]


@dataclass(frozen=True)
class Finding:
    """One problem in one entry. ``spans`` are (start, end) offsets into the target text
    (``msgstr``, or ``msgstr[form]`` when ``form`` is set)."""

    check: str
    severity: Severity
    message: str
    msgid: str
    msgctxt: str | None = None
    file: str | None = None
    line: int | None = None
    spans: tuple[Span, ...] = ()
    lang: str | None = None
    form: int | None = None
    accepted: bool = False

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["spans"] = [list(s) for s in self.spans]
        return data


class Problem(NamedTuple):
    """What a check yields: a message, spans in the target, and optionally a severity that
    overrides the registered one (e.g. a number that is missing vs. one that is reordered)."""

    message: str
    spans: tuple[Span, ...] = ()
    severity: Severity | None = None
    check: str | None = None  # reported under this id instead of the check's (house rules)


@dataclass(frozen=True)
class Check:
    id: str
    severity: Severity
    scope: Scope
    message: str
    func: Callable[..., Iterable[Any]]
    languages: frozenset[str] | None = None  # None: every language
    family: str = ""
    requires: str | None = None  # "termbase" or "markdown": skipped when the context lacks it

    def applies_to(self, lang: str) -> bool:
        return self.languages is None or lang.split("_")[0] in self.languages


REGISTRY: dict[str, Check] = {}


def check(
    id: str,
    severity: Severity,
    message: str,
    *,
    scope: Scope = "pair",
    languages: Iterable[str] | None = None,
    requires: str | None = None,
) -> Callable[[Callable[..., Iterable[Any]]], Callable[..., Iterable[Any]]]:
    """Register a check function under ``id``. ``message`` is the one-line description shown
    by ``workbench check --list`` and used when a check yields no message of its own."""

    def decorate(func: Callable[..., Iterable[Any]]) -> Callable[..., Iterable[Any]]:
        if id in REGISTRY:
            raise ValueError(f"check {id!r} registered twice")
        family = func.__module__.rsplit(".", 1)[-1]
        langs = frozenset(languages) if languages is not None else None
        REGISTRY[id] = Check(id, severity, scope, message, func, langs, family, requires)
        return func

    return decorate


@dataclass
class CheckContext:
    """Everything a check may need besides the entry. Build it once per catalog
    (:func:`workbench.checks.context_for`) and reuse it for every entry: it is cheap to share."""

    lang: str
    source_lang: str = "en"
    nplurals: int | None = None  # from the catalog's own Plural-Forms header
    plural_expr: str | None = None
    markup: Literal["md", "plain"] = "plain"
    file: str | None = None
    termbase: Any = None
    dnt_terms: frozenset[str] = frozenset()  # do-not-translate terms (phrases), casefolded
    checks: frozenset[str] | None = None  # only these ids (None: all)
    rules: tuple[Any, ...] = ()  # the project's house rules (workbench.checks.rules.Rule)
    cache: dict[Any, Any] = field(default_factory=dict)  # per-catalog memo for checks
    base_lang: str = field(init=False, default="")  # "pt" for "pt_BR"

    def __post_init__(self) -> None:
        self.base_lang = self.lang.split("_")[0].lower()

    def wants(self, chk: Check) -> bool:
        if self.checks is not None and chk.id not in self.checks:
            return False
        if chk.requires == "termbase" and self.termbase is None:
            return False
        if chk.requires == "markdown" and self.markup != "md":
            return False
        return chk.applies_to(self.base_lang)
