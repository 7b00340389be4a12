"""untranslated, fuzzy and plural-count (against the catalog's own Plural-Forms)."""

from __future__ import annotations

import pytest
from qa_helpers import catalog, entry

from workbench.checks import check_entry, context_for


def _ids(body: str, lang: str, checks: list[str], **kwargs: str) -> list[str]:
    cat = catalog(body, lang, **kwargs)
    return [f.check for f in check_entry(cat[0], context_for(cat, lang, checks=checks))]


@pytest.mark.parametrize("lang", ["ru", "be", "uk", "de"])
def test_untranslated_and_fuzzy(lang: str) -> None:
    checks = ["untranslated", "fuzzy"]
    assert _ids(entry("Hello", ""), lang, checks) == ["untranslated"]
    assert _ids(entry("Hello", "X", flags="fuzzy"), lang, checks) == ["fuzzy"]
    assert _ids(entry("Hello", "X"), lang, checks) == []
    assert _ids(entry("Hello", "", flags="fuzzy"), lang, checks) == ["untranslated"]


def _plural(n: int) -> str:
    forms = "".join(f'msgstr[{i}] "%d x{i}"\n' for i in range(n))
    return f'msgid "%d file"\nmsgid_plural "%d files"\n{forms}\n'


@pytest.mark.parametrize(("lang", "right"), [("ru", 3), ("be", 3), ("uk", 3), ("de", 2)])
def test_plural_count_follows_the_language(lang: str, right: int) -> None:
    assert _ids(_plural(right), lang, ["plural-count"]) == []
    assert _ids(_plural(right - 1), lang, ["plural-count"]) == ["plural-count"]


def test_the_catalogs_own_plural_forms_header_rules() -> None:
    # Launchpad's Russian catalogs say nplurals=4: consistent with themselves, so not flagged.
    launchpad = ("nplurals=4; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                 "(n%100<10 || n%100>=20) ? 1 : n==0 ? 3 : 2);")
    assert _ids(_plural(4), "ru", ["plural-count"], plural_forms=launchpad) == []
    assert _ids(_plural(3), "ru", ["plural-count"], plural_forms=launchpad) == ["plural-count"]
