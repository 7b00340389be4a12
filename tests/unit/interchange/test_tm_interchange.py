"""Imported memories serve lookups (issue #11): an exact source comes back at 100 with its
placeholders; gettext and BCP 47 spellings of one language meet."""

from __future__ import annotations

from pathlib import Path

import pytest
from interchange_helpers import DATA, make_project

from workbench.tm import TranslationMemory, import_memory

TMX = DATA / "tmx" / "inline-placeholders.tmx"


@pytest.mark.parametrize(("lang", "query", "target"), [
    ("ru", "%d file was deleted.", "%d файл удалён."),
    ("ru", "First line.\nSecond line.", "Первая строка.\nВторая строка."),  # <ph type="lb">
    ("ru", "Hello, %s!", "Привет, %s!"),  # the exact 'ru', not the 'ru-UA' variant
    ("zh_CN", "%d file was deleted.", "已删除 %d 个文件。"),
    ("sr@latin", "%d file was deleted.", "%d datoteka je obrisana."),
])
def test_exact_source_from_an_imported_tmx_scores_100_with_its_placeholders(
        tmp_path: Path, lang: str, query: str, target: str) -> None:
    project = make_project(tmp_path / "p", targets=(lang,))
    [done] = import_memory(project, [TMX], lang=lang, progress=False)
    assert done.units[lang] >= 1
    best = TranslationMemory.for_project(project, lang).lookup(query)[0]
    assert (best.score, best.target) == (100, target)


def test_gettext_zh_cn_catalog_imports_as_a_memory(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", targets=("zh_CN",))
    po = tmp_path / "zh_CN.po"
    po.write_text('msgid ""\nmsgstr ""\n"Language: zh_CN\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  'msgid "Title"\nmsgstr "标题"\n', encoding="utf-8")
    for lang in ("zh_CN", "zh-CN", "ZH_cn"):
        [done] = import_memory(project, [po], lang=lang, progress=False, replace=True)
        assert done.units == {"zh_CN": 1}


def test_a_language_present_but_empty_is_said_plainly(tmp_path: Path) -> None:
    from workbench.errors import WorkbenchError

    project = make_project(tmp_path / "p", targets=("ru",))
    tmx = tmp_path / "empty-ru.tmx"
    tmx.write_text('<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>'
                   '<tu><tuv xml:lang="en"><seg>Hello.</seg></tuv><tuv xml:lang="ru-RU"><seg/></tuv></tu>'
                   '</body></tmx>', encoding="utf-8")
    with pytest.raises(WorkbenchError) as caught:
        import_memory(project, [tmx], lang="ru", progress=False)
    message = str(caught.value)
    assert "its ru_RU segments are empty" in message and "this file has" not in message
