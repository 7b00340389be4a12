"""TBX read/write: round trips, other tools' exports, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.glossary import GlossaryError, Term, read_termbase, write_tbx
from workbench.glossary.tbx_write import tbx_text

DATA = Path(__file__).resolve().parents[2] / "data" / "glossary"


def snapshot(tb) -> list[dict]:
    """Concepts as dicts; terms grouped by language (the file's order), else as entered."""
    out = []
    for c in tb:
        data = c.to_dict()
        data["terms"] = sorted(data["terms"], key=lambda t: (t["lang"] != tb.source_language,
                                                            t["lang"]))
        out.append(data)
    return out


def test_round_trip_keeps_everything(termbase, tmp_path) -> None:
    concept = termbase.find("trade union")[0]
    concept.definition, concept.note, concept.subject = "Workers' organisation", "A <note> & more", "labour"
    concept.terms.append(Term("профессиональный союз", "ru", "admitted", "noun", "full form",
                              case_sensitive=True))
    termbase.changed()
    path = tmp_path / "g.tbx"
    write_tbx(termbase, path)
    again = read_termbase(path)
    assert snapshot(again) == snapshot(termbase)
    assert again.source_language == "en"
    write_tbx(again, tmp_path / "h.tbx")
    assert (tmp_path / "h.tbx").read_bytes() == path.read_bytes()  # deterministic


def test_output_is_tbx_basic_v3_pretty_printed(termbase) -> None:
    text = tbx_text(termbase)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic"')
    assert 'xmlns="urn:iso:std:iso:30042:ed-2"' in text
    assert '      <conceptEntry id="trade-union">\n        <langSec xml:lang="en">' in text
    assert '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>' in text
    assert '<admin type="projectSubset">do-not-translate</admin>' in text  # BNP
    # TBX-Basic's partOfSpeech has no properNoun: a noun tagged as one.
    assert ('<termNote type="partOfSpeech">noun</termNote>\n'
            '            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>\n'
            '            <admin type="projectSubset">proper-noun</admin>') in text
    assert text.endswith("</tbx>\n")


def test_weblate_export_imports() -> None:
    tb = read_termbase(DATA / "weblate.tbx")
    union, archaic, name = tb.concepts
    assert union.note == "Organisation of workers."
    assert [(t.lang, t.text, t.note) for t in union.terms] == [
        ("en", "trade union", None), ("be", "прафсаюз", "Short form of прафесійны саюз.")]
    assert archaic.forbidden("ru")[0].text == "тред-юнион"
    assert name.terms[0].dnt and len(name.terms) == 1  # the empty <term/> is skipped
    assert union.id == "trade union"  # ids are kept as they are


def test_memoq_export_imports() -> None:
    tb = read_termbase(DATA / "memoq.tbx")
    assert tb.source_language == "en_US"
    union, bnp = tb.concepts
    assert union.definition.startswith("Organisation") and union.subject == "labour"
    assert [(t.lang, t.text, t.status) for t in union.terms] == [
        ("en_US", "trade union", "preferred"), ("ru", "профсоюз", "preferred"),
        ("ru", "профессиональный союз", "admitted"), ("ru", "тред-юнион", "forbidden")]
    assert union.terms[0].pos == "noun" and union.terms[3].note == "Archaic."
    assert bnp.terms[0].case_sensitive and bnp.terms[1].lang == "be"
    # en_US terms serve an "en" project.
    assert [h.text for h in tb.spot("Trade unions", "en")] == ["Trade unions"]


def test_tbx_v3_without_namespace_and_with_term_level_definition(tmp_path) -> None:
    path = tmp_path / "plain.tbx"
    path.write_text("""<tbx type="TBX-Basic" xml:lang="en"><text><body>
      <conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>union</term>
      <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
      <descrip type="definition">An organisation.</descrip></termSec></langSec></conceptEntry>
      </body></text></tbx>""", encoding="utf-8")
    term = read_termbase(path).concepts[0].terms[0]
    assert (term.status, term.note) == ("admitted", "An organisation.")


BAD = {
    "malformed": ("<tbx><text><body>\n<conceptEntry id='a'>\n</langSec>", "malformed XML", 3),
    "billion laughs": ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
                       ' <!ENTITY lol2 "&lol;&lol;">\n]>\n<tbx>&lol2;</tbx>', "unsafe XML", 3),
    "external entity": ('<?xml version="1.0"?>\n<!DOCTYPE tbx [\n<!ENTITY x SYSTEM '
                        '"file:///etc/passwd">]>\n<tbx>&x;</tbx>', "unsafe XML", 3),
    "not tbx": ("<html><body/></html>", "not a TBX file", 1),
    "duplicate id": ("<tbx><text><body>\n<conceptEntry id='a'><langSec xml:lang='en'><termSec>"
                     "<term>x</term></termSec></langSec></conceptEntry>\n<conceptEntry id='a'>"
                     "<langSec xml:lang='en'><termSec><term>y</term></termSec></langSec>"
                     "</conceptEntry></body></text></tbx>", "duplicate concept id 'a'", 3),
    "duplicate entry": ("<tbx><text><body>\n<conceptEntry id='a'><langSec xml:lang='en'><termSec>"
                        "<term>union</term></termSec></langSec></conceptEntry>\n"
                        "<conceptEntry id='b'><langSec xml:lang='en'><termSec><term>Union</term>"
                        "</termSec></langSec></conceptEntry></body></text></tbx>",
                        "duplicate entry: 'Union' (en) is in concepts 'a' and 'b'", 3),
    "unknown language": ("<tbx><text><body>\n<conceptEntry id='a'>\n<langSec xml:lang='xx'>"
                         "<termSec><term>x</term></termSec></langSec></conceptEntry></body>"
                         "</text></tbx>", "unknown language code 'xx'", 3),
    "unknown status": ("<tbx><text><body><conceptEntry id='a'><langSec xml:lang='en'>\n<termSec>"
                       "<term>x</term><termNote type='administrativeStatus'>maybe</termNote>"
                       "</termSec></langSec></conceptEntry></body></text></tbx>",
                       "unknown administrativeStatus 'maybe'", 2),
    "not utf-8 text": ("\udcff", "malformed XML", 1),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_input_gets_one_line_error_with_the_line(case: str, tmp_path) -> None:
    text, message, line = BAD[case]
    path = tmp_path / "bad.tbx"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    with pytest.raises(GlossaryError) as info:
        read_termbase(path)
    error = info.value
    assert message in str(error) and "\n" not in str(error)
    assert error.path == path and error.line == line


def test_missing_file() -> None:
    with pytest.raises(GlossaryError, match="no such glossary file"):
        read_termbase("/nonexistent/glossary.tbx")
