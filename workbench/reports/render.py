"""Coverage as text: a terminal table with progress bars, CSV, Markdown and JSON."""

from __future__ import annotations

import csv
import io
import json

from workbench.reports.coverage import Cell, Coverage

EIGHTHS = " ▏▎▍▌▋▊▉"
FULL, FUZZY, EMPTY = "█", "▒", "░"


def bar(cell: Cell, by: str = "words", width: int = 20) -> str:
    """Translated in solid blocks (to an eighth of a cell), fuzzy shaded, the rest light."""
    counts = cell.counts(by)
    total = counts["total"]
    if total <= 0:
        return EMPTY * width
    eighths = round(width * 8 * counts["translated"] / total)
    full, part = divmod(eighths, 8)
    text = FULL * full + (EIGHTHS[part] if part else "")
    fuzzy = round(width * counts["fuzzy"] / total)
    text += FUZZY * min(fuzzy, width - len(text))
    return text + EMPTY * (width - len(text))


def _status(cell: Cell) -> str:
    if not cell.exists:
        return "no catalog"
    if cell.ready:
        return "ready"
    return "-"


def _errors(cell: Cell) -> str:
    return str(cell.qa_errors) if cell.qa_checked else "?"


def table(cov: Coverage, by: str = "words", *, color: bool = False) -> str:
    unit = "words" if by == "words" else "segments"
    name_width = max([len(s) for s in cov.statements] + [len("STATEMENT"), len("TOTAL")])
    head = (f"{'STATEMENT':<{name_width}}  {'LANG':<5} {'PROGRESS (' + unit + ')':<27} "
            f"{'TRANSL':>7} {'REVD':>6} {'FUZZY':>6} {'UNTR':>6} {'ERR':>4}  READY")
    lines = [head, "─" * len(head)]
    for statement in cov.statements:
        for lang in cov.languages:
            cell = cov.cell(statement, lang)
            if cell is not None:
                lines.append(_row(cell, statement, by, name_width, color))
    lines.append("─" * len(head))
    for total in cov.totals():
        lines.append(_row(total, "TOTAL", by, name_width, color))
    lines.append(f"(bars: {FULL} translated, {FUZZY} fuzzy, {EMPTY} untranslated; REVD = "
                 "translated and signed off by a reviewer; "
                 "ready = all translated, none fuzzy, no QA errors)")
    lines += outdated_lines(cov)
    return "\n".join(lines) + "\n"


def outdated_lines(cov: Coverage) -> list[str]:
    """The published languages whose text changed since, with the segments to redo."""
    cells = [c for c in cov.rows() if c.published is not None and c.published.out_of_date]
    if not cells:
        return []
    lines = ["", "Out of date since publication (re-publish with 'workbench export --changed'):"]
    for cell in cells:
        o = cell.published
        assert o is not None
        lines.append(f"  {cell.statement} ({cell.lang}), published {o.published}:")
        lines += [f"    source changed, translate and review: {m}" for m in o.changed]
        lines += [f"    translation changed since: {m}" for m in o.retranslated]
        lines += [f"    no longer in the source: {m}" for m in o.removed]
    return lines


def _row(cell: Cell, name: str, by: str, width: int, color: bool) -> str:
    c = cell.counts(by)
    progress = f"{bar(cell, by)} {cell.percent(by):5.1f}%"
    ready = _status(cell) if name != "TOTAL" else ("ready" if cell.ready else "-")
    if color and ready == "ready":
        ready = f"\x1b[32m{ready}\x1b[0m"
    return (f"{name:<{width}}  {cell.lang:<5} {progress:<27} {c['translated']:>7} "
            f"{c['reviewed']:>6} {c['fuzzy']:>6} {c['untranslated']:>6} {_errors(cell):>4}  {ready}")


CSV_FIELDS = ("statement", "lang", "translated_segments", "reviewed_segments", "fuzzy_segments",
              "untranslated_segments", "total_segments", "translated_words", "reviewed_words",
              "fuzzy_words", "untranslated_words", "total_words", "percent", "qa_errors",
              "qa_warnings", "ready", "out_of_date")


def _flat(cell: Cell, by: str) -> dict[str, object]:
    row: dict[str, object] = {"statement": cell.statement, "lang": cell.lang}
    for unit in ("segments", "words"):
        for key, value in cell.counts(unit).items():
            row[f"{key}_{unit}"] = value
    row.update(percent=round(cell.percent(by), 1),
               qa_errors=cell.qa_errors if cell.qa_checked else "",
               qa_warnings=cell.qa_warnings if cell.qa_checked else "",
               ready="yes" if cell.ready else "no",
               out_of_date="yes" if cell.out_of_date else "")
    return row


def to_csv(cov: Coverage, by: str = "words") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for cell in [*cov.rows(), *cov.totals()]:
        writer.writerow(_flat(cell, by))
    return out.getvalue()


def to_markdown(cov: Coverage, by: str = "words") -> str:
    unit = "words" if by == "words" else "segments"
    lines = [f"| Statement | Language | Translated ({unit}) | Reviewed | Fuzzy | Untranslated | "
             "% | QA errors | Ready |", "|---|---|---:|---:|---:|---:|---:|---:|:---:|"]
    for cell in [*cov.rows(), *cov.totals()]:
        c = cell.counts(by)
        name = "**Total**" if cell.statement == "(total)" else cell.statement.replace("|", "\\|")
        lines.append(f"| {name} | {cell.lang} | {c['translated']} | {c['reviewed']} | {c['fuzzy']} | "
                     f"{c['untranslated']} | {cell.percent(by):.1f} | {_errors(cell)} | "
                     f"{'✅' if cell.ready else '—'} |")
    return "\n".join(lines + outdated_lines(cov)) + "\n"


def to_json(cov: Coverage, by: str = "words") -> str:
    return json.dumps(cov.as_dict(by), ensure_ascii=False, indent=2) + "\n"
