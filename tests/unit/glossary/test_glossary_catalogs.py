"""Terminology checks over PO catalogs, and the project-wide consistency report."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.glossary import Concept, GlossaryError, Term, Termbase, check_catalogs

HEADER = 'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def po(path: Path, lang: str, *entries: str, header: bool = True) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text((HEADER.format(lang=lang) if header else "") + "\n".join(entries),
                    encoding="utf-8")
    return path


def entry(msgid: str, msgstr: str, extra: str = "") -> str:
    return f'{extra}msgid "{msgid}"\nmsgstr "{msgstr}"\n'


@pytest.fixture
def variants() -> Termbase:
    tb = Termbase()
    tb.add(Concept("union", [Term("trade union", "en"), Term("профсоюз", "ru"),
                             Term("профессиональный союз", "ru", "admitted")]))
    tb.add(Concept("obs", [Term("observer", "en"), Term("наблюдатель", "ru")]))
    return tb


def test_findings_name_file_line_msgid_and_expected(tmp_path, termbase) -> None:
    path = po(tmp_path / "ru.po", "ru",
              entry("Trade unions met.", "Профсоюзы встретились."),
              entry("Trade unions of Belarus.", "Союзы Белоруссии."),
              entry("Trade union.", "Союз.", "#, fuzzy\n"),
              entry("Trade union rights.", ""))
    findings = check_catalogs(None, [path], None, termbase)
    assert [(f.line, f.check, f.term, f.severity) for f in findings] == [
        (9, "missing", "trade union", "warning"), (9, "forbidden", "Белоруссия", "error")]
    first = findings[0]
    assert first.file == str(path) and first.msgid == "Trade unions of Belarus."
    assert first.expected == ["профсоюз"] and first.lang == "ru"
    assert set(first.to_dict()) >= {"file", "line", "msgid", "check", "term", "expected", "severity"}


def test_language_from_header_path_or_argument(tmp_path, termbase) -> None:
    bad = entry("Trade unions.", "Прафсаюзы.")
    by_path = po(tmp_path / "be" / "LC_MESSAGES" / "x.po", "", bad, header=False)
    assert check_catalogs(None, [by_path], None, termbase) == []
    assert check_catalogs(None, [by_path], "ru", termbase)[0].lang == "ru"
    nowhere = po(tmp_path / "x.po", "", bad, header=False)
    with pytest.raises(GlossaryError, match="cannot tell the language"):
        check_catalogs(None, [nowhere], None, termbase)


def test_plural_forms_are_checked_against_the_plural_msgid(tmp_path, termbase) -> None:
    plural = ('msgid "one trade union"\nmsgid_plural "%d trade unions"\n'
              'msgstr[0] "один профсоюз"\nmsgstr[1] "%d профсоюза"\nmsgstr[2] "%d союзов"\n')
    findings = check_catalogs(None, [po(tmp_path / "ru.po", "ru", plural)], None, termbase)
    assert [(f.check, f.msgid) for f in findings] == [("missing", "one trade union")]


def test_inconsistent_terms_across_the_project(tmp_path, variants) -> None:
    a = po(tmp_path / "a.po", "ru", entry("The trade union.", "Профсоюз."),
           entry("Trade unions.", "Профсоюзы."))
    b = po(tmp_path / "b.po", "ru", entry("A trade union.", "Профессиональный союз."))
    findings = check_catalogs(None, [a, b], None, variants)
    assert [(f.file, f.check, f.found, f.expected) for f in findings] == [
        (str(b), "inconsistent", "профессиональный союз", ["профсоюз"])]
    assert "in 2 other segment(s)" in findings[0].message
    assert check_catalogs(None, [a, b], None, variants, consistency=False) == []


def test_project_catalogs_are_found_by_language(make_project, termbase) -> None:
    project = make_project({"demo": "# Title\n\nTrade unions met.\n"}, targets=("ru", "be"))
    po(project.po_path("ru", "demo"), "ru", entry("Trade unions met.", "Союзы встретились."))
    po(project.po_path("be", "demo"), "be", entry("Trade unions met.", "Прафсаюзы сустрэліся."))
    findings = check_catalogs(project, [], None, termbase)
    assert [(f.file, f.lang) for f in findings] == [
        ("locales/ru/LC_MESSAGES/demo.po", "ru")]
    assert check_catalogs(project, [], "be", termbase) == []
