"""Reports for coordinators: coverage of statements × languages, and sacrebleu scores.

- ``coverage(project, *, langs=None, slugs=None, qa=True) -> Coverage``; renderers in
  :mod:`workbench.reports.render` (table, csv, md, json) and :mod:`workbench.reports.html`.
- ``score(hypotheses, references, *, lang, metrics=("chrf", "bleu", "ter")) -> ScoreReport``;
  ``score_statement(project, slug, lang, reference, of="catalog"|"export")``.
- ``postedit(project, lang=None)``: how far translators moved TM pre-translations.
"""

from workbench.reports.align import score_statement
from workbench.reports.coverage import Cell, Coverage, coverage
from workbench.reports.postedit import PostEditReport, postedit
from workbench.reports.score import METRICS, ScoreReport, SegmentScore, normalize, score

__all__ = [
    "METRICS",
    "Cell",
    "Coverage",
    "PostEditReport",
    "ScoreReport",
    "SegmentScore",
    "coverage",
    "normalize",
    "postedit",
    "score",
    "score_statement",
]
