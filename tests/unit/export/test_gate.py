"""The publication gate: ready means translated, not fuzzy, no QA errors."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass

import pytest
from export_helpers import make, upper, write_catalogs

from workbench.errors import WorkbenchError
from workbench.export.gate import NotReady, check_ready
from workbench.export.publish import export_all, export_statement
from workbench.export.reassemble import rebuild

STATEMENT = "# Title\n\nOne sentence. Another one.\n\n- An item.\n"


@dataclass(frozen=True)
class FakeFinding:
    check: str
    severity: str
    message: str
    msgid: str
    accepted: bool = False
    file: str | None = None
    line: int | None = None


@pytest.fixture
def project(tmp_path):
    return make(tmp_path, {"s.md": STATEMENT})


@pytest.fixture
def qa(monkeypatch):
    """A stand-in for workbench.checks: tests set ``qa.findings``."""
    module = types.ModuleType("workbench.checks")
    module.findings = []
    module.calls = []

    def check_catalog(catalog, lang, *, project=None, **_kwargs):
        module.calls.append((lang, project))
        return list(module.findings)

    module.check_catalog = check_catalog
    monkeypatch.setitem(sys.modules, "workbench.checks", module)
    return module


def readiness(project, lang="ru"):
    return check_ready(rebuild(project, project.statement("s"), lang))


def test_fully_translated_is_ready(project, qa) -> None:
    write_catalogs(project, "s", "ru", upper)
    verdict = readiness(project)
    assert verdict.ready and verdict.qa_checked
    assert qa.calls == [("ru", project)]


def test_source_language_is_always_ready(project, qa) -> None:
    assert readiness(project, "en").ready
    assert qa.calls == []


def test_untranslated_and_fuzzy_are_not_ready(project, qa) -> None:
    write_catalogs(project, "s", "ru", {"Title": "Заголовок", "One sentence.": "Одно."},
                   fuzzy=["One sentence."])
    verdict = readiness(project)
    assert not verdict.ready
    assert verdict.summary() == "s is not ready in ru: 2 untranslated, 1 fuzzy"
    assert verdict.details() == [
        "corpus/s.md:3: fuzzy: One sentence.",
        "corpus/s.md:3: untranslated: Another one.",
        "corpus/s.md:5: untranslated: An item.",
    ]


def test_no_catalog_is_not_ready(project, qa) -> None:
    verdict = readiness(project)
    assert not verdict.ready
    assert verdict.summary() == "s has no ru catalog"
    assert "workbench update" in verdict.hint()


def test_qa_errors_block_warnings_and_accepted_errors_do_not(project, qa) -> None:
    write_catalogs(project, "s", "ru", upper)
    qa.findings = [FakeFinding("numbers", "warning", "number differs", "An item."),
                   FakeFinding("tags", "error", "accepted by a reviewer", "An item.", accepted=True)]
    assert readiness(project).ready
    qa.findings.append(FakeFinding("placeholders", "error", "placeholder missing", "Title", line=1))
    verdict = readiness(project)
    assert not verdict.ready
    assert verdict.summary() == "s is not ready in ru: 1 QA error"
    assert verdict.details() == ["corpus/s.md:1: QA error [placeholders]: placeholder missing: Title"]


def test_qa_missing_counts_as_passing(project, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "workbench.checks", None)  # import fails
    write_catalogs(project, "s", "ru", upper)
    verdict = readiness(project)
    assert verdict.ready and not verdict.qa_checked


def test_export_refused_writes_nothing(project, qa) -> None:
    write_catalogs(project, "s", "ru", {"Title": "Заголовок"})
    with pytest.raises(NotReady) as info:
        export_statement(project, "s", "ru", "html")
    assert "3 untranslated" in str(info.value)
    assert info.value.exit_code != 0
    assert not (project.root / "dist").exists()


def test_draft_export_writes_with_marks(project, qa) -> None:
    write_catalogs(project, "s", "ru", {"Title": "Заголовок"})
    done = export_statement(project, "s", "ru", "md", draft=True)
    assert done.draft and done.path == project.root / "dist" / "ru" / "s.md"
    assert done.path.read_text() == "# Заголовок\n\n⟦untranslated: One sentence. Another one.⟧\n\n" \
        "- ⟦untranslated: An item.⟧\n"


def test_all_exports_what_is_ready_and_skips_the_rest(tmp_path, qa) -> None:
    project = make(tmp_path, {"s.md": STATEMENT, "t.md": "# Other\n\nText here.\n"})
    write_catalogs(project, "s", "ru", upper)
    write_catalogs(project, "s", "fr", {"Title": "Titre"})
    write_catalogs(project, "t", "fr", upper)
    result = export_all(project, "html")
    written = sorted((e.slug, e.lang) for e in result.written)
    assert written == [("s", "en"), ("s", "ru"), ("t", "en"), ("t", "fr")]
    assert sorted((r.slug, r.lang) for r in result.skipped) == [("s", "fr"), ("t", "ru")]
    index = result.index.read_text()
    assert 'href="ru/s.html" hreflang="ru"' in index and 'href="fr/t.html" hreflang="fr"' in index
    assert "fr/s.html" not in index
    page = (project.root / "dist" / "ru" / "s.html").read_text()
    assert '<link rel="alternate" hreflang="en" href="../en/s.html">' in page
    assert '<link rel="alternate" hreflang="ru" href="../ru/s.html">' in page
    assert "fr/s.html" not in page


def test_all_as_draft_exports_everything(tmp_path, qa) -> None:
    project = make(tmp_path, {"s.md": STATEMENT})
    result = export_all(project, "md", draft=True, out_dir=tmp_path / "out")
    assert sorted(e.lang for e in result.written) == ["en", "fr", "ru"]
    assert (tmp_path / "out" / "index.md").read_text().startswith("# Test\n")


def test_default_path_may_not_escape_the_project(tmp_path, qa) -> None:
    project = make(tmp_path, {"s.md": STATEMENT})
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (project.root / "dist").symlink_to(outside)
    with pytest.raises(WorkbenchError, match="escapes the project"):
        export_statement(project, "s", "en", "md")
    assert not list(outside.iterdir())
    # Named explicitly, any path is the user's choice.
    done = export_statement(project, "s", "en", "md", output=outside / "s.md")
    assert done.path.read_text() == STATEMENT


def test_real_qa_errors_block_publication(tmp_path) -> None:
    project = make(tmp_path, {"s.md": "# Title\n\nZimin got 25 days.\n"})
    write_catalogs(project, "s", "ru", {"Title": "Заголовок", "Zimin got 25 days.": "Зимин получил 52 дня."})
    verdict = readiness(project)
    assert verdict.qa_checked and not verdict.ready
    assert any("[numbers]" in line for line in verdict.details())
    with pytest.raises(NotReady, match="1 QA error"):
        export_statement(project, "s", "ru", "md")
    write_catalogs(project, "s", "ru", {"Title": "Заголовок", "Zimin got 25 days.": "Зимин получил 25 суток."})
    assert readiness(project).ready


def test_export_never_overwrites_statements_or_catalogs(project, qa) -> None:
    with pytest.raises(WorkbenchError, match="over the project's statements or catalogs"):
        export_statement(project, "s", "en", "md", output=project.root / "corpus" / "s.md")
    assert project.statement("s").path.read_text() == STATEMENT


def test_blank_translation_blocks_publication(tmp_path) -> None:
    """A whitespace-only msgstr counts as translated, so QA must stop it (real QA here)."""
    project = make(tmp_path, {"s.md": "# Title\n\nOne sentence.\n"})
    write_catalogs(project, "s", "ru", {"Title": "Заголовок", "One sentence.": "  "})
    verdict = readiness(project)
    assert verdict.qa_checked and not verdict.ready
    assert any("[blank]" in line for line in verdict.details())
