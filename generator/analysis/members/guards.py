"""Words around a membership match that undo it, and the cue words every pattern needs."""

from __future__ import annotations

import re

from .. import lexicon as lx

# "A, B and C are observers": a list followed by this is not a member list
_OTHER_STANDING_AFTER = (
    r"\s*,?\s*(?:as|are|is|were|which\s+are)\s+(?:\w+\s+)?"
    r"(?:observers?|partners?|candidates?|guests?|invitees?)\b"
)
_SPEECH_VERB_AFTER = r"\s+(?:" + "|".join(lx.BRIEF_SPEECH_VERBS) + r")\b"
# "all EU member states, Hungary said": the country speaks; it is not listed; nor are countries
# set off after members before a speech verb ("circulated to EU member states, Ukraine and
# Moldova, says")
AFTER_LIST_NOT = re.compile(rf"{_OTHER_STANDING_AFTER}|\s*,?{_SPEECH_VERB_AFTER}", re.IGNORECASE)
# ... but what an organization includes may end the clause that says so, before its verb
# ("CARICOM, whose members include A and B, said"): only no comma makes the list the speaker
AFTER_INCLUDED_NOT = re.compile(rf"{_OTHER_STANDING_AFTER}|{_SPEECH_VERB_AFTER}", re.IGNORECASE)
# "the members are Argentina's main partners", "being Ukraine's donors": the list's last country
# owns what the sentence speaks of (not its own standing: "suspended Mali's membership")
POSSESSED_AFTER_LIST = re.compile(
    r"['’]s\s+(?!(?:[\w-]+\s+){0,2}(?:membership|participation|suspension|accession|admission|entry|"
    r"readmission|return|reinstatement|seat|presidency|chairmanship|chair)\b)",
    re.IGNORECASE,
)
# "bid for Sweden's NATO membership", "a path for Ankara's EU membership": wanted, not held
MEMBERSHIP_NOT = re.compile(
    r"\b(?:for|on|towards?|bid|path|way|application|candidacy|seek\w*|appl\w+|pursu\w*|hopes?|future|"
    r"potential|eventual|accession|decision|talks|negotiations"
    # "Hungary blocked Ukraine's EU membership": a membership someone acts on is not one held
    # (not "criticized Armenian membership": a membership criticized is held)
    r"|block(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|veto(?:es|ed|ing)?|back(?:s|ed|ing)?|support(?:s|ed|ing)?"
    r"|promis\w*|offer\w*|reject\w*|delay\w*|stall\w*|approv\w*|ratif\w*|endors\w*)"
    r"\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "decided to grant Iran full membership": not yet given (not "decided to grant Niger's membership a
# reprieve": a membership held; nor "decided to extend its suspension")
MEMBERSHIP_TO_BE_GIVEN = re.compile(r"\bdecid\w*\s+to\s+(?:grant|give|offer|admit|accept)\s+$", re.IGNORECASE)
# "Ukraine's NATO membership bid": wanted, not held (nor one only proposed or discussed, nor
# another standing: "Israel's suspension as an observer")
# what a membership is followed by when it is still to come ("membership bid", "talks")
MEMBERSHIP_TO_COME = (
    r"bid|application|aspirations?|hopes?|talks|negotiations|process|candidacy|prospects?|path"
)
MEMBERSHIP_AFTER_NOT = re.compile(
    rf"\s+(?:{MEMBERSHIP_TO_COME})\b"
    r"|\s+(?:is|are|was|were|has\s+been|had\s+been)\s+(?:being\s+)?(?:proposed|sought|demanded|requested|"
    r"considered|discussed|debated|threatened|mooted)\b"
    r"|\s+as\s+(?:an?\s+)?(?:[\w<>-]+\s+){0,2}(?:observer|guest|partner|candidate|associate)"
    # a membership still to come: "Armenia's membership in the EEU has yet to be agreed",
    # "X's membership in the bloc is important because it would ..."
    r"|\s+(?:is|are|has|have|was|were)\s+(?:still\s+)?(?:yet\s+to|pending)\b|[^,.;<>]{0,40}?\bwould\b"
    # a membership that ended: "Russia's membership in the Council of Europe was terminated"
    r"|\s+(?:(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?)?(?:terminated|ended|revoked|"
    r"cancell?ed|annulled|withdrawn|ceased|came\s+to\s+an\s+end)\b",
    re.IGNORECASE,
)
# a subject does not follow a preposition: "flights to Mali were suspended"
PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|from|in|into|on|of|for|with|by|at|against|between|over|across|via|through|than|hope\w*\s+that)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Talks with EU countries, Turkey and Serbia stalled": after a bare comma, a list that a verb
# follows is coordinated with the members, not set beside them ("the members, A and B, met")
COORDINATED_BEFORE = re.compile(
    r"(?:members?|countries|nations|states|allies)\s*,\s*(?:the\s+)?$", re.IGNORECASE
)
COORDINATED_AFTER = re.compile(r"\s+(?!among\b|and\s+others\b|included\b)[a-z]")
_FRONTED = re.compile(r"\b(?:[Aa]mong|[Oo]f)\s[^,]*$")  # "Among EU members, Hungary objected"


def coordinated(abstract: str, start: int, end: int) -> bool:
    """Return whether the list at ``[start, end)`` is coordinated with the members before it."""
    if not COORDINATED_AFTER.match(abstract, end):
        return False
    before = COORDINATED_BEFORE.search(abstract, max(0, start - 40), start)
    return bool(before and not _FRONTED.search(abstract, max(0, before.start() - 120), before.start() + 1))


# (with no comma only before a verb of making up: "Oman and Qatar that make up the GCC", not
# "migrants from Syria who entered the EU")
RELATIVE = re.compile(
    r">\s*,\s*(?:which|who|that)\s|>\s+(?:that|which)\s+(?:(?:make|makes|made)\s+up|form|forms|formed|constitute)\b"
)
# "the former member Uzbekistan", "observer countries": the words just before a list
BEFORE_NOT = re.compile(
    r"\b(?:former|ex|observers?|partners?|candidates?|prospective|would-be|aspiring|future|associate|non|"
    r"dialogue|invited|guest)[\s-]+(?:[\w-]+\s+)?(?:the\s+)?$"
    # (an adjective of the members before the organization's name: "the other prospective NATO
    # members", not "invited G20 members", "in the near future NATO members")
    r"|\b(?:former|ex|prospective|would-be|aspiring|candidate|observer|associate|non)[\s-]+<O\d+>\s+$"
    # "Neither Serbia nor Kosovo is a member"
    r"|\b(?:[Nn]either|nor)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a subordinator before a statement in its clause: a joining supposed or still to come ("If five
# more countries joined", "Once more states have joined", "It is unclear whether ten joined")
SUPPOSED_BEFORE = re.compile(
    r"\b(?:if|had|when|once|after|whether|unless|until|before|whenever|suppose|supposing|imagine)\b[^,;.:<>]*$",
    re.IGNORECASE,
)
# a preposition before the counted countries, a word or two away: they are not the ones who
# joined ("Protesters from several countries joined the EU")
PREPOSITION_NEAR_BEFORE = re.compile(
    r"\b(?:from|of|by|with|among|to|for)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
# "the remaining members, including": bare "members" are the organization's after "the" or "their"
# and lower-case adjectives, but not a council's permanent or elected members, nor members who
# left, are leaving or may come ("the expelled members", "several departing members")
_NOT_DETERMINING = (
    "permanent non-permanent elected rotating expelled departing departed outgoing exiting lapsed "
    "withdrawing withdrawn leaving former ex prospective would-be aspiring candidate potential future "
    "eventual observer associate invited"
)
# ... as a lookahead: no such adjective next
NOT_DETERMINING = r"(?!(?:" + "|".join(_NOT_DETERMINING.split()) + r")(?![\w-]))"
DETERMINED = re.compile(
    # ("several members, including A and B": some of the organization's, as "the members" are)
    r"\b(?:[Tt]he|[Tt]heir|[Ss]everal|[Vv]arious|[Ss]ome|[Mm]any)\s+"
    r"(?:" + NOT_DETERMINING + r"[a-z][\w-]*\s+){0,2}$"
    r"|(?<![\w-])[Oo]ther\s+$"  # "Other members include A and B": of the organization in context
)

# adjectives before "member(s)" that make it no membership (observers, partners, former members...)
NOT_WORDS = (
    "observer partner dialogue candidate prospective invited associate aspiring applicant former non "
    "guest neighbouring neighboring not no never neither nor longer yet future would-be potential eventual "
    "is are was were has have had a an"
)
# adverbs between a subject and its verb ("is now a member")
NOW_WORDS = (
    "currently now still also already officially formally finally today effectively both all "
    "temporarily technically nominally henceforth together jointly collectively"
)
# words between an organization and "includes" that make it a mission, meeting or plan instead
FILLER_NOT_WORDS = (
    "mission force troops contingent summit meeting delegation team operation talks conference "
    "observers observer partners partner candidates candidate will would could may might plans plan "
    "seeks seek wants want aims aim hopes hope set expected proposed not never said says told announced "
    "added noted "
    "exercises exercise drills drill deal agreement statement declaration visit programme program sanctions "
    "list communique communiqué agenda panel expansion enlargement"
)


# words a sentence must contain (lower case) before a rule's pattern is tried
_INCLUDE_WORDS = (
    "includ",
    "compris",
    "consist",
    "made up",
    "made of",
    "groups",
    "grouping",
    "together",
    "compos",
    "unites",
    "uniting",
    "integrat",
    "counts",
    "alliance of",
    "bloc of",
    "union of",
    "club of",
    "partnership of",
    "coalition of",
    "association of",
    "federation of",
    "community of",
    "market of",
    "organization of",
    "organisation of",
    "group of",
    "between",
)
GATES = {
    "includes": _INCLUDE_WORDS,
    "includes:participle": _INCLUDE_WORDS,
    "includes:dash-aside": _INCLUDE_WORDS,
    "includes:and": _INCLUDE_WORDS,
    "members-are": ("member",),
    "members-are:countries": ("countries", "nations", "states"),
    "members-are:countries-of": ("countries", "nations", "states"),
    "superlative:list": (
        "largest",
        "biggest",
        "richest",
        "poorest",
        "strongest",
        "wealthiest",
        "most populous",
    ),
    "member-list": ("member", "countries", "nations", "states", "allies", "ally", "—", "–", "--", " - ", "("),
    "member-list:of": ("member", "countries", "states", "nations", "allies", "governments"),
    "member-list:hyphen": ("-member",),
    "member-list:states-of": ("countries", "states", "nations"),
    "member-list:kind": (
        "heavyweight",
        "producer",
        "exporter",
        "econom",
        "kingpin",
        "powerhouse",
        "government",
        "capitals",
        "giant",
        "peer",
    ),
    "member-list:fellow": ("fellow",),
    "member-list:in": ("countries", "states", "nations", "members"),
    "member-list:other": ("other",),
    "member-list:except": ("all but", "all except"),
    "member-list:partitive": ("of",),
    "includes:bloc": ("includ", "compris", "groups", "together", "unites", "consist", "made up"),
    "includes:fronted": ("compris", "grouping", "made up", "consist", "together", "uniting"),
    "belongs:relative": ("which",),
    "members-are:membership": ("membership",),
    "members-are:expanded": ("expand",),
    "member-list:of-org": ("members of", "member of"),
    "joined:after": ("after",),
    "member-list:counted": (":",),
    "includes:expanded": ("expand",),
    "are-members:making-up": ("making up", "make up", "forming", "form "),
    "make-up:known-as": (" as ",),
    "are-members": ("member", "allies", "ally", "part of"),
    "are-members:apposed": ("member", "state", "countr", "nation"),
    "are-members:bare": ("member",),
    "are-members:in": (" in ", "inside", "within"),
    "are-members:in-apposed": (" in ", "inside", "within"),
    "member-list:included": ("includ",),
    "member-list:of-colon": (":",),
    "make-up": ("make", "making", "made", "form", "constitut", "found"),
    "make-up:comprise": ("comprise",),
    "founders": ("founded", "created", "established", "set up"),
    "founders:signed": ("signed",),
    "joined:by": ("joined by",),
    "joined:with-new": ("joining", "joined"),
    "includes:of": (" of ",),
    "are-members:among": ("member", "countr", "state", "nation"),
    "are-members:only": ("only", "sole", "last"),
    "admitted:granted": ("membership",),
    "are-members:of-which": ("of which",),
    "of-which-one": ("of which",),
    "representatives": (
        "leaders",
        "heads of",
        "ministers",
        "delegat",
        "envoys",
        "ambassadors",
        "representatives",
        "chiefs",
        "officials",
        "presidents",
        "premiers",
        "negotiators",
        "lawmakers",
        "parliamentarians",
        "governors",
        "commanders",
        "counterparts",
    ),
    "representatives:named": ("including", "such as", "among them"),
    "admitted": ("admit", "accept", "welcom", "took in", "taken in", "reinstat", "readmit", "induct"),
    "admitted:to-org": ("admit",),
    "joined": ("join",),
    "joined:acceded": ("acced",),
    "joined:entered": ("entered",),
    "joined:ranks": ("ranks",),
    "joined:others": ("join",),
    "joined:counted": ("join",),
    "admitted:counted": ("admit", "welcom", "accept", "took in"),
    "admitted:given": ("granted", "given", "awarded", "accorded"),
    "joined-since": (" since ", " after "),
    "founders:treaty": ("sign",),
    "joined:accession": ("accession",),
    "joined:full-membership": ("full membership",),
    "joined:accession-done": ("accession", "entry", "admission"),
    "joined:accession-since": ("accession", "entry", "admission"),
    "belongs": ("belong",),
    "last-to-join": ("join",),
    "suspended": ("suspen",),
    "suspension": ("suspension",),
    "suspended:set-apart": ("suspended",),
    "barred": ("barred", "bars", "banned", "bans", "excluded"),
    "frozen": ("froz", "freez", "suspend", "paused", "halted", "on hold"),
    "frozen:org": ("froz", "freez"),
    "frozen:list": ("froz", "freez", "suspend", "paused", "pause"),
    "frozen:kept": ("keep", "kept"),
    "is-member:kept": ("keep", "kept", "retain", "maintain"),
    "restored": ("restor", "reinstat", "reactivat", "lift", "revok", "rescind"),
    "restored:passive": ("lifted", "revoked", "rescinded"),
    "suspended:whose": ("suspend", "froz"),
    "barred:passive": ("barred", "banned"),
    "membership": ("membership",),
    "membership:return": ("return", "readmission", "reinstatement", "re-entry"),
    "membership:as": (" as ",),
    "membership:joined-as": ("admission", "accession", "entry", "induction"),
    "membership:suspension": ("suspension",),
    "became-member": ("become", "became"),
    "may-leave": ("leav", "quit", "exit", "withdraw", "pull"),
    "may-be-suspended": ("suspend",),
    "may-be-suspended:passive": ("suspen",),
    "may-be-suspended:with": ("threaten",),
    "appositive:states": ("countr", "state", "nation"),
    "became-members": ("become", "became", "joined as"),
    "appositive": ("member",),
    "is-member": ("member", "part"),
    "is-member:the": ("member", "ally", "one of"),
    "is-member:fronted": ("member",),
    "is-member:noun": ("countr", "state", "nation"),
    "member-since": ("since",),
    "superlative": (
        "largest",
        "biggest",
        "smallest",
        "richest",
        "poorest",
        "strongest",
        "wealthiest",
        "most populous",
        "most powerful",
        "top ",
        "leading ",
        "dominant ",
        "leader",
    ),
    "superlative:top": ("top ", "leading ", "dominant ", "largest ", "biggest "),
    "is-member:founding": ("founding", "founder"),
    "became-member:part": ("part",),
    "remains-in": ("remain", "stay"),
    "as-members": ("member",),
    "readmitted": ("back",),
    "among-them": ("after:members",),
}
# the cue a sentence gets when the one before it speaks of members
AFTER_MEMBERS = frozenset(["after:members"])
# "Two former members left. They are ...": what the sentence before says they are not
_NOT_MEMBERS = re.compile(
    r"\b(?:former|ex-|observers?|partners?|candidates?|applicants?|aspiring|prospective|would-be|future|"
    r"possible|potential|hopefuls?|waiting|invit\w*|seek\w*|"
    r"left|leave|quit|withdr[ae]w\w*|expelled|non-members?|not)\b",
    re.IGNORECASE,
)


def about_members(sentence: str) -> bool:
    """Return whether a sentence speaks of current members ("The EU has 27 member states.")."""
    return "member" in sentence.lower() and not _NOT_MEMBERS.search(sentence)


# every word any rule needs: a sentence with none of them is skipped at once
GATE_WORDS = tuple(sorted({word for words in GATES.values() for word in words}))
# the rules that can take the organization from the sentences before, and their cue words
CONTEXT_RULES = frozenset(
    {
        "members-are",
        "member-list",
        "suspended",
        "became-members",
        "became-member",
        "admitted",
        "joined",
        "restored",
    }
    | {"are-members", "among-them", "member-since", "may-be-suspended"}
)
CONTEXT_GATE_WORDS = tuple(
    sorted(
        {word for name, words in GATES.items() if name.partition(":")[0] in CONTEXT_RULES for word in words}
    )
)
