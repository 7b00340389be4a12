"""Last-Translator and PO-Revision-Date are written on save, from the user's config or git."""

from __future__ import annotations

import subprocess

import pytest

from workbench.catalog import read_catalog, write_catalog
from workbench.catalog.update import plan_update
from workbench.session import Session
from workbench.session.translator import find_translator

STATEMENT = "# Solidarity\n\nWorkers were arrested.\n"


@pytest.fixture
def project(make_project, monkeypatch, tmp_path):
    monkeypatch.delenv("WORKBENCH_TRANSLATOR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    project = make_project({"demo": STATEMENT}, targets=("uk",))
    plan_update(project).write()
    return project


def header(project, name: str) -> str:
    return read_catalog(project.po_path("uk", "demo")).metadata.get(name, "")


def test_git_config_names_the_translator(project) -> None:
    subprocess.run(["git", "init", "-q", str(project.root)], check=True)
    subprocess.run(["git", "-C", str(project.root), "config", "user.name", "Олена Коваль"], check=True)
    subprocess.run(["git", "-C", str(project.root), "config", "user.email", "olena@example.org"],
                   check=True)
    po = read_catalog(project.po_path("uk", "demo"))
    po.metadata["PO-Revision-Date"] = "2020-08-09 10:00+0300"
    write_catalog(po)
    s = Session.open(project, "demo", "uk")
    s.confirm(1, "Робітників заарештували.")
    assert header(project, "Last-Translator") == "Олена Коваль <olena@example.org>"
    assert not header(project, "PO-Revision-Date").startswith("2020")


def test_user_config_wins_over_git(project, tmp_path) -> None:
    config = tmp_path / "config" / "workbench" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('[translator]\nname = "Ala"\nemail = "ala@example.org"\n', encoding="utf-8")
    assert find_translator(project.root) == "Ala <ala@example.org>"
    s = Session.open(project, "demo", "uk")
    s.confirm(1, "Робітників заарештували.")
    assert header(project, "Last-Translator") == "Ala <ala@example.org>"


def test_nobody_known_leaves_the_header(project) -> None:
    before = header(project, "Last-Translator")
    s = Session.open(project, "demo", "uk")
    s.translator = None
    s.confirm(1, "Робітників заарештували.")
    assert header(project, "Last-Translator") == before
