"""Find the article files in a seeds folder, and say which files are not articles and why.

Hidden files and editor leftovers (backups, swap and lock files) appear and vanish
while someone edits a folder: they are ignored quietly, so `mkdocs serve` and
`--strict` builds do not trip over them. A file of any other type is ignored
with a notice, since someone may have dropped it there expecting it to be read.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

TEXT_SUFFIXES = (".txt",)
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES
# vim swap files, and the copies editors and merge tools leave beside a file
_LEFTOVER_SUFFIXES = frozenset({".swp", ".swo", ".swx", ".bak", ".orig", ".rej", ".tmp"})


@dataclass(frozen=True, slots=True)
class Notice:
    """A file that was not read as an article, or was read under another name than its own.

    ``quiet`` notices (hidden files, editor leftovers) are only worth showing in verbose output.
    """

    path: str
    message: str
    quiet: bool = False

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def scan(
    paths: Iterable[str | Path], *, root: Path | None = None
) -> tuple[tuple[Path, ...], tuple[Notice, ...]]:
    """Return the article files under ``paths`` (files or folders), sorted, and a notice per
    other file found in those folders, sorted by path.

    A file named directly is always returned, whatever its name. Notices name files
    relative to ``root`` (see `label`). Raises `InputError` for a path that does not exist.
    """
    found: set[Path] = set()
    ignored: dict[Path, str] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for p in path.rglob("*"):
                if p.is_file() or p.is_symlink():  # a dangling symlink is reported when read
                    reason = why_not_an_article(p.relative_to(path))
                    if reason is None:
                        found.add(p)
                    else:
                        ignored[p] = reason
        elif path.is_file():
            found.add(path)
        else:
            raise InputError(path, "no such file or folder")
    notices = [_notice(label(p, root), ignored[p]) for p in sorted(ignored, key=_sort_key) if p not in found]
    return tuple(sorted(found, key=_sort_key)), tuple(notices)


def discover(paths: Iterable[str | Path]) -> tuple[Path, ...]:
    """Return the article files under ``paths`` (files or folders), sorted.

    Raises `InputError` for a path that does not exist.
    """
    return scan(paths)[0]


def why_not_an_article(relative: Path) -> str | None:
    """Return why a file found in a seeds folder is not read (None when it is an article).

    ``relative`` is the file's path inside that folder.
    """
    name = relative.name
    if any(part.startswith(".") for part in relative.parts):
        return "hidden"
    if name.endswith("~") or (name.startswith("#") and name.endswith("#")):
        return "editor leftover"
    suffix = relative.suffix.lower()
    if suffix in _LEFTOVER_SUFFIXES:
        return "editor leftover"
    if suffix not in SUFFIXES:
        return f"not an article file type ({suffix or 'no extension'}); articles are {', '.join(SUFFIXES)}"
    return None


def label(path: Path, root: Path | None = None) -> str:
    """Return how ``path`` is named in records and messages: relative to ``root`` when it is
    inside it, with ``/`` separators, printable and writable as UTF-8.

    A name whose bytes are not UTF-8 reaches Python with surrogate escapes; they are
    shown as ``\\xNN``.
    """
    name = path.as_posix()
    if root is not None:
        with contextlib.suppress(ValueError):  # outside root: keep the path as given
            # the folder is resolved, not the file: a symlink is named as itself
            name = (path.parent.resolve() / path.name).relative_to(root.resolve()).as_posix()
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _notice(name: str, reason: str) -> Notice:
    quiet = reason in ("hidden", "editor leftover")
    return Notice(name, f"ignored ({reason} file)" if quiet else f"ignored: {reason}", quiet=quiet)


def _sort_key(path: Path) -> str:
    return label(path)
