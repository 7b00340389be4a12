"""Pre-translation rules: what is filled, how, and what is never touched."""

from __future__ import annotations

from workbench.catalog import read_catalog
from workbench.catalog.stats import entry_status
from workbench.tm.analyze import BANDS, analyze, band_of
from workbench.tm.pretranslate import pretranslate


def _entries(path) -> dict:
    return {e.msgid: e for e in read_catalog(path) if e.msgid}


def test_exact_match_with_one_translation_is_translated(tm_project, catalog) -> None:
    path = catalog("other", [("The union was banned in 2021.", ""), ("Workers' rights", "Мой перевод")])
    report = pretranslate(tm_project, "ru", ["other"])
    entries = _entries(path)
    assert entry_status(entries["The union was banned in 2021."]) == "translated"
    assert entries["The union was banned in 2021."].msgstr == "Профсоюз был запрещён в 2021 году."
    assert entries["Workers' rights"].msgstr == "Мой перевод"  # never overwritten
    assert (report.translated, report.fuzzy, report.catalogs[0].written) == (1, 0, True)


def test_context_match_wins_over_two_translations(tm_project, catalog) -> None:
    catalog("third", [("Workers' rights", "Права трудящихся")])
    path = catalog("other", [("Workers' rights", ""), ("The union was banned in 2021.", ""),
                             ("Workers were sentenced to 25 days of arrest.", "")])
    pretranslate(tm_project, "ru", ["other"])
    entries = _entries(path)
    # Both sentences have the neighbours they have in main: 101%, although "Workers' rights"
    # has another translation at 100% in third.
    assert entry_status(entries["The union was banned in 2021."]) == "translated"
    assert entries["Workers' rights"].msgstr == "Права работников"
    assert entry_status(entries["Workers' rights"]) == "translated"


def test_two_translations_of_an_identical_source_are_fuzzy(tm_project, catalog) -> None:
    catalog("third", [("Solidarity with Belarusian workers!", "Солидарность с рабочими Беларуси!")])
    path = catalog("other", [("Intro.", "Введение."), ("Solidarity with Belarusian workers!", "")])
    report = pretranslate(tm_project, "ru", ["other"])
    entry = _entries(path)["Solidarity with Belarusian workers!"]
    assert entry_status(entry) == "fuzzy" and report.fuzzy == 1
    assert entry.tcomment.startswith("TM 100% from statement ")


def test_lower_matches_need_min_and_carry_a_comment(tm_project, catalog) -> None:
    path = catalog("other", [("Workers were sentenced to 12 days of arrest.", ""),
                             ("The union was officially banned in 2021.", ""),
                             ("Completely unrelated words appear here.", "")])
    report = pretranslate(tm_project, "ru", ["other"])  # default --min 100: nothing fuzzy
    assert report.translated == report.fuzzy == 0 and not report.catalogs[0].written
    report = pretranslate(tm_project, "ru", ["other"], min_score=80)
    entries = _entries(path)
    numbers = entries["Workers were sentenced to 12 days of arrest."]
    assert entry_status(numbers) == "fuzzy" and numbers.msgstr == "Рабочих приговорили к 12 суткам ареста."
    assert numbers.tcomment.splitlines() == [
        "TM 99% from statement main", 'TM suggestion: "Рабочих приговорили к 12 суткам ареста."']
    assert entry_status(entries["Completely unrelated words appear here."]) == "untranslated"
    assert (report.fuzzy, report.unmatched) == (2, 1)


def test_fuzzy_origin_is_never_filled_as_translated(tm_project, catalog) -> None:
    path = catalog("other", [("The leaders were detained by the police.", "")])
    pretranslate(tm_project, "ru", ["other"], min_score=90)
    assert entry_status(_entries(path)["The leaders were detained by the police."]) == "fuzzy"


def test_plural_entries_take_plural_matches(tm_project, catalog) -> None:
    path = catalog("other", [{"msgid": "%d worker", "plural": "%d workers", "msgstrs": ["", "", ""]}])
    pretranslate(tm_project, "ru", ["other"])
    entry = _entries(path)["%d worker"]
    assert entry.msgstr_plural == {0: "%d работник", 1: "%d работника", 2: "%d работников"}


def test_dry_run_writes_nothing(tm_project, catalog) -> None:
    path = catalog("other", [("The union was banned in 2021.", "")])
    before = path.read_bytes()
    report = pretranslate(tm_project, "ru", ["other"], dry_run=True)
    assert report.translated == 1 and path.read_bytes() == before


def test_analysis_bands(tm_project, catalog) -> None:
    catalog("other", [
        ("The union was banned in 2021.", ""),                                       # 100
        ("Workers were sentenced to 12 days of arrest.", ""),                        # 99
        {"msgid": "The union was banned in 2021!", "msgstr": "", "more_refs": [9]},  # 99, twice
        ("The union was officially banned in 2021.", ""),                            # 82
        ("Completely unrelated words appear here.", ""),                             # no match
        ("Strike!", ""),                                                             # no match
    ])
    result = analyze(tm_project, "ru", ["other"])
    bands = result.statements["other"]
    assert bands.segments["100"] == 1 and bands.segments["95-99"] == 2
    assert bands.segments["repetitions"] == 1 and bands.segments["75-84"] == 1
    assert bands.segments["none"] == 2
    assert bands.words["100"] == 6 and bands.total_segments == 7
    assert result.total.as_dict()["total"] == {"segments": 7, "words": bands.total_words}


def test_analysis_leaves_out_the_statement_itself_and_counts_repetitions_across(tm_project, catalog) -> None:
    catalog("other", [("The union was banned in 2021.", "")])
    result = analyze(tm_project, "ru")
    main, other = result.statements["main"], result.statements["other"]
    # main's own units do not count for main: its sentences find nothing but each other.
    assert main.segments["100"] == 0 and main.segments["101"] == 0
    assert other.segments["repetitions"] == 1  # seen first in main
    assert list(result.as_dict()["total"]) == [*BANDS, "total"]


def test_analysis_of_a_statement_without_catalogs_segments_it(tm_project) -> None:
    (tm_project.root / "corpus" / "fresh.md").write_text(
        "# Fresh\n\nThe union was banned in 2021. Something new entirely.\n", encoding="utf-8")
    bands = analyze(tm_project, "ru", ["fresh"]).statements["fresh"]
    assert bands.segments["100"] == 1 and bands.total_segments == 3


def test_band_edges() -> None:
    assert [band_of(s) for s in (101, 100, 99, 95, 94, 85, 84, 75, 74, 50, 49, None)] == [
        "101", "100", "95-99", "95-99", "85-94", "85-94", "75-84", "75-84", "50-74", "50-74",
        "none", "none"]


def test_package_names_are_the_submodules_whatever_was_imported_first(tm_project, catalog) -> None:
    import importlib

    import workbench.tm as tm_package

    # Before the submodules are imported and after: the same module objects, no sys.modules tricks.
    before = tm_package.pretranslate, tm_package.analyze
    assert before == (importlib.import_module("workbench.tm.pretranslate"),
                      importlib.import_module("workbench.tm.analyze"))
    assert type(before[0]) is type(tm_package)
    catalog("other", [("The union was banned in 2021.", "")])
    assert tm_package.pretranslate.pretranslate(tm_project, "ru", ["other"], dry_run=True).translated == 1
    assert tm_package.analyze.analyze(tm_project, "ru", ["other"]).total.total_segments == 1


def test_an_entry_filled_as_translated_loses_its_previous_source(tm_project) -> None:
    # msgmerge left a fuzzy entry with the previous source (#|) and the translator cleared
    # it; a 100% match makes it translated, and the #| lines go, as when a translator
    # confirms it in the editor (session/entries.set_fuzzy): one rule, catalog/po_state.py.
    path = tm_project.po_path("ru", "other")
    path.parent.mkdir(parents=True, exist_ok=True)
    (tm_project.root / "corpus" / "other.md").write_text("# other\n", encoding="utf-8")
    path.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    '#, fuzzy\n#| msgid "The union was banned in 2020."\n'
                    'msgid "The union was banned in 2021."\nmsgstr ""\n', encoding="utf-8")
    assert pretranslate(tm_project, "ru", ["other"]).translated == 1
    text = path.read_text(encoding="utf-8")
    assert "#|" not in text and "#, fuzzy" not in text
    assert 'msgstr "Профсоюз был запрещён в 2021 году."' in text
