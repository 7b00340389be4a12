"""The editor's background sync of the shared translation memory (headless).

``SharedSync.run()`` is called from a thread worker; it never raises (the editor shows one
line), and says what happened in ``status`` for the status line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from workbench.errors import WorkbenchError
from workbench.project import Project

CONFIRM_DELAY = 20.0  # seconds of quiet after a confirm before the next sync


class Report(Protocol):
    """What the editor reads of workbench.tm.shared.SyncReport (a test can pass a fake)."""

    offline: str
    pending: int
    pulled: dict[str, int]
    pushed: int


SyncFn = Callable[..., Report]


class SharedSync:
    def __init__(self, project: Project, sync_fn: SyncFn | None = None,
                 configured: bool | None = None) -> None:
        self.project = project
        if configured is None:
            configured = _configured(project)
        self.enabled = configured
        self._sync_fn = sync_fn
        self.status = ""  # for the status line: syncing…, synced N, offline: queued N
        self.pulled = 0  # units the last sync pulled (the TM should take them in)

    def sync_fn(self) -> SyncFn:
        if self._sync_fn is None:
            from workbench.tm.shared import sync

            self._sync_fn = sync
        return self._sync_fn

    def run(self, cancelled: Callable[[], bool] = lambda: False) -> str:
        """One sync (push, pull, index); returns and keeps the status line text."""
        self.pulled = 0

        def progress(stage: str, done: int, total: int) -> None:
            if cancelled():  # the editor closed: stop between stages
                raise _Cancelled

        try:
            report: Any = self.sync_fn()(self.project, on_progress=progress, wait=1.0)
        except _Cancelled:
            self.status = "TM sync cancelled"
            return self.status
        except WorkbenchError as exc:
            self.status = f"TM sync: {str(exc).splitlines()[0]}"
            return self.status
        except Exception as exc:  # noqa: BLE001 - a sync problem must never stop the editor
            self.status = f"TM sync failed: {exc}"
            return self.status
        if report.offline:
            self.status = f"TM offline: queued {report.pending:,}"
        else:
            self.pulled = sum(report.pulled.values())
            self.status = f"TM synced {self.pulled:,}"
            if report.pending:
                self.status += f", queued {report.pending:,}"
        return self.status


class _Cancelled(Exception):
    pass


def _configured(project: Project) -> bool:
    try:
        from workbench.tm.shared import shared_config

        return shared_config(project) is not None
    except Exception:  # noqa: BLE001 - a bad [tm] table is reported by 'workbench tm sync'
        return False
