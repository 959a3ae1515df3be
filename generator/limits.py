"""How large an article may be, and the checks that say by how much one is over.

Extraction and the page build take time in proportion to an article's length
within these limits (benchmarks/pathological.py); beyond them an article is
skipped with one error giving its size and the limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputError

MAX_ARTICLE_BYTES = 1_000_000
MAX_PARAGRAPH_CHARS = 50_000
# markup, scripts and styles make up most of a saved web page
HTML_ALLOWANCE = 5

_BLANK_LINES = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True, slots=True)
class Limits:
    """How large an article may be; a larger one is skipped with an error giving its size.

    ``article_bytes`` bounds a file (a saved web page may be `HTML_ALLOWANCE` times
    larger, its extracted text not); ``paragraph_chars`` bounds each paragraph.
    Real news paragraphs stay under a few thousand characters: a paragraph larger
    than the default is an export that lost its line breaks, and it would make
    every page that shows it slow to build.
    """

    article_bytes: int = MAX_ARTICLE_BYTES
    paragraph_chars: int = MAX_PARAGRAPH_CHARS


def check_size(size: int, limit: int, name: str, *, what: str, option: str = "max_article_bytes") -> None:
    """Raise `InputError` naming ``name`` when ``size`` bytes of ``what`` are over ``limit``."""
    if size > limit:
        raise InputError(name, f"{what} is {size:,} bytes, over the limit of {limit:,} bytes ({option})")


def check_paragraphs(
    body: str, limit: int, name: str, *, line: int = 1, where: str = "", separator: str | None = None
) -> None:
    """Raise `InputError` if a paragraph of ``body`` is over ``limit`` characters.

    Paragraphs are blank-line blocks, or lines when there is no blank line (as
    sources splits them), or the pieces between ``separator``. The error gives the
    paragraph's first line (``body`` starts at ``line`` of the file, or of ``where``).
    """
    text = body.lstrip("\n")
    line += len(body) - len(text)
    text = text.rstrip("\n")
    if separator is None:
        separator = "\n\n" if _BLANK_LINES.search(text) else "\n"
    for block in text.split(separator):
        size = len(block.strip())
        if size > limit:
            at = line + len(block) - len(block.lstrip("\n"))
            raise InputError(
                name,
                f"the paragraph at line {at}{' of ' + where if where else ''} is {size:,} characters, "
                f"over the limit of {limit:,} characters per paragraph (max_paragraph_chars)",
            )
        line += block.count("\n") + len(separator)
