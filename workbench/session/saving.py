"""Writing the session's catalog without overwriting anyone: atomic, and merged entry by entry
when the file changed on disk since it was read.

``workbench.catalog.save_catalog`` does the 3-way merge. It merges field by field and lets
the file on disk win a clash; for the entries the translator just changed that is not enough
(a confirmed text must not end up as someone else's text marked translated), so afterwards
each of those entries is checked and, if it did not survive as the translator left it,
re-applied, saved again and reported, with the other side's version kept for undo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbench.catalog import Catalog, parse_catalog, save_catalog
from workbench.catalog.lock import catalog_lock
from workbench.errors import ConflictError, WorkbenchError
from workbench.session.entries import EntryState, Key, key_of

ATTEMPTS = 3


@dataclass
class SaveOutcome:
    """What a save did. ``merged``: source texts of entries someone else changed on disk (now
    in the session); ``overridden``: entries both sides changed, with the other side's state,
    where the translator's version was kept."""

    path: Path
    merged: list[str] = field(default_factory=list)
    overridden: list[tuple[Key, EntryState]] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # translator's entries gone from the file
    reloaded: bool = False

    @property
    def conflicts(self) -> list[str]:
        return [key[1] for key, _ in self.overridden] + self.lost

    @property
    def message(self) -> str | None:
        """A line for the translator, or None when the save was an ordinary one."""
        if not self.reloaded:
            return None
        n = len(self.merged)
        parts = [f"{self.path.name} had changed on disk: merged {n} entr{'y' if n == 1 else 'ies'}"
                 " from there"]
        for key, theirs in self.overridden[:2]:
            parts.append(f"'{_short(key[1])}' was changed there too; yours kept, theirs was "
                         f"'{_short(theirs.msgstr)}' (ctrl+z brings it back)")
        if len(self.overridden) > 2:
            parts.append(f"{len(self.overridden) - 2} more changed on both sides, yours kept")
        if self.lost:
            parts.append(f"no longer in the catalog: {'; '.join(_short(m) for m in self.lost)}")
        return ". ".join(parts) + "."


def _short(text: str, width: int = 40) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def persist(catalog: Catalog, dirty: dict[Key, EntryState]) -> tuple[Catalog, SaveOutcome]:
    """Write ``catalog``; ``dirty`` maps each entry the translator changed since the last
    write to its state then. Returns the catalog now in use and the outcome."""
    path = Path(catalog.path) if catalog.path else None
    if path is None:
        raise ConflictError("the catalog has no path to save to")
    intended = {k: EntryState.of(e) for e in catalog if (k := key_of(e)) in dirty and e.msgid}
    outcome = SaveOutcome(path)
    with catalog_lock(path):  # what is on disk is read, merged and written by us alone
        for _ in range(ATTEMPTS):
            theirs = _changed_on_disk(catalog)
            result = save_catalog(catalog)
            if result.status == "merged":
                outcome.reloaded = True
                outcome.merged += [m for m in result.merged if m not in outcome.merged]
            if not _reapply(catalog, intended, dirty, outcome, theirs):
                return catalog, outcome
            # a translator's entry was put back after the merge: save that too
    raise ConflictError("keeps changing on disk while saving; not saved", path=path,
                        hint="try again in a moment")


def _changed_on_disk(catalog: Catalog) -> dict[Key, EntryState]:
    """The entries of the file on disk when someone else changed it (to report their
    version of a clash exactly as they left it), else nothing."""
    path, base = Path(catalog.path), getattr(catalog, "base_bytes", None)  # type: ignore[arg-type]
    try:
        disk = path.read_bytes()
    except FileNotFoundError:
        return {}
    if base is not None and disk == base:
        return {}
    try:
        return {key_of(e): EntryState.of(e) for e in parse_catalog(disk, path) if e.msgid}
    except WorkbenchError:
        return {}


def _reapply(catalog: Catalog, intended: dict[Key, EntryState], base: dict[Key, EntryState],
             outcome: SaveOutcome, theirs_on_disk: dict[Key, EntryState] | None = None) -> bool:
    """Put back the translator's entries a merge changed; report those the other side had
    changed too. Returns whether any was put back (so the catalog must be written again)."""
    if not outcome.reloaded:
        return False
    present = {key_of(e): e for e in catalog if e.msgid and not e.obsolete}
    again = False
    for key, mine in intended.items():
        entry = present.get(key)
        if entry is None:
            if key[1] not in outcome.lost:
                outcome.lost.append(key[1])
            continue
        theirs = EntryState.of(entry)
        if theirs != mine:
            theirs = (theirs_on_disk or {}).get(key, theirs)
            if theirs != base.get(key) and all(k != key for k, _ in outcome.overridden):
                outcome.overridden.append((key, theirs))
            mine.apply(entry)
            again = True
    return again
