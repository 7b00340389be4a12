"""Push, pull, supersede, scopes and untrusted rows against a real PostgreSQL."""

from __future__ import annotations

import shutil
from collections import Counter

from shared_pg_data import write_catalog

from workbench.tm import TranslationMemory
from workbench.tm.shared import sync
from workbench.tm.shared.local import pulled_files, read_pulled
from workbench.tm.shared.outbox import outbox_dir, pending_files

UNITS = [("The union was banned in 2021.", "Профсоюз был запрещён в 2021 году."),
         ("Workers demand the release of the leaders.", "Рабочие требуют освободить лидеров."),
         ("Solidarity with Belarusian workers!", "Солидарность с белорусскими рабочими!")]


def held(project, lang="ru") -> Counter:
    return Counter(row.unit.source for path in pulled_files(project, lang) for row in read_pulled(path))


def test_a_unit_pushed_by_one_project_is_found_by_another(shared_project, pg_cluster, pg_db) -> None:
    a, b = shared_project("union-a"), shared_project("union-b")
    write_catalog(a, "appeal", UNITS)
    write_catalog(b, "other", [("Nothing in common here.", "Ничего общего.")])
    first = sync(a)
    assert (first.queued, first.pushed, first.accepted, first.pending) == (3, 3, 3, 0)
    report = sync(b)
    assert report.pulled == {"ru": 3} and report.ok
    matches = TranslationMemory.for_project(b, "ru").lookup("The union was banned in 2022.")
    assert matches[0].target == "Профсоюз был запрещён в 2021 году."
    assert matches[0].origin == "shared: union-a/statement appeal"
    # Nothing new: nothing moves; a's own units never come back to a (b's one does).
    assert sync(a).queued == 0
    assert sync(b).pulled == {"ru": 0}
    assert held(a) == Counter(["Nothing in common here."])


def test_a_retried_push_never_duplicates(shared_project, pg_cluster, pg_db) -> None:
    a = shared_project("union-a")
    write_catalog(a, "appeal", UNITS)
    sync(a, pull=False, push=True)
    # The commit happened but the client never heard: the outbox file is still there.
    assert not pending_files(a)
    write_catalog(a, "appeal", UNITS + [("One more.", "Ещё одно.")])
    from workbench.tm.shared.config import shared_config
    from workbench.tm.shared.local import load_state
    from workbench.tm.shared.outbox import queue_units

    state = load_state(a)
    state.files = {}
    (a.cache_dir / "shared" / "queued.npy").unlink()  # the ledger lost: all four queued again
    assert queue_units(a, shared_config(a), state) == 4
    saved = pending_files(a)[0]
    copy = saved.with_name("x" + saved.name)
    shutil.copy(saved, copy)  # the same batch twice
    report = sync(a, pull=False)
    assert report.pushed == 8 and report.accepted == 1
    assert pg_cluster.sql("SELECT count(*), count(DISTINCT origin_key) FROM workbench.units",
                          pg_db) == [(4, 4)]


def test_a_correction_from_the_same_origin_supersedes(shared_project, pg_cluster, pg_db) -> None:
    a, b = shared_project("union-a"), shared_project("union-b")
    write_catalog(a, "appeal", UNITS)
    sync(a)
    sync(b)
    fixed = [(UNITS[0][0], "Профсоюз запретили в 2021 году."), *UNITS[1:]]
    write_catalog(a, "appeal", fixed)
    assert sync(a).accepted == 1
    report = sync(b)
    assert report.pulled == {"ru": 1} and report.superseded == 1
    assert held(b) == Counter(s for s, _ in UNITS)
    tm = TranslationMemory.for_project(b, "ru")
    assert [m.target for m in tm.lookup(UNITS[0][0])] == ["Профсоюз запретили в 2021 году."]
    # Back to the first wording: a new version again, not "already there".
    write_catalog(a, "appeal", UNITS)
    assert sync(a).accepted == 1
    assert sync(b).superseded == 1
    assert [m.target for m in TranslationMemory.for_project(b, "ru").lookup(UNITS[0][0])] == [UNITS[0][1]]


def test_scope_pulls_only_the_named_collections(shared_project) -> None:
    a, c = shared_project("union-a"), shared_project("ngo-c")
    reader = shared_project("reader", extra='shared_scope = ["ngo-c"]')
    write_catalog(a, "appeal", UNITS[:2])
    write_catalog(c, "report", UNITS[2:])
    sync(a)
    sync(c)
    assert sync(reader).pulled == {"ru": 1}
    assert held(reader) == Counter([UNITS[2][0]])


def test_rows_from_the_server_are_checked(shared_project, pg_cluster, pg_db) -> None:
    a, b = shared_project("union-a"), shared_project("union-b")
    write_catalog(a, "appeal", UNITS[:1])
    sync(a)
    insert = ("INSERT INTO workbench.units (origin_key, content_hash, collection, project, origin, "
              "source_lang, target_lang, source, targets, changed) VALUES "
              "(%s, 'h', 'evil', 'evil', %s, 'en', 'ru', %s, %s, now())")
    bad = [("a" * 64, "statement x", "Clear the screen \x1b[2J", ["ok"]),
           ("b" * 64, "statement x\x1b]0;title\x07", "Fine source", ["ok"]),
           ("c" * 64, "statement x", "Huge", ["x" * 50_000]),
           ("not-a-key", "statement x", "Bad key", ["ok"]),
           ("d" * 64, "statement x", "Too many forms", ["f"] * 20)]
    for key, origin, source, targets in bad:
        pg_cluster.sql(insert, pg_db, (key, origin, source, targets))
    report = sync(b)
    assert report.pulled == {"ru": 1} and report.refused == len(bad)
    assert held(b) == Counter([UNITS[0][0]])
    assert not list(outbox_dir(b).glob("*.jsonl"))
