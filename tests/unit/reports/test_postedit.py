"""Post-editing distance of TM pre-translations, from the entries' translator comments."""

from __future__ import annotations

import pytest
from report_helpers import translated_project
from sacrebleu.metrics import CHRF, TER

from workbench.catalog import read_catalog, write_catalog
from workbench.reports import postedit
from workbench.reports.postedit import tm_mark


def test_post_edit_distance_per_language(make_project) -> None:
    project = translated_project(make_project)
    path = project.po_path("ru", "alpha")
    cat = read_catalog(path)
    suggestions = {"Workers met on 9 August.": "Рабочие встретились 9 августа.",
                   "Union rights": "Права профсоюзов"}
    for entry in cat:
        if entry.msgid in suggestions:
            entry.tcomment = (f'TM 87% from beta\nTM suggestion: "{suggestions[entry.msgid]}"')
        elif entry.msgid.startswith("They"):
            entry.tcomment = "TM 75% from gamma"  # no stored suggestion
    write_catalog(cat)
    (report,) = postedit(project, "ru")
    assert report.lang == "ru" and len(report.entries) == 3
    assert report.no_suggestion == 1 and report.unchanged == 1
    finals = ["Права профсоюзов", "Рабочие собрались 9 августа."]
    suggested = ["Права профсоюзов", "Рабочие встретились 9 августа."]
    assert report.chrf == pytest.approx(CHRF().corpus_score(suggested, [finals]).score)
    assert report.ter == pytest.approx(TER().corpus_score(suggested, [finals]).score)
    assert postedit(project, "be") == []


def test_mark_parsing() -> None:
    from workbench.catalog import parse_catalog

    text = ('msgid ""\nmsgstr "Language: ru\\n"\n\n'
            '# TM 92.5% from statement-x\n# TM suggestion: "строка\\nдве"\n'
            'msgid "a"\nmsgstr "b"\n')
    entry = parse_catalog(text.encode())[0]
    assert tm_mark(entry) == (92.5, "statement-x", "строка\nдве")
