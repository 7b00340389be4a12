"""The PO merge of git's driver, on PO text built in memory (the git scenarios: tests/cli)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.conftest import require_system
from workbench.catalog import conflicts, review
from workbench.catalog.merge_driver import merge_po_bytes
from workbench.catalog.pofile import parse_catalog

HEAD = """\
# Russian translation of demo.
msgid ""
msgstr ""
"Project-Id-Version: demo\\n"
"PO-Revision-Date: {date}\\n"
"Last-Translator: {who}\\n"
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"
"""

ENTRIES = [("Statement", ""), ("The union protests.", ""), ("Leaders were detained.", ""),
           ("The strike continues because the workers have not been paid for three months and "
            "the management refuses to negotiate.", "")]


def po(changes: dict[str, str] | None = None, date: str = "2026-12-01 10:00+0000",
       who: str = "Base", flags: dict[str, str] | None = None, extra: str = "") -> bytes:
    text = HEAD.format(date=date, who=who)
    for msgid, msgstr in ENTRIES:
        msgstr = (changes or {}).get(msgid, msgstr)
        flag = (flags or {}).get(msgid)
        text += f"\n#: corpus/demo.md:1\n{f'#, {flag}' + chr(10) if flag else ''}"
        text += f'msgid "{msgid}"\nmsgstr "{msgstr}"\n'
    return (text + extra).encode()


def msgfmt_ok(data: bytes, tmp_path: Path) -> None:
    require_system(shutil.which("msgfmt") is not None, "gettext (msgfmt)")
    path = tmp_path / "merged.po"
    path.write_bytes(data)
    done = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_different_entries_merge_cleanly(tmp_path: Path) -> None:
    base = po()
    ours = po({"Statement": "Заявление"})
    theirs = po({"The union protests.": "Профсоюз протестует."})
    out = merge_po_bytes(base, ours, theirs)
    assert out.conflicts == []
    merged = parse_catalog(out.data)
    assert merged.find("Statement").msgstr == "Заявление"
    assert merged.find("The union protests.").msgstr == "Профсоюз протестует."
    msgfmt_ok(out.data, tmp_path)


def test_the_same_entry_translated_differently_is_a_marked_conflict(tmp_path: Path) -> None:
    out = merge_po_bytes(po(), po({"Statement": "Заявление"}), po({"Statement": "Декларация"}))
    assert out.conflicts == ["Statement"]
    entry = parse_catalog(out.data).find("Statement")
    assert entry.msgstr == "Заявление" and "fuzzy" in entry.flags
    assert conflicts.has_conflict(entry) and conflicts.other_side(entry) == ["Декларация"]
    assert '# workbench-conflict: "Декларация"\n#: corpus/demo.md:1\n#, fuzzy\nmsgid "Statement"' \
        in out.data.decode()
    msgfmt_ok(out.data, tmp_path)
    conflicts.resolve(entry, ["Декларация"])
    assert entry.msgstr == "Декларация" and not conflicts.has_conflict(entry)
    assert "fuzzy" not in entry.flags


def test_same_translation_on_both_sides_is_no_conflict() -> None:
    out = merge_po_bytes(po(), po({"Statement": "Заявление"}), po({"Statement": "Заявление"}))
    assert out.conflicts == [] and parse_catalog(out.data).find("Statement").msgstr == "Заявление"


def test_fuzzy_stays_if_either_side_made_it_fuzzy() -> None:
    base = po({"Statement": "Заявление"})
    ours = po({"Statement": "Заявление", "Leaders were detained.": "Лидеры задержаны."})
    theirs = po({"Statement": "Заявление"}, flags={"Statement": "fuzzy"})
    merged = parse_catalog(merge_po_bytes(base, ours, theirs).data)
    assert "fuzzy" in merged.find("Statement").flags
    assert merged.find("Leaders were detained.").msgstr == "Лидеры задержаны."


def test_header_fields_merge_one_by_one() -> None:
    base = po()
    ours = po({"Statement": "Заявление"}, date="2026-12-03 09:00+0300", who="Ann <a@x>")
    theirs = po({"Leaders were detained.": "Лидеры задержаны."}, date="2026-12-03 08:00+0000",
                who="Bob <b@x>").replace(b'"Language: ru\\n"', b'"Language: ru\\n"\n"X-Team: ru\\n"')
    out = merge_po_bytes(base, ours, theirs)
    assert out.conflicts == []
    merged = parse_catalog(out.data)
    # 08:00 UTC is later than 09:00+0300 (06:00 UTC): theirs' date and translator win
    assert merged.metadata["PO-Revision-Date"] == "2026-12-03 08:00+0000"
    assert merged.metadata["Last-Translator"] == "Bob <b@x>"
    assert merged.metadata["X-Team"] == "ru"
    assert merged.find("Statement").msgstr == "Заявление"


def test_plural_forms_clash_is_a_header_conflict(tmp_path: Path) -> None:
    theirs = po().replace(b"nplurals=3; plural=(n%10==1", b"nplurals=3;  plural=(n%10==1")
    ours = po().replace(b"nplurals=3; plural=(n%10==1", b"nplurals=3;   plural=(n%10==1")
    out = merge_po_bytes(po(), ours, theirs)
    assert out.conflicts == ["header Plural-Forms"]
    assert conflicts.header_conflicts(parse_catalog(out.data))[0][0] == "Plural-Forms"
    msgfmt_ok(out.data, tmp_path)


def test_entries_added_on_both_sides_prefer_a_confirmed_translation() -> None:
    new = '\n#: corpus/demo.md:9\n{flag}msgid "A new sentence."\nmsgstr "{text}"\n'
    ours = po(extra=new.format(flag="#, fuzzy\n", text="Старое предложение."))
    theirs = po(extra=new.format(flag="", text="Новое предложение."))
    out = merge_po_bytes(po(), ours, theirs)
    assert out.conflicts == []
    entry = parse_catalog(out.data).find("A new sentence.")
    assert entry.msgstr == "Новое предложение." and "fuzzy" not in entry.flags


def test_no_common_ancestor_still_merges() -> None:
    out = merge_po_bytes(b"", po({"Statement": "Заявление"}), po({"Statement": "Декларация"}))
    assert out.conflicts == ["Statement"]


def test_a_sign_off_follows_the_translation_it_signed() -> None:
    base = parse_catalog(po({"Statement": "Заявление"}))
    signed = parse_catalog(po({"Statement": "Заявление"}))
    review.approve(signed.find("Statement"), "Rita")
    ours = po({"Statement": "Заявление", "Leaders were detained.": "Лидеры задержаны."})
    out = merge_po_bytes(str(base).encode(), ours, str(signed).encode())
    merged = parse_catalog(out.data)
    assert review.is_approved(merged.find("Statement"))
    # theirs approved the old text while ours changed it: the sign-off is stale by itself
    changed = po({"Statement": "Декларация"})
    out = merge_po_bytes(str(base).encode(), changed, str(signed).encode())
    entry = parse_catalog(out.data).find("Statement")
    assert entry.msgstr == "Декларация" and review.is_stale(entry) and out.conflicts == []


def test_an_entry_has_one_list_of_fields() -> None:
    import polib

    from workbench.catalog.entry_fields import ENTRY_FIELDS, entry_values, field_value

    entry = polib.POEntry(msgctxt="k", msgid="a", msgid_plural="as", msgstr_plural={1: "y", 0: "x"},
                          occurrences=[("f", "1")], flags=["fuzzy", "c-format"], obsolete=1,
                          tcomment="t", comment="c", previous_msgid="p", previous_msgctxt="q",
                          previous_msgid_plural="ps")
    assert entry_values(entry) == tuple(field_value(entry, name) for name in ENTRY_FIELDS)
    assert set(ENTRY_FIELDS) >= {"msgstr", "tcomment", "flags", "previous_msgid"}


# ------------------------------------------------------------------ property: random edits

_TEXTS = ["", "Заявление", "Декларация", "Профсоюз протестует.", "Две «строки»"]


def _side(ops: list[tuple[int, int]], start: dict[str, tuple[str, bool]] | None = None
          ) -> dict[str, tuple[str, bool]]:
    """Entry -> (msgstr, fuzzy) after the ops (entry index, text index; text -1 = make fuzzy)."""
    state = dict(start) if start else {msgid: ("", False) for msgid, _ in ENTRIES}
    for index, text in ops:
        msgid = ENTRIES[index][0]
        msgstr, _fuzzy = state[msgid]
        state[msgid] = (msgstr, bool(msgstr)) if text < 0 else (_TEXTS[text], False)
    return state


def _po_of(state: dict[str, tuple[str, bool]]) -> bytes:
    return po({m: s for m, (s, _f) in state.items()},
              flags={m: "fuzzy" for m, (s, f) in state.items() if f and s})


def test_random_edits_on_both_sides_merge_without_loss(tmp_path: Path) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    ops = st.lists(st.tuples(st.integers(0, len(ENTRIES) - 1), st.integers(-1, len(_TEXTS) - 1)),
                   max_size=6)

    @settings(max_examples=60, deadline=None)
    @given(ops, ops, ops)
    def check(first: list[tuple[int, int]], mine: list[tuple[int, int]],
              other: list[tuple[int, int]]) -> None:
        base = _side(first)
        ours, theirs = _side(mine, base), _side(other, base)
        out = merge_po_bytes(_po_of(base), _po_of(ours), _po_of(theirs))
        merged = parse_catalog(out.data)
        for msgid, _ in ENTRIES:
            entry = merged.find(msgid)
            (b, bf), (o, of), (t, tf) = base[msgid], ours[msgid], theirs[msgid]
            held = {entry.msgstr, *(conflicts.other_side(entry) or [])}
            assert {x for x in (o, t) if x and x != b} <= held, "new work was lost"
            clash = o != b and t != b and o != t
            assert (msgid in out.conflicts) == clash
            if clash:
                assert entry.msgstr == (o or t) and "fuzzy" in entry.flags
                continue
            assert entry.msgstr == (t if o == b else o)
            fuzzy = (of and not bf) or (tf and not bf) or (bf and of and tf)
            assert ("fuzzy" in entry.flags) == fuzzy
        msgfmt_ok(out.data, tmp_path)

    check()


def test_obsolete_entries_merge_too() -> None:
    base = po({"Statement": "Заявление"})
    obsolete = '\n#~ msgid "Old sentence."\n#~ msgstr "{}"\n'
    ours = po(extra=obsolete.format("Старое предложение."))
    theirs_old = po({"Leaders were detained.": "Задержаны."}, extra=obsolete.format("Старое."))
    both = merge_po_bytes(po(extra=obsolete.format("Старое.")), ours, theirs_old)
    merged = parse_catalog(both.data)
    old = next(e for e in merged if e.obsolete)
    assert old.msgstr == "Старое предложение." and both.conflicts == []
    assert merged.find("Leaders were detained.").msgstr == "Задержаны."
    # one side retired an entry (obsolete), the other retranslated it: both changes kept
    retired = po({"Statement": "Заявление"}).replace(
        b'msgid "Statement"\nmsgstr "\xd0\x97\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5"',
        "#~ msgid \"Statement\"\n#~ msgstr \"Заявление\"".encode())
    assert retired != po({"Statement": "Заявление"})
    theirs = po({"Statement": "Декларация"})
    out = merge_po_bytes(base, retired, theirs)
    entry = next(e for e in parse_catalog(out.data) if e.msgid == "Statement")
    assert entry.obsolete and entry.msgstr == "Декларация" and out.conflicts == []
