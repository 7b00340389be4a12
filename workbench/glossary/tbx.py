"""TBX read and write: TBX-Basic (ISO 30042:2019, TBX v3) out; TBX v3 and TBX 2 / TBX-Basic v2 in.

Written (one conceptEntry per concept, one langSec per language, one termSec per term)::

    <conceptEntry id="trade-union">
      <descrip type="subjectField">…</descrip>      concept: subject, definition, note
      <descrip type="definition">…</descrip>
      <note>…</note>
      <langSec xml:lang="ru">
        <termSec>
          <term>профсоюз</term>
          <termNote type="partOfSpeech">noun</termNote>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          <termNote type="x-caseSensitive">yes</termNote>     only when set
          <termNote type="translationNote">no</termNote>      only when set: do not translate
          <note>…</note>
        </termSec>

Statuses: preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts (= forbidden).
The two flags are not TBX-Basic data categories. Do-not-translate uses
``termNote type="translationNote"`` with ``no``, as Weblate reads and writes it; case sensitivity
uses ``termNote type="x-caseSensitive"`` (``yes``), the private-use form; on reading we also accept
``caseSensitive``/``doNotTranslate`` spellings with yes/true/1.

Read: <tbx>/conceptEntry/langSec/termSec and <martif>/termEntry/langSet/(tig|ntig/termGrp), with
or without a namespace, as Weblate (translate-toolkit) and memoQ export them. XML goes through
defusedxml: no entity expansion, no external references.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, TreeBuilder
from xml.sax.saxutils import escape, quoteattr

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from workbench.atomic import atomic_write_text
from workbench.glossary.langcodes import language_code
from workbench.glossary.model import Concept, GlossaryError, Term, Termbase, normalize_pos

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
STATUS_OUT = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
              "forbidden": "deprecatedTerm-admn-sts"}
STATUS_IN = {
    "preferredterm-admn-sts": "preferred", "preferredterm": "preferred", "preferred": "preferred",
    "admittedterm-admn-sts": "admitted", "admittedterm": "admitted", "admitted": "admitted",
    "standardizedterm-admn-sts": "preferred", "standardizedterm": "preferred",
    "deprecatedterm-admn-sts": "forbidden", "deprecatedterm": "forbidden",
    "supersededterm-admn-sts": "forbidden", "supersededterm": "forbidden",
    "deprecated": "forbidden", "forbidden": "forbidden", "obsolete": "forbidden",
}
DNT_TYPES = {"translationnote", "donottranslate", "x-donottranslate", "x-dnt"}
CASE_TYPES = {"x-casesensitive", "casesensitive", "x-case-sensitive", "case-sensitive"}
TRUE = {"yes", "true", "1", "y"}
_INVALID_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(elem: Element) -> str:
    return " ".join("".join(elem.itertext()).split())


class _LineBuilder(TreeBuilder):
    """A tree builder that remembers the line each element starts on, for error messages."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[int, int] = {}
        self.expat: object = None

    def start(self, tag: str, attrs: dict[str, str]) -> Element:
        elem = super().start(tag, attrs)
        self.lines[id(elem)] = getattr(self.expat, "CurrentLineNumber", 0)
        return elem


def parse_xml(data: bytes, path: Path | None) -> tuple[Element, dict[int, int]]:
    """Parse XML safely; errors become one-line GlossaryErrors with the line."""
    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder)
    builder.expat = parser.parser
    try:
        parser.feed(data)
        root = parser.close()
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise GlossaryError(f"malformed XML: {exc.msg if hasattr(exc, 'msg') else exc}",
                            path=path, line=line) from exc
    except DefusedXmlException as exc:
        raise GlossaryError(f"refused unsafe XML ({type(exc).__name__})", path=path,
                            line=getattr(parser.parser, "CurrentLineNumber", None),
                            hint="entity declarations and external references are not allowed") from exc
    return root, builder.lines


class _Reader:
    def __init__(self, path: Path | None, lines: dict[int, int]) -> None:
        self.path = path
        self.lines = lines
        self.concept_lines: dict[str, int] = {}

    def error(self, message: str, elem: Element, hint: str | None = None) -> GlossaryError:
        return GlossaryError(message, path=self.path, line=self.lines.get(id(elem)), hint=hint)

    def concept(self, entry: Element, number: int) -> Concept:
        concept = Concept(entry.get("id") or f"c{number}")
        self.concept_lines.setdefault(concept.id, self.lines.get(id(entry), 0))
        for child in entry:
            name = _local(child.tag)
            if name in ("langSec", "langSet"):
                self.language(child, concept)
            else:
                self.describe(child, concept)
        return concept

    def describe(self, elem: Element, concept: Concept) -> None:
        """Concept- or language-level descrip/note (descripGrp unwrapped)."""
        name, kind = _local(elem.tag), (elem.get("type") or "").lower()
        if name == "descripGrp":
            for child in elem:
                self.describe(child, concept)
        elif name == "descrip" and kind == "definition":
            concept.definition = concept.definition or _text(elem) or None
        elif name == "descrip" and kind in ("subjectfield", "subject"):
            concept.subject = concept.subject or _text(elem) or None
        elif name == "note" or (name == "descrip" and kind in ("", "context", "usage note",
                                                                "usagenote", "explanation")):
            concept.note = "\n".join(filter(None, [concept.note, _text(elem)])) or None

    def language(self, elem: Element, concept: Concept) -> None:
        raw = elem.get(XML_LANG) or elem.get("lang") or ""
        try:
            lang = language_code(raw)
        except GlossaryError as exc:
            raise self.error(exc.message, elem, exc.hint) from None
        for child in elem:
            name = _local(child.tag)
            if name in ("termSec", "tig", "ntig"):
                term = self.term(child, lang)
                if term is not None:
                    concept.terms.append(term)
            else:
                self.describe(child, concept)

    def term(self, elem: Element, lang: str) -> Term | None:
        fields: dict[str, str] = {}
        notes: list[str] = []
        text = None
        for child in elem.iter():
            name = _local(child.tag)
            kind = (child.get("type") or "").lower()
            if name == "term" and text is None:
                text = _text(child)
            elif name == "termNote":
                fields.setdefault(kind, _text(child))
            elif name == "note" or (name == "descrip" and kind not in ("definition",)):
                notes.append(_text(child))
            elif name == "descrip":
                fields.setdefault("definition", _text(child))
        if not text:
            return None  # Weblate writes untranslated terms as empty <term/>
        status = self.status(fields, elem)
        dnt = fields.get("translationnote", "").lower() == "no" or any(
            fields.get(k, "").lower() in TRUE for k in DNT_TYPES - {"translationnote"})
        case = any(fields.get(k, "").lower() in TRUE for k in CASE_TYPES)
        note = "\n".join(n for n in notes if n) or fields.get("definition") or None
        return Term(text, lang, status, normalize_pos(fields.get("partofspeech")), note, case, dnt)

    def status(self, fields: dict[str, str], elem: Element) -> str:
        raw = fields.get("administrativestatus") or fields.get("normativeauthorization") or ""
        if not raw:
            return "preferred"
        status = STATUS_IN.get(raw.strip().lower())
        if status is None:
            raise self.error(f"unknown administrativeStatus {raw!r}", elem,
                             "use preferredTerm-admn-sts, admittedTerm-admn-sts or "
                             "deprecatedTerm-admn-sts")
        return status


def read_tbx(path: str | Path, data: bytes | None = None) -> tuple[Termbase, dict[str, int]]:
    """A termbase from TBX, and the line of each concept (for duplicate-entry errors)."""
    path = Path(path)
    root, lines = parse_xml(path.read_bytes() if data is None else data, path)
    if _local(root.tag) not in ("tbx", "martif"):
        raise GlossaryError(f"not a TBX file: the root element is <{_local(root.tag)}>", path=path,
                            line=lines.get(id(root)), hint="TBX starts with <tbx> or <martif>")
    reader = _Reader(path, lines)
    source = root.get(XML_LANG)
    termbase = Termbase(source_language=language_code(source) if source else "en", path=path)
    entries = [e for e in root.iter() if _local(e.tag) in ("conceptEntry", "termEntry")]
    for number, entry in enumerate(entries, 1):
        concept = reader.concept(entry, number)
        if termbase.get(concept.id) is not None:
            raise reader.error(f"duplicate concept id {concept.id!r}", entry,
                               "each concept entry needs its own id")
        termbase.add(concept)
    return termbase, reader.concept_lines


# -- writing ------------------------------------------------------------------------------------

def _x(text: str) -> str:
    return escape(_INVALID_XML_CHARS.sub("", text))


def _attr(text: str) -> str:
    return quoteattr(_INVALID_XML_CHARS.sub("", text))


def _term_lines(term: Term, pad: str) -> list[str]:
    out = [f"{pad}<termSec>", f"{pad}  <term>{_x(term.text)}</term>"]
    if term.pos:
        out.append(f'{pad}  <termNote type="partOfSpeech">{_x(term.pos)}</termNote>')
    out.append(f'{pad}  <termNote type="administrativeStatus">{STATUS_OUT[term.status]}</termNote>')
    if term.case_sensitive:
        out.append(f'{pad}  <termNote type="x-caseSensitive">yes</termNote>')
    if term.dnt:
        out.append(f'{pad}  <termNote type="translationNote">no</termNote>')
    if term.note:
        out.append(f"{pad}  <note>{_x(term.note)}</note>")
    out.append(f"{pad}</termSec>")
    return out


def _concept_lines(concept: Concept, order: list[str]) -> list[str]:
    out = [f"      <conceptEntry id={_attr(concept.id)}>"]
    if concept.subject:
        out.append(f'        <descrip type="subjectField">{_x(concept.subject)}</descrip>')
    if concept.definition:
        out.append(f'        <descrip type="definition">{_x(concept.definition)}</descrip>')
    if concept.note:
        out.append(f"        <note>{_x(concept.note)}</note>")
    langs = sorted(concept.languages(), key=lambda lang: (order.index(lang), lang))
    for lang in langs:
        out.append(f"        <langSec xml:lang={_attr(lang.replace('_', '-'))}>")
        for term in (t for t in concept.terms if t.lang == lang):
            out.extend(_term_lines(term, "          "))
        out.append("        </langSec>")
    out.append("      </conceptEntry>")
    return out


def tbx_text(termbase: Termbase) -> str:
    """The termbase as TBX-Basic v3, deterministic and pretty-printed (2-space indent)."""
    order = termbase.language_order()
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tbx type="TBX-Basic" style="dca" xml:lang={_attr(termbase.source_language.replace("_", "-"))}'
        f' xmlns="{TBX_NAMESPACE}">',
        "  <tbxHeader>",
        "    <fileDesc>",
        "      <sourceDesc>",
        "        <p>Workbench termbase. Flags: termNote x-caseSensitive=yes (match case),"
        " translationNote=no (do not translate).</p>",
        "      </sourceDesc>",
        "    </fileDesc>",
        "  </tbxHeader>",
        "  <text>",
        "    <body>",
    ]
    for concept in termbase:
        lines.extend(_concept_lines(concept, order))
    lines += ["    </body>", "  </text>", "</tbx>", ""]
    return "\n".join(lines)


def write_tbx(termbase: Termbase, path: str | Path) -> None:
    atomic_write_text(path, tbx_text(termbase))
