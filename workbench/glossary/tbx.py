"""TBX reading: TBX v3 (ISO 30042:2019) in DCA and DCT style, and TBX 2 / TBX-Basic v2 (martif).

Read: ``<tbx>/conceptEntry/langSec/termSec`` and ``<martif>/termEntry/langSet/(tig|ntig/termGrp)``,
with or without a namespace, as Weblate (translate-toolkit), memoQ, MultiTerm and LTAC's samples
write them. A data category is read the same whether it is written DCA style
(``<termNote type="partOfSpeech">noun</termNote>``) or DCT style (``<min:partOfSpeech>noun
</min:partOfSpeech>``, whatever the namespace prefix).

TBX-Basic has no data category for two of our flags, so they are read in every form met in the
wild: do-not-translate as ``admin type="projectSubset"`` = ``do-not-translate`` (what we write),
``termNote type="translationNote"`` = ``no`` (our older files) and Weblate's concept-wide
``descrip type="Translation needed"`` = ``No``; case sensitivity as ``projectSubset`` =
``case-sensitive`` or ``termNote type="x-caseSensitive"`` = ``yes``. XML goes through defusedxml:
no entity expansion, no external references. Writing is in ``tbx_write``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from workbench.glossary.langcodes import language_code
from workbench.glossary.model import Concept, GlossaryError, Term, Termbase, normalize_pos

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
TBX_NAMESPACE = "urn:iso:std:iso:30042:ed-2"
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
# Our tags in admin type="projectSubset" (TBX-Basic's free-text subsets): see tbx_write.
SUBSET_DNT, SUBSET_CASE, SUBSET_PROPER = "do-not-translate", "case-sensitive", "proper-noun"
# DCT style: the element's local name is the data category; this is the DCA element it stands for.
DCT_ELEMENTS = {
    **dict.fromkeys(("partOfSpeech", "administrativeStatus", "termType", "grammaticalGender",
                     "geographicalUsage", "termLocation", "normativeAuthorization"), "termNote"),
    **dict.fromkeys(("definition", "context", "subjectField"), "descrip"),
    **dict.fromkeys(("source", "customerSubset", "projectSubset"), "admin"),
}
IGNORED = {"transacGrp", "transac", "transacNote", "date", "ref", "xref", "transactionType",
           "responsibility", "crossReference", "externalCrossReference", "xGraphic"}


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(elem: Element) -> str:
    return " ".join("".join(elem.itertext()).split())


def category(elem: Element) -> tuple[str, str]:
    """(DCA element, data category lower-cased) of an element, in either style.

    >>> from xml.etree.ElementTree import fromstring
    >>> category(fromstring('<termNote type="partOfSpeech">noun</termNote>'))
    ('termNote', 'partofspeech')
    >>> category(fromstring('<min:partOfSpeech xmlns:min="http://www.tbxinfo.net/ns/min"/>'))
    ('termNote', 'partofspeech')
    """
    name = _local(elem.tag)
    if name in DCT_ELEMENTS and (not isinstance(elem.tag, str) or not elem.tag.startswith(
            "{" + TBX_NAMESPACE) or elem.get("type") is None):
        return DCT_ELEMENTS[name], name.lower()
    return name, (elem.get("type") or "").lower()


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


@dataclass
class _TermFields:
    text: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    subsets: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


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
        dnt = False
        for child in entry:
            if _local(child.tag) in ("langSec", "langSet"):
                dnt = self.language(child, concept) or dnt
            else:
                dnt = self.describe(child, concept) or dnt
        if dnt:  # Weblate's "Translation needed: No" speaks for every allowed term
            for term in concept.terms:
                term.dnt = term.dnt or not term.forbidden
        return concept

    def describe(self, elem: Element, concept: Concept) -> bool:
        """Concept- or language-level descrip/note (groups unwrapped). True: do not translate."""
        (name, kind), dnt = category(elem), False
        if name.endswith("Grp") and name != "transacGrp":
            for child in elem:
                dnt = self.describe(child, concept) or dnt
        elif kind == "translation needed":
            return _text(elem).lower() == "no"
        elif name == "descrip" and kind == "definition":
            concept.definition = concept.definition or _text(elem) or None
        elif name == "descrip" and kind in ("subjectfield", "subject"):
            concept.subject = concept.subject or _text(elem) or None
        elif name == "note" or (name == "descrip" and kind in ("", "context", "usage note",
                                                                "usagenote", "explanation")):
            concept.note = "\n".join(filter(None, [concept.note, _text(elem)])) or None
        return dnt

    def language(self, elem: Element, concept: Concept) -> bool:
        raw = elem.get(XML_LANG) or elem.get("lang") or ""
        try:
            lang = language_code(raw)
        except GlossaryError as exc:
            raise self.error(exc.message, elem, exc.hint) from None
        dnt = False
        for child in elem:
            name = _local(child.tag)
            if name in ("termSec", "tig", "ntig"):
                term = self.term(child, lang)
                if term is not None:
                    concept.terms.append(term)
            else:
                dnt = self.describe(child, concept) or dnt
        return dnt

    def _collect(self, elem: Element, found: _TermFields) -> None:
        for child in elem:
            name, kind = category(child)
            if name == "term" and found.text is None:
                found.text = _text(child)
            elif name in ("termGrp", "termNoteGrp", "descripGrp", "adminGrp"):
                self._collect(child, found)
            elif name == "termNote":
                found.fields.setdefault(kind, _text(child))
            elif name == "admin" and kind == "projectsubset":
                found.subsets.add(_text(child).lower())
            elif name == "note" or (name == "descrip" and kind not in ("definition",)):
                if kind == "translation needed":
                    found.fields.setdefault("translation needed", _text(child))
                else:
                    found.notes.append(_text(child))
            elif name == "descrip":
                found.fields.setdefault("definition", _text(child))

    def term(self, elem: Element, lang: str) -> Term | None:
        found = _TermFields()
        self._collect(elem, found)
        if not found.text:
            return None  # Weblate writes untranslated terms as empty <term/>
        fields, subsets = found.fields, found.subsets
        status = self.status(fields, elem)
        dnt = (SUBSET_DNT in subsets or fields.get("translationnote", "").lower() == "no"
               or fields.get("translation needed", "").lower() == "no"
               or any(fields.get(k, "").lower() in TRUE for k in DNT_TYPES - {"translationnote"}))
        case = SUBSET_CASE in subsets or any(fields.get(k, "").lower() in TRUE for k in CASE_TYPES)
        pos = "properNoun" if SUBSET_PROPER in subsets else normalize_pos(fields.get("partofspeech"))
        note = "\n".join(n for n in found.notes if n) or fields.get("definition") or None
        return Term(found.text, lang, status, pos, note, case, dnt)

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


@dataclass
class TbxRead:
    """A TBX file as read: the termbase, each concept's line, and duplicate ids renamed."""

    termbase: Termbase
    lines: dict[str, int]
    renamed: list[str] = field(default_factory=list)


def read_tbx_file(path: str | Path, data: bytes | None = None, *, strict: bool = True) -> TbxRead:
    """Read TBX. ``strict``: a duplicate concept id is an error; otherwise it is renamed and said."""
    path = Path(path)
    root, lines = parse_xml(path.read_bytes() if data is None else data, path)
    if _local(root.tag) not in ("tbx", "martif"):
        raise GlossaryError(f"not a TBX file: the root element is <{_local(root.tag)}>", path=path,
                            line=lines.get(id(root)), hint="TBX starts with <tbx> or <martif>")
    reader = _Reader(path, lines)
    source = root.get(XML_LANG)
    termbase = Termbase(source_language=language_code(source) if source else "en", path=path)
    result = TbxRead(termbase, reader.concept_lines)
    entries = [e for e in root.iter() if _local(e.tag) in ("conceptEntry", "termEntry")]
    for number, entry in enumerate(entries, 1):
        concept = reader.concept(entry, number)
        if termbase.get(concept.id) is not None:
            if strict:
                raise reader.error(f"duplicate concept id {concept.id!r}", entry,
                                   "each concept entry needs its own id")
            old = concept.id
            concept.id = termbase.new_id(old)
            result.renamed.append(f"line {lines.get(id(entry), '?')}: duplicate concept id "
                                  f"{old!r} renamed {concept.id!r}")
            reader.concept_lines[concept.id] = lines.get(id(entry), 0)
        termbase.add(concept)
    return result


def read_tbx(path: str | Path, data: bytes | None = None) -> tuple[Termbase, dict[str, int]]:
    """A termbase from TBX, and the line of each concept (for duplicate-entry errors)."""
    read = read_tbx_file(path, data)
    return read.termbase, read.lines
