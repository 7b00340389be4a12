"""CSV/TSV glossaries: one concept a row, a header row of language codes.

    en,ru,ru:forbidden,be,pos,note,dnt
    trade union,профсоюз|профессиональный союз,,прафсаюз,noun,…,
    IndustriALL,IndustriALL,,IndustriALL,properNoun,,yes

- A language column holds that language's terms, separated by "|": the first is preferred, the
  others admitted. "<lang>:admitted" and "<lang>:forbidden" columns hold more terms with that
  status.
- Other columns: id, pos, note, definition, subject, dnt, case_sensitive (yes/no). The flags and
  the part of speech apply to every term of the row: CSV cannot say more, TBX can.
- The delimiter is a tab for .tsv/.tab files, otherwise the header tells (",", ";" or tab).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from workbench.atomic import atomic_write_text
from workbench.glossary.langcodes import language_code
from workbench.glossary.model import Concept, GlossaryError, Term, Termbase, normalize_pos

META = {
    "id": "id", "concept": "id", "pos": "pos", "partofspeech": "pos", "part of speech": "pos",
    "note": "note", "notes": "note", "comment": "note", "definition": "definition",
    "subject": "subject", "domain": "subject", "dnt": "dnt", "donottranslate": "dnt",
    "do not translate": "dnt", "do-not-translate": "dnt", "do_not_translate": "dnt",
    "untranslatable": "dnt", "case_sensitive": "case", "case-sensitive": "case",
    "casesensitive": "case", "case sensitive": "case", "case": "case",
}
STATUS_SUFFIX = {"": "preferred", "admitted": "admitted", "forbidden": "forbidden",
                 "deprecated": "forbidden"}
TRUE = {"1", "yes", "y", "true", "x", "✓", "dnt"}
FALSE = {"", "0", "no", "n", "false", "-"}
SEPARATOR = "|"


def _delimiter(path: Path, header: str) -> str:
    if path.suffix.lower() in (".tsv", ".tab"):
        return "\t"
    counts = {d: header.count(d) for d in ("\t", ";", ",")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _flag(value: str, path: Path, line: int, column: str) -> bool:
    text = value.strip().lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise GlossaryError(f"column {column!r}: {value!r} is not yes or no", path=path, line=line)


def _columns(header: list[str], path: Path) -> list[tuple[str, str]]:
    """(kind, value) per column: ("meta", field) or (status, language code)."""
    out = []
    for name in header:
        key = name.strip().lower()
        if key in META:
            out.append(("meta", META[key]))
            continue
        code, _, suffix = name.strip().partition(":")
        if suffix.lower() not in STATUS_SUFFIX:
            raise GlossaryError(f"unknown column {name!r}", path=path, line=1,
                                hint="use language codes, '<lang>:forbidden' or " + ", ".join(
                                    sorted(set(META.values()))))
        try:
            out.append((STATUS_SUFFIX[suffix.lower()], language_code(code)))
        except GlossaryError as exc:
            raise GlossaryError(f"unknown language code {code!r} in the header", path=path,
                                line=1, hint=exc.hint) from None
    if not any(kind != "meta" for kind, _ in out):
        raise GlossaryError("no language column in the header", path=path, line=1,
                            hint="the first row names the languages, such as en,ru,be")
    return out


def _row(cells: list[str], columns: list[tuple[str, str]], path: Path, line: int) -> Concept:
    meta: dict[str, str] = {}
    terms: list[Term] = []
    for (kind, value), cell in zip(columns, cells, strict=False):
        if kind == "meta":
            meta[value] = cell.strip()
            continue
        names = [t.strip() for t in cell.split(SEPARATOR) if t.strip()]
        for n, text in enumerate(names):
            status = "admitted" if kind == "preferred" and n else kind
            terms.append(Term(text, value, status))
    if not terms:
        raise GlossaryError("row has no term", path=path, line=line)
    order = list(dict.fromkeys(value for kind, value in columns if kind != "meta"))
    terms.sort(key=lambda t: order.index(t.lang))  # one language's terms together
    pos = normalize_pos(meta.get("pos"))
    dnt = _flag(meta.get("dnt", ""), path, line, "dnt")
    case = _flag(meta.get("case", ""), path, line, "case_sensitive")
    for term in terms:
        term.pos, term.dnt, term.case_sensitive = pos, dnt, case
    return Concept(meta.get("id", ""), terms, meta.get("definition") or None,
                   meta.get("note") or None, meta.get("subject") or None)


def read_csv(path: str | Path, data: bytes | None = None) -> tuple[Termbase, dict[str, int]]:
    """A termbase from CSV/TSV, and the line of each concept."""
    path = Path(path)
    try:
        text = (path.read_bytes() if data is None else data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GlossaryError("not UTF-8 text", path=path, hint="save the sheet as UTF-8 CSV") from exc
    first = text.splitlines()[0] if text.strip() else ""
    if not first.strip():
        raise GlossaryError("empty glossary file", path=path, hint="the first row names the languages")
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(path, first))
    try:
        columns = _columns(next(reader), path)
        termbase: Termbase | None = None
        lines: dict[str, int] = {}
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            line = reader.line_num
            if len(cells) > len(columns):
                raise GlossaryError(f"{len(cells)} cells but {len(columns)} columns", path=path,
                                    line=line, hint="quote cells that contain the delimiter")
            concept = _row(cells, columns, path, line)
            if termbase is None:
                source = next(v for k, v in columns if k != "meta")
                termbase = Termbase(source_language=source, path=path)
            if concept.id and termbase.get(concept.id) is not None:
                raise GlossaryError(f"duplicate concept id {concept.id!r}", path=path, line=line)
            termbase.add(concept)
            lines[concept.id] = line
    except csv.Error as exc:
        raise GlossaryError(f"malformed CSV: {exc}", path=path, line=reader.line_num) from exc
    if termbase is None:
        source = next(v for k, v in columns if k != "meta")
        termbase = Termbase(source_language=source, path=path)
    return termbase, lines


def _join(terms: list[Term]) -> str:
    return SEPARATOR.join(t.text for t in terms)


def csv_text(termbase: Termbase, delimiter: str = ",") -> str:
    """The termbase as CSV (deterministic: source language first, then as the termbase has them)."""
    langs = termbase.language_order()
    forbidden = [lang for lang in langs if any(c.forbidden(lang) for c in termbase)]
    header = ["id", *langs, *(f"{lang}:forbidden" for lang in forbidden),
              "pos", "definition", "note", "subject", "dnt", "case_sensitive"]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    for c in termbase:
        exact = {lang: [t for t in c.terms if t.lang == lang] for lang in langs}
        approved = [_join(sorted((t for t in exact[lang] if not t.forbidden),
                                 key=lambda t: t.status != "preferred")) for lang in langs]
        banned = [_join([t for t in exact[lang] if t.forbidden]) for lang in forbidden]
        pos = next((t.pos for t in c.terms if t.pos), "") or ""
        writer.writerow([c.id, *approved, *banned, pos, c.definition or "", c.note or "",
                         c.subject or "", "yes" if c.dnt else "",
                         "yes" if any(t.case_sensitive for t in c.terms) else ""])
    return out.getvalue()


def write_csv(termbase: Termbase, path: str | Path) -> None:
    """CSV, or TSV when the file name ends in .tsv/.tab."""
    path = Path(path)
    delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab") else ","
    atomic_write_text(path, csv_text(termbase, delimiter))
