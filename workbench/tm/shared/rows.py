"""Units as the server stores them: what a push sends, what a pull accepts.

A unit's ``origin_key`` names where it comes from (collection, project, statement or tm/ file,
language pair, msgctxt, source): a corrected translation from the same origin has the same
key and supersedes the old one. ``content_hash`` tells versions of one key apart.

Everything pulled is untrusted. A row is kept only when every field has the right type, a
bounded size, and no control characters that could drive a terminal (ESC, C1 controls).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

from workbench.tm.units import Unit

MAX_TEXT = 20_000  # characters in one source or translation
MAX_FORMS = 8  # plural forms
MAX_NAME = 300  # origin, collection, author
_UNSAFE_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_UNSAFE_NAME = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")  # tab: the joiner
_KEY = re.compile(r"^[0-9a-f]{64}$")
_TMX_DATE = re.compile(r"^\d{8}T\d{6}Z$")


def origin_key(collection: str, project: str, origin: str, source_lang: str, target_lang: str,
               unit: Unit) -> str:
    """The identity of a unit's origin.

    >>> len(origin_key("org", "demo", "statement a", "en", "ru", Unit("Hi", ("Привет",))))
    64
    """
    parts = (collection, project, origin, source_lang, target_lang, unit.context, unit.source,
             unit.source_plural)
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(unit: Unit) -> str:
    return hashlib.sha256("\x00".join(unit.targets).encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass(frozen=True)
class PushRow:
    origin_key: str
    content_hash: str
    collection: str
    project: str
    origin: str
    source_lang: str
    target_lang: str
    source: str
    source_plural: str
    context: str
    targets: tuple[str, ...]
    author: str
    changed: str  # ISO 8601
    client: str

    def values(self) -> tuple[Any, ...]:
        return (self.origin_key, self.content_hash, self.collection, self.project, self.origin,
                self.source_lang, self.target_lang, self.source, self.source_plural, self.context,
                list(self.targets), self.author, self.changed, self.client)

    def as_json(self) -> dict[str, Any]:
        return {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PushRow:
        return cls(**{**data, "targets": tuple(data["targets"])})


def changed_iso(tmx_date: str) -> str:
    """A TMX date (YYYYMMDDThhmmssZ) as ISO 8601; now when unknown.

    >>> changed_iso("20240301T120000Z")
    '2024-03-01T12:00:00+00:00'
    """
    try:
        return datetime.strptime(tmx_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).isoformat()
    except ValueError:
        return datetime.now(UTC).replace(microsecond=0).isoformat()


class PulledRow(NamedTuple):
    seq: int
    origin_key: str
    origin: str  # as a match shows it: "shared: <collection>/<origin>"
    unit: Unit


def safe_text(value: object, limit: int = MAX_TEXT) -> bool:
    """True for a str of at most ``limit`` characters without terminal control characters.

    >>> safe_text("Привет,\\nмир"), safe_text("\\x1b[2J"), safe_text(b"bytes")
    (True, False, False)
    """
    return isinstance(value, str) and len(value) <= limit and not _UNSAFE_TEXT.search(value)


def checked_unit(row: tuple[Any, ...]) -> PulledRow | None:
    """A pulled row as a unit, or None when any field is malformed or unsafe."""
    if len(row) != 10:
        return None
    seq, key, origin, collection, source, plural, context, targets, author, changed = row
    if not isinstance(seq, int) or not isinstance(key, str) or not _KEY.match(key):
        return None
    if not isinstance(targets, list) or not 1 <= len(targets) <= MAX_FORMS:
        return None
    texts = (source, plural, context, *targets)
    names = (origin, collection, author)
    if not all(isinstance(v, str) for v in (*texts, *names)) or not source:
        return None
    if max(map(len, texts)) > MAX_TEXT or max(map(len, names)) > MAX_NAME \
            or _UNSAFE_TEXT.search("\n".join(texts)) or _UNSAFE_NAME.search("\t".join(names)):
        return None
    when = changed if isinstance(changed, str) and _TMX_DATE.match(changed) else ""
    unit = Unit(source, tuple(targets), plural, context, changed=when,
                origin=f"shared: {collection}/{origin}")
    return PulledRow(seq, key, unit.origin, unit)
