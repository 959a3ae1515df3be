"""Run the extractors over documents, in order, and check each one's contract.

Results are cached by content hash, so `mkdocs serve` re-analyses only the
articles that changed; large corpora are analysed on all cores.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

from ..errors import AnalysisError, InputError
from ..records import Briefing, Document, Quote, Span
from .countries import extract_countries
from .glossary import extract_glossary
from .members import extract_members
from .organizations import extract_organizations
from .people import extract_people
from .provenance import derive_title, extract_provenance
from .quotes import extract_quotes
from .topics import TopicRule, extract_topics, load_topics

T = TypeVar("T")
PARALLEL_THRESHOLD = 64
PROGRESS_EVERY = 500  # articles between two progress reports
Progress = Callable[[int, int], None]  # (articles analysed so far, articles to analyse)
_CACHE: dict[str, Briefing] = {}
_CACHE_LIMIT = 20_000


@dataclass(frozen=True, slots=True)
class Options:
    """Everything that changes what the extractors find, besides the document."""

    topics: tuple[TopicRule, ...] = ()

    @classmethod
    def default(cls) -> Options:
        return cls(topics=load_topics())

    @property
    def key(self) -> str:
        return repr(
            [
                (
                    (t.id, t.title, t.pattern.pattern, t.not_after, t.not_before, t.name_exclusions),
                    (t.defined_as, [(a.words.pattern, a.after.pattern) for a in t.anaphors]),
                )
                for t in self.topics
            ]
        )


def analyze(doc: Document, *, options: Options | None = None) -> Briefing:
    """Return the `Briefing` of one document (cached by its content and the options)."""
    return analyze_all([doc], options=options, jobs=1)[0]


def analyze_all(
    docs: Iterable[Document],
    *,
    options: Options | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    failed: list[InputError] | None = None,
    expected: int | None = None,
) -> tuple[Briefing, ...]:
    """Return one `Briefing` per document, in input order, using ``jobs`` processes.

    ``jobs`` defaults to all cores for corpora of at least 64 uncached documents;
    ``progress`` is called every few hundred newly analysed documents and at the end. A
    document on which an extractor breaks its contract is left out and added to ``failed``
    (an `InputError` naming it); without ``failed``, its error is raised.

    ``docs`` may be a stream (documents read from their files as it is iterated), with
    ``expected`` saying how many it gives at most: a large one is analysed as it is read,
    the first documents in worker processes while the next ones are still being read.
    """
    options = options or Options.default()
    keys: list[str] = []
    found: dict[str, Briefing | _Failed] = {}
    missing = _uncached(docs, options, keys, found, lambda briefing: briefing)
    computed = dict(
        _computed(
            missing, expected, partial(_guarded, partial(run_extractors, options=options)), jobs, progress
        )
    )
    found.update(computed)
    if len(_CACHE) + len(computed) > _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE.update((k, v) for k, v in computed.items() if not isinstance(v, _Failed))
    return _unless_failed(keys, found, failed)


def analyze_each(
    docs: Iterable[Document],
    then: Callable[[Briefing], T],
    *,
    options: Options | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    failed: list[InputError] | None = None,
    expected: int | None = None,
) -> tuple[T, ...]:
    """Return ``then(briefing)`` for each document, in input order, as `analyze_all` would give it
    (leaving out, as it does, the documents whose analysis failed; ``docs`` may be a stream, as there).

    A large corpus is analysed in worker processes, and ``then`` (a module-level function)
    runs there too: only its results travel back, not the briefings. They are not cached;
    the briefings already in the cache are used as they are.
    """
    options = options or Options.default()
    keys: list[str] = []
    found: dict[str, T | _Failed] = {}
    missing = _uncached(docs, options, keys, found, then)
    run = partial(_guarded, partial(_analyzed_then, options=options, then=then))
    found.update(_computed(missing, expected, run, jobs, progress))
    return _unless_failed(keys, found, failed)


def _uncached(
    docs: Iterable[Document],
    options: Options,
    keys: list[str],
    found: dict[str, T | _Failed],
    then: Callable[[Briefing], T],
) -> Iterator[tuple[str, Document]]:
    """Yield (key, document) for each document not in the cache, as ``docs`` gives them; add
    each document's key to ``keys`` and ``then`` of each cached briefing to ``found``."""
    for doc in docs:
        key = _fingerprint(doc, options)
        keys.append(key)
        if key in _CACHE:
            found[key] = then(_CACHE[key])
        else:
            yield key, doc


def _analyzed_then(doc: Document, *, options: Options, then: Callable[[Briefing], T]) -> T:
    return then(run_extractors(doc, options))


@dataclass(frozen=True, slots=True)
class _Failed:
    """What is left of a document whose analysis broke an extractor's contract (`AnalysisError`),
    as it travels back from a worker process."""

    path: str
    reason: str


def _guarded(run: Callable[[Document], T], doc: Document) -> T | _Failed:
    """Return ``run(doc)``, or a `_Failed` if an extractor broke its contract on ``doc``."""
    try:
        return run(doc)
    except AnalysisError as exc:
        return _Failed(exc.path, exc.reason)


def _unless_failed(
    keys: list[str], found: Mapping[str, T | _Failed], failed: list[InputError] | None
) -> tuple[T, ...]:
    """Return the results of ``keys`` in order, leaving out the documents whose analysis failed:
    each is added to ``failed`` as an `InputError`, or, without ``failed``, the first is raised."""
    errors = [InputError(r.path, r.reason) for k in keys if isinstance(r := found[k], _Failed)]
    if errors and failed is None:
        raise errors[0]
    if failed is not None:
        failed.extend(errors)
    return tuple(r for k in keys if not isinstance(r := found[k], _Failed))


def _computed(
    missing: Iterable[tuple[str, Document]],
    expected: int | None,
    run: Callable[[Document], T],
    jobs: int | None,
    progress: Progress | None,
) -> Iterator[tuple[str, T]]:
    """Yield (key, ``run(doc)``) for the ``missing`` documents in order, on all cores (or ``jobs``
    processes) for at least `PARALLEL_THRESHOLD` of them.

    With ``expected`` (the most documents ``missing`` can give), ``missing`` is a stream: the
    workers start on its first documents while the next ones are read. Without it, they are
    all taken first and counted.
    """
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    if expected is None:
        missing = list(missing)
        expected = len(missing)
    if workers > 1 and expected >= PARALLEL_THRESHOLD:
        keys: list[str] = []
        with ProcessPoolExecutor(max_workers=workers) as pool:
            # (map takes the whole input before it returns, so `keys` is complete when it has)
            results = pool.map(run, _noting_keys(missing, keys), chunksize=16)
            yield from _reporting(zip(keys, results, strict=True), len(keys), progress)
    else:
        pending = list(missing)
        yield from _reporting(((k, run(d)) for k, d in pending), len(pending), progress)


def _noting_keys(pairs: Iterable[tuple[str, Document]], keys: list[str]) -> Iterator[Document]:
    """Yield the documents of (key, document) ``pairs``, adding each key to ``keys`` first."""
    for key, doc in pairs:
        keys.append(key)
        yield doc


def _reporting(pairs: Iterable[T], total: int, progress: Progress | None) -> Iterator[T]:
    """Yield ``pairs`` unchanged, calling ``progress`` every `PROGRESS_EVERY` items and at the end."""
    done = 0
    for done, pair in enumerate(pairs, start=1):
        if progress is not None and done % PROGRESS_EVERY == 0 and done < total:
            progress(done, total)
        yield pair
    if progress is not None and total:
        progress(done, total)


def _fingerprint(doc: Document, options: Options) -> str:
    h = hashlib.sha256()
    for part in (doc.slug, doc.text, repr(doc.meta), options.key):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class Extractor:
    """One step of the analysis: its name and how it runs on a document, given the records
    of the steps before it."""

    name: str
    run: Callable[[Document, Mapping[str, tuple[Any, ...]], Options], tuple[Any, ...]]


# in order: each step reads only the records of the steps above it
EXTRACTORS: tuple[Extractor, ...] = (
    Extractor("countries", lambda doc, found, options: extract_countries(doc)),
    Extractor("organizations", lambda doc, found, options: extract_organizations(doc)),
    Extractor(
        "people",
        lambda doc, found, options: extract_people(
            doc, organizations=found["organizations"], countries=found["countries"]
        ),
    ),
    Extractor(
        "quotes",
        lambda doc, found, options: extract_quotes(
            doc, people=found["people"], organizations=found["organizations"], countries=found["countries"]
        ),
    ),
    Extractor(
        "members",
        lambda doc, found, options: extract_members(
            doc, countries=found["countries"], organizations=found["organizations"]
        ),
    ),
    Extractor("topics", lambda doc, found, options: extract_topics(doc, topics=options.topics)),
    Extractor(
        "glossary",
        lambda doc, found, options: extract_glossary(doc, organizations=found["organizations"]),
    ),
)


def run_extractors(doc: Document, options: Options | None = None) -> Briefing:
    """Return the `Briefing` of ``doc``, running every extractor of `EXTRACTORS` in order (no cache)."""
    options = options or Options.default()
    found: dict[str, tuple[Any, ...]] = {}
    for step in EXTRACTORS:
        found[step.name] = _checked(step.name, doc, step.run(doc, found, options))
    return Briefing(
        document=doc,
        title=derive_title(doc),
        provenance=extract_provenance(doc),
        entities=found["countries"] + found["organizations"] + found["people"],
        quotes=found["quotes"],
        members=found["members"],
        topics=found["topics"],
        glossary=found["glossary"],
    )


def _checked(component: str, doc: Document, records: tuple[T, ...]) -> tuple[T, ...]:
    """Return ``records`` unchanged, or raise naming the extractor that broke its contract."""
    size = len(doc.text)
    for record in records:
        for span in _spans(record):
            if not (0 <= span.start <= span.end <= size):
                raise AnalysisError(
                    doc.meta.source, f"extractor {component!r} made a span out of bounds: {span}"
                )
        if isinstance(record, Quote) and doc.covered(record.span) != record.text:
            raise AnalysisError(doc.meta.source, f"extractor {component!r} made a quote that is not verbatim")
    return records


def _spans(record: object) -> list[Span]:
    """Return the spans a record holds: its own fields and the ``span`` of the items of its tuples."""
    found = []
    for name in getattr(record, "__slots__", ()):
        value = getattr(record, name, None)
        if type(value) is Span:
            found.append(value)
        elif type(value) is tuple:
            for item in value:
                span = item if type(item) is Span else getattr(item, "span", None)
                if type(span) is Span:
                    found.append(span)
    return found
