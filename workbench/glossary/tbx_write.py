"""TBX writing: TBX-Basic v3 (ISO 30042:2019, DCA style) by default, TBX v2 (martif) on request.

TBX-Basic v3, valid against LTAC's core RNG and the TBX-Basic DCA Schematron::

    <conceptEntry id="trade-union">
      <descrip type="subjectField">…</descrip>      concept: subject, definition, note
      <descrip type="definition">…</descrip>
      <note>…</note>
      <langSec xml:lang="ru">
        <termSec>
          <term>профсоюз</term>
          <termNote type="partOfSpeech">noun</termNote>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          <admin type="projectSubset">case-sensitive</admin>     only when set
          <admin type="projectSubset">do-not-translate</admin>   only when set
          <note>…</note>
        </termSec>

TBX-Basic has no data category for do-not-translate, case sensitivity or proper nouns (its
partOfSpeech picklist is adjective, noun, verb, adverb, other), and it forbids other termNote
types. So the three are tags in ``admin type="projectSubset"``, TBX-Basic's free-text subset
category (a proper noun is written as a ``noun`` tagged ``proper-noun``): valid TBX-Basic that
other tools keep, and that we read back without loss.

TBX v2 (``<martif type="TBX">``, termEntry/langSet/tig) is what translate-toolkit and Weblate
read. There do-not-translate is also written the way Weblate writes it, ``<descrip
type="Translation needed">No</descrip>`` on the concept, when every allowed term of the concept
is kept as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from workbench.atomic import atomic_write_text
from workbench.glossary.model import Concept, Term, Termbase, slug_id
from workbench.glossary.tbx import SUBSET_CASE, SUBSET_DNT, SUBSET_PROPER, TBX_NAMESPACE

STATUS_OUT = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
              "forbidden": "deprecatedTerm-admn-sts"}
BASIC_POS = ("adjective", "noun", "verb", "adverb", "other")
VERSIONS = ("3", "2")
_INVALID_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NCNAME = re.compile(r"[^\W\d][\w.-]*")


def _x(text: str) -> str:
    return escape(_INVALID_XML_CHARS.sub("", text))


def _attr(text: str) -> str:
    return quoteattr(_INVALID_XML_CHARS.sub("", text))


def _lang(code: str) -> str:
    return code.replace("_", "-")


def xml_ids(termbase: Termbase) -> dict[int, str]:
    """A valid, unique XML ID per concept: its own where it is one, a slug of it otherwise.

    >>> from workbench.glossary.model import Concept
    >>> xml_ids(Termbase([Concept("trade union"), Concept("trade-union"), Concept("7")])).values()
    dict_values(['trade-union-2', 'trade-union', 'c-7'])
    """
    taken = {c.id for c in termbase if _NCNAME.fullmatch(c.id)}
    out: dict[int, str] = {}
    for concept in termbase:
        if _NCNAME.fullmatch(concept.id):
            out[id(concept)] = concept.id
            continue
        base = slug_id(concept.id)
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate)
        out[id(concept)] = candidate
    return out


def _tags(term: Term) -> list[str]:
    return [tag for tag, on in ((SUBSET_PROPER, term.pos == "properNoun"),
                                (SUBSET_CASE, term.case_sensitive), (SUBSET_DNT, term.dnt)) if on]


def _basic_term(term: Term, pad: str) -> list[str]:
    out = [f"{pad}<termSec>", f"{pad}  <term>{_x(term.text)}</term>"]
    pos = "noun" if term.pos == "properNoun" else term.pos
    if pos in BASIC_POS:
        out.append(f'{pad}  <termNote type="partOfSpeech">{pos}</termNote>')
    out.append(f'{pad}  <termNote type="administrativeStatus">{STATUS_OUT[term.status]}</termNote>')
    out += [f'{pad}  <admin type="projectSubset">{tag}</admin>' for tag in _tags(term)]
    if term.note:
        out.append(f"{pad}  <note>{_x(term.note)}</note>")
    out.append(f"{pad}</termSec>")
    return out


def _martif_term(term: Term, pad: str) -> list[str]:
    out = [f"{pad}<tig>", f"{pad}  <term>{_x(term.text)}</term>"]
    if term.pos:
        out.append(f'{pad}  <termNote type="partOfSpeech">{_x(term.pos)}</termNote>')
    out.append(f'{pad}  <termNote type="administrativeStatus">{STATUS_OUT[term.status]}</termNote>')
    if term.case_sensitive:
        out.append(f'{pad}  <termNote type="x-caseSensitive">yes</termNote>')
    if term.dnt:
        out.append(f'{pad}  <termNote type="translationNote">no</termNote>')
    if term.note:
        out.append(f"{pad}  <note>{_x(term.note)}</note>")
    out.append(f"{pad}</tig>")
    return out


def _concept(concept: Concept, cid: str, order: list[str], version: str) -> list[str]:
    entry, lang_elem = ("conceptEntry", "langSec") if version == "3" else ("termEntry", "langSet")
    write_term: Callable[[Term, str], list[str]] = _basic_term if version == "3" else _martif_term
    out = [f"      <{entry} id={_attr(cid)}>"]
    if concept.subject:
        out.append(f'        <descrip type="subjectField">{_x(concept.subject)}</descrip>')
    if concept.definition:
        out.append(f'        <descrip type="definition">{_x(concept.definition)}</descrip>')
    approved = [t for t in concept.terms if not t.forbidden]
    if version == "2" and approved and all(t.dnt for t in approved):
        out.append('        <descrip type="Translation needed">No</descrip>')
    if concept.note:
        out.append(f"        <note>{_x(concept.note)}</note>")
    for lang in sorted(concept.languages(), key=lambda lang: (order.index(lang), lang)):
        out.append(f"        <{lang_elem} xml:lang={_attr(_lang(lang))}>")
        for term in (t for t in concept.terms if t.lang == lang):
            out.extend(write_term(term, "          "))
        out.append(f"        </{lang_elem}>")
    out.append(f"      </{entry}>")
    return out


_DESCRIPTION = ("Workbench termbase. Do-not-translate, case-sensitive and proper-noun terms are "
                "tagged with admin type=projectSubset.")


def tbx_text(termbase: Termbase, version: str = "3") -> str:
    """The termbase as TBX-Basic v3 (or TBX v2 with ``version="2"``), deterministic and
    pretty-printed (2-space indent)."""
    order = termbase.language_order()
    source = _attr(_lang(termbase.source_language))
    if version == "3":
        root = f'<tbx type="TBX-Basic" style="dca" xml:lang={source} xmlns="{TBX_NAMESPACE}">'
        header, close = "tbxHeader", "</tbx>"
    else:
        root, header, close = f'<martif type="TBX" xml:lang={source}>', "martifHeader", "</martif>"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', root, f"  <{header}>", "    <fileDesc>",
             "      <sourceDesc>", f"        <p>{_DESCRIPTION}</p>", "      </sourceDesc>",
             "    </fileDesc>", f"  </{header}>", "  <text>", "    <body>"]
    ids = xml_ids(termbase)
    for concept in termbase:
        lines.extend(_concept(concept, ids[id(concept)], order, version))
    lines += ["    </body>", "  </text>", close, ""]
    return "\n".join(lines)


def write_tbx(termbase: Termbase, path: str | Path, version: str = "3") -> None:
    atomic_write_text(path, tbx_text(termbase, version))
