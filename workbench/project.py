"""A Workbench project: its root, its config, its statements and the paths of its files.

Every path the project hands out is checked to stay inside the root, so a slug such as
``../../etc/passwd`` is refused before anything is read or written.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench import languages
from workbench.errors import CatalogError, ProjectNotFound, WorkbenchError

CONFIG_NAME = "workbench.toml"
# Letters (any script) and digits first, then also '.', '_' and '-': no spaces, no leading
# dash (it would read as an option), no folders.
SLUG_RE = re.compile(r"^[^\W_][\w.-]*$")
STATEMENT_SUFFIXES = (".md", ".txt")


@dataclass(frozen=True)
class Statement:
    slug: str
    path: Path
    source_language: str
    format: str  # "md" or "txt"


@dataclass
class Config:
    name: str
    source_language: str
    target_languages: list[str]
    statement_languages: dict[str, str] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)

    def section(self, name: str) -> dict[str, Any]:
        """A config table such as [tm] or [qa]; empty when absent."""
        value = self.raw.get(name, {})
        return value if isinstance(value, dict) else {}


def check_slug(slug: str) -> str:
    if not SLUG_RE.match(slug) or ".." in slug:
        raise WorkbenchError(
            f"unsafe statement name {slug!r}",
            hint="use letters, digits, '.', '_' and '-' only, starting with a letter or digit; "
                 "no spaces, no folders",
        )
    return slug


def load_config(path: Path) -> Config:
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # "... (at line 3, column 9)" before Python 3.14
        where = re.search(r"\(at line (\d+), column \d+\)$", str(exc))
        line = int(where.group(1)) if where else getattr(exc, "lineno", None)
        raise WorkbenchError(f"invalid TOML: {exc}", path=path, line=line) from exc
    except UnicodeDecodeError as exc:
        raise WorkbenchError("not UTF-8 text", path=path) from exc
    _check_types(data, text, path)
    project = data.get("project", {})
    try:
        source = languages.validate(str(project.get("source_language", "en")))
        targets = [languages.validate(str(c)) for c in project.get("target_languages", [])]
        per_statement = {
            check_slug(slug): languages.validate(str(table.get("source_language", source)))
            for slug, table in data.get("statements", {}).items()
        }
    except WorkbenchError as exc:
        exc.path = path
        exc.line = _line_of(path, exc.message)
        raise
    if source in targets:
        raise WorkbenchError(f"target_languages lists the source language {source!r}",
                             path=path, line=key_line(text, "project", "target_languages"),
                             hint="a project translates from its source language, not into it")
    return Config(
        name=str(project.get("name", path.parent.name)),
        source_language=source,
        target_languages=targets,
        statement_languages=per_statement,
        raw=data,
    )


# The keys this module reads, and their types: a value of another type is refused, not ignored.
_SCHEMA: dict[str, dict[str, type | tuple[type, ...]]] = {
    "project": {"name": str, "source_language": str, "target_languages": list},
    "segmentation": {"abbreviations": dict},
}


def _check_types(data: dict[str, Any], text: str, path: Path) -> None:
    def refuse(section: str, key: str, wanted: str, value: object) -> None:
        raise WorkbenchError(f"[{section}] {key} must be {wanted}, not {value!r}", path=path,
                             line=key_line(text, section, key))

    for section, value in data.items():
        if not isinstance(value, dict):
            raise WorkbenchError(f"{section} must be a [{section}] table, not {value!r}",
                                 path=path, line=key_line(text, "", section))
    for section, keys in _SCHEMA.items():
        table = data.get(section, {})
        for key, kind in keys.items():
            if key in table and not isinstance(table[key], kind):
                name = {str: "a string", list: "a list", dict: "a table"}.get(kind, str(kind))  # type: ignore[call-overload]
                refuse(section, key, name, table[key])
    targets = data.get("project", {}).get("target_languages", [])
    if any(not isinstance(t, str) for t in targets):
        refuse("project", "target_languages", "a list of language codes", targets)
    for lang, words in data.get("segmentation", {}).get("abbreviations", {}).items():
        if not isinstance(words, list) or any(not isinstance(w, str) for w in words):
            refuse("segmentation.abbreviations", lang, "a list of strings", words)
    for slug, table in data.get("statements", {}).items():
        if not isinstance(table, dict):
            refuse("statements", slug, "a table", table)
        if "source_language" in table and not isinstance(table["source_language"], str):
            refuse(f"statements.{slug}", "source_language", "a string", table["source_language"])


_HEADER = re.compile(r"^\s*\[+([^\[\]]*)\]")  # [table] or [[array]]; linear on any line


def key_line(text: str, section: str, key: str) -> int | None:
    """The line of ``key`` in table ``section`` of a TOML text ("" for the top level), for
    error messages; None when it cannot be told."""
    current = ""
    wanted = section.replace('"', "").replace("'", "")
    assignment = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header:
            current = header.group(1).replace('"', "").replace("'", "").replace(" ", "").strip()
            continue
        if current == wanted.replace(" ", "") and assignment.match(line):
            return number
    return None


def _line_of(path: Path, message: str) -> int | None:
    """Best effort: the config line that holds the offending code, for the error message."""
    match = re.search(r"'([^']*)'", message)
    if not match:
        return None
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if f'"{match.group(1)}"' in text or f"'{match.group(1)}'" in text:
            return number
    return None


class Project:
    def __init__(self, root: Path, config: Config) -> None:
        self.root = root
        self.config = config

    # -- finding -----------------------------------------------------------------------------
    @classmethod
    def find(cls, start: str | Path | None = None) -> Project:
        """The project whose workbench.toml is in ``start`` or the nearest parent folder."""
        here = Path(start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / CONFIG_NAME).is_file():
                return cls.open(folder)
        raise ProjectNotFound(
            f"no {CONFIG_NAME} in {here} or any parent folder",
            hint="run 'workbench init DIR' or pass --project DIR",
        )

    @classmethod
    def open(cls, root: str | Path) -> Project:
        root = Path(root).resolve()
        config_path = root / CONFIG_NAME
        if not config_path.is_file():
            raise ProjectNotFound(f"no {CONFIG_NAME} here", path=root,
                                  hint="run 'workbench init DIR' first")
        return cls(root, load_config(config_path))

    # -- paths ---------------------------------------------------------------------------------
    def inside(self, path: Path) -> Path:
        """Return ``path`` resolved, or refuse it when it escapes the project folder."""
        return self.safe_path(path).resolve()

    def safe_path(self, path: Path) -> Path:
        """``path`` as given, when it and whatever it links to stay inside the project.

        Every reader of corpus/, glossary/ and tm/ goes through this: a symbolic link to
        /etc/passwd must not end up in a template or a catalog."""
        full = path if path.is_absolute() else self.root / path
        resolved = full.resolve()
        if resolved != self.root and self.root not in resolved.parents:
            shown = full.relative_to(self.root) if self.root in full.parents else full
            raise WorkbenchError(f"{shown} escapes the project folder (it leads to {resolved}); refused",
                                 path=self.root,
                                 hint="copy the file into the project instead of linking to it")
        return full

    @property
    def corpus_dir(self) -> Path:
        return self.safe_path(self.root / "corpus")

    @property
    def locales_dir(self) -> Path:
        return self.root / "locales"

    @property
    def glossary_dir(self) -> Path:
        return self.safe_path(self.root / "glossary")

    @property
    def glossary_path(self) -> Path:
        return self.safe_path(self.glossary_dir / "glossary.tbx")

    @property
    def tm_dir(self) -> Path:
        return self.safe_path(self.root / "tm")

    @property
    def cache_dir(self) -> Path:
        return self.root / ".workbench"

    def pot_path(self, slug: str) -> Path:
        return self.inside(Path("locales") / f"{check_slug(slug)}.pot")

    def po_path(self, lang: str, slug: str) -> Path:
        lang = languages.normalize_code(lang)
        check_slug(lang.replace("@", "_", 1))  # gettext folder names: ll_CC@modifier (sr@latin)
        return self.inside(Path("locales") / lang / "LC_MESSAGES" / f"{check_slug(slug)}.po")

    # -- statements and languages --------------------------------------------------------------
    def statements(self) -> list[Statement]:
        if not self.corpus_dir.is_dir():
            return []
        found: dict[str, Statement] = {}
        for path in sorted(self.corpus_dir.iterdir()):
            if path.suffix in STATEMENT_SUFFIXES and SLUG_RE.match(path.stem):
                if self.safe_path(path).is_file():
                    found.setdefault(path.stem, self._statement(path.stem, path))
        return list(found.values())

    def unreadable_statements(self) -> list[Path]:
        """Files in corpus/ that look like statements but whose names cannot be slugs
        (spaces, a leading dash, punctuation): said out loud, never skipped silently."""
        if not self.corpus_dir.is_dir():
            return []
        return [p for p in sorted(self.corpus_dir.iterdir())
                if p.suffix in STATEMENT_SUFFIXES and not SLUG_RE.match(p.stem)
                and not p.name.startswith(".")]

    def statement(self, slug: str) -> Statement:
        check_slug(slug)
        for suffix in STATEMENT_SUFFIXES:
            path = self.inside(Path("corpus") / f"{slug}{suffix}")
            if path.is_file():
                return self._statement(slug, path)
        known = [s.slug for s in self.statements()]
        import difflib

        close = difflib.get_close_matches(slug, known, n=3)
        raise WorkbenchError(
            f"no statement {slug!r} in corpus/",
            path=self.corpus_dir,
            hint=f"did you mean {', '.join(close)}?" if close else f"known: {', '.join(known) or 'none'}",
        )

    def _statement(self, slug: str, path: Path) -> Statement:
        lang = self.config.statement_languages.get(slug, self.config.source_language)
        return Statement(slug, path, lang, path.suffix.lstrip("."))

    def select(self, slugs: list[str] | None) -> list[Statement]:
        """The statements named, or all of them."""
        return [self.statement(s) for s in slugs] if slugs else self.statements()

    def target_languages(self, statement: Statement | None = None) -> list[str]:
        """Targets of a statement: the project's targets plus the project source, minus its own."""
        langs = list(self.config.target_languages)
        if statement is None:
            return langs
        if self.config.source_language not in langs:
            langs.insert(0, self.config.source_language)
        return [lang for lang in langs if lang != statement.source_language]

    def all_languages(self) -> list[str]:
        seen = dict.fromkeys([self.config.source_language, *self.config.target_languages])
        seen.update(dict.fromkeys(self.config.statement_languages.values()))
        return list(seen)

    def catalogs(self, lang: str | None = None, slugs: list[str] | None = None
                 ) -> list[tuple[Statement, str, Path]]:
        """(statement, language, PO path) for every catalog the project should have."""
        wanted = languages.validate(lang) if lang else None
        out = []
        for st in self.select(slugs):
            for target in self.target_languages(st):
                if wanted is None or target == wanted:
                    path = self.po_path(target, st.slug)
                    if path.exists() and not path.is_file():  # one answer for every command
                        raise CatalogError("is a folder, not a catalog", path=path,
                                           hint="move the folder away and run 'workbench update'")
                    out.append((st, target, path))
        return out
