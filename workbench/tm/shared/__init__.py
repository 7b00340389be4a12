"""The organisation's shared translation memory on PostgreSQL; lookups stay local.

    report = sync(project, on_progress=None)   # -> SyncReport (push, pull, index)
    init_server(project)                        # create or migrate the schema and roles
    search_shared(project, "ru", "trade union") # concordance on the server (pg_trgm)

The server is the place of record; pulled units land in .workbench/shared/ and the local TM
index answers lookups. psycopg is imported only when a server is contacted.
"""

from __future__ import annotations

from workbench.tm.shared.api import init_server, search_shared
from workbench.tm.shared.config import SharedConfig, shared_config
from workbench.tm.shared.sync import Busy, SyncReport, sync

__all__ = ["Busy", "SharedConfig", "SyncReport", "init_server", "search_shared", "shared_config", "sync"]
