"""A damaged TM cache is found and rebuilt with one warning, never answering wrongly; tm/
files linking outside the project are refused (issue 19)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from workbench.tm import TranslationMemory
from workbench.tm.store import index_folder

QUERY = "The union was banned in 2021."


def _segment_file(project, name: str):
    folder = index_folder(project, "ru")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return folder / manifest["segments"][0] / name


def _check_rebuilt(project, units: int) -> None:
    tm = TranslationMemory.for_project(project, "ru")
    assert tm.rebuilt == "full"
    assert len(tm.warnings) == 1 and "was damaged" in tm.warnings[0] and "\n" not in tm.warnings[0]
    assert len(tm) == units
    assert [m.target for m in tm.lookup(QUERY)][:1] == ["Профсоюз был запрещён в 2021 году."]
    again = TranslationMemory.for_project(project, "ru")
    assert (again.rebuilt, again.warnings, len(again)) == ("", [], units)


@pytest.mark.parametrize("name", ["post.npy", "src.bin", "norms.txt", "starts.npy", "tgt.npy", "meta.json"])
@pytest.mark.parametrize("damage", ["truncate", "zero", "delete"])
def test_damaged_segment_files_are_found_and_rebuilt(tm_project, name, damage) -> None:
    units = len(TranslationMemory.for_project(tm_project, "ru"))
    path = _segment_file(tm_project, name)
    size = path.stat().st_size
    if damage == "truncate":
        with open(path, "r+b") as f:
            f.truncate(size // 2)
    elif damage == "zero":
        path.write_bytes(b"\0" * size)
    else:
        path.unlink()
    _check_rebuilt(tm_project, units)


@pytest.mark.parametrize("change", [
    lambda m: m.update(segments="seg-000000000000"),
    lambda m: m.update(segments=m["segments"] * 2),
    lambda m: m.update(segments=["../../outside"]),
    lambda m: m.update(dead="all"),
    lambda m: m["files"][next(iter(m["files"]))].update(units="7"),
    lambda m: m["files"][next(iter(m["files"]))].update(idx=99),
    lambda m: m["files"][next(iter(m["files"]))].update(units=3),
    lambda m: m.update(files=[]),
])
def test_wrong_typed_or_inconsistent_manifest_fields_are_found(tm_project, change) -> None:
    units = len(TranslationMemory.for_project(tm_project, "ru"))
    path = index_folder(tm_project, "ru") / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    change(manifest)
    path.write_text(json.dumps(manifest), encoding="utf-8")
    _check_rebuilt(tm_project, units)


def test_symlinks_out_of_the_project_are_not_read(tm_project, tmp_path) -> None:
    secret = tmp_path / "elsewhere.po"
    secret.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n\nmsgid "Secret"\nmsgstr "Тайна"\n',
                      encoding="utf-8")
    (tm_project.tm_dir / "ru").mkdir(parents=True)
    os.symlink(secret, tm_project.tm_dir / "ru" / "linked.po")
    tm = TranslationMemory.for_project(tm_project, "ru")
    assert not tm.lookup("Secret")
    assert tm.warnings == ["skipped in the TM: tm/ru/linked.po links outside the project; not read "
                           "(copy the file into tm/ with 'workbench tm import')"]
    proc = subprocess.run([sys.executable, "-m", "workbench", "tm", "lookup", "--lang", "ru",
                           "--project", str(tm_project.root), "Secret"], capture_output=True, text=True)
    assert proc.returncode == 0 and "Тайна" not in proc.stdout
    assert len(proc.stderr.strip().splitlines()) == 1


def test_scores_outside_0_to_101_are_refused_in_one_line(tm_project) -> None:
    for value in ("102", "-5"):
        proc = subprocess.run([sys.executable, "-m", "workbench", "pretranslate", "--lang", "ru",
                               "--project", str(tm_project.root), "--min", value],
                              capture_output=True, text=True)
        assert proc.returncode == 2
        assert proc.stderr.splitlines() == [f"workbench: error: --min must be a score from 0 to 101, not {value}"]
