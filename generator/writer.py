"""Write generated pages to a folder atomically, touching only files we wrote.

A manifest (``.briefing-manifest.json``) in the output folder lists the files a
previous run wrote; those may be replaced or removed, anything else is never
overwritten or deleted.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path, PurePosixPath

from .errors import GeneratorError

MANIFEST = ".briefing-manifest.json"


def write_pages(pages: dict[str, str], out: Path) -> tuple[Path, ...]:
    """Write ``pages`` (relative POSIX path -> text) under ``out``; return the paths written.

    Raises `GeneratorError` before writing anything if a page would overwrite a
    file the generator did not write, or if a path would leave ``out``.
    """
    owned = read_manifest(out)
    targets: dict[str, Path] = {}
    for rel in sorted(pages):
        target = _inside(out, rel)
        if target.exists() and rel not in owned:
            raise GeneratorError(f"{target}: exists and was not written by the generator; not overwriting it")
        targets[rel] = target
    # the manifest names every file first, so a run that stops halfway still owns what it wrote
    atomic_write(out / MANIFEST, _manifest(owned | set(pages)))
    for rel, target in targets.items():
        atomic_write(target, pages[rel])
    for rel in sorted(owned - set(pages)):
        stale = _inside(out, rel)
        if stale.is_file():
            stale.unlink()
    atomic_write(out / MANIFEST, _manifest(set(pages)))
    return tuple(targets.values())


def _inside(out: Path, rel: str) -> Path:
    """Return ``out/rel``, or raise when ``rel`` would leave ``out`` or name the manifest."""
    pure = PurePosixPath(rel)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts or rel == MANIFEST:
        raise GeneratorError(f"refusing to write outside {out}: {rel}")
    return out.joinpath(*pure.parts)


def _manifest(paths: set[str]) -> str:
    return json.dumps(sorted(paths), indent=1) + "\n"


def read_manifest(out: Path) -> set[str]:
    """Return the paths (relative, POSIX) that the generator wrote into ``out``; raise if unreadable."""
    path = out / MANIFEST
    if not path.exists():
        return set()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GeneratorError(f"{path}: unreadable manifest ({exc}); remove it to start afresh") from exc
    if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
        raise GeneratorError(f"{path}: unreadable manifest (not a list of paths); remove it to start afresh")
    for rel in data:
        _inside(out, rel)  # a manifest naming a path outside the folder is refused, never followed
    return set(data)


def atomic_write(target: Path, text: str) -> None:
    """Write ``text`` to ``target`` through a temporary file, so a reader never sees half a file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
