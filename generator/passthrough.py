"""Hand the raw HTML blocks of a generated page past the Markdown parser.

A generated page is Markdown headings between raw HTML blocks that the
generator wrote and escaped (see `filters`). Markdown engines pass such a block
through unchanged, but only after parsing all of its HTML: Python-Markdown
once to find where the block ends and MkDocs once more to collect its anchors,
which on an annotated page costs more than the rest of the conversion. The
plugin swaps each run of blocks for a one-word paragraph before the conversion
and puts the blocks back in the HTML after it, which gives the same page.

The placeholder word carries a token drawn for each build, so no text of an
article (which cannot contain ``<`` anyway) can stand for a block.
"""

from __future__ import annotations

import re
import secrets

# A block the generator writes: a chunk (text between blank lines) that starts with one of
# these block-level tags, ends with the end of one, and whose every line starts with a tag;
# Python-Markdown passes such a chunk through as it is.
_TAGS = "blockquote|details|div|p|table|ul"
_START = re.compile(f"<(?:{_TAGS})[\\s>]")
_END = re.compile(f"</(?:{_TAGS})>\\n*\\Z")
_LINE_OF_TEXT = re.compile(r"\n[^<]")


def _is_block(chunk: str) -> bool:
    return bool(_START.match(chunk) and _END.search(chunk) and not _LINE_OF_TEXT.search(chunk))


def new_token() -> str:
    """Return a fresh placeholder token (letters and digits only, so Markdown leaves it alone)."""
    return "bqblock" + secrets.token_hex(8)


def hide_blocks(markdown: str, token: str) -> tuple[str, list[str]]:
    """Return ``markdown`` with every raw HTML block replaced by a placeholder, and the blocks."""
    blocks: list[str] = []
    kept: list[str] = []
    follows_block = False  # blocks in a row share one placeholder
    for chunk in markdown.split("\n\n"):
        if not _is_block(chunk):
            kept.append(chunk)
            follows_block = False
        elif follows_block:
            blocks[-1] += "\n\n" + chunk
        else:
            kept.append(f"{token}x{len(blocks)}")
            blocks.append(chunk)
            follows_block = True
    return "\n\n".join(kept), blocks


def restore_blocks(html: str, token: str, blocks: list[str]) -> str:
    """Return ``html`` with each placeholder paragraph replaced by its block."""
    if not blocks:
        return html
    return re.sub(f"<p>{token}x(\\d+)</p>", lambda m: blocks[int(m.group(1))], html)
