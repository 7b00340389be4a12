"""Blank translations, breaks, sentences, invisible characters, acronyms, unit symbols,
markup the source lacks, and the Plural-Forms header."""

from __future__ import annotations

import pytest
from qa_helpers import catalog, entry, ids

from workbench.checks import check_catalog

CASES = [
    # (check, lang, source, target, flagged)
    ("blank", "ru", "Save as", " ", True),
    ("blank", "ru", "Save as", "Сохранить как", False),
    ("line-breaks", "ru", "One.\n\nTwo.", "Один.\nДва.", True),
    ("line-breaks", "ru", "One.\n\nTwo.", "Один.\n\nДва.", False),
    ("line-breaks", "ru", "A file\n", "Файл\r\n", True),
    ("line-breaks", "ru", "blah.\nA file", "бла. файл", True),
    # re-wrapped help text is the language's business
    ("line-breaks", "ru", "Print the lines of a file, one by one,\nto standard output.",
     "Вывести строки файла по одной\nна стандартный\nвывод.", False),
    ("sentence-count", "fr", "One. Two. Three.", "Un deux. Trois.", True),
    ("sentence-count", "fr", "One. Two. Three.", "Un. Deux. Trois.", False),
    ("sentence-count", "fr", "Sentence with i.e. in it.", "Phrase avec c.-à-d. dedans.", False),
    ("zero-width", "ru", "string", "стр\u200bока", True),
    ("zero-width", "ru", "str\u200bing", "стр\u200bока", False),
    ("acronyms", "fr", "An HTML file", "Un fichier LMTH", True),
    ("acronyms", "fr", "An HTML file", "Un fichier HTML", False),
    ("acronyms", "fr", "Location (URL) not found", "Adresse introuvable", True),
    ("acronyms", "ru", "Unexpected EOF", "Неожиданный конец файла", False),  # spelled out
    ("acronyms", "ru", "An HTML file", "Файл LMTH", True),
    ("acronyms", "ru", "The EU and the ILO", "ЕС и МОТ", False),  # the language's own
    ("unit-symbol", "fr", "Turn it 180° now", "Tournez-le de 180 maintenant", True),
    ("unit-symbol", "ru", "Turn it 180° now", "Поверните на 180° сейчас", False),
    ("unsafe-markup", "ru", "Hello world.", "Привет <img src=x onerror=alert(1)> мир.", True),
    ("unsafe-markup", "ru", '<a href="#">a</a>', '<a href="#" onclick="alert()">б</a>', True),
    ("unsafe-markup", "ru", '<a href="x">a</a>', '<a href="javascript:alert(1)">б</a>', True),
    ("unsafe-markup", "ru", "Do it <b>now</b>", "Сделай <b>сейчас</b>", False),
    ("unsafe-markup", "ru", "Use <file> here", "Используйте <файл> здесь", False),
    ("tags", "ru", 'Click <img src="image.jpg">here</img>', 'Нажми <img src="x.jpg">здесь</img>',
     True),
    ("tags", "ru", 'Click <img src="a.jpg" alt="pic">here</img>',
     'Нажми <img src="a.jpg" alt="рис">здесь</img>', False),
    ("brace", "ru", "{} string {}", "{} string {}", False),  # '{} x {}' once was an error
    ("brace", "ru", "{s.foo} string", "{s.bar} строка", True),
    ("brace", "ru", "{s} string", "{s}} строка", True),
    ("printf", "ru", "Object %@ and object %@", "Объект %1$@ и объект %3$@", True),
]


@pytest.mark.parametrize(("check", "lang", "source", "target", "flagged"), CASES)
def test_check(check: str, lang: str, source: str, target: str, flagged: bool) -> None:
    assert (check in ids(source, target, lang, [check])) is flagged


def test_blank_is_an_error_and_fails_the_gate() -> None:
    cat = catalog(entry("Save as", "  ") + entry("Open", "Открыть"))
    found = check_catalog(cat, "ru")
    assert [(f.check, f.severity, f.msgid) for f in found] == [("blank", "error", "Save as")]


def test_plural_header_that_msgfmt_refuses_is_an_error() -> None:
    body = entry("One", "Один")
    bad = catalog(body, "ru", plural_forms="nplurals=abc; plural=n!=1;")
    found = check_catalog(bad, "ru", checks=["plural-header"])
    assert [(f.check, f.severity, f.line) for f in found] == [("plural-header", "error", 1)]
    beyond = catalog(body, "ru", plural_forms="nplurals=2; plural=n%10==1 ? 0 : n==2 ? 1 : 2;")
    assert "beyond nplurals=2" in check_catalog(beyond, "ru", checks=["plural-header"])[0].message
    assert check_catalog(catalog(body, "ru"), "ru", checks=["plural-header"]) == []


def test_fewer_plural_forms_than_declared_is_an_error() -> None:
    po = 'msgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d файл"\nmsgstr[1] "%d файла"\n'
    found = check_catalog(catalog(po, "ru"), "ru", checks=["plural-count"])
    assert [f.severity for f in found] == ["error"]


def test_number_in_the_one_form_is_no_error() -> None:
    """German msgstr[0] may print the number where the source's singular does not."""
    po = ('msgid "One file"\nmsgid_plural "%d files"\n'
          'msgstr[0] "%d Datei"\nmsgstr[1] "%d Dateien"\n')
    assert check_catalog(catalog(po, "de"), "de") == []
