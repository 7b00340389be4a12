"""Review sign-off: a second person's "this translation is right", kept in the PO entry.

The sign-off is a translator comment::

    # workbench-review: approved 2026-12-04 3f2a9c1b0d4e by Anna Kowalska <anna@example.org>
    msgid "The union demands the release of its leaders."
    msgstr "Профсоюз требует освободить своих руководителей."

Why a translator comment: ``msgmerge`` and ``workbench update`` keep ``#`` comments (they drop
flags they do not know), git carries them, and other tools leave them alone. The fingerprint
covers the source and the approved msgstr, so any later change to either makes the sign-off
stale by itself, with nobody having to remember to withdraw it. A rejection sends the entry
back to fuzzy with a note for the translator::

    # workbench-review: rejected 2026-12-04 by Anna Kowalska: "руководителей" is too formal

Write the catalog afterwards (``workbench.catalog.write_catalog`` or ``save_catalog``).
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Literal

import polib

PREFIX = "workbench-review:"
_LINE = re.compile(r"^\s*workbench-review:\s*(.*)$")
_APPROVED = re.compile(r"approved\s+(\d{4}-\d{2}-\d{2})\s+([0-9a-f]{6,64})\s+by\s+(.+?)\s*$")
_REJECTED = re.compile(r"rejected\s+(\d{4}-\d{2}-\d{2})\s+by\s+(.+?)(?::\s+(.*))?\s*$")

ReviewState = Literal["unreviewed", "reviewed", "stale", "rejected"]


@dataclass(frozen=True)
class SignOff:
    """An approval as written in the entry: who, when, and the fingerprint they approved."""

    reviewer: str
    date: str  # ISO date, YYYY-MM-DD
    fingerprint: str


@dataclass(frozen=True)
class Rejection:
    reviewer: str
    date: str
    note: str


def _forms(entry: polib.POEntry) -> list[str]:
    if entry.msgid_plural:
        return [v for _, v in sorted((int(k), v) for k, v in (entry.msgstr_plural or {}).items())]
    return [entry.msgstr or ""]


def fingerprint(entry: polib.POEntry) -> str:
    """12 hex digits of SHA-256 over context, source and every msgstr form.

    >>> e = polib.POEntry(msgid="Hello.", msgstr="Привет.")
    >>> fingerprint(e) == fingerprint(polib.POEntry(msgid="Hello.", msgstr="Привет."))
    True
    >>> fingerprint(e) == fingerprint(polib.POEntry(msgid="Hello.", msgstr="Привет!"))
    False
    """
    parts = [entry.msgctxt or "", entry.msgid, entry.msgid_plural or "", *_forms(entry)]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:12]


def _is_translated(entry: polib.POEntry) -> bool:
    forms = _forms(entry)
    return bool(forms) and all(forms) and "fuzzy" not in entry.flags and not entry.obsolete


def _review_lines(entry: polib.POEntry) -> list[str]:
    return [m.group(1) for ln in (entry.tcomment or "").split("\n") if (m := _LINE.match(ln))]


def sign_off(entry: polib.POEntry) -> SignOff | None:
    """The entry's approval as written (fresh or stale), or None."""
    for line in _review_lines(entry):
        if m := _APPROVED.match(line):
            return SignOff(reviewer=m.group(3), date=m.group(1), fingerprint=m.group(2))
    return None


def rejection(entry: polib.POEntry) -> Rejection | None:
    """The reviewer's last rejection note, or None."""
    for line in _review_lines(entry):
        if m := _REJECTED.match(line):
            return Rejection(reviewer=m.group(2), date=m.group(1), note=m.group(3) or "")
    return None


def is_approved(entry: polib.POEntry) -> bool:
    """Signed off, still translated (not fuzzy, no empty form), and the text is what was approved."""
    signed = sign_off(entry)
    return signed is not None and _is_translated(entry) and signed.fingerprint == fingerprint(entry)


def is_stale(entry: polib.POEntry) -> bool:
    """Signed off once, but the source or translation changed since (or it went fuzzy)."""
    return sign_off(entry) is not None and not is_approved(entry)


def review_state(entry: polib.POEntry) -> ReviewState:
    if is_approved(entry):
        return "reviewed"
    if sign_off(entry) is not None:
        return "stale"
    return "rejected" if rejection(entry) is not None else "unreviewed"


def _rewrite(entry: polib.POEntry, line: str | None) -> bool:
    before = entry.tcomment or ""
    lines = [ln for ln in before.split("\n") if not _LINE.match(ln)] if before else []
    if line is not None:
        lines.append(f"{PREFIX} {line}")
    entry.tcomment = "\n".join(lines)
    return entry.tcomment != before


def _today(when: date | None) -> str:
    return (when or datetime.now(UTC).date()).isoformat()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def approve(entry: polib.POEntry, reviewer: str, when: date | None = None) -> bool:
    """Sign the entry off as it is now; True if the entry changed.

    >>> e = polib.POEntry(msgid="Hello.", msgstr="Привет.")
    >>> approve(e, "Rita", date(2026, 12, 4)), e.tcomment == f"{PREFIX} approved 2026-12-04 {fingerprint(e)} by Rita"
    (True, True)
    >>> e.msgstr = "Здравствуйте."; review_state(e)
    'stale'

    Raises ValueError for an entry that is not translated (empty, fuzzy or obsolete): there is
    nothing to approve. Approving replaces an earlier sign-off or rejection.
    """
    if not _is_translated(entry):
        raise ValueError("only a translated entry (not fuzzy, not empty) can be approved")
    if is_approved(entry):
        return False
    return _rewrite(entry, f"approved {_today(when)} {fingerprint(entry)} by {_one_line(reviewer)}")


def reject(entry: polib.POEntry, reviewer: str, note: str = "", when: date | None = None) -> bool:
    """Send the entry back to the translator: fuzzy, sign-off withdrawn, note kept. True if changed."""
    text = f"rejected {_today(when)} by {_one_line(reviewer)}"
    if note.strip():
        text += f": {_one_line(note)}"
    changed = _rewrite(entry, text)
    if "fuzzy" not in entry.flags:
        entry.flags.insert(0, "fuzzy")
        changed = True
    return changed


def withdraw(entry: polib.POEntry) -> bool:
    """Remove any sign-off or rejection note; True if the entry changed."""
    return _rewrite(entry, None)


def set_approved(entry: polib.POEntry, approved: bool, reviewer: str, when: date | None = None) -> bool:
    """Make the sign-off agree with an outside flag (XLIFF ``approved="yes"``); True if changed.

    approved and already signed off for this text: kept as is (reviewer and date preserved).
    approved otherwise: signed off now by REVIEWER (an untranslated or fuzzy entry is left alone).
    not approved: a sign-off is withdrawn; a rejection note stays.
    """
    if approved:
        return approve(entry, reviewer, when) if _is_translated(entry) else False
    if sign_off(entry) is None:
        return False
    kept = rejection(entry)
    changed = _rewrite(entry, None)
    if kept is not None:
        _rewrite(entry, f"rejected {kept.date} by {kept.reviewer}" + (f": {kept.note}" if kept.note else ""))
    return changed


def default_reviewer() -> str:
    """Who signs off when nobody says: $WORKBENCH_REVIEWER, else git's user.name <user.email>,
    else the login name."""
    if name := os.environ.get("WORKBENCH_REVIEWER", "").strip():
        return name
    values = []
    for key in ("user.name", "user.email"):
        try:
            out = subprocess.run(["git", "config", key], capture_output=True, text=True, timeout=5)
            values.append(out.stdout.strip() if out.returncode == 0 else "")
        except (OSError, subprocess.SubprocessError):
            values.append("")
    if values[0]:
        return f"{values[0]} <{values[1]}>" if values[1] else values[0]
    return getpass.getuser()


# ------------------------------------------------------------------ a catalog at a time


@dataclass
class BatchResult:
    """What a scripted sign-off did: segment numbers (1-based, catalog order)."""

    approved: list[int] = field(default_factory=list)
    already: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (number, why)

    @property
    def changed(self) -> bool:
        return bool(self.approved)


def segments(catalog: polib.POFile) -> list[polib.POEntry]:
    """The entries a reviewer numbers: active ones with a msgid, in catalog order."""
    return [e for e in catalog if not e.obsolete and e.msgid]


def approve_segments(catalog: polib.POFile, numbers: set[int] | None, reviewer: str,
                     when: date | None = None) -> BatchResult:
    """Approve the segments NUMBERS (None: every translated one). Untranslated or fuzzy
    segments named explicitly are skipped with a reason; numbers past the end too."""
    result = BatchResult()
    entries = segments(catalog)
    wanted = set(range(1, len(entries) + 1)) if numbers is None else numbers
    for number in sorted(wanted):
        if not 1 <= number <= len(entries):
            result.skipped.append((number, f"no segment {number} (the catalog has {len(entries)})"))
            continue
        entry = entries[number - 1]
        if is_approved(entry):
            result.already.append(number)
        elif _is_translated(entry):
            approve(entry, reviewer, when)
            result.approved.append(number)
        elif numbers is not None:
            why = "fuzzy" if "fuzzy" in entry.flags else "not translated"
            result.skipped.append((number, why))
    return result
