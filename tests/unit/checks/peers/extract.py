"""Make cases.jsonl from the peers' own QA test suites (run by hand, not by pytest).

    python tests/unit/checks/peers/extract.py WEBLATE_CHECKS_TESTS TT_FILTER_CHECKS_TESTS

WEBLATE_CHECKS_TESTS is weblate/checks/tests/ of a Weblate source tree or wheel;
TT_FILTER_CHECKS_TESTS is tests/translate/filters/checks/ of translate-toolkit's repository.
Only literal cases are read (the AST, nothing is executed): Weblate's ``test_good_*`` /
``test_failure_*`` tuples, ``do_test(expected, (source, target, flags), lang)`` and
``check_format(source, target, ...)`` assertions; translate-toolkit's ``passes`` / ``fails`` /
``fails_serious`` calls on a StandardChecker. Only the categories that matter for prose are
kept (CATEGORY below); everything else (accelerators, ICU, Fluent, RST, project checkers…)
is left out. The categories' mapping to our checks and to pofilter's filters is in
test_peer_cases.py.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path
from typing import Any

# Weblate check class -> category
WEBLATE = {
    "BeginNewlineCheck": "line breaks", "EndNewlineCheck": "line breaks",
    "NewLineCountCheck": "line breaks",
    "BeginSpaceCheck": "spacing", "EndSpaceCheck": "spacing", "DoubleSpaceCheck": "spacing",
    "EndStopCheck": "end punctuation", "EndColonCheck": "end punctuation",
    "EndQuestionCheck": "end punctuation", "EndExclamationCheck": "end punctuation",
    "EndEllipsisCheck": "end punctuation", "EndSemicolonCheck": "end punctuation",
    "EndInterrobangCheck": "end punctuation",
    "PunctuationSpacingCheck": "french spacing", "ZeroWidthSpaceCheck": "zero-width",
    "SameCheck": "same as source", "DuplicateCheck": "doubled words",
    "XMLTagsCheck": "markup", "SafeHTMLCheck": "markup",
    "MarkdownRefLinkCheck": "markdown", "MarkdownLinkCheck": "markdown",
    "MarkdownSyntaxCheck": "markdown", "URLCheck": "urls",
    "PythonFormatCheck": "placeholders", "CFormatCheck": "placeholders",
    "PythonBraceFormatCheck": "placeholders",
}
# translate-toolkit filter -> category
TT = {
    "numbers": "numbers", "printf": "placeholders", "pythonbraceformat": "placeholders",
    "singlequoting": "quotes", "doublequoting": "quotes", "brackets": "brackets",
    "newlines": "line breaks", "startwhitespace": "spacing", "endwhitespace": "spacing",
    "doublespacing": "spacing", "puncspacing": "french spacing", "endpunc": "end punctuation",
    "doublewords": "doubled words", "untranslated": "blank", "blank": "blank",
    "unchanged": "same as source", "acronyms": "acronyms", "xmltags": "markup",
    "sentencecount": "sentences", "emails": "urls", "urls": "urls",
}
WEBLATE_FLAGS_LANG = "cs"  # CheckTestCase.default_lang


def _literal(node: ast.AST) -> Any:
    try:
        return ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError):
        return None


def _case(suite: str, file: str, test: str, check: str, category: str, lang: str,
          source: Any, target: Any, flags: str, fails: bool) -> dict[str, Any] | None:
    if not isinstance(source, str) or not isinstance(target, str):
        return None
    return {"suite": suite, "file": file, "test": test, "check": check, "category": category,
            "lang": lang, "source": source, "target": target, "flags": flags,
            "expected": "fail" if fails else "pass"}


def _weblate_class(cls: ast.ClassDef, file: str, inherited: dict[str, str]) -> list[dict]:
    check = inherited.get(cls.name)
    lang = WEBLATE_FLAGS_LANG
    for stmt in cls.body:
        if isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name):
            name = stmt.targets[0].id
            if name == "check" and isinstance(stmt.value, ast.Call):
                check = getattr(stmt.value.func, "id", None)
            elif name == "default_lang":
                lang = _literal(stmt.value) or lang
    if check not in WEBLATE:
        return []
    out = []
    for func in (s for s in cls.body if isinstance(s, ast.FunctionDef)):
        for node in ast.walk(func):
            out += _weblate_node(node, file, f"{cls.name}.{func.name}", check, lang)
    return [c for c in out if c]


def _weblate_node(node: ast.AST, file: str, test: str, check: str, lang: str) -> list:
    cat = WEBLATE[check]
    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Attribute):
        attr = node.targets[0].attr
        data = _literal(node.value)
        if attr.startswith(("test_good_", "test_failure_")) and isinstance(data, tuple):
            return [_case("weblate", file, f"{test}:{attr}", check, cat, lang, data[0],
                          data[1], data[2] if len(data) > 2 else "",
                          attr.startswith("test_failure_"))]
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
        return []
    name = node.func.attr
    if name == "do_test" and len(node.args) >= 2:
        expected, data = _literal(node.args[0]), _literal(node.args[1])
        code = _literal(node.args[2]) if len(node.args) > 2 else lang
        if isinstance(expected, bool) and isinstance(data, tuple) and len(data) >= 2:
            return [_case("weblate", file, test, check, cat, code or lang, data[0], data[1],
                          data[2] if len(data) > 2 else "", expected)]
    if name in ("assertTrue", "assertFalse") and node.args:
        inner = node.args[0]
        if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                and inner.func.attr == "_run_check" and inner.args):  # DuplicateCheckTest
            kw = {k.arg: _literal(k.value) for k in inner.keywords}
            return [_case("weblate", file, test, check, cat, kw.get("lang") or lang,
                          kw.get("source") or "", _literal(inner.args[0]), "",
                          name == "assertTrue")]
        if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                and inner.func.attr == "check_format" and len(inner.args) >= 2):
            flags = {"PythonFormatCheck": "python-format", "CFormatCheck": "c-format",
                     "PythonBraceFormatCheck": "python-brace-format"}[check] \
                if cat == "placeholders" else ""
            return [_case("weblate", file, test, check, cat, lang, _literal(inner.args[0]),
                          _literal(inner.args[1]), flags, name == "assertTrue")]
    return []


def weblate(folder: Path) -> list[dict]:
    cases: list[dict] = []
    for path in sorted(folder.glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # Classes that inherit a check from a parent test class (CFormatCheckTest's check is
        # set in setUp as self.check).
        inherited: dict[str, str] = {}
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            for node in ast.walk(cls):
                if (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Attribute)
                        and node.targets[0].attr == "check" and isinstance(node.value, ast.Call)):
                    inherited[cls.name] = getattr(node.value.func, "id", "")
            cases += _weblate_class(cls, path.name, inherited)
    return cases


def _checkers(func: ast.FunctionDef) -> dict[str, str]:
    """Local checker variables of a test function -> target language ("" = StandardChecker
    with no language); project checkers are left out."""
    found: dict[str, str] = {}
    for node in ast.walk(func):
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        if getattr(call.func, "attr", None) not in ("StandardChecker", "StandardUnitChecker"):
            continue
        lang = ""
        for sub in ast.walk(call):
            for kw in getattr(sub, "keywords", []):
                if kw.arg == "targetlanguage":
                    lang = _literal(kw.value) or ""
                elif kw.arg in ("varmatches", "validchars", "musttranslatewords",
                                "notranslatewords", "accelmarkers"):
                    lang = "?"  # configured for another check: not a plain checker
        if lang != "?":
            found[node.targets[0].id] = lang
    return found


def translate_toolkit(folder: Path) -> list[dict]:
    cases: list[dict] = []
    for path in sorted(folder.glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for func in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
            checkers = _checkers(func)
            for node in ast.walk(func):
                if not (isinstance(node, ast.Call) and getattr(node.func, "id", None)
                        in ("passes", "fails", "fails_serious") and len(node.args) >= 3):
                    continue
                target = node.args[0]
                if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)
                        and target.value.id in checkers and target.attr in TT):
                    continue
                case = _case("translate-toolkit", path.name, func.name, target.attr,
                             TT[target.attr], checkers[target.value.id] or "af",
                             _literal(node.args[1]), _literal(node.args[2]), "",
                             node.func.id != "passes")
                if case:
                    cases.append(case)
    return cases


def main() -> None:
    cases = weblate(Path(sys.argv[1])) + translate_toolkit(Path(sys.argv[2]))
    seen: set[tuple] = set()
    out = Path(__file__).with_name("cases.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for case in cases:
            key = (case["suite"], case["check"], case["lang"], case["source"], case["target"],
                   case["flags"])
            if key not in seen:
                seen.add(key)
                fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{len(seen)} cases written to {out}")


if __name__ == "__main__":
    main()
