"""Escaping article text for Markdown pages that Python-Markdown turns into HTML.

`escape` makes any text inert: HTML is entity-escaped and every character that
could start Markdown structure (emphasis, links, code, tables, attribute lists,
abbreviations, footnotes, headings, lists) is backslash-escaped. `Trusted`
marks Markdown that the generator itself built; the Jinja2 environment escapes
everything else on output.

`title` is stricter: a page title leaves the page body (MkDocs' ``page.title``
reaches the ``<title>`` element, the navigation and the search index, where a
theme may write it unescaped or un-escape it first), so it must be inert as it
is, whether a consumer escapes it, un-escapes it or neither.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterable


class Trusted(str):
    """Markdown built by the generator: emitted as is, never escaped again."""

    __slots__ = ()


# Characters that start Markdown structure anywhere in a line: emphasis, code, links
# and images ('[' opens them all), attribute lists, headings' closing '#', table cells.
# '<', '>' and '&' become HTML entities instead. Each is one Python-Markdown lets a
# backslash escape (a backslash before any other character would stay visible).
_INLINE = re.compile(r"([\\`*_{}\[\]#|])")
# ... and those that only mean something at the start of a line: lists ("- ", "+ ",
# "1. "), rules ("---"), admonitions and details ("!!!", "???"), and what other common
# extensions read there; they become numeric character references, which every
# Markdown engine shows as the character itself
_LEADING = re.compile(r"\A(\s*)(?:([-+!?=:~^%])|(\d+)([.)]))")
_WHITESPACE = re.compile(r"\s+")
# Control characters that are not whitespace: invisible, not allowed in HTML text, and
# Python-Markdown deletes some (STX, ETX) itself; dropped so every output is predictable.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
# A colon that could open an emoji shortcode (":smile:", ":+1:") becomes a character
# reference, which Python-Markdown reads before pymdownx.emoji looks for shortcodes.
_SHORTCODE_COLON = re.compile(r":(?=[+\-\w])")

# The Markdown extensions `escape` is proven against: tests/test_markdown_safe.py
# renders arbitrary text through all of them and gets it back verbatim. Extensions
# that turn plain text into markup are not here (pymdownx.magiclink links bare URLs,
# smarty and pymdownx.smartsymbols rewrite quotes, dashes, (c) and -->,
# pymdownx.caret/tilde/mark/keys read ^^ ~~ == ++); the plugin reports an error
# when the site enables one (--strict fails).
VETTED_EXTENSIONS = frozenset(
    {
        "abbr",
        "admonition",
        "attr_list",
        "codehilite",
        "def_list",
        "fenced_code",
        "footnotes",
        "md_in_html",
        "sane_lists",
        "tables",
        "toc",
        "pymdownx.betterem",
        "pymdownx.details",
        "pymdownx.emoji",
        "pymdownx.highlight",
        "pymdownx.inlinehilite",
        "pymdownx.superfences",
        "pymdownx.tabbed",
        "pymdownx.tasklist",
    }
)


def escape(text: object) -> Trusted:
    """Return ``text`` as Markdown that renders to exactly that text, on one line."""
    if isinstance(text, Trusted):
        return text
    return _escape(str(text))


@functools.lru_cache(maxsize=65_536)  # titles and names recur on many pages
def _escape(text: str) -> Trusted:
    # '"' and "'" stay: they mean nothing in Markdown text, and '&#x27;' would need its '#' escaped
    plain = _WHITESPACE.sub(" ", _CONTROL.sub("", str(text)))
    plain = _INLINE.sub(r"\\\1", html.escape(plain, quote=False))
    plain = _SHORTCODE_COLON.sub("&#58;", plain)
    return Trusted(_LEADING.sub(_escape_leading, plain, count=1))


def unvetted_extensions(names: Iterable[object]) -> tuple[str, ...]:
    """Return the Markdown extensions among ``names`` that `escape` is not proven against.

    ``names`` are as MkDocs lists them (``toc``, ``markdown.extensions.toc``,
    ``pymdownx.emoji``) or extension objects.
    """
    found = []
    for ext in names:
        name = ext if isinstance(ext, str) else type(ext).__module__
        name = name.removeprefix("markdown.extensions.")
        if name not in VETTED_EXTENSIONS:
            found.append(name)
    return tuple(found)


def _escape_leading(m: re.Match[str]) -> str:
    if m.group(2):
        return f"{m.group(1)}&#{ord(m.group(2))};"
    return f"{m.group(1)}{m.group(3)}&#{ord(m.group(4))};"


def html_text(text: object) -> str:
    """Return ``text`` escaped for the inside of a raw HTML block, on one line.

    Markdown is not read inside a raw HTML block, so entity-escaping ``<``, ``>``
    and ``&`` is all it takes for any text to show as itself; the collapsed
    whitespace keeps the block from ending at a blank line. Control characters
    go, as in `escape` (STX and ETX would pass for Python-Markdown's placeholders).
    """
    return html.escape(_WHITESPACE.sub(" ", _CONTROL.sub("", str(text))), quote=False)


def attribute(text: object) -> str:
    """Return ``text`` for a double-quoted HTML attribute: a `title`, then escaped.

    Attributes we write are tooltips (``<mark title>``), and Material's
    ``content.tooltips`` puts a title's value into the page as HTML, so the
    value must hold no markup even once the browser has un-escaped it.
    """
    return html.escape(title(text), quote=True)


_SAFE_URL = re.compile(r"\Ahttps?://[^\s<>\"'`()\[\]{}\\]+\Z")


def safe_url(url: str | None) -> str | None:
    """Return ``url`` when it is a plain http(s) URL safe to put in a link, else None."""
    if url and _SAFE_URL.match(url):
        return url
    return None


_ABBR = re.compile(r"\A[A-Za-z][A-Za-z0-9.'’-]{0,14}\Z")


def abbreviation(term: str, definition: str) -> Trusted | None:
    """Return a Markdown abbreviation definition line, or None if ``term`` is unsafe.

    The definition becomes the ``title`` of every ``<abbr>``, which Material shows
    as an HTML tooltip, so it follows the `title` rule.
    """
    if not _ABBR.match(term):
        return None
    shown = title(definition).replace("]", "").replace("\\", "")
    return Trusted(f"*[{term}]: {shown}")


_TITLE_MARKS = str.maketrans({"<": "‹", ">": "›"})
_OPENS_QUOTE = re.compile(r"(?<![^\s(\[{‹“‘—–-])([\"'])")  # at the start or after a space/bracket
_REFERENCE = re.compile(r"&[#\w]*;?")


def title(text: object) -> str:
    """Return ``text`` as a plain page title or tooltip that no HTML context can read as markup.

    A title goes where the theme puts it: into ``<title>`` through Material's
    ``striptags`` (which un-escapes entities), unescaped into the navigation
    and into attributes a theme may add. So instead of escaping (which a
    consumer can undo) the title holds none of the characters markup needs,
    each replaced by the look-alike a reader expects:

    - ``<`` and ``>`` become ``‹`` and ``›`` (a ``<script>`` reads as ``‹script›``);
    - ``"`` and ``'`` become curly quotes, opening after a space or bracket
      (``“...”``, ``‘...’``, ``it’s``), so no attribute can be closed;
    - ``&`` becomes ``＆`` only where it would start a character reference
      (``&lt;``, ``&#60;``, ``&amp``); ``AT&T`` and ``Q & A`` keep theirs;
    - whitespace runs become one space and control characters are dropped.

    The result is a fixed point of HTML escaping's inverse (``html.unescape``)
    and of Jinja's ``striptags``, and ``title(title(x)) == title(x)``.
    """
    plain = _WHITESPACE.sub(" ", _CONTROL.sub("", str(text))).strip().translate(_TITLE_MARKS)
    plain = _OPENS_QUOTE.sub(lambda m: "“" if m.group(1) == '"' else "‘", plain)
    plain = plain.replace('"', "”").replace("'", "’")
    return _REFERENCE.sub(_defuse_reference, plain)


def _defuse_reference(m: re.Match[str]) -> str:
    token = m.group(0)
    return "＆" + token[1:] if html.unescape(token) != token else token
