"""Immutable records that flow from sources through analysis to rendering.

Every extracted record carries the `Span` that proves it: ``doc.text[s.start:s.end]``
is the evidence, and ``s.paragraph`` (0-based) is where a page links to.
All records are frozen, slotted and JSON-serializable through `to_data`.
"""

from __future__ import annotations

import bisect
import dataclasses
import operator
from dataclasses import dataclass, field
from typing import Any, Literal

EntityKind = Literal["country", "organization", "person", "place"]
QuoteKind = Literal["direct", "partial", "reported"]
Resolution = Literal["name", "pronoun", "role", "body", "carried", "none"]
# how far a reader may take a quote's speaker: "uncertain" when its evidence has a weak structure
SpeakerCertainty = Literal["sure", "uncertain"]
# the weak structure that makes a speaker uncertain (see `analysis.quotes.certainty`)
SpeakerDoubt = Literal[
    "no-cue",
    "distant-cue",
    "other-person-between",
    "pronoun-far",
    "pronoun-rivals",
    "pronoun-gender",
    "role-rivals",
    "role-unheld",
    "body-anaphora",
    "name-without-evidence",
]
# a member's standing as the article states it: "frozen" is participation the member itself froze
MemberStatus = Literal["member", "suspended", "frozen"]
# how far a reader may take a membership: "uncertain" when only the general membership frame
# (rule ids ``frame/<kind>``) found it, not a phrasing rule
MemberCertainty = Literal["sure", "uncertain"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Character offsets ``[start, end)`` into a document's text."""

    start: int
    end: int
    paragraph: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What is known about an article besides its text."""

    source: str
    title: str | None = None
    outlet: str | None = None
    venue: str | None = None
    date: str | None = None
    url: str | None = None
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Document:
    """One article: normalised text, paragraph spans and metadata."""

    slug: str
    text: str
    paragraphs: tuple[Span, ...]
    meta: Metadata
    _starts: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(p.start for p in self.paragraphs))

    def span(self, start: int, end: int) -> Span:
        """Return the span ``[start, end)`` with its paragraph index filled in."""
        index = max(bisect.bisect_right(self._starts, start) - 1, 0)
        return Span(start, end, index)

    def paragraph_at(self, pos: int) -> int:
        """Return the index of the paragraph that offset ``pos`` is in (``span(pos, pos).paragraph``)."""
        return max(bisect.bisect_right(self._starts, pos) - 1, 0)

    def paragraph_text(self, index: int) -> str:
        """Return the text of paragraph ``index`` (0-based)."""
        p = self.paragraphs[index]
        return self.text[p.start : p.end]

    def covered(self, span: Span) -> str:
        """Return the text a span covers."""
        return self.text[span.start : span.end]

    @property
    def paragraph_texts(self) -> tuple[str, ...]:
        return tuple(self.text[p.start : p.end] for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where an entity is named, and the rule that recognised it."""

    span: Span
    text: str
    rule: str


@dataclass(frozen=True, slots=True)
class Entity:
    """A country, organization, person or place named in one document.

    ``key`` is stable across documents (ISO alpha-3 code, organization id, or
    the person's fullest name) so the corpus can join entities by it.
    """

    kind: EntityKind
    key: str
    name: str
    mentions: tuple[Mention, ...]
    aliases: tuple[str, ...] = ()
    code: str | None = None
    full_name: str | None = None
    role: str | None = None
    affiliation: str | None = None

    @property
    def first(self) -> Span:
        return self.mentions[0].span


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to."""

    name: str
    key: str
    kind: EntityKind = "person"
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``text`` is verbatim ``doc.text[span.start:span.end]``.

    ``resolved_by`` says how the speaker was found and ``cue`` gives the words
    that found it (``said the CSTO secretary-general``, ``he said``).
    ``speaker_certainty`` is None without a speaker; an ``"uncertain"`` speaker is
    only the best candidate, and ``speaker_doubt`` says what makes it weak.
    """

    text: str
    span: Span
    kind: QuoteKind
    speaker: Speaker | None
    resolved_by: Resolution
    cue: str | None = None
    cue_span: Span | None = None
    rule: str = ""
    speaker_certainty: SpeakerCertainty | None = None
    speaker_doubt: SpeakerDoubt | None = None

    @property
    def sure_speaker(self) -> Speaker | None:
        """Return the speaker when the evidence is strong enough to state it as a fact."""
        return None if self.speaker_certainty == "uncertain" else self.speaker


@dataclass(frozen=True, slots=True)
class Note:
    """A sentence of the article about a member's standing."""

    text: str
    span: Span


@dataclass(frozen=True, slots=True)
class Member:
    """A country the article states to be a current member of an organization.

    ``certainty`` is ``"uncertain"`` when the article's wording is less certain (only the
    membership frame found it): pages then show it as possibly a member, never as a fact.
    """

    organization: str
    country: str
    iso3: str
    span: Span
    rule: str
    notes: tuple[Note, ...] = ()
    status: MemberStatus = "member"
    certainty: MemberCertainty = "sure"


@dataclass(frozen=True, slots=True)
class Passage:
    """A paragraph that matched a topic, and the cue words that made it match."""

    paragraph: int
    cues: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    title: str
    passages: tuple[Passage, ...]

    @property
    def paragraphs(self) -> tuple[int, ...]:
        return tuple(p.paragraph for p in self.passages)


@dataclass(frozen=True, slots=True)
class Term:
    """A glossary entry: an abbreviation or a quoted term and its definition.

    ``source`` is ``"article"`` when the definition comes from the text (then
    ``span`` points at it) or ``"reference"`` when it comes from reference data.
    """

    term: str
    definition: str
    kind: Literal["abbreviation", "term"]
    source: Literal["article", "reference"]
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where the article says it comes from (``Report informs``; an interview with X)."""

    outlet: str | None = None
    outlet_span: Span | None = None
    venue: str | None = None
    venue_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Briefing:
    """A document and every record extracted from it."""

    document: Document
    title: str
    provenance: Provenance
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    members: tuple[Member, ...]
    topics: tuple[Topic, ...]
    glossary: tuple[Term, ...]

    @property
    def slug(self) -> str:
        return self.document.slug

    @property
    def outlet(self) -> str | None:
        """The outlet: from the file's metadata, else as the article names it."""
        return self.document.meta.outlet or self.provenance.outlet

    @property
    def venue(self) -> str | None:
        """Where the words were first published or said, if the file or article says."""
        return self.document.meta.venue or self.provenance.venue

    @property
    def sure_members(self) -> tuple[Member, ...]:
        """The members stated strongly enough to be shown as facts."""
        return tuple(m for m in self.members if m.certainty == "sure")

    @property
    def uncertain_members(self) -> tuple[Member, ...]:
        """The members only the membership frame found: shown as possibly members."""
        return tuple(m for m in self.members if m.certainty == "uncertain")

    def entities_of(self, kind: EntityKind) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.kind == kind)


def to_data(record: Any) -> Any:
    """Return plain JSON-compatible data for a record (tuples become lists)."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {
            f.name: to_data(getattr(record, f.name))
            for f in dataclasses.fields(record)
            if not f.name.startswith("_")
        }
    if isinstance(record, tuple | list):
        return [to_data(x) for x in record]
    return record


def _pickled_as_call(cls: type) -> None:
    """Pickle records of ``cls`` as the call that makes them, ``cls(*fields)``.

    A frozen slotted dataclass otherwise pickles through generic state methods that
    look its fields up for every record; the analysis of a large corpus sends
    thousands of records per article back from each worker process.
    """
    fields = cls.__match_args__  # type: ignore[attr-defined]
    if len(fields) < 2:  # pragma: no cover - attrgetter of one field gives no tuple
        raise TypeError(f"{cls.__name__} needs two fields or more to pickle as a call")
    get = operator.attrgetter(*fields)
    cls.__reduce__ = lambda self: (cls, get(self))  # type: ignore[misc, assignment]


_RECORDS: tuple[type, ...] = (Span, Metadata, Document, Mention, Entity, Speaker, Quote, Note, Member)
for _record in (*_RECORDS, Passage, Topic, Term, Provenance, Briefing):
    _pickled_as_call(_record)
