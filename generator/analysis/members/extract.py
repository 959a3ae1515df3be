"""Member states that a document states to belong to an organization.

Each sentence is read as an abstracted sentence (`slots`: ``<C1>`` a country, ``<O2>`` an
organization or "the bloc") and matched against the registered rules (`rules`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from ...records import Document, Entity, Member, MemberCertainty, MemberStatus
from ...reference import load_countries, load_organizations
from .. import windows as W
from ..countries import extract_countries
from ..organizations import extract_organizations
from ..sentences import sentence_spans
from . import guards as G
from . import rules as P
from .fragments import COUNT_WORDS, LIST, LIST_FIRST, MEMBER, ORG, THE, C
from .frame import COUNTRY_LIST, THEY, carried, frames
from .frame_words import CUES as FRAME_CUES
from .learned import learned_pairs, member_states, reference_enumerations
from .notes import StandingNotes, status_from_notes
from .rule import Rule
from .slots import SIZED_NAME, Slot, abstracted, find_slots, unsized

# "Qatar left OPEC", "Russia was thrown out of what was the G8": a membership that is over
_LEFT = re.compile(
    rf"{LIST_FIRST}\s+(?:(?:has|have|had|formally|officially|later|then)\s+)*(?:left|quit|exited|withdrew\s+from|"
    r"withdrawn\s+from|pulled\s+out\s+of|(?:was|were|been)\s+(?:expelled|thrown\s+out|kicked\s+out|ousted)\s+"
    rf"(?:of|from))\s+(?:what\s+was\s+)?(?:the\s+)?(?P<org>{ORG})",
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
# "the three EAC member countries": a count of members that refers back to a list of that size
_COUNT = r"\b(?:the|these|those)\s+(?P<n>" + "|".join(COUNT_WORDS) + r")"
_COUNTED_CUE = re.compile(_COUNT + r"\s", re.IGNORECASE)
_COUNTED_NOUNS = ("member", "countr", "nation", "state")
_COUNTED = re.compile(
    _COUNT + r"\s+(?P<org><O\d+>)\s+"
    r"(?:members|member[- ]states|member[- ]countries|member[- ]nations|countries|states|nations)\b",
    re.IGNORECASE,
)
# "the four-nation Quad", "the 15-member ECOWAS": an organization's size, as the article gives it
_SIZED = re.compile(
    r"\b(?P<n>\d{1,2}|"
    + "|".join(COUNT_WORDS)
    + r")-(?:nation|member|country|state)\s+(?:[\w-]+\s+){0,2}?(?P<org><O\d+>)",
    re.IGNORECASE,
)
# "the four democracies - the US, India, Australia and Japan -": a counted list set off after its noun
_SIZED_NOUN = (
    r"\bthe\s+(?P<n>\d{1,2}|"
    + "|".join(COUNT_WORDS)
    + r")\s+(?:[a-z-]+\s+)?(?:countries|nations|democracies|states|"
    r"powers|economies)\s*(?:[—–:(]|--?\s)"
)
_SIZED_CUE = re.compile(_SIZED_NOUN, re.IGNORECASE)
_SIZED_LIST = re.compile(rf"{_SIZED_NOUN}\s*(?:the\s+)?{LIST}", re.IGNORECASE)
# "the remaining ten EU countries", "the other CARICOM states", "the other members of NATO"
_OTHERS_CUE = re.compile(r"\b(?:remaining|other|rest\s+of)\b", re.IGNORECASE)
_OTHERS = re.compile(
    r"\b(?:remaining|other|rest\s+of\s+the)\s+(?:[\w-]+\s+)?(?:(?P<org><O\d+>)\s+)?"
    r"(?:members?|member[- ]states|member[- ]countries|countries|states|nations)\b"
    r"(?(org)|\s+(?:of|in)\s+(?P<org2><O\d+>))",
    re.IGNORECASE,
)
# a list of countries that takes a stand: votes, opposes, backs, abstains
_STANDS = re.compile(
    rf"{LIST_FIRST}\s+(?:(?:all|both|also|had|have|then)\s+)*(?:opposed|abstained|voted|backed|supported|"
    r"rejected|approved|endorsed|objected|vetoed|(?:were|was)\s+(?:in\s+favou?r|against|opposed))\b",
    re.IGNORECASE,
)
# "expelled from what was then the G8": a name the organization no longer has sets no context
_FORMER = re.compile(r"\bwhat\s+(?:was|were)\s+(?:then\s+|once\s+)?$", re.IGNORECASE)


def _former(text: str, start: int) -> bool:
    lo = max(0, start - 20)
    return text.find("hat ", lo, start) >= 0 and _FORMER.search(text, lo, start) is not None


_SUSPENDED_ITEM = re.compile(r"\bsuspended\s+(?:the\s+)?$", re.IGNORECASE)
# "a member of the EU and NATO": more organizations right after the one a statement names,
# each ending the clause ("the EU and NATO troops" is none)
_MORE_ORGS = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(<O\d+>)"
    r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:in|since|as|for|and|but|while|which|at)\b)"
)


# the words a sentence must contain for a rule or the membership frame to be tried
_FRAME_CUES = frozenset(FRAME_CUES)
_GATE_WORDS = tuple(sorted(set(G.GATE_WORDS) | _FRAME_CUES))
_CONTEXT_GATE_WORDS = tuple(sorted(set(G.CONTEXT_GATE_WORDS) | _FRAME_CUES))


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


class _Hit(NamedTuple):
    """One membership a sentence states: the rule, the organization, the country and its standing."""

    rule: str
    org: str
    slot: Slot
    status: MemberStatus
    # the standing the statement settles, whatever other statements say: "member" when it ends a
    # suspension ("readmitted", "lifted its suspension"), a suspension when it imposes one again
    settles: MemberStatus | None = None


def _found(abstract: str, table: dict[str, Slot], context: str | None, cues: frozenset[str]) -> list[_Hit]:
    """Return the memberships stated in one abstracted sentence."""
    hits: list[_Hit] = []
    covered: set[str] = set()  # the placeholders of the countries found, which the frame skips
    # with no organization in the sentence, only rules that read it from the context can fire
    forms = None if "<O" in abstract else G.CONTEXT_RULES
    for rule in _tried(P.LIST_PATTERNS, _LIST_BY_CUE, cues, forms):
        for m in rule.pattern.finditer(abstract):
            orgs = _orgs(m, abstract, table, context)
            if (
                not orgs
                or G.AFTER_LIST_NOT.match(abstract, m.end())
                or G.POSSESSED_AFTER_LIST.match(abstract, m.end("list"))
                or _refused(abstract, m, rule.flags)
            ):
                continue
            if G.coordinated(abstract, m.start("list"), m.end("list")):
                continue
            for each in orgs:
                for item in P.LIST_ITEM.finditer(abstract, m.start("list"), m.end("list")):
                    covered.add(item.group())
                    # "Brazil, Uruguay and suspended Paraguay"
                    marked = _SUSPENDED_ITEM.search(abstract, max(0, item.start() - 12), item.start())
                    status = "suspended" if marked else rule.status
                    hits.append(_Hit(rule.id, each, table[item.group()], status, _settles(rule, m, status)))
    for rule in _tried(P.SINGLE_PATTERNS, _SINGLE_BY_CUE, cues, forms):
        for m in rule.pattern.finditer(abstract):
            orgs = _orgs(m, abstract, table, context)
            if not orgs or _refused(abstract, m, rule.flags):
                continue
            if m.groupdict().get("a") and table[m.group("a")].value != table[m.group("c")].value:
                continue  # "Kenya voted to suspend the country's membership": another country's
            if rule.form == "membership" and (
                G.MEMBERSHIP_NOT.search(abstract, 0, m.start())
                or G.MEMBERSHIP_AFTER_NOT.match(abstract, m.end())
            ):
                continue
            settles = _settles(rule, m, rule.status)
            status = rule.status
            if rule.form == "restored" and settles is None and _undone(m):
                status = "suspended"  # "declined to revoke the decision suspending Niger": it stands
            hits += [_Hit(rule.id, org, table[m.group("c")], status, settles) for org in orgs]
            covered.add(m.group("c"))
    hits += _added(abstract, hits, table, covered, context)
    if _FRAME_CUES.isdisjoint(cues):
        return hits
    # the frame does not read again an enumeration whose countries a rule above has found
    return hits + _framed(abstract, table, context, covered)


# "A, a CSTO member along with B and C,": countries added to a member share its membership
_ALONG_WITH = re.compile(
    rf"(?P<head>{C})\s*,?\s+(?:also\s+)?(?:an?|the|one|another)\s+(?:(?:[\w-]+|{ORG})\s+){{0,2}}?{MEMBER}"
    rf"(?:\s+(?:of|in)\s+{ORG})?\s+(?:along\s+with|together\s+with|alongside|as\s+well\s+as|like)\s+{THE}{LIST}",
    re.IGNORECASE,
)
# "A became a full member of the SCO in 2017 along with B": ... or who became one with it
_ALONG_WITH_AFTER = re.compile(
    rf"(?P<head>{C})\s+(?:[\w-]+\s+){{0,4}}?(?:members?|joined|admitted|acceded)"
    rf"(?:\s+(?:(?:of|in|to|into)\s+)?{ORG})?(?:\s+(?:in|on|since|last|this)\s+[\w-]+(?:\s+\d{{4}})?)?\s*,?"
    rf"\s+(?:along\s+with|together\s+with|alongside)\s+{THE}{LIST}",
    re.IGNORECASE,
)
# "Besides A, the EAEU comprises B and C": countries set apart before a statement of what an
# organization is made of belong to it too
_ADDITIVE = r"(?:in\s+addition\s+to|aside\s+from|apart\s+from|along\s+with|together\s+with|besides)"
_BESIDES = re.compile(rf"^\W*{_ADDITIVE}\s+{THE}{LIST}\s*,", re.IGNORECASE)
# "Niger had hoped to talk with fellow ECOWAS member states": the sentence's subject is a member
_FELLOW_SUBJECT = re.compile(
    rf"\W*(?:(?:on|in|last|this|earlier)\s+[\w-]+\s*,?\s+)?(?P<head>{C})(?!['’]|\s*(?:,|and|or)\s*<)"
    rf"[^<>;]{{0,120}}?\bfellow\s+(?:(?P<org>{ORG})\s+)?(?:{MEMBER}|countries|nations|states|allies)\b"
    rf"(?:\s+(?:of|in)\s+(?P<org2>{ORG})(?!['’])|(?!\s+(?:of|in)\s))",
    re.IGNORECASE,
)
# what a sentence opens with that adds what it names to the subject that follows
_ADDITIVE_OPENING = re.compile(rf"\W*{_ADDITIVE}\s+(?:the\s+)?", re.IGNORECASE)
# "..., followed by Vietnam in 1995, Laos and Myanmar in 1997, and Cambodia in 1999"
_FOLLOWED_BY = re.compile(
    r",?\s+followed\s+by\s+(?P<rest>(?:(?:the\s+)?<[CA]\d+>|in\s+\d{4}|(?:a|one|two)\s+years?\s+later|and|,|\s)+)",
    re.IGNORECASE,
)
_JOINING_RULES = ("joined", "admitted", "became-member", "became-members", "readmitted")
_COMPOSITION_RULES = ("includes", "members-are", "make-up")
# the statements that give a suspended member its standing back: their forms, and the verbs
# that make an admission one ("readmitted", "reinstated")
_RESTORING_RULES = ("restored", "readmitted")
_RESTORING_VERB = re.compile(
    r"\b(?:re-?admit|reinstat|restor|reactivat|lift|revok|rescind)\w*", re.IGNORECASE
)
# what makes a restoration in its own clause one not (yet) done: "called for lifting", "may
# lift", "has not lifted", "hope the AU lifts"
_NOT_DONE = re.compile(
    r"\b(?:not|n't|never|no|may|might|could|would|will|shall|should|must|whether|if|yet|refus\w*|fail\w*|declin\w*|"
    r"call\w*\s+for|urg\w*|demand\w*|ask\w*|want\w*|seek\w*|sought|hop\w*|plan\w*|consider\w*|expect\w*)\b",
    re.IGNORECASE,
)
# a restoration told by a form that is no finite verb, yet done: "voted to restore", "after lifting"
_DONE_BEFORE = re.compile(
    r"\b(?:(?:voted|decided|agreed)\s+to|after|since|following|voted\s+(?:in\s+favou?r\s+of|for))\s+$",
    re.IGNORECASE,
)
# a suspension imposed again: "re-suspended", or "again" in the words right after the statement
# ("suspended Gabon again", "was suspended again in 2025")
_RESUSPENDED = re.compile(r"\bre-?suspen", re.IGNORECASE)
_AGAIN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?again\b", re.IGNORECASE)


def _settles(rule: Rule, m: re.Match[str], status: MemberStatus) -> MemberStatus | None:
    """Return the standing a rule's statement settles (`_Hit.settles`), or None."""
    if status != "member":
        again = _RESUSPENDED.search(m.group()) or _AGAIN_AFTER.match(m.string, m.end())
        return status if again else None
    if rule.form not in _RESTORING_RULES and rule.form != "admitted":
        return None
    found = _restoring_verb(m)
    if found is None:
        return None
    verb, clause = found
    if rule.form == "admitted" and verb.lower().startswith(("restor", "reactivat", "lift")):
        return None  # an admission is a restoration only as a readmission
    done = verb.lower().endswith(("ed", "s")) or _DONE_BEFORE.search(clause)
    return "member" if done and not _NOT_DONE.search(clause) else None


def _restoring_verb(m: re.Match[str]) -> tuple[str, str] | None:
    """Return a statement's restoring verb and the words of its own clause before it (not a
    relative clause set off before it: "The AU, which had asked for elections, lifted ...")."""
    verb = _RESTORING_VERB.search(m.group())
    if verb is None:
        return None
    at = m.start() + verb.start()
    return verb.group(), re.split(r"[,;.]", m.string[max(0, at - 60) : at])[-1]


def _undone(m: re.Match[str]) -> bool:
    """Return whether a restoration's verb is, in its own clause, not done ("declined to revoke",
    "called on ECOWAS to lift", "has not lifted")."""
    found = _restoring_verb(m)
    return found is not None and _NOT_DONE.search(found[1]) is not None


def _added(
    abstract: str, hits: list[_Hit], table: dict[str, Slot], covered: set[str], context: str | None
) -> list[_Hit]:
    """Return the members a sentence adds to those its rules found: the countries "along with"
    a member, those set apart before a statement of what the organization is made of, and the
    subject of a sentence that speaks of its "fellow" members."""
    added: list[_Hit] = []
    fellow = _FELLOW_SUBJECT.match(abstract) if "fellow" in abstract else None
    if fellow is not None and fellow.group("head") not in covered:
        org = _org(fellow, table, context)
        if org is not None:
            covered.add(fellow.group("head"))
            added.append(_Hit("fellow-subject", org, table[fellow.group("head")], "member"))
    if not hits:
        return added
    by_slot = {(h.slot.start, h.slot.end): h for h in hits}
    low = abstract.lower()
    along = any(w in low for w in ("along", "together", "as well as", " like "))
    for m in (*_ALONG_WITH.finditer(abstract), *_ALONG_WITH_AFTER.finditer(abstract)) if along else ():
        head = by_slot.get((table[m.group("head")].start, table[m.group("head")].end))
        if head is None:
            continue
        for item in P.LIST_ITEM.finditer(abstract, m.start("list"), m.end("list")):
            covered.add(item.group())
            added.append(_Hit("along-with", head.org, table[item.group()], head.status))
    followed = _FOLLOWED_BY.search(abstract) if "followed by" in abstract else None
    if followed is not None:
        # "Brunei joined ASEAN in 1984, followed by Vietnam in 1995 and Laos in 1997"
        before = {item.group() for item in P.LIST_ITEM.finditer(abstract, 0, followed.start())}
        joined = [
            h
            for h in hits
            if h.rule.split("/")[0] in _JOINING_RULES and any(table[t] is h.slot for t in before)
        ]
        if joined:
            for item in P.LIST_ITEM.finditer(abstract, followed.start("rest"), followed.end("rest")):
                covered.add(item.group())
                added.append(_Hit("followed-by", joined[-1].org, table[item.group()], joined[-1].status))
    besides = _BESIDES.match(abstract)
    if besides is not None:
        orgs = {h.org for h in hits if h.rule.split("/")[0] in _COMPOSITION_RULES}
        if len(orgs) == 1:
            org = orgs.pop()
            for item in P.LIST_ITEM.finditer(abstract, besides.start("list"), besides.end("list")):
                covered.add(item.group())
                added.append(_Hit("besides", org, table[item.group()], "member"))
    return added


def _by_cue(rules: tuple[Rule, ...]) -> dict[str, tuple[int, ...]]:
    """Return, for each cue word, the positions in ``rules`` of the rules whose gate holds it."""
    out: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for word in rule.gate:
            out.setdefault(word, []).append(i)
    return {word: tuple(found) for word, found in out.items()}


_LIST_BY_CUE = _by_cue(P.LIST_PATTERNS)
_SINGLE_BY_CUE = _by_cue(P.SINGLE_PATTERNS)


def _tried(
    rules: tuple[Rule, ...],
    by_cue: dict[str, tuple[int, ...]],
    cues: frozenset[str],
    forms: frozenset[str] | None,
) -> list[Rule]:
    """Return, in table order, the rules whose gate ``cues`` passes (only those of ``forms``, if given)."""
    picked = sorted({i for cue in cues for i in by_cue.get(cue, ())})
    return [rules[i] for i in picked if forms is None or rules[i].form in forms]


def _framed(abstract: str, table: dict[str, Slot], context: str | None, covered: set[str]) -> list[_Hit]:
    """Return the memberships the membership frame finds: of the organization its word is
    attached to, else of the sentence's only one, else of the one in context."""
    named = {s.value for t, s in table.items() if t.startswith("<O")}
    hits = []
    for hit in frames(abstract, covered):
        if hit.org is not None:
            org: str | None = table[hit.org].value
        else:
            org = next(iter(named)) if len(named) == 1 else None if named else context
        if org is not None:
            hits.append(_Hit(P.FRAME_RULES[hit.kind].id, org, table[hit.item], hit.status))
    return hits


def _refused(abstract: str, m: re.Match[str], flags: str) -> bool:
    """Return True when the words before a match undo it (a former member, a preposition)."""
    before = abstract[max(0, m.start() - 40) : m.start()]
    if G.BEFORE_NOT.search(before):
        return True
    # "leaders of Egypt, which joined the group": a relative clause has its own subject
    if "d" in flags and not G.DETERMINED.search(before):
        return True
    if "s" not in flags or not G.PREPOSITION_BEFORE.search(before) or G.RELATIVE.search(m.group()):
        return False
    # "In addition to Armenia, Kazakhstan and Russia are members": the one set apart is one too
    return _ADDITIVE_OPENING.fullmatch(abstract, 0, m.start()) is None


def _orgs(m: re.Match[str], abstract: str, table: dict[str, Slot], context: str | None) -> list[str]:
    """Return the organizations a match is about: `_org`'s, then those named with it
    ("a member of the EU and NATO", group ``also``: "belong to both NATO and the EU")."""
    org = _org(m, table, context)
    if org is None:
        return []
    orgs = [org]
    groups = m.groupdict()
    if groups.get("also"):
        orgs.append(table[groups["also"]].value)
    named = next((name for name in ("org", "org2", "org3") if groups.get(name)), None)
    if named is not None and m.end(named) == m.end():
        pos = m.end()
        while more := _MORE_ORGS.match(abstract, pos):
            orgs.append(table[more.group(1)].value)
            pos = more.end()
    return orgs


def _org(m: re.Match[str], table: dict[str, Slot], context: str | None) -> str | None:
    """Return the organization a match is about: its own, the sentence's only one, or the context's."""
    groups = m.groupdict()
    for name in ("org", "org2", "org3"):
        if groups.get(name):
            return table[groups[name]].value
    # an organization among the listed items is not the one they are members of
    listed = groups.get("list") or ""
    named = {s.value for t, s in table.items() if t.startswith("<O") and t not in listed}
    if len(named) == 1:
        return named.pop()
    return context if not named else None


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
    first: dict[tuple[str, str], _Hit] = {}
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
        first[(org, slot.value)] = _Hit(LEARNED_RULE, org, slot, "member")
    # and, as uncertain too, the lists whose countries the reference data has as members
    known = {key: hit.slot for key, hit in first.items()}
    for org, slot in reference_enumerations(doc.text, sentences, bare, known):
        first[(org, slot.value)] = _Hit(REFERENCE_RULE, org, slot, "member")
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
        abstract, table = _abstracted_span(text, span, slots, starts)
        for m in (*_LEFT.finditer(abstract), *_LEFT_NOUN.finditer(abstract)):
            org = table[m.group("org")].value
            over.update((org, table[c].value) for c in P.LIST_ITEM.findall(m.group("list")))
    return over


def _abstracted_span(
    text: str, span: tuple[int, int], slots: list[Slot], starts: list[int]
) -> tuple[str, dict[str, Slot]]:
    """Return `abstracted` of the sentence at ``span`` with its slots (``starts``: where each slot starts)."""
    i, j = bisect.bisect_left(starts, span[0]), bisect.bisect_left(starts, span[1])
    return abstracted(text, span[0], span[1], slots[i:j])


# the rule ids of the members the learned reading adds (`learned`) and of those the reference
# data's member lists add (`reference_enumerations`)
LEARNED_RULE = "learned"
REFERENCE_RULE = "enumeration:reference"


def _may_be_over(rule: str) -> bool:
    """True for the rule ids whose members a leaving the document tells elsewhere undoes: the
    frame's and the learned reading's (a past membership), a threat to leave and a threat of
    suspension."""
    return _framed_rule(rule) or rule.partition("/")[0] in ("may-leave", "may-be-suspended")


def _framed_rule(rule: str) -> bool:
    """True for the general membership frame's rule ids, the learned reading's and the reference
    lists', whose members are uncertain."""
    return rule.startswith("frame/") or rule in (LEARNED_RULE, REFERENCE_RULE)


def _statements(text: str, sentences: list[tuple[int, int]], slots: list[Slot]) -> Iterator[_Hit]:
    """Yield each membership stated, in text order."""
    starts = [start for start, _ in sentences]
    # a sentence in which no placeholder starts states nothing and changes no context
    read = sorted({k for k in (bisect.bisect_right(starts, s.start) - 1 for s in slots) if k >= 0})
    i, context = 0, None
    # the organization in context is the one named most so far, the latest of those tied:
    # "ECOWAS met. Mali and Niger, which left the bloc, formed the AES. The remaining members..."
    named: Counter[str] = Counter()
    read_before = i_before = -1  # the sentence read before, and its first slot
    sizes: dict[int, set[str]] | None = None  # `_org_sizes`, once a sentence needs it
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
            and _OTHERS_CUE.search(text, start, end)
        ):
            # "A and B opposed. The remaining ten EU countries were in favour": A and B are EU countries
            before = sentences[k - 1] if k > 0 and read_before == k - 1 else None
            if before is not None and "\n" in text[before[1] : start]:
                before = None  # only in the same paragraph
            yield from _presupposed(text, (start, end), before, slots)
        if "O" in kinds and any(map(low.__contains__, _COUNTED_NOUNS)) and _COUNTED_CUE.search(low):
            # "Kenya, Rwanda and Uganda ... the three EAC member countries": the last list of three
            yield from _counted(text, sentences, k, slots)
        if "O" not in kinds and context is not None and "C" in kinds and _SIZED_CUE.search(low):
            # "the four democracies - A, B, C and D -" in an article on "the four-nation Quad"
            if sizes is None:
                sizes = _org_sizes(text, slots)
            yield from _sized(text, (start, end), slots, sizes)
        if kinds <= {"O"}:
            if k > 0 and read_before == k - 1 and THEY.match(text, start):
                spans = (sentences[k - 1], (start, end))
                yield from _carried(text, spans, (slots[i_before:i], slots[i:j]), context)
            continue
        if "O" not in kinds and context is None:
            # no organization named in it or before it: no rule and no frame has one to give
            read_before, i_before = k, i
            continue
        # without an organization in it, a sentence can only state membership in a few ways
        words = _GATE_WORDS if "O" in kinds else _CONTEXT_GATE_WORDS
        # "the EAC Partner States": an organization's own name for its members reads as "member states"
        own = _own_noun(slots[i:j], context) if any(map(low.__contains__, _OWN_FIRST_WORDS)) else None
        if own is not None and own.search(sentence):
            low = own.sub(_as_members, sentence).lower()
        else:
            own = None
        cues = frozenset(filter(low.__contains__, words))
        if k > 0 and G.about_members(text[sentences[k - 1][0] : sentences[k - 1][1]]):
            cues |= G.AFTER_MEMBERS  # "The EU has 27 members. Among them are France and Italy."
        if cues:
            abstract, table = abstracted(text, start, end, slots[i:j])
            if own is not None:
                abstract = own.sub(_as_members, abstract)
            yield from _found(abstract, table, context, cues)
        read_before, i_before = k, i


def _counted(text: str, sentences: list[tuple[int, int]], k: int, slots: list[Slot]) -> Iterator[_Hit]:
    """Yield the members that "the three EAC member countries" in sentence ``k`` refers to: the
    countries of the nearest list of exactly that many in the sentences before."""
    starts = [s.start for s in slots]
    abstract, table = _abstracted_span(text, sentences[k], slots, starts)
    m = _COUNTED.search(abstract)
    if m is None:
        return
    org, size = table[m.group("org")].value, COUNT_WORDS[m.group("n").lower()]
    for back in range(k - 1, max(-1, k - 1 - W.COUNTED_LIST_BACK), -1):
        previous, names = _abstracted_span(text, sentences[back], slots, starts)
        lists = [P.LIST_ITEM.findall(found.group("list")) for found in COUNTRY_LIST.finditer(previous)]
        for tags in reversed(lists):
            if len(tags) == size and all(names[t].kind in "CA" for t in tags):
                for t in tags:
                    yield _Hit("counted-anaphor", org, names[t], "member")
                return
        if any(len(tags) > 1 for tags in lists):
            return  # a list of another size stands nearer: the count is not of an earlier one


def _sized(text: str, span: tuple[int, int], slots: list[Slot], sizes: dict[int, set[str]]) -> Iterator[_Hit]:
    """Yield the countries of a counted list ("the four democracies - A, B, C and D -") as members
    of the one organization the article gives that many members ("the four-nation Quad"), when
    the reference data lists every one of them as a member of it."""
    starts = [s.start for s in slots]
    abstract, table = _abstracted_span(text, span, slots, starts)
    m = _SIZED_LIST.search(abstract)
    if m is None:
        return
    tags = P.LIST_ITEM.findall(m.group("list"))
    if len(tags) != _count(m.group("n")) or not all(table[t].kind in "CA" for t in tags):
        return
    sized = sizes.get(len(tags), set())
    if len(sized) != 1:
        return
    org = next(iter(sized))
    ref = load_organizations().get(org)
    listed = {iso3 for iso3, _ in ref.members.states} if ref is not None and ref.members else set()
    if all(table[t].value in listed for t in tags):
        for t in tags:
            yield _Hit("counted-list", org, table[t], "member")


def _org_sizes(text: str, slots: list[Slot]) -> dict[int, set[str]]:
    """Return the organizations the article gives a number of members ("the four-nation Quad"),
    by that number."""
    whole, names = abstracted(text, 0, len(text), slots)
    sizes: dict[int, set[str]] = {}
    for found in _SIZED.finditer(whole):
        sizes.setdefault(_count(found.group("n")), set()).add(names[found.group("org")].value)
    # (a size read as part of the name: "the 16-nation Pacific Islands Forum")
    for slot in slots:
        sized = SIZED_NAME.match(text, slot.start, slot.end) if slot.bare >= 0 else None
        if sized is not None and (sized.group("n").isdigit() or sized.group("n").lower() in COUNT_WORDS):
            sizes.setdefault(_count(sized.group("n")), set()).add(slot.value)
    return sizes


def _count(word: str) -> int:
    """Return the number a count word or its digits give."""
    return int(word) if word.isdigit() else COUNT_WORDS[word.lower()]


def _presupposed(
    text: str, span: tuple[int, int], before: tuple[int, int] | None, slots: list[Slot]
) -> Iterator[_Hit]:
    """Yield the countries that "the other (N) ORG countries" of a sentence presupposes to be ORG's:
    those that take a stand (vote, oppose, back) before it in the sentence or in the one before."""
    starts = [s.start for s in slots]
    abstract, table = _abstracted_span(text, span, slots, starts)
    m = _OTHERS.search(abstract)
    if m is None:
        return
    org = table[m.group("org") or m.group("org2")].value
    stands = [(abstract[: m.start()], table)]
    if before is not None:
        stands.append(_abstracted_span(text, before, slots, starts))
    for part, names in stands:
        for stand in _STANDS.finditer(part):
            for item in P.LIST_ITEM.finditer(part, stand.start("list"), stand.end("list")):
                if names[item.group()].kind in "CA":
                    yield _Hit("others-presupposed", org, names[item.group()], "member")


def _carried(
    text: str,
    spans: tuple[tuple[int, int], tuple[int, int]],
    slots: tuple[list[Slot], list[Slot]],
    context: str | None,
) -> Iterator[_Hit]:
    """Yield the memberships a sentence states of the countries the sentence before opens with
    ("Armenia and Belarus signed. They are both members of the EAEU."): ``spans`` and ``slots``
    are those of the sentence before, then of the sentence."""
    previous, items = abstracted(text, *spans[0], slots[0])
    abstract, table = abstracted(text, *spans[1], slots[1])
    named = {s.value for s in table.values()}
    for hit in carried(previous, abstract):
        org = table[hit.org].value if hit.org else next(iter(named)) if len(named) == 1 else context
        if org is not None:
            yield _Hit(P.FRAME_RULES[hit.kind].id, org, items[hit.item], hit.status)


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
    first: dict[tuple[str, str], _Hit],
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
