"""Escaping article text for Markdown pages that Python-Markdown turns into HTML.

`escape` makes any text inert: HTML is entity-escaped and every character that
could start Markdown structure (emphasis, links, code, tables, attribute lists,
abbreviations, footnotes, headings, lists) is backslash-escaped. `Trusted`
marks Markdown that the generator itself built; the Jinja2 environment escapes
everything else on output.
"""

from __future__ import annotations

import html
import re


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


def escape(text: object) -> Trusted:
    """Return ``text`` as Markdown that renders to exactly that text, on one line."""
    if isinstance(text, Trusted):
        return text
    # '"' and "'" stay: they mean nothing in Markdown text, and '&#x27;' would need its '#' escaped
    plain = _INLINE.sub(r"\\\1", html.escape(_WHITESPACE.sub(" ", str(text)), quote=False))
    return Trusted(_LEADING.sub(_escape_leading, plain, count=1))


def _escape_leading(m: re.Match[str]) -> str:
    if m.group(2):
        return f"{m.group(1)}&#{ord(m.group(2))};"
    return f"{m.group(1)}{m.group(3)}&#{ord(m.group(4))};"


def attribute(text: object) -> str:
    """Return ``text`` escaped for a double-quoted HTML attribute, on one line."""
    return html.escape(_WHITESPACE.sub(" ", str(text)).strip(), quote=True)


_SAFE_URL = re.compile(r"\Ahttps?://[^\s<>\"'`()\[\]{}\\]+\Z")


def safe_url(url: str | None) -> str | None:
    """Return ``url`` when it is a plain http(s) URL safe to put in a link, else None."""
    if url and _SAFE_URL.match(url):
        return url
    return None


_ABBR = re.compile(r"\A[A-Za-z][A-Za-z0-9.'’-]{0,14}\Z")


def abbreviation(term: str, definition: str) -> Trusted | None:
    """Return a Markdown abbreviation definition line, or None if ``term`` is unsafe."""
    if not _ABBR.match(term):
        return None
    title = _WHITESPACE.sub(" ", definition).strip().replace("]", "").replace("\\", "")
    return Trusted(f"*[{term}]: {title}")
