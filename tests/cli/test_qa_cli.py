"""workbench check, coverage and score."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from workbench.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "reports"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "checks"))
from qa_helpers import entry, po_text  # noqa: E402
from report_helpers import translated_project  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data" / "checks"


def _json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_check_json_on_po_files_exits_1_on_errors(capsys) -> None:
    code = main(["check", "--format", "json", str(DATA / "injected.ru.po")])
    records = _json_lines(capsys.readouterr().out)
    assert code == 1
    assert {"file", "line", "msgid", "check", "severity", "message"} <= set(records[0])
    caught = {(r["check"], r["msgid"]) for r in records}
    assert ("numbers", "The court sentenced him to 25 days.") in caught
    assert ("printf", "Cannot open %s: %s") in caught
    assert ("mixed-script", "The server closed the connection.") in caught
    assert not any(r["msgid"].startswith("Everything") for r in records)


def test_check_clean_file_exits_0(capsys) -> None:
    assert main(["check", str(DATA / "clean.ru.po")]) == 0
    out = capsys.readouterr().out
    assert "0 errors, 0 warnings" in out


def test_check_text_is_grouped_by_file_with_line_numbers(capsys) -> None:
    main(["check", str(DATA / "injected.ru.po"), "--check", "numbers,printf"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("injected.ru.po")
    assert any(line.strip().startswith(("1", "2", "3", "4", "5", "6", "7", "8", "9"))
               and ": error numbers:" in line for line in out)
    assert not any("mixed-script" in line for line in out)


def test_check_on_the_project_and_with_a_language(make_project, monkeypatch, capsys) -> None:
    project = translated_project(make_project, wrong_number=True)
    monkeypatch.chdir(project.root)
    assert main(["check", "--lang", "be", "--severity", "error"]) == 0
    capsys.readouterr()
    assert main(["check", "--lang", "ru", "--format", "json"]) == 1
    (record,) = _json_lines(capsys.readouterr().out)
    assert record["file"] == "locales/ru/LC_MESSAGES/alpha.po" and record["check"] == "numbers"


def test_unknown_check_is_a_one_line_error(capsys) -> None:
    assert main(["check", "--check", "nubmers", str(DATA / "clean.ru.po")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "did you mean numbers" in err


def test_check_list(capsys) -> None:
    assert main(["check", "--list"]) == 0
    out = capsys.readouterr().out
    assert "mixed-script" in out and "wrong-letters" in out


def test_coverage_formats(make_project, monkeypatch, capsys, tmp_path: Path) -> None:
    project = translated_project(make_project, leave_out="Release them now.")
    monkeypatch.chdir(project.root)
    assert main(["coverage", "--format", "json", "--by", "segments"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["totals"]["ru"]["segments"] == {"translated": 5, "reviewed": 0, "fuzzy": 0,
                                               "untranslated": 1, "total": 6}
    assert data["totals"]["ru"]["qa_errors"] == 0 and data["totals"]["ru"]["ready"] is False
    assert main(["coverage"]) == 0
    assert "█" in capsys.readouterr().out
    for fmt in ("csv", "md"):
        assert main(["coverage", "--format", fmt]) == 0
        assert "alpha" in capsys.readouterr().out
    out = tmp_path / "cov.html"
    assert main(["coverage", "--format", "html", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_score_prints_scores_and_signatures(make_project, monkeypatch, capsys,
                                            tmp_path: Path) -> None:
    project = translated_project(make_project)
    monkeypatch.chdir(project.root)
    ref = tmp_path / "ref.po"
    ref.write_bytes(project.po_path("ru", "alpha").read_bytes())
    assert main(["score", "--lang", "ru", "--reference", str(ref), "alpha"]) == 0
    out = capsys.readouterr().out
    assert "chrf  100.00" in out and "nrefs:1|case:mixed" in out and "bleu" in out
    assert main(["score", "--lang", "ru", "--reference", str(ref), "alpha",
                 "--format", "json", "--metric", "chrf"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["score"]["corpus"] == {"chrf": pytest.approx(100.0)}
    assert main(["score", "--lang", "ru", "--reference", str(ref)]) == 2  # which statement?


def test_score_needs_something_to_do(make_project, monkeypatch, capsys) -> None:
    monkeypatch.chdir(translated_project(make_project).root)
    assert main(["score", "--lang", "ru"]) == 2
    assert main(["score", "--lang", "ru", "--postedit"]) == 0
    assert "no entries pre-translated" in capsys.readouterr().out


def test_po_text_helper_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "x.po"
    path.write_text(po_text(entry("a", "b")), encoding="utf-8")
    assert main(["check", str(path)]) == 0


def test_one_bad_entry_never_costs_the_run(tmp_path: Path, capsys) -> None:
    """U+037E after a Latin word made mixed-script raise: a traceback, no findings at all."""
    greek = tmp_path / "el.po"
    greek.write_text(po_text(entry("Text?", "Texte\u037e"), "el"), encoding="utf-8")
    other = tmp_path / "ru.po"
    other.write_text(po_text(entry("Open %s", "Открыть")), encoding="utf-8")
    assert main(["check", "--format", "json", str(greek), str(other)]) == 1
    records = _json_lines(capsys.readouterr().out)
    assert [(r["file"].endswith("ru.po"), r["check"]) for r in records] == [(True, "printf")]


def test_check_refuses_a_plural_header_msgfmt_refuses(tmp_path: Path, capsys) -> None:
    path = tmp_path / "x.po"
    path.write_text(po_text(entry("a", "б"), plural_forms="nplurals=abc; plural=n!=1;"),
                    encoding="utf-8")
    assert main(["check", str(path)]) == 1
    assert "error plural-header" in capsys.readouterr().out


RULES = """
[[rule]]
id = "aktualny"
lang = ["ru", "uk"]
source = '\\bactual\\b'
term = "актуальн*"
message = "'actual' is 'фактический', not 'актуальный'"

[[rule]]
id = "no-ok"
pattern = '\\bок\\b'
message = "write «хорошо»"
severity = "error"
"""


def test_house_rules_run_as_checks_and_are_listed(make_project, monkeypatch, capsys) -> None:
    project = translated_project(make_project)
    (project.root / "qa").mkdir()
    (project.root / "qa" / "rules.toml").write_text(RULES, encoding="utf-8")
    monkeypatch.chdir(project.root)
    assert main(["check", "--list"]) == 0
    listed = capsys.readouterr().out
    assert "rule-aktualny" in listed and "rule-no-ok" in listed and "ru,uk" in listed
    po = project.root / "extra.po"
    po.write_text(po_text(entry("The actual size", "Актуальный размер")
                                   + entry("The current size", "Текущий размер ок")),
                           encoding="utf-8")
    assert main(["check", "--format", "json", "--rules", "qa/rules.toml", str(po)]) == 1
    found = {(r["check"], r["severity"], r["msgid"]) for r in _json_lines(capsys.readouterr().out)}
    assert found == {("rule-aktualny", "warning", "The actual size"),
                     ("rule-no-ok", "error", "The current size")}


def test_a_bad_rules_file_is_one_line_and_exit_2(tmp_path: Path, capsys) -> None:
    rules = tmp_path / "rules.toml"
    rules.write_text('[[rule]]\nid = "x"\npattern = "(unclosed"\nmessage = "m"\n',
                     encoding="utf-8")
    path = tmp_path / "x.po"
    path.write_text(po_text(entry("a", "б")), encoding="utf-8")
    assert main(["check", "--rules", str(rules), str(path)]) == 2
    err = capsys.readouterr().err
    assert "rules.toml: rule 1: pattern '(unclosed' is not a valid regular expression" in err
    assert "Traceback" not in err
