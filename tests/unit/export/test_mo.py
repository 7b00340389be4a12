"""MO compilation: what msgfmt would write, readable by gettext and msgunfmt."""

from __future__ import annotations

import gettext
import shutil
import subprocess

import pytest
from export_helpers import make, upper, write_catalogs

from workbench.catalog import parse_catalog
from workbench.export.mo import compile_catalog, compile_project

PO = """\
msgid ""
msgstr ""
"Project-Id-Version: demo\\n"
"Language: ru\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

msgid "Hello."
msgstr "Привет."

#, fuzzy
msgid "Fuzzy one."
msgstr "Нечёткий."

msgid "Empty."
msgstr ""

msgctxt "menu"
msgid "Open"
msgstr "Открыть"

msgid "Open"
msgstr "Открытый"

msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d файл"
msgstr[1] "%d файла"
msgstr[2] "%d файлов"

msgid "%d day"
msgid_plural "%d days"
msgstr[0] "%d день"
msgstr[1] ""
msgstr[2] ""

#~ msgid "Old."
#~ msgstr "Старое."
"""


@pytest.fixture
def po_path(tmp_path):
    path = tmp_path / "demo.po"
    path.write_text(PO, encoding="utf-8")
    return path


def test_gettext_reads_translated_entries_only(po_path) -> None:
    result = compile_catalog(po_path)
    assert result.mo_path == po_path.with_suffix(".mo")
    assert (result.messages, result.fuzzy, result.untranslated) == (4, 1, 2)
    with result.mo_path.open("rb") as handle:
        tr = gettext.GNUTranslations(handle)
    assert tr.gettext("Hello.") == "Привет."
    assert tr.gettext("Fuzzy one.") == "Fuzzy one."  # left out, as msgfmt does
    assert tr.gettext("Empty.") == "Empty."
    assert tr.gettext("Old.") == "Old."
    assert tr.pgettext("menu", "Open") == "Открыть"
    assert tr.gettext("Open") == "Открытый"
    assert [tr.ngettext("%d file", "%d files", n) for n in (1, 3, 5)] == ["%d файл", "%d файла", "%d файлов"]
    assert tr.ngettext("%d day", "%d days", 1) == "%d day"  # incomplete plural left out
    assert tr.info()["language"] == "ru"


@pytest.mark.skipif(shutil.which("msgunfmt") is None or shutil.which("msgfmt") is None,
                    reason="GNU gettext tools not installed")
def test_msgunfmt_reads_it_as_msgfmt_would_have_written_it(po_path, tmp_path) -> None:
    ours = compile_catalog(po_path).mo_path
    theirs = tmp_path / "msgfmt.mo"
    subprocess.run(["msgfmt", "-o", str(theirs), str(po_path)], check=True)

    def decompiled(path):
        out = subprocess.run(["msgunfmt", str(path)], check=True, capture_output=True).stdout
        return parse_catalog(out)

    def entries(catalog):
        return [(e.msgctxt, e.msgid, e.msgstr, e.msgstr_plural) for e in catalog]

    a, b = decompiled(ours), decompiled(theirs)
    # One deliberate difference: msgfmt keeps a plural entry with empty forms, which makes
    # a program print nothing for those numbers; we leave it out, like an untranslated one.
    assert entries(a) == [e for e in entries(b) if e[1] != "%d day"]
    assert a.metadata == b.metadata


def test_compile_project_writes_next_to_each_po(tmp_path) -> None:
    project = make(tmp_path, {"s.md": "# Title\n\nOne. Two.\n"})
    write_catalogs(project, "s", "ru", upper, fuzzy=["Two."])
    done, missing = compile_project(project)
    assert [c.mo_path for c in done] == [project.root / "locales/ru/LC_MESSAGES/s.mo"]
    assert missing == [project.po_path("fr", "s")]
    assert (done[0].messages, done[0].fuzzy) == (2, 1)
    done, missing = compile_project(project, lang="fr")
    assert done == [] and missing == [project.po_path("fr", "s")]
