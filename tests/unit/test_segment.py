import pytest

from workbench.segment import split_blocks, split_sentences


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The elections on Aug. 9 were rigged. Protests followed.",
         ["The elections on Aug. 9 were rigged.", "Protests followed."]),
        ("en", "U.S. officials met Dr. Smith and J. R. Jones. They left.",
         ["U.S. officials met Dr. Smith and J. R. Jones.", "They left."]),
        ("en", "Convention No. 87 protects unions. It is ratified.",
         ["Convention No. 87 protects unions.", "It is ratified."]),
        ("en", "Wages, pensions etc. and benefits fell. Strikes began.",
         ["Wages, pensions etc. and benefits fell.", "Strikes began."]),
        ("en", 'He said "Stop. Now." and left. Then silence.',
         ['He said "Stop. Now." and left.', "Then silence."]),
        ("en", "Workers waited... and waited. Nothing came.",
         ["Workers waited... and waited.", "Nothing came."]),
        ("en", "The union (see Art. 5. of the charter) objected. Done.",
         ["The union (see Art. 5. of the charter) objected.", "Done."]),
        ("en", "Read [the text. In full](https://example.org/a.b.html) now. Thanks.",
         ["Read [the text. In full](https://example.org/a.b.html) now.", "Thanks."]),
        ("en", "Use `a. b` here. Next.", ["Use `a. b` here.", "Next."]),
        ("ru", "Его приговорили к 25 сут. ареста. Коллега получил 12 суток.",
         ["Его приговорили к 25 сут. ареста.", "Коллега получил 12 суток."]),
        ("ru", "Он сказал: «Хватит. Довольно». Потом ушёл.",
         ["Он сказал: «Хватит. Довольно».", "Потом ушёл."]),
        ("ru", "В 2020 г. прошли выборы. Протесты продолжались.",
         ["В 2020 г. прошли выборы.", "Протесты продолжались."]),
        ("uk", "Його засудили до 25 діб арешту. Див. ст. 5 Конвенції.",
         ["Його засудили до 25 діб арешту.", "Див. ст. 5 Конвенції."]),
        ("be", "Яго асудзілі на 25 сут. арышту. М. Зімін быў арыштаваны.",
         ["Яго асудзілі на 25 сут. арышту.", "М. Зімін быў арыштаваны."]),
    ],
)
def test_no_false_splits_and_real_splits(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


def test_sentences_keep_text_exactly() -> None:
    text = "It *was* **bold**. And [linked](http://a.b)!  Really?"
    assert split_sentences(text, "en") == ["It *was* **bold**.", "And [linked](http://a.b)!", "Really?"]


def test_markdown_blocks_kinds_and_spans() -> None:
    source = "# Title\n\nFirst para\ncontinues here.\n\n- item one\n- item two\n\n> quoted\n\n```\ncode. Not text.\n```\n"
    blocks = split_blocks(source)
    assert [(b.kind, b.text, b.line) for b in blocks] == [
        ("heading", "Title", 1),
        ("paragraph", "First para continues here.", 3),
        ("item", "item one", 6),
        ("item", "item two", 7),
        ("quote", "quoted", 9),
    ]
    for block in blocks:
        assert " ".join(source[block.start:block.end].split()) == block.text


def test_plain_text_blocks() -> None:
    blocks = split_blocks("One line.\nTwo line.\n\n\nThird para.\n", "txt")
    assert [(b.text, b.line) for b in blocks] == [("One line. Two line.", 1), ("Third para.", 5)]


def test_equal_table_cells_get_their_own_spans() -> None:
    source = "| Yes | Yes |\n|---|---|\n| No. | No. |\n"
    blocks = split_blocks(source)
    assert [b.kind for b in blocks] == ["cell"] * 4
    assert len({(b.start, b.end) for b in blocks}) == 4
    assert all(source[b.start:b.end] == b.text for b in blocks)


def test_closing_emphasis_stays_with_its_sentence() -> None:
    assert split_sentences("*Start here. End here.* Last.", "en") == [
        "*Start here.", "End here.*", "Last."]


def test_abbreviation_list_does_not_swallow_real_ends() -> None:
    assert split_sentences("First para. Still first.", "en") == ["First para.", "Still first."]
