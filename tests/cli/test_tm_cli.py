"""TM commands from a user's point of view: tm import/lookup/concordance/export/stats,
pretranslate and analyze, bad input included."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from workbench.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "tm"
PO = """msgid ""
msgstr ""
"Project-Id-Version: {slug}\\n"
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#: corpus/{slug}.md:1
msgid "Workers' rights"
msgstr "{first}"

#: corpus/{slug}.md:3
msgid "The union was banned in 2021."
msgstr "{second}"
"""


@pytest.fixture
def root(make_project) -> Path:
    project = make_project({"main": "# Workers' rights\n\nThe union was banned in 2021.\n",
                            "new": "# Workers' rights\n\nThe union was banned in 2022.\n"}, targets=("ru",))
    folder = project.root / "locales" / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "main.po").write_text(
        PO.format(slug="main", first="Права работников", second="Профсоюз был запрещён в 2021 году."),
        encoding="utf-8")
    (folder / "new.po").write_text(PO.format(slug="new", first="", second="").replace("2021", "2022"),
                                   encoding="utf-8")
    return project.root


def run(root: Path, *argv: str) -> int:
    return main(["--project", str(root), *argv])


def test_lookup_json_answers_each_stdin_line_in_order(root, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("The union was banned in 2021.\nThe union was banned in 2023.\n"
                                                  "Nothing like it at all\n"))
    assert run(root, "tm", "lookup", "--lang", "ru", "--json") == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [obj["query"] for obj in lines] == ["The union was banned in 2021.", "The union was banned in 2023.",
                                              "Nothing like it at all"]
    exact, numbers, none = (obj["matches"] for obj in lines)
    assert exact[0] == {"score": 100, "source": "The union was banned in 2021.",
                        "target": "Профсоюз был запрещён в 2021 году.", "origin": "statement main",
                        "diff": [["equal", "The union was banned in 2021."]], "fuzzy": False,
                        "suggestion": "Профсоюз был запрещён в 2021 году.",
                        "targets": ["Профсоюз был запрещён в 2021 году."]}
    assert numbers[0]["score"] == 99 and numbers[0]["suggestion"] == "Профсоюз был запрещён в 2023 году."
    assert none == []


def test_lookup_text_arguments_min_and_limit(root, capsys) -> None:
    assert run(root, "tm", "lookup", "--lang", "ru", "--min", "99", "--limit", "1", "The", "union",
               "was", "banned", "in", "2021.") == 0
    out = capsys.readouterr().out
    assert out.startswith("» The union was banned in 2021.\n  100%  Профсоюз был запрещён в 2021 году.")


def test_concordance_plain_when_not_a_terminal(root, capsys) -> None:
    assert run(root, "tm", "concordance", "--lang", "ru", "union") == 0
    out = capsys.readouterr().out
    assert "The union was banned in 2021." in out and "\x1b[" not in out
    assert run(root, "tm", "concordance", "--lang", "ru", "--json", "права") == 0
    [hit] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert hit["target_spans"] == [[0, 5]] and hit["origin"] == "statement main"


def test_import_export_and_stats(root, tmp_path, capsys) -> None:
    assert run(root, "tm", "import", str(DATA / "omegat.tmx")) == 0
    assert "omegat.tmx: imported as tm/omegat.tmx (2 ru)" in capsys.readouterr().out
    out = tmp_path / "ru.tmx"
    assert run(root, "tm", "export", "--lang", "ru", "-o", str(out)) == 0
    assert "Wrote 4 units" in capsys.readouterr().out
    assert run(root, "tm", "stats", "--json") == 0
    [stats] = json.loads(capsys.readouterr().out)
    assert stats["units"] == 4 and {f["file"] for f in stats["files"]} >= {"tm/omegat.tmx"}
    assert run(root, "tm", "rebuild", "--lang", "ru") == 0
    assert "ru: 4 units indexed" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["malformed.tmx", "billion-laughs.tmx", "external-entity.tmx",
                                  "version.tmx", "no-srclang.tmx", "german-only.tmx"])
def test_bad_imports_fail_in_one_line(root, capsys, name) -> None:
    assert run(root, "tm", "import", str(DATA / name)) == 2
    err = capsys.readouterr().err
    assert err.startswith("workbench: error: ") and name in err and len(err.strip().splitlines()) == 1
    assert not (root / "tm").exists()


def test_pretranslate_then_analyze(root, capsys) -> None:
    assert run(root, "pretranslate", "--lang", "ru", "new", "--min", "90", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["translated"], report["fuzzy"]) == (1, 1)
    po = (root / "locales" / "ru" / "LC_MESSAGES" / "new.po").read_text(encoding="utf-8")
    assert "# TM 99% from statement main" in po and "#, fuzzy" in po
    assert run(root, "analyze", "--lang", "ru", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert [s["slug"] for s in result["statements"]] == ["main", "new"]
    assert result["total"]["repetitions"]["segments"] == 1  # "Workers' rights" again in new
    assert run(root, "analyze", "--lang", "ru") == 0
    table = capsys.readouterr().out
    assert "Repetitions" in table and "No match" in table and "Total" in table


def test_unknown_language_is_one_line(root, capsys) -> None:
    assert run(root, "tm", "lookup", "--lang", "xx-nope", "hello") == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
