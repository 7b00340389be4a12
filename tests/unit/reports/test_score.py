"""Scores equal sacrebleu's, after NFC and apostrophe normalization."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from report_helpers import RU, translated_project
from sacrebleu.metrics import BLEU, CHRF, TER

from workbench.catalog import read_catalog, write_catalog
from workbench.errors import WorkbenchError
from workbench.reports import normalize, score, score_statement

HYP = ["Рабочие собрались 9 августа.", "Они требовали свободных профсоюзов.",
       "Лидеры профсоюза задержаны.", "Пʼять людей прийшли."]
REF = ["Рабочие собрались 9 августа.", "Они потребовали свободных профсоюзов.",
       "Лидеры профсоюза были задержаны.", "П'ять людей прийшли."]


def test_corpus_scores_equal_sacrebleu() -> None:
    report = score(HYP, REF, lang="ru")
    hyps, refs = [normalize(h) for h in HYP], [normalize(r) for r in REF]
    assert report.corpus["chrf"] == pytest.approx(CHRF().corpus_score(hyps, [refs]).score)
    assert report.corpus["bleu"] == pytest.approx(BLEU().corpus_score(hyps, [refs]).score)
    assert report.corpus["ter"] == pytest.approx(TER().corpus_score(hyps, [refs]).score)
    assert report.signatures["chrf"].startswith("nrefs:1|case:mixed|eff:yes|nc:6|nw:0")
    assert "tok:13a" in report.signatures["bleu"] and "eff:yes" in report.signatures["bleu-sentence"]


def test_segment_scores_equal_sacrebleu_with_effective_order() -> None:
    report = score(HYP, REF, lang="ru")
    seg = report.segments[2]
    assert seg.chrf == pytest.approx(CHRF().sentence_score(HYP[2], [REF[2]]).score)
    assert seg.bleu == pytest.approx(
        BLEU(effective_order=True).sentence_score(HYP[2], [REF[2]]).score)
    assert seg.ter == pytest.approx(TER().sentence_score(HYP[2], [REF[2]]).score)
    assert report.worst(1)[0].hypothesis == "Лидеры профсоюза задержаны."
    assert report.segments[0].chrf == pytest.approx(100.0)


def test_normalization_nfc_and_apostrophes() -> None:
    decomposed = unicodedata.normalize("NFD", "Ёлка й")
    assert normalize(decomposed) == "Ёлка й"
    assert normalize("П’ять  пʼять") == "П'ять п'ять"
    assert score(["Пʼять"], ["П’ять"], lang="uk").corpus["chrf"] == pytest.approx(100.0)


def test_statement_against_a_po_reference_and_a_text_reference(make_project,
                                                               tmp_path: Path) -> None:
    project = translated_project(make_project)
    ref_po = tmp_path / "ref.po"
    cat = read_catalog(project.po_path("ru", "alpha"))
    for entry in cat:
        entry.msgstr = RU[entry.msgid].replace("потребовали", "требовали")
    write_catalog(cat, ref_po)
    report = score_statement(project, "alpha", "ru", ref_po)
    assert len(report.segments) == 3
    hyps = [RU[e.msgid] for e in cat]
    refs = [e.msgstr for e in cat]
    assert report.corpus["chrf"] == pytest.approx(CHRF().corpus_score(hyps, [refs]).score)
    ref_txt = tmp_path / "ref.txt"
    ref_txt.write_text("\n".join(refs) + "\n", encoding="utf-8")
    by_line = score_statement(project, "alpha", "ru", ref_txt)
    assert by_line.corpus == report.corpus
    ref_txt.write_text("only one line\n", encoding="utf-8")
    with pytest.raises(WorkbenchError, match="lines"):
        score_statement(project, "alpha", "ru", ref_txt)


def test_the_export_against_plain_text_line_by_line(make_project, tmp_path: Path) -> None:
    from workbench.reports.align import export_lines

    project = translated_project(make_project)
    lines = [text for _key, text in export_lines(project, "alpha", "ru")]
    assert lines[0].endswith("Права профсоюзов")
    ref = tmp_path / "ref.txt"
    ref.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = score_statement(project, "alpha", "ru", ref, of="export")
    assert report.corpus["chrf"] == pytest.approx(100.0)
    with pytest.raises(WorkbenchError, match="plain-text reference"):
        score_statement(project, "alpha", "ru", project.po_path("ru", "alpha"), of="export")
