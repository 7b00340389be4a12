"""How fast the translator's editor is on a 1,000-segment statement.

Builds a temporary project (1,000 distinct sentences, a half-translated Ukrainian catalog, a
complete Russian one as pivot, the bundled glossary) and prints:

- opening: the session alone, then the editor (app start to the list filled, cursor in target);
- moving between segments (ctrl+down): from the key press to the TM and glossary panels
  filled, and to the last frame painted; with the matches cached (as after the background
  analysis) and uncached (the TM lookup runs in a worker), mean / p95 / max;
- the parts: one TM lookup, one glossary spotting, one live QA check, one confirm (the atomic
  save of the whole catalog); the helpers' loading.

Targets (issues 6, 10): open < 1 s; panels filled < 50 ms after a move; keystroke echo
< 16 ms p95 (one frame at 60 Hz).
Run: /work/venv/bin/python benchmarks/tui_bench.py [--segments N] [--moves N]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SUBJECTS = ["The trade union", "The federation", "Our members", "The workers of Grodno Azot",
            "Independent observers", "The international movement", "The regime", "The strike committee",
            "Union leaders in Minsk", "The European federation"]
VERBS = ["condemned", "reported", "protested against", "demanded an end to", "documented",
         "called for an inquiry into", "rejected", "denounced", "supported", "monitored"]
OBJECTS = ["the arrests of activists", "the violence against protesters", "the election fraud",
           "the dismissal of {n} workers", "the detention of journalists on August {d}",
           "the sentences of {n} days", "the pressure on independent unions", "the repression",
           "the closure of {n} plants", "the ban on strikes"]


def sentence(i: int, rng: random.Random) -> str:
    obj = rng.choice(OBJECTS).format(n=rng.randint(2, 900), d=rng.randint(1, 31))
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {obj} (case {i})."


def build(root: Path, segments: int) -> None:
    from workbench.catalog import read_catalog, write_catalog
    from workbench.catalog.update import plan_update
    from workbench.project import Project

    rng = random.Random(7)
    (root / "corpus").mkdir(parents=True)
    (root / "workbench.toml").write_text(
        '[project]\nsource_language = "en"\ntarget_languages = ["ru", "uk"]\n', encoding="utf-8")
    paragraphs = [" ".join(sentence(i + k, rng) for k in range(4)) for i in range(0, segments, 4)]
    (root / "corpus" / "big.md").write_text("# A long statement\n\n" + "\n\n".join(paragraphs) + "\n",
                                            encoding="utf-8")
    if (REPO / "glossary" / "glossary.tbx").exists():
        (root / "glossary").mkdir()
        shutil.copy(REPO / "glossary" / "glossary.tbx", root / "glossary" / "glossary.tbx")
    project = Project.open(root)
    plan_update(project).write()
    for lang, share in (("uk", 0.5), ("ru", 1.0)):
        po = read_catalog(project.po_path(lang, "big"))
        for n, entry in enumerate(e for e in po if e.msgid):
            if n < share * segments:
                entry.msgstr = f"[{lang}] {entry.msgid}"
        write_catalog(po)


def figures(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    return f"mean {statistics.mean(ms):6.1f} ms   p95 {p95:6.1f} ms   max {ms[-1]:6.1f} ms  (n={len(ms)})"


async def wait_for(condition, timeout: float = 10.0) -> None:
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the editor did not get there")
        await asyncio.sleep(0.0005)


async def drive(root: Path, moves: int) -> None:
    from workbench.project import Project
    from workbench.tui.app import make_app
    from workbench.tui.screens.editor import EditorScreen

    project = Project.open(root)
    start = time.perf_counter()
    app = make_app(project, "big", "uk")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(lambda: isinstance(app.screen, EditorScreen)
                       and app.screen.segments.row_count == len(app.screen.session))
        opened = time.perf_counter() - start
        screen = app.screen
        await wait_for(lambda: screen.helpers_ready, timeout=120)
        helpers = time.perf_counter() - start
        await wait_for(lambda: not screen.assist.tm_note.startswith("Loading"), timeout=600)
        memory = time.perf_counter() - start
        print(f"editor open (app start → list of {len(screen.session)} rows, cursor in target): "
              f"{opened * 1000:.0f} ms")
        print(f"glossary, checks and pivot ready after: {helpers * 1000:.0f} ms")
        print(f"TM ready after: {memory * 1000:.0f} ms {screen.assist.tm_note}")
        await app.workers.wait_for_complete()  # the match analysis of every segment
        print(f"background analysis (QA + best match of every segment) done after: "
              f"{(time.perf_counter() - start) * 1000:.0f} ms")
        for widget in screen.query("TextArea"):
            widget.cursor_blink = False  # no frames but ours
        frames: list[float] = []
        display = app._display

        def record(*args):  # every frame the terminal would receive
            frames.append(time.perf_counter())
            return display(*args)

        app._display = record
        # Cached first (the background analysis looked every segment up), then with the
        # match cache emptied before each move (the lookup runs in a worker).
        for label, clear in (("cached", False), ("uncached", True)):
            filled, painted = [], []
            await pilot.press("ctrl+g", "1", "enter")
            for _ in range(moves):
                if clear:
                    screen.assist._matches.clear()
                await asyncio.sleep(0.15)  # let the previous move's frames pass
                t = time.perf_counter()
                before = screen.index
                app.simulate_key("ctrl+down")  # as the terminal would deliver it
                await wait_for(lambda b=before: screen.index != b
                               and screen.lookup_index == screen.index)
                filled.append(time.perf_counter() - t)
                await asyncio.sleep(0.15)
                painted.append(max([f for f in frames if f > t], default=t) - t)
            print(f"move → TM + glossary panels filled, {label:8}: {figures(filled)}")
            print(f"move → last frame painted,          {label:8}: {figures(painted)}")
        print(f"keystroke → first frame with it painted:    {figures(await typing(app, moves))}")


async def typing(app, keys: int) -> list[float]:
    from textual import events

    """Echo: from a key as the terminal delivers it to the first frame after the target has
    it, typing at about 8 keys a second (so the live QA and journal timers run in between)."""
    screen = app.screen
    area = screen.forms.first
    area.focus()
    frames: list[float] = []
    display = app._display

    def record(*args):
        frames.append(time.perf_counter())
        return display(*args)

    app._display = record
    echoes = []
    for k in range(keys):
        await asyncio.sleep(0.12)
        t, before = time.perf_counter(), len(area.text)
        key = ("space", " ") if k % 6 == 5 else ("а", "а")
        app.post_message(events.Key(*key))  # as the terminal would deliver it
        try:
            await wait_for(lambda b=before: len(area.text) > b, timeout=5)
        except TimeoutError:
            raise TimeoutError(f"key {k} not echoed: focus {app.focused}, "
                               f"held {area.keys.held[:3]}, text {area.text[-20:]!r}") from None
        await wait_for(lambda t=t: any(f > t for f in frames), timeout=2)
        echoes.append(min(f for f in frames if f > t) - t)
    app._display = display
    return echoes


def parts(root: Path) -> None:
    from workbench.project import Project
    from workbench.session import Session
    from workbench.tui.services.assist import Assistant

    project = Project.open(root)
    t = time.perf_counter()
    session = Session.open(project, "big", "uk", restore=False)
    print(f"session open ({len(session)} segments): {(time.perf_counter() - t) * 1000:.0f} ms")
    assist = Assistant(project, "uk", "en")
    for name, load in (("glossary", assist.load_termbase),
                       ("checks", lambda: assist.load_checks(session.catalog)),
                       ("TM", assist.load_tm)):
        t = time.perf_counter()
        load()
        note = {"glossary": assist.terms_note, "checks": assist.qa_note, "TM": assist.tm_note}[name]
        print(f"load {name:8}: {(time.perf_counter() - t) * 1000:7.0f} ms  {note}")
    sample = range(0, len(session), max(1, len(session) // 200))
    for name, call in (
        ("TM lookup", lambda i: assist.matches(session.source(i))),
        ("glossary spotting", lambda i: assist.hints(session.source(i))),
        ("live QA check", lambda i: assist.check(session.entries[i], "Профспілка засудила 12 арештів.")),
    ):
        samples = []
        for i in sample:
            t = time.perf_counter()
            call(i)
            samples.append(time.perf_counter() - t)
        print(f"{name:18}: {figures(samples)}")
    samples = []
    for i in range(len(session) - 20, len(session)):
        t = time.perf_counter()
        session.confirm(i, f"Переклад {i}.")
        samples.append(time.perf_counter() - t)
    print(f"{'confirm (atomic save)':18}: {figures(samples)}")


def calibration() -> None:
    """The speed of this machine, to compare figures across machines."""
    samples = []
    for _ in range(5):
        t = time.perf_counter()
        sum(range(10**6))
        samples.append(time.perf_counter() - t)
    print(f"calibration: sum(range(10**6)) takes {min(samples) * 1000:.0f} ms here "
          f"(about 20 ms on a 2023 laptop); load average {Path('/proc/loadavg').read_text().split()[0]}"
          if Path("/proc/loadavg").exists() else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=1000)
    parser.add_argument("--moves", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "bench"
        build(root, args.segments)
        calibration()
        parts(root)
        from textual.worker import WorkerCancelled

        try:
            asyncio.run(drive(root, args.moves))
        except WorkerCancelled:  # a live check replaced by a newer one as the app closed
            pass


if __name__ == "__main__":
    main()
