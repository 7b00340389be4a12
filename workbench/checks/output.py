"""Findings for people (text grouped by file, with line numbers) and for tools (JSON lines)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from workbench.checks.model import REGISTRY, Finding

MARKS = {"error": "error", "warning": "warning", "info": "info"}
COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}


def finding_record(finding: Finding) -> dict[str, Any]:
    """The JSON object of a finding: file, line, msgid, check, severity, message and more."""
    return {"file": finding.file, "line": finding.line, "msgid": finding.msgid,
            "msgctxt": finding.msgctxt, "check": finding.check, "severity": finding.severity,
            "message": finding.message, "lang": finding.lang,
            "spans": [list(s) for s in finding.spans], "form": finding.form,
            "accepted": finding.accepted}


def json_lines(findings: Iterable[Finding]) -> Iterable[str]:
    for finding in findings:
        yield json.dumps(finding_record(finding), ensure_ascii=False)


def _short(text: str, limit: int = 70) -> str:
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def text_report(findings: Sequence[Finding], *, color: bool = False) -> Iterable[str]:
    """Findings grouped by file, in line order: 'LINE: severity check: message'."""
    by_file: dict[str, list[Finding]] = {}
    for finding in findings:
        by_file.setdefault(finding.file or "<catalog>", []).append(finding)
    for file, group in by_file.items():
        yield file
        for f in sorted(group, key=lambda f: (f.line or 0, f.check)):
            sev = MARKS[f.severity]
            if color:
                sev = f"{COLORS[f.severity]}{sev}\x1b[0m"
            accepted = " (accepted)" if f.accepted else ""
            form = f" [msgstr[{f.form}]]" if f.form is not None else ""
            yield f"  {f.line or '?':>5}: {sev} {f.check}{accepted}: {f.message}"
            yield f"         msgid {_short(f.msgid)!r}{form}"
        yield ""


def summary(findings: Sequence[Finding], entries: int, files: int) -> str:
    counts = Counter(f.severity for f in findings if not f.accepted)
    parts = [f"{counts.get(s, 0)} {s}{'s' if counts.get(s, 0) != 1 and s != 'info' else ''}"
             for s in ("error", "warning", "info")]
    return f"{', '.join(parts)} in {entries} entries of {files} catalog(s)"


def list_checks(rules: Sequence[Any] = ()) -> Iterable[str]:
    """One line per check: id, severity, languages, what it says; then the project's house
    rules (``workbench.checks.rules.Rule``), which run as the check "rules"."""
    width = max(len(c) for c in [*REGISTRY, *(r.id for r in rules)])
    for chk in sorted(REGISTRY.values(), key=lambda c: (c.family, c.id)):
        langs = ",".join(sorted(chk.languages)) if chk.languages else "all"
        yield f"{chk.id:<{width}}  {chk.severity:<7}  {langs:<8}  {chk.message}"
    for rule in rules:
        langs = ",".join(sorted(rule.langs)) if rule.langs else "all"
        yield f"{rule.id:<{width}}  {rule.severity:<7}  {langs:<8}  {rule.message}"
