"""Alignment on real parallel text: the bundled statement and its human translations
(locales/{ru,be}), put together as published documents and disturbed as published
translations are (a sentence dropped, two merged, two swapped, one split)."""

from __future__ import annotations

import doctest
from pathlib import Path

import polib
import pytest

from workbench.align import anchors, document, lexicon
from workbench.align.document import Side, align, align_many
from workbench.segment import segment_document

REPO = Path(__file__).resolve().parents[3]
STATEMENT = REPO / "corpus" / "industriall-belarus-joint-statement.md"


def _published(lang: str) -> tuple[str, list[list[str]]]:
    """The statement's source and its translation's paragraphs, sentence by sentence."""
    source = STATEMENT.read_text(encoding="utf-8")
    po = polib.pofile(str(REPO / "locales" / lang / "LC_MESSAGES" / f"{STATEMENT.stem}.po"))
    translation = {e.msgid: e.msgstr for e in po if e.msgstr}
    paragraphs: dict[int, list[str]] = {}
    for segment in segment_document(source, "en"):
        paragraphs.setdefault(segment.block, []).append(translation[segment.text])
    return source, [paragraphs[b] for b in sorted(paragraphs)]


def _markdown(paragraphs: list[list[str]]) -> str:
    return "## " + "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_a_faithful_translation_aligns_one_to_one_and_confidently(lang: str) -> None:
    source, paragraphs = _published(lang)
    result = align(Side(source, "en"), Side(_markdown(paragraphs), lang))
    assert len(result.source) == 22
    assert all(link.kind == "1-1" for link in result.links)
    assert result.pairs() == {(i, i) for i in range(len(result.target))}
    assert sum(link.confident for link in result.links) >= 20


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_dropped_merged_and_swapped_sentences_are_found(lang: str) -> None:
    source, paragraphs = _published(lang)
    # paragraph 4 (sentences 5-9): drop "His colleague Maxim Sereda ..." (8);
    # paragraph 5 (10-13): swap sentences 11 and 12; paragraph 2 (2-3): merge them
    p4 = paragraphs[4]
    paragraphs[4] = [p4[0], p4[1], p4[2], p4[4]]
    p5 = paragraphs[5]
    paragraphs[5] = [p5[0], p5[2], p5[1], p5[3]]
    p2 = paragraphs[2]
    paragraphs[2] = [p2[0].rstrip(".") + "; " + p2[1][0].lower() + p2[1][1:]]
    result = align(Side(source, "en"), Side(_markdown(paragraphs), lang))
    kinds = {link.src: link.kind for link in result.links}
    assert kinds[(8,)] == "1-0"
    assert kinds[(2, 3)] == "2-1"
    assert kinds[(11, 12)] == "2-2x"
    pairs = result.pairs()
    # target numbering: 2 and 3 became one (2), 8 is gone, so 9 is 7 and 11/12 are 10/9
    assert {(2, 2), (3, 2), (9, 7), (11, 10), (12, 9), (13, 11), (21, 19)} <= pairs
    assert len(pairs) == 21
    assert not any(link.confident for link in result.links if link.kind != "1-1")


def test_unrelated_texts_get_no_confident_links() -> None:
    source, _ = _published("ru")
    other = "## Погода\n\n" + " ".join(["Завтра будет дождь и ветер."] * 22) + "\n"
    result = align(Side(source, "en"), Side(other, "ru"))
    assert sum(link.confident for link in result.links) <= 3


def test_archive_alignment_learns_words_across_documents() -> None:
    source, paragraphs = _published("be")
    results = align_many([(Side(source, "en"), Side(_markdown(paragraphs), "be"))] * 2)
    assert [r.pairs() for r in results] == [{(i, i) for i in range(22)}] * 2


def test_doctests_of_the_aligner() -> None:
    for module in (anchors, document, lexicon):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__
