"""Text -> blocks -> sentence segments.

Blocks come from the Markdown structure (markdown-it-py): headings, paragraphs, list items,
block quotes, table cells. Code and raw HTML are not translated. Each block keeps the character
span of its text in the source, so a translated statement is rebuilt by replacing spans.

Sentences: the segmenter is one seam, ``split_sentences(text, lang)``. English and most
languages use sentencex; ru/uk/be use choppa-srx (LanguageTool's SRX rules). Both are then
checked by the same guard rules (abbreviation overlay, lowercase continuation, initials,
brackets and quotes, inline Markdown) so that no engine's weakness causes a false split.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from workbench.errors import WorkbenchError
from workbench.languages import normalize_code

SRX_LANGUAGES = {"ru", "uk", "be"}

# Abbreviations that never end a sentence when the next word follows (project overlay over the
# engines' rules; the English of the SRX rules is weak, and sentencex lacks some of ours).
ABBREVIATIONS: dict[str, set[str]] = {
    "en": {"no", "nos", "art", "arts", "para", "paras", "vol", "p", "pp", "ch", "fig", "mr", "mrs",
           "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "cf", "approx", "dept",
           "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
           "gen", "gov", "sen", "rep", "corp", "inc", "ltd", "co", "u.s", "u.k", "u.n", "e.u"},
    "ru": {"т", "г", "гг", "ст", "сут", "руб", "коп", "тыс", "млн", "млрд", "ул", "д", "им", "стр",
           "см", "рис", "табл", "п", "пп", "ч", "гл", "проф", "акад", "доц", "т.е", "т.к", "т.д",
           "т.п", "др", "пр", "напр", "обл", "р-н", "пос", "с", "янв", "февр", "апр", "авг",
           "сент", "окт", "нояб", "дек", "чел", "мин", "сек", "ср", "кв", "корп"},
    "uk": {"т", "р", "рр", "ст", "діб", "грн", "коп", "тис", "млн", "млрд", "вул", "буд", "ім",
           "с", "див", "рис", "табл", "п", "пп", "ч", "проф", "акад", "доц", "т.д", "т.п", "ін",
           "напр", "обл", "смт", "січ", "лют", "квіт", "серп", "вер", "жовт", "лист", "груд"},
    "be": {"т", "г", "гг", "арт", "сут", "руб", "кап", "тыс", "млн", "млрд", "вул", "д", "ім",
           "с", "гл", "мал", "табл", "п", "пп", "ч", "праф", "акад", "дац", "т.д", "т.п", "інш",
           "напр", "вобл", "студз", "лют", "крас", "жн", "вер", "кастр", "ліст", "снеж"},
}

_WORD_BEFORE_DOT = re.compile(r"([\w.-]+)\.\s*$")
_PROTECTED = re.compile(
    r"`+[^`]*`+"                       # code spans
    r"|!?\[[^\]]*\]\([^)]*\)"          # links and images
    r"|<[a-zA-Z][^>\s]*>"              # autolinks and inline HTML
    r"|https?://\S+|www\.\S+"          # bare URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"   # e-mail addresses
)
# Abbreviations that always name what follows ("No. 87", "Dr. Smith", "ст. 5").
_ALWAYS_FOLLOWED = {"no", "nos", "art", "arts", "p", "pp", "mr", "mrs", "ms", "dr", "prof",
                    "vs", "cf", "fig", "vol", "ст", "п", "пп", "им", "ім", "проф", "праф", "гл",
                    "ул", "вул", "мал", "рис", "див"}
_OPENERS = {"(": ")", "[": "]", "{": "}", "«": "»", "„": "“", "“": "”"}


@dataclass(frozen=True)
class Block:
    kind: str  # heading, paragraph, item, quote, cell
    text: str  # the block's text with line breaks folded to spaces
    line: int  # 1-based line of the block's first line in the source
    start: int  # character span of the block's text in the source (replaced on export)
    end: int


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str
    line: int
    block: int  # index of the block it belongs to


# -- sentences ---------------------------------------------------------------------------------


def split_sentences(text: str, lang: str = "en", extra_abbreviations: Iterable[str] = ()) -> list[str]:
    """Split one block of text into sentences, exactly as written (only outer spaces trimmed)."""
    text = text.strip()
    if not text:
        return []
    base = normalize_code(lang).split("_")[0]
    pieces = _engine_split(text, base)
    spans = _locate(text, pieces)
    abbreviations = ABBREVIATIONS.get(base, set()) | {a.lower().rstrip(".") for a in extra_abbreviations}
    protected = [m.span() for m in _PROTECTED.finditer(text)]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _false_split(text, merged[-1][1], start, abbreviations, protected):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    merged = _reattach_closing_markup(text, merged)
    return [text[s:e].strip() for s, e in merged if text[s:e].strip()]


_CLOSING_MARKUP = re.compile(r"[*_~]+(?=\s|$)")


def _reattach_closing_markup(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'*One. Two.* Three.': the closing '*' belongs to 'Two.', not to 'Three.'."""
    out = list(spans)
    for i in range(1, len(out)):
        start, end = out[i]
        stripped = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        match = _CLOSING_MARKUP.match(text, stripped)
        if match and match.end() <= end:
            out[i - 1] = (out[i - 1][0], match.end())
            out[i] = (match.end(), end)
    return out


def _engine_split(text: str, base: str) -> list[str]:
    if base in SRX_LANGUAGES:
        from choppa import SrxTextIterator

        return list(SrxTextIterator(_srx_document(), f"{base}_two", text))
    import sentencex

    return list(sentencex.segment(base, text))


@cache
def _srx_document() -> Any:
    from choppa import DEFAULT_SRX_RULESET, SrxDocument

    return SrxDocument(ruleset=str(DEFAULT_SRX_RULESET))


def _locate(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Character spans of the engine's pieces (engines may drop or keep spaces)."""
    spans, pos = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = text.find(piece, pos)
        if at < 0:  # an engine that altered text: fall back to keeping the rest whole
            spans.append((pos, len(text)))
            pos = len(text)
            break
        spans.append((at, at + len(piece)))
        pos = at + len(piece)
    if pos < len(text) and text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


def _false_split(text: str, prev_end: int, next_start: int, abbreviations: set[str],
                 protected: list[tuple[int, int]]) -> bool:
    before = text[:prev_end].rstrip()
    after = text[next_start:].lstrip()
    if not after:
        return True
    cut = prev_end
    if any(s < cut < e for s, e in protected):
        return True  # inside a link, code span, URL or address
    first = after[0]
    if first.islower() or first in ",;:)]}»”" or (first.isdigit() and before.endswith(".")
                                                     and _ends_with_abbreviation(before, abbreviations)):
        return True  # a sentence never starts in lower case or with closing punctuation
    if _unbalanced(before):
        return True  # still inside brackets or quotes
    if before.endswith("."):
        word = _WORD_BEFORE_DOT.search(before)
        if word:
            token = word.group(1)
            if len(token) == 1 and token.isupper() and token.isalpha():
                return True  # an initial: "J. Smith"
            if _ends_with_abbreviation(before, abbreviations) and not first.isupper():
                return True
            if token.lower() in _ALWAYS_FOLLOWED:
                return True  # titles and references are always followed by what they name
    return False


def _ends_with_abbreviation(before: str, abbreviations: set[str]) -> bool:
    word = _WORD_BEFORE_DOT.search(before)
    if not word:
        return False
    token = word.group(1).lower()
    return token in abbreviations or token.split(".")[-1] in abbreviations and "." in token


def _unbalanced(before: str) -> bool:
    stack: list[str] = []
    for ch in before:
        if ch in _OPENERS and not (ch == "“" and stack and stack[-1] == "“"):
            stack.append(_OPENERS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
    if stack:
        return True
    return before.count('"') % 2 == 1


# -- blocks ------------------------------------------------------------------------------------


def split_blocks(source: str, fmt: str = "md") -> list[Block]:
    """The translatable blocks of a statement, in order."""
    if fmt == "txt":
        return _text_blocks(source)
    return _markdown_blocks(source)


def _line_offsets(source: str) -> list[int]:
    offsets, pos = [], 0
    for line in source.splitlines(keepends=True):
        offsets.append(pos)
        pos += len(line)
    offsets.append(pos)
    return offsets


def _text_blocks(source: str) -> list[Block]:
    blocks = []
    for match in re.finditer(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*", source):
        text = " ".join(part.strip() for part in match.group(0).splitlines())
        line = source.count("\n", 0, match.start()) + 1
        blocks.append(Block("paragraph", text, line, match.start(), match.end()))
    return blocks


def _markdown_blocks(source: str) -> list[Block]:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(source)
    offsets = _line_offsets(source)
    lines = source.splitlines(keepends=True)
    blocks: list[Block] = []
    context: list[str] = []
    cursor: dict[int, int] = {}  # per line, where the last block found on it ended (table cells)
    for token in tokens:
        if token.nesting == 1:
            context.append(token.type)
        elif token.nesting == -1 and context:
            context.pop()
        if token.type != "inline" or not token.content.strip() or token.map is None:
            continue
        span = _content_span(token.content, token.map[0], lines, offsets, cursor)
        if span is None:
            raise WorkbenchError("cannot locate this block's text in the source",
                                 line=token.map[0] + 1,
                                 hint="simplify its Markdown (nested or reference syntax)")
        text = " ".join(part.strip() for part in token.content.splitlines())
        blocks.append(Block(_kind(context), text, token.map[0] + 1, span[0], span[1]))
    return blocks


def _kind(context: list[str]) -> str:
    if "heading_open" in context:
        return "heading"
    if "th_open" in context or "td_open" in context:
        return "cell"
    if "list_item_open" in context:
        return "item"
    if "blockquote_open" in context:
        return "quote"
    return "paragraph"


def _content_span(content: str, first_line: int, lines: list[str], offsets: list[int],
                  cursor: dict[int, int]) -> tuple[int, int] | None:
    """Where the inline content sits in the source: from its first character to its last.

    Searching from the cursor keeps two equal cells of one table row apart.
    """
    parts = content.split("\n")
    first, last = parts[0].strip(), parts[-1].strip()
    last_line = first_line + len(parts) - 1
    if last_line >= len(lines):
        return None
    col = lines[first_line].find(first, cursor.get(first_line, 0))
    if col < 0:
        return None
    search_from = col if last_line == first_line else cursor.get(last_line, 0)
    end_col = lines[last_line].find(last, search_from)
    if end_col < 0:
        return None
    cursor[last_line] = end_col + len(last)
    return offsets[first_line] + col, offsets[last_line] + end_col + len(last)


def segment_blocks(blocks: list[Block], lang: str, extra_abbreviations: Iterable[str] = ()
                   ) -> list[Segment]:
    out = []
    for index, block in enumerate(blocks):
        for sentence in split_sentences(block.text, lang, extra_abbreviations):
            out.append(Segment(sentence, block.kind, block.line, index))
    return out


def segment_document(source: str, lang: str, fmt: str = "md",
                     extra_abbreviations: Iterable[str] = ()) -> list[Segment]:
    return segment_blocks(split_blocks(source, fmt), lang, extra_abbreviations)
