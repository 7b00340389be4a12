"""Fidelity of read_catalog/write_catalog: unchanged catalogs keep every byte, changed ones are
written as GNU msgcat would write them, and nothing polib loses is lost."""

from __future__ import annotations

import ctypes
import ctypes.util
import difflib
import glob
import random
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from workbench.catalog.po_linebreak import possible_linebreaks
from workbench.catalog.po_state import STATE_ATTR
from workbench.catalog.po_wrap import wrap_field
from workbench.catalog.pofile import (
    catalog_to_bytes,
    parse_catalog,
    read_catalog,
    render_text,
    write_catalog,
)

DATA = Path(__file__).parent.parent / "data" / "catalogs"
SAMPLES = sorted(p for p in DATA.iterdir() if p.suffix in (".po", ".pot"))
# Samples exactly as msgcat writes them: a full re-serialization must give the same bytes.
MSGCAT_FORMATTED = [p for p in SAMPLES if p.name.startswith("real-") or p.name in (
    "edge-obsolete-previous.po", "edge-xgettext.pot", "edge-koi8r.po", "edge-crlf.po",
    "edge-no-final-newline.po", "edge-header-only.po")]
MO_FILES = sorted(glob.glob("/usr/share/locale/ru/LC_MESSAGES/*.mo")
                  + glob.glob("/usr/share/locale/be/LC_MESSAGES/*.mo")
                  + glob.glob("/usr/share/locale/uk/LC_MESSAGES/*.mo"))


def forget_raw_text(catalog) -> None:
    """Make every entry and the header count as changed, to test the serializer alone."""
    for entry in catalog:
        entry.__dict__.pop(STATE_ATTR, None)
    if catalog._wb_header is not None:
        catalog._wb_header.snapshot = ()


def fully_serialized(data: bytes) -> bytes:
    catalog = parse_catalog(data)
    forget_raw_text(catalog)
    return catalog_to_bytes(catalog)


# ---------------------------------------------------------------- samples (always run)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_round_trips_byte_identical(sample: Path, tmp_path: Path) -> None:
    path = tmp_path / sample.name
    shutil.copy(sample, path)
    catalog = read_catalog(path)
    write_catalog(catalog)
    assert path.read_bytes() == sample.read_bytes()
    # Also without the shortcut for untouched catalogs: every entry from its raw text.
    text = render_text(catalog)
    assert text.encode(catalog_codec(catalog)) == sample.read_bytes()


def catalog_codec(catalog) -> str:
    from workbench.catalog.pofile import _codec

    return _codec(catalog)


@pytest.mark.parametrize("sample", MSGCAT_FORMATTED, ids=lambda p: p.name)
def test_serializer_writes_like_msgcat(sample: Path) -> None:
    data = sample.read_bytes()
    assert fully_serialized(data) == data


@pytest.mark.skipif(shutil.which("msgcat") is None, reason="needs GNU msgcat")
@pytest.mark.parametrize("sample", [p for p in SAMPLES if p.name.startswith(("real-", "edge-obs", "edge-x"))],
                         ids=lambda p: p.name)
def test_serializer_agrees_with_msgcat_itself(sample: Path) -> None:
    expected = subprocess.run(["msgcat", str(sample)], capture_output=True, check=True).stdout
    assert fully_serialized(sample.read_bytes()) == expected


# ---------------------------------------------------------------- real catalogs on this machine


@pytest.fixture(scope="module")
def real_catalogs(tmp_path_factory) -> list[Path]:
    if shutil.which("msgunfmt") is None or not MO_FILES:
        pytest.skip("needs msgunfmt and /usr/share/locale/{ru,be,uk}/LC_MESSAGES/*.mo")
    out = tmp_path_factory.mktemp("real")
    paths = []
    for mo in MO_FILES:
        lang = Path(mo).parts[-3]
        target = out / f"{lang}-{Path(mo).stem}.po"
        done = subprocess.run(["msgunfmt", mo, "-o", str(target)], capture_output=True)
        if done.returncode == 0 and target.exists():  # an empty .mo gives no file
            paths.append(target)
    return paths


def test_real_catalogs_round_trip_and_serialize_like_msgcat(real_catalogs: list[Path]) -> None:
    """Read and written back unchanged: identical. Every entry re-serialized: identical too,
    since msgunfmt writes msgcat's format."""
    not_identical, not_msgcat = [], []
    for path in real_catalogs:
        before = path.read_bytes()
        catalog = read_catalog(path)
        if render_text(catalog).encode("utf-8") != before:
            not_identical.append(path.name)
        write_catalog(catalog)
        if path.read_bytes() != before:
            not_identical.append(path.name)
        forget_raw_text(catalog)
        if catalog_to_bytes(catalog) != before:
            not_msgcat.append(path.name)
    total = len(real_catalogs)
    assert not not_identical, f"{len(not_identical)}/{total} not byte-identical: {not_identical[:10]}"
    assert not not_msgcat, f"{len(not_msgcat)}/{total} unlike msgcat: {not_msgcat[:10]}"


# ---------------------------------------------------------------- changes keep everything else


def edit(sample: str, tmp_path: Path, change) -> tuple[bytes, bytes]:
    path = tmp_path / sample
    shutil.copy(DATA / sample, path)
    before = path.read_bytes()
    catalog = read_catalog(path)
    change(catalog)
    write_catalog(catalog)
    return before, path.read_bytes()


def changed_lines(before: bytes, after: bytes, encoding: str = "utf-8") -> list[str]:
    diff = difflib.ndiff(before.decode(encoding).splitlines(), after.decode(encoding).splitlines())
    return [line for line in diff if line[:1] in "+-"]


def test_one_changed_entry_changes_only_its_lines(tmp_path: Path) -> None:
    def change(catalog):
        catalog.find("The union demands the immediate release of its leaders.").msgstr = "Новый перевод."

    before, after = edit("edge-obsolete-previous.po", tmp_path, change)
    assert changed_lines(before, after) == [
        '- msgstr "Профсоюз требует освобождения своих лидеров."', '+ msgstr "Новый перевод."']


def test_escapes_survive_a_change_of_their_entry(tmp_path: Path) -> None:
    def change(catalog):
        entry = next(e for e in catalog if e.msgid.startswith("Bell"))
        assert entry.msgid == 'Bell\a, tab\t, vertical\v, return\r, feed\f, backspace\b, quote", backslash\\.'
        entry.msgstr += "!"

    before, after = edit("edge-obsolete-previous.po", tmp_path, change)
    assert b'"\\u0441\\u043b\\u044d\\u0448\\\\.!"' not in after
    assert 'слэш\\\\.!"'.encode() in after
    assert b'"Bell\\a, tab\\t, vertical\\v, return\\r, feed\\f, backspace\\b, quote\\", "' in after
    assert parse_catalog(after).find(parse_catalog(before)[3].msgid).msgstr.endswith("\\.!")


def test_obsolete_previous_msgid_survives_changes(tmp_path: Path) -> None:
    def change(catalog):
        old = next(e for e in catalog if e.obsolete and e.previous_msgid)
        assert old.previous_msgid == "An older sentence that changed."
        old.tcomment = "Reviewed."
        catalog.metadata["Language-Team"] = "Russian"

    before, after = edit("edge-obsolete-previous.po", tmp_path, change)
    text = after.decode()
    assert '# Reviewed.\n#, fuzzy\n#~| msgid "An older sentence that changed."\n' in text
    assert '#~ msgid "An old sentence that changed."' in text
    assert '#| msgid "The union demands the release of its leaders."' in text
    assert sorted(changed_lines(before, after)) == [
        '+ "Language-Team: Russian\\n"', "+ # Reviewed.", "- # Kept for reference."]


def test_every_field_survives_full_serialization() -> None:
    data = (DATA / "edge-obsolete-previous.po").read_bytes()
    before, after = parse_catalog(data), parse_catalog(fully_serialized(data))
    fields = ("msgctxt", "msgid", "msgid_plural", "msgstr", "msgstr_plural", "obsolete", "flags",
              "tcomment", "comment", "occurrences", "previous_msgid", "previous_msgctxt")
    assert [[getattr(e, f) for f in fields] for e in before] == [[getattr(e, f) for f in fields] for e in after]
    assert (before.header, before.metadata) == (after.header, after.metadata)


def test_header_change_is_written_like_gettext(tmp_path: Path) -> None:
    def change(catalog):
        catalog.metadata["PO-Revision-Date"] = "2026-01-02 03:04+0000"
        catalog.metadata["Language"] = "ru_RU"

    before, after = edit("edge-obsolete-previous.po", tmp_path, change)
    assert sorted(changed_lines(before, after)) == [
        '+ "Language: ru_RU\\n"', '+ "PO-Revision-Date: 2026-01-02 03:04+0000\\n"', '- "Language: ru\\n"']
    assert after.startswith(b"# Translation of a statement.\n")


def test_koi8r_catalog_is_read_and_written_in_koi8r(tmp_path: Path) -> None:
    def change(catalog):
        assert catalog.find("Statement", msgctxt="title").msgstr == "Заявление"
        catalog.find("Statement", msgctxt="title").msgstr = "Обращение"

    before, after = edit("edge-koi8r.po", tmp_path, change)
    assert changed_lines(before, after, "koi8-r") == ['- msgstr "Заявление"', '+ msgstr "Обращение"']
    assert "Обращение".encode("koi8-r") in after


@pytest.mark.parametrize("sample", ["edge-crlf.po", "edge-no-final-newline.po", "edge-bom.po"])
def test_line_endings_bom_and_missing_final_newline_are_kept(sample: str, tmp_path: Path) -> None:
    def change(catalog):
        catalog[-1].msgstr_plural[2] = "много"
        catalog.find("One worker was detained.").msgstr_plural[0] = "Один"

    before, after = edit(sample, tmp_path, change)
    assert not after.startswith(b"\xef\xbb\xbf")  # gettext rejects it: dropped on a real change
    assert after.endswith(b"\n") == before.endswith(b"\n")
    assert after.count(b"\r\n") == before.count(b"\r\n")
    assert len(changed_lines(before.removeprefix(b"\xef\xbb\xbf"), after)) == 4


def test_new_entries_go_before_obsolete_ones_and_deletions_stick(tmp_path: Path) -> None:
    def change(catalog):
        catalog.append(polib.POEntry(msgid="A new sentence.", msgstr="", occurrences=[("corpus/demo.md", "9")],
                                     comment="paragraph"))
        catalog.remove(catalog.find("Statement", msgctxt="title"))

    before, after = edit("edge-obsolete-previous.po", tmp_path, change)
    text = after.decode()
    assert text.index('msgid "A new sentence."') < text.index("#~ msgid")
    assert '#. paragraph\n#: corpus/demo.md:9\nmsgid "A new sentence."\nmsgstr ""\n' in text
    assert 'msgid "Statement"' not in text


def test_unchanged_entries_keep_odd_spacing(tmp_path: Path) -> None:
    def change(catalog):
        catalog.find("two").msgstr = "два"

    before, after = edit("edge-odd-spacing.po", tmp_path, change)
    assert changed_lines(before, after) == ['- msgstr "dva"   ', '+ msgstr "два"']
    assert after.endswith(b"# trailing comment\n\n")


def test_fresh_catalog_is_written_like_gettext() -> None:
    catalog = parse_catalog(b"")
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Project-Id-Version": "demo"}
    long = "An unusually long sentence that will certainly have to be wrapped over two lines by gettext."
    catalog.append(polib.POEntry(msgid=long, msgstr="", flags=["fuzzy"], previous_msgid="Old\ntext"))
    text = catalog_to_bytes(catalog).decode()
    assert text == (
        'msgid ""\nmsgstr ""\n"Project-Id-Version: demo\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, fuzzy\n#| msgid ""\n#| "Old\\n"\n#| "text"\nmsgid ""\n'
        '"An unusually long sentence that will certainly have to be wrapped over two "\n'
        '"lines by gettext."\nmsgstr ""\n')


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="needs GNU msgfmt")
@pytest.mark.parametrize("sample", [p for p in SAMPLES if p.suffix == ".po" and "odd" not in p.name],
                         ids=lambda p: p.name)
def test_written_catalogs_pass_msgfmt_check(sample: Path, tmp_path: Path) -> None:
    path = tmp_path / sample.name
    shutil.copy(sample, path)
    catalog = read_catalog(path)
    for entry in catalog:
        if not entry.obsolete and not entry.msgid_plural:
            entry.msgstr = entry.msgstr or entry.msgid
    forget_raw_text(catalog)
    write_catalog(catalog)
    done = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# ---------------------------------------------------------------- wrapping and line breaking


def test_wrap_field_breaks_after_spaces_and_newlines() -> None:
    assert wrap_field("msgid", "short") == ['msgid "short"']
    assert wrap_field("msgid", "a\nb") == ['msgid ""', '"a\\n"', '"b"']
    assert wrap_field("msgstr", "x" * 100) == ['msgstr "' + "x" * 100 + '"']
    words = "word " * 20
    assert wrap_field("msgid", words, "#~ ") == [
        '#~ msgid ""', '#~ "' + "word " * 14 + '"', '#~ "' + "word " * 6 + '"']


def test_wrap_field_never_breaks_inside_c_format_directives() -> None:
    text = "x" * 70 + " %-10s"
    assert wrap_field("msgid", text, flags=["c-format"]) == ['msgid ""', f'"{"x" * 70} %-10s"']


def _libunistring():
    name = ctypes.util.find_library("unistring")
    if name is None:
        return None
    lib = ctypes.CDLL(name)
    lib.u8_possible_linebreaks.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_char_p]
    return lib


@pytest.mark.skipif(_libunistring() is None, reason="needs libunistring (what gettext uses)")
def test_line_breaks_agree_with_libunistring() -> None:
    lib = _libunistring()
    rng = random.Random(7)
    pool = [chr(c) for c in range(0x20, 0x30000, 7) if not 0xD800 <= c < 0xE000] + list(" a-/.,(\u0301")
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(25))
        raw = text.encode("utf-8")
        out = ctypes.create_string_buffer(len(raw))
        lib.u8_possible_linebreaks(raw, len(raw), b"UTF-8", out)
        starts = [len(text[:i].encode("utf-8")) for i in range(len(text))]
        assert [out.raw[s] for s in starts] == possible_linebreaks(text), text


# ---------------------------------------------------------------- random catalogs

PIECES = list("abcdefghij klmn opq -/.,:;!?()[]{}\"'\\$#@&*+=<>|~`_0123456789\t\n") + list(
    "абвгд еёжзий ўіє «»—–…№ \u00a0") + ["日本語", "한국", "\u0301", "\u200b", "%s", "%d", "%-10s",
                                          "\a", "\v", "\r", "\f", "\b"]


def random_catalog(rng: random.Random):
    def text(n: int) -> str:
        return "".join(rng.choice(PIECES) for _ in range(n))

    catalog = parse_catalog(b"")
    catalog.header = "Random catalog."
    catalog.metadata = {"Project-Id-Version": "x", "Content-Type": "text/plain; charset=UTF-8",
                        "Plural-Forms": "nplurals=2; plural=(n != 1);"}
    for i in range(15):
        entry = polib.POEntry(msgid=text(rng.randint(1, 200)) + str(i), msgstr=text(rng.randint(1, 200)))
        if rng.random() < .3:
            entry.msgctxt = text(rng.randint(1, 30))
        if rng.random() < .3:
            entry.previous_msgid, entry.flags = text(rng.randint(1, 120)), ["fuzzy"]
        if rng.random() < .3:
            entry.flags.append("c-format")
        if rng.random() < .3:
            entry.tcomment = text(20).replace("\n", " ").replace("\\", "").replace("\r", "")
        if rng.random() < .3:
            entry.occurrences = [(f"src/file{j}-name.c", str(rng.randint(1, 9999))) for j in range(rng.randint(1, 12))]
        if rng.random() < .2:
            entry.msgid_plural, entry.msgstr_plural, entry.msgstr = text(40), {0: text(50), 1: text(90)}, ""
        entry.obsolete = rng.random() < .2
        catalog.append(entry)
    return catalog


@pytest.mark.parametrize("seed", range(12))
def test_random_catalogs_read_back_and_match_msgcat(seed: int) -> None:
    catalog = random_catalog(random.Random(seed))
    data = catalog_to_bytes(catalog)
    back = parse_catalog(data)
    fields = ("msgctxt", "msgid", "msgid_plural", "msgstr", "msgstr_plural", "obsolete", "flags",
              "tcomment", "occurrences", "previous_msgid")
    key = lambda entries: sorted(tuple(repr(getattr(e, f)) for f in fields) for e in entries)  # noqa: E731
    assert key(back) == key(catalog)
    assert fully_serialized(data) == data
    if shutil.which("msgcat"):
        assert subprocess.run(["msgcat", "-"], input=data, capture_output=True).stdout == data
