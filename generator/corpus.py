"""Assemble briefings into a corpus with cross-article indexes (no extraction here)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .records import Briefing, Entity, Member, Note, Quote, Term, Topic
from .sources import free_slug, slugify


@dataclass(frozen=True, slots=True)
class SpeakerQuotes:
    """Everything one speaker said across articles."""

    key: str
    name: str
    role: str | None
    kind: str
    quotes: tuple[tuple[Briefing, Quote], ...]
    anchor: str = ""  # the id of the speaker's heading on the quotes page, unique


@dataclass(frozen=True, slots=True)
class MemberRow:
    """One country's membership of one organization, as stated across articles."""

    organization: str
    country: str
    iso3: str
    statements: tuple[tuple[Briefing, Member], ...]

    @property
    def notes(self) -> tuple[tuple[Briefing, Note], ...]:
        """Every note on this member's standing, with the briefing it comes from."""
        return tuple((b, n) for b, m in self.statements for n in m.notes)

    @property
    def suspended(self) -> bool:
        """True when an article states the membership as suspended."""
        return any(m.status == "suspended" for _, m in self.statements)


@dataclass(frozen=True, slots=True)
class TopicPassages:
    id: str
    title: str
    passages: tuple[tuple[Briefing, Topic], ...]


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """A term across articles: the definition shown, the article it comes from, where it is used."""

    term: Term
    defined_in: Briefing
    briefings: tuple[Briefing, ...]


@dataclass(frozen=True, slots=True)
class EntityRow:
    """An entity across articles: the fullest record and where it is mentioned."""

    entity: Entity
    briefings: tuple[Briefing, ...]
    quote_count: int = 0


@dataclass(frozen=True, slots=True)
class Corpus:
    """All briefings, sorted by slug, and the indexes the cross-article pages need."""

    briefings: tuple[Briefing, ...]
    latest: tuple[Briefing, ...]  # newest first by the article's date; undated last, by slug
    speakers: tuple[SpeakerQuotes, ...]
    members: dict[str, tuple[MemberRow, ...]]
    topics: tuple[TopicPassages, ...]
    glossary: tuple[GlossaryEntry, ...]
    people: tuple[EntityRow, ...]
    organizations: tuple[EntityRow, ...]

    @property
    def speaker_anchors(self) -> dict[str, str]:
        """Speaker key -> the id of that speaker's heading on the quotes page."""
        return {s.key: s.anchor for s in self.speakers}


def build_corpus(briefings: Iterable[Briefing]) -> Corpus:
    """Return the `Corpus` of ``briefings`` (deduplicated by slug, sorted)."""
    unique = {b.slug: b for b in briefings}
    ordered = tuple(unique[s] for s in sorted(unique))
    return Corpus(
        briefings=ordered,
        latest=tuple(
            sorted(ordered, key=lambda b: (b.document.meta.date is None, _negated(b.document.meta.date)))
        ),
        speakers=_speakers(ordered),
        members=_members(ordered),
        topics=_topics(ordered),
        glossary=_glossary(ordered),
        people=_entities(ordered, "person"),
        organizations=_entities(ordered, "organization"),
    )


def _negated(date: str | None) -> tuple[int, ...]:
    """Return a key that sorts ISO dates newest first (stable for equal dates)."""
    return tuple(-ord(c) for c in date or "")


def _speakers(briefings: tuple[Briefing, ...]) -> tuple[SpeakerQuotes, ...]:
    grouped: dict[str, list[tuple[Briefing, Quote]]] = defaultdict(list)
    for b in briefings:
        for q in b.quotes:
            # a quote whose speaker is uncertain is nobody's quote: it stays on its article's page
            if q.sure_speaker is not None:
                grouped[q.sure_speaker.key].append((b, q))
    rows = []
    for key, items in grouped.items():
        speaker = max((q.speaker for _, q in items if q.speaker), key=lambda s: (len(s.name), s.role or ""))
        role = next((q.speaker.role for _, q in items if q.speaker and q.speaker.role), None)
        rows.append(SpeakerQuotes(key, speaker.name, role, speaker.kind, tuple(items)))
    rows.sort(key=lambda r: (-len(r.quotes), r.name.casefold(), r.key))
    taken: set[str] = set()
    unique = []
    for r in rows:
        anchor = free_slug(f"speaker-{slugify(r.key)}", taken)
        taken.add(anchor)
        unique.append(replace(r, anchor=anchor))
    return tuple(unique)


def _members(briefings: tuple[Briefing, ...]) -> dict[str, tuple[MemberRow, ...]]:
    grouped: dict[tuple[str, str], list[tuple[Briefing, Member]]] = defaultdict(list)
    names: dict[str, str] = {}
    for b in briefings:
        for m in b.sure_members:  # a possible member is no fact to gather across articles
            grouped[(m.organization, m.iso3)].append((b, m))
            names[m.iso3] = m.country
    by_org: dict[str, list[MemberRow]] = defaultdict(list)
    for (org, iso3), items in grouped.items():
        by_org[org].append(MemberRow(org, names[iso3], iso3, tuple(items)))
    return {
        org: tuple(sorted(rows, key=lambda r: r.country.casefold())) for org, rows in sorted(by_org.items())
    }


def _topics(briefings: tuple[Briefing, ...]) -> tuple[TopicPassages, ...]:
    grouped: dict[str, list[tuple[Briefing, Topic]]] = defaultdict(list)
    titles: dict[str, str] = {}
    for b in briefings:
        for t in b.topics:
            grouped[t.id].append((b, t))
            titles[t.id] = t.title
    return tuple(TopicPassages(i, titles[i], tuple(grouped[i])) for i in sorted(grouped))


def _glossary(briefings: tuple[Briefing, ...]) -> tuple[GlossaryEntry, ...]:
    chosen: dict[str, tuple[Term, Briefing]] = {}
    where: dict[str, list[Briefing]] = defaultdict(list)
    for b in briefings:
        for t in b.glossary:
            current = chosen.get(t.term)
            if current is None or (current[0].source == "reference" and t.source == "article"):
                chosen[t.term] = (t, b)
            where[t.term].append(b)
    keys = sorted(chosen, key=lambda k: (k.casefold(), k))
    return tuple(GlossaryEntry(chosen[k][0], chosen[k][1], tuple(where[k])) for k in keys)


def _entities(briefings: tuple[Briefing, ...], kind: str) -> tuple[EntityRow, ...]:
    best: dict[str, Entity] = {}
    where: dict[str, list[Briefing]] = defaultdict(list)
    quotes: dict[str, int] = defaultdict(int)
    for b in briefings:
        for e in b.entities:
            if e.kind != kind:
                continue
            current = best.get(e.key)
            if current is None or (len(e.mentions), e.role or "") > (
                len(current.mentions),
                current.role or "",
            ):
                best[e.key] = e
            where[e.key].append(b)
        for q in b.quotes:
            if q.sure_speaker is not None:
                quotes[q.sure_speaker.key] += 1
    rows = [EntityRow(best[k], tuple(where[k]), quotes.get(k, 0)) for k in best]
    return tuple(sorted(rows, key=lambda r: (r.entity.name.casefold(), r.entity.key)))
