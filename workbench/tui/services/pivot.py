"""The pivot reference: the same segment in another language of the same statement.

A Belarusian translator looks at the Russian, a Ukrainian one too. The language comes from
``[tui] pivot = { be = "ru" }`` in workbench.toml, else from a closest-language list, else the
first other catalog that exists. The translator can cycle through the others.
"""

from __future__ import annotations

from workbench.catalog import read_catalog
from workbench.project import Project
from workbench.session.entries import Key, key_of, status_of, target_of

CLOSEST = {
    "be": ("ru", "uk", "pl"),
    "uk": ("ru", "be", "pl"),
    "ru": ("uk", "be"),
    "pl": ("cs", "sk", "uk"),
    "cs": ("sk", "pl"),
    "sk": ("cs", "pl"),
    "ca": ("es", "fr"),
    "gl": ("pt", "es"),
    "pt": ("es", "gl"),
    "es": ("pt", "ca", "it"),
}


class Pivot:
    def __init__(self, project: Project, slug: str, lang: str) -> None:
        self.project, self.slug, self.lang = project, slug, lang
        statement = project.statement(slug)
        others = [t for t in project.target_languages(statement) if t != lang]
        self.choices = [t for t in others if project.po_path(t, slug).exists()]
        self.current: str | None = self._preferred()
        self._texts: dict[str, dict[Key, tuple[str, str]]] = {}
        self.note = ""

    def _preferred(self) -> str | None:
        configured = self.project.config.section("tui").get("pivot", {})
        wanted = configured.get(self.lang) if isinstance(configured, dict) else None
        for code in (wanted, *CLOSEST.get(self.lang.split("_")[0], ())):
            if code in self.choices:
                return code
        return self.choices[0] if self.choices else None

    def cycle(self) -> str | None:
        if not self.choices:
            return None
        at = self.choices.index(self.current) if self.current in self.choices else -1
        self.current = self.choices[(at + 1) % len(self.choices)]
        return self.current

    def load(self) -> None:
        """Read the current pivot catalog (worker thread); cached per language."""
        code = self.current
        if code is None or code in self._texts:
            return
        try:
            catalog = read_catalog(self.project.po_path(code, self.slug))
        except Exception as exc:  # noqa: BLE001 - a bad pivot catalog only empties the panel
            self.note = f"{code}: {exc}"
            self._texts[code] = {}
            return
        self._texts[code] = {key_of(e): (target_of(e), status_of(e))
                             for e in catalog if e.msgid and not e.obsolete}

    @property
    def ready(self) -> bool:
        return self.current is None or self.current in self._texts

    def lookup(self, key: Key) -> tuple[str, str] | None:
        """(text, status) of the segment in the pivot language, or None."""
        if self.current is None:
            return None
        return self._texts.get(self.current, {}).get(key)

    def forget(self, lang: str) -> None:
        """Drop a cached catalog (it changed on disk)."""
        self._texts.pop(lang, None)
