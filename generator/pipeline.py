"""The whole generator as one call: seeds folder in, Markdown pages and data files out.

The MkDocs plugin and the ``briefing generate`` command are thin wrappers over
`generate`; everything is gathered before anything is written.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from .analysis import analyze_all, analyze_each
from .analysis.runner import Options, Progress
from .analysis.topics import load_topics
from .corpus import Corpus, build_corpus
from .discovery import Notice, scan
from .errors import InputError
from .export import briefing_json, joined_json
from .limits import Limits
from .records import Briefing, Document
from .sources import read_documents
from .wording import counted


@dataclass(frozen=True, slots=True)
class Loaded:
    """The readable documents, an error per unreadable article, and notices about other files."""

    docs: tuple[Document, ...]
    errors: tuple[InputError, ...]
    notices: tuple[Notice, ...]


@dataclass(frozen=True, slots=True)
class Result:
    """What a run produced: pages by site path, the inputs that were skipped, and notices."""

    pages: dict[str, str]
    corpus: Corpus
    errors: tuple[InputError, ...]
    notices: tuple[Notice, ...] = ()
    seconds: dict[str, float] = field(default_factory=dict)  # wall time of each stage: read, analyse, render

    def summary(self) -> str:
        """Return one line: articles, pages and where the time went."""
        stages = ", ".join(f"{name} {s:.1f} s" for name, s in self.seconds.items())
        total = sum(self.seconds.values())
        articles = counted(len(self.corpus.briefings), "article")
        return f"{articles}, {counted(len(self.pages), 'generated file')} in {total:.1f} s ({stages})"


def load(paths: Iterable[str | Path], *, root: Path | None = None, limits: Limits | None = None) -> Loaded:
    """Return the readable documents under ``paths``, an error per unreadable file (or one
    over ``limits``) and a notice per file that is not an article or was renamed.

    Raises `InputError` when a path itself does not exist.
    """
    reading = _Reading(paths, root=root, limits=limits)
    tuple(reading)
    return reading.loaded()


class _Reading:
    """The documents under some paths, read one at a time as they are iterated (`load` reads
    them all at once); what was not a readable article is kept aside for `loaded`.

    Raises `InputError` when a path itself does not exist.
    """

    def __init__(self, paths: Iterable[str | Path], *, root: Path | None, limits: Limits | None) -> None:
        self._found, self._notices = scan(paths, root=root)
        self._root, self._limits = root, limits
        self._docs: list[Document] = []
        self._errors: list[InputError] = []
        self._renamed: list[Notice] = []

    def __len__(self) -> int:
        """The number of article files: the most documents there can be."""
        return len(self._found)

    def __iter__(self) -> Iterator[Document]:
        self._docs, self._errors, self._renamed = [], [], []  # (read again, the files are as they are now)
        for item in read_documents(self._found, root=self._root, limits=self._limits):
            if isinstance(item, InputError):
                # (the caller reports it: the plugin as a build error, the CLI as a line)
                self._errors.append(item)
            elif isinstance(item, Notice):
                self._renamed.append(item)
            else:
                self._docs.append(item)
                yield item

    def loaded(self) -> Loaded:
        """Return what has been read so far."""
        notices = sorted(self._notices + tuple(self._renamed), key=lambda n: n.path)
        return Loaded(tuple(self._docs), tuple(self._errors), tuple(notices))


def extract(
    paths: Iterable[str | Path],
    *,
    root: Path | None = None,
    topics: Path | None = None,
    limits: Limits | None = None,
    progress: Progress | None = None,
) -> tuple[tuple[Briefing, ...], Loaded]:
    """Return the briefings of the readable articles under ``paths`` and what `load` found.

    ``topics`` is a topics YAML file replacing the default topics; ``progress`` is
    called with (analysed, total) while the articles are analysed. The articles are
    analysed as they are read.
    """
    options = _options(topics)
    reading = _Reading(paths, root=root, limits=limits)
    failed: list[InputError] = []
    with _collector_paused():
        briefings = analyze_all(
            reading, options=options, progress=progress, failed=failed, expected=len(reading)
        )
    return briefings, _with_errors(reading.loaded(), failed)


def extract_json(
    paths: Iterable[str | Path],
    *,
    root: Path | None = None,
    topics: Path | None = None,
    limits: Limits | None = None,
    progress: Progress | None = None,
) -> tuple[str, Loaded]:
    """Return the ``briefing/1`` JSON of the readable articles under ``paths`` (as `to_json` of
    what `extract` returns) and what `load` found.

    Each briefing is written as JSON where it is analysed: a large corpus's worker
    processes send back text rather than briefings for this process to rebuild. The
    articles are analysed as they are read.
    """
    options = _options(topics)
    reading = _Reading(paths, root=root, limits=limits)
    failed: list[InputError] = []
    with _collector_paused():
        pieces = analyze_each(
            reading, briefing_json, options=options, progress=progress, failed=failed, expected=len(reading)
        )
    return joined_json(pieces), _with_errors(reading.loaded(), failed)


def _with_errors(loaded: Loaded, failed: list[InputError]) -> Loaded:
    """Return ``loaded`` with the articles whose analysis failed among its errors."""
    return replace(loaded, errors=loaded.errors + tuple(failed)) if failed else loaded


def _options(topics: Path | None) -> Options:
    """Return the analysis options: the default topics, or those of a topics YAML file."""
    return Options(topics=load_topics(topics)) if topics else Options.default()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while the extractors run.

    They make millions of small objects on a large article, most alive until it is
    done, and the collector would walk them over and over: extraction of a 1 MB
    article then grew 2.6 times per doubling instead of 2 (benchmarks/pathological.py).
    Reference counting still frees what is dropped; any cycles wait for the resume.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def generate(
    seeds: Path,
    *,
    templates: Path | None = None,
    topics: Path | None = None,
    root: Path | None = None,
    site_name: str = "Briefings",
    limits: Limits | None = None,
    progress: Progress | None = None,
    directory_urls: bool = True,
) -> Result:
    """Return every generated page (site path -> Markdown or data text) for ``seeds``.

    ``directory_urls`` is the ``use_directory_urls`` of the site the pages go into.
    """
    from .render import render_site  # render imports Jinja2; extraction alone does not need it

    clock = _Clock()
    options = _options(topics)
    loaded = load([seeds], root=root, limits=limits)
    clock.lap("read")
    failed: list[InputError] = []
    with _collector_paused():
        briefings = analyze_all(loaded.docs, options=options, progress=progress, failed=failed)
    loaded = _with_errors(loaded, failed)
    clock.lap("analyse")
    corpus = build_corpus(briefings)
    pages = render_site(corpus, templates=templates, site_name=site_name, directory_urls=directory_urls)
    clock.lap("render")
    return Result(
        pages=pages, corpus=corpus, errors=loaded.errors, notices=loaded.notices, seconds=clock.laps
    )


class _Clock:
    """Wall time between named points of a run."""

    def __init__(self) -> None:
        self.laps: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = now - self._last
        self._last = now


def forget() -> None:
    """Drop what the generator keeps between runs (documents, analyses, rendered pages).

    A one-off build has no later run to serve; freeing them leaves the memory to MkDocs.
    """
    from . import export, render, sources
    from .analysis import runner

    for cache in (sources._READ, runner._CACHE, render._BRIEFING_PAGES, export._COMPACT):
        cache.clear()
