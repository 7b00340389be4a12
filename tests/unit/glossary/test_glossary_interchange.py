"""Glossaries from and for other tools: TBX v3 DCT, Weblate, Lokalize, OmegaT, translate-toolkit.

Real files are in tests/data/glossary/peers (see its MANIFEST.md); the expected values come from
the peers' own tests and documentation, not from our reader.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.glossary import Concept, GlossaryError, Term, Termbase, read_termbase
from workbench.glossary.importing import read_import
from workbench.glossary.omegat import read_omegat
from workbench.glossary.store import merge
from workbench.glossary.tbx_write import tbx_text

PEERS = Path(__file__).resolve().parents[2] / "data" / "glossary" / "peers"
REPO = Path(__file__).resolve().parents[3]

DCT = """<?xml version="1.0" encoding="utf-8"?>
<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:min="http://www.tbxinfo.net/ns/min" xmlns:basic="http://www.tbxinfo.net/ns/basic">
  <tbxHeader><fileDesc><sourceDesc><p>DCT sample</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <min:subjectField>astronomy</min:subjectField>
      <langSec xml:lang="en">
        <descripGrp><basic:definition>A group of stars formed together.</basic:definition>
          <basic:source>Oxford2007</basic:source></descripGrp>
        <termSec>
          <term>open cluster</term>
          <min:partOfSpeech>noun</min:partOfSpeech>
          <min:administrativeStatus>preferredTerm-admn-sts</min:administrativeStatus>
        </termSec>
        <termSec>
          <term>galactic cluster</term>
          <min:partOfSpeech>noun</min:partOfSpeech>
          <min:administrativeStatus>supersededTerm-admn-sts</min:administrativeStatus>
        </termSec>
        <termSec>
          <term>star cluster</term>
          <min:administrativeStatus>admittedTerm-admn-sts</min:administrativeStatus>
        </termSec>
      </langSec>
      <langSec xml:lang="fr">
        <termSec><term>amas ouvert</term><min:partOfSpeech>noun</min:partOfSpeech></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""


def test_tbx_v3_dct_style_keeps_statuses_parts_of_speech_and_definitions(tmp_path) -> None:
    path = tmp_path / "dct.tbx"
    path.write_text(DCT, encoding="utf-8")
    concept = read_termbase(path).concepts[0]
    assert [(t.text, t.status, t.pos) for t in concept.terms] == [
        ("open cluster", "preferred", "noun"), ("galactic cluster", "forbidden", "noun"),
        ("star cluster", "admitted", None), ("amas ouvert", "preferred", "noun")]
    assert concept.definition == "A group of stars formed together."
    assert concept.subject == "astronomy"


def test_weblate_translation_needed_no_is_do_not_translate() -> None:
    data_bus, code = read_termbase(PEERS / "weblate-fr-extended-metadata.tbx").concepts
    assert all(t.dnt for t in code.terms) and not any(t.dnt for t in data_bus.terms)
    assert [t.status for t in data_bus.terms] == ["forbidden", "forbidden"]  # obsolete
    assert data_bus.definition == "Superseded but still found in older manuals."
    assert data_bus.note == "Avoid using this term in any documentation."
    assert code.terms[0].note == "Do not translate error codes."


def test_a_lokalize_export_with_duplicates_imports_what_is_sound() -> None:
    path = PEERS / "weblate-lokalize-terms-excerpt.tbx"
    with pytest.raises(GlossaryError, match="duplicate term 'vymazat'"):
        read_termbase(path)  # as the project's own glossary it would be refused
    imported = read_import(path)
    assert len(imported.termbase) == 8
    assert imported.report == ["concept 'vít_pelčák-28': 'vymazat' (cs) listed twice; kept once"]
    clear = imported.termbase.get("vít_pelčák-28")
    assert [t.text for t in clear.terms_in("cs")] == ["vymazat", "vyčistit", "smazat"]
    assert imported.termbase.get("vít_pelčák-0").terms[0].text == "&About"


def test_two_concepts_for_one_source_term_are_merged_and_reported(tmp_path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("en,ru\nunion,профсоюз\nUnion,союз\nstrike,забастовка\n", encoding="utf-8")
    imported = read_import(path)
    assert [len(c.terms) for c in imported.termbase] == [3, 2]
    assert len(imported.report) == 1 and "share the term 'union'" in imported.report[0]


OMEGAT_TSV = [  # OmegaT's GlossaryReaderTSVTest on test.tab
    ("kde", "koo moo", None), ("question", "qqqqq", None),
    ("地球システム", "System Terre", "https://fr.wikipedia.org/wiki/Science_du_syst%C3%A8me_Terre"),
    ("손가락", "Korean Term", None)]
OMEGAT_CSV = [  # OmegaT's GlossaryReaderCSVTest on test.csv
    ("kde", "csv kde"), ("question", "csv q"), ("kde; question", "comma"), ("kde, qu", "comma dot"),
    ('"kde","q"', "cdk"), ('""k', "k"), ('zz"zz', "zz")]


def _pairs(termbase: Termbase, source: str, target: str) -> list[tuple[str, str, str | None]]:
    return [(c.terms_in(source)[0].text, t.text, t.note) for c in termbase for t in c.terms_in(target)]


def test_omegat_tab_glossary_reads_as_omegat_does() -> None:
    termbase = read_omegat(PEERS / "omegat-test.tab", "ja", "fr")
    assert _pairs(termbase, "ja", "fr") == OMEGAT_TSV


def test_omegat_csv_glossary_reads_as_omegat_does() -> None:
    termbase = read_omegat(PEERS / "omegat-test.csv", "en", "cs")
    assert [(s, t) for s, t, _ in _pairs(termbase, "en", "cs")] == OMEGAT_CSV[:3] + [
        OMEGAT_CSV[3], OMEGAT_CSV[4], OMEGAT_CSV[5], OMEGAT_CSV[6]]


def test_omegat_comment_only_file_with_bom_is_empty() -> None:
    assert len(read_omegat(PEERS / "omegat-magiccomment-bom.tab", "en", "de")) == 0


def test_omegat_same_source_twice_is_one_concept_first_target_preferred(tmp_path) -> None:
    path = tmp_path / "g.utf8"
    path.write_text("# team glossary\nunion\tпрофсоюз\tshort form\nunion\tпрофессиональный союз\n"
                    "\nstrike\tзабастовка\n", encoding="utf-8")
    union, strike = read_omegat(path, "en", "ru").concepts
    assert [(t.text, t.status, t.note) for t in union.terms_in("ru")] == [
        ("профсоюз", "preferred", "short form"), ("профессиональный союз", "admitted", None)]
    assert strike.terms_in("ru")[0].text == "забастовка"


def test_omegat_errors_name_file_and_line(tmp_path) -> None:
    path = tmp_path / "g.txt"
    path.write_bytes("union\tпрофсоюз\nstrike\n".encode())
    with pytest.raises(GlossaryError, match="needs a source and a target") as info:
        read_omegat(path, "en", "ru")
    assert info.value.line == 2
    path.write_bytes(b"union\t" + "профсоюз".encode("cp1251") + b"\n")
    with pytest.raises(GlossaryError, match="not UTF-8") as info:
        read_omegat(path, "en", "ru")
    assert info.value.line == 1 and ".utf8" in str(info.value)


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "p"
    (root / "corpus").mkdir(parents=True)
    (root / "workbench.toml").write_text('[project]\nsource_language = "en"\n'
                                         'target_languages = ["ru"]\n', encoding="utf-8")
    return root


def test_cli_imports_an_omegat_glossary_with_its_languages(tmp_path, capsys) -> None:
    root = _project(tmp_path)
    glossary = tmp_path / "team.txt"
    glossary.write_text("trade union\tпрофсоюз\n", encoding="utf-8")
    assert main(["--project", str(root), "glossary", "import", str(glossary), "--lang", "ru"]) == 0
    assert "(OmegaT glossary): 1 added" in capsys.readouterr().out
    tb = read_termbase(root / "glossary" / "glossary.tbx")
    assert [(t.lang, t.text) for t in tb.concepts[0].terms] == [("en", "trade union"),
                                                                 ("ru", "профсоюз")]


def test_cli_without_languages_says_how_to_import_an_omegat_glossary(tmp_path, capsys) -> None:
    root = _project(tmp_path)
    glossary = tmp_path / "team.txt"
    glossary.write_text("trade union\tпрофсоюз\n", encoding="utf-8")
    assert main(["--project", str(root), "glossary", "import", str(glossary)]) == 2
    err = capsys.readouterr().err.strip()
    assert "--source en --lang ru" in err and "team.txt:1:" in err and "\n" not in err


def test_cli_refuses_an_empty_term(tmp_path, capsys) -> None:
    root = _project(tmp_path)
    assert main(["--project", str(root), "glossary", "add", "", "--lang", "ru", "x"]) == 2
    assert "empty" in capsys.readouterr().err
    assert not (root / "glossary" / "glossary.tbx").exists()


# -- what we write ---------------------------------------------------------------------------

# TBX-Basic v3 DCA (LTAC's TBX-Basic definition 1.2.1): the data categories and picklists it
# permits, and where. Encoded from the definition; checked by hand once against LTAC's
# TBXcoreStructV03.rng and TBX-Basic_DCA.sch (see the closing note of issue 11).
BASIC_TYPES = {
    "termNote": {"administrativeStatus", "partOfSpeech", "geographicalUsage", "grammaticalGender",
                 "termLocation", "termType"},
    "descrip": {"subjectField", "context", "definition"},
    "admin": {"customerSubset", "projectSubset", "source"},
}
PICKLISTS = {
    "administrativeStatus": {"admittedTerm-admn-sts", "deprecatedTerm-admn-sts",
                             "supersededTerm-admn-sts", "preferredTerm-admn-sts"},
    "partOfSpeech": {"adjective", "noun", "other", "verb", "adverb"},
}
CORE = "urn:iso:std:iso:30042:ed-2"
TERMSEC_ORDER = ["term", "termNote", "aux"]


def basic_violations(text: str) -> list[str]:
    root = ET.fromstring(text.encode("utf-8"))
    out = []
    if root.tag != f"{{{CORE}}}tbx" or root.get("type") != "TBX-Basic" or root.get("style") != "dca":
        out.append("root is not <tbx type=TBX-Basic style=dca> in the TBX namespace")
    ids = [e.get("id") for e in root.iter(f"{{{CORE}}}conceptEntry")]
    if len(ids) != len(set(ids)) or not all(re.fullmatch(r"[^\W\d][\w.-]*", i or "") for i in ids):
        out.append("conceptEntry ids are not unique XML IDs")
    for elem in root.iter():
        if not elem.tag.startswith(f"{{{CORE}}}"):
            out.append(f"element outside the TBX namespace: {elem.tag}")
        name = elem.tag.split("}")[1]
        kind = elem.get("type")
        if name in BASIC_TYPES and kind not in BASIC_TYPES[name]:
            out.append(f"<{name} type={kind!r}> is not TBX-Basic")
        if kind in PICKLISTS and (elem.text or "") not in PICKLISTS[kind]:
            out.append(f"{kind} {elem.text!r} is not in the picklist")
        if name == "termNote" and not elem.tag.endswith("termNote"):
            out.append("misplaced termNote")
        if name == "termSec":
            ranks = [TERMSEC_ORDER.index(c.tag.split("}")[1]) if c.tag.split("}")[1] in
                     TERMSEC_ORDER else 2 for c in elem]
            if ranks != sorted(ranks) or ranks[:1] != [0]:
                out.append("termSec children out of order (term, termNote*, auxInfo*)")
    return out


def test_the_bundled_glossary_is_valid_tbx_basic_v3() -> None:
    text = (REPO / "glossary" / "glossary.tbx").read_text(encoding="utf-8")
    assert basic_violations(text) == []


def test_flags_and_proper_nouns_survive_tbx_basic_without_loss(tmp_path) -> None:
    tb = Termbase([Concept("trade union", [Term("BNP", "en", pos="properNoun", dnt=True,
                                                case_sensitive=True),
                                           Term("БНП", "ru", "admitted", pos="properNoun")]),
                   Concept("7", [Term("strike", "en", pos="verb")])])
    text = tbx_text(tb)
    assert basic_violations(text) == []
    assert basic_violations(tbx_text(Termbase([Concept("x", [Term("a", "en", pos="properNoun")])]))) == []
    path = tmp_path / "g.tbx"
    path.write_text(text, encoding="utf-8")
    back = read_termbase(path)
    assert [(t.text, t.pos, t.dnt, t.case_sensitive, t.status) for c in back for t in c.terms] == [
        ("BNP", "properNoun", True, True, "preferred"), ("БНП", "properNoun", False, False, "admitted"),
        ("strike", "verb", False, False, "preferred")]
    assert [c.id for c in back] == ["trade-union", "c-7"]  # made valid XML IDs


def test_our_older_flag_spelling_still_reads(tmp_path) -> None:
    path = tmp_path / "old.tbx"
    path.write_text(f'<tbx type="TBX-Basic" xml:lang="en" xmlns="{CORE}"><text><body>'
                    '<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>BNP</term>'
                    '<termNote type="x-caseSensitive">yes</termNote>'
                    '<termNote type="translationNote">no</termNote></termSec></langSec>'
                    '</conceptEntry></body></text></tbx>', encoding="utf-8")
    term = read_termbase(path).concepts[0].terms[0]
    assert term.dnt and term.case_sensitive


def test_translate_toolkit_reads_our_tbx_v2(tmp_path) -> None:
    from translate.storage.tbx import tbxfile

    tb = read_termbase(REPO / "glossary" / "glossary.tbx")
    store = tbxfile.parsestring(tbx_text(tb, "2").encode("utf-8"), sourcelanguage="en",
                                targetlanguage="ru")
    units = {u.source: u for u in store.units}
    assert len(units) == len(tb)
    assert units["trade union"].target == "профсоюз"
    assert not units["IndustriALL Global Union"].istranslatable()  # Weblate's read-only
    assert units["trade union"].istranslatable()
    # And we read our own v2 back to the same termbase.
    path = tmp_path / "v2.tbx"
    path.write_text(tbx_text(tb, "2"), encoding="utf-8")
    assert tbx_text(read_termbase(path)) == tbx_text(tb)


def test_omegat_sample_tbx_reads() -> None:
    concept = read_termbase(PEERS / "omegat-sampleTBXfile.tbx").concepts[0]
    assert (concept.subject, concept.definition) == ("manufacturing", "A value between 0 and 1 used in ...")
    assert [(t.lang, t.text, t.pos) for t in concept.terms] == [
        ("en", "alpha smoothing factor", "noun"), ("hu", "hu translation", "noun")]


def test_merge_finds_known_concepts_by_source_term() -> None:
    mine = Termbase([Concept("u", [Term("trade union", "en"), Term("профсоюз", "ru")])])
    incoming = Termbase([Concept("other-id", [Term("Trade Union", "en"), Term("прафсаюз", "be")]),
                         Concept("s", [Term("strike", "en")])])
    assert merge(mine, incoming) == (1, 1)
    assert [t.text for t in mine.get("u").terms] == ["trade union", "профсоюз", "прафсаюз"]
