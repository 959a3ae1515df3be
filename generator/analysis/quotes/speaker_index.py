"""What one document offers every reading of a cue subject: its people and organizations, where
they are named, and which stretches of it are quoted."""

from __future__ import annotations

import bisect
from functools import cached_property

from ...records import Document, Entity, Speaker
from ...reference import load_organizations
from .. import windows as W
from ..countries import extract_countries
from ..textscan import sentence_start
from .speaker_hints import gender_of

Result = tuple[Speaker | None, str]


class ResolverIndex:
    """The people, organizations and countries of one document, and where they are named."""

    def __init__(
        self,
        doc: Document,
        people: tuple[Entity, ...],
        orgs: tuple[Entity, ...],
        countries: tuple[Entity, ...] | None = None,
    ) -> None:
        self.doc = doc
        self.people = people
        # an agreement or an area never speaks ("it said" is never the Schengen Area): it is no
        # organization here, and no body is read where it is named
        refs = load_organizations()
        self.orgs = tuple(o for o in orgs if o.key not in refs or refs[o.key].speaks)
        self._silent = sorted(
            (m.span.start, m.span.end)
            for o in orgs
            if o.key in refs and not refs[o.key].speaks
            for m in o.mentions
        )
        self._countries = countries
        self.events: list[tuple[int, Entity]] = sorted(
            ((m.span.start, p) for p in people for m in p.mentions), key=lambda e: e[0]
        )
        self.event_pos = [e[0] for e in self.events]
        self.by_token: dict[str, Entity] = {}
        for p in people:
            for tok in p.name.split():
                if not (len(tok) == 2 and tok.endswith(".")):  # not a middle initial
                    self.by_token.setdefault(tok, p)
        self.names: dict[str, Result] = {}  # by_name results by phrase (they do not depend on where)
        # "he said" / "she said" cues resolved so far: (offset, gender, result), in text order
        self.pronoun_cues: list[tuple[int, str, Result]] = []
        # the people cues resolved to so far: (offset, person), in text order
        self.spoke: list[tuple[int, Entity]] = []
        # the bodies cues resolved to so far ("the statement read", "UNISFA said"), in text order
        self.bodies_spoke: list[tuple[int, Speaker]] = []
        # what `names_someone` resolved, for `resolve` to take up at once
        self._checked: dict[tuple[str, int], Result] = {}
        self.by_key = {p.key: p for p in people}
        self.org_names = sorted(
            ((n.lower(), o) for o in orgs for n in {o.key, o.name, o.full_name or "", *o.aliases} if n),
            key=lambda x: -len(x[0]),
        )

    @cached_property
    def countries(self) -> tuple[Entity, ...]:
        """The countries of the document (found here only when a cue needs them)."""
        return self._countries if self._countries is not None else extract_countries(self.doc)

    @cached_property
    def people_keys(self) -> frozenset[str]:
        return frozenset(p.key for p in self.people)

    @cached_property
    def gender(self) -> dict[str, str]:
        starts = sorted((m.span.start, p.key) for p in self.people for m in p.mentions)
        return {
            p.key: gender_of(self.doc.text, p, [at for at, key in starts if key != p.key])
            for p in self.people
        }

    @cached_property
    def org_spans(self) -> list[tuple[int, int, Entity]]:
        return sorted(
            ((m.span.start, m.span.end, o) for o in self.orgs for m in o.mentions), key=lambda x: x[:2]
        )

    @cached_property
    def org_starts(self) -> list[int]:
        return [start for start, _, _ in self.org_spans]

    def named_org_at(self, at: int, end: int) -> Entity | None:
        """Return the organization whose name holds the whole subject ``[at, end)`` ("Security
        Council" in "The AU’s Peace and Security Council said": cut at "and", still that body)."""
        i = bisect.bisect_right(self.org_starts, at) - 1
        if i >= 0 and self.org_spans[i][0] < at and end <= self.org_spans[i][1]:
            return self.org_spans[i][2]
        return None

    def person(self, p: Entity) -> Speaker:
        return Speaker(name=p.name, key=p.key, kind="person", role=p.role)

    def _sentences_back(self, at: int) -> int:
        """Return where the last few sentences before ``at`` (`W.GROUP_SENTENCES_BEFORE`) start."""
        text = self.doc.text
        lo = sentence_start(text, at)
        for _ in range(W.GROUP_SENTENCES_BEFORE):
            lo = sentence_start(text, max(0, lo - 2))
        return lo

    def others_between(self, lo: int, hi: int, name: str) -> bool:
        """Return whether a person other than ``name`` is named in ``text[lo:hi]``."""
        i, j = bisect.bisect_left(self.event_pos, lo), bisect.bisect_left(self.event_pos, hi)
        return any(person.name != name for _, person in self.events[i:j])

    def silent(self, pos: int) -> bool:
        """Return whether ``pos`` is inside the name of an organization that never speaks."""
        i = bisect.bisect_right(self._silent, (pos, len(self.doc.text))) - 1
        return i >= 0 and self._silent[i][0] <= pos < self._silent[i][1]

    def quoted(self, pos: int) -> bool:
        """Return whether ``pos`` is inside quotation marks opened in its paragraph (a name a
        speaker says is no antecedent of "it said")."""
        text = self.doc.text
        lo = self.doc.paragraphs[self.doc.paragraph_at(pos)].start
        # an odd number of double marks before it, however they are mixed (“...": copy that opens
        # curly and closes straight)
        return quote_marks(text, lo, pos) % 2 == 1


def quote_marks(text: str, start: int, end: int) -> int:
    """Return how many double quotation marks, curly or straight, stand in ``text[start:end]``."""
    return text.count("“", start, end) + text.count("”", start, end) + text.count('"', start, end)
