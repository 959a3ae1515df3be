"""Member states that a document states to belong to an organization.

Each sentence is read as an abstracted sentence (`slots`: ``<C1>`` a country, ``<O2>`` an
organization or "the bloc") and matched against the registered rules (`rules`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator

from ...records import Document, Entity, Member, MemberCertainty, MemberStatus
from ...reference import load_countries, load_organizations
from ..countries import extract_countries
from ..gazetteer import SubstringFinder
from ..organizations import extract_organizations
from ..sentences import sentence_spans
from . import guards as G
from . import rules as P
from .anaphora import (
    COUNTED_CUE,
    COUNTED_NOUNS,
    OTHERS_CUE,
    SIZED_CUE,
    abstracted_span,
    carried_members,
    counted_members,
    org_sizes,
    presupposed_members,
    sized_members,
)
from .fragments import LIST_FIRST, ORG, ORG_ENDS
from .frame import THEY
from .learned import learned_pairs, member_states, reference_enumerations
from .notes import StandingNotes, status_from_notes
from .sentence import FRAME_CUE_WORDS, Hit, memberships_in
from .slots import Slot, abstracted, find_slots, unsized

# what ends the name of an organization left: the clause, a word of time or place, or a purpose
# ("left OPEC to focus on gas")
ORG_ENDS_OR_TO = (
    rf"(?:{ORG_ENDS}|(?=\s+(?:to|again|outright|effective|altogether|entirely|(?:\w+\s+){{1,2}}(?:ago|later))\b))"
    # (not a state it left the organization in: "left the EU in limbo", "left the AU in shock")
    r"(?!\s+(?:in|at|on)\s+(?:a\s+|the\s+)?(?:limbo|shock|crossroads|brink|dark|lurch|disarray|turmoil|crisis|"
    r"tatters|suspense|deadlock|disbelief)\b)"
)
# "Qatar left OPEC", "Russia was thrown out of what was the G8": a membership that is over (also
# past a relative clause: "Britain, which chaired the EU in 2005, left the bloc in 2020")
_LEFT = re.compile(
    rf"{LIST_FIRST}(?:\s*,\s*(?:which|who)\s[^,;]{{1,140}}?,)?\s+(?:(?:has|have|had|formally|officially|later|then)\s+)*"
    r"(?:left|quit|exited|withdrew\s+from|"
    r"withdrawn\s+from|pulled\s+out\s+of|(?:was|were|been)\s+(?:expelled|thrown\s+out|kicked\s+out|ousted)\s+"
    # (the organization itself: not "left the NATO meeting early", "left AU leaders stunned")
    rf"(?:of|from))\s+(?:what\s+was\s+)?(?:the\s+)?(?P<org>{ORG}){ORG_ENDS_OR_TO}",
    re.IGNORECASE,
)
# "Qatar had the presidency of OPEC in 2016, two years before its exit from the group", "... and
# quit the group in 2019": the leaving of the country that opens the sentence, told later in it
_LEFT_LATER = re.compile(
    # (the country's own leaving: no relative clause between, "whose Sahel members quit the bloc")
    rf"^\W*(?:the\s+)?(?P<list><C\d+>)(?:(?!\b(?:whose|which|who|whom)\b)[^.;<]|<O\d+>){{1,160}}?"
    r"(?:\b(?:and|but)\s+(?:then\s+|later\s+)?"
    r"(?:left|quit|exited|withdrew\s+from|pulled\s+out\s+of)|\b(?:before|until|after|ahead\s+of)\s+its\s+"
    r"(?:formal\s+|final\s+)?(?:exit|departure|withdrawal|expulsion)\s+from)"
    rf"\s+(?:the\s+)?(?P<org><O\d+>){ORG_ENDS_OR_TO}",
    re.IGNORECASE,
)
# "Qatar's exit from OPEC took effect", "Venezuela is no longer a member of the OAS": the same
# told by a noun or a negated membership
_LEFT_NOUN = re.compile(
    rf"(?P<list><C\d+>)(?:['’]s\s+(?:(?:formal|official|final)\s+)?(?:exit|departure|withdrawal|expulsion)\s+from\s+"
    rf"|\s+(?:is|was|are|were)\s+no\s+longer\s+(?:a\s+member\s+(?:of|in)|part\s+of)\s+)"
    rf"(?:the\s+)?(?P<org>{ORG})"
    # (the organization itself, told as done: not "Mali's withdrawal from the ECOWAS summit",
    # "Greece's exit from the eurozone would have been")
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:took|takes|became|was|is|has|had|came|in|on|last|this|since|after|and)\b)",
    re.IGNORECASE,
)
_LEFT_WORDS = (
    "left",
    "exit",
    "departure",
    "expul",
    "no longer",
    "quit",
    "withdr",
    "pulled out",
    "expelled",
    "thrown out",
    "kicked out",
    "ousted",
)

# "expelled from what was then the G8": a name the organization no longer has sets no context
_FORMER = re.compile(r"\bwhat\s+(?:was|were)\s+(?:then\s+|once\s+)?$", re.IGNORECASE)


def _former(text: str, start: int) -> bool:
    lo = max(0, start - 20)
    return text.find("hat ", lo, start) >= 0 and _FORMER.search(text, lo, start) is not None


# the cue words a sentence that names an organization may hold, and one that names none
_GATE_WORDS = SubstringFinder({*G.GATE_WORDS, *FRAME_CUE_WORDS})
_CONTEXT_GATE_WORDS = SubstringFinder({*G.CONTEXT_GATE_WORDS, *FRAME_CUE_WORDS})


def _own_nouns() -> dict[str, re.Pattern[str]]:
    """Return organization key -> what its own texts call its members (the EAC's "Partner States")."""
    out = {}
    for key, ref in load_organizations().items():
        if ref.member_nouns:
            nouns = sorted(map(re.escape, ref.member_nouns), key=len, reverse=True)
            out[key] = re.compile(r"\b(?:" + "|".join(nouns) + r")\b", re.IGNORECASE)
    return out


_OWN_NOUNS = _own_nouns()
# the first words of those nouns: a sentence without one needs no look at its organizations
_OWN_FIRST_WORDS = tuple(
    sorted({n.split()[0].lower() for r in load_organizations().values() for n in r.member_nouns})
)


def _as_members(m: re.Match[str]) -> str:
    return "member states" if m.group().lower().endswith("s") else "member state"


def _own_noun(slots: list[Slot], context: str | None) -> re.Pattern[str] | None:
    """Return the member noun of the organization a sentence names (or, naming none, of the one
    in context) when that organization has one of its own."""
    named = [s.value for s in slots if s.kind == "O"] or ([context] if context else [])
    return next((_OWN_NOUNS[k] for k in named if k in _OWN_NOUNS), None)


def extract_members(
    doc: Document,
    *,
    countries: tuple[Entity, ...] | None = None,
    organizations: tuple[Entity, ...] | None = None,
) -> tuple[Member, ...]:
    """Return current members stated by ``doc``, one per (organization, country), sorted by position.

    Entities not given are extracted here; given ones (even empty) are used as they are.
    """
    if countries is None:
        countries = extract_countries(doc)
    if organizations is None:
        organizations = extract_organizations(doc)
    slots = find_slots(doc, countries, organizations)
    if not any(s.kind == "O" for s in slots):
        return ()
    sentences = sentence_spans(doc)
    first: dict[tuple[str, str], Hit] = {}
    settled: dict[tuple[str, str], MemberStatus] = {}
    for hit in _statements(doc.text, sentences, slots):
        key = (hit.org, hit.slot.value)
        seen = first.get(key)
        # the first statement proves the membership, the first of a phrasing rule over the
        # frame's; any statement may give its standing ...
        proof = hit if seen is None or (_framed_rule(seen.rule) and not _framed_rule(hit.rule)) else seen
        status = hit.status if seen is None or seen.status == "member" else seen.status
        first[key] = proof._replace(status=status)
        if hit.settles is not None and settled.get(key, "member") == "member":
            settled[key] = hit.settles
    # ... but one that ends a suspension ends it, wherever the suspension is told ("The League
    # readmitted Syria. Syria was suspended in 2011."), unless one imposes it again
    for key, status in settled.items():
        first[key] = first[key]._replace(status=status, settles=status)
    # the learned reading adds, as uncertain, the pairs it is sure of that no rule found
    known = {key: hit.slot for key, hit in first.items()}
    bare = unsized(slots)
    for org, slot in learned_pairs(doc.text, sentences, bare, known):
        first[(org, slot.value)] = Hit(LEARNED_RULE, org, slot, "member")
    # and, as uncertain too, the lists whose countries the reference data has as members
    known = {key: hit.slot for key, hit in first.items()}
    for org, slot in reference_enumerations(doc.text, sentences, bare, known):
        first[(org, slot.value)] = Hit(REFERENCE_RULE, org, slot, "member")
    if any(_may_be_over(hit.rule) for hit in first.values()):
        # only the frame and the learned reading read a past membership ("Qatar had joined OPEC in
        # 1961"), and a threat to leave one that may since have been carried out: one the document
        # says is over is dropped
        over = _left(doc.text, sentences, slots)
        first = {key: hit for key, hit in first.items() if not (_may_be_over(hit.rule) and key in over)}
    return _members(doc, first, countries, sentences)


def _left(text: str, sentences: list[tuple[int, int]], slots: list[Slot]) -> set[tuple[str, str]]:
    """Return the (organization, country) memberships the document says are over."""
    over: set[tuple[str, str]] = set()
    starts = [s.start for s in slots]
    for span in sentences:
        low = text[span[0] : span[1]].lower()
        if not any(word in low for word in _LEFT_WORDS):
            continue
        abstract, table = abstracted_span(text, span, slots, starts)
        for m in (*_LEFT.finditer(abstract), *_LEFT_NOUN.finditer(abstract), *_LEFT_LATER.finditer(abstract)):
            org = table[m.group("org")].value
            over.update((org, table[c].value) for c in P.LIST_ITEM.findall(m.group("list")))
    return over


# the rule ids of the members the learned reading adds (`learned`) and of those the reference
# data's member lists add (`reference_enumerations`)
LEARNED_RULE = "learned"
REFERENCE_RULE = "enumeration:reference"


def _may_be_over(rule: str) -> bool:
    """True for the rule ids whose members a leaving the document tells elsewhere undoes: the
    frame's and the learned reading's (a past membership), a threat to leave, a threat of
    suspension, a suspension told by its noun ("kept Zimbabwe's suspension", then it left) and the
    joiners counted, often of long ago ("Three countries joined in 1973: A, B and C")."""
    return (
        _framed_rule(rule)
        or rule.partition("/")[0] in ("may-leave", "may-be-suspended", "suspension")
        or rule in ("joined/counted", "admitted/counted")
    )


def _framed_rule(rule: str) -> bool:
    """True for the general membership frame's rule ids, the learned reading's and the reference
    lists', whose members are uncertain."""
    return rule.startswith("frame/") or rule in (LEARNED_RULE, REFERENCE_RULE)


def _statements(text: str, sentences: list[tuple[int, int]], slots: list[Slot]) -> Iterator[Hit]:
    """Yield each membership stated, in text order."""
    starts = [start for start, _ in sentences]
    # a sentence in which no placeholder starts states nothing and changes no context
    read = sorted({k for k in (bisect.bisect_right(starts, s.start) - 1 for s in slots) if k >= 0})
    i, context = 0, None
    # the organization in context is the one named most so far, the latest of those tied:
    # "ECOWAS met. Mali and Niger, which left the bloc, formed the AES. The remaining members..."
    named: Counter[str] = Counter()
    read_before = i_before = -1  # the sentence read before, and its first slot
    sizes: dict[int, set[str]] | None = None  # `org_sizes`, once a sentence needs it
    for k in read:
        start, end = sentences[k]
        while i < len(slots) and slots[i].start < start:
            if slots[i].kind == "O" and not _former(text, slots[i].start):
                named[slots[i].value] += 1
                if named[slots[i].value] >= named.get(context or "", 0):
                    context = slots[i].value
            i += 1
        j = i
        while j < len(slots) and slots[j].end <= end:
            j += 1
        kinds = {s.kind for s in slots[i:j]}
        sentence = text[start:end]
        low = sentence.lower()
        if (
            "O" in kinds
            and ("other" in low or "remaining" in low or "rest of" in low)
            and OTHERS_CUE.search(text, start, end)
        ):
            # "A and B opposed. The remaining ten EU countries were in favour": A and B are EU countries
            before = sentences[k - 1] if k > 0 and read_before == k - 1 else None
            if before is not None and "\n" in text[before[1] : start]:
                before = None  # only in the same paragraph
            yield from presupposed_members(text, (start, end), before, slots)
        if "O" in kinds and any(map(low.__contains__, COUNTED_NOUNS)) and COUNTED_CUE.search(low):
            # "Kenya, Rwanda and Uganda ... the three EAC member countries": the last list of three
            yield from counted_members(text, sentences, k, slots)
        if "O" not in kinds and context is not None and "C" in kinds and SIZED_CUE.search(low):
            # "the four democracies - A, B, C and D -" in an article on "the four-nation Quad"
            if sizes is None:
                sizes = org_sizes(text, slots)
            yield from sized_members(text, (start, end), slots, sizes)
        if kinds <= {"O"}:
            if k > 0 and read_before == k - 1 and THEY.match(text, start):
                spans = (sentences[k - 1], (start, end))
                yield from carried_members(text, spans, (slots[i_before:i], slots[i:j]), context)
            continue
        if "O" not in kinds and context is None:
            # no organization named in it or before it: no rule and no frame has one to give
            read_before, i_before = k, i
            continue
        # without an organization in it, a sentence can only state membership in a few ways
        cues_in = _GATE_WORDS if "O" in kinds else _CONTEXT_GATE_WORDS
        # "the EAC Partner States": an organization's own name for its members reads as "member states"
        own = _own_noun(slots[i:j], context) if any(map(low.__contains__, _OWN_FIRST_WORDS)) else None
        if own is not None and own.search(sentence):
            low = own.sub(_as_members, sentence).lower()
        else:
            own = None
        cues = cues_in(low)
        if k > 0 and G.about_members(text[sentences[k - 1][0] : sentences[k - 1][1]]):
            cues |= G.AFTER_MEMBERS  # "The EU has 27 members. Among them are France and Italy."
        if cues:
            abstract, table = abstracted(text, start, end, slots[i:j])
            if own is not None:
                abstract = own.sub(_as_members, abstract)
            yield from memberships_in(abstract, table, context, cues)
        read_before, i_before = k, i


# a short form two states share: the state the country reader takes it for, and the other one
_SHARED_SHORT_FORMS = {"Congo": ("COG", "COD")}


def _member_named(text: str, slot: Slot, org: str, iso3: str) -> str:
    """Return the member a membership statement names: ``iso3``, unless it is named by a short
    form two states share ("Congo") and only the other one belongs to the organization by the
    reference data ("the EAC, which Congo joined": the DR Congo)."""
    shared = _SHARED_SHORT_FORMS.get(text[slot.start : slot.end])
    if shared is None or iso3 != shared[0]:
        return iso3
    states = member_states().get(org, frozenset())
    return shared[1] if shared[1] in states and iso3 not in states else iso3


def _members(
    doc: Document,
    first: dict[tuple[str, str], Hit],
    countries: tuple[Entity, ...],
    sentences: list[tuple[int, int]],
) -> tuple[Member, ...]:
    """Return the `Member` records, each with the notes on its country's standing."""
    if not first:
        return ()
    names = load_countries()
    standing = StandingNotes(doc, sentences, countries)
    by_key = {c.key: c for c in countries}
    members = []
    for (org, read_as), hit in first.items():
        iso3 = _member_named(doc.text, hit.slot, org, read_as)
        if iso3 != read_as and (org, iso3) in first:
            continue  # the member is named as itself too: that statement's record stands
        # (the notes are those of the country the text was read as naming)
        notes = standing.notes(by_key[read_as]) if read_as in by_key else ()
        ref = names.get(iso3)
        span = doc.span(hit.slot.start, hit.slot.end)
        status = hit.settles or (hit.status if hit.status != "member" else status_from_notes(notes))
        certainty: MemberCertainty = "uncertain" if _framed_rule(hit.rule) else "sure"
        members.append(Member(org, ref.name if ref else iso3, iso3, span, hit.rule, notes, status, certainty))
    return tuple(sorted(members, key=lambda m: (m.span.start, m.organization, m.iso3)))
