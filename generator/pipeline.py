"""The whole generator as one call: seeds folder in, Markdown pages and data files out.

The MkDocs plugin and the ``briefing generate`` command are thin wrappers over
`generate`; everything is gathered before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .analysis import analyze_all
from .analysis.runner import Options
from .analysis.topics import load_topics
from .corpus import Corpus, build_corpus
from .errors import InputError
from .records import Briefing, Document
from .sources import discover, read_documents


@dataclass(frozen=True, slots=True)
class Result:
    """What a run produced: pages by site path, and the inputs that were skipped."""

    pages: dict[str, str]
    corpus: Corpus
    errors: tuple[InputError, ...]


def load(
    paths: Iterable[str | Path], *, root: Path | None = None
) -> tuple[tuple[Document, ...], tuple[InputError, ...]]:
    """Return the readable documents under ``paths`` and an error per unreadable file.

    Raises `InputError` when a path itself does not exist.
    """
    docs: list[Document] = []
    errors: list[InputError] = []
    for item in read_documents(discover(paths), root=root):
        if isinstance(item, InputError):
            errors.append(item)  # the caller reports it: the plugin as a build error, the CLI as a line
        else:
            docs.append(item)
    return tuple(docs), tuple(errors)


def extract(
    paths: Iterable[str | Path], *, root: Path | None = None, topics: Path | None = None
) -> tuple[tuple[Briefing, ...], tuple[InputError, ...]]:
    """Return the briefings of the readable articles under ``paths`` and the errors.

    ``topics`` is a topics YAML file replacing the default topics.
    """
    options = Options(topics=load_topics(topics)) if topics else Options.default()
    docs, errors = load(paths, root=root)
    return analyze_all(docs, options=options), errors


def generate(
    seeds: Path,
    *,
    templates: Path | None = None,
    topics: Path | None = None,
    root: Path | None = None,
    site_name: str = "Briefings",
) -> Result:
    """Return every generated page (site path -> Markdown or data text) for ``seeds``."""
    from .render import render_site  # render imports Jinja2; extraction alone does not need it

    briefings, errors = extract([seeds], root=root, topics=topics)
    corpus = build_corpus(briefings)
    pages = render_site(corpus, templates=templates, site_name=site_name)
    return Result(pages=pages, corpus=corpus, errors=errors)
