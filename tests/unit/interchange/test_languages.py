"""One language model: gettext locale names and BCP 47 tags (issue #11)."""

from __future__ import annotations

import pytest

from workbench import languages
from workbench.checks.langs import _valid
from workbench.glossary.langcodes import language_code
from workbench.glossary.model import GlossaryError
from workbench.glossary.morphology import base_language
from workbench.tm.tmx import lang_key, lang_matches, tmx_lang


@pytest.mark.parametrize(("code", "gettext", "bcp47"), [
    ("ru", "ru", "ru"),
    ("pt_BR", "pt_BR", "pt-BR"),
    ("pt-br", "pt_BR", "pt-BR"),
    ("EN-US", "en_US", "en-US"),
    ("FR-fr", "fr_FR", "fr-FR"),
    ("zh_CN", "zh_CN", "zh-CN"),
    ("zh-TW", "zh_TW", "zh-TW"),
    ("zh-Hant-TW", "zh_TW", "zh-Hant-TW"),
    ("zh-Hant", "zh_Hant", "zh-Hant"),
    ("sr@latin", "sr@latin", "sr-Latn"),
    ("sr-Latn", "sr@latin", "sr-Latn"),
    ("sr_RS@latin", "sr_RS@latin", "sr-Latn-RS"),
    ("ca@valencia", "ca@valencia", "ca-valencia"),
    ("ca-ES-valencia", "ca_ES@valencia", "ca-ES-valencia"),
    ("be@latin", "be@latin", "be-Latn"),
    ("be@tarask", "be@tarask", "be-tarask"),
    ("be-tarask", "be@tarask", "be-tarask"),
    ("uz@cyrillic", "uz@cyrillic", "uz-Cyrl"),
    ("de_DE.UTF-8@euro", "de_DE", "de-DE"),
    ("es-419", "es_419", "es-419"),
    ("eng", "en", "en"),
    ("sr@Latn", "sr@latin", "sr-Latn"),  # as /usr/share/locale spells it
    ("en@shaw", "en@shaw", "en-Shaw"),
    ("zh_Hans", "zh_Hans", "zh-Hans"),
    ("tt@iqtelif", "tt@iqtelif", "tt-iqtelif"),
])
def test_gettext_and_bcp47_spellings_parse_to_one_value(code: str, gettext: str, bcp47: str) -> None:
    assert languages.validate(code) == gettext
    assert languages.to_bcp47(code) == bcp47
    assert languages.parse(bcp47).gettext == gettext  # the two forms convert both ways
    assert languages.normalize_code(bcp47) == gettext


@pytest.mark.parametrize("code", ["xx", "pt_XX", "", "en_US_", "1a", "sr-Qqqq"])
def test_unknown_or_malformed_codes_are_refused_with_a_hint(code: str) -> None:
    with pytest.raises(languages.UnknownLanguage) as caught:
        languages.validate(code)
    assert caught.value.hint


def test_names_say_the_script_or_variant_cldr_has_no_locale_for() -> None:
    assert languages.info("be@latin").english_name == "Belarusian (Latin)"
    assert languages.info("ca@valencia").english_name == "Catalan (Valencian)"
    assert languages.info("be@tarask").native_name.startswith("беларуская")
    assert languages.info("sr@latin").native_name == "srpski (latinica)"


def test_the_exact_language_is_preferred_over_a_regional_variant() -> None:
    assert languages.best_match("fr", ["fr-CA", "fr"]) == "fr"
    assert languages.best_match("fr", ["fr_CA"]) == "fr_CA"
    assert languages.best_match("fr_CA", ["fr_BE", "fr", "fr_CA"]) == "fr_CA"
    assert languages.best_match("fr_CA", ["fr_BE", "fr"]) == "fr"
    assert languages.best_match("pt_PT", ["pt_BR"]) is None
    assert languages.best_match("sr@latin", ["sr", "sr-Latn"]) == "sr-Latn"
    assert languages.best_match("de", ["ru", "en"]) is None


def test_every_former_home_of_language_codes_answers_as_languages_does() -> None:
    assert lang_key("zh-CN") == "zh_CN" and lang_key("sr-Latn") == "sr@latin"
    assert tmx_lang("sr@latin") == "sr-Latn" and tmx_lang("ca@valencia") == "ca-valencia"
    assert lang_matches("ZH-cn", "zh_CN") and not lang_matches("pt-BR", "pt_PT")
    assert language_code("zh-CN") == "zh_CN" and language_code("eng-US") == "en_US"
    assert language_code("be@tarask") == "be@tarask"
    with pytest.raises(GlossaryError):
        language_code("qq-ZZ")
    assert base_language("sr@latin") == "sr" and base_language("zh-Hant-TW") == "zh"
    assert _valid("ca_ES.UTF-8@valencia") == "ca_ES@valencia" and _valid("nonsense!") is None


@pytest.mark.parametrize("code", ["fr", "pt_BR", "pt", "ru", "be", "uk", "de", "ja", "pl", "cs",
                                  "sl", "ga", "ro", "lt", "lv", "sr@latin", "fr_CA"])
def test_plural_forms_are_what_msginit_writes(code: str, tmp_path) -> None:
    import shutil
    import subprocess

    from interchange_helpers import require_system

    require_system(shutil.which("msginit") is not None, "msginit (gettext)")
    pot = tmp_path / "t.pot"
    pot.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n', "utf-8")
    out = subprocess.run(["msginit", "--no-translator", "-l", code, "-i", str(pot), "-o", "-"],
                         capture_output=True, text=True, check=True, env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"}).stdout
    import polib

    assert polib.pofile(out).metadata["Plural-Forms"] == languages.plural_forms(code)


def test_a_project_configured_with_gettext_and_bcp47_codes_writes_gettext_folders(tmp_path) -> None:
    from workbench.project import Project

    (tmp_path / "workbench.toml").write_text(
        '[project]\nname = "x"\nsource_language = "EN-US"\n'
        'target_languages = ["sr@latin", "zh-Hant-TW", "be-tarask", "ca_ES@valencia", "pt-br"]\n',
        encoding="utf-8")
    project = Project.open(tmp_path)
    assert project.config.target_languages == ["sr@latin", "zh_TW", "be@tarask", "ca_ES@valencia", "pt_BR"]
    assert project.po_path("sr-Latn", "a").parts[-3] == "sr@latin"
    assert project.config.source_language == "en_US"
