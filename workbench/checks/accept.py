"""Accepted findings: a translator's "this is right" for one check on one entry.

The acceptance lives in the PO entry itself, as a translator comment::

    # workbench-accept: same-as-source, length-ratio
    msgid "IndustriALL Global Union"
    msgstr "IndustriALL Global Union"

Why a translator comment: it belongs to the entry, so it survives ``msgmerge`` and
``workbench update`` (both keep ``#`` comments), it travels with the catalog through git and
shows up in diffs, and other tools leave it alone. When the source of the entry changes, the
entry turns fuzzy and the translator sees it again; a stale acceptance of a check that no
longer fires is harmless. The check ids are those of ``workbench check --list``; ``*`` accepts
every check of the entry.
"""

from __future__ import annotations

import re

import polib

PREFIX = "workbench-accept:"
_LINE = re.compile(r"^[ \t]*workbench-accept:[ \t]*(.*)$", re.MULTILINE)  # [ \t]: linear
_IDS = re.compile(r"[\w*-]+")


def accepted_checks(entry: polib.POEntry) -> frozenset[str]:
    """The check ids accepted for this entry."""
    comment = entry.tcomment
    if not comment or PREFIX not in comment:
        return frozenset()
    return frozenset(i for line in _LINE.findall(comment) for i in _IDS.findall(line))


def is_accepted(entry: polib.POEntry, check_id: str) -> bool:
    accepted = accepted_checks(entry)
    return check_id in accepted or "*" in accepted


def _rewrite(entry: polib.POEntry, ids: set[str]) -> None:
    lines = [ln for ln in (entry.tcomment or "").split("\n") if not _LINE.match(ln)]
    lines = [ln for ln in lines if ln] if not any(lines) else lines
    if ids:
        lines.append(f"{PREFIX} {', '.join(sorted(ids))}")
    entry.tcomment = "\n".join(lines)


def accept(entry: polib.POEntry, check_id: str) -> bool:
    """Record that ``check_id`` is accepted for ``entry``; True if the entry changed.
    Write the catalog afterwards (workbench.catalog.write_catalog)."""
    ids = set(accepted_checks(entry))
    if check_id in ids:
        return False
    _rewrite(entry, ids | {check_id})
    return True


def unaccept(entry: polib.POEntry, check_id: str) -> bool:
    """Withdraw an acceptance; True if the entry changed."""
    ids = set(accepted_checks(entry))
    if check_id not in ids:
        return False
    _rewrite(entry, ids - {check_id})
    return True
