"""Membership statements that name a list of countries (or one), as patterns over an
abstracted sentence (`fragments`). Each rule's id is the ``rule`` a `Member` reports."""

from __future__ import annotations

from . import guards as G
from .fragments import (
    ADJ,
    ALSO_IN,
    AND_OTHERS,
    APPOSED,
    AT_A,
    AT_F,
    AT_I_T,
    AT_M,
    BE,
    BIGGEST_MANY,
    DASH,
    DASH_ASIDE,
    ENDED_AFTER,
    FILLER,
    FOUNDED_ASIDE,
    FOUNDERS,
    FULL,
    INCLUDE_VERBS,
    INTRO_WORDS,
    ITEM,
    ITEM_PREFIX,
    JOINED,
    LEAD_IN,
    LEAVING,
    LIST,
    LIST_FIRST,
    LIST_MANY,
    MEMBER,
    MONTHS,
    NOT,
    NOT_FIRST_TO_LEAVE,
    NOT_JOINED_DEAL,
    NOT_OF_OTHER,
    NOT_SUB_BODY,
    NOW,
    OBJECT_WORDS,
    OR_NAMED,
    ORDINAL_WORDS,
    ORG,
    ORG_ENDS,
    PARTICIPLE_ASIDE,
    POSS,
    SEP,
    SET_OFF,
    SIZE,
    SOME_OF,
    SUBJECT_LINK,
    SUSPENDED,
    THE,
    THREAT_ENDS,
    THREAT_UNDONE,
    WHEN,
    WHERE_WHEN,
    C,
)
from .rule import Entry

# what may stand between "expanded" and "to include": when, or what grew ("its membership"),
# never another object ("expanded its mission to include Iraq")
_WHEN_EXPANDED = (
    r"(?:(?:its|their)\s+(?:membership|ranks)\s+)?"
    r"(?:(?:earlier|later|last|this|next|in|on|the|since|further|again|recently|now|early|late|mid|year|month|"
    rf"week|{MONTHS}|\d{{1,2}},?|\d{{4}}s?)\s+){{0,5}}"
)
# when a joining was done, said after the organization: "in 2024", "in the 1990s", "since 2017",
# "last year", "on Monday", "this month"
_WHEN_JOINED = rf"(?:\s+(?:{WHEN}|(?:in|since)\s+(?:the\s+)?\d{{4}}s?))?"
# what ends the list of the joiners counted, whole (no other item after it): the sentence, a
# clause after a comma or "among them"
# (not the act joined in: "joined the EU, including A, in imposing sanctions"; not a list that
# opens another clause: "No countries joined: A and B declined")
_LIST_ENDS = (
    r"(?=\s*(?:[.;)]|$)|\s*,\s+(?!(?:in|to|at|against|on|for|with|over|behind|into|as|by)\b|<|and\s)"
    r"|\s+among\s+them\b|\s*(?:[—–]|--))"
)
# a modal or a decision in the words between an organization and "include": what it may or
# decided to include, not what it is made of ("should expand to include A", "voted to include A";
# not "was enlarged in 2004 to include A")
_NO_INTENT = (
    r"(?!(?:[\w-]+,?\s+){0,6}?(?:should|must|shall|can|cannot|voted|votes|decided|decides|agreed|agrees|"
    r"needs|needed|planned|wanted|hoped|aimed|sought|intends|intended|moved)\s)"
)
# what a membership named after its organization may be that is not one held: one to come
# ("NATO membership prospects"), or a standing on the way to it ("EU membership candidate status")
_NOT_HELD = rf"{G.MEMBERSHIP_TO_COME}|candidate|status|perspective|assurances?|action\s+plan"
# a count or "new" before the members admitted: "ten new members", "two more countries"
_COUNTED_NEW = (
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|more|other|"
    r"new|additional|further|full)\s+){1,3}(?:member\s+)?"
)
# what makes an organization the object of a verb or a preposition, as a lookbehind right after
# its placeholder's "<" (not "to": "the new members admitted to BRICS include A")
_OBJECT_BEFORE = "(?:" + "|".join(rf"(?<={w}\s<)" for w in OBJECT_WORDS) + ")"
# "Germany's Olaf Scholz": a person named after the country they stand for
_PERSON_OF = r"<[CA]\d+>['’]s\s+(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}(?-i:[A-Z])[\w’'-]*"
# (rule[:variant], pattern, flags): see `rule.Entry`
LIST_ENTRIES: tuple[Entry, ...] = (
    # (the organization as the object of joining is the subject of "include" only when set off
    # or followed by a relative pronoun: not "countries hoping to enter the bloc include A", but
    # "to join the bloc - made of A", "to join the group that includes A")
    (
        "includes",
        # ("The CAN, set up in 1969, includes A": an aside of when or where it was founded)
        # (or a relative clause set off by commas: "The EAC, which is led by Kenya, also includes";
        # not after "by" or "of": "the decision by the AU, which ..., includes")
        rf"(?P<org><(?>(?:{_OBJECT_BEFORE}(?P<obj>))?)O\d+>){POSS}\)?"
        rf"(?:{FOUNDED_ASIDE}|(?<!\bby\s<O\d>)(?<!\bof\s<O\d>)(?<!\bby\s<O\d\d>)(?<!\bof\s<O\d\d>)"
        rf"\s*,\s*which\s(?:[^,;<>]|<[CAD]\d+>){{1,80}}?,)\s*"
        rf"(?(obj)(?:[,—–]|--?(?=\s)|(?:that|which)(?=\s))|(?:[,—–]|--?(?=\s))?)\s+"
        # (a composition to come is none: "should expand to include A", "voted to include A")
        rf"{_NO_INTENT}{FILLER}{NOW}{INCLUDE_VERBS}\s*"
        rf"{LEAD_IN}{THE}{LIST}",
        "",
    ),
    # "SADC — an intergovernmental organisation set up in 1980 — includes A and B"
    (
        "includes:dash-aside",
        rf"(?P<org>{ORG}){POSS}\)?{DASH_ASIDE}{NOW}{INCLUDE_VERBS}\s*{LEAD_IN}{THE}{LIST}",
        "",
    ),
    # a participle describes the organization whatever it is to the sentence ("admitted into the
    # bloc comprising A and B", "the Andean Community bloc of nations – made up of A and B")
    (
        "includes:participle",
        # (right after the organization: "including" after any other noun gives examples of it,
        # "the EU's partners, including Japan")
        rf"(?P<org>{ORG})(?:\s*\([^()<>]{{1,12}}\))?(?:\s+(?:bloc|group|grouping|alliance)"
        rf"(?:\s+of\s+(?:nations|countries|states))?\s*(?:[—–]|--)?)?\s+{NOW}(?:comprising|consisting\s+of|"
        rf"made\s+up\s+of|(?:composed|comprised)\s+of|grouping|bringing\s+together|uniting)\s*{LEAD_IN}{THE}{LIST}",
        "",
    ),
    (
        "members-are",
        rf"{MEMBER}\s+(?:of|in)\s+(?P<org>{ORG}){OR_NAMED}{FOUNDED_ASIDE}\s+(?:are|include)\s*[:,]?\s*{THE}{LIST}",
        "",
    ),
    # "The four nations of the Quadrilateral Security Dialogue, or the Quad as it is known, are A, B"
    (
        "members-are:countries-of",
        rf"(?<![\w-])(?:countries|nations|states)\s+(?:of|in)\s+(?P<org>{ORG}){OR_NAMED}\s+(?:are|include)\s*[:,]?\s*"
        rf"{THE}{LIST}",
        "d",
    ),
    # "The IGAD is a regional body set up in 1996, based in Djibouti, and includes A, B and C":
    # the organization opening the sentence is the subject of both verbs
    (
        "includes:and",
        rf"^(?:the\s+)?(?P<org>{ORG})\s+(?:is|was|has|remains)\s+(?:[^;<]|<[CD]\d+>){{1,200}}?,?\s+and\s+"
        rf"{NOW}{INCLUDE_VERBS}\s*{LEAD_IN}{THE}{LIST}",
        "",
    ),
    # "AUKUS, the security pact between Australia, the UK and the US", "the AES is a mutual defence
    # pact between A and B" (not "brokered the pact between")
    (
        "includes",
        rf"(?P<org>{ORG})(?:\s*\([^()<>]{{1,60}}\))?(?:,|\s+(?:is|was|remains))\s+(?:a|an|the)\s+"
        rf"(?:[\w-]+\s+){{0,2}}(?:pact|partnership|alliance)\s+between\s+{THE}{LIST}",
        "",
    ),
    (
        "members-are",
        rf"(?P<org>{ORG}){POSS}\)?,?\s+(?:whose\s+)?{ADJ}{MEMBER}\s+{NOW}(?:are|include)\s*[:,]?\s*{THE}{LIST}",
        "",
    ),
    # "all but Turkey and Hungary of the 30 NATO member states have ratified"
    (
        "member-list:except",
        rf"\b(?-i:all)\s+(?:but|except(?:\s+for)?)\s+{THE}{LIST}\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?"
        rf"(?:(?P<org>{ORG})\s+)?(?:{MEMBER}|countries|states|nations|allies)\b(?:\s+(?:of|in)\s+(?P<org2>{ORG}))?",
        "",
    ),
    # "India, the United States, Australia and Japan, a group known as the Quad,"
    (
        "make-up:known-as",
        rf"{LIST_FIRST}\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}(?:group|grouping|bloc|alliance|partnership|club|"
        rf"coalition|forum)\s+(?:now\s+)?(?:known|referred\s+to)\s+as\s+(?P<org>{ORG})",
        "",
    ),
    # "Mali, Niger and Burkina Faso, collectively known as the Alliance of Sahel States,"
    (
        "make-up:known-as",
        rf"{LIST_FIRST}\s*,\s+(?:collectively|together|jointly)\s+(?:known|referred\s+to)\s+as\s+(?P<org>{ORG})",
        "",
    ),
    # "The remaining ten EU countries, Poland included, were in favour"
    (
        "member-list:included",
        rf"(?P<org>{ORG}){POSS}\s+{ADJ}(?:{MEMBER}|countries|nations|states)\s*,\s+{THE}{LIST}\s+included\b",
        "",
    ),
    # "The eight SAARC nations are A, B", "The other BRICS countries are A and B"
    (
        "members-are:countries",
        rf"(?P<org>{ORG}){POSS}\s+{ADJ}(?:countries|nations|states)\s+{NOW}(?:are|include)\s*[:,]?\s*{THE}{LIST}",
        "",
    ),
    # "France and Germany, the EU's two largest economies,"
    (
        "superlative:list",
        rf"{LIST_FIRST}\s*,\s+(?:now\s+|still\s+)?(?:the\s+)?(?P<org>{ORG})['’]s\s+{BIGGEST_MANY}"
        rf"(?:\s+(?:after|behind|besides)\s+{C})?(?=\s*[,—–)])",
        "",
    ),
    # "Ghana and Nigeria, two of ECOWAS's biggest economies,"
    (
        "superlative:list",
        rf"{LIST_FIRST}\s*,\s+(?:two|three|four|five|six|seven|eight|nine|ten|some|several)\s+of\s+(?:the\s+)?"
        rf"(?P<org>{ORG})['’]s\s+(?:largest|biggest|richest|poorest|strongest|wealthiest|most\s+populous|"
        rf"most\s+powerful|leading|top)\s+(?:(?:oil|crude|military|economic)\s+)?(?:economies|countries|nations|"
        rf"states|members|producers|exporters|powers)\b",
        "",
    ),
    (
        "members-are",
        rf"{AT_M}ember[- ](?:states|countries|nations|governments|economies)\s+(?:are|include)\s*[:,]?\s*"
        rf"{THE}{LIST}",
        "",
    ),
    (
        "member-list",
        rf"(?P<org>{ORG}){POSS},?\s+(?:(?:(?:which|that)\s+)?{NOW}(?:has|have|had|counts)\s+)?{ADJ}"
        # ("OPEC and its allies, including Russia": allies beside the organization, not in it)
        rf"(?:{MEMBER}|countries|nations|states|(?<!and\sits\s)(?<!and\stheir\s)(?:allies|ally))"
        rf"{ALSO_IN}{APPOSED}{THE}{LIST}",
        "",
    ),
    (
        "member-list",
        rf"{AT_F}(?:ounding|ellow)\s+(?:members?|countries|states|nations)\s*(?:(?::|{DASH})\s*|,?\s*{INTRO_WORDS}\s*[:,]?\s+"
        rf"|(?<=g\smembers\s)(?:were|are|include[sd]?)\s*[:,]?\s*)?{THE}{LIST}",
        "",
    ),
    (
        "member-list",
        rf"{AT_M}ember[- ](?:states?|countries|nations?|governments?|econom(?:y|ies))\s*"
        rf"(?:(?::|{DASH})\s*|,?\s*{INTRO_WORDS}\s*[:,]?\s+)?{ITEM_PREFIX}{LIST}",
        "",
    ),
    # "the GCC states of Saudi Arabia, Kuwait and Qatar", "the ASEAN nations of Laos and Vietnam"
    # (no word between the organization and its noun: "the EU accession countries of")
    (
        "member-list:states-of",
        rf"(?P<org>{ORG}){POSS}\s+(?:member\s+)?(?:countries|nations|states)\s+of\s+{THE}{LIST}(?!['’])",
        "",
    ),
    # "OPEC heavyweight Saudi Arabia", "EU economies Germany and France", "G20 governments such as
    # India": a noun for what the members are to the organization, before them
    (
        "member-list:kind",
        rf"(?P<org>{ORG}){POSS}\s+{ADJ}(?:heavyweights?|producers?|exporters?|economy|economies|kingpins?|"
        rf"powerhouses?|governments?|capitals|giants?|peers?)\b{APPOSED}{THE}{LIST}",
        "",
    ),
    # "NATO-member Norway", "the EU-member states Austria and Malta"
    ("member-list:hyphen", rf"(?P<org>{ORG})-{MEMBER}\s+{THE}{LIST}", ""),
    # "Qatar and its fellow members Oman and Kuwait", "Ghana urged fellow ECOWAS members":
    # the one named first is a member too
    (
        "member-list:fellow",
        rf"{LIST_FIRST}\s+(?:and|[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:its\s+|their\s+|(?P<org>{ORG})\s+)?fellow\s+"
        rf"(?:(?P<org2>{ORG})\s+)?{MEMBER}\b(?!\s+of\s+(?!<O\d+>(?!['’])))",
        "s",
    ),
    # "Germany and other EU countries", "Poland and the other members of NATO", "Indonesia,
    # together with the other members of the group,"
    (
        "member-list:other",
        rf"{LIST_FIRST}\s*,?\s+(?:and|together\s+with|along\s+with|alongside)\s+(?:the\s+|its\s+|their\s+)?"
        # (not "the other prospective NATO members", "other suspended members")
        rf"(?:{G.NOT_DETERMINING}[a-z]+\s+)?other\s+(?:{G.NOT_DETERMINING}[\w-]+\s+)?(?:(?P<org>{ORG})\s+"
        rf"(?:{MEMBER}|countries|states|nations|allies)|{MEMBER}\s+(?:of|in)\s+(?P<org2>{ORG}))",
        "",
    ),
    # "countries in the bloc, such as China and India", "the four Micronesian members at PIF – A, B"
    (
        "member-list:in",
        rf"(?<![\w-])(?:countries|states|nations|members)\s+(?:in|of|within|at)\s+{SIZE}(?P<org>{ORG})"
        # ("the Baltic members at the NATO summit – A, B and C")
        rf"(?:\s+(?:summit|meeting|talks))?\s*"
        rf"(?:(?::|{DASH})\s*|,?\s*{INTRO_WORDS}\s*[:,]?\s+){THE}{LIST}",
        "",
    ),
    # "four out of eight members – India, Bangladesh, Afghanistan and Bhutan – pulled out"
    (
        "member-list:partitive",
        rf"(?:out\s+of|of\s+(?:the|its|their))\s+(?:[\w-]+\s+){{0,2}}?(?:(?P<org>{ORG})\s+)?"
        rf"(?:{MEMBER}|countries|nations|states)\s*{DASH}\s*{THE}{LIST}\s*{DASH}",
        "",
    ),
    # "the 18 member states and territories, including New Zealand and Australia"
    (
        "member-list",
        rf"{AT_M}ember[- ](?:states?|countries|nations?)\s+and\s+(?:territories|associate\s+members)\s*"
        rf",?\s*{INTRO_WORDS}\s*[:,]?\s+{THE}{LIST}",
        "",
    ),
    # "IGAD was founded as an eight-nation bloc that includes A, B and C"; "the eight SAARC
    # countries — which also include A and B —" (of the sentence's organization, or the context's)
    (
        "includes:bloc",
        rf"(?:(?<![\w-])(?:bloc|group|grouping|alliance|organi[sz]ation|union|body|forum|community|club)|"
        rf"(?P<org>{ORG})\s+(?:{MEMBER}|countries|nations|states))\s*(?:,|{DASH})?\s*(?:that|which)\s+{NOW}"
        rf"(?:includes?|included|comprises?|groups|brings\s+together|unites|consists\s+of|(?:is|are)\s+made\s+up\s+of)"
        rf"\s+{THE}{LIST}",
        "",
    ),
    # "Comprising A, B and C, BIMSTEC aims to ..."
    (
        "includes:fronted",
        rf"^\W*(?:comprising|grouping|made\s+up\s+of|consisting\s+of|bringing\s+together|uniting)\s+{THE}{LIST}"
        rf"\s*,\s+(?:the\s+[\w-]+\s+)?(?P<org>{ORG})",
        "",
    ),
    # "ASEAN, a regional grouping to which Myanmar belongs", "of which Chad is a member"
    (
        "belongs:relative",
        rf"(?:to|of|in)\s+which\s+{THE}{LIST}\s+(?:belongs?|(?:is|are)\s+(?:an?\s+)?{FULL}{MEMBER})\b",
        "",
    ),
    # "BRICS ... expanded earlier this year to include Egypt and Iran"; "Membership has expanded
    # to include Eritrea" (of the organization in context)
    (
        "includes:expanded",
        # (the organization is what expanded, not "OPEC said US sanctions expanded to include A":
        # no speech verb and no other thing that grows between them)
        rf"(?P<org>{ORG})(?:(?!\b(?:said|says|told|reported|noted|added|sanctions|talks|ties|mission|operations?|"
        rf"cooperation|programm?es?|list|trade|deal|agreement|partnership)\b)(?:[^.;<>]|<[CD]\d+>)){{0,160}}?\b"
        rf"expand(?:s|ed|ing)\s+{_WHEN_EXPANDED}to\s+"
        rf"(?:include|take\s+in|admit)\s+(?:both\s+)?{THE}{LIST}",
        "",
    ),
    (
        "members-are:expanded",
        rf"{AT_M}embership\s+(?:has\s+|had\s+)?(?:also\s+|since\s+)?expanded\s+{_WHEN_EXPANDED}to\s+"
        rf"(?:include|take\s+in)\s+(?:both\s+)?{THE}{LIST}",
        "",
    ),
    # "Aside from Venezuela, membership includes Argentina and Brazil"
    (
        "members-are:membership",
        rf"{AT_M}embership\s+{NOW}(?:includes|comprises|consists\s+of)\s*[:,]?\s*{THE}{LIST}",
        "",
    ),
    # "Members of the Quad, India, the US, Australia and Japan, have agreed": the members set off
    # after "members of" the organization, before the verb
    (
        "member-list:of-org",
        # (three or more: "Members of the G7, China and India, said" reads as a coordination)
        rf"{AT_M}embers?\s+of\s+(?P<org>{ORG})(?:\s*\([^()<>]{{1,12}}\))?\s*,\s+(?=(?:[^<>]*<[CA]\d+>){{3}})"
        rf"{THE}{LIST}\s*,\s+"
        rf"(?:have|has|had|are|were|will|would|"
        rf"met|agreed|signed|said|also|all|both|jointly)\b",
        "",
    ),
    # "the remaining members, among them Ghana" (flag "d": only after "the"/"their" and adjectives)
    ("member-list", rf"{AT_M}embers\s*,\s*{INTRO_WORDS}\s*,?\s+{THE}{LIST}", "d"),
    # "The SCO was founded in 2001. The current members are India and China."
    ("members-are", rf"{AT_M}embers\s+(?:are|include|comprise)\s*[:,]?\s*{THE}{LIST}", "d"),
    # after a sentence about the members: "Among them are France and Italy.", "They include Chad."
    (
        "among-them",
        rf"(?-i:Among\s+them\s+(?:are|is)|They\s+(?:are|include)|These\s+(?:(?:countries|states|nations|members)\s+)?"
        rf"(?:are|include)|Others\s+(?:are|include)"
        # "Belarus became the tenth member. The other nine are A, B ..."
        rf"|The\s+(?:other|remaining)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+)?"
        rf"(?:(?:members|countries|states|nations)\s+)?(?:are|include))\s*:?\s*"
        rf"{THE}{LIST}(?!['’]|\s+(?:and|or)\b)",
        "",
    ),
    # "Of the bloc's members, only Hungary and Slovakia objected", "Of the 27 EU states, only
    # Hungary and Slovakia objected", "Among NATO's 32 allies, Poland spends the most"
    (
        "member-list:of",
        rf"(?-i:O(?<!\w\w)f|A(?<!\w\w)mong)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?P<org>{ORG}){POSS}\s+{ADJ}"
        rf"(?:{MEMBER}|countries|states|nations|allies|governments)|(?P<org2>{ORG})\s+(?:{MEMBER}|countries|states|"
        rf"nations|allies|governments)),"
        rf"\s+(?:only\s+|just\s+|both\s+)?{THE}{LIST}",
        "",
    ),
    # "Four of the bloc's 16 member states have ratified it: A, B, C and D": some of the members,
    # named after a colon that ends the sentence
    (
        "member-list:of-colon",
        rf"(?<![\w-])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many)\s+of\s+"
        rf"(?:the\s+)?(?:(?P<org>{ORG}){POSS}\s+{ADJ}(?:{MEMBER}|countries|states|nations)|(?P<org2>{ORG})\s+{ADJ}"
        rf"(?:{MEMBER}|countries|states|nations))\b(?:[^.;:<>]|<[CD]\d+>){{0,120}}:\s*{THE}{LIST}(?=\s*(?:[.;]|$))",
        "",
    ),
    # "The GCC — Oman, Qatar and Kuwait — met", "the GCC (Oman, Qatar and Kuwait)"
    # (a spaced hyphen typed for the dash too: "The G7 - the US, Japan and Canada - met")
    (
        "member-list",
        rf"(?P<org>{ORG})\)?\s*(?:[—–]|--|(?<=\s)-(?=\s))\s*{THE}{LIST}\s*(?:[—–]|--|(?<=\s)-(?=\s))",
        "",
    ),
    ("member-list", rf"(?P<org>{ORG})\s*\(\s*{THE}{LIST}{AND_OTHERS}\s*\)", ""),
    (
        "are-members",
        rf"{LIST_FIRST}{SUBJECT_LINK}(?:are|remain)\s+{NOW}(?:(?:among|one\s+of)\s+)?(?:the\s+)?"
        rf"(?:{ADJ}{MEMBER}\s+(?:of|in)\s+(?:both\s+)?(?P<org>{ORG})|(?P<org2>{ORG})['’]s\s+{ADJ}{MEMBER}"
        # "Kazakhstan and Tajikistan are part of the CSTO"
        # (not "part of the CSTO mission")
        rf"|(?:an?\s+)?(?:integral\s+|full\s+)?part\s+of\s+(?P<org3>{ORG}){NOT_SUB_BODY})",
        "s",
    ),
    (
        "are-members",
        rf"{LIST_FIRST}\s+(?:are|remain)\s+{NOW}(?:an?\s+)?(?:fellow\s+)?(?P<org>{ORG})\s+(?:{MEMBER}|allies|ally)\b",
        "s",
    ),
    # "Eswatini and Tanzania are the other countries making up the SADC bloc"
    (
        "are-members:making-up",
        rf"{LIST_FIRST}{SUBJECT_LINK}(?:are|remain)\s+{NOW}(?:the\s+)?(?:other\s+|remaining\s+)?(?:[\w-]+\s+)?"
        rf"(?:countries|nations|states|members)\s+(?:(?:that|which)\s+)?(?:making\s+up|make\s+up|forming|form)\s+"
        rf"{SIZE}(?P<org>{ORG})",
        "s",
    ),
    # "Romania and Bulgaria, both EU and NATO members,": group ``also`` is a second organization
    (
        "are-members:apposed",
        rf"{LIST_FIRST}\s*(?:,|{DASH})\s*{NOW}{SOME_OF}(?:the\s+)?"
        rf"(?:{ADJ}(?:{MEMBER}|countries|states|nations)\s+(?:of|in|within)\s+(?P<org>{ORG})(?!['’])"
        rf"|(?:(?!(?:not|no|never|non|former|ex|of|for|with|to|from|by|and|or|while|whereas|but|although|though|"
        rf"unlike|which|who|that|whose|where|host|"
        rf"hosts|hosted)\b)(?:[\w-]+|[\w-]*<D\d+>(?:-[\w-]+)?)\s+){{0,3}}"
        rf"(?P<org2>{ORG})(?:\s+and\s+(?P<also>{ORG}))?\s+(?:{MEMBER}|states?|countr(?:y|ies)|nations?)\b"
        # ("Besides Ukraine, NATO members Latvia and Estonia": the member word heads the next list)
        rf"(?!\s*,?\s+(?:the\s+)?{C})"
        rf"|(?P<org3>{ORG})['’]s\s+{ADJ}{MEMBER})",
        "",
    ),
    # "Qatar and Oman (both of them are members of OPEC)"
    (
        "are-members:apposed",
        rf"{LIST_FIRST}\s*\(\s*(?:both|all|each)\s+(?:of\s+them\s+)?(?:are|is)\s+{NOW}(?:an?\s+)?{ADJ}{MEMBER}"
        rf"\s+(?:of|in)\s+(?P<org>{ORG})",
        "",
    ),
    # "Mexico, Chile and Colombia (Pacific Alliance members)", "(all members of the EAC)"
    (
        "are-members:apposed",
        # (plural: "Norway and Sweden (EU member)" says one of them is)
        rf"{LIST_FIRST}\s*\(\s*(?:both|all|each)?\s*(?:(?:all\s+)?(?:two|three|four|five|six)\s+)?"
        rf"(?:(?P<org>{ORG})\s+(?:members|member\s+(?:states|countries|nations)|states|countries|nations)"
        rf"|members\s+(?:of|in)\s+(?P<org2>{ORG}))\s*\)",
        "",
    ),
    # "Gabon and Togo, the newest members, were admitted"
    ("are-members:apposed", rf"{LIST_FIRST}\s*,\s+{NOW}the\s+{ADJ}{MEMBER}\s*(?=[,—–)])", ""),
    # "The GCC met. Saudi Arabia and Qatar are members.": of the organization in context
    (
        "are-members:bare",
        rf"{LIST_FIRST}\s+(?:are|remain)\s+{NOW}(?:(?:its|the\s+(?:bloc|group|alliance)['’]s)\s+)?{FULL}"
        rf"(?:founding\s+)?{MEMBER}\s*(?:[.;]|$)",
        "s",
    ),
    (
        "are-members:in",
        rf"{LIST_FIRST}\s+(?:are|is|remains?|stays?|has\s+been|have\s+been)\s+{NOW}(?:in|inside|within)\s+(?P<org>{ORG})(?!['’])",
        "s",
    ),
    # "Ireland and Spain, both in the EU, recognised Palestine"
    (
        "are-members:in-apposed",
        rf"{LIST_FIRST}\s*,\s+(?:both|all|each|also)\s+{NOW}(?:in|inside|within)\s+(?P<org>{ORG})(?=\s*[,—–)])",
        "",
    ),
    (
        "make-up",
        rf"{LIST_FIRST}\s*,?\s+(?:and\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}(?:allies|partners|neighbou?rs)\s+)?"
        rf"(?:that\s+|which\s+|who\s+)?{NOW}(?:(?:make|makes|making|made)\s+up|form|forms|forming|formed|"
        # (the organization itself, not "make up the EAC force")
        rf"constitute|constitutes|founded|co-founded)\s+(?P<org>{ORG}){NOT_SUB_BODY}",
        "s",
    ),
    # "A, B and C, which comprise a coalition known as GUAM": the organization itself, its clause
    # ending with it (not "comprise the ASEAN Plus Three partners", "the EU's largest group")
    (
        "make-up:comprise",
        rf"{LIST_FIRST}\s*,?\s+(?:that\s+|which\s+|who\s+)?{NOW}(?:comprise|comprised)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}"
        r"(?:group|grouping|bloc|alliance|partnership|club|coalition|forum|organi[sz]ation|confederation|union)\s+"
        rf"(?:(?:now\s+)?(?:known|referred\s+to)\s+as|called|named)\s+)?(?P<org>{ORG}){NOT_SUB_BODY}{THREAT_ENDS}",
        "s",
    ),
    (
        "founders",
        # ("The BRICS group was founded by": the organization's name, then what it is)
        rf"(?P<org>{ORG})(?:\s+(?:group|grouping|bloc|alliance))?\s+(?:was|were)\s+"
        # (not "initially founded": a composition told as a first one, which the frame reads as uncertain)
        rf"(?:(?:formally|officially|jointly)\s+)?(?:founded|created|established|set\s+up)\s+"
        rf"{WHERE_WHEN}by\s+{FOUNDERS}",
        "",
    ),
    # "The Arab League was established in 1945 with initially just six nations: A, B and C"
    (
        "founders",
        rf"(?P<org>{ORG})(?:\s*,(?:[^,<>]|<O\d+>){{1,60}},)?\s+(?:was|were)\s+(?:founded|created|established|set\s+up)\s+"
        rf"{WHERE_WHEN}with\s+(?:initially\s+|originally\s+|just\s+|only\s+)*(?:[\w-]+\s+)?"
        rf"(?:countries|nations|states|members)\s*:\s*{THE}{LIST}",
        "",
    ),
    # "The members include A and B, with new members C and D joining the grouping in 2023": those who
    # joined, set apart after the first list
    (
        "joined:with-new",
        rf"\bwith\s+(?:the\s+)?(?:new|newer|newest|latest|recent)\s+{MEMBER}\s+{THE}{LIST}\s+"
        # (joining the organization itself: not "the UN Human Rights Council")
        rf"(?:joining|having\s+joined|who\s+joined|that\s+joined)(?=\s+(?:the\s+)?(?:<O\d+>(?!\s+(?-i:[A-Z]))|"
        rf"(?:bloc|group|grouping|alliance|organi[sz]ation|union|club|community|association)\b))",
        "",
    ),
    # "The founding member states - A, B and C - were later joined by D"
    (
        "joined:by",
        # (not people of the organization joined by a guest: "G7 leaders were joined by India's Modi")
        rf"(?:{MEMBER}|countries|nations|states|<O\d+>(?!\s+(?:[\w-]+\s+)?(?:leaders|ministers|heads|presidents|"
        rf"prime\s+ministers|officials|delegat\w*|envoys|chiefs)\b))"
        rf"(?:[^.;<>]|<[CAO]\d+>){{0,120}}?(?:were|was|have\s+been|has\s+been)\s+{NOW}"
        rf"(?:later\s+|since\s+)?joined\s+by\s+{THE}{LIST}",
        "",
    ),
    # "Argentina, Brazil and Chile suspended their membership of Unasur", "Six countries - A, B and C
    # - decided to suspend their participation in the bloc": a suspension of their own, each still
    # a member (not "threatened to suspend", "would suspend")
    (
        "frozen:list",
        rf"{LIST_FIRST}(?:\s*{DASH})?{SET_OFF}(?:have\s+|had\s+)?{NOW}"
        rf"(?:(?:decided|voted|agreed|chose)\s+to\s+(?:suspend|freeze|pause)|froze|frozen|suspended|paused)\s+their\s+"
        rf"(?:(?P<org2>{ORG})\s+(?:participation|membership|activities)|"
        rf"(?:participation|membership|activities)\s+(?:in|of|at|within)\s+(?:the\s+)?(?P<org>{ORG}))",
        "s",
    ),
    # "The leaders of A, B and C met in Astana to sign the treaty establishing the EAEU", "A, B, C and
    # D signed the Treaty of Asuncion, which created Mercosur": the signers of a founding treaty,
    # signing themselves (not "looked on as A and B signed", "refused to sign"), of the organization
    # itself (not "establishing the NATO liaison office", "OPEC's development fund")
    (
        "founders:treaty",
        rf"{LIST_FIRST}\s+(?:(?:have\s+|had\s+)?signed|(?:met|gathered)\s+(?:[^.;<>]|<[CAD]\d+>){{0,60}}?\s+to\s+sign)\s+"
        rf"(?:a|the|an)\s+(?:[\w-]+\s+){{0,2}}"
        rf"(?:treaty|agreement|charter|accord|convention)(?:\s+of\s+(?:[A-Z][\w-]+|<[CA]\d+>))?(?:\s+(?:[\w-]+\s+){{0,3}}?|\s*,\s+(?:which|that)\s+)"
        rf"(?:establishing|establishes|established|creating|creates|created|founding|founded|setting\s+up|set\s+up|"
        rf"on\s+the\s+(?:creation|establishment|formation)\s+of)\s+(?:the\s+)?(?P<org>{ORG})"
        rf"(?=\s*(?:[.,;(]|$)|\s+(?:in|on|at|and)\b){ENDED_AFTER}",
        "",
    ),
    # "The Visegrad Group of Poland, Hungary, Slovakia and the Czech Republic" (three or more)
    (
        "includes:of",
        rf"(?P<org>{ORG})\s+of\s+(?P<list>{ITEM}(?:{SEP}{THE}{ITEM}){{2,}})",
        "",
    ),
    # "The declaration on the creation of the SCO was signed in 2001 by six countries: A, B, C"
    (
        "founders:signed",
        rf"(?:declaration|treaty|charter|agreement|convention|accord)\s+(?:on\s+the\s+)?(?:creation|creating|"
        rf"establishing|establishment|founding|formation)\s+(?:of\s+)?(?:the\s+)?(?P<org>{ORG})\s+(?:was|were)\s+"
        rf"signed\s+{WHERE_WHEN}by\s+{FOUNDERS}",
        "",
    ),
    # "G7 leaders from Canada, France and Japan", "Andean foreign ministers of Peru and Chile",
    # "ECOWAS defence chiefs from Nigeria and Ghana":
    # the organization's own representatives, each from a member
    (
        "representatives",
        rf"(?P<org>{ORG})\s+(?:[\w-]+\s+)?(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|"
        rf"ministers|delegates|delegations|envoys|ambassadors|representatives|chiefs|officials|presidents|"
        rf"prime\s+ministers|premiers|negotiators|lawmakers|parliamentarians|governors|commanders|counterparts)\s+"
        rf"(?:from|of)\s+{THE}{LIST}",
        "",
    ),
    # "EU leaders, including Germany's Olaf Scholz and France's Emmanuel Macron": the countries
    # of the organization's representatives named one by one
    (
        "representatives:named",
        rf"(?P<org>{ORG})\s+(?:[\w-]+\s+)?(?:leaders|heads\s+of\s+(?:state|government)|ministers|"
        rf"presidents|prime\s+ministers|premiers)\s*,?\s+(?:including|such\s+as|among\s+them)\s+"
        rf"(?P<list>{_PERSON_OF}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_PERSON_OF})*)",
        "",
    ),
    (
        "admitted",
        rf"(?<!\bto\s)(?<!will\s)(?:(?P<org2>{ORG})\s+(?:has\s+|have\s+)?)?"
        rf"(?:admitted|admits|admitting|welcomed?|welcomes|welcoming|accepted|accepts|took\s+in|taken\s+in|"
        rf"reinstated|readmitted)"
        # (the country after what it is: "accepted Asia's youngest nation, East Timor, or Timor-Leste,")
        rf"\s+(?:(?:[\w’'-]+\s+){{0,3}}(?:nation|state|country|republic|kingdom|monarchy|democracy|island|"
        rf"archipelago)\s*,\s+)?{THE}{LIST}(?:\s*,\s+or\s+<C\d+>)?"
        rf"(?:,?\s+(?:as|into)|\s*,)\s+(?:its\s+|a\s+|an\s+|the\s+|our\s+|(?P<org3>{ORG})(?:['’]s)?\s+)?"
        # (a member of the organization named after it, whoever admits: "as a member of EFTA")
        rf"(?:{NOT}[\w-]+\s+){{0,3}}{MEMBER}(?:\s+(?:of|in)\s+(?P<org>{ORG}){NOT_SUB_BODY})?{NOT_OF_OTHER}",
        "",
    ),
    # "The SCO admitted Iran in 2023": admitted to the organization (not "admitted Mali had a point")
    (
        "admitted:to-org",
        rf"(?P<org><(?<!not\s<)O\d+>)\s+(?:has\s+|have\s+)?{NOW}(?:formally\s+)?(?:admitted|admits)\s+{THE}{LIST}"
        rf"(?!\s*['’]|\s+(?:had|has|have|is|was|were|would|could|should|did|does|might|must|will|can|to|that)\b)",
        "",
    ),
    (
        "admitted",
        rf"{LIST_FIRST}\s+(?:was|were|has\s+been|have\s+been)\s+{NOW}(?:admitted|accepted|inducted|reinstated|readmitted|"
        rf"welcomed)\s+(?:(?:to|into)\s+(?P<org>{ORG})|as\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){{0,2}}{MEMBER}"
        rf"(?:\s+(?:of|in)\s+(?P<org2>{ORG})|{NOT_OF_OTHER})|as\s+(?P<org3>{ORG})['’]s\s+(?:[\w-]+\s+){{0,2}}{MEMBER})",
        "s",
    ),
    # "formally admitting the states of Rwanda and Burundi into the bloc"
    (
        "admitted",
        rf"(?:admitted|admits|admitting|accepted|accepting|inducted|inducting|took\s+in|taking\s+in)\s+"
        rf"(?:(?:[\w-]+\s+){{0,3}}(?:states|countries|nations)\s+of\s+)?{THE}{LIST}\s+(?:in)?to\s+(?P<org>{ORG})"
        rf"(?!['’]|\s+(?:summit|meeting|talks|session|headquarters|conference|forum)\b)",
        "",
    ),
    (
        "became-members",
        rf"{LIST_FIRST}\s*,?\s+(?:(?:which|that|who)\s+)?{NOW}(?:became|have\s+become|joined\s+as)\s+"
        # "became the 13th, 14th and 15th member states of the EU"
        rf"(?:the\s+(?:[\w-]+(?:\s*,\s*|\s+and\s+)){{1,4}}[\w-]+\s+)?{FULL}"
        rf"(?:members|member[- ]states|member[- ]countries|member[- ]nations)"
        rf"(?:\s+(?:of|in)\s+(?P<org>{ORG})|{NOT_OF_OTHER})",
        "s",
    ),
    # "Egypt, Ethiopia and Iran became its full-fledged members" ("its" reads as the organization)
    (
        "became-members",
        rf"{LIST_FIRST}\s*,?\s+{NOW}(?:became|have\s+become)\s+(?P<org>{ORG}){POSS}\s+"
        rf"(?:{NOT}[\w-]+\s+)?{FULL}{MEMBER}\b{NOT_OF_OTHER}",
        "s",
    ),
    (
        "admitted",
        rf"(?P<org>{ORG})\s+(?:has\s+|have\s+)?{NOW}(?:readmit|reinstate)(?:ted|s)\s+{THE}{LIST}",
        "",
    ),
    (
        "readmitted",
        rf"(?P<org>{ORG})\s+(?:has\s+|have\s+)?{NOW}(?:welcomed|welcomes|brought|let)\s+{THE}{LIST}\s+back\b",
        "",
    ),
    # (not "joined the EU in condemning the attack": joined the organization's members in an act)
    (
        "joined",
        rf"{LIST_FIRST}{SUBJECT_LINK}{NOW}{JOINED}\s+(?P<org>{ORG})(?!\s+in\s+\w+ing\b){ENDED_AFTER}",
        "s",
    ),
    # "The prime ministers of A and B deposited instruments of accession to NATO's treaty"
    (
        "joined:accession",
        rf"{LIST_FIRST}\s+(?:have\s+|has\s+)?(?:deposited|signed|submitted|handed\s+over)\s+(?:their\s+|the\s+)?"
        rf"[\"“]?(?:instruments?|documents?|protocols?|treaty|treaties)\s+of\s+accession[\"”]?\s+to\s+(?P<org>{ORG})",
        "",
    ),
    # "Slovakia and Hungary belong to NATO" (not "belonged": a past membership); a second
    # organization ("to both NATO and the EU") is group "also"
    (
        "belongs",
        rf"{LIST_FIRST}{SUBJECT_LINK}{NOW}(?:belongs|belong)\s+to\s+{NOW}(?P<org>{ORG})"
        rf"(?:\s*,?\s+(?:and|as\s+well\s+as)\s+(?P<also>{ORG}))?",
        "s",
    ),
    # in an article about one organization: "Mozambique joined in 1995" (not in a relative clause
    # about something else, whose country joined that: "the TPP, which Britain joined in 2023";
    # "the alliance that Finland joined" is the organization's own)
    (
        "joined",
        rf"(?<![^>,]\swhich\s)(?<![^>]\sthat\s)(?<![^>],\swhich\s)(?<![^>,]\swhich\sthe\s)(?<![^>]\sthat\sthe\s)"
        rf"(?<![^>],\swhich\sthe\s){LIST_FIRST}{SET_OFF}{NOW}{JOINED}\s+"
        rf"(?:in\s+(?:\w+\s+)?\d{{4}}|on\s+(?:\w+,?\s+){{1,2}}\d{{4}}|(?:(?:last|this|the\s+following|the\s+next|a)\s+year)|as\s+(?:its|the|a)\s+(?:[\w-]+\s+)?member|(?:(?:weeks|months|years|days)\s+)?later\b)"
        # (the joining of nothing named after the time: not "joined in 2022 the coalition of ...")
        rf"(?!\s+(?:the|a|an|its|their)\s){ENDED_AFTER}",
        "s",
    ),
    ("joined", rf"(?P<org>{ORG})\s*,\s*which\s+{THE}{LIST}\s+{NOW}{JOINED}\b", ""),
    # "the first new members to join the Commonwealth since Rwanda in 2009", "the first to join
    # since Bulgaria and Romania", "the fifth country to re-join the association - which has 53
    # members - after Gambia and Fiji": the ones that joined before the newcomer (not a clause
    # after them, "since Russia invaded Ukraine", "since Britain left the bloc"; not a joining
    # to come, "could become the second country to join the EU after Montenegro")
    (
        "joined-since",
        # (a base form is a joining to come: "could become the", "hopes to be the", "will be the")
        rf"(?<!become\sthe\s)(?<!to\sbe\sthe\s)(?<!would\sbe\sthe\s)(?<!could\sbe\sthe\s)(?<!will\sbe\sthe\s)"
        rf"(?<!might\sbe\sthe\s)"
        rf"\b(?:first|only|{ORDINAL_WORDS})\s+(?:(?:new|other|[\w-]+)\s+){{0,2}}?(?:(?:country|countries|members?|states?|nations?)\s+)?"
        # ("to join the organization, based in Paris, after A, B and C": the one in context)
        rf"to\s+(?:(?:re-?)?join|(?:be\s+)?(?:re-?)?(?:admitted|accepted)\s+(?:to|into)|accede\s+to)(?:\s+(?:(?P<org>{ORG})|"
        rf"the\s+(?:organi[sz]ation|bloc|group|grouping|alliance|union|club|community))"
        rf"(?:\s*(?:,|{DASH})(?:[^<>,]|<[CAD]\d+>){{1,60}}?(?:,|{DASH}))?)?\s+(?:since|after)\s+{THE}{LIST}(?!['’])"
        r"(?=\s*(?:[.;:)]|$)|\s+in\s+\d{4}\b)",
        "",
    ),
    # "The last country to join was Rwanda, in 2009": the one named after the newcomer's noun
    (
        "last-to-join",
        rf"\b[Tt]he\s+(?:last|latest|newest|most\s+recent|first|{ORDINAL_WORDS})\s+(?:(?:country|member|state|nation)\s+)?"
        rf"to\s+(?:(?:re-?)?join|be\s+(?:re-?)?admitted)(?:\s+(?:to\s+|into\s+)?(?P<org>{ORG}))?\s+(?:was|is)\s+{THE}{LIST}(?!['’])",
        "",
    ),
    # "Five more countries officially joined the organization, including A, B and C", "Three states
    # have joined NATO since 2017: A, B and C": the joiners counted, then named after the
    # organization (itself, not "joined the EU's call" or "joined the AU mission"; not companions
    # in an act, "joined the EU in condemning", "joined the EU, including A, in imposing
    # sanctions"; not a joining supposed, "If more countries joined ...", nor none, "No countries
    # joined BRICS this year: A and B declined")
    (
        "joined:counted",
        # (not "observer states", "partner countries")
        rf"\b(?<!observer\s)(?<!partner\s)(?<!associate\s)(?<!candidate\s)(?<!guest\s)(?<!\bno\s)(?<!\bfew\s)"
        rf"(?:countries|nations|states|members|member\s+states)\s+(?:(?:that|which|who)\s+)?{NOW}"
        rf"{JOINED}\s+(?P<org>{ORG}){NOT_SUB_BODY}{NOT_JOINED_DEAL}(?!\s+in\s+\w+ing\b){_WHEN_JOINED}"
        rf"(?:\s*,\s*{INTRO_WORDS}\s*,?|\s*:|\s*{DASH})\s*{THE}{LIST}{_LIST_ENDS}{ENDED_AFTER}",
        "h",
    ),
    # "The bloc admitted six new members in 2024, including A and B": the organization the subject,
    # the members counted or new (not "welcomed leaders from countries, including A")
    (
        "admitted:counted",
        rf"(?P<org>{ORG})\s+{NOW}(?:(?:has|have)\s+)?(?:admitted|welcomed|accepted|took\s+in)\s+"
        rf"{_COUNTED_NEW}(?:countries|nations|states|members|member\s+states)(?!\s+(?:as|to)\b)"
        rf"{_WHEN_JOINED}(?:\s*,\s*{INTRO_WORDS}\s*,?|\s*:|\s*{DASH})\s*{THE}{LIST}{_LIST_ENDS}{ENDED_AFTER}",
        "h",
    ),
    # "Romania and Bulgaria entered the EU in 2007" (the organization itself, not its market or
    # its territory: a time, a comma or the sentence's end follows it)
    (
        "joined:entered",
        rf"{LIST_FIRST}{SUBJECT_LINK}{NOW}(?:entered|has\s+entered|have\s+entered)\s+(?P<org>{ORG})"
        rf"(?=\s*(?:[,.;]|$)|\s+(?:in|on|at\s+the\s+(?:start|beginning|end)|last|this|along|together|as\s+(?:a|its|the|<O\d+>)\s+"
        rf"(?:[\w-]+\s+)?member)\b){ENDED_AFTER}",
        "s",
    ),
    # "Somalia joins Burundi, Kenya, Rwanda and Uganda." (in the organization in context; "Egypt
    # will join A, B and C, Ramaphosa said"), "to join Russia, Belarus and Armenia in the EAEU":
    # the countries a country joins are the organization's members. Alone in its sentence, a
    # joining in the present or the future names three countries or more and nothing else (not
    # "Turkey joined Russia and Iran.", "Egypt joined Saudi Arabia, the UAE and Bahrain.", sides
    # taken; "joins Uganda, the rebels and Tanzania"); in the organization, it is never as what is
    # no member ("in the UN as non-members"), nor companions in an act ("joined Uganda and
    # Tanzania in condemning the coup", "in the AU's call")
    (
        "joined:others",
        rf"{C}(?:[^.;<>]|<D\d+>){{0,80}}?\bjoins\s+{THE}(?P<list>{ITEM}(?:{SEP}{ITEM_PREFIX}{ITEM}){{2,}})"
        rf"(?=\s*(?:[.;]|$))",
        "",
    ),
    # (in the future, the countries themselves the subject, and then the sentence's end or a
    # reporting clause: "These countries are A and B, and will join C, D and E, Mr Ramaphosa
    # said"; not "Troops from Chad will join A, B and C", "..., Mr X said, in the Berlin Process")
    (
        "joined:others",
        rf"(?<!from\s)(?<!of\s)(?<!with\s)(?<!by\s)(?<!in\s){C}(?!['’])(?:[^.;<>]|<[CD]\d+>){{0,80}}?"
        rf"\bwill\s+(?:now\s+)?join\s+{THE}(?P<list>{ITEM}(?:{SEP}{ITEM_PREFIX}{ITEM}){{2,}})"
        rf"(?=\s*(?:[.;]|$)|\s*,\s+(?:[\w.’'-]+\s+){{1,6}}(?:said|says|added|announced)"
        rf"\s*(?:[.;]|$|,\s+adding\b))",
        "",
    ),
    (
        "joined:others",
        rf"\bjoin(?:s|ed|ing)?\s+{THE}{LIST_MANY}\s+(?:in|inside|within)\s+(?:the\s+)?(?P<org>{ORG})"
        # the organization ends the phrase, or its noun does ("in the EAEU in 2015", "in the BRICS
        # group", not "in the group statement")
        rf"(?:\s+(?:group|grouping|bloc|alliance|club|forum|union|community))?"
        rf"(?=\s*(?:[.,;:]|$)|\s+(?:in|since|from|when|after)\b)",
        "",
    ),
    # "Somalia joins the ranks of A, B and C": those it joins are members of the organization the
    # sentence names
    (
        "joined:ranks",
        rf"(?P<org>{ORG})(?:[^.;<>]|<[CD]\d+>){{0,120}}?\bjoin(?:s|ed|ing)?\s+(?:the\s+)?ranks\s+of\s+{THE}{LIST}"
        # (not "the ranks of A and B as oil exporters", "..., the biggest exporters")
        rf"(?=\s*(?:[.;]|$|,\s+(?!(?:the|a|an|both|all|which|who)\b)))",
        "",
    ),
    (
        "joined:ranks",
        rf"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?ranks\s+of\s+{THE}{LIST}\s+(?:in|of|within)\s+(?P<org>{ORG})",
        "",
    ),
    # "the fourth country to join the bloc, after Belarus and Armenia", "became the fifth member of
    # the EAEU after Russia and Kazakhstan", "the latest to join the EU after Bulgaria": those
    # who joined before
    (
        "joined:after",
        rf"\b(?:latest|newest|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+teenth|"
        rf"twentieth|\d+(?:st|nd|rd|th))\s+(?:(?:full\s+)?(?:country|member(?:\s+state)?|state|nation)\s+"
        rf"(?:to\s+(?:join|enter)|of)|to\s+(?:join|enter))\s+(?:(?:[\w-]+|<[CD]\d+>-[\w-]+)\s+){{0,4}}?"
        # (not "the first country in the EU talks after Japan")
        # (not "the 31st member of NATO after Russia invaded Ukraine", "the first in the EU to
        # recognise Palestine after Norway")
        rf"(?P<org>{ORG}){NOT_SUB_BODY}{NOT_JOINED_DEAL}(?:(?!\s+to\s+[a-z])(?:[^<>.;]|<[CDO]\d+>)){{0,80}}?\s+after\s+"
        rf"{THE}{LIST}(?=\s*(?:[.;]|$|in\s+\d{{4}}))",
        "",
    ),
    # "Three members of PIF keep ties with Taiwan: the Marshall Islands, Palau and Tuvalu": a
    # counted list after a colon
    (
        "member-list:counted",
        rf"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:{MEMBER}|countries|states|nations)\s+"
        rf"(?:of|in)\s+(?P<org>{ORG})(?!['’])"
        # (no second counted group before the colon: "... met envoys of three partner countries: A")
        rf"(?:(?!\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+|countries|states|nations|members)\b)"
        rf"(?:[^:;<>]|<[CD]\d+>)){{0,100}}:\s*{THE}{LIST}\s*(?:[.;]|$)",
        "",
    ),
    # "Croatia acceded to the EU in 2013"
    (
        "joined:acceded",
        rf"{LIST_FIRST}{SUBJECT_LINK}(?:has\s+|have\s+)?{NOW}acceded\s+to\s+(?P<org>{ORG})",
        "s",
    ),
    (
        "joined",
        rf"\b(?:[Ss]ince|[Aa]fter|[Uu]pon)\s+joining\s+(?P<org>{ORG})(?:\s+in\s+\d{{4}})?,\s+{THE}{LIST}",
        "",
    ),
    ("suspended", rf"{AT_I_T}(?:(?<=i)t|(?<=t)hey)\s+(?:has|had|have)\s+{NOW}suspended\s+{THE}{LIST}", ""),
    (
        "suspended",
        rf"(?P<org><(?<!not\s<)O\d+>){POSS}\)?,?\s+{FILLER}{PARTICIPLE_ASIDE}(?:has\s+|had\s+)?{NOW}(?:suspended|suspends|suspension\s+of|"
        rf"(?:voted|decided|agreed|moved|took\s+(?:(?!no\b|little\b|few\b|any\b)[\w-]+\s+)?(?:action|steps?|measures))\s+"
        rf"(?:(?!not\b|never\b)\w+\s+){{0,2}}?to\s+(?:[a-z]+ly\s+)?suspend|"
        rf"(?:announced|declared|confirmed|ordered)\s+(?:(?:on|late|early)\s+\w+\s+)?the\s+suspension\s+of)\s+"
        rf"(?:the\s+(?:participation|membership)\s+of\s+)?{THE}{LIST}"
        # (not "suspended Turkey's accession talks": only its membership or participation)
        r"(?!['’]s\s+(?!membership|participation)\w)",
        "",
    ),
    # "ECOWAS threatened to suspend Guinea from the bloc", "would consider suspending Fiji from
    # membership": only a member can be suspended, and this one is not yet (not "voted to suspend")
    (
        "may-be-suspended",
        r"(?:threaten(?:s|ed|ing)?\s+to|(?:would|could|might|may|will)(?:\s+(?:consider|seek\s+to|move\s+to))?|"
        r"consider(?:s|ed|ing)?|(?:any|a|the)\s+(?:move|bid|attempt|motion|proposal|threat)\s+to)\s+"
        rf"suspend(?:ing)?\s+{THE}{LIST}\s+from\s+(?:(?:its|their)\s+)?(?:membership(?:\s+(?:of|in)\s+(?P<org>{ORG}))?"
        # (the membership itself, not "membership talks", "membership of the Erasmus scheme")
        rf"(?=\s*(?:[,.;:)]|$)|\s+(?:if|unless|by|over|after|until|because|as|for|in|on)\b)"
        rf"|(?P<org2>{ORG})(?:{ORG_ENDS}|(?=\s+(?:if|unless)\b))){ENDED_AFTER}",
        "",
    ),
    # "Guinea could be suspended from ECOWAS", "Mali faces suspension from the AU", "was threatened
    # with suspension from the Commonwealth": the same threat told of the country, from the
    # organization itself (not "suspended from the talks", "from the EU and US trade schemes")
    (
        "may-be-suspended:passive",
        rf"{LIST_FIRST}{SUBJECT_LINK}(?:(?:could|would|might|may|will|should)\s+(?:(?:not|now|also|soon|all|both|temporarily)\s+)?"
        r"(?:be\s+(?:temporarily\s+)?suspended|face\s+(?:a\s+|possible\s+|potential\s+)?suspension|"
        r"risk\s+(?:being\s+suspended|suspension))|"
        r"(?:(?:is|are|was|were|now)\s+)?(?:faces?|faced|facing|risks?|risked|risking)\s+(?:a\s+|possible\s+|potential\s+)?"
        r"(?:suspension|being\s+suspended)|"
        rf"{BE}\s+(?:now\s+)?(?:threatened|warned)\s+with\s+(?:a\s+|possible\s+)?suspension)\s+from\s+"
        rf"(?:(?:its|their)\s+membership\s+(?:of|in)\s+|membership\s+of\s+)?(?P<org>{ORG}){THREAT_ENDS}{THREAT_UNDONE}",
        "s",
    ),
    # "ECOWAS threatened Guinea with suspension from the bloc": the organization threatens, from
    # itself (not "The EU threatened Georgia with suspension": of what, the article may not say)
    (
        "may-be-suspended:with",
        rf"(?P<org2><(?<!not\s<)O\d+>){POSS}\)?,?\s+{FILLER}{PARTICIPLE_ASIDE}(?:has\s+|had\s+)?{NOW}"
        rf"threaten(?:s|ed)\s+{THE}{LIST}\s+with\s+(?:a\s+|possible\s+)?suspension\s+from\s+"
        rf"(?:(?:its|their)\s+membership\s+(?:of|in)\s+|membership\s+of\s+)?(?:(?P<org>{ORG})|membership){THREAT_ENDS}"
        rf"{THREAT_UNDONE}",
        "",
    ),
    # "It decided to suspend the participation of Gabon in all activities of the AU": the
    # organization named after the country
    (
        "suspended",
        # (not "lifted the suspension of", "refused to suspend")
        rf"(?<!lifted\sthe\s)(?<!lift\sthe\s)(?<!ended\sthe\s)(?<!end\sthe\s)(?<!not\sto\s)(?<!refused\sto\s)"
        rf"(?:suspend|suspends|suspended|suspending|suspension\s+of)\s+(?:the\s+)?(?:participation|membership)\s+"
        rf"of\s+{THE}{LIST}\s+(?:in|from)\s+(?:all\s+)?(?:(?:of\s+)?(?:the|its)\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?:activities|meetings|work|institutions|bodies|organs|affairs|summits)\s+of\s+(?P<org>{ORG})",
        "",
    ),
    # "the AU barred Sudan from the bloc's meetings": kept out of the organization's work
    (
        "barred",
        rf"(?P<org><(?<!not\s<)O\d+>),?\s+{FILLER}{PARTICIPLE_ASIDE}(?:has\s+|had\s+)?{NOW}(?:barred|bars|banned|bans|excluded)\s+"
        rf"{THE}{LIST}\s+from\s+(?:(?:the|its|all|all\s+of\s+(?:the|its)|<O\d+>['’]s)\s+)?(?:[\w-]+\s+){{0,2}}"
        rf"(?:meetings|activities|summits|institutions|bodies|work|participation|participating|taking\s+part)",
        "",
    ),
    (
        "suspended",
        rf"{LIST_FIRST}{SUBJECT_LINK}{BE}\s+{NOW}{SUSPENDED}"
        # (not "suspended from the talks", "suspended by Washington"; not "... and later left")
        r"(?!\s+(?:from|by)\s+(?!<O))(?![^.]{0,80}\b(?:left|quit|withdr[ae]w\w*|exited|expelled)\b)",
        "s",
    ),
    # "Guinea, suspended since its 2021 coup, was not invited"
    (
        "suspended",
        rf"{LIST_FIRST}\s*,\s+{NOW}{SUSPENDED}\s+(?:since|after|following|over|until|in\s+\d)",
        "s",
    ),
    ("suspended", rf"{LIST_FIRST}\s*,\s+{NOW}{SUSPENDED}\s+(?:from|by)\s+(?P<org>{ORG})", ""),
    # "with Mali being suspended from ECOWAS", "Guinea, having been suspended by the AU,": the
    # clause's subject follows no preposition but "with" ("the threat of Mali being suspended"
    # is no suspension)
    (
        "suspended",
        # (from the organization, or from its meetings: "from ASEAN summits at leader level")
        rf"(?:(?<![\w-])(?i:with)\s+(?:the\s+)?)?{LIST_FIRST}\s*,?\s+(?:being|having\s+been)\s+{NOW}{SUSPENDED}"
        rf"\s+(?:from|by)\s+(?P<org>{ORG})"
        rf"(?:{ORG_ENDS}|(?=\s+(?:meetings|summits|activities|institutions)\b))"
        rf"{ENDED_AFTER}",
        "s",
    ),
    # "<O1> has as active members A, B and C, with Peru suspended": a member set apart at the end
    (
        "suspended:set-apart",
        # (the sentence lists the members, or the organization meets: not "The EU resumed aid to
        # Mozambique, with Burundi suspended")
        rf"(?P<org><O\d+>)(?:(?:[^.;<>]|<[CDA]\d+>)*?\b(?:{MEMBER})\b|{POSS}?\s+(?:leaders\s+|ministers\s+)?"
        rf"(?:met|meets|convened|gathered|assembled))(?:[^.;<>]|<[CDA]\d+>)*?,\s+(?i:with)\s+{THE}"
        rf"{LIST_FIRST}\s+(?:(?:currently|now|still|all)\s+)?suspended(?=\s*(?:[.;]|$))",
        "",
    ),
    # "Syria was barred from the Arab League" (kept out, still a member; not "expelled")
    (
        "barred:passive",
        rf"{LIST_FIRST}{SUBJECT_LINK}{BE}\s+{NOW}(?:barred|banned)\s+from\s+(?:(?:the|all)\s+)?"
        rf"(?:(?:[\w-]+\s+){{0,2}}(?:meetings|activities|summits|institutions)\s+of\s+)?(?P<org>{ORG})(?!['’])",
        "s",
    ),
    (
        "as-members",
        rf"{AT_A}s\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:{MEMBER}\s+of\s+(?P<org>{ORG})|(?P<org2>{ORG})\s+{MEMBER}),\s+{THE}{LIST}",
        "",
    ),
    # "Jamaica was among six CARICOM countries that ...", "A and B were the other OAS states",
    # "Hungary became the last NATO country to approve it"
    (
        "are-members:among",
        # ("appear to be the two CARICOM countries now in focus": the verb's hedge is of the focus)
        rf"{LIST_FIRST}{SUBJECT_LINK}(?:is|are|was|were|became|has\s+become|(?:appears?|seems?)\s+to\s+be)\s+"
        rf"(?:among\s+|one\s+of\s+)?(?:the\s+)?"
        rf"(?:other\s+|only\s+|remaining\s+)?(?:{NOT}[\w-]+\s+)?(?:(?P<org>{ORG})\s+(?:{MEMBER}|countr(?:y|ies)|states?|nations?)\b"
        rf"|(?:{MEMBER}|countries|states|nations)\s+(?:of|in)\s+(?P<org2>{ORG}))"
        # (not the first to leave: "Britain became the first EU country to leave the bloc")
        rf"{NOT_FIRST_TO_LEAVE}",
        "sh",
    ),
    # "India and Pakistan were granted full membership of the SCO in 2017", "Sweden was given NATO
    # membership" (done: not "would be granted", nor granted another standing, "as an observer")
    (
        "admitted:given",
        rf"{LIST_FIRST}{SUBJECT_LINK}(?:was|were|has\s+been|have\s+been)\s+{NOW}(?:granted|given|awarded|accorded)\s+"
        rf"(?:full\s+)?(?:(?P<org2>{ORG})\s+membership(?!\s+(?:{_NOT_HELD}))"
        rf"|membership\s+(?:in|of|to)\s+(?P<org>{ORG}){NOT_SUB_BODY})(?!\s+as\b)"
        # (not one granted in principle or pending, nor refused, nor left since)
        rf"(?![^.;]{{0,60}}?\b(?:in\s+principle|pending|declined|refused|rejected|{LEAVING}))"
        rf"{ENDED_AFTER}",
        "sh",
    ),
    # "The bloc granted full membership to Venezuela"
    (
        "admitted:granted",
        rf"(?P<org>{ORG}),?\s+{FILLER}(?:has\s+|had\s+)?{NOW}(?:granted|grants|gave|gives)\s+(?:full\s+)?"
        rf"membership\s+to\s+{THE}{LIST}",
        "",
    ),
    # "ECOWAS, of which Niger is a part", "the SCO, of which both are members"
    (
        "are-members:of-which",
        rf"(?P<org>{ORG})\s*\)?\s*,\s+of\s+which\s+{THE}{LIST}\s+{BE}\s+{NOW}(?:an?\s+|the\s+)?"
        rf"(?:(?:founding|full|founder)\s+)?(?:{MEMBER}|part)\b",
        "",
    ),
    # "the OAS has 35 member states, of which Cuba is one": one of the members counted before
    (
        "of-which-one",
        rf"{MEMBER}\s*,\s+of\s+which\s+{THE}{LIST}\s+(?:is|are)\s+{NOW}(?:one|two|three|four|five)\b",
        "",
    ),
)
