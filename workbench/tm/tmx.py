"""TMX 1.1, 1.2 and 1.4b in, 1.4b out: a defused streaming reader and a writer other tools read.

Inline codes keep the text they stand for (``<ph>%d</ph>`` is "%d"); paired formatting codes
go (tm/inline.py). Languages are matched through workbench.languages: a ``zh-CN`` tuv serves
``zh_CN``, and an exact language is preferred over a regional variant.

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

from workbench import __version__, languages
from workbench.atomic import atomic_write_bytes
from workbench.tm import xmlsafe
from workbench.tm.inline import TMX_CODES, CodeCollector
from workbench.tm.units import Unit

VERSIONS = {"1.1", "1.2", "1.4", "1.4b"}
_PLURAL_FORM = re.compile(r"x-plural-(\d+)$")


@cache
def lang_key(code: str) -> str:
    """'pt-BR', 'pt_br' -> 'pt_BR'; 'EN' -> 'en'; 'sr-Latn' -> 'sr@latin' (workbench.languages)."""
    return languages.normalize_code(code)


@cache
def lang_matches(code: str, wanted: str) -> bool:
    """'ru_RU' serves 'ru' and 'ru' serves 'ru_RU'; 'pt_BR' does not serve 'pt_PT'."""
    return languages.matches(code, wanted)


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
        self.codes = CodeCollector(TMX_CODES)

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
                             hint="Workbench reads TMX 1.1, 1.2 and 1.4")
        self.root_seen = True

    def _header(self, attrs) -> None:
        self.out.header_line, self.out.header_seen = self.line, True
        self.out.srclang = (attrs.get("srclang") or "").strip()
        if not self.out.srclang:
            raise self.error("<header> has no srclang", hint='add srclang="en" (or "*all*")')

    def _inline(self, name: str, attrs) -> None:
        self.codes.start(name, attrs)

    def text(self, content: str) -> None:
        if self.in_seg:
            if not self.codes.text(content) and self.tuv is not None:
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
        stands_for = self.codes.end()
        if stands_for and self.tuv is not None:
            self.tuv.text.append(stands_for)

    def _unit(self, tu: dict) -> None:
        self.out.tu_count += 1
        tuvs: list[_Tuv] = tu["tuvs"]
        for tuv in tuvs:
            if tuv.lang not in self.out.languages:
                self.out.languages.add(tuv.lang)
        src = _pick(self.source, tuvs)
        if src is None:
            return
        others = [t for t in tuvs if t is not src]
        pairs: list[tuple[str, _Tuv | None]]
        if self.targets is None:  # every language, each under its own code
            pairs = [(t.lang, t) for t in others]
        else:
            pairs = [(lang, _pick(lang, others)) for lang in self.targets]
        if not "".join(src.text).strip():
            return  # a source made of codes only: nothing to match
        for lang, tgt in pairs:
            if tgt is not None and "".join(tgt.text).strip():
                self.out.units.setdefault(lang, []).append(_make_unit(tu, src, tgt))

    def finish(self) -> None:
        if not self.root_seen or not self.out.header_seen:
            raise self.error("no <header> in this TMX", line=1)


def _pick(lang: str, tuvs: list[_Tuv]) -> _Tuv | None:
    """The tuv that best serves ``lang``: its exact language before a regional variant."""
    best = languages.best_match(lang, [t.lang for t in tuvs])
    return next((t for t in tuvs if t.lang == best), None) if best is not None else None


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
    """xml:lang as BCP 47: 'pt_BR' -> 'pt-BR', 'sr@latin' -> 'sr-Latn'."""
    return languages.to_bcp47(code)


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
