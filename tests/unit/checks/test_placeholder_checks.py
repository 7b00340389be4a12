"""printf, brace, urls, tags and markdown: what must be carried over verbatim."""

from __future__ import annotations

import pytest
from qa_helpers import catalog, ids

from workbench.checks import check_entry, context_for

PRINTF = [
    ("ru", "%d files copied", "Скопировано файлов: %d", False),
    ("ru", "%s: %d errors", "%2$d ошибок в %1$s", False),
    ("ru", "%d files copied", "Скопировано файлов: %s", True),
    ("ru", "Copy %s", "Копировать", True),
    ("be", "50% done", "Зроблена 50%", False),
    ("be", "Open %s", "Адкрыць %s %s", True),
    ("uk", "%(count)d files", "%(count)d файлів", False),
    ("uk", "%(count)d files", "%(num)d файлів", True),
    ("de", "%lu bytes", "%lu Bytes", False),
    ("de", "%lu bytes", "%u Bytes", True),
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), PRINTF)
def test_printf(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("printf" in ids(source, target, lang, ["printf"])) is flagged


def test_date_formats_may_be_localized() -> None:
    assert ids("%a %b %e %H:%M:%S %Y", "%a, %-d %b %Y, %H:%M:%S", "ru", ["printf"]) == []


def _plural(lang: str, forms: list[str], plural_forms: str | None = None) -> list[str]:
    body = 'msgid "one file"\nmsgid_plural "%d files"\n' + "".join(
        f'msgstr[{i}] "{text}"\n' for i, text in enumerate(forms))
    kwargs = {"plural_forms": plural_forms} if plural_forms else {}
    cat = catalog(body, lang, **kwargs)
    return [f.check for f in check_entry(cat[0], context_for(cat, lang, checks=["printf"]))]


def test_a_form_for_one_number_may_drop_the_number() -> None:
    assert _plural("de", ["eine Datei", "%d Dateien"]) == []


def test_russian_first_form_also_serves_21_so_it_needs_the_number() -> None:
    assert _plural("ru", ["один файл", "%d файла", "%d файлов"]) == ["printf"]
    assert _plural("ru", ["%d файл", "%d файла", "%d файлов"]) == []


BRACE = [
    ("ru", "{count} files", "{count} файлов", False),
    ("ru", "{count} files", "{число} файлов", True),
    ("be", "{0} of {1}", "{1} з {0}", False),
    ("uk", "Hello, {name}!", "Привіт!", True),
    ("fr", "{name} joined", "{name} a rejoint", False),
    ("fr", "{name} joined", "{nom} a rejoint", True),
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), BRACE)
def test_brace(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("brace" in ids(source, target, lang, ["brace"])) is flagged


def test_shell_variables_are_not_brace_placeholders() -> None:
    assert ids("use ${VARIABLE}", "используйте ${ПЕРЕМЕННАЯ}", "ru", ["brace"]) == []


URLS = [
    ("ru", "See https://www.industriall-union.org/belarus", "См. https://www.industriall-union.org/belarus", False),
    ("ru", "See https://www.industriall-union.org/belarus", "См. наш сайт", True),
    ("be", "Write to info@industriall-union.org.", "Пішыце на info@industriall-union.org.", False),
    ("be", "Write to info@industriall-union.org.", "Пішыце нам.", True),
    ("uk", "See https://www.gnu.org/software/tar/", "Див. https://www.gnu.org/software/tar/uk/", False),
    ("de", "Report bugs to <bug-tar@gnu.org>.", "Fehler an <bug-tar@gnu.org> melden.", False),
    ("de", "See https://gnu.org", "Siehe die Webseite", True),
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), URLS)
def test_urls_and_emails(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("urls" in ids(source, target, lang, ["urls"])) is flagged


TAGS = [
    ("ru", "<b>%s</b> is bold", "<b>%s</b> жирный", False),
    ("ru", "<b>%s</b> is bold", "%s жирный", True),
    ("be", '<a href="https://x.org">site</a>', '<a href="https://x.org">сайт</a>', False),
    ("uk", '<a href="https://x.org">site</a>', '<a href="https://y.org">сайт</a>', True),
    ("de", "Usage: cp <source> <dest>", "Aufruf: cp <Quelle> <Ziel>", False),  # metavariables
    ("de", "<i>Note</i>", "<i>Hinweis", True),
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), TAGS)
def test_tags(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("tags" in ids(source, target, lang, ["tags"])) is flagged


MARKDOWN = [
    ("ru", "**Free** [union](https://x.org) now.", "**Свободный** [профсоюз](https://x.org) сейчас.", False),
    ("ru", "**Free** [union](https://x.org) now.", "**Свободный** профсоюз сейчас.", True),
    ("be", "Use `workbench check` *now*.", "Выкарыстоўвайце `workbench check` *зараз*.", False),
    ("be", "Use `workbench check` now.", "Выкарыстоўвайце `workbench праверка` зараз.", True),
    ("uk", "A *free* union.", "*Вільна* профспілка.", False),
    ("uk", "A *free* union.", "Вільна профспілка.", True),
    ("fr", "See note[^1].", "Voir la note[^1].", False),
    ("fr", "See note[^1].", "Voir la note.", True),
]


@pytest.mark.parametrize(("lang", "source", "target", "flagged"), MARKDOWN)
def test_markdown(lang: str, source: str, target: str, flagged: bool) -> None:
    assert ("markdown" in ids(source, target, lang, ["markdown"], markdown=True)) is flagged


def test_markdown_is_only_checked_in_statement_catalogs() -> None:
    # A software catalog's `quote' or * is not Markdown.
    assert ids("A *free* union.", "Вільна профспілка.", "uk", ["markdown"]) == []
