"""The bundled termbase of the demo project: well-formed, deterministic, consistent."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.glossary import check_catalogs, load_termbase, read_termbase
from workbench.glossary.tbx_write import tbx_text
from workbench.project import Project

ROOT = Path(__file__).resolve().parents[3]
GLOSSARY = ROOT / "glossary" / "glossary.tbx"


@pytest.fixture(scope="module")
def bundled():
    if not GLOSSARY.exists():
        pytest.skip("no bundled glossary")
    return read_termbase(GLOSSARY)


def test_bundled_glossary_is_written_as_we_write_it(bundled) -> None:
    assert tbx_text(bundled) == GLOSSARY.read_text(encoding="utf-8")


def test_bundled_glossary_covers_the_statement(bundled) -> None:
    assert len(bundled) >= 40
    assert {"en", "ru", "be", "uk", "de", "fr"} <= set(bundled.languages())
    names = [c for c in bundled if c.dnt]
    assert {"IndustriALL Global Union", "BNP", "SPM"} <= {c.label("en") for c in names}
    hit = bundled.spot("the Independent Trade Union of Belarus (BNP)", "en")
    assert [h.text for h in hit] == ["Independent Trade Union of Belarus", "BNP"]


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_no_findings_on_the_bundled_translations(lang: str) -> None:
    project = Project.open(ROOT)
    catalogs = [po for _st, _lang, po in project.catalogs(lang) if po.is_file()]
    if not catalogs:
        pytest.skip(f"no {lang} catalogs")
    findings = check_catalogs(project, [], lang, load_termbase(project))
    assert [(f.file, f.line, f.check, f.term) for f in findings] == []
