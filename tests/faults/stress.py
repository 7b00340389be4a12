"""Concurrent writers of one catalog, in separate processes: nothing either of them wrote is lost.

Each run starts from the same state (a statement with a new sentence not yet in the catalog,
and a memory that translates every old sentence), then forks three processes that start
together: ``update`` (which must add the new sentence), ``pretranslate --lang ru`` (which
must fill every old sentence), the editor's save (``save_catalog``, which translates the
title), ``xliff import`` (which translates one more sentence) and ``replace --apply`` (which
changes a word of another translation). Afterwards the catalog must hold all five writes.

    python tests/faults/stress.py --runs 200      # prints the figures (about 30 s here)
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from pathlib import Path

SENTENCES = [f"Worker number {n} was detained in Minsk on Monday." for n in range(1, 9)]
TRANSLATIONS = [f"Рабочий номер {n} был задержан в Минске в понедельник." for n in range(1, 9)]
NEW = "The union demanded their release at once."
TITLE, TITLE_RU = "Detentions", "Задержания"
SOLIDARITY, SOLIDARITY_RU = "Solidarity forever.", "Солидарность навсегда."
UNITE, UNITE_RU, UNITE_REPLACED = "Workers, unite.", "Рабочие, объединяйтесь.", "Рабочие, соединяйтесь."


def build(root: Path):
    """A project whose ru catalog is current for the statement without its new sentence."""
    from workbench.catalog.update import plan_update
    from workbench.project import Project

    root.mkdir(parents=True, exist_ok=True)
    (root / "workbench.toml").write_text(
        '[project]\nsource_language = "en"\ntarget_languages = ["ru"]\n', encoding="utf-8")
    (root / "corpus").mkdir(exist_ok=True)
    corpus = root / "corpus" / "demo.md"
    corpus.write_text(f"# {TITLE}\n\n" + "\n\n".join(SENTENCES) + f"\n\n{SOLIDARITY}\n\n{UNITE}\n",
                      encoding="utf-8")
    memory = root / "tm" / "ru"
    memory.mkdir(parents=True, exist_ok=True)
    entries = "".join(f'\nmsgid "{s}"\nmsgstr "{t}"\n' for s, t in zip(SENTENCES, TRANSLATIONS, strict=True))
    (memory / "memory.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ru\\n"\n'
        + entries, encoding="utf-8")
    project = Project.open(root)
    plan_update(project).write()
    from workbench.catalog import read_catalog, write_catalog

    catalog = read_catalog(project.po_path("ru", "demo"))
    catalog.find(UNITE).msgstr = UNITE_RU
    write_catalog(catalog)
    _xliff_translating(project, root.parent / "demo.ru.xlf")
    state = {p: p.read_bytes() for p in (project.pot_path("demo"), project.po_path("ru", "demo"))}
    corpus.write_text(corpus.read_text(encoding="utf-8") + f"\n{NEW}\n", encoding="utf-8")
    return project, state


def _xliff_translating(project, path: Path) -> None:
    """An XLIFF file, as a translator sends it back, translating the SOLIDARITY sentence."""
    from workbench.export.xliff import export_xliff

    export_xliff(project, "demo", "ru", path)
    text = path.read_text(encoding="utf-8")
    at = text.index(f"<source>{SOLIDARITY}</source>")
    end = text.index("<target state=\"new\" />", at)
    text = text[:end] + f'<target state="translated">{SOLIDARITY_RU}</target>' + text[end + 23:]
    path.write_text(text, encoding="utf-8")


def _import(root: str, go) -> None:
    from workbench.export.xliff_import import import_xliff
    from workbench.project import Project

    project = Project.open(root)
    go.wait()
    import_xliff(project, Path(root).parent / "demo.ru.xlf")


def _replace(root: str, go) -> None:
    from workbench.project import Project
    from workbench.replace import apply_replace, plan_replace

    project = Project.open(root)
    go.wait()
    apply_replace(project, plan_replace(project, "объединяйтесь", "соединяйтесь"), check=False)


def _update(root: str, go) -> None:
    from workbench.catalog import update
    from workbench.project import Project

    project = Project.open(root)
    go.wait()
    if hasattr(update, "run_update"):
        update.run_update(project)
    else:  # the code before the writers' lock, to show what the test catches
        update.plan_update(project).write()


def _pretranslate(root: str, go, written) -> None:
    from workbench.project import Project
    from workbench.tm.pretranslate import pretranslate

    project = Project.open(root)
    go.wait()
    report = pretranslate(project, "ru")
    written.value = int(any(c.written for c in report.catalogs))


def _edit(root: str, go) -> None:
    from workbench.catalog import read_catalog
    from workbench.project import Project
    from workbench.session.entries import EntryState, key_of
    from workbench.session.saving import persist

    project = Project.open(root)
    catalog = read_catalog(project.po_path("ru", "demo"))
    go.wait()
    entry = catalog.find(TITLE)
    before = EntryState.of(entry)
    entry.msgstr = TITLE_RU
    persist(catalog, {key_of(entry): before})


def one_run(project, state, ctx) -> list[str]:
    """Reset, race the two writers, and say what was lost (nothing, when all is well)."""
    from workbench.catalog import read_catalog
    from workbench.catalog.stats import entry_status

    for path, data in state.items():
        path.write_bytes(data)
    go = ctx.Barrier(5)
    written = ctx.Value("i", 0)
    workers = [ctx.Process(target=_update, args=(str(project.root), go)),
               ctx.Process(target=_pretranslate, args=(str(project.root), go, written)),
               ctx.Process(target=_edit, args=(str(project.root), go)),
               ctx.Process(target=_import, args=(str(project.root), go)),
               ctx.Process(target=_replace, args=(str(project.root), go))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    lost = [f"exit code {w.exitcode}" for w in workers if w.exitcode != 0]
    entries = {e.msgid: e for e in read_catalog(project.po_path("ru", "demo")) if not e.obsolete}
    if NEW not in entries:
        lost.append("update's new entry")
    if NEW not in {e.msgid for e in read_catalog(project.pot_path("demo"))}:
        lost.append("update's template")
    if TITLE not in entries or entries[TITLE].msgstr != TITLE_RU:
        lost.append("the editor's translation")
    if SOLIDARITY not in entries or entries[SOLIDARITY].msgstr != SOLIDARITY_RU:
        lost.append("the XLIFF import's translation")
    if UNITE not in entries or entries[UNITE].msgstr != UNITE_REPLACED:
        lost.append("replace's change")
    done = [s for s in SENTENCES if s in entries and entry_status(entries[s]) == "translated"]
    if not written.value or len(done) != len(SENTENCES):
        lost.append(f"pretranslate's translations ({len(done)} of {len(SENTENCES)} left, "
                    f"written={written.value})")
    return lost


def stress(root: Path, runs: int) -> tuple[int, list[str]]:
    """Race ``runs`` times; return the runs that lost something and what."""
    project, state = build(root)
    from workbench.tm.pretranslate import pretranslate

    pretranslate(project, "ru", dry_run=True)  # build the TM index once, outside the race
    import workbench.export.xliff_import  # noqa: F401 - imported once, before the forks
    import workbench.replace  # noqa: F401
    import workbench.session.saving  # noqa: F401
    ctx = multiprocessing.get_context("fork")
    failures: list[str] = []
    for number in range(runs):
        lost = one_run(project, state, ctx)
        if lost:
            failures.append(f"run {number}: lost {', '.join(lost)}")
    return runs, failures


def main() -> int:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        runs, failures = stress(Path(tmp) / "project", args.runs)
        took = time.perf_counter() - start
    for line in failures:
        print(line)
    print(f"{runs} runs of update + pretranslate + editor save + xliff import + replace in parallel processes: {len(failures)} lost a write "
          f"({took:.1f} s, {took / runs * 1000:.0f} ms a run)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
