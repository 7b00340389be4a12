"""Who is translating, for the catalog's Last-Translator header (as Poedit and Lokalize write it).

In order: $WORKBENCH_TRANSLATOR; ``[translator] name/email`` in the user's config file
(``$XDG_CONFIG_HOME/workbench/config.toml``, by default ``~/.config/workbench/config.toml``);
``git config user.name / user.email`` in the project (a repository's own setting wins over the
global one, as git decides). None when nothing says: the header is then left as it is.
"""

from __future__ import annotations

import os
import subprocess
import tomllib
from pathlib import Path


def user_config_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "workbench" / "config.toml"


def format_translator(name: str, email: str) -> str | None:
    """The header's form, "Name <email>".

    >>> format_translator("Ола Лук", "ola@example.org")
    'Ола Лук <ola@example.org>'
    """
    name, email = name.strip(), email.strip()
    if not name:
        return None
    return f"{name} <{email}>" if email else name


def _from_config(path: Path) -> str | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return None  # a broken user config must not stop saving; git or nothing decides
    section = data.get("translator", {})
    if not isinstance(section, dict):
        return None
    return format_translator(str(section.get("name", "")), str(section.get("email", "")))


def _from_git(root: Path) -> str | None:
    values = []
    for key in ("user.name", "user.email"):
        try:
            out = subprocess.run(["git", "config", key], capture_output=True, text=True,
                                 timeout=5, cwd=root, check=False)
        except (OSError, subprocess.SubprocessError):
            return None  # no git here
        values.append(out.stdout.strip() if out.returncode == 0 else "")
    return format_translator(*values)


def find_translator(root: Path) -> str | None:
    if value := os.environ.get("WORKBENCH_TRANSLATOR", "").strip():
        return value
    return _from_config(user_config_path()) or _from_git(root)
