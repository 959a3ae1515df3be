"""Membership statements as patterns over an abstracted sentence.

`members` rewrites each sentence so that a country mention reads ``<C3>`` (a demonym
``<D3>``) and an organization, named or referred to ("the bloc"), reads ``<O1>``;
the patterns below then say how articles state membership. Each pattern's name is
the ``rule`` a `Member` reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import MemberStatus
from .alternation import alternation
from .member_guards import FILLER_NOT_WORDS, GATES, NOT_WORDS, NOW_WORDS

C = r"<[CA]\d+>"  # a country by name, alias, capital, or "the country" resolved to one
ORG = r"<O\d+>"
# a pattern that opens with its placeholder's "<" is searched for fast: a lookbehind for the
# words before a placeholder therefore comes right after that "<" ("(?<!not\s<)")
# a dash: an em or en dash, or the "--" or "-" typed for one
_DASH = r"(?:[—–]|--?)"
# what introduces an enumeration after its noun: "member states: A", "members — A", "members, namely, A"
_INTRO_WORDS = r"(?:including|such\s+as|like|namely|notably|among\s+them|i\.e\.)"
_ITEM = rf"{C}(?:\s*\([^()<>]{{0,40}}\))?"
_SEP = r"(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s*&\s*|\s+plus\s+)"
# "the Republic of Niger": the country regex finds "Niger"; the words before it belong to the item
_STYLE = r"(?:(?:the\s+)?(?:Republic|Kingdom|Sultanate|State|Federation|Principality)\s+of\s+)?"
_ITEM_PREFIX = rf"(?:the\s+|suspended\s+|also\s+)?{_STYLE}"
_THE = rf"(?:the\s+)?{_STYLE}"
# "China, Russia, four Central Asian states and Belarus": a few words between two separators
_OTHER_ITEM = (
    rf"(?!(?:and|or|but|while|whereas|as|with|observers?|partners?)\b)(?:[\w-]+\s+){{0,3}}[\w-]+(?={_SEP})"
)
# starts at its first placeholder (a literal "<"), which keeps the search fast; ends at a country
LIST = rf"(?P<list>{_ITEM}(?:{_SEP}(?:{_OTHER_ITEM}{_SEP})?{_ITEM_PREFIX}{_ITEM})*)"
# a list that starts at its first item: a start right after "A, " or "A and " is not tried, so a
# pattern opening with it costs one pass over a long list rather than one per item
LIST_FIRST = LIST.replace("(?P<list><", r"(?P<list><(?<!>,\s<)(?<!>\sand\s<)(?<!>,\sand\s<)", 1)
_MEMBER = r"(?:members?|member[- ]states?|member[- ]countr(?:y|ies)|member[- ]nations?|members?[- ]states?)"
# adjectives before "member(s)"; observers, partners, candidates and former members are not members
# (long word lists go through `alternation`, which groups them by initial for a faster search)
_NOT = rf"(?!(?:{alternation(NOT_WORDS.split(), ignore_case=True)})\b)"
_ADJ = rf"(?:{_NOT}[\w-]+\s+){{0,2}}"
_POSS = r"(?:['’]s)?"
_FULL = r"(?:full(?:y)?[- ]?fledged\s+|full\s+)?"
_NOW = rf"(?:(?:{alternation(NOW_WORDS.split(), ignore_case=True)}|de\s+facto)\s+)*"
_INCLUDE_VERBS = (
    r"(?:includes?|comprises?|comprising|consists?\s+of|consisting\s+of|(?:is\s+|are\s+)?made\s+up\s+of|"
    r"(?:groups|grouping)(?:\s+together)?|brings\s+together|bringing\s+together|(?:is\s+|are\s+)?composed\s+of|unites|uniting|counts|"
    r"(?:alliance|bloc|grouping|group|union|club|partnership|coalition|association|(?:con)?federation|"
    r"community|organi[sz]ation)\s+of|(?:expanded|grown|grew)\s+to\s+include)"
)
# "The GCC is a bloc composed of": a few words between the organization and the verb,
# none of which makes it a mission, force or meeting instead
# ("The CSTO, a Russia-led military alliance, includes": a country may lead a word of the aside)
_FILLER_NOT = alternation(FILLER_NOT_WORDS.split(), ignore_case=True)
_FILLER = rf"(?:(?:<[CD]\d+>-[\w-]+|(?!(?:{_FILLER_NOT})\b)[\w-]+),?\s+){{0,6}}?"
_LEAD_IN = (
    rf"(?:[:,]|{_DASH})?\s*(?:the\s+following\s+(?:\w+\s+)?|(?:countries|states|nations|members)\s+(?:such\s+as|like)\s+"
    r"|(?:[\w-]+\s+){1,4}(?:countries|states|nations|members|republics|economies|powers|democracies|monarchies)"
    rf"\s*(?:[:,]|{_DASH})?\s*(?:{_INTRO_WORDS}\s*,?\s+)?)?"
)
_APPOSED = (
    rf"\s*(?:,\s*(?:however|though|too)\s*,)?\s*(?:(?:[:,]|{_DASH})\s*|\(\s*)?"
    rf"(?:{_INTRO_WORDS}\s*[:,]?\s+)?"
)
# "became members of the Human Rights Council": a body the sentence names but we do not know
_NOT_OF_OTHER = r"(?!\s+of\s+(?!<O))"
_JOINED = r"(?:joins|joined|has\s+joined|have\s+joined|rejoined|has\s+rejoined)"
_SUSPENDED = (
    r"(?:temporarily\s+|currently\s+|also\s+|formally\s+|indefinitely\s+)*suspended(?:\s+indefinitely)?"
)
# "Mali and Niger, both ruled by juntas, are suspended": an aside between a list and its verb
_ASIDE = r"(?:\s*,[^,<>]{1,60},)?"
# the chair members hold in turn: of the organization or its council, or of nothing named
_CHAIR = (
    rf"(?:(?P<org2>{ORG})(?:['’]s)?\s+(?:rotating\s+|annual\s+)?)?(?:presidency|chair(?:manship)?)"
    rf"(?:\s+of\s+(?:(?P<org>{ORG})|the\s+Council\b)|(?!\s+of\b))"
)
# "Kazakhstan and Kyrgyzstan, two of the bloc's members"
_SOME_OF = r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|some|several|many)\s+of\s+)?"
# a past membership that ended: "was a founding member of OPEC until 2019"
_ENDED_AFTER = r"(?![^.]{0,80}\b(?:until|left|quit|withdr[ae]w\w*|exit\w*|expelled|before\s+leaving)\b)"
# "(Indonesia, Vietnam and others)": a list that names only some
_AND_OTHERS = r"(?:,?\s+and\s+(?:many\s+|several\s+|a\s+few\s+)?others)?"
# the organization's biggest of its own kind: "largest economy", "most populous country"
_BIGGEST = (
    r"(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest|smallest|richest|poorest|strongest|wealthiest|"
    r"most\s+populous|most\s+powerful)\s+(?:(?:oil|crude|military|economic)\s+)?"
    r"(?:economy|economies|country|nation|state|member|producer|exporter|power)\b"
)
_BE = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?)"
# A word's initial after a \b, as in "\bmember": "{_AT_M}ember". Read case-sensitively with every
# letter that re.IGNORECASE takes for it, it lets the engine skip to the places it occurs.
_AT_M = r"(?-i:[mM])(?<!\w\w)"
_AT_F = r"(?-i:[fF])(?<!\w\w)"
_AT_A = r"(?-i:[aA])(?<!\w\w)"
_AT_I_T = "(?-i:[iI\u0130\u0131tT])(?<!\\w\\w)"  # i, I, dotted I, dotless i, t, T


# the statement forms that give the member a standing other than plain membership
_STATUS: dict[str, MemberStatus] = {"suspended": "suspended", "barred": "suspended", "frozen": "frozen"}


@dataclass(frozen=True, slots=True)
class Rule:
    """One way of stating membership.

    ``id`` is unique and is what a `Member` reports as its ``rule``: the form's name, then
    ``/variant`` or ``/2``, ``/3``... when the form has several patterns.
    """

    id: str
    form: str  # "includes", "members-are"...: what `comparison` and the context rules read
    pattern: re.Pattern[str]
    flags: str
    gate: frozenset[str]  # words the sentence must contain (lower case) before the pattern is tried
    status: MemberStatus


_SEEN: dict[str, int] = {}


def _compile(*entries: tuple[str, str, str]) -> tuple[Rule, ...]:
    rules = []
    for name, pattern, flags in entries:
        form, _, variant = name.partition(":")
        _SEEN[name] = _SEEN.get(name, 0) + 1
        suffix = variant or (str(_SEEN[name]) if _SEEN[name] > 1 else "")
        rule_id = f"{form}/{suffix}" if suffix else form
        if _SEEN[name] > 1 and variant:
            rule_id = f"{rule_id}-{_SEEN[name]}"
        status = _STATUS.get(form, "member")
        gate = frozenset(GATES[name])
        rules.append(Rule(rule_id, form, re.compile(pattern, re.IGNORECASE), flags, gate, status))
    return tuple(rules)


# (rule[:variant], pattern, flags): the variant picks other cue words (`member_guards.GATES`);
# flag "s" = the list or country is the subject of the verb, so it must not follow a
# preposition ("flights to Mali were suspended")
LIST_PATTERNS = _compile(
    (
        "includes",
        rf"(?P<org>{ORG}){_POSS}\)?\s*[,—–]?\s+{_FILLER}{_NOW}{_INCLUDE_VERBS}\s*{_LEAD_IN}{_THE}{LIST}",
        "",
    ),
    ("members-are", rf"{_MEMBER}\s+(?:of|in)\s+(?P<org>{ORG})\s+(?:are|include)\s*[:,]?\s*{_THE}{LIST}", ""),
    # "AUKUS, the security pact between Australia, the UK and the US" (not "brokered the pact between")
    (
        "includes",
        rf"(?P<org>{ORG}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:pact|partnership|alliance)\s+between\s+"
        rf"{_THE}{LIST}",
        "",
    ),
    (
        "members-are",
        rf"(?P<org>{ORG}){_POSS}\)?,?\s+(?:whose\s+)?{_ADJ}{_MEMBER}\s+(?:are|include)\s*[:,]?\s*{_THE}{LIST}",
        "",
    ),
    (
        "members-are",
        rf"{_AT_M}ember[- ](?:states|countries|nations)\s+(?:are|include)\s*[:,]?\s*{_THE}{LIST}",
        "",
    ),
    (
        "member-list",
        rf"(?P<org>{ORG}){_POSS},?\s+(?:(?:(?:which|that)\s+)?{_NOW}(?:has|have|had|counts)\s+)?{_ADJ}"
        rf"(?:{_MEMBER}|countries|nations|states|allies|ally){_APPOSED}{_THE}{LIST}",
        "",
    ),
    (
        "member-list",
        rf"{_AT_F}(?:ounding|ellow)\s+members?\s*(?:(?::|{_DASH})\s*|,?\s*{_INTRO_WORDS}\s*[:,]?\s+"
        rf"|(?<=g\smembers\s)(?:were|are|include[sd]?)\s*[:,]?\s*)?{_THE}{LIST}",
        "",
    ),
    (
        "member-list",
        rf"{_AT_M}ember[- ](?:states?|countries|nations?)\s*"
        rf"(?:(?::|{_DASH})\s*|,?\s*{_INTRO_WORDS}\s*[:,]?\s+)?{_THE}{LIST}",
        "",
    ),
    # "NATO-member Norway", "the EU-member states Austria and Malta"
    ("member-list:hyphen", rf"(?P<org>{ORG})-{_MEMBER}\s+{_THE}{LIST}", ""),
    # "Qatar and its fellow members Oman and Kuwait", "Ghana urged fellow ECOWAS members":
    # the one named first is a member too
    (
        "member-list:fellow",
        rf"{LIST_FIRST}\s+(?:and|[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:its\s+|their\s+|(?P<org>{ORG})\s+)?fellow\s+"
        rf"(?:(?P<org2>{ORG})\s+)?{_MEMBER}\b(?!\s+of\s+(?!<O\d+>(?!['’])))",
        "s",
    ),
    # "Germany and other EU countries", "Poland and the other members of NATO"
    (
        "member-list:other",
        rf"{LIST_FIRST}\s*,?\s+and\s+(?:the\s+|its\s+|their\s+)?other\s+(?:[\w-]+\s+)?(?:(?P<org>{ORG})\s+"
        rf"(?:{_MEMBER}|countries|states|nations|allies)|{_MEMBER}\s+(?:of|in)\s+(?P<org2>{ORG}))",
        "",
    ),
    # "countries in the bloc, such as China and India"
    (
        "member-list:in",
        rf"(?<![\w-])(?:countries|states|nations|members)\s+(?:in|of|within)\s+(?P<org>{ORG})\s*"
        rf"(?:(?::|{_DASH})\s*|,?\s*{_INTRO_WORDS}\s*[:,]?\s+){_THE}{LIST}",
        "",
    ),
    # "the remaining members, among them Ghana" (flag "d": only after "the"/"their" and adjectives)
    ("member-list", rf"{_AT_M}embers\s*,\s*{_INTRO_WORDS}\s*,?\s+{_THE}{LIST}", "d"),
    # "The SCO was founded in 2001. The current members are India and China."
    ("members-are", rf"{_AT_M}embers\s+(?:are|include|comprise)\s*[:,]?\s*{_THE}{LIST}", "d"),
    # after a sentence about the members: "Among them are France and Italy.", "They include Chad."
    (
        "among-them",
        rf"(?-i:Among\s+them\s+(?:are|is)|They\s+(?:are|include)|These\s+(?:are|include))\s*:?\s*"
        rf"{_THE}{LIST}(?!['’]|\s+(?:and|or)\b)",
        "",
    ),
    # "Of the bloc's members, only Hungary and Slovakia objected"
    (
        "member-list:of",
        rf"(?-i:O(?<!\w\w)f|A(?<!\w\w)mong)\s+(?P<org>{ORG}){_POSS}\s+(?:[\w-]+\s+)?{_MEMBER},\s+(?:only\s+|just\s+|both\s+)?{_THE}{LIST}",
        "",
    ),
    # "The GCC — Oman, Qatar and Kuwait — met", "the GCC (Oman, Qatar and Kuwait)"
    ("member-list", rf"(?P<org>{ORG})\)?\s*(?:[—–]|--)\s*{_THE}{LIST}\s*(?:[—–]|--)", ""),
    ("member-list", rf"(?P<org>{ORG})\s*\(\s*{_THE}{LIST}{_AND_OTHERS}\s*\)", ""),
    (
        "are-members",
        rf"{LIST_FIRST}{_ASIDE}\s*,?\s+(?:(?:which|that|who)\s+)?(?:are|remain)\s+{_NOW}(?:(?:among|one\s+of)\s+)?(?:the\s+)?"
        rf"(?:{_ADJ}{_MEMBER}\s+(?:of|in)\s+(?P<org>{ORG})|(?P<org2>{ORG})['’]s\s+{_ADJ}{_MEMBER})",
        "s",
    ),
    (
        "are-members",
        rf"{LIST_FIRST}\s+(?:are|remain)\s+{_NOW}(?:an?\s+)?(?:fellow\s+)?(?P<org>{ORG})\s+(?:{_MEMBER}|allies|ally)\b",
        "s",
    ),
    (
        "are-members:apposed",
        rf"{LIST_FIRST}\s*(?:,|–|—)\s*{_NOW}{_SOME_OF}(?:the\s+)?(?:{_ADJ}{_MEMBER}\s+(?:of|in)\s+(?P<org>{ORG})"
        rf"|(?:[\w-]+\s+)?(?P<org2>{ORG})\s+(?:{_MEMBER}|states|countries|nations)|(?P<org3>{ORG})['’]s\s+{_ADJ}{_MEMBER})",
        "",
    ),
    # "Gabon and Togo, the newest members, were admitted"
    ("are-members:apposed", rf"{LIST_FIRST}\s*,\s+{_NOW}the\s+{_ADJ}{_MEMBER}\s*(?=[,—–)])", ""),
    # "The GCC met. Saudi Arabia and Qatar are members.": of the organization in context
    (
        "are-members:bare",
        rf"{LIST_FIRST}\s+(?:are|remain)\s+{_NOW}(?:(?:its|the\s+(?:bloc|group|alliance)['’]s)\s+)?{_FULL}"
        rf"(?:founding\s+)?{_MEMBER}\s*(?:[.;]|$)",
        "s",
    ),
    (
        "are-members:in",
        rf"{LIST_FIRST}\s+(?:are|is|remains?|stays?|has\s+been|have\s+been)\s+{_NOW}(?:in|inside|within)\s+(?P<org>{ORG})(?!['’])",
        "s",
    ),
    (
        "make-up",
        rf"{LIST_FIRST}\s*,?\s+(?:and\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}(?:allies|partners|neighbou?rs)\s+)?"
        rf"(?:that\s+|which\s+|who\s+)?{_NOW}(?:(?:make|makes|making|made)\s+up|form|forms|forming|formed|"
        rf"constitute|constitutes|founded|co-founded)\s+(?P<org>{ORG})",
        "s",
    ),
    (
        "founders",
        rf"(?P<org>{ORG})\s+(?:was|were)\s+(?:founded|created|established|set\s+up)\s+(?:(?:in|on|at)\s+(?:(?:[\w-]+|<C\d+>),?\s+){{1,3}}?){{0,2}}by\s+{_THE}{LIST}",
        "",
    ),
    (
        "admitted",
        rf"(?<!\bto\s)(?<!will\s)(?:(?P<org>{ORG})\s+(?:has\s+|have\s+)?)?"
        rf"(?:admitted|admits|admitting|welcomed?|welcomes|welcoming|accepted|accepts|took\s+in|taken\s+in|"
        rf"reinstated|readmitted)"
        rf"\s+{_THE}{LIST}(?:\s+(?:as|into)|\s*,)\s+(?:its\s+|a\s+|an\s+|the\s+|our\s+|(?P<org2>{ORG})(?:['’]s)?\s+)?"
        rf"(?:{_NOT}[\w-]+\s+){{0,3}}{_MEMBER}",
        "",
    ),
    # "The SCO admitted Iran in 2023": admitted to the organization (not "admitted Mali had a point")
    (
        "admitted:to-org",
        rf"(?P<org><(?<!not\s<)O\d+>)\s+(?:has\s+|have\s+)?{_NOW}(?:formally\s+)?(?:admitted|admits)\s+{_THE}{LIST}"
        rf"(?!\s*['’]|\s+(?:had|has|have|is|was|were|would|could|should|did|does|might|must|will|can|to|that)\b)",
        "",
    ),
    (
        "admitted",
        rf"{LIST_FIRST}\s+(?:was|were|has\s+been|have\s+been)\s+{_NOW}(?:admitted|accepted|inducted|reinstated|readmitted|"
        rf"welcomed)\s+(?:(?:to|into)\s+(?P<org>{ORG})|as\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,2}}{_MEMBER}"
        rf"(?:\s+(?:of|in)\s+(?P<org2>{ORG})|{_NOT_OF_OTHER})|as\s+(?P<org3>{ORG})['’]s\s+(?:[\w-]+\s+){{0,2}}{_MEMBER})",
        "s",
    ),
    (
        "became-members",
        rf"{LIST_FIRST}\s*,?\s+(?:(?:which|that|who)\s+)?{_NOW}(?:became|have\s+become|joined\s+as)\s+{_FULL}"
        rf"(?:members|member[- ]states|member[- ]countries|member[- ]nations)"
        rf"(?:\s+(?:of|in)\s+(?P<org>{ORG})|{_NOT_OF_OTHER})",
        "s",
    ),
    (
        "admitted",
        rf"(?P<org>{ORG})\s+(?:has\s+|have\s+)?{_NOW}(?:readmit|reinstate)(?:ted|s)\s+{_THE}{LIST}",
        "",
    ),
    (
        "readmitted",
        rf"(?P<org>{ORG})\s+(?:has\s+|have\s+)?{_NOW}(?:welcomed|welcomes|brought|let)\s+{_THE}{LIST}\s+back\b",
        "",
    ),
    ("joined", rf"{LIST_FIRST}\s*,?\s+(?:which\s+|that\s+)?{_NOW}{_JOINED}\s+(?P<org>{ORG})", "s"),
    # "Slovakia and Hungary belong to NATO" (not "belonged": a past membership); a second
    # organization ("to both NATO and the EU") is group "also"
    (
        "belongs",
        rf"{LIST_FIRST}{_ASIDE}\s*,?\s+(?:(?:which|that|who)\s+)?{_NOW}(?:belongs|belong)\s+to\s+{_NOW}(?P<org>{ORG})"
        rf"(?:\s*,?\s+(?:and|as\s+well\s+as)\s+(?P<also>{ORG}))?",
        "s",
    ),
    # in an article about one organization: "Mozambique joined in 1995"
    (
        "joined",
        rf"{LIST_FIRST}\s*(?:,[^,]{{0,60}},)?\s*,?\s+(?:(?:which|that|who)\s+)?{_NOW}{_JOINED}\s+"
        rf"(?:in\s+(?:\w+\s+)?\d{{4}}|(?:(?:last|this|the\s+following|the\s+next|a)\s+year)|as\s+(?:its|the|a)\s+(?:[\w-]+\s+)?member|(?:(?:weeks|months|years|days)\s+)?later\b)",
        "s",
    ),
    ("joined", rf"(?P<org>{ORG})\s*,\s*which\s+{_THE}{LIST}\s+{_NOW}{_JOINED}\b", ""),
    # "Croatia acceded to the EU in 2013"
    (
        "joined:acceded",
        rf"{LIST_FIRST}\s*,?\s+(?:which\s+|that\s+)?(?:has\s+|have\s+)?{_NOW}acceded\s+to\s+(?P<org>{ORG})",
        "s",
    ),
    (
        "joined",
        rf"\b(?:[Ss]ince|[Aa]fter|[Uu]pon)\s+joining\s+(?P<org>{ORG})(?:\s+in\s+\d{{4}})?,\s+{_THE}{LIST}",
        "",
    ),
    ("suspended", rf"{_AT_I_T}(?:(?<=i)t|(?<=t)hey)\s+(?:has|had|have)\s+{_NOW}suspended\s+{_THE}{LIST}", ""),
    (
        "suspended",
        rf"(?P<org><(?<!not\s<)O\d+>){_POSS},?\s+{_FILLER}(?:has\s+|had\s+)?{_NOW}(?:suspended|suspends|suspension\s+of)\s+"
        rf"(?:the\s+(?:participation|membership)\s+of\s+)?{_THE}{LIST}",
        "",
    ),
    # "the AU barred Sudan from the bloc's meetings": kept out of the organization's work
    (
        "barred",
        rf"(?P<org><(?<!not\s<)O\d+>),?\s+{_FILLER}(?:has\s+|had\s+)?{_NOW}(?:barred|bars|banned|bans|excluded)\s+"
        rf"{_THE}{LIST}\s+from\s+(?:(?:the|its|all|all\s+of\s+(?:the|its)|<O\d+>['’]s)\s+)?(?:[\w-]+\s+){{0,2}}"
        rf"(?:meetings|activities|summits|institutions|bodies|work|participation|participating|taking\s+part)",
        "",
    ),
    (
        "suspended",
        rf"{LIST_FIRST}{_ASIDE}\s*,?\s+(?:which\s+|that\s+|who\s+)?{_BE}\s+{_NOW}{_SUSPENDED}",
        "s",
    ),
    # "Guinea, suspended since its 2021 coup, was not invited"
    (
        "suspended",
        rf"{LIST_FIRST}\s*,\s+{_NOW}{_SUSPENDED}\s+(?:since|after|following|over|until|in\s+\d)",
        "s",
    ),
    ("suspended", rf"{LIST_FIRST}\s*,\s+{_NOW}{_SUSPENDED}\s+(?:from|by)\s+(?P<org>{ORG})", ""),
    # "Syria was barred from the Arab League" (kept out, still a member; not "expelled")
    (
        "barred:passive",
        rf"{LIST_FIRST}\s*,?\s+(?:which\s+|that\s+)?{_BE}\s+{_NOW}(?:barred|banned)\s+from\s+(?:(?:the|all)\s+)?"
        rf"(?:(?:[\w-]+\s+){{0,2}}(?:meetings|activities|summits|institutions)\s+of\s+)?(?P<org>{ORG})(?!['’])",
        "s",
    ),
    (
        "as-members",
        rf"{_AT_A}s\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:{_MEMBER}\s+of\s+(?P<org>{ORG})|(?P<org2>{ORG})\s+{_MEMBER}),\s+{_THE}{LIST}",
        "",
    ),
)

SINGLE_PATTERNS = _compile(
    (
        "became-member",
        rf"(?P<c>{C})(?:\s*,[^,]{{0,60}},)?\s*,?\s+(?:(?:which|that|who)\s+)?{_NOW}(?:became|becomes|has\s+become|have\s+become|"
        rf"had\s+become)\s+(?:(?:the\s+[\w-]+\s+|an?\s+|its\s+[\w-]+\s+){_FULL}{_MEMBER}\s+(?:of|in)\s+"
        rf"(?P<org>{ORG})|(?P<org2>{ORG})['’]s\s+(?:[\w-]+\s+){{0,2}}{_MEMBER}|an?\s+{_FULL}"
        rf"(?P<org3>{ORG})\s+{_MEMBER}|(?:the\s+{_NOT}[\w-]+\s+|an?\s+|its\s+{_NOT}[\w-]+\s+){_FULL}{_MEMBER}"
        rf"(?!\s+of\b|\s+in\s+the\b|\s+(?:states?|countr|nations?)\b))",
        "s",
    ),
    (
        "is-member",
        rf"(?P<c>{C})(?:\s*,[^,]{{0,60}},)?\s*,?\s+(?:(?:which|that|who)\s+)?"
        rf"(?:is|remains|remained|has\s+remained|stays|has\s+been|have\s+been)\s+{_NOW}"
        rf"(?:(?:a|an|the|one\s+of\s+(?:the|its)|among\s+(?:the|its))\s+(?:[\w-]+\s+)?"
        rf"(?:(?:full(?:y)?[- ]?fledged|full|founding|key|active|leading|integral|important|core|permanent|"
        rf"original)\s+)?(?:{_MEMBER}|part)\s+(?:of|in)\s+"
        rf"(?P<org>{ORG})|an?\s+(?:{_FULL}|founding\s+)?(?P<org2>{ORG})\s+{_MEMBER}|part\s+of\s+(?P<org3>{ORG}))",
        "s",
    ),
    # "current ASEAN chair Malaysia" (not "the PIF Chairman, Samoa's Prime Minister": a person)
    (
        "chair:title",
        rf"(?:(?:current|incoming|outgoing|rotating)\s+)?(?P<org>{ORG})\s+chair\s*,?\s+(?P<c>{C})(?!['’])",
        "",
    ),
    # "Egypt was a founding member of the Arab League" (not "... until it left")
    (
        "is-member:founding",
        rf"(?P<c>{C})(?:\s*,[^,]{{0,60}},)?\s*,?\s+(?:(?:which|that|who)\s+)?(?:was|were)\s+{_NOW}"
        rf"(?:a|an|one\s+of\s+the|among\s+the)\s+founding\s+{_MEMBER}\s+(?:of|in)\s+(?P<org>{ORG}){_ENDED_AFTER}",
        "s",
    ),
    # "Indonesia, which became part of the bloc in 2025"
    (
        "became-member:part",
        rf"(?P<c>{C})(?:\s*,[^,]{{0,60}},)?\s*,?\s+(?:(?:which|that|who)\s+)?{_NOW}(?:became|becomes|has\s+become|"
        rf"have\s+become)\s+(?:a\s+)?(?:full\s+)?part\s+of\s+(?P<org>{ORG})",
        "s",
    ),
    # "Germany, the EU's largest economy,", "the bloc's most populous country, Indonesia":
    # the organization's biggest of its own kind (not "its largest trading partner")
    (
        "superlative",
        rf"(?P<c>{C})\s*,\s+(?:now\s+|still\s+)?(?:the\s+)?(?P<org>{ORG})['’]s\s+{_BIGGEST}(?=\s*[,—–)])",
        "",
    ),
    (
        "superlative",
        rf"(?P<org>{ORG})['’]s\s+{_BIGGEST}\s*,?\s+(?P<c>{C})(?!['’])",
        "",
    ),
    # "Hungary is the only EU member that", "Brunei is one of ASEAN's ten members"
    (
        "is-member:the",
        rf"(?P<c>{C})\s+(?:is|was|remains|remained)\s+{_NOW}(?:the\s+(?:only|first|last|newest|largest|biggest|"
        rf"oldest|smallest|sole|poorest|richest)\s+(?:[\w-]+\s+)?(?P<org>{ORG})\s+{_MEMBER}|(?:one\s+of|among)\s+"
        rf"(?P<org2>{ORG})['’]s\s+(?:{_NOT}[\w-]+\s+){{0,2}}{_MEMBER})",
        "s",
    ),
    # after the organization's sentence: "Rwanda, which has been a member since 2009,"
    (
        "member-since",
        rf"(?P<c>{C})\s*,?\s+(?:which|that|who)\s+(?:has\s+been|had\s+been|is|was|became)\s+{_NOW}(?:a|an)\s+"
        rf"{_FULL}(?:founding\s+)?member\s+(?:(?:of|in)\s+(?P<org>{ORG})\s+)?since\b",
        "s",
    ),
    (
        "appositive",
        rf"(?P<c>{C})\s*(?:,|–|—|-|\()\s*(?:(?:which|that)\s+is\s+)?(?:also\s+|itself\s+|already\s+|still\s+)?"
        rf"(?:(?:a|an|one\s+of\s+the|the\s+(?:only|last|first|newest|largest|biggest|oldest))\s+"
        rf"(?:(?:full|founding|fellow|key|leading|permanent)\s+)?"
        rf"(?:(?P<org>{ORG})\s+{_MEMBER}|{_MEMBER}\s+(?:of|in)\s+(?P<org2>{ORG}))"
        rf"|(?:one\s+of\s+)?(?:the\s+)?(?P<org3>{ORG})['’]s\s+(?:{_NOT}[\w-]+\s+){{0,2}}{_MEMBER})",
        "",
    ),
    # "Hungary, which holds the rotating presidency", "Kuwait, the current chair of the GCC"
    (
        "chair",
        rf"(?P<c>{C})(?:\s*,[^,]{{0,80}},)?\s*,?\s+(?:(?:which|that)\s+)?{_NOW}(?:holds|held|has\s+held|took\s+over|"
        rf"has\s+taken\s+over|assumed|has\s+assumed)\s+(?:the\s+(?:rotating\s+|annual\s+)?|(?=<O)){_CHAIR}",
        "s",
    ),
    ("chair", rf"(?P<c>{C})\s*,\s+the\s+(?:current|outgoing|incoming)\s+(?:rotating\s+)?{_CHAIR}", ""),
    (
        "last-to-join",
        rf"(?P<c>{C})\s+(?:was|became|is)\s+the\s+(?:[\w-]+\s+)?(?:country|member|state|nation)\s+to\s+join\s+(?P<org>{ORG})",
        "s",
    ),
    (
        "membership",
        rf"(?P<c><(?<!\bfor\s<)(?<!\bon\s<)[CAD]\d+>)(?:['’]s|,\s+whose)?\s+(?:(?P<org>{ORG})\s+membership|"
        rf"(?:full\s+)?membership\s+(?:in|of)\s+(?P<org2>{ORG}))",
        "",
    ),
    ("membership", rf"{_AT_M}embership\s+of\s+(?P<c>{C})\s+in\s+(?P<org>{ORG})", ""),
    (
        "frozen",
        rf"(?P<c>{C})\s*,?\s+(?:which\s+|that\s+)?(?:has\s+|had\s+)?{_NOW}(?:froze|frozen|freezes|suspended|suspends|paused|halted)\s+"
        rf"its\s+(?:participation|membership|activities)\s+in\s+(?P<org>{ORG})",
        "s",
    ),
    (
        "suspended",
        rf"(?P<c>{C})\s+(?:was|became)\s+the\s+[\w-]+\s+(?:country|member|state|nation)\s+to\s+be\s+suspended"
        rf"(?:\s+(?:by|from)\s+(?P<org>{ORG}))?",
        "s",
    ),
    ("suspended", rf"(?P<c>{C})['’]s\s+suspension\s+(?:from|by)\s+(?P<org>{ORG})", ""),
    # "Sudan, whose membership is suspended,"
    (
        "suspended:whose",
        rf"(?P<c>{C})\s*,\s+whose\s+(?:(?P<org>{ORG})\s+)?membership(?:\s+(?:of|in)\s+(?P<org2>{ORG}))?\s+"
        rf"(?:is|was|has\s+been|had\s+been|remains|remained)\s+{_NOW}(?:suspended|frozen)",
        "",
    ),
    # "The Arab League froze Syria's membership"
    (
        "frozen:org",
        rf"(?P<org><(?<!not\s<)O\d+>),?\s+(?:has\s+|had\s+)?{_NOW}(?:froze|frozen|freezes)\s+"
        rf"(?P<c>{C})['’]s\s+(?:membership|participation)",
        "",
    ),
    (
        "remains-in",
        rf"(?P<c>{C})\s+{_NOW}(?:remains|stays)\s+{_NOW}(?:in|within|part\s+of)\s+(?P<org>{ORG})",
        "s",
    ),
)

LIST_ITEM = re.compile(C)
RULES = {rule.id: rule for rule in LIST_PATTERNS + SINGLE_PATTERNS}
if len(RULES) != len(LIST_PATTERNS) + len(SINGLE_PATTERNS):  # pragma: no cover - a typo in the table
    raise RuntimeError("member rule ids must be unique")
