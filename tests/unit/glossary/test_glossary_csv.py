"""CSV/TSV glossaries: header of language codes, statuses, flags, round trips, bad input."""

from __future__ import annotations

import pytest

from workbench.glossary import GlossaryError, read_termbase, save_termbase, write_csv, write_tbx
from workbench.glossary.csvio import csv_text

SHEET = """en,ru,ru:forbidden,be,pos,note,dnt
trade union,профсоюз|профессиональный союз,тред-юнион,прафсаюз,noun,"Workers' body, legally",no
IndustriALL,IndustriALL,,IndustriALL,proper noun,,yes
"""


def test_csv_reads_languages_statuses_and_flags(tmp_path) -> None:
    path = tmp_path / "g.csv"
    path.write_text(SHEET, encoding="utf-8")
    tb = read_termbase(path)
    assert tb.source_language == "en"
    union, name = tb.concepts
    assert [(t.lang, t.text, t.status) for t in union.terms] == [
        ("en", "trade union", "preferred"), ("ru", "профсоюз", "preferred"),
        ("ru", "профессиональный союз", "admitted"), ("ru", "тред-юнион", "forbidden"),
        ("be", "прафсаюз", "preferred")]
    assert union.note == "Workers' body, legally" and union.terms[0].pos == "noun"
    assert all(t.dnt for t in name.terms) and name.terms[0].pos == "properNoun"
    assert union.id == "trade-union" and name.id == "industriall"


@pytest.mark.parametrize("suffix", [".csv", ".tsv"])
def test_csv_round_trip_is_exact(tmp_path, suffix: str) -> None:
    source = tmp_path / "g.csv"
    source.write_text(SHEET, encoding="utf-8")
    tb = read_termbase(source)
    out = tmp_path / f"out{suffix}"
    write_csv(tb, out)
    again = read_termbase(out)
    assert [c.to_dict() for c in again] == [c.to_dict() for c in tb]
    assert ("\t" in out.read_text(encoding="utf-8")) is (suffix == ".tsv")


def test_tbx_to_csv_to_tbx_keeps_what_csv_can_say(termbase, tmp_path) -> None:
    save_termbase(termbase, tmp_path / "a.csv")
    back = read_termbase(tmp_path / "a.csv")
    write_tbx(back, tmp_path / "b.tbx")
    final = read_termbase(tmp_path / "b.tbx")
    for before, after in zip(termbase, final, strict=True):
        assert sorted((t.lang, t.text, t.status) for t in before.terms) == sorted(
            (t.lang, t.text, t.status) for t in after.terms)
        assert before.dnt == after.dnt


def test_semicolons_bom_and_extension_sniffing(tmp_path) -> None:
    path = tmp_path / "sheet.txt"
    path.write_bytes("\ufeffEN;RU;Note\nunion;союз;a; b\n".replace("a; b", '"a; b"').encode())
    tb = read_termbase(path)
    assert [(t.lang, t.text) for t in tb.concepts[0].terms] == [("en", "union"), ("ru", "союз")]
    assert tb.concepts[0].note == "a; b"


def test_csv_text_is_deterministic(termbase) -> None:
    text = csv_text(termbase)
    assert text.splitlines()[0] == ("id,en,ru,be,uk,de,ru:forbidden,pos,definition,note,subject,"
                                    "dnt,case_sensitive")
    assert text == csv_text(termbase)


BAD = {
    "unknown language": ("en,xx\nunion,союз\n", "unknown language code 'xx' in the header", 1),
    "unknown status column": ("en,ru:maybe\nunion,союз\n", "unknown column 'ru:maybe'", 1),
    "no language": ("note,pos\na,noun\n", "no language column", 1),
    "bad flag": ("en,dnt\nunion,perhaps\n", "'perhaps' is not yes or no", 2),
    "too many cells": ("en,ru\nunion,союз,extra\n", "3 cells but 2 columns", 2),
    "duplicate entry": ("en,ru\nunion,союз\nmine,шахта\nUnion,объединение\n",
                        "duplicate entry: 'Union' (en)", 4),
    "duplicate term in a row": ("en,ru,ru:admitted\nunion,союз,Союз\n", "duplicate term", 2),
    "duplicate id": ("id,en\na,union\na,mine\n", "duplicate concept id 'a'", 3),
    "empty": ("", "empty glossary file", None),
    "empty row": ("en,ru\n,\n ,x\n", None, None),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_csv_gets_one_line_error(case: str, tmp_path) -> None:
    text, message, line = BAD[case]
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    if message is None:  # blank rows are skipped; a row with a term is fine
        assert [t.text for t in read_termbase(path).concepts[0].terms] == ["x"]
        return
    with pytest.raises(GlossaryError) as info:
        read_termbase(path)
    assert message in str(info.value) and info.value.line == line


def test_not_utf8(tmp_path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("en,de\nunion,Gewerkschaftsführer\n".encode("latin-1"))
    with pytest.raises(GlossaryError, match="not UTF-8"):
        read_termbase(path)
