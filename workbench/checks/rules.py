"""House rules: a project's own checks, written as data in ``qa/rules.toml``.

Each ``[[rule]]`` applies to some target languages and flags a pattern or a term in the
translation, optionally only where the source matches a pattern (false friends)::

    [[rule]]
    id = "aktualny"                  # findings are reported as check "rule-aktualny"
    lang = ["ru", "uk"]              # or "ru", or "*" for every language
    source = '\\bactual(ly)?\\b'      # optional: only where the source matches (a regex)
    term = "актуальн*"              # a word or phrase, any case; * = any ending
    message = "'actual' means 'фактический', not 'актуальный'"
    severity = "warning"             # error | warning | info (default: warning)

``pattern = '…'`` (a regular expression, case-insensitive unless ``case = true``) may
replace ``term``. Rules run like any other check (``--check rules`` runs them alone), are
listed by ``workbench check --list`` and are accepted with ``# workbench-accept: rule-ID``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from workbench.checks.model import CheckContext, Problem, Severity, check
from workbench.checks.text import Pair
from workbench.errors import WorkbenchError

RULES_FILE = Path("qa") / "rules.toml"
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
_ID = re.compile(r"[\w-]+")


class HasRoot(Protocol):
    root: Path


@dataclass(frozen=True)
class Rule:
    id: str  # the check id of its findings: "rule-" + the id in the file
    langs: frozenset[str] | None  # None: every language
    target: re.Pattern[str]
    source: re.Pattern[str] | None
    message: str
    severity: Severity

    def applies_to(self, lang: str) -> bool:
        return self.langs is None or lang.split("_")[0] in self.langs or lang in self.langs

    def describe(self) -> str:
        langs = ",".join(sorted(self.langs)) if self.langs else "all"
        return f"{self.id}  {self.severity}  {langs}  {self.message}"


_CACHE: dict[Path, tuple[int, tuple[Rule, ...]]] = {}


def rules_path(project: HasRoot | None) -> Path | None:
    return project.root / RULES_FILE if project is not None else None


def load_rules(path: Path | None) -> tuple[Rule, ...]:
    """The rules of a rules file (none when there is no file), read again when it changes."""
    if path is None:
        return ()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return ()
    cached = _CACHE.get(path)
    if cached is None or cached[0] != stamp:
        cached = _CACHE[path] = (stamp, parse_rules(path.read_text(encoding="utf-8"), path))
    return cached[1]


def parse_rules(text: str, path: Path) -> tuple[Rule, ...]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise WorkbenchError(f"not valid TOML: {exc}", path=path, line=line,
                             hint="see 'workbench check --help' and the README") from None
    entries = data.get("rule", [])
    if not isinstance(entries, list):
        raise WorkbenchError("'rule' must be an array of tables ([[rule]])", path=path)
    rules = [_rule(entry, i, path) for i, entry in enumerate(entries, 1)]
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise WorkbenchError(f"rule id {rule.id[5:]!r} is used twice", path=path)
        seen.add(rule.id)
    return tuple(rules)


def _rule(entry: Any, number: int, path: Path) -> Rule:
    def fail(why: str) -> WorkbenchError:
        return WorkbenchError(f"rule {number}: {why}", path=path)

    if not isinstance(entry, dict):
        raise fail("not a table")
    name = str(entry.get("id", f"{number}"))
    if not _ID.fullmatch(name):
        raise fail(f"id {name!r} may only have letters, digits, - and _")
    message = entry.get("message")
    if not isinstance(message, str) or not message.strip():
        raise fail("give it a message that says what is wrong and what to write instead")
    severity = entry.get("severity", "warning")
    if severity not in SEVERITIES:
        raise fail(f"severity {severity!r} is not one of {', '.join(SEVERITIES)}")
    flags = 0 if entry.get("case") else re.IGNORECASE
    if ("term" in entry) == ("pattern" in entry):
        raise fail("give exactly one of term = '…' or pattern = '…'")
    raw = entry.get("pattern") or _term_pattern(str(entry["term"]))
    return Rule(id=f"rule-{name}", langs=_langs(entry.get("lang", "*"), fail),
                target=_compile(raw, flags, fail), message=message.strip(),
                source=_compile(entry["source"], flags, fail) if "source" in entry else None,
                severity=severity)


def _langs(value: Any, fail: Any) -> frozenset[str] | None:
    langs = [value] if isinstance(value, str) else value
    if not isinstance(langs, list) or not all(isinstance(x, str) for x in langs):
        raise fail("lang must be a language code or a list of them")
    return None if "*" in langs else frozenset(x.replace("-", "_") for x in langs)


def _term_pattern(term: str) -> str:
    """A word or phrase as a pattern: whole words, spaces as any space, * as any ending."""
    words = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "")
             for w in term.split()]
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"


def _compile(raw: Any, flags: int, fail: Any) -> re.Pattern[str]:
    try:
        return re.compile(str(raw), flags)
    except re.error as exc:
        raise fail(f"pattern {raw!r} is not a valid regular expression ({exc})") from None


def rules_for(ctx: CheckContext) -> Sequence[Rule]:
    found = ctx.cache.get("rules")
    if found is None:
        found = ctx.cache["rules"] = [r for r in ctx.rules if r.applies_to(ctx.lang)]
    return found


@check("rules", "warning", "the project's house rules (qa/rules.toml): forbidden words, "
       "false friends, house style; each rule says what to write instead")
def house_rules(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    for rule in rules_for(ctx):
        if rule.source is not None and not rule.source.search(pair.source):
            continue
        found = [m.span() for m in rule.target.finditer(pair.target) if m.end() > m.start()]
        if found:
            yield Problem(rule.message, tuple(found), rule.severity, rule.id)
