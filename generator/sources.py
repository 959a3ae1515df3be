"""Find and read input articles: plain text, Markdown with front matter, saved HTML.

Every file becomes a `Document` whose text is NFC-normalised with ``\\n``
newlines before any offset exists, so spans stay valid for the whole pipeline.
"""

from __future__ import annotations

import datetime as dt
import html.parser
import re
import unicodedata
from collections.abc import Container, Iterable, Iterator
from pathlib import Path

import markdown
import yaml

from .discovery import HTML_SUFFIXES, MARKDOWN_SUFFIXES, SUFFIXES, Notice, discover, label, scan
from .errors import InputError
from .limits import (
    HTML_ALLOWANCE,
    MAX_ARTICLE_BYTES,
    MAX_PARAGRAPH_CHARS,
    Limits,
    check_paragraphs,
    check_size,
)
from .records import Document, Metadata, Span

__all__ = [
    "MAX_ARTICLE_BYTES",
    "MAX_PARAGRAPH_CHARS",
    "Limits",
    "Notice",
    "discover",
    "normalize_text",
    "read_document",
    "read_documents",
    "scan",
    "slugify",
]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_SLUG_DROP = re.compile(r"[^a-z0-9]+")
_META_KEYS = ("title", "outlet", "venue", "date", "url", "language")


def slugify(text: str) -> str:
    """Return a URL-safe slug: lower-case ASCII words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _SLUG_DROP.sub("-", ascii_text.lower()).strip("-") or "article"


def free_slug(base: str, taken: Container[str]) -> str:
    """Return ``base``, or ``base-2``, ``base-3``... the first that is not in ``taken``."""
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def read_document(
    path: Path, *, slug: str | None = None, label: str | None = None, limits: Limits | None = None
) -> Document:
    """Read one article file into a `Document`.

    ``label`` is how the file is named in records and errors (defaults to the
    path). Raises `InputError` naming the file when it cannot be used, or when it
    is over ``limits`` (default `Limits()`).
    """
    name = label or path.as_posix()
    limits = limits or Limits()
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(name, f"unsupported file type {suffix or '(none)'}; use .txt, .md or .html")
    raw = _read_text(path, name, limits)
    meta: dict[str, object] = {}
    if suffix in HTML_SUFFIXES:
        body, meta = _html_main_text(raw, name)  # one paragraph per line
        check_size(len(body.encode("utf-8")), limits.article_bytes, name, what="extracted article text")
        check_paragraphs(body, limits.paragraph_chars, name, where="the extracted text", separator="\n")
        body = body.replace("\n", "\n\n")
    elif suffix in MARKDOWN_SUFFIXES:
        body, meta = _split_front_matter(raw, name)
        front_lines = raw.count("\n", 0, len(raw) - len(body))
        check_paragraphs(body, limits.paragraph_chars, name, line=front_lines + 1)  # before Markdown
        body, heading = _markdown_text(body)
        meta.setdefault("title", heading)
    else:
        body = raw
        check_paragraphs(body, limits.paragraph_chars, name)
    text, paragraphs = _paragraphs(body)
    if not paragraphs:
        raise InputError(name, "no text (the article is empty)")
    return Document(
        slug=slug or slugify(path.stem),
        text=text,
        paragraphs=paragraphs,
        meta=Metadata(source=name, **_clean_meta(meta, name)),
    )


def read_documents(
    paths: Iterable[Path], *, root: Path | None = None, limits: Limits | None = None
) -> Iterator[Document | InputError | Notice]:
    """Yield a `Document` per file, or the `InputError` that file raised.

    Slugs are unique: a repeated slug gets ``-2``, ``-3``... in path order, and a
    `Notice` saying so follows that file's `Document`.
    """
    taken: dict[str, str] = {"index": "the Briefings section's index page"}
    for path in paths:
        name = label(path, root)
        base = slugify(path.stem)
        slug = free_slug(base, taken)
        try:
            doc = _read_unless_unchanged(path, slug=slug, label=name, limits=limits)
        except InputError as exc:
            yield exc
            continue
        taken[slug] = name
        yield doc
        if slug != base:
            yield Notice(name, f"published as briefings/{slug}/ (slug '{base}' is taken by {taken[base]})")


def normalize_text(text: str) -> str:
    """Return NFC text with ``\\n`` newlines and no trailing spaces on lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _read_text(path: Path, name: str, limits: Limits) -> str:
    """Return the file's text, decoded and normalised; its size is checked before it is read."""
    limit, option = limits.article_bytes, "max_article_bytes"
    if path.suffix.lower() in HTML_SUFFIXES:
        limit, option = limit * HTML_ALLOWANCE, f"{HTML_ALLOWANCE} × max_article_bytes for a saved web page"
    try:
        check_size(path.stat().st_size, limit, name, what="file", option=option)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read file ({exc.strerror or exc})") from exc
    check_size(len(data), limit, name, what="file", option=option)  # it may have grown since
    if b"\x00" in data:
        raise InputError(name, "binary file (contains NUL bytes)")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not valid UTF-8 (byte {exc.start})") from exc
    return normalize_text(raw)


def _paragraphs(body: str) -> tuple[str, tuple[Span, ...]]:
    """Split into paragraphs: blank-line blocks, or lines when there is no blank line."""
    body = body.strip("\n")
    if _BLANK_LINES.search(body):
        blocks = [" ".join(b.split("\n")) for b in _BLANK_LINES.split(body)]
    else:
        blocks = body.split("\n")
    blocks = [b.strip() for b in blocks if b.strip()]
    spans: list[Span] = []
    offset = 0
    for i, block in enumerate(blocks):
        spans.append(Span(offset, offset + len(block), i))
        offset += len(block) + 1
    return "\n".join(blocks), tuple(spans)


def _split_front_matter(raw: str, name: str) -> tuple[str, dict[str, object]]:
    match = _FRONT_MATTER.match(raw)
    if not match:
        return raw, {}
    try:
        meta = yaml.safe_load(match.group(1) or "") or {}
    except ValueError as exc:  # a date YAML recognises but the calendar does not (2024-13-45)
        raise InputError(name, f"invalid YAML front matter: {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None)
        raise InputError(
            name, f"invalid YAML front matter{where}" + (f": {problem}" if problem else "")
        ) from exc
    if not isinstance(meta, dict):
        raise InputError(name, "front matter must be a mapping of keys to values")
    return raw[match.end() :], meta


class _BlockText(html.parser.HTMLParser):
    """Collect the text of each block element (paragraph, heading, list item...)."""

    BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "td", "th", "dd", "dt", "div"})
    SKIP = frozenset({"script", "style"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, list[str]]] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.blocks.append((tag, []))

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            if not self.blocks:
                self.blocks.append(("p", []))
            self.blocks[-1][1].append(data)


def _text_markdown() -> markdown.Markdown:
    """Return a Markdown converter that reads raw HTML as text.

    Article text is text: ``<b>not</b>`` in a Markdown article is seven
    characters the article contains, kept verbatim (and escaped on output)
    rather than a tag to drop.
    """
    md = markdown.Markdown(extensions=["tables"])
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


def _markdown_text(body: str) -> tuple[str, str | None]:
    """Return a Markdown body as plain text (one block per paragraph) and its first heading.

    A leading ``# Heading`` is the title, not a paragraph. Markdown structure
    (emphasis, links, lists) gives way to its text; HTML in it stays, as text.
    """
    parser = _BlockText()
    parser.feed(_text_markdown().convert(body))
    parser.close()
    blocks = [(tag, " ".join("".join(parts).split())) for tag, parts in parser.blocks]
    blocks = [(tag, text) for tag, text in blocks if text]
    title = None
    if blocks and blocks[0][0] == "h1":
        title = blocks.pop(0)[1]
    return "\n\n".join(text for _, text in blocks), title


def _html_main_text(raw: str, name: str) -> tuple[str, dict[str, object]]:
    import trafilatura  # imported here: only HTML input needs it

    text = trafilatura.extract(raw, include_comments=False, include_tables=False, favor_recall=True)
    if not text:
        raise InputError(name, "no article text found in the HTML page")
    found = trafilatura.extract_metadata(raw)
    meta: dict[str, object] = {}
    if found is not None:
        meta = {
            "title": found.title,
            "outlet": found.sitename,
            "date": found.date,
            "url": found.url,
        }
    lines = text.split("\n")
    if meta.get("title") and lines and lines[0].strip() == meta["title"]:
        text = "\n".join(lines[1:])
    return text, meta


def _clean_meta(meta: dict[str, object], name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key in _META_KEYS:
        value = meta.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, dt.date):
            value = value.isoformat()
        if not isinstance(value, str | int | float):
            raise InputError(name, f"front matter '{key}' must be text")
        out[key] = normalize_text(str(value)).strip()
    return out


# Documents by file, size and modification time: `mkdocs serve` re-reads only the files that changed.
_READ: dict[tuple[Path, str, str, Limits | None, int, int], Document] = {}
_READ_LIMIT = 20_000


def _read_unless_unchanged(path: Path, *, slug: str, label: str, limits: Limits | None) -> Document:
    try:
        stat = path.stat()
    except OSError:
        return read_document(path, slug=slug, label=label, limits=limits)  # reports the error
    key = (path.resolve(), slug, label, limits, stat.st_mtime_ns, stat.st_size)
    doc = _READ.get(key)
    if doc is None:
        doc = read_document(path, slug=slug, label=label, limits=limits)
        if len(_READ) >= _READ_LIMIT:
            _READ.clear()
        _READ[key] = doc
    return doc
