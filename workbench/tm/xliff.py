"""XLIFF 1.0, 1.1, 1.2 and 2.0 as memories: a streaming reader of source/target pairs.

1.x: <file source-language target-language>, <trans-unit> with <source>/<target>; 2.0:
<xliff srcLang trgLang>, <unit> of <segment>s (and <ignorable>s) joined. Element names are
taken without their prefix, so ``<xlf:trans-unit>`` reads as ``<trans-unit>``. A file with no
target language (po2xliff writes none) serves the one language asked for. Inline codes keep the
text they stand for (tm/inline.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workbench import languages
from workbench.tm import xmlsafe
from workbench.tm.inline import XLIFF_CODES, CodeCollector
from workbench.tm.tmx import TmxContent, lang_key, lang_matches
from workbench.tm.units import Unit

VERSIONS = {"1.0", "1.1", "1.2", "2.0", "2.1"}
IGNORED = {"alt-trans", "seg-source", "note", "notes", "context-group", "originalData",
           "metadata", "header"}
UNITS = {"trans-unit", "unit"}


def _local(name: str) -> str:
    return name.rpartition(":")[2]


class _Handler(xmlsafe.Handler):
    def __init__(self, path: Path, source: str, targets: list[str] | None) -> None:
        super().__init__(path)
        self.source, self.targets = source, targets
        self.out = TmxContent(units={t: [] for t in targets or []})
        self.depth = 0
        self.version = ""
        self.root_langs = ("", "")
        self.file: tuple[str, str] | None = None
        self.unit: dict | None = None
        self.field: str | None = None  # "source" or "target" while inside one
        self.codes = CodeCollector(XLIFF_CODES)
        self.ignore = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        local = _local(name)
        if self.depth == 1:
            self._root(local, attrs)
        elif self.ignore or (local in IGNORED and self.field is None):
            self.ignore += 1
        elif self.field is not None:
            self.codes.start(local, attrs)
        elif local == "file":
            self._file(attrs)
        elif local in UNITS:
            self.unit = {"source": [], "target": None, "states": [], "line": self.line,
                         "approved": attrs.get("approved", ""), "lang": "",
                         "header": attrs.get("restype") == "x-gettext-domain-header"}
        elif local == "segment" and self.unit is not None:
            self.unit["states"].append(attrs.get("state", "initial"))
        elif local in ("source", "target") and self.unit is not None:
            self.field = local
            if local == "target":
                self.unit["target"] = self.unit["target"] or []
                self.unit["lang"] = attrs.get("xml:lang", "") or self.unit["lang"]
                if "state" in attrs:
                    self.unit["states"].append(attrs["state"])

    def _root(self, local: str, attrs: dict[str, str]) -> None:
        if local != "xliff":
            raise self.error(f"not an XLIFF file: the root element is <{local}>")
        self.version = attrs.get("version", "")
        if not self.version:  # Weblate writes none: the namespace says which
            spaces = [v for k, v in attrs.items() if k == "xmlns" or k.startswith("xmlns:")]
            self.version = next((v.rpartition(":")[2] for v in spaces
                                 if v.startswith("urn:oasis:names:tc:xliff:document:")), "")
        if self.version not in VERSIONS:
            raise self.error(f"XLIFF version {self.version or '(none)'!r} is not supported",
                             hint="Workbench reads XLIFF 1.0, 1.1, 1.2 and 2.0")
        self.root_langs = (attrs.get("srcLang", ""), attrs.get("trgLang", ""))

    def _file(self, attrs: dict[str, str]) -> None:
        # A file with no source language (Weblate's templates) is taken as in the one asked for.
        src = attrs.get("source-language") or self.root_langs[0] or self.source
        tgt = attrs.get("target-language") or self.root_langs[1]
        self.file = (lang_key(src), lang_key(tgt) if tgt else "")
        self.out.srclang = self.out.srclang or src
        self.out.header_line = self.out.header_line or self.line
        self.out.languages.add(self.file[0])
        if tgt:
            self.out.languages.add(self.file[1])

    def text(self, content: str) -> None:
        if self.field is None or self.ignore or self.unit is None:
            return
        if not self.codes.text(content):
            self.unit[self.field].append(content)

    def end(self, name: str) -> None:
        self.depth -= 1
        local = _local(name)
        if self.ignore:
            self.ignore -= 1
        elif self.field is not None and local != self.field:
            stands_for = self.codes.end()
            if stands_for and self.unit is not None:
                self.unit[self.field].append(stands_for)
        elif local in ("source", "target"):
            self.field = None
        elif local in UNITS and self.unit is not None:
            self._add(self.unit)
            self.unit = None

    def _target_language(self, unit: dict) -> str:
        named = self.file[1] if self.file else ""
        if not named and unit["lang"]:
            named = lang_key(unit["lang"])
            self.out.languages.add(named)
        if not named and self.targets is not None and len(self.targets) == 1:
            named = self.targets[0]  # po2xliff writes no target language: the one asked for
        return named

    def _add(self, unit: dict) -> None:
        self.out.tu_count += 1
        if self.file is None or unit["target"] is None or unit["header"]:
            return  # no target, or po2xliff's PO header as a unit
        src_lang, tgt_lang = self.file[0], self._target_language(unit)
        target = "".join(unit["target"])
        if not tgt_lang or not target.strip() or not "".join(unit["source"]).strip() \
                or not lang_matches(src_lang, self.source):
            return
        wanted = self.targets if self.targets is not None else [tgt_lang]
        for lang in wanted:
            if languages.best_match(lang, [tgt_lang]) is not None:
                states: list[str] = unit["states"]
                fuzzy = any(s.startswith("needs-") or s in ("new", "initial") for s in states) \
                    or (not states and unit["approved"] == "no")
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
