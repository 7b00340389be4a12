"""The writers' lock of a catalog: every read-modify-write of a PO/POT file runs under it.

``with catalog_lock(path):`` read the catalog, change it, write it (``write_catalog`` and
``save_catalog`` take the same lock again, re-entrantly). ``catalogs_locked(paths)`` takes
several in one global order. See workbench.locking for how it works.
"""

from __future__ import annotations

from workbench.locking import LockTimeout, file_lock, files_locked, lock_path

catalog_lock = file_lock
catalogs_locked = files_locked

__all__ = ["LockTimeout", "catalog_lock", "catalogs_locked", "lock_path"]
