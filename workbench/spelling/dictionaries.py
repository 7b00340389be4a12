"""Finding Hunspell dictionaries: a language code in, a ``.dic``/``.aff`` pair out.

Where we look, first match wins: the folders and files named in ``workbench.toml``
(``[spelling] paths`` and ``[spelling.dictionaries]``), then ``$DICPATH`` (Hunspell's own
variable), then the usual places (``~/.local/share/hunspell``, ``/usr/share/hunspell``,
``/usr/share/myspell`` …). A language is matched by file name: ``ru`` finds ``ru_RU`` or
``ru``; the classical Belarusian orthography (``be@tarask``, ``be-tarask``) finds only a
dictionary named for it, never the official ``be_BY``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

USUAL_PATHS = (
    "~/.local/share/hunspell", "~/.hunspell", "~/Library/Spelling", "/usr/local/share/hunspell",
    "/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts",
    "/opt/homebrew/share/hunspell", "/Library/Spelling",
)
# The main dictionary of a language where the language has several regional ones.
PREFERRED = {"ru": "ru_RU", "uk": "uk_UA", "be": "be_BY", "de": "de_DE", "fr": "fr_FR",
             "en": "en_US", "es": "es_ES", "pt": "pt_PT", "it": "it_IT", "pl": "pl_PL"}
# Debian packages for the languages whose package name is not simply hunspell-<lang>.
DEBIAN = {"de": "hunspell-de-de", "en": "hunspell-en-us", "pt": "hunspell-pt-pt",
          "es": "hunspell-es", "sr": "hunspell-sr"}
CLASSICAL = "tarask"  # the variant of the Belarusian classical orthography (taraškievica)
TARASK_NAMES = ("be@tarask", "be_tarask", "be-tarask", "be_BY@tarask", "be_BY-tarask",
                "be-x-old", "be_BY-x-old")


@dataclass(frozen=True)
class DictionaryRef:
    """A Hunspell dictionary on disk: ``folder/name.dic`` and ``folder/name.aff``."""

    lang: str  # the language asked for ("be", "be@tarask")
    name: str  # the file stem ("be_BY")
    folder: Path

    @property
    def dic(self) -> Path:
        return self.folder / f"{self.name}.dic"

    @property
    def aff(self) -> Path:
        return self.folder / f"{self.name}.aff"

    def __str__(self) -> str:
        return str(self.dic)


def split_lang(code: str) -> tuple[str, str, str]:
    """(language, region, variant) of a gettext or BCP 47 code: 'be@tarask' and 'be-tarask'
    both give ('be', '', 'tarask'); 'pt_BR' gives ('pt', 'BR', '')."""
    try:
        from workbench import languages

        parsed = languages.parse(code)
        return parsed.language, parsed.region, parsed.variant
    except Exception:  # noqa: BLE001 - an odd code still gets a plain split
        base, _, mod = code.partition("@")
        parts = base.replace("-", "_").split("_")
        region = next((p.upper() for p in parts[1:] if len(p) == 2), "")
        variant = mod or next((p for p in parts[1:] if len(p) > 4), "")
        return parts[0].lower(), region, variant.lower()


def candidate_names(code: str) -> list[str]:
    """Dictionary file stems that serve ``code``, best first."""
    lang, region, variant = split_lang(code)
    if variant == CLASSICAL:
        return list(TARASK_NAMES)
    names = []
    if region:
        names.append(f"{lang}_{region}")
    if lang in PREFERRED:
        names.append(PREFERRED[lang])
    names += [f"{lang}_{lang.upper()}", lang]
    return list(dict.fromkeys(names))


def debian_package(code: str) -> str:
    lang, _region, variant = split_lang(code)
    if variant == CLASSICAL:
        return ""
    return DEBIAN.get(lang, f"hunspell-{lang}")


def search_path(config: dict[str, Any] | None = None, root: Path | None = None) -> list[Path]:
    """Folders to search, in order: the project's, $DICPATH's, then the usual ones."""
    folders: list[Path] = []
    paths = (config or {}).get("paths", [])
    for entry in [paths] if isinstance(paths, str) else list(paths):
        folder = Path(str(entry)).expanduser()
        folders.append(folder if folder.is_absolute() or root is None else root / folder)
    folders += [Path(p).expanduser() for p in os.environ.get("DICPATH", "").split(os.pathsep) if p]
    folders += [Path(p).expanduser() for p in USUAL_PATHS]
    return list(dict.fromkeys(folders))


def _configured(code: str, config: dict[str, Any] | None, root: Path | None) -> DictionaryRef | None:
    """``[spelling.dictionaries] be-tarask = "dicts/be-tarask"`` (with or without .dic)."""
    table = (config or {}).get("dictionaries", {})
    if not isinstance(table, dict):
        return None
    lang, _region, variant = split_lang(code)
    for key, value in table.items():
        if split_lang(str(key))[::2] != (lang, variant) and str(key) != code:
            continue
        path = Path(str(value)).expanduser()
        path = path if path.is_absolute() or root is None else root / path
        stem = path.name[:-4] if path.name.endswith((".dic", ".aff")) else path.name
        ref = DictionaryRef(code, stem, path.parent)
        if ref.dic.is_file() and ref.aff.is_file():
            return ref
    return None


def find_dictionary(code: str, config: dict[str, Any] | None = None,
                    root: Path | None = None) -> DictionaryRef | None:
    """The dictionary for ``code``, or None. ``config`` is the ``[spelling]`` table."""
    found = _configured(code, config, root)
    if found is not None:
        return found
    names = candidate_names(code)
    folders = search_path(config, root)
    for name in names:
        for folder in folders:
            ref = DictionaryRef(code, name, folder)
            if ref.dic.is_file() and ref.aff.is_file():
                return ref
    lang, _region, variant = split_lang(code)
    if variant:
        return None  # a variant never falls back to another orthography's dictionary
    for folder in folders:  # any regional dictionary of the language: "de_AT" for "de"
        for dic in sorted(folder.glob(f"{lang}_*.dic")) if folder.is_dir() else ():
            ref = DictionaryRef(code, dic.stem, folder)
            if ref.aff.is_file() and "@" not in dic.stem and CLASSICAL not in dic.stem:
                return ref
    return None


def missing_notice(code: str) -> str:
    """One line for a language with no dictionary: what to install, and where files go."""
    package = debian_package(code)
    names = candidate_names(code)
    how = f"install the Debian package {package}, or put " if package else "put "
    return (f"spelling: no Hunspell dictionary for {code}: {how}{names[0]}.dic and "
            f"{names[0]}.aff in a folder of [spelling] paths in workbench.toml or of DICPATH; "
            f"{code} is not spell-checked")
