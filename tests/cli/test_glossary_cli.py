"""`workbench glossary …` from a user's point of view, bad input included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.glossary import read_termbase

STATEMENT = "# Unions\n\nTrade unions met independent observers.\n"
HEADER = 'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def write_po(path: Path, lang: str, pairs: list[tuple[str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f'#: corpus/demo.md:3\nmsgid "{s}"\nmsgstr "{t}"\n\n' for s, t in pairs)
    path.write_text(HEADER.format(lang=lang) + body, encoding="utf-8")
    return path


@pytest.fixture
def project(make_project, monkeypatch):
    project = make_project({"demo": STATEMENT}, targets=("ru", "be"))
    monkeypatch.chdir(project.root)
    return project


def add_union(capsys) -> None:
    assert main(["glossary", "add", "trade union", "--lang", "ru", "профсоюз", "--lang", "be",
                 "прафсаюз", "--note", "Workers' organisation", "--pos", "noun",
                 "--forbidden", "ru", "тред-юнион"]) == 0
    capsys.readouterr()


def test_add_list_and_json(project, capsys) -> None:
    add_union(capsys)
    assert main(["glossary", "add", "BNP", "--lang", "ru", "BNP", "--dnt"]) == 0
    assert "added concept 'bnp'" in capsys.readouterr().out
    tb = read_termbase(project.glossary_path)
    union = tb.get("trade-union")
    assert [(t.lang, t.text, t.status) for t in union.terms] == [
        ("en", "trade union", "preferred"), ("ru", "профсоюз", "preferred"),
        ("ru", "тред-юнион", "forbidden"), ("be", "прафсаюз", "preferred")]
    assert union.note == "Workers' organisation" and tb.get("bnp").dnt
    assert main(["glossary", "list"]) == 0
    out = capsys.readouterr().out
    assert "trade-union  en: trade union; ru: профсоюз, тред-юнион (forbidden); be: прафсаюз" in out
    assert main(["glossary", "list", "--lang", "be", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [t["text"] for t in rows[0]["terms"]] == ["trade union", "прафсаюз"]
    assert len(rows) == 1  # BNP has no Belarusian term


def test_add_to_a_known_concept_adds_admitted_terms(project, capsys) -> None:
    add_union(capsys)
    assert main(["glossary", "add", "Trade union", "--lang", "ru", "профессиональный союз"]) == 0
    assert "updated concept 'trade-union'" in capsys.readouterr().out
    union = read_termbase(project.glossary_path).get("trade-union")
    assert ("профессиональный союз", "admitted") in [(t.text, t.status) for t in union.terms]


def test_remove_terms_and_concepts(project, capsys) -> None:
    add_union(capsys)
    assert main(["glossary", "remove", "trade-union", "--lang", "ru", "--term", "тред-юнион"]) == 0
    assert [t.text for t in read_termbase(project.glossary_path).get("trade-union").forbidden("ru")] == []
    assert main(["glossary", "remove", "прафсаюз"]) == 0
    assert len(read_termbase(project.glossary_path)) == 0
    assert main(["glossary", "remove", "nothing"]) == 2
    assert "no concept with the term or id 'nothing'" in capsys.readouterr().err


def test_import_and_export_round_trip(project, tmp_path, capsys) -> None:
    sheet = tmp_path / "terms.csv"
    sheet.write_text("en,ru,be,pos\ntrade union,профсоюз,прафсаюз,noun\n"
                     "independent observer,независимый наблюдатель,незалежны назіральнік,noun\n",
                     encoding="utf-8")
    assert main(["glossary", "import", str(sheet)]) == 0
    assert "2 added, 0 updated" in capsys.readouterr().out
    assert main(["glossary", "import", str(sheet)]) == 0  # again: nothing new
    assert "0 added, 0 updated" in capsys.readouterr().out
    for name in ("out.tbx", "out.csv", "out.tsv"):
        assert main(["glossary", "export", "-o", str(tmp_path / name)]) == 0
        again = read_termbase(tmp_path / name)
        assert [c.label("ru") for c in again] == ["профсоюз", "независимый наблюдатель"]
    assert project.glossary_path.read_text(encoding="utf-8").startswith("<?xml")


def test_check_reports_findings_and_exits_1(project, capsys) -> None:
    add_union(capsys)
    main(["glossary", "add", "independent observer", "--lang", "ru", "независимый наблюдатель"])
    ru = write_po(project.po_path("ru", "demo"), "ru",
                  [("Trade unions met independent observers.", "Союзы встретили наблюдателей.")])
    write_po(project.po_path("be", "demo"), "be",
             [("Trade unions met independent observers.", "Прафсаюзы сустрэлі назіральнікаў.")])
    capsys.readouterr()
    assert main(["glossary", "check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[0].startswith("locales/ru/LC_MESSAGES/demo.po:6: warning: [missing]")
    assert main(["glossary", "check", "--lang", "be"]) == 0
    assert main(["glossary", "check", "--json", str(ru)]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["term"] for r in rows} == {"trade union", "independent observer"}
    assert {"file", "msgid", "check", "term", "severity", "expected", "line"} <= set(rows[0])


def test_check_with_a_glossary_file_outside_a_project(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "g.tsv"
    sheet.write_text("en\tru\ntrade union\tпрофсоюз\n", encoding="utf-8")
    po = write_po(tmp_path / "ru.po", "ru", [("Trade unions.", "Профсоюзы.")])
    assert main(["glossary", "check", "--glossary", str(sheet), str(po)]) == 0
    assert main(["glossary", "check", str(po)]) == 2
    assert "no project here" in capsys.readouterr().err


def test_spot_and_suggest(project, capsys) -> None:
    add_union(capsys)
    assert main(["glossary", "spot", "The trade-unions", "--json"]) == 0
    hit = json.loads(capsys.readouterr().out)[0]
    assert (hit["start"], hit["end"], hit["concept"]["id"]) == (4, 16, "trade-union")
    pairs = [("Independent observers met.", "Независимые наблюдатели встретились."),
             ("We saw independent observers.", "Мы видели независимых наблюдателей.")]
    write_po(project.po_path("ru", "demo"), "ru", pairs)
    assert main(["glossary", "suggest", "--lang", "ru", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["term"].casefold() == "independent observers"
    assert rows[0]["translations"]["ru"][0]["text"].casefold().startswith("независим")


@pytest.mark.parametrize(("argv", "message"), [
    (["glossary", "add", "x", "--lang", "zz", "y"], "unknown language code 'zz'"),
    (["glossary", "import", "missing.tbx"], "no such glossary file"),
    (["glossary", "list", "--lang", "qq"], "unknown language code 'qq'"),
])
def test_bad_input_is_one_line_exit_2(project, capsys, argv, message) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_broken_project_glossary_is_reported(project, capsys) -> None:
    project.glossary_path.parent.mkdir(exist_ok=True)
    project.glossary_path.write_text("<tbx><text>\n<body>", encoding="utf-8")
    assert main(["glossary", "list"]) == 2
    assert "glossary/glossary.tbx:2: malformed XML" in capsys.readouterr().err
