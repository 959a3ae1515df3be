"""The abstracted sentence the membership rules read.

Each sentence is rewritten with placeholders (``<C1>`` a country, ``<D1>`` a demonym, ``<A1>``
"the country" resolved to one, ``<O2>`` an organization or "the bloc" resolved to one); only
organizations whose members are states count (not UN missions or agencies).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import NamedTuple

from ...records import Document, Entity
from ...reference import load_organizations
from .. import windows as W
from ..acronyms import Description, acronym_descriptions, is_acronym_of
from ..references import (
    AHEAD,
    NAMED_NEXT,
    country_references,
    fits,
    literal_matches,
    organization_references,
    strict,
)
from ..textscan import sentence_start
from .fragments import SIZE_WORD

_THE = re.compile(r"(?:\b[Tt]he\s+)$")
_STATE_WORDS = re.compile(
    r"\b(?:Union|Community|Organi[sz]ation|Association|League|Alliance|Commonwealth|Bloc|Treaty|Cooperation|"
    r"Council of|Group of|Forum)\b"
)
# what a described acronym must be for its members to be states
_STATE_NOUNS = re.compile(
    r"\b(?:(?:inter-?governmental|regional|international|multilateral|economic|political|security|trade|"
    r"military|defen[cs]e|customs)\s+(?:[\w-]+\s+)?(?:organi[sz]ation|body|institution|group)|"
    r"bloc|alliance|union|grouping|community|league|coalition|association|forum|partnership)$"
)
_NOT_STATE_WORDS = re.compile(
    r"\b(?:Mission|Force|Commission|Court|Fund|Agency|Programme|Program|Bank|Institute)\b"
)


class Slot(NamedTuple):
    """A placeholder in an abstracted sentence: what it stands for and where it is."""

    kind: str  # C country, D demonym, A anaphor, O organization
    value: str  # iso3 or organization key
    start: int
    end: int
    bare: int = -1  # where the name starts, when a size before it is part of the slot ("the 16-nation")


def unsized(slots: list[Slot]) -> list[Slot]:
    """Return ``slots`` with each organization's size left out of it ("the 16-nation" before the name),
    as the learned reading was trained to see them."""
    return [s._replace(start=s.bare, bare=-1) if s.bare >= 0 else s for s in slots]


def _member_orgs(doc: Document, organizations: tuple[Entity, ...], countries: tuple[Entity, ...]) -> set[str]:
    """Return the keys of organizations whose members are states."""
    refs = load_organizations()
    keep = set()
    described: dict[str, Description] | None = None
    country_spans: list[tuple[int, int]] | None = None
    for org in organizations:
        ref = refs.get(org.key)
        if ref is not None:
            if ref.has_member_states:
                keep.add(org.key)
        elif org.full_name is None:
            # "The SCO, a permanent intergovernmental organization,": what the text says it is
            if described is None:
                described = {d.short: d for d in acronym_descriptions(doc.text)}
            d = described.get(org.key)
            if d is not None and _STATE_NOUNS.search(d.description):
                keep.add(org.key)
        elif (
            org.full_name
            and _STATE_WORDS.search(org.full_name)
            and not _NOT_STATE_WORDS.search(org.full_name)
        ):
            keep.add(org.key)
        else:
            if country_spans is None:
                country_spans = sorted((m.span.start, m.span.end) for c in countries for m in c.mentions)
            if _made_of_states(doc.text, org, country_spans):
                keep.add(org.key)
    return keep


# what a body is said to be made of, right after its name: "The Mekong River Commission (MRC),
# which includes", "the Commission is made up of"
_MADE_OF_AFTER = re.compile(
    # (across an aside between dashes: "the Indian Ocean Commission — an intergovernmental
    # organisation set up in 1982 — includes")
    r"(?:\s*\([^()]{1,15}\))?(?:\s*(?:[—–]|--)[^—–;.]{1,80}?(?:[—–]|--))?"
    r"(?:\s*,\s*(?:which|that)(?:\s+(?:now|currently|also))?|\s+(?:now|currently|also))?\s+"
    r"(?:includes|comprises|groups|brings\s+together|unites|(?:is\s+)?(?:made\s+up|composed|comprised)\s+of|"
    r"consists\s+of)\s+(?:the\s+)?"
)
# its members listed right after its name: "The Lake Chad Basin Commission (LCBC) has four members:",
# "has 11 member states, namely", ", whose members are"
_MEMBERS_AFTER = re.compile(
    r"(?:\s*\([^()]{1,15}\))?"
    r"(?:\s+(?:now\s+|currently\s+)?(?:has|had|counts)\s+(?:[\w-]+\s+){0,2}?(?:members|member\s+(?:states|countries|nations))"
    r"\s*(?::|,?\s+(?:namely|including|which\s+are))|\s*,\s*whose\s+(?:[\w-]+\s+)?members\s+(?:are|include))"
    r"\s+(?:the\s+)?"
)
# between two countries of a list
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _made_of_states(text: str, org: Entity, countries: list[tuple[int, int]]) -> bool:
    """Return whether a body the reference data does not know, named as a body of governments
    ("Mekong River Commission"), is said to be made of countries: its name, then what it is made
    of, then a list of at least two countries that ends its clause (not "which includes Kenya
    and Ethiopia among its shareholders", "as donors")."""
    body = _GOVERNMENTS_BODY.search(org.full_name or "")
    listed = _MEMBERS_BODY.search(org.full_name or "")
    if body is None and listed is None:
        return False
    for mention in org.mentions:
        made = _MADE_OF_AFTER.match(text, mention.span.end) if body is not None else None
        made = made or (_MEMBERS_AFTER.match(text, mention.span.end) if listed is not None else None)
        if made is None:
            continue
        i = bisect.bisect_left(countries, (made.end(), 0))
        if i >= len(countries) or countries[i][0] != made.end():
            continue
        items = 1
        while (
            i + 1 < len(countries)
            and (gap := _LIST_GAP.match(text, countries[i][1]))
            and gap.end() == countries[i + 1][0]
        ):
            i, items = i + 1, items + 1
        if items > 1 and _CLAUSE_ENDS.match(text, countries[i][1]):
            return True
    return False


# the nouns that end the name of a body of governments the reference data may not know (not a
# court, a fund, a bank, a force, a company or a contest)
_GOVERNMENTS_BODY = re.compile(
    r"\b(?:Commission|Authority|Initiative|Council|Committee|Conference|Secretariat|Partnership|Pact|"
    r"Mechanism|Process|Dialogue|Compact|Group|Grouping|Arrangement|Framework|Coalition|Consortium)$"
)
# ... and of the bodies whose members, listed right after the name, are states: a commission, an
# authority or an initiative of governments, a bank, a fund, a trade agreement ("The New
# Development Bank has five members: ..."; not a council or a committee, which may be of sports
# federations or broadcasters named by their countries)
_MEMBERS_BODY = re.compile(r"\b(?:Commission|Authority|Initiative|Bank|Fund|Agreement|Treaty)$")
# what may follow the list that ends the clause
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")


# a modifier of an organization's name, made of a country or a capital: "the Russian-led", "the
# Moscow-dominated", "the US-backed"
_LED = re.compile(
    r"\b(?:[Tt]he\s+)?[A-Z][\w.’']*-(?:led|backed|dominated|headed|aligned|based|sponsored|funded)\s+$"
)

_LED_AFTER = re.compile(r"-(?:led|backed|dominated|headed|sponsored|funded)\b")

# the size of an organization before its name, part of the name as "the" is: "the 16-nation Pacific
# Islands Forum", "the 27-member EU" (`SIZED_NAME` reads the number back)
_SIZE_BEFORE = re.compile(rf"\b[Tt]he\s+{SIZE_WORD}\s+$")
SIZED_NAME = re.compile(r"(?:[Tt]he\s+)?(?P<n>[\w]+)-(?:member|nation|country|state)\s")

# a country named through its noun, read as the country: "the neighbouring nation of Finland",
# "the island state of Nauru", "the Kingdom of Bahrain"
_NATION_OF = re.compile(
    # (not a standing: "the observer state of Timor-Leste", "the candidate country of Brazil")
    r"\b[Tt]he\s+(?:(?!(?:observer|candidate|applicant|partner|aspiring|non-[\w-]+|associate|dialogue|would-be|future|prospective|guest|invited)\b)"
    r"[a-z][\w-]*\s+){0,2}(?:nation|country|state|kingdom|island|archipelago)\s+of\s+$"
)


def find_slots(doc: Document, countries: tuple[Entity, ...], organizations: tuple[Entity, ...]) -> list[Slot]:
    """Return every country, organization and reference placeholder in text order, without overlaps."""
    orgs = _member_orgs(doc, organizations, countries)
    raw: list[Slot] = []
    for c in countries:
        for m in c.mentions:
            if _LED_AFTER.match(doc.text, m.span.end):
                continue  # "a Russia-led security bloc": the country only describes the bloc
            start = m.span.start
            if m.rule != "demonym":
                named_by = _NATION_OF.search(doc.text, max(0, start - W.NATION_OF_BEFORE_COUNTRY), start)
                start = named_by.start() if named_by else start
            raw.append(Slot("D" if m.rule == "demonym" else "C", c.key, start, m.span.end))
    for o in organizations:
        if o.key in orgs:
            # "the EEU" reads as one placeholder, so patterns need not spell out the article
            for m in o.mentions:
                start = m.span.start
                # "the " is four characters: where it can be, it starts exactly four before
                the = start >= 4 and _THE.match(doc.text, start - 4, start)
                # "the Russian-led CSTO": a modifier made of a country is part of the name
                led = _LED.search(doc.text, max(0, start - W.LED_BEFORE_ORG), start) if not the else None
                sized = (
                    _SIZE_BEFORE.search(doc.text, max(0, start - W.LED_BEFORE_ORG), start)
                    if not the
                    else None
                )
                bare = start if sized and not led else -1
                start = led.start() if led else sized.start() if sized else start - 4 if the else start
                raw.append(Slot("O", o.key, start, m.span.end, bare))
    named = sorted(raw, key=lambda s: (s.start, -s.end))
    full = {o.key: o.full_name or o.key for o in organizations}
    refs = _resolve(
        organization_references(doc.text), "O", [s for s in named if s.kind == "O"], full, doc.text
    )
    refs += _resolve(country_references(doc.text), "A", [s for s in named if s.kind != "O"], None, doc.text)
    refs += _it_references(doc.text, [s for s in named if s.kind == "O"])
    refs += _it_joined(doc.text, [s for s in named if s.kind == "C"], [s for s in named if s.kind == "O"])
    kept = _without_overlaps(named)
    # names first: a reference never swallows a name ("Russia's ... bloc")
    taken = [(s.start, s.end) for s in kept]
    return sorted(kept + [r for r in refs if not _overlaps(taken, r)], key=lambda s: s.start)


# "It" opening a sentence, as its subject ("It comprises", "It is made up of"); not "It is
# time", "It said": the verb must follow
_IT = re.compile(
    r"(?<![\w’'])It\s+(?=(?:is|was|has|had|now|currently|also|comprises|includes|brings|groups)\b)"
)


# "it" after a phrase on the organization's founding that opens the sentence ("Founded in 1971, it
# comprises 18 members"): the "it" is group 1
_IT_FOUNDED = re.compile(
    r"(?:(?:Founded|Established|Created|Set\s+up|Formed|Launched)\b|(?:Headquartered|Based)\s+in\b)[^,.;:]{0,80},\s+"
    r"(it)\s+(?=(?:is|was|has|had|now|currently|also|comprises|includes|brings|groups)\b)"
)
# the words `_IT_FOUNDED` opens with, searched for before it is tried
_FOUNDED_WORDS = ("Founded", "Established", "Created", "Set", "Formed", "Launched", "Headquartered", "Based")

# what "It" opening a paragraph must do to stand for the organization before: have or be made of
# ("It has nine members", "It comprises"), never be ("It is unclear whether", "It was a week")
_IT_OWNS = re.compile(
    r"(?:now\s+|currently\s+|also\s+)?(?:has|comprises|includes|consists|brings|groups|counts)\b"
)
# a thing the organization made or did in the sentence before, which "It" then stands for
_THING_DONE = re.compile(
    r"\b(?:plan|deal|treaty|agreement|accord|pact|report|programme|program|initiative|proposal|roadmap|"
    r"declaration|statement|communiqu[eé]|resolution|budget|package|framework|strategy|list|force|mission|fund)\b",
    re.IGNORECASE,
)


def _it_references(text: str, orgs: list[Slot]) -> list[Slot]:
    """Return placeholders for an "It" that opens a sentence right after one whose subject is an
    organization ("ECCAS was set up in 1983. It is comprised of 10 countries ..."), in its
    paragraph or at the start of the next."""
    if not orgs:
        return []
    out = []
    starts = [o.start for o in orgs]
    # (where the sentence opens, where its "it" ends, where the verb after it starts)
    found = [(m.start(), m.start() + 2, m.end()) for m in literal_matches(text, _IT, ("It ",))]
    found += [(m.start(), m.end(1), m.end()) for m in literal_matches(text, _IT_FOUNDED, _FOUNDED_WORDS)]
    for at, it_end, verb_at in sorted(found):
        opening = sentence_start(text, at)
        if opening != at and text[opening:at].strip():
            continue  # not the sentence's first word
        # (the sentence before may end the paragraph before: "The CIS is a regional organization
        # ...\nIt has nine members – A, B")
        before = sentence_start(text, max(0, opening - 2))
        if text.rfind("\n", before, opening) >= 0 and not _IT_OWNS.match(text, verb_at):
            continue  # after a paragraph's end, "It is unclear whether ..." is no organization
        i = bisect.bisect_left(starts, before)
        # (the sentence before names one organization: "The EU hailed ties with Mercosur. Founded
        # in 1991, it comprises ..." may be either)
        named = {o.value for o in orgs[i : bisect.bisect_left(starts, opening)]}
        if (
            len(named) == 1
            and orgs[i].start < opening
            and _OPENS.fullmatch(text, before, orgs[i].start)
            and not text.startswith(("'s", "’s"), orgs[i].end)  # ("NATO's new strategy ... It")
            # ("ECOWAS unveiled a plan. It includes Nigeria": the plan)
            and not _THING_DONE.search(text, orgs[i].end, opening)
        ):
            out.append(Slot("O", orgs[i].value, it_end - 2, it_end))
    return out


# "it" as the subject of a clause of joining or leaving in a sentence about a country ("Sweden set
# aside its neutrality when it formally joined NATO", "... before it left the bloc"), or of being a
# member in what the country says or shows of itself ("Zambia said it is a member of SADC", group
# "member"): the "it" and its verb, then the words before the "it"
_IT_JOINED = re.compile(
    r"(?<![\w’'])it\s+(?:(?:[a-z]+ly\s+)?(?:joined|rejoined|acceded|became|was\s+admitted|left|quit|was\s+expelled)\b"
    # (a member of the organization itself, its name ending the clause: not "of the EU customs
    # union", "of OPEC no more", "of the EU for too long")
    r"|(?P<member>(?:is|remains|has\s+been)\s+(?:still\s+|also\s+|now\s+|already\s+)?(?:a|an)\s+(?:full\s+|founding\s+)?"
    r"member\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.-]*)*"
    r"(?=\s*(?:[,.;]|$)|\s+(?:since|and)\b)))"
)
_BEFORE_IT_JOINED = re.compile(r"\b(?:when|after|since|as|because|before|until|once|and)\s+$")
# (a membership the country states or shows of itself: not "denied that it is", "before it is",
# "claims that it is", "never said it is")
_BEFORE_IT_IS_MEMBER = re.compile(
    r"(?<!\bnever\s)(?<!\bnot\s)(?<!n't\s)(?<!wrongly\s)(?<!falsely\s)"
    r"\b(?:said|says|stressed|insisted|insists|noted|recalled|added|show|shows|showed|proved|proves)"
    r"(?:\s+that)?\s+$"
)


def _it_joined(text: str, countries: list[Slot], orgs: list[Slot]) -> list[Slot]:
    """Return placeholders for an "it" that joins something in a sentence whose subject is a
    country: that country (for "it is a member of", only when the organization's name is all
    that follows: not "of the EU Customs Union")."""
    if not countries:
        return []
    out = []
    starts = [c.start for c in countries]
    for m in literal_matches(text, _IT_JOINED, ("it ",)):
        before = _BEFORE_IT_IS_MEMBER if m.group("member") else _BEFORE_IT_JOINED
        if not before.search(text, max(0, m.start() - 25), m.start()):
            continue
        if m.group("member") and not any(
            o.end <= m.end() and not text[o.end : m.end()].strip(".") for o in orgs
        ):
            continue
        opening = sentence_start(text, m.start())
        i = bisect.bisect_left(starts, opening)
        if (
            i < len(countries)
            and countries[i].start < m.start()
            and _OPENS.fullmatch(text, opening, countries[i].start)
            and not text.startswith(("'s", "’s"), countries[i].end)  # ("Switzerland's trade body said it")
            # (no other country between: "Russia massed troops near Finland since it joined NATO")
            and (i + 1 == len(countries) or countries[i + 1].start > m.start())
        ):
            out.append(Slot("A", countries[i].value, m.start(), m.start() + 2))
    return out


def _without_overlaps(slots: list[Slot]) -> list[Slot]:
    out: list[Slot] = []
    for slot in slots:  # sorted by start, longest first
        if not out or slot.start >= out[-1].end:
            out.append(slot)
    return out


def _name_with_acronym(slots: list[Slot], text: str) -> list[Slot]:
    """Return ``slots`` with an organization's name and its acronym in brackets after it read as
    one placeholder ("Gulf Cooperation Council (GCC) members Oman and Qatar"); the context
    still counts them as two namings."""
    out: list[Slot] = []
    for slot in slots:
        last = out[-1] if out else None
        if (
            last is not None
            and slot.kind == last.kind == "O"
            and slot.value == last.value
            and text[last.end : slot.start].strip() == "("
            and text.startswith(")", slot.end)
        ):
            out[-1] = last._replace(end=slot.end + 1)
        else:
            out.append(slot)
    return out


def _overlaps(taken: list[tuple[int, int]], slot: Slot) -> bool:
    i = bisect.bisect_right(taken, (slot.start, slot.end))
    return any(s < slot.end and slot.start < e for s, e in taken[max(0, i - 1) : i + 1])


def _resolve(
    refs: list[tuple[int, int, str]],
    kind: str,
    named: list[Slot],
    full: dict[str, str] | None,
    text: str | None = None,
) -> list[Slot]:
    """Return placeholders for references: an organization reference ("the bloc") resolved to
    the fitting organization the last sentence naming one opens with, else the last fitting one
    named before it; a country reference ("the country") to the first country of the last
    sentence naming one (with ``text``).

    ``full`` (organization key -> full name) makes "the alliance" skip a union named after it.
    """
    if not named:
        return []
    # before an organization is named, "the bloc" means the one named just after it,
    # or else the one the article names most
    out: list[Slot] = []
    seen: list[str] = []
    i = 0
    for start, end, noun in refs:
        while i < len(named) and named[i].end <= start:
            seen.append(named[i].value)
            i += 1
        ahead = named[i] if i < len(named) and named[i].start - end < W.BLOC_NAMED_AHEAD else None
        if noun.startswith(AHEAD):
            # "in a Russia-led security bloc, the CSTO": described, then named right after
            if ahead is not None and full is not None:
                out.append(Slot(kind, ahead.value, start, end))
            continue
        if noun.startswith(NAMED_NEXT):
            # "a member of the multilateral export control regime, Wassenaar Arrangement,": only
            # the name set off right after it
            if ahead is not None and text is not None and _apposed(text, end, ahead):
                out.append(Slot(kind, ahead.value, start, end))
            continue
        if ahead is not None and full is not None and text is not None and _apposed(text, end, ahead):
            # "rejoined the East African bloc, the Inter-Governmental Authority on Development": the
            # name set off right after the reference says which it is, whatever its words
            out.append(Slot(kind, ahead.value, start, end))
            continue
        value: str | None
        if seen and full is None and text is not None:
            # a country: the first one its sentence names, the subject more often than not
            # ("Brazil left CELAC over differences with Cuba and Venezuela. The country's ...")
            opening = sentence_start(text, named[i - 1].start)
            value = next(s.value for s in named[:i] if s.start >= opening)
        elif seen and text is not None:
            # an organization: the one the last sentence naming one opens with, its subject ("The
            # SCO, seen as a counterweight to NATO, is a bloc ... its members"), else the last one
            # named; of those, one that fits the noun (below)
            opening = sentence_start(text, named[i - 1].start)
            first = next(s for s in named[:i] if s.start >= opening)
            value = first.value if _OPENS.fullmatch(text, opening, first.start) else seen[-1]
        elif seen:
            value = seen[-1]  # an organization: the last one named that fits the noun (below)
        elif ahead and full is not None:
            value = ahead.value
        else:
            value = Counter(s.value for s in named).most_common(1)[0][0] if full is not None else None
        if full is not None and seen:
            order = [*(k for k in seen if k != value), value] if value else seen
            value = next((k for k in reversed(order) if fits(noun, full.get(k, k))), value)
        if full is not None and strict(noun) and value and not fits(noun, full.get(value, value)):
            continue
        if full is not None and text is not None and text.endswith("Council", 0, end):
            # "The Council" is the last council named, when that is an organization of states
            # (not the UN Security Council named after the Gulf Cooperation Council)
            last = text.rfind("Council", 0, start)
            if last < 0 or not any(s.start <= last < s.end for s in named):
                continue
        if noun.startswith(("his ", "her ")) and (
            i == 0 or start - named[i - 1].end > W.OWNER_BEFORE_COUNTRY
        ):
            continue  # "his country" only when the speaker's country was named just before
        if value is not None:
            out.append(Slot(kind, value, start, end))
    return out


# what sets a name off right after a reference to it: "the regional bloc, ECOWAS,", "the East
# African bloc, the Inter-Governmental Authority on Development (IGAD)" (the name in full before
# its acronym)
_APPOSED = re.compile(r"\s*,\s*(?:(?:the\s+)?(?P<full>[A-Z][^,;:()<>\n]{0,80})\()?")
_APPOSITION_ENDS = re.compile(
    r"\)?(?:\s*(?:[,.;:—–)]|$)|\s+(?:in|on|last|this|since|after|at|from|for|until)\b)"
)


def _apposed(text: str, end: int, name: Slot) -> bool:
    """Return whether the organization ``name`` is set off right after a reference ending at
    ``end``, or its acronym after its name in full (which the acronym's letters must spell), and
    nothing goes on after it but the end of the phrase (not "the bloc, EU foreign policy chief
    Kaja Kallas noted", "the bloc, ECCAS and the AU")."""
    m = _APPOSED.fullmatch(text, end, name.start)
    full = m.group("full") if m is not None else None
    return (
        m is not None
        and (full is None or is_acronym_of(full, text[name.start : name.end]))
        and _APPOSITION_ENDS.match(text, name.end) is not None
    )


# what may stand before a sentence's subject: nothing, "The", "But the"
_OPENS = re.compile(r"\W*(?:(?:But|And|Yet|Meanwhile,?)\s+)?(?:[Tt]he\s+)?")


def abstracted(text: str, start: int, end: int, slots: list[Slot]) -> tuple[str, dict[str, Slot]]:
    """Return the sentence with placeholders, and placeholder -> slot."""
    parts, table, pos = [], {}, start
    for n, slot in enumerate(_name_with_acronym(slots, text)):
        parts.append(text[pos : slot.start])
        tag = f"<{slot.kind}{n}>"
        table[tag] = slot
        parts.append(tag)
        pos = slot.end
    parts.append(text[pos:end])
    return "".join(parts), table
