"""Coverage as a standalone HTML page: a stacked bar chart in inline SVG, then the table.
No scripts, fonts or images from elsewhere: the page works offline and as an e-mail attachment."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from workbench.reports.coverage import Cell, Coverage

COLORS = {"translated": "#2e7d32", "fuzzy": "#f9a825", "untranslated": "#cfd8dc"}
STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem;
       padding: 0 1rem; color: #1b1b1b; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: .3rem .5rem; border-bottom: 1px solid #ddd; text-align: right; }
th:first-child, td:first-child, th:nth-child(2), td:nth-child(2) { text-align: left; }
tr.total td { font-weight: 600; border-top: 2px solid #999; }
.ready { color: #2e7d32; font-weight: 600; } .err { color: #c62828; font-weight: 600; }
.legend span { display: inline-block; width: .9em; height: .9em; margin: 0 .3em 0 1em;
               vertical-align: -.1em; }
svg text { font: 12px system-ui, sans-serif; fill: #333; }
"""


def _chart(cov: Coverage, by: str) -> str:
    """One stacked horizontal bar per statement and language, then one per language total."""
    rows = [*cov.rows(), *cov.totals()]
    label_w, bar_w, row_h = 330, 420, 22
    height = row_h * len(rows) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 70}" '
             f'height="{height}" role="img" aria-label="translation progress by {by}">']
    for i, cell in enumerate(rows):
        y = 5 + i * row_h
        name = "Total" if cell.statement == "(total)" else cell.statement
        label = f"{name[:40]} · {cell.lang}"
        parts.append(f'<text x="0" y="{y + 14}">{escape(label)}</text>')
        counts = cell.counts(by)
        x = float(label_w)
        for key in ("translated", "fuzzy", "untranslated"):
            width = bar_w * counts[key] / counts["total"] if counts["total"] else 0.0
            if key == "untranslated" and not counts["total"]:
                width = bar_w
            if width > 0:
                parts.append(f'<rect x="{x:.1f}" y="{y + 2}" width="{width:.1f}" height="16" '
                             f'fill="{COLORS[key]}"><title>{key}: {counts[key]}</title></rect>')
            x += width
        parts.append(f'<text x="{label_w + bar_w + 6}" y="{y + 14}">'
                     f'{cell.percent(by):.0f}%</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _row(cell: Cell, by: str) -> str:
    c = cell.counts(by)
    total = cell.statement == "(total)"
    errors = "?" if not cell.qa_checked else str(cell.qa_errors)
    err_class = ' class="err"' if cell.qa_checked and cell.qa_errors else ""
    ready = '<span class="ready">ready</span>' if cell.ready else "—"
    name = "Total" if total else escape(cell.statement)
    row_class = ' class="total"' if total else ""
    return (f'<tr{row_class}><td>{name}</td><td>{escape(cell.lang)}</td>'
            f"<td>{c['translated']}</td><td>{c['reviewed']}</td><td>{c['fuzzy']}</td><td>{c['untranslated']}</td>"
            f"<td>{cell.percent(by):.1f}%</td><td{err_class}>{errors}</td><td>{ready}</td></tr>")


def _outdated(cov: Coverage) -> str:
    """Published languages whose text changed since: the segments to translate and review."""
    items = []
    for cell in cov.rows():
        o = cell.published
        if o is None or not o.out_of_date:
            continue
        segs = [*(("source changed", m) for m in o.changed),
                *(("translation changed", m) for m in o.retranslated),
                *(("removed from the source", m) for m in o.removed)]
        lis = "".join(f"<li>{escape(what)}: {escape(m)}</li>" for what, m in segs)
        items.append(f"<li>{escape(cell.statement)} ({escape(cell.lang)}), published "
                     f"{escape(o.published)}<ul>{lis}</ul></li>")
    if not items:
        return ""
    return ("<h2>Out of date since publication</h2>\n<p>Re-publish with "
            "<code>workbench export --changed</code> once these are translated and reviewed.</p>"
            f"\n<ul>{''.join(items)}</ul>")


def to_html(cov: Coverage, by: str = "words", title: str = "Translation coverage") -> str:
    unit = "words" if by == "words" else "segments"
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    legend = "".join(f'<span style="background:{color}"></span>{key}'
                     for key, color in COLORS.items())
    rows = "\n".join(_row(cell, by) for cell in [*cov.rows(), *cov.totals()])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{STYLE}</style>
</head>
<body>
<h1>{escape(title)}</h1>
<p>Progress by {unit}, {stamp}. Reviewed = translated and signed off by a reviewer.
Ready = every segment translated, none fuzzy, no QA errors.</p>
<p class="legend">{legend}</p>
{_chart(cov, by)}
<h2>Statements × languages</h2>
<table>
<thead><tr><th>Statement</th><th>Language</th><th>Translated</th><th>Reviewed</th><th>Fuzzy</th>
<th>Untranslated</th><th>Done</th><th>QA errors</th><th>Ready</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
{_outdated(cov)}
</body>
</html>
"""
