"""A tiny progress bar on stderr, drawn only when stderr is a terminal (no tqdm needed)."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO


class Progress:
    """``with Progress("Indexing", total) as bar: bar.advance(n)``; silent when not a TTY."""

    def __init__(self, label: str, total: int, *, unit: str = "", stream: TextIO | None = None,
                 enabled: bool | None = None) -> None:
        self.label, self.total, self.unit = label, max(total, 1), unit
        self.stream = stream or sys.stderr
        self.enabled = _is_terminal(self.stream) if enabled is None else enabled
        self.done = 0
        self._drawn = 0.0
        self._start = time.monotonic()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def advance(self, n: int = 1) -> None:
        self.update(self.done + n)

    def update(self, done: int) -> None:
        self.done = min(done, self.total)
        now = time.monotonic()
        if self.enabled and (now - self._drawn > 0.1 or self.done >= self.total):
            self._drawn = now
            self._draw()

    def _draw(self) -> None:
        width = 30
        filled = int(width * self.done / self.total)
        pct = 100 * self.done / self.total
        text = f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {pct:5.1f}%"
        if self.unit:
            text += f" {self.done:,}/{self.total:,} {self.unit}"
        self.stream.write(text)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._drawn:
            self._draw()
            self.stream.write("\n")
            self.stream.flush()


def note(message: str, *, enabled: bool | None = None) -> None:
    """A line on stderr for a long step without steps of its own (terminal only)."""
    if enabled if enabled is not None else _is_terminal(sys.stderr):
        print(message, file=sys.stderr, flush=True)


def _is_terminal(stream: TextIO) -> bool:
    """A real terminal: Textual's stand-in for stderr says isatty() but has no file behind it."""
    try:
        return stream.isatty() and os.isatty(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return False
