"""``workbench tm sync``: push what this project confirmed, pull what the organisation added.

    report = sync(project, on_progress=lambda stage, done, total: ...)

One call: queue the project's new confirmed units in the outbox (always, even offline), send
the outbox, pull every language's new units after its cursor into .workbench/shared/pulled/,
and bring the local TM index up to date. An unreachable server is not an error: the report
says ``offline`` in one line and the outbox waits for the next sync. Safe to call from a
worker thread (the editor's background sync); two syncs of one project never overlap.
"""

from __future__ import annotations

import fcntl
import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from workbench.errors import WorkbenchError
from workbench.project import Project
from workbench.tm.shared import local, outbox
from workbench.tm.shared.config import SharedConfig, shared_config

Progress = Callable[[str, int, int], None]  # (stage, done, total); total 0 = unknown


@dataclass
class SyncReport:
    queued: int = 0  # units put in the outbox by this sync
    pushed: int = 0  # units sent and committed
    accepted: int = 0  # of those, new to the server (the rest it already held)
    pending: int = 0  # units still waiting in the outbox
    pulled: dict[str, int] = field(default_factory=dict)  # language -> units pulled
    superseded: int = 0  # held units replaced by a newer version
    refused: int = 0  # pulled rows dropped as malformed or unsafe
    offline: str = ""  # why the server could not be reached ('' = it could)
    read_only: str = ""  # why nothing was pushed ('' = pushes allowed)

    @property
    def ok(self) -> bool:
        return not self.offline and not self.read_only

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "ok": self.ok}

    def summary(self) -> str:
        """One line for the status bar or the terminal.

        >>> SyncReport(pushed=3, accepted=3, pulled={"ru": 10}).summary()
        'shared memory: 3 pushed, 10 pulled'
        """
        if self.offline:
            return f"shared memory offline: {self.pending:,} units queued"
        parts = [f"{self.pushed:,} pushed", f"{sum(self.pulled.values()):,} pulled"]
        if self.pending:
            parts.append(f"{self.pending:,} queued")
        return "shared memory: " + ", ".join(parts)


class Busy(WorkbenchError):
    """Another sync of this project is running."""


@contextmanager
def _sync_lock(project: Project, wait: float) -> Iterator[None]:
    deadline = time.monotonic() + wait
    with open(local.lock_path(project), "a+") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    raise Busy("another sync of this project is running",
                               hint="try again shortly") from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def sync(project: Project, *, on_progress: Progress | None = None, push: bool = True,
         pull: bool = True, wait: float = 60.0) -> SyncReport:
    """Push, then pull, then index; see the module docstring. Raises WorkbenchError for a
    misconfiguration or a server that refuses this client (never for being offline), Busy
    when another sync of the project holds it for more than ``wait`` seconds."""
    config = shared_config(project)
    if config is None:
        raise WorkbenchError("this project has no shared memory", path=project.root / "workbench.toml",
                             hint='set [tm] shared = "service-name" or a postgresql:// URL')
    progress = on_progress or (lambda stage, done, total: None)
    report = SyncReport()
    with _sync_lock(project, wait):
        state = local.load_state(project)
        if push:
            progress("queue", 0, 0)
            report.queued = outbox.queue_units(project, config, state)
            local.save_state(project, state)
        report.pending = outbox.pending_units(project)
        from workbench.tm.shared import server

        try:
            conn = server.connect(config)
        except server.Offline as exc:
            report.offline = exc.message
            return report
        with conn:
            try:
                _online(project, config, state, conn, report, progress, push, pull)
            except server.Offline as exc:
                report.offline = exc.message
        report.pending = outbox.pending_units(project)
    return report


def _online(project: Project, config: SharedConfig, state: local.State, conn: Any,
            report: SyncReport, progress: Progress, push: bool, pull: bool) -> None:
    from workbench.tm.shared import server

    instance = server.instance_id(conn)
    if state.instance != instance or state.scope != list(config.scope):
        if state.instance and state.instance != instance:  # another server: start over
            outbox.forget_ledger(project)
            state = local.load_state(project)
            state.files = {}
        local.reset_pulled(project)
        state.instance, state.scope, state.cursors = instance, list(config.scope), {}
        local.save_state(project, state)
        if push and state.files == {}:
            report.queued += outbox.queue_units(project, config, state)
            local.save_state(project, state)
    if push and report.pending + report.queued:
        if server.may_push(conn):
            total = outbox.pending_units(project)
            progress("push", 0, total)
            sent, new = outbox.deliver(project, lambda rows: server.push(conn, rows),
                                       lambda done: progress("push", done, total))
            report.pushed, report.accepted = sent, new
        else:
            report.read_only = str(server.refuse_reader(conn))
    if pull:
        _pull(project, config, state, conn, report, progress)


def _pull(project: Project, config: SharedConfig, state: local.State, conn: Any,
          report: SyncReport, progress: Progress) -> None:
    from workbench.tm.settings import settings_of
    from workbench.tm.shared import server
    from workbench.tm.sources import forget_parsed
    from workbench.tm.store import open_index

    source_lang = project.config.source_language
    for lang in project.config.target_languages:
        got = 0
        for batch in server.pull_all(conn, lang=lang, source_lang=source_lang,
                                     after=state.cursors.get(lang, 0), client=state.client,
                                     scope=config.scope):
            report.superseded += local.store_pulled(project, lang, batch.rows,
                                                    remember=batch.last and not got)
            report.refused += batch.refused
            state.cursors[lang] = batch.last_seq
            local.save_state(project, state)
            got += len(batch.rows)
            progress(f"pull {lang}", got, 0)
        report.pulled[lang] = got
        if got:
            progress(f"index {lang}", 0, 0)
            gc.collect()  # the pull's garbage, before the index build's peak
            try:
                open_index(project, lang, settings_of(project), progress=False)
            finally:
                forget_parsed()
