"""Lookup through TranslationMemory: origins, penalties, 101%, plurals, the on-disk cache."""

from __future__ import annotations

import os
import random
import shutil

from tm_data import write_po

from workbench.tm import Match, TranslationMemory


def test_exact_match_scores_100_with_origin_and_diff(tm_project) -> None:
    tm = TranslationMemory.for_project(tm_project, "ru")
    [best] = tm.lookup("The union was banned in 2021.", limit=1)
    assert isinstance(best, Match)
    assert (best.score, best.target, best.origin, best.fuzzy) == (
        100, "Профсоюз был запрещён в 2021 году.", "statement main", False)
    assert best.diff == [("equal", "The union was banned in 2021.")]
    assert best.suggestion == best.target


def test_context_match_scores_101(tm_project) -> None:
    tm = TranslationMemory.for_project(tm_project, "ru")
    text = "The union was banned in 2021."
    prev, nxt = "Workers' rights", "Workers were sentenced to 25 days of arrest."
    assert tm.lookup(text, prev=prev, next=nxt)[0].score == 101
    assert tm.lookup(text, prev="Something else", next=nxt)[0].score == 100
    assert tm.lookup(text)[0].score == 100


def test_numbers_only_differ_suggests_substituted_target(tm_project) -> None:
    tm = TranslationMemory.for_project(tm_project, "ru")
    [m] = tm.lookup("Workers were sentenced to 12 days of arrest.", limit=1)
    assert m.score == 99
    assert m.suggestion == "Рабочих приговорили к 12 суткам ареста."
    assert m.target == "Рабочих приговорили к 25 суткам ареста."


def test_fuzzy_units_are_penalized_and_marked(tm_project) -> None:
    tm = TranslationMemory.for_project(tm_project, "ru")
    [m] = tm.lookup("The leaders were detained by the police.", limit=1)
    assert m.fuzzy and m.score == 95


def test_untranslated_entries_are_not_in_the_memory(tm_project) -> None:
    tm = TranslationMemory.for_project(tm_project, "ru")
    assert tm.lookup("We demand their release.") == []
    assert len(tm) == 6


def test_plural_units_keep_every_form(tm_project) -> None:
    tm = TranslationMemory.for_project(tm_project, "ru")
    [m] = tm.lookup("%d worker", limit=1)
    assert m.targets == ("%d работник", "%d работника", "%d работников") and m.target == "%d работник"


def test_penalties_come_from_workbench_toml(tm_project) -> None:
    config = tm_project.root / "workbench.toml"
    config.write_text(config.read_text() + "\n[tm]\nfuzzy_penalty = 10\nimport_penalty = 3\n")
    (tm_project.tm_dir / "ru").mkdir(parents=True)
    shutil.copy(tm_project.po_path("ru", "main"), tm_project.tm_dir / "ru" / "old.po")
    write_po(tm_project, "main", [("Unrelated text here.", "Другое.")])
    from workbench.project import Project

    tm = TranslationMemory.for_project(Project.open(tm_project.root), "ru")
    [m] = tm.lookup("The union was banned in 2021.", limit=1)
    assert (m.score, m.origin) == (97, "tm/ru/old.po")
    assert tm.lookup("The leaders were detained by the police.")[0].score == 87


def test_limit_min_score_order_and_one_match_per_translation(tm_project, catalog) -> None:
    catalog("other", [("The union was banned in 2020.", "Профсоюз запретили в 2020 году."),
                      ("The union was banned in 2021.", "Профсоюз был запрещён в 2021 году."),
                      ("The union was banned.", "Профсоюз запретили.")])
    tm = TranslationMemory.for_project(tm_project, "ru")
    found = tm.lookup("The union was banned in 2021.", limit=5, min_score=50)
    scores = [m.score for m in found]
    assert scores == sorted(scores, reverse=True) and scores[0] == 100
    assert [m.target for m in found].count("Профсоюз был запрещён в 2021 году.") == 1
    assert len(tm.lookup("The union was banned in 2021.", limit=1)) == 1
    assert all(m.score >= 99 for m in tm.lookup("The union was banned in 2021.", min_score=99))


def test_the_index_follows_the_files(tm_project, catalog) -> None:
    tm = TranslationMemory.for_project(tm_project, "ru")
    assert tm.rebuilt == "full"
    assert TranslationMemory.for_project(tm_project, "ru").rebuilt == ""
    os.utime(tm_project.po_path("ru", "main"))  # touched, same bytes: no rebuild
    assert TranslationMemory.for_project(tm_project, "ru").rebuilt == ""
    catalog("other", [("A brand new sentence.", "Совсем новое предложение.")])
    tm = TranslationMemory.for_project(tm_project, "ru")
    assert tm.rebuilt and tm.lookup("A brand new sentence.")[0].target == "Совсем новое предложение."
    tm_project.po_path("ru", "other").unlink()
    tm = TranslationMemory.for_project(tm_project, "ru")
    assert tm.lookup("A brand new sentence.") == []
    assert tm.lookup("Workers' rights")[0].score == 100


def test_changed_files_go_to_a_delta_over_a_big_base(tm_project, catalog) -> None:
    rng = random.Random(1)
    words = "union worker strike court police release rights solidarity factory wage".split()
    big = [(" ".join(rng.choice(words) for _ in range(8)) + f" {i}.", f"перевод {i}") for i in range(300)]
    catalog("other", big)
    tm = TranslationMemory.for_project(tm_project, "ru")
    write_po(tm_project, "main", [*tm_project_main_changed()])
    tm.refresh()
    assert tm.rebuilt == "delta" and len(tm.segments) == 2
    assert tm.lookup("The union was banned in 2021.")[0].target == "Запрещён!"
    assert tm.lookup(big[5][0])[0].target == "перевод 5"


def tm_project_main_changed() -> list:
    return [("The union was banned in 2021.", "Запрещён!")]


def test_the_index_is_only_a_cache(tm_project) -> None:
    before = [m.as_dict() for m in TranslationMemory.for_project(tm_project, "ru").lookup("Workers' right")]
    shutil.rmtree(tm_project.cache_dir)
    again = TranslationMemory.for_project(tm_project, "ru")
    assert again.rebuilt == "full"
    assert [m.as_dict() for m in again.lookup("Workers' right")] == before


def test_a_broken_catalog_is_skipped_with_a_warning(tm_project, catalog) -> None:
    path = catalog("other", [])
    path.write_text('msgid "unterminated\n', encoding="utf-8")
    tm = TranslationMemory.for_project(tm_project, "ru")
    assert len(tm.warnings) == 1 and "other.po" in tm.warnings[0]
    assert tm.lookup("Workers' rights")[0].score == 100


def test_index_agrees_with_exhaustive_search(tm_project, catalog) -> None:
    """With few candidates allowed, the gram index must still find what scoring all finds."""
    rng = random.Random(7)
    vocab = ("union workers strike court police release rights solidarity factory wages trade "
             "leaders arrested detained sentenced days prison members federation independent "
             "statement government minister protest meeting").split()
    sentences = [" ".join(rng.choice(vocab) for _ in range(rng.randint(4, 14))).capitalize() + "."
                 for _ in range(3000)]
    catalog("other", [(s, f"t{i}") for i, s in enumerate(dict.fromkeys(sentences))])
    config = tm_project.root / "workbench.toml"
    config.write_text(config.read_text() + "\n[tm]\ncandidates = 64\n")
    from workbench.project import Project

    tm = TranslationMemory.for_project(Project.open(tm_project.root), "ru")
    queries = [_edit(rng.choice(sentences), rng, vocab) for _ in range(150)]
    agree = total = 0
    for q in queries:
        expected = tm.lookup(q, limit=3, min_score=75, exhaustive=True)
        if expected:
            total += 1
            got = tm.lookup(q, limit=3, min_score=75)
            agree += bool(got) and got[0].score == expected[0].score
    assert total > 100 and agree / total >= 0.98


def _edit(text: str, rng: random.Random, vocab: list[str]) -> str:
    words = text.rstrip(".").split()
    i = rng.randrange(len(words))
    op = rng.random()
    if op < 0.4:
        words[i] = rng.choice(vocab)
    elif op < 0.7:
        words.insert(i, rng.choice(vocab))
    elif len(words) > 3:
        del words[i]
    return " ".join(words) + "."


def test_a_full_rebuild_copies_unchanged_files_from_the_old_index(tm_project, catalog, monkeypatch) -> None:
    catalog("other", [("An unchanged sentence.", "Неизменное предложение.")])
    TranslationMemory.for_project(tm_project, "ru")
    from workbench.tm import sources

    read = []
    real = sources.read_source
    monkeypatch.setattr("workbench.tm.store.read_source",
                        lambda src, *a, **k: read.append(src.rel) or real(src, *a, **k))
    write_po(tm_project, "main", [("Workers' rights", "Права трудящихся"),
                                  ("The union was banned in 2021.", "Профсоюз запретили в 2021 году."),
                                  ("Next.", "Далее.")])
    tm = TranslationMemory.for_project(tm_project, "ru")
    assert tm.rebuilt == "full" and read == ["locales/ru/LC_MESSAGES/main.po"]
    assert tm.lookup("An unchanged sentence.")[0].target == "Неизменное предложение."
    assert tm.lookup("An unchanged sentence.", prev="", next="")[0].score == 101  # context kept
    context = tm.lookup("The union was banned in 2021.", prev="Workers' rights", next="Next.")
    assert context[0].score == 101


def test_a_short_query_finds_a_match_sharing_no_trigram(tm_project, catalog) -> None:
    """'Nyeu' and 'Neku' share no 3-gram; the short-query filter still proposes 'Neku'."""
    rng = random.Random(3)
    words = {"".join(rng.choice("abcdfghijlmopqrstvwxz") for _ in range(rng.randint(3, 6)))
             for _ in range(600)}
    catalog("other", [(w.capitalize(), f"t{i}") for i, w in enumerate(sorted(words))] + [("Neku", "Неку")])
    config = tm_project.root / "workbench.toml"
    config.write_text(config.read_text() + "\n[tm]\ncandidates = 16\n")
    from workbench.project import Project

    tm = TranslationMemory.for_project(Project.open(tm_project.root), "ru")
    got = tm.lookup("Nyeu", limit=1, min_score=75)
    assert [(m.source, m.score) for m in got] == [("Neku", 75)]
