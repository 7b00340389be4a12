"""Any input to any command: exit 0, 1 (findings) or 2 (refused in one line), never a traceback
and never 70 (an internal error). Inputs come from hypothesis: statements, catalogs, config,
memories, termbases and XLIFF files, mutated from valid ones, and odd command-line values."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import write_project
from workbench.cli import main

STATEMENT = "# Workers detained\n\nThe union met on Aug. 9. Zimin got 25 days.\n\n- Free them.\n"
# WORKBENCH_FUZZ_EXAMPLES=500 for a longer hunt than CI's.
FAST = settings(max_examples=int(os.environ.get("WORKBENCH_FUZZ_EXAMPLES", "25")), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "project"
    write_project(root, {"demo": STATEMENT}, targets=("ru", "uk"))
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--project", str(root), "update"]) == 0
    return root


@contextlib.contextmanager
def copy_of(template: Path) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "project"
        shutil.copytree(template, root, symlinks=True)
        yield root


def no_traceback(argv: list[str], capsys) -> int:
    capsys.readouterr()
    status = main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert status in (0, 1, 2), (argv, status, err)
    if status == 2:
        lines = [ln for ln in err.splitlines() if not ln.startswith(("workbench: warning", "  "))]
        assert lines and lines[-1].startswith("workbench: error: "), err
    return status


READERS = [["status"], ["check"], ["compile"], ["update"], ["coverage"],
           ["export", "demo", "--lang", "ru", "--draft"], ["export", "demo", "--lang", "ru", "--draft", "--format", "html"],
           ["xliff", "export", "demo", "--lang", "ru"], ["pretranslate", "--lang", "ru"],
           ["analyze", "--lang", "ru"], ["tm", "rebuild"]]

# Text that exercises Markdown, HTML, quotes, dashes, scripts, control characters.
TEXT = st.text(st.sampled_from(list("ab Z.!?\n\n#-*`[]()<>&\"'«»—…\t\r|\\_:@0123456789ыєў中\u200b\u00a0"))
               | st.characters(), max_size=300)


@FAST
@given(text=TEXT, command=st.sampled_from(READERS))
def test_any_statement(template, capsys, text, command) -> None:
    with copy_of(template) as root:
        (root / "corpus" / "demo.md").write_text(text, encoding="utf-8", errors="surrogatepass")
        no_traceback(["--project", str(root), "update"], capsys)
        no_traceback(["--project", str(root), *command], capsys)


def _mutated(data: bytes, draw) -> bytes:
    kind = draw(st.sampled_from(["cut", "insert", "replace", "lines"]))
    at = draw(st.integers(0, len(data)))
    junk = draw(st.binary(max_size=40) | st.sampled_from(
        [b'"', b"\\", b"\r", b"msgstr[1] \"x\"\n", b"#~ ", b"msgctxt \"a\"\n", b"\x00", b"\xff",
         b"nplurals=abc;", b"msgid_plural \"p\"\n", b"\n\n", b"\"\n\"", b"charset=KOI8-R"]))
    if kind == "cut":
        return data[:at]
    if kind == "insert":
        return data[:at] + junk + data[at:]
    if kind == "replace":
        return data[:at] + junk + data[at + len(junk):]
    lines = data.split(b"\n")
    draw(st.randoms()).shuffle(lines)
    return b"\n".join(lines)


@FAST
@given(data=st.data(), command=st.sampled_from(READERS))
def test_any_catalog(template, capsys, data, command) -> None:
    with copy_of(template) as root:
        po = root / "locales" / "ru" / "LC_MESSAGES" / "demo.po"
        po.write_bytes(_mutated(po.read_bytes(), data.draw))
        no_traceback(["--project", str(root), *command], capsys)


CONFIG = b'[project]\nsource_language = "en"\ntarget_languages = ["ru", "uk"]\n\n[tm]\nfuzzy_penalty = 5\n'


@FAST
@given(data=st.data(), command=st.sampled_from([["status"], ["update"], ["languages"], ["check"]]))
def test_any_config(template, capsys, data, command) -> None:
    with copy_of(template) as root:
        (root / "workbench.toml").write_bytes(_mutated(CONFIG, data.draw))
        no_traceback(["--project", str(root), *command], capsys)


TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
<body><tu><tuv xml:lang="en"><seg>Free them.</seg></tuv><tuv xml:lang="ru"><seg>Освободите их.</seg></tuv></tu></body></tmx>
""".encode()
TBX = b"""<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader>
<text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>union</term></termSec></langSec><langSec xml:lang="ru"><termSec><term>\xd0\xbf\xd1\x80\xd0\xbe\xd1\x84\xd1\x81\xd0\xbe\xd1\x8e\xd0\xb7</term></termSec></langSec></conceptEntry></body></text></tbx>
"""
CSV = "en,ru\nunion,профсоюз\n".encode()


@FAST
@given(data=st.data(), kind=st.sampled_from(["tmx", "tbx", "csv", "xlf"]))
def test_any_imported_file(template, capsys, data, kind) -> None:
    with copy_of(template) as root:
        if kind == "xlf":
            assert main(["--project", str(root), "xliff", "export", "demo", "--lang", "ru",
                         "-o", str(root / "x.xlf")]) == 0
            original = (root / "x.xlf").read_bytes()
        else:
            original = {"tmx": TMX, "tbx": TBX, "csv": CSV}[kind]
        path = root.parent / f"input.{kind}"
        path.write_bytes(_mutated(original, data.draw))
        command = {"tmx": ["tm", "import"], "tbx": ["glossary", "import"], "csv": ["glossary", "import"],
                   "xlf": ["xliff", "import"]}[kind]
        no_traceback(["--project", str(root), *command, str(path)], capsys)


ODD = st.sampled_from(["", "-", "--", "..", "../x", "/etc/passwd", "ru/../uk", "x" * 300, "ру",
                       "\x00", "demo\n", "en", "zz-Latn-ZZ-x-private", "sr@latin", "C", "*", "demo.md",
                       "%s", "{0}", "nul", "--all"])


@FAST
@given(slug=ODD, lang=ODD, command=st.sampled_from(
    [["export", "{slug}", "--lang", "{lang}"], ["status", "{slug}"], ["update", "{slug}"],
     ["xliff", "export", "{slug}", "--lang", "{lang}"], ["check", "--lang", "{lang}"],
     ["pretranslate", "--lang", "{lang}"], ["compile", "--lang", "{lang}"],
     ["tm", "lookup", "--lang", "{lang}", "{slug}"], ["glossary", "list", "--lang", "{lang}"],
     ["segment", "{slug}", "--lang", "{lang}"], ["init", "{slug}", "--targets", "{lang}"]]))
def test_odd_command_line_values(template, capsys, monkeypatch, slug, lang, command) -> None:
    with copy_of(template) as root:
        monkeypatch.chdir(root)
        argv = [a.format(slug=slug, lang=lang) for a in command]
        if "\x00" in "".join(argv):
            return  # a shell cannot pass a NUL
        with contextlib.suppress(SystemExit):  # argparse's own usage errors exit 2
            no_traceback(argv, capsys)
