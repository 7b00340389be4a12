"""XLIFF 1.2 import (bonus format): <file source-language target-language>, <trans-unit>."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workbench.tm import xmlsafe
from workbench.tm.tmx import TmxContent, lang_key, lang_matches
from workbench.tm.units import Unit

SKIPPED = {"x", "bx", "ex", "ph", "bpt", "ept", "it", "sub"}
IGNORED = {"alt-trans", "seg-source", "note", "context-group"}


class _Handler(xmlsafe.Handler):
    def __init__(self, path: Path, source: str, targets: list[str] | None) -> None:
        super().__init__(path)
        self.source, self.targets = source, targets
        self.out = TmxContent(units={t: [] for t in targets or []})
        self.depth = 0
        self.file: tuple[str, str] | None = None
        self.unit: dict | None = None
        self.field: str | None = None  # "source" or "target" while inside one
        self.skip = 0
        self.ignore = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        if self.depth == 1:
            if name != "xliff":
                raise self.error(f"not an XLIFF file: the root element is <{name}>")
            if attrs.get("version") != "1.2":
                raise self.error(f"XLIFF version {attrs.get('version')!r} is not supported",
                                 hint="Workbench reads XLIFF 1.2")
        elif self.ignore or name in IGNORED:
            self.ignore += 1
        elif name == "file":
            self._file(attrs)
        elif self.field is not None:
            self.skip += 1 if (self.skip or name in SKIPPED) else 0
        elif name == "trans-unit":
            self.unit = {"source": [], "target": None, "state": "", "line": self.line,
                         "approved": attrs.get("approved", "")}
        elif name in ("source", "target") and self.unit is not None:
            self.field = name
            if name == "target":
                self.unit["target"] = []
                self.unit["state"] = attrs.get("state", "")

    def _file(self, attrs) -> None:
        src, tgt = attrs.get("source-language"), attrs.get("target-language")
        if not src:
            raise self.error("<file> has no source-language")
        self.file = (lang_key(src), lang_key(tgt) if tgt else "")
        self.out.srclang = self.out.srclang or src
        self.out.header_line = self.out.header_line or self.line
        if tgt:
            self.out.languages.update(self.file)

    def text(self, content: str) -> None:
        if self.field is not None and not self.skip and not self.ignore and self.unit is not None:
            self.unit[self.field].append(content)

    def end(self, name: str) -> None:
        self.depth -= 1
        if self.ignore:
            self.ignore -= 1
        elif self.field is not None and name != self.field:
            self.skip = max(0, self.skip - 1)
        elif name in ("source", "target"):
            self.field = None
        elif name == "trans-unit" and self.unit is not None:
            self._add(self.unit)
            self.unit = None

    def _add(self, unit: dict) -> None:
        self.out.tu_count += 1
        if self.file is None or not self.file[1] or unit["target"] is None:
            return
        src_lang, tgt_lang = self.file
        target = "".join(unit["target"])
        if not target or not lang_matches(src_lang, self.source):
            return
        wanted = self.targets if self.targets is not None else [tgt_lang]
        for lang in wanted:
            if lang_matches(tgt_lang, lang):
                fuzzy = unit["state"].startswith("needs-") or unit["approved"] == "no"
                self.out.units.setdefault(lang, []).append(
                    Unit("".join(unit["source"]), (target,), fuzzy=fuzzy))

    def finish(self) -> None:
        if self.file is None:
            raise self.error("no <file> in this XLIFF", line=1)


def read_xliff(path: Path, source_lang: str, target_langs: list[str] | None, *,
               max_bytes: int, progress: Callable[[int], None] | None = None) -> TmxContent:
    handler = _Handler(path, source_lang, target_langs)
    xmlsafe.parse(path, handler, max_bytes, progress)
    return handler.out
