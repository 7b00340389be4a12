"""TMX 1.4b: a defused streaming reader and a writer other tools read.

Plural forms stay one unit: the source tuv carries msgid_plural in ``<prop type="x-plural">``
and the target tuv carries forms 1.. in ``<prop type="x-plural-N">`` (msgstr[0] is the seg),
so tools that know nothing of plurals still see a plain sentence pair.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from workbench import __version__
from workbench.atomic import atomic_write_bytes
from workbench.tm import xmlsafe
from workbench.tm.units import Unit

VERSIONS = {"1.4", "1.4b"}
SKIPPED = {"bpt", "ept", "it", "ut", "sub", "ph"}  # native codes, not text
_PLURAL_FORM = re.compile(r"x-plural-(\d+)$")


@cache
def lang_key(code: str) -> str:
    """'pt-BR', 'pt_br' -> 'pt_BR'; 'EN' -> 'en'."""
    parts = code.strip().replace("-", "_").split("_")
    return "_".join([parts[0].lower(), *(p.upper() if len(p) == 2 else p for p in parts[1:])])


@cache
def lang_matches(code: str, wanted: str) -> bool:
    """'ru_RU' serves 'ru' and 'ru' serves 'ru_RU'; 'pt_BR' does not serve 'pt_PT'."""
    a, b = lang_key(code), lang_key(wanted)
    return a == b or (a.split("_")[0] == b.split("_")[0] and ("_" not in a or "_" not in b))


@dataclass
class TmxContent:
    srclang: str = ""
    languages: set[str] = field(default_factory=set)
    units: dict[str, list[Unit]] = field(default_factory=dict)
    header_line: int | None = None
    header_seen: bool = False
    tu_count: int = 0


@dataclass
class _Tuv:
    lang: str
    props: dict[str, str] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)


class _Handler(xmlsafe.Handler):
    def __init__(self, path: Path, source: str, targets: list[str] | None) -> None:
        super().__init__(path)
        self.source, self.targets = source, targets
        self.out = TmxContent(units={t: [] for t in targets or []})
        self.depth = 0
        self.root_seen = False
        self.tu: dict | None = None
        self.tuv: _Tuv | None = None
        self.prop: tuple[str, list[str]] | None = None
        self.in_seg = False
        self.skip = 0
        self.char: list[str] | None = None

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        if self.depth == 1:
            self._root(name, attrs)
        elif name == "header":
            self._header(attrs)
        elif name == "body" and not self.out.header_seen:
            raise self.error("<body> before any <header>", hint="a TMX needs <header srclang=…>")
        elif self.in_seg:
            self._inline(name, attrs)
        elif name == "tu":
            self.tu = {"props": {}, "tuvs": [], "date": attrs.get("changedate")
                       or attrs.get("creationdate") or ""}
        elif name == "tuv" and self.tu is not None:
            lang = attrs.get("xml:lang") or attrs.get("lang")
            if not lang:
                raise self.error("<tuv> without xml:lang")
            self.tuv = _Tuv(lang_key(lang))
        elif name == "prop" and self.tu is not None:
            self.prop = (attrs.get("type", ""), [])
        elif name == "seg" and self.tuv is not None:
            self.in_seg = True

    def _root(self, name: str, attrs) -> None:
        if name != "tmx":
            raise self.error(f"not a TMX file: the root element is <{name}>, not <tmx>")
        version = attrs.get("version", "")
        if version not in VERSIONS:
            raise self.error(f"TMX version {version or '(none)'!r} is not supported",
                             hint="Workbench reads TMX 1.4b (version=\"1.4\")")
        self.root_seen = True

    def _header(self, attrs) -> None:
        self.out.header_line, self.out.header_seen = self.line, True
        self.out.srclang = (attrs.get("srclang") or "").strip()
        if not self.out.srclang:
            raise self.error("<header> has no srclang", hint='add srclang="en" (or "*all*")')

    def _inline(self, name: str, attrs) -> None:
        if self.skip:
            self.skip += 1
        elif name == "ph" and attrs.get("type") == "x-char":
            self.char = []
            self.skip = 1
        elif name in SKIPPED:
            self.skip = 1

    def text(self, content: str) -> None:
        if self.char is not None:
            self.char.append(content)
        elif self.in_seg and not self.skip and self.tuv is not None:
            self.tuv.text.append(content)
        elif self.prop is not None:
            self.prop[1].append(content)

    def end(self, name: str) -> None:
        self.depth -= 1
        if self.in_seg and name != "seg":
            self._end_inline()
        elif name == "seg":
            self.in_seg = False
        elif name == "prop" and self.prop is not None and self.tu is not None:
            kind, text = self.prop
            (self.tuv.props if self.tuv is not None else self.tu["props"])[kind] = "".join(text)
            self.prop = None
        elif name == "tuv" and self.tuv is not None and self.tu is not None:
            self.tu["tuvs"].append(self.tuv)
            self.tuv = None
        elif name == "tu" and self.tu is not None:
            self._unit(self.tu)
            self.tu = None

    def _end_inline(self) -> None:
        if not self.skip:
            return
        self.skip -= 1
        if not self.skip and self.char is not None:
            code = "".join(self.char).strip()
            if code.startswith("U+") and self.tuv is not None:
                self.tuv.text.append(chr(int(code[2:], 16)))
            self.char = None

    def _unit(self, tu: dict) -> None:
        self.out.tu_count += 1
        tuvs: list[_Tuv] = tu["tuvs"]
        for tuv in tuvs:
            if tuv.lang not in self.out.languages:
                self.out.languages.add(tuv.lang)
        src = next((t for t in tuvs if lang_matches(t.lang, self.source)), None)
        if src is None:
            return
        wanted = self.targets if self.targets is not None else [t.lang for t in tuvs]
        for lang in wanted:
            tgt = next((t for t in tuvs if t is not src and lang_matches(t.lang, lang)), None)
            if tgt is not None and "".join(tgt.text):
                self.out.units.setdefault(lang, []).append(_make_unit(tu, src, tgt))

    def finish(self) -> None:
        if not self.root_seen or not self.out.header_seen:
            raise self.error("no <header> in this TMX", line=1)


def _make_unit(tu: dict, src: _Tuv, tgt: _Tuv) -> Unit:
    props = tu["props"]
    forms = sorted((int(m.group(1)), v) for k, v in tgt.props.items() if (m := _PLURAL_FORM.match(k)))
    return Unit(
        source="".join(src.text), targets=("".join(tgt.text), *(v for _, v in forms)),
        source_plural=src.props.get("x-plural", ""), context=props.get("x-context", ""),
        fuzzy=props.get("x-fuzzy", "") == "yes",
        prev=props.get("x-context-prev"), next=props.get("x-context-next"), changed=tu["date"])


def read_tmx(path: Path, source_lang: str, target_langs: list[str] | None, *,
             max_bytes: int, progress: Callable[[int], None] | None = None) -> TmxContent:
    """Units of ``path`` per target language (all languages when ``target_langs`` is None)."""
    handler = _Handler(path, source_lang, target_langs)
    xmlsafe.parse(path, handler, max_bytes, progress)
    return handler.out


# ---------------------------------------------------------------- writing


def tmx_lang(code: str) -> str:
    return lang_key(code).replace("_", "-")


def _text(value: str) -> str:
    return "".join(f'<ph type="x-char">U+{ord(c):04X}</ph>' if c in xmlsafe.CONTROL else escape(c)
                   for c in value) if any(c in xmlsafe.CONTROL for c in value) else escape(value)


def _plain(value: str) -> str:
    """Prop text: XML 1.0 cannot carry control characters; they become U+FFFD."""
    return escape("".join("\ufffd" if c in xmlsafe.CONTROL else c for c in value))


def _prop(kind: str, value: str | None, indent: str) -> str:
    return "" if value is None else f"{indent}<prop type={quoteattr(kind)}>{_plain(value)}</prop>\n"


def tu_xml(unit: Unit, origin: str, src: str, tgt: str, now: str) -> str:
    date = unit.changed or now
    parts = [f'    <tu creationdate="{date}" changedate="{date}">\n',
             _prop("x-origin", origin, "      "),
             _prop("x-context", unit.context or None, "      "),
             _prop("x-fuzzy", "yes" if unit.fuzzy else None, "      "),
             _prop("x-context-prev", unit.prev, "      "),
             _prop("x-context-next", unit.next, "      "),
             f'      <tuv xml:lang="{src}">\n',
             _prop("x-plural", unit.source_plural or None, "        "),
             f"        <seg>{_text(unit.source)}</seg>\n      </tuv>\n",
             f'      <tuv xml:lang="{tgt}">\n']
    parts += [_prop(f"x-plural-{n}", form, "        ") for n, form in enumerate(unit.targets[1:], 1)]
    parts.append(f"        <seg>{_text(unit.target)}</seg>\n      </tuv>\n    </tu>\n")
    return "".join(parts)


def write_tmx(path: Path, units: Iterable[tuple[Unit, str]], source_lang: str, target_lang: str) -> int:
    """Write (unit, origin) pairs as TMX 1.4b; returns the number of units written."""
    now = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    src, tgt = tmx_lang(source_lang), tmx_lang(target_lang)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n',
           '<tmx version="1.4">\n',
           f'  <header creationtool="Workbench" creationtoolversion="{__version__}" '
           f'datatype="plaintext" segtype="sentence" adminlang="en" srclang="{src}" '
           f'o-tmf="gettext PO" creationdate="{now}"/>\n  <body>\n']
    count = 0
    for unit, origin in units:
        out.append(tu_xml(unit, origin, src, tgt, now))
        count += 1
    out.append("  </body>\n</tmx>\n")
    atomic_write_bytes(path, "".join(out).encode("utf-8"))
    return count
