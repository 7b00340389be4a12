"""Things a translation must carry over verbatim: printf and brace placeholders, URLs, e-mail
addresses, inline tags and (in Markdown statements) links, emphasis and code."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from urllib.parse import urlsplit

from workbench.checks.model import CheckContext, Problem, check
from workbench.checks.plurals import single_number_forms
from workbench.checks.text import STRFTIME, Pair, Token, protected_tokens

STAR_POS = re.compile(r"\.\*\d+\$")
LETTERS = re.compile(r"[^\W\d_]")
# Directives of formatters other than printf (GNU ld's %F %P %pB, strftime's %Y…).
DIRECTIVE = re.compile(r"(?<!%)%[-_0^#]?p?[A-Za-z](?![A-Za-z])")
CONV_CLASS = {**dict.fromkeys("diouxX", "integer"), **dict.fromkeys("eEfFgGaA", "float"),
              "c": "char", "C": "char", "s": "string", "S": "string", "p": "pointer",
              "n": "count", "m": "errno", "@": "object"}


def _conv_class(match: re.Match[str]) -> str:
    conv = match.group("conv")
    if conv.startswith("<PRI"):
        conv = conv[4]
    size = match.group("len") or ""
    cls = CONV_CLASS.get(conv, conv)
    return f"{cls}/{size}" if cls == "integer" and size else cls


def printf_args(tokens: list[Token]) -> dict[str | int, tuple[str, Token]]:
    """Argument key (position, name, or running index) -> (type class, token)."""
    args: dict[str | int, tuple[str, Token]] = {}
    index = 0
    for tok in tokens:
        m = tok.match
        if m is None or m.group("conv") == "%" or m.end() - m.start() != len(tok.text):
            continue  # "%%", or "%%s" kept whole for a second formatting pass
        if m.group("conv") == "m":
            continue  # glibc's %m takes no argument; counted with the other directives
        # "*" width and ".*" precision each take an argument of their own
        index += (m.group("width") == "*") + (".*" in tok.text and not STAR_POS.search(tok.text))
        if m.group("pos"):
            key: str | int = int(m.group("pos"))
        elif m.group("name"):
            key = m.group("name")
        else:
            index += 1
            key = index
        args[key] = (_conv_class(m), tok)
    return args


def _date_format(pair: Pair) -> bool:
    """A date format: a strftime conversion where no printf conversion starts ("%H", "%Y";
    not "%lu"), in a text that is mostly conversions ("%a %b %e", "Updated %Y-%m-%d"), not
    prose with a linker's own directives ("%F%P: cannot open %s")."""
    if not STRFTIME.search(pair.source):
        return False
    starts = {t.start for t in pair.tokens("source", "printf")}
    if all(m.start() in starts for m in STRFTIME.finditer(pair.source)):
        return False
    return len(LETTERS.findall(DIRECTIVE.sub("", pair.source))) <= 20


def _directives(text: str) -> Counter[str]:
    return Counter(m.group() for m in DIRECTIVE.finditer(text))


def _omittable(pair: Pair, ctx: CheckContext, cls: str) -> bool:
    """A plural form used for one n only ("one file") may drop the integer placeholder."""
    if pair.form is None or not cls.startswith("integer"):
        return False
    return pair.form in single_number_forms(ctx.plural_expr, ctx.nplurals)


@check("printf", "error",
       "printf placeholders differ from the source; keep every %s/%d with the same type "
       "(use %1$s… to reorder)")
def printf(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    if "%" not in pair.source and "%" not in pair.target:
        return
    if _date_format(pair):
        return  # a date format: translators localize it on purpose
    src = printf_args(pair.tokens("source", "printf"))
    tgt = printf_args(pair.tokens("target", "printf"))
    problems = [*_other_directives(pair), *_compare_args(pair, ctx, src, tgt)]
    if problems:  # one finding per text, however many placeholders are wrong
        yield Problem("; ".join(p.message for p in problems),
                      tuple(s for p in problems for s in p.spans))


def _compare_args(pair: Pair, ctx: CheckContext, src: dict[str | int, tuple[str, Token]],
                  tgt: dict[str | int, tuple[str, Token]]) -> Iterator[Problem]:
    for key, (cls, tok) in src.items():
        if key not in tgt:
            if _omittable(pair, ctx, cls):
                continue
            yield Problem(f"placeholder {tok.text} of the source is missing: keep it "
                          "(the order may change, with %1$s-style positions)")
        elif tgt[key][0] != cls:
            t = tgt[key][1]
            yield Problem(f"placeholder {t.text} has a different type than {tok.text} in the "
                          f"source: use the source's conversion", ((t.start, t.end),))
    plural = _plural_args(pair)
    for key, (_cls, tok) in tgt.items():
        if key not in src and key not in plural:
            yield Problem(f"placeholder {tok.text} is not in the source: remove it",
                          ((tok.start, tok.end),))


def _plural_args(pair: Pair) -> dict[str | int, tuple[str, Token]]:
    """A form compared with msgid ("one file") may still print the number: gettext passes n
    to every form, and msgfmt -c checks the forms against msgid_plural."""
    entry = pair.entry
    if entry is None or not entry.msgid_plural or pair.source != entry.msgid:
        return {}
    return printf_args([t for t in protected_tokens(entry.msgid_plural, pair.markup)
                        if t.kind == "printf"])


def _other_directives(pair: Pair) -> Iterator[Problem]:
    """%m (errno) and the directives of other formatters (GNU ld's %F %P %pB), by count."""
    # On the masked texts: what printf understood is compared argument by argument below.
    lost: Counter[str] = Counter()
    if "%" in pair.source_masked:
        lost = _directives(pair.source_masked) - _directives(pair.target_masked)
    if "%m" in pair.source:
        lost.update({"%m": pair.source.count("%m") - pair.target.count("%m")})
        lost = +lost
    if lost:
        yield Problem(f"{' '.join(sorted(lost))} of the source is missing: keep it")


def _brace_key(text: str, auto: list[int]) -> str:
    """The field of "{name.attr!r:>10}" ("name.attr"); "{}" fields numbered in order."""
    inner = text[1:-1].split("!")[0].split(":")[0]
    if not inner:
        auto[0] += 1
        return str(auto[0] - 1)
    return inner


STRAY_BRACE = re.compile(r"\{\{|\}\}|[{}]")


def _stray_braces(masked: str) -> list[re.Match[str]]:
    """Single { or } left outside placeholders ("{{" and "}}" are literal braces)."""
    return [m for m in STRAY_BRACE.finditer(masked) if len(m.group()) == 1]


@check("brace", "error",
       "brace placeholders differ from the source; keep every {name} exactly")
def brace(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    if "{" not in pair.source and "{" not in pair.target:
        return
    src_toks = pair.tokens("source", "brace")
    tgt_toks = pair.tokens("target", "brace")
    if not src_toks and not tgt_toks:
        return
    stray = _stray_braces(pair.target_masked)
    if stray and not _stray_braces(pair.source_masked):
        yield Problem("a single { or } outside a placeholder: remove it (write {{ or }} for a "
                      "literal brace)", tuple(m.span() for m in stray))
    src_auto = [0]  # "{}" fields are numbered in order, on each side alike
    src = Counter(_brace_key(t.text, src_auto) for t in src_toks)
    auto = [0]
    tgt_keys = [(_brace_key(t.text, auto), t) for t in tgt_toks]
    missing = src - Counter(k for k, _ in tgt_keys)
    extra = Counter(k for k, _ in tgt_keys) - src
    if missing:
        names = ", ".join("{" + k + "}" for k in missing)
        yield Problem(f"placeholder {names} of the source is missing: keep it")
    if extra:
        spans = tuple((t.start, t.end) for k, t in tgt_keys if k in extra)
        yield Problem(f"placeholder {', '.join('{' + k + '}' for k in extra)} is not in the "
                      "source: remove it or spell it as in the source", spans)


def _host(url: str) -> str:
    try:
        return urlsplit(url if "://" in url else "http://" + url).netloc.lower()
    except ValueError:
        return url


@check("urls", "warning",
       "a URL or e-mail address of the source is missing from the translation; copy it as is")
def urls(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    if not (("://" in pair.source or "www." in pair.source) or "@" in pair.source):
        return
    tgt_urls = {t.text for t in pair.tokens("target", "url")}
    tgt_hosts = {_host(u) for u in tgt_urls}
    for tok in pair.tokens("source", "url"):
        if tok.text not in tgt_urls and _host(tok.text) not in tgt_hosts:
            yield Problem(f"URL {tok.text} is missing: copy it into the translation")
    tgt_mails = {t.text.lower() for t in pair.tokens("target", "email")}
    for tok in pair.tokens("source", "email"):
        if tok.text.lower() not in tgt_mails:
            yield Problem(f"e-mail address {tok.text} is missing: copy it into the translation")


MARKUP_HINT = re.compile(r"</\w|<\w+\s+\w+\s*=|<br\s*/?>", re.IGNORECASE)
TAG_PARTS = re.compile(r"<(/?)(\w+)([^<>]*)>")


# Attributes whose values are text to translate; every other one is copied as it is.
TRANSLATABLE_ATTRS = frozenset({"title", "alt", "lang", "xml:lang", "xml-lang", "dir", "label",
                                "aria-label", "placeholder", "summary", "abbr"})
ATTR = re.compile(r"""(?<![\w:-])([\w:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")


def _tag_key(text: str) -> str:
    """A tag as it must come back: element and attributes (values of the translatable ones
    left out)."""
    m = TAG_PARTS.match(text)
    if not m:
        return text
    attrs = sorted(f"{a.group(1).lower()}={a.group(2).strip(chr(34) + chr(39))}"
                   if a.group(1).lower() not in TRANSLATABLE_ATTRS else a.group(1).lower()
                   for a in ATTR.finditer(m.group(3)))
    return f"<{m.group(1)}{m.group(2).lower()}{''.join(' ' + a for a in attrs)}>"


@check("tags", "warning",
       "inline markup tags differ from the source; keep every <b>, <a href> … tag")
def tags(pair: Pair, ctx: CheckContext) -> Iterator[Problem]:
    if "<" not in pair.source or not MARKUP_HINT.search(pair.source):
        return  # "<mark>" alone is a metavariable; markup has closing tags or attributes
    src = Counter(_tag_key(t.text) for t in pair.tokens("source", "tag"))
    tgt_toks = pair.tokens("target", "tag")
    tgt = Counter(_tag_key(t.text) for t in tgt_toks)
    if src == tgt:
        return
    missing, extra = src - tgt, tgt - src
    parts = []
    if missing:
        parts.append(f"missing {' '.join(missing)}")
    if extra:
        parts.append(f"not in the source {' '.join(extra)}")
    spans = tuple((t.start, t.end) for t in tgt_toks if _tag_key(t.text) in extra)
    yield Problem(f"tags differ ({'; '.join(parts)}): keep the source's tags", spans)
