"""The autosave journal: drafts typed but not yet saved, so a crash or a kill loses nothing.

One JSON file per catalog under ``.workbench/journal/<lang>/<slug>.json``, written atomically
after each batch of keystrokes and replayed when the catalog is opened again. It holds only
drafts (text that differs from the catalog); a save or a confirm removes them.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from workbench.atomic import atomic_write_text
from workbench.session.entries import Forms, Key, key_from_text, key_to_text

VERSION = 1


@dataclass
class JournalData:
    drafts: dict[Key, Forms] = field(default_factory=dict)
    current: Key | None = None


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def for_catalog(cls, cache_dir: Path, lang: str, slug: str) -> Journal:
        return cls(cache_dir / "journal" / lang / f"{slug}.json")

    def load(self) -> JournalData:
        """What the last run left. A damaged journal is set aside, never fatal."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            drafts = {key_from_text(d["key"]): _forms(d) for d in raw.get("drafts", [])}
            current = raw.get("current")
            return JournalData(drafts, key_from_text(current) if current is not None else None)
        except FileNotFoundError:
            return JournalData()
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_suffix(".damaged.json"))
            return JournalData()

    def write(self, drafts: dict[Key, Forms], current: Key | None = None) -> None:
        if not drafts:
            self.clear()
            return
        data = {
            "version": VERSION,
            "current": key_to_text(current) if current is not None else None,
            "drafts": [_draft(k, forms) for k, forms in drafts.items()],
        }
        atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def _draft(key: Key, forms: Forms) -> dict[str, object]:
    """One draft in the file: its text, and every form when the entry has plurals."""
    out: dict[str, object] = {"key": key_to_text(key), "text": forms[0]}
    if len(forms) > 1:
        out["forms"] = list(forms)
    return out


def _forms(draft: dict[str, object]) -> Forms:
    forms = draft.get("forms")
    if isinstance(forms, list) and forms:
        return tuple(str(f) for f in forms)
    return (str(draft["text"]),)
