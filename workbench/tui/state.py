"""The translator's place between runs (last statement and language), in .workbench/state.json.

Only view state: losing the file loses nothing but the cursor position on the home screen.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from workbench.atomic import atomic_write_text


@dataclass
class UiState:
    slug: str | None = None
    lang: str | None = None

    @classmethod
    def load(cls, path: Path) -> UiState:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return cls(slug=_str_or_none(raw.get("slug")), lang=_str_or_none(raw.get("lang")))
        except (OSError, ValueError, AttributeError):
            return cls()

    def save(self, path: Path) -> None:
        with contextlib.suppress(OSError):  # a read-only cache folder must not stop the editor
            atomic_write_text(path, json.dumps(asdict(self), ensure_ascii=False) + "\n")


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def state_path(cache_dir: Path) -> Path:
    return cache_dir / "state.json"
