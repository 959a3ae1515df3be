"""What one abstracted sentence states: the memberships the registered rules (`rules`), the
familiar additions to them ("along with", "followed by", "fellow members") and the general
membership frame find in it."""

from __future__ import annotations

import re
from typing import NamedTuple

from ...records import MemberStatus
from . import guards as G
from . import rules as P
from .fragments import LIST, MEMBER, ORG, THE, C
from .frame import frames
from .frame_words import CUES as FRAME_CUES
from .rule import Rule
from .slots import Slot

_SUSPENDED_ITEM = re.compile(r"\bsuspended\s+(?:the\s+)?$", re.IGNORECASE)
# "a member of the EU and NATO": more organizations right after the one a statement names,
# each ending the clause ("the EU and NATO troops" is none)
_MORE_ORGS = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(<O\d+>)"
    r"(?=\s*(?:[,.;:)—–]|$)|\s+(?:in|since|as|for|and|but|while|which|at)\b)"
)

# a composition told in the past that was a former one: "UNASUR once comprised A and B", "the
# defunct OAU included", "the EAC included A and B until it collapsed", "until 2020", "until
# Russia was expelled" (not "until now comprised", "as talks ran until dawn", "North Macedonia,
# formerly known as Macedonia")
_FORMER_VERB = re.compile(
    r"\b(?:once|formerly|originally)\s+(?:included|comprised)\b|\bdefunct\s+<O", re.IGNORECASE
)
_PAST_COMPOSITION = re.compile(r"\b(?:included|comprised)\b", re.IGNORECASE)
_UNTIL_OVER = re.compile(r"\buntil\s+(?:(?:it|its|they|their)\b|\d{4}\b|<[CO]\d+>)", re.IGNORECASE)

# the words a sentence must contain for a rule or the membership frame to be tried
FRAME_CUE_WORDS = frozenset(FRAME_CUES)


class Hit(NamedTuple):
    """One membership a sentence states: the rule, the organization, the country and its standing."""

    rule: str
    org: str
    slot: Slot
    status: MemberStatus
    # the standing the statement settles, whatever other statements say: "member" when it ends a
    # suspension ("readmitted", "lifted its suspension"), a suspension when it imposes one again
    settles: MemberStatus | None = None


def memberships_in(
    abstract: str, table: dict[str, Slot], context: str | None, cues: frozenset[str]
) -> list[Hit]:
    """Return the memberships stated in one abstracted sentence."""
    hits: list[Hit] = []
    covered: set[str] = set()  # the placeholders of the countries found, which the frame skips
    # with no organization in the sentence, only rules that read it from the context can fire
    forms = None if "<O" in abstract else G.CONTEXT_RULES
    for rule in _tried(P.LIST_PATTERNS, _LIST_BY_CUE, cues, forms):
        for m in rule.pattern.finditer(abstract):
            orgs = _orgs(m, abstract, table, context)
            if (
                not orgs
                or (G.AFTER_INCLUDED_NOT if rule.form == "includes" else G.AFTER_LIST_NOT).match(
                    abstract, m.end()
                )
                or G.POSSESSED_AFTER_LIST.match(abstract, m.end("list"))
                or _refused(abstract, m, rule.flags)
            ):
                continue
            if _former_composition(abstract, m):
                # (nor does the frame read it again)
                covered.update(P.LIST_ITEM.findall(abstract, m.start("list"), m.end("list")))
                continue
            if G.coordinated(abstract, m.start("list"), m.end("list")):
                continue
            # the list, and the countries a list of what an organization is made of goes on with
            # ("along with C") or its founders were joined by ("founded by A and B, with C joining")
            spans = [(m.start("list"), m.end("list"), rule.id)]
            more = _more_members(abstract, rule, m.end("list"))
            if more is not None:
                spans.append(more)
            for each in orgs:
                if not _own_members_before(m, abstract, table, each):
                    hits += _listed(abstract, table, spans, (rule, m, each), covered)
    for rule in _tried(P.SINGLE_PATTERNS, _SINGLE_BY_CUE, cues, forms):
        for m in rule.pattern.finditer(abstract):
            orgs = _orgs(m, abstract, table, context)
            if not orgs or _refused(abstract, m, rule.flags):
                continue
            if m.groupdict().get("a") and table[m.group("a")].value != table[m.group("c")].value:
                continue  # "Kenya voted to suspend the country's membership": another country's
            if rule.form in ("membership", "suspension") and (
                G.MEMBERSHIP_NOT.search(abstract, 0, m.start())
                or G.MEMBERSHIP_AFTER_NOT.match(abstract, m.end())
                or (
                    rule.form == "membership"
                    and not abstract.startswith(("'s", "’s"), m.end("c"))
                    and G.MEMBERSHIP_TO_BE_GIVEN.search(abstract, max(0, m.start() - 40), m.start())
                )
            ):
                continue
            settles = _settles(rule, m, rule.status)
            status = rule.status
            if rule.form == "restored" and settles is None and _undone(m):
                status = "suspended"  # "declined to revoke the decision suspending Niger": it stands
            hits += [Hit(rule.id, org, table[m.group("c")], status, settles) for org in orgs]
            covered.add(m.group("c"))
    hits += _added(abstract, hits, table, covered, context)
    if FRAME_CUE_WORDS.isdisjoint(cues):
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
# "..., and so did C", "..., as did C": what the clause before states holds for C too (the pairs
# of words that must be in the sentence first)
_SO_DID_WORDS = tuple(
    f"{a} {b} " for a in ("so", "as") for b in ("did", "has", "have", "had", "is", "are", "was", "were")
)
_SO_DID = re.compile(
    rf",?\s+(?:and\s+)?(?:so|as)\s+(?:did|has|have|had|is|are|was|were)\s+{THE}{LIST}(?!['’])"
    # (the list ends its clause: not "so is Lithuania, and Ukraine wants to be")
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|since|after|before|last|this|a|an|the|too|earlier|later)\b)",
    re.IGNORECASE,
)
# the words of a membership statement, the last of which the clause "so did" repeats must hold
_STATED_MEMBERSHIP = re.compile(r"<O\d+>|\bmembers?(?:hip)?\b", re.IGNORECASE)
# a clause's end between that word and "so did" ("Kenya, a member of the EAC, criticised the
# decision, as did Ethiopia": what Ethiopia did is criticise)
_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:and|but|while)\b", re.IGNORECASE)
_COMPOSITION_RULES = ("includes", "members-are", "make-up")


def _listed(
    abstract: str,
    table: dict[str, Slot],
    spans: list[tuple[int, int, str]],
    stated: tuple[Rule, re.Match[str], str],
    covered: set[str],
) -> list[Hit]:
    """Return the members of the organization a list rule's match states, by the (start, end,
    rule id) spans of the countries listed; add their placeholders to ``covered``."""
    rule, m, org = stated
    hits = []
    for start, end, rule_id in spans:
        for item in P.LIST_ITEM.finditer(abstract, start, end):
            covered.add(item.group())
            # "Brazil, Uruguay and suspended Paraguay"
            marked = _SUSPENDED_ITEM.search(abstract, max(0, item.start() - 12), item.start())
            status = "suspended" if marked else rule.status
            hits.append(Hit(rule_id, org, table[item.group()], status, _settles(rule, m, status)))
    return hits


def _more_members(abstract: str, rule: Rule, end: int) -> tuple[int, int, str] | None:
    """Return the span and rule id of the countries that go on a list of members ending at
    ``end``: "along with" more after what an organization is made of, "with C joining" after its
    founders."""
    if rule.form in _COMPOSITION_RULES:
        m, rule_id = _MORE_ITEMS.match(abstract, end), "along-with"
    elif rule.form == "founders":
        m, rule_id = _JOINING_AFTER.match(abstract, end), "joined/with"
    else:
        return None
    return (m.start(), m.end(), rule_id) if m is not None else None


_JOINING_AFTER = re.compile(
    rf"\s*,?\s+with\s+{THE}{LIST.replace('?P<list>', '')}\s+(?:joining|having\s+joined|who\s+joined)\b"
    # (joining the organization, or at a time: not "joining as an observer", "joining the protests")
    r"(?=\s*(?:[,.;]|$)|\s+(?:(?:it|them)|the\s+(?:group|grouping|bloc|alliance|organi[sz]ation)|in|on|at|later"
    r"|after|since|soon|shortly|a\s+year|the\s+following|\d{4})\b(?!\s+as\b)|\s+<O\d+>(?!\s+as\b))"
)
_MORE_ITEMS = re.compile(
    rf"\s*,?\s+(?:along\s+with|together\s+with|alongside)\s+{THE}{LIST.replace('?P<list>', '')}"
    # (ending the clause: not "along with Chad as an observer", "alongside France in some drills")
    r"(?=\s*(?:[.;]|$|,\s+(?:while|but|and|whereas)\b))"
)
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
    """Return the standing a rule's statement settles (`Hit.settles`), or None."""
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
    abstract: str, hits: list[Hit], table: dict[str, Slot], covered: set[str], context: str | None
) -> list[Hit]:
    """Return the members a sentence adds to those its rules found: the countries "along with"
    a member, those set apart before a statement of what the organization is made of, and the
    subject of a sentence that speaks of its "fellow" members."""
    added: list[Hit] = []
    fellow = _FELLOW_SUBJECT.match(abstract) if "fellow" in abstract else None
    if fellow is not None and fellow.group("head") not in covered:
        org = _org(fellow, table, context)
        if org is not None:
            covered.add(fellow.group("head"))
            added.append(Hit("fellow-subject", org, table[fellow.group("head")], "member"))
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
            added.append(Hit("along-with", head.org, table[item.group()], head.status))
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
                added.append(Hit("followed-by", joined[-1].org, table[item.group()], joined[-1].status))
    so = _SO_DID.search(abstract) if any(map(low.__contains__, _SO_DID_WORDS)) else None
    if so is not None:
        stated_at = [c.end() for c in _STATED_MEMBERSHIP.finditer(abstract, 0, so.start())]
        if not stated_at or _CLAUSE_BREAK.search(abstract[stated_at[-1] : so.start()].rstrip(",; ")):
            so = None
    if so is not None:
        # "A and B became members in 2024, and so did C in 2025", "A joined the bloc, as did B"
        before = {item.group() for item in P.LIST_ITEM.finditer(abstract, 0, so.start())}
        stated = [h for h in hits if any(table[t] is h.slot for t in before)]
        if stated and len({h.org for h in stated}) == 1:
            for item in P.LIST_ITEM.finditer(abstract, so.start("list"), so.end("list")):
                if item.group() not in covered:
                    covered.add(item.group())
                    added.append(Hit("so-did", stated[-1].org, table[item.group()], stated[-1].status))
    besides = _BESIDES.match(abstract)
    if besides is not None:
        orgs = {h.org for h in hits if h.rule.split("/")[0] in _COMPOSITION_RULES}
        if len(orgs) == 1:
            org = orgs.pop()
            for item in P.LIST_ITEM.finditer(abstract, besides.start("list"), besides.end("list")):
                covered.add(item.group())
                added.append(Hit("besides", org, table[item.group()], "member"))
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


def _framed(abstract: str, table: dict[str, Slot], context: str | None, covered: set[str]) -> list[Hit]:
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
            hits.append(Hit(P.FRAME_RULES[hit.kind].id, org, table[hit.item], hit.status))
    return hits


def _former_composition(abstract: str, m: re.Match[str]) -> bool:
    """Return True for what an organization was made of told in the past, of a time that is over
    ("UNASUR once comprised A and B", "... until it collapsed", "Until 2020, the EU comprised 28
    member states, including the UK")."""
    if _PAST_COMPOSITION.search(abstract, 0, m.end()) is None:
        return False
    return _FORMER_VERB.search(abstract, 0, m.end()) is not None or _UNTIL_OVER.search(abstract) is not None


def _refused(abstract: str, m: re.Match[str], flags: str) -> bool:
    """Return True when the words before a match undo it (a former member, a preposition)."""
    before = abstract[max(0, m.start() - 40) : m.start()]
    if G.BEFORE_NOT.search(before):
        return True
    # "leaders of Egypt, which joined the group": a relative clause has its own subject
    if "d" in flags and not G.DETERMINED.search(before):
        return True
    if "h" in flags and (G.SUPPOSED_BEFORE.search(before) or G.PREPOSITION_NEAR_BEFORE.search(before)):
        # "If five more countries joined the bloc, including A": supposed, not told; "Protesters
        # from several countries joined": not the countries
        return True
    if "s" not in flags or not G.PREPOSITION_BEFORE.search(before) or G.RELATIVE.search(m.group()):
        return False
    # "In addition to Armenia, Kazakhstan and Russia are members": the one set apart is one too
    return _ADDITIVE_OPENING.fullmatch(abstract, 0, m.start()) is None


def _own_members_before(m: re.Match[str], abstract: str, table: dict[str, Slot], org: str) -> bool:
    """Return whether the words that introduce a list count the organization's own members ("ASEAN
    Plus Three comprises the ten ASEAN countries and China"): a body that adds countries to an
    organization's members is another body, whatever it is named."""
    groups = m.groupdict()
    named = {groups[g] for g in ("org", "org2", "org3") if groups.get(g)}
    if not named:
        return False  # (the organization is the one counted: "Of the 27 EU states, only A and B")
    return any(
        own.group(1) not in named and table[own.group(1)].value == org
        for own in _MEMBERS_OF.finditer(abstract, m.start(), m.start("list"))
    )


# an organization's members, counted before a list: "the ten ASEAN countries", "the 27 EU members"
_MEMBERS_OF = re.compile(r"(<O\d+>)(?:['’]s)?\s+(?:[\w-]+\s+)?(?:countries|states|nations|members)\b")


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
