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


def test_end_to_end_with_the_tm_pretranslation(make_project) -> None:
    from workbench.catalog.update import plan_update
    from workbench.tm.pretranslate import pretranslate

    statements = {"alpha": "# Union rights\n\nThe union leaders were detained in Minsk.\n",
                  "beta": "# Union rights\n\nThe union leaders were detained in Gomel.\n"}
    project = make_project(statements)
    plan_update(project).write()
    alpha = read_catalog(project.po_path("ru", "alpha"))
    for entry in alpha:
        entry.msgstr = {"Union rights": "Права профсоюзов"}.get(
            entry.msgid, "Лидеры профсоюза были задержаны в Минске.")
    write_catalog(alpha)
    pretranslate(project, "ru", ["beta"], min_score=60)
    beta = read_catalog(project.po_path("ru", "beta"))
    entry = next(e for e in beta if "Gomel" in e.msgid)
    suggestion = tm_mark(entry)
    assert suggestion is not None and suggestion[2] == entry.msgstr
    entry.msgstr = "Лидеры профсоюза были задержаны в Гомеле."
    entry.flags.remove("fuzzy")
    write_catalog(beta)
    (report,) = postedit(project, "ru")
    assert [e.msgid for e in report.entries] == [entry.msgid]
    expected = CHRF().corpus_score([suggestion[2]], [[entry.msgstr]]).score
    assert report.chrf == pytest.approx(expected) and 0 < report.chrf < 100
    assert report.ter == pytest.approx(TER().corpus_score([suggestion[2]], [[entry.msgstr]]).score)
