"""Coverage figures on a fixture project: segments and words by status, QA errors, ready."""

from __future__ import annotations

import csv
import io
import json

import html5lib
from report_helpers import translated_project

from workbench.catalog import read_catalog, review, write_catalog
from workbench.catalog.stats import count_words
from workbench.catalog.update import plan_update
from workbench.export.publish import export_statement
from workbench.reports import coverage
from workbench.reports.html import to_html
from workbench.reports.render import bar, table, to_csv, to_json, to_markdown


def test_counts_status_errors_and_ready(make_project) -> None:
    project = translated_project(make_project, fuzzy="Release them now.", wrong_number=True,
                                 leave_out="They demanded free unions.")
    cov = coverage(project)
    assert cov.statements == ["alpha", "beta"] and cov.languages == ["ru", "be"]
    alpha = cov.cell("alpha", "ru")
    assert alpha is not None
    assert alpha.counts("segments") == {"translated": 2, "reviewed": 0, "fuzzy": 0,
                                        "untranslated": 1, "total": 3}
    words = count_words("They demanded free unions.")
    assert alpha.counts("words")["untranslated"] == words == 4
    assert alpha.qa_errors == 1 and not alpha.ready  # the changed date
    beta = cov.cell("beta", "ru")
    assert beta is not None and beta.counts("segments")["fuzzy"] == 1 and not beta.ready
    be = cov.cell("alpha", "be")
    assert be is not None and be.counts("segments")["untranslated"] == 3 and be.qa_errors == 0
    total = cov.total("ru")
    assert total.counts("segments") == {"translated": 4, "reviewed": 0, "fuzzy": 1,
                                        "untranslated": 1, "total": 6}
    assert total.qa_errors == 1 and not total.ready


def test_ready_when_everything_is_translated_and_clean(make_project) -> None:
    cov = coverage(translated_project(make_project))
    assert all(cov.cell(s, "ru").ready for s in ("alpha", "beta"))  # type: ignore[union-attr]
    assert cov.total("ru").ready and not cov.total("be").ready
    assert cov.total("ru").percent("words") == 100.0
    assert not coverage(translated_project(make_project), qa=False).total("ru").ready


def test_missing_catalog_counts_the_template_as_untranslated(make_project) -> None:
    project = translated_project(make_project)
    project.po_path("be", "beta").unlink()
    cell = coverage(project).cell("beta", "be")
    assert cell is not None and not cell.exists
    assert cell.counts("segments") == {"translated": 0, "reviewed": 0, "fuzzy": 0,
                                       "untranslated": 3, "total": 3}


def test_renderings(make_project) -> None:
    cov = coverage(translated_project(make_project, leave_out="Release them now."))
    beta = cov.cell("beta", "ru")
    assert beta is not None and bar(beta, "segments", 12).startswith("████████")
    text = table(cov, "segments")
    assert "alpha" in text and "TOTAL" in text and "█" in text and "░" in text
    rows = list(csv.DictReader(io.StringIO(to_csv(cov))))
    assert rows[0]["statement"] == "alpha" and rows[0]["translated_segments"] == "3"
    assert rows[-1]["statement"] == "(total)"
    assert "| alpha | ru | " in to_markdown(cov, "segments")
    data = json.loads(to_json(cov, "segments"))
    assert data["totals"]["ru"]["segments"]["untranslated"] == 1
    assert data["cells"][0]["ready"] is True


def test_html_is_a_standalone_page_with_a_chart(make_project) -> None:
    page = to_html(coverage(translated_project(make_project)), "words")
    html5lib.HTMLParser(strict=True).parse(page)
    assert "<svg" in page and "<rect" in page
    assert "<script" not in page and "<link" not in page and "src=" not in page


def test_reviewed_and_out_of_date_since_publication(make_project) -> None:
    project = translated_project(make_project)
    catalog = read_catalog(project.po_path("ru", "beta"))
    approved = [review.approve(e, "Rita") for e in catalog if e.msgid != "Release them now."]
    write_catalog(catalog)
    export_statement(project, "beta", "ru", "md")
    cell = coverage(project, qa=False).cell("beta", "ru")
    assert cell is not None and len(approved) == 2
    assert cell.counts("segments")["reviewed"] == 2 and not cell.out_of_date
    assert cell.counts("words")["reviewed"] == count_words("Release them") + count_words(
        "The union leaders were detained.")
    source = project.root / "corpus" / "beta.md"
    source.write_text(source.read_text().replace("Release them now.", "Release them today."))
    plan_update(project).write()
    cov = coverage(project, qa=False)
    cell = cov.cell("beta", "ru")
    assert cell is not None and cell.out_of_date and cell.published is not None
    assert cell.published.changed == ["Release them today."]
    assert cov.cell("alpha", "ru").published is None  # type: ignore[union-attr]
    data = json.loads(to_json(cov, "segments"))
    beta = next(c for c in data["cells"] if c["statement"] == "beta" and c["lang"] == "ru")
    assert beta["segments"]["reviewed"] == 2 and beta["published"]["changed"] == [
        "Release them today."]
    assert "source changed, translate and review: Release them today." in table(cov)
    page = to_html(cov, "segments")
    html5lib.HTMLParser(strict=True).parse(page)
    assert "Out of date since publication" in page and "Release them today." in page
    rows = list(csv.DictReader(io.StringIO(to_csv(cov))))
    assert [r["out_of_date"] for r in rows if r["statement"] == "beta"] == ["yes", ""]
