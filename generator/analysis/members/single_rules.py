"""Membership statements about one country, as patterns over an abstracted sentence
(`fragments`). Each rule's id is the ``rule`` a `Member` reports."""

from __future__ import annotations

from .fragments import (
    AND_BEFORE,
    AT_M,
    BIGGEST,
    ENDED_AFTER,
    FULL,
    MEMBER,
    MONTHS,
    NOT,
    NOT_FIRST_TO_LEAVE,
    NOT_JOINED_DEAL,
    NOT_SUB_BODY,
    NOW,
    ORDINAL_WORDS,
    ORG,
    ORG_ENDS,
    RELATIVE_ASIDE,
    SET_OFF,
    SIZE,
    SUPERLATIVE,
    C,
)
from .rule import Entry

# the biggest of the kinds a member is: an economy, a country, a member ("the EU's largest
# exporter" sells to it)
_BIGGEST_MEMBER = rf"{SUPERLATIVE}\s+(?:economy|country|nation|state|member(?:\s+state)?)\b"
_BIGGEST_MEMBERS = rf"{SUPERLATIVE}\s+(?:economies|countries|nations|states|members|member\s+states)\b"
# a country that is the biggest of a kind, in a sentence that tells no other standing anywhere
# ("though it sits there only as an observer", "Although it is merely a partner"), not after
# "if" or "whether": from the sentence's start to the country and its verb
_IS_BIGGEST = (
    r"^(?![^.;]*\b(?:observers?|partners?|guests?|candidates?|former|though|although|as\s+if|not\s+a\s+member)\b)"
    rf"(?:[^;]*?\s)??(?<!\bif\s)(?<!whether\s)(?P<c>{C})\s+(?:is|remains)\s+(?:now\s+|still\s+)?"
)

# a coming back to an organization, as done or as settled ("full", not "possible")
_RETURN = r"(?:(?:full|formal|official|historic)\s+)?(?:return|readmission|reinstatement|re-entry)"
# what a membership is when it is not one yet: "Ukraine's future as an EU member"
_NOT_YET = r"(?:future|bid|hopes?|prospects?|path|candidacy|aspirations?|application|chances?)\b"


# what one joins of an organization that is its work, not the organization: "the ECOWAS mediation
# effort", "NATO exercises" (a word before it no preposition: "NATO amid efforts to" joins NATO)
_NOT_JOINT_WORK = (
    r"(?!\s+(?:(?!(?:amid|despite|after|before|as|in|on|at|with|during|since|when|while)\b)[a-z]+\s+)?"
    r"(?:efforts?|exercises?|drills?|mediation|campaigns?|operations?)\b)"
)
# what a country does when it joins an organization in doing it: a side taken, not membership
_SIDE_TAKEN = (
    r"(?:condemning|calling|urging|supporting|backing|rejecting|demanding|opposing|critici[sz]ing|denouncing|"
    r"imposing|sanctioning|recogni[sz]ing|boycotting|expelling|suspending|welcoming|praising|voting)\b"
)

# what of the organization a standing is given back in: "from the activities of the AU"
_ACTIVITIES_OF = r"(?:the\s+(?:[\w-]+\s+){0,2}(?:activities|meetings|institutions|summits|bodies)\s+of\s+)?"
# "... from the Forum was lifted": the end of a suspension, said in the passive
_LIFTED = (
    rf"(?:\s+(?:in|of|from)\s+{_ACTIVITIES_OF}(?P<org2>{ORG}))?\s+(?:was|were|is|has\s+been|had\s+been)\s+"
    r"(?:(?:formally|officially|finally|now|fully|also)\s+)?(?:lifted|revoked|rescinded)\b"
)

# the words between a country and its keeping a membership: an auxiliary or a plain verb with
# "to", no negation or failure ("decided to retain", not "failed to retain", "could not keep")
_KEEPING = (
    r"(?:(?!(?:not|never|no|failed|fails|unable|cannot|vowed|vows|hopes?|wants?|seeks?|tried|tries)\b)"
    r"[\w-]+\s+){0,3}?"
)
# a country's own membership of an organization: "its OPEC membership", "its membership in OPEC"
_ITS_MEMBERSHIP = rf"its\s+(?:(?P<org>{ORG})\s+membership|membership\s+(?:in|of)\s+(?P<org2>{ORG}))"
# what may follow a membership kept or frozen: the sentence goes on, not the noun ("its EU
# membership bid", "membership negotiations")
# "Sudan said it had suspended its membership", "Sudan has informed IGAD it is suspending": the
# country tells of its own step
_SAID_IT = (
    r"\s+(?:has\s+|had\s+)?(?:said|says|announced|announces|(?:informed|told|notified)\s+<O\d+>)\s+(?:that\s+)?"
    r"it\s+(?:is\s+|was\s+|has\s+|had\s+)?"
)
_AFTER_KEPT = r"(?=\s*(?:[.,;:]|$)|\s+(?:in|of|since|despite|after|and|for|until|on|from|over|as|because)\b)"
# a joining by its noun, and the words that tell it done
_ACCESSION = r"(?:formal\s+|official\s+)?(?:accession|entry|admission)"
_DONE = (
    r"(?:(?:was|has\s+been|had\s+been)\s+(?:officially\s+|formally\s+|finally\s+)?"
    r"(?:completed|finali[sz]ed|formali[sz]ed|sealed(?!\s+off))"
    r"|(?:officially\s+|formally\s+|finally\s+)?(?:took\s+effect|came\s+into\s+(?:effect|force)|became\s+effective))\b"
    # (the accession itself, not a goal: "was formalised as a goal")
    r"(?!\s+as\s+an?\s)"
)
_ACCESSION_OF = rf"(?P<c>{C})['’]s\s+(?:(?P<org2>{ORG})\s+)?{_ACCESSION}(?:\s+(?:to|into)\s+(?P<org>{ORG}))?"
SINGLE_ENTRIES: tuple[Entry, ...] = (
    (
        "became-member",
        rf"(?P<c>{C}){RELATIVE_ASIDE}\s*,?\s+(?:(?:which|that|who)\s+)?{NOW}(?:became|becomes|has\s+become|"
        rf"have\s+become|had\s+become)\s+(?:(?:the\s+[\w-]+\s+|an?\s+|its\s+[\w-]+\s+){FULL}{MEMBER}\s+(?:of|in)\s+"
        rf"(?P<org>{ORG})|(?P<org2>{ORG})['’]s\s+(?:[\w-]+\s+){{0,2}}{MEMBER}|an?\s+{FULL}"
        rf"(?P<org3>{ORG})\s+{MEMBER}|(?:the\s+{NOT}[\w-]+\s+|an?\s+|its\s+{NOT}[\w-]+\s+){FULL}{MEMBER}"
        rf"(?!\s+of\b|\s+in\s+the\b|\s+(?:states?|countr|nations?)\b))",
        "s",
    ),
    (
        "is-member",
        rf"(?P<c>{C}){SET_OFF}"
        rf"(?:is|remains|remained|has\s+remained|stays|has\s+been|have\s+been"
        # a membership going on: "will certainly remain", "continues to be"
        rf"|will\s+(?:[a-z]+ly\s+)?(?:remain|stay)|continues\s+to\s+be|continued\s+to\s+be)"
        rf"(?:\s*,[^,<>]{{1,25}},)?\s+{NOW}{AND_BEFORE}"
        rf"(?:(?:a|an|the|one\s+of\s+(?:the|its)|among\s+(?:the|its))\s+(?:{NOT}[\w-]+\s+)?"
        rf"(?:(?:full(?:y)?[- ]?fledged|full|founding|founder|key|active|leading|integral|important|core|"
        rf"permanent|original)\s+)?(?:{MEMBER}|part)\s+(?:of|in)\s+(?:both\s+)?{SIZE}"
        rf"(?P<org>{ORG}){NOT_SUB_BODY}|an?\s+(?:{FULL}|found(?:ing|er)\s+)?(?P<org2>{ORG})\s+{MEMBER}"
        rf"|part\s+of\s+(?P<org3>{ORG}){NOT_SUB_BODY})"
        # (not "will formally remain part of the CIS for another 12 months": a leaver's last months)
        rf"(?![^.]{{0,40}}\bfor\s+(?:another|a\s+further|the\s+next|the\s+remaining)\b){ENDED_AFTER}",
        "s",
    ),
    # "An OPEC member since 2007, Angola produces ...", "A member of the EU since 2004, Poland
    # hosts ...": a membership set before the sentence's subject
    (
        "is-member:fronted",
        # ("Being a member of the EU, Malta ...", "Despite being an OPEC member for decades, Gabon ...")
        rf"(?:^\W*|\bthat\s+)(?:(?:(?:despite|while|though|although|as)\s+)?being\s+)?"
        rf"(?:an?|the)\s+(?:{FULL}|found(?:ing|er)\s+|longtime\s+|long-time\s+)?(?:(?P<org>{ORG})\s+{MEMBER}|{MEMBER}\s+"
        rf"(?:of|in)\s+(?P<org2>{ORG}))(?:\s+(?:since|for)\s+[^,<>]{{1,30}})?\s*,\s*(?P<c>{C})(?!['’])"
        # the country is the subject: a verb follows, not a list ("..., Angola and Nigeria"), and
        # not one of what might be ("Being a member of NATO, Ukraine would be protected") or of
        # leaving ("Despite being a member for decades, Qatar left")
        r"\s+(?!and\b|or\b|would\b|could\b|might\b|should\b|left\b|quit\b|withdrew\b|exited\b|pulled\b)[a-z]",
        "",
    ),
    # "EU state Malta", "fellow NATO country Norway": one country after its organization's noun
    (
        "is-member:noun",
        rf"(?P<org>{ORG})\s+(?:country|state|nation)\s+(?P<c>{C})(?!['’]|\s*(?:,|and)\s*<C)",
        "",
    ),
    # "Egypt was a founding member of the Arab League" (not "... until it left")
    (
        "is-member:founding",
        rf"(?P<c>{C}){SET_OFF}(?:was|were)\s+{NOW}"
        rf"(?:a|an|one\s+of\s+the|among\s+the)\s+found(?:ing|er)\s+{MEMBER}\s+(?:of|in)\s+(?P<org>{ORG}){ENDED_AFTER}",
        "s",
    ),
    # "Brazil might withdraw from Mercosur", "Turkey has threatened to leave NATO": a leaving that may
    # come, so a membership that holds (not "Mali left ECOWAS", "could not leave", "were to leave", a
    # decision told, "said his country would withdraw", nor a threat of the past, "threatened to
    # quit OPEC in 2018", "was considering leaving", which may since have been carried out)
    (
        "may-leave",
        rf"(?P<c>{C}){SET_OFF}{NOW}"
        r"(?:(?:threatens|(?:has|have)\s+threatened|(?:is|are)\s+(?:now\s+)?threatening)\s+to\s+|(?:might|could|may)\s+"
        r"(?:(?:even|eventually|soon|still|now|also|yet)\s+)*|(?:is|are)\s+(?:now\s+)?"
        r"(?:considering|mulling|weighing|contemplating)\s+"
        # a leaving announced, not yet done: "Japan is to withdraw from the IWC", "is set to quit"
        r"|(?:is|are)\s+(?:(?:set|due|poised|expected|planning|preparing)\s+)?to\s+)"
        r"(?:leave|leaving|quit|quitting|exit|exiting|withdraw\s+from|withdrawing\s+from|pull\s+out\s+of|"
        rf"pulling\s+out\s+of)\s+(?:the\s+)?(?P<org>{ORG})"
        # (the organization itself, not "leave the NATO summit", "quit Mercosur talks", "leave NATO in
        # a weaker position")
        r"(?=\s*(?:[.,;:)—–]|$)|\s+(?:if|unless|over|after|before|and|or|as|because|altogether|entirely|"
        r"completely|too|soon|within)\b|\s+(?:in\s+(?:\d{4}|protest|the\s+(?:coming|next|near)\b|future)|by\s+\d{4}|"
        rf"in\s+(?:{MONTHS})\b|"
        r"at\s+any\b|for\s+good\b))",
        "s",
    ),
    # "Indonesia, which became part of the bloc in 2025"
    (
        "became-member:part",
        rf"(?P<c>{C}){SET_OFF}{NOW}(?:became|becomes|has\s+become|"
        rf"have\s+become)\s+(?:a\s+)?(?:full\s+)?part\s+of\s+(?P<org>{ORG})",
        "s",
    ),
    # "Germany, the EU's largest economy,", "the bloc's most populous country, Indonesia":
    # the organization's biggest of its own kind (not "its largest trading partner")
    (
        "superlative",
        rf"(?P<c>{C})\s*,\s+(?:now\s+|still\s+)?(?:the\s+)?(?P<org>{ORG})['’]s\s+{BIGGEST}(?=\s*[,—–)])",
        "",
    ),
    (
        "superlative",
        rf"(?P<org>{ORG})['’]s\s+{BIGGEST}\s*,?\s+(?P<c>{C})(?!['’])",
        "",
    ),
    # "Indonesia, the largest economy in ASEAN,": the biggest one in the organization
    (
        "superlative",
        rf"(?P<c>{C})\s*,\s+(?:now\s+|still\s+)?the\s+{BIGGEST}\s+(?:in|of|within|among)\s+(?P<org>{ORG})"
        rf"(?!['’])(?=\s*[,—–)])",
        "",
    ),
    # the same as a predicate: "Indonesia is the largest economy in ASEAN", "Nigeria is one of the
    # biggest economies in ECOWAS", "Germany remains the EU's biggest economy" (of the kinds a
    # member is, not "the EU's largest exporter of gas"; told in the present, not "Britain was";
    # not "as if" or "whether" it is, nor in a sentence that tells another standing: "Among the
    # SCO's observer states, Mongolia is the largest country in the bloc")
    (
        "superlative",
        rf"{_IS_BIGGEST}(?:the\s+{_BIGGEST_MEMBER}|one\s+of\s+the\s+{_BIGGEST_MEMBERS})\s+(?:in|of|within|among)\s+"
        rf"(?P<org>{ORG}){ORG_ENDS}",
        "",
    ),
    (
        "superlative",
        rf"{_IS_BIGGEST}(?:(?P<org>{ORG})['’]s\s+{_BIGGEST_MEMBER}|one\s+of\s+(?P<org2>{ORG})['’]s\s+{_BIGGEST_MEMBERS})"
        rf"(?!\s+of\b)",
        "",
    ),
    # "top OPEC producer Saudi Arabia", "the biggest EU economy, Germany"
    (
        "superlative:top",
        rf"(?:top|leading|dominant|largest|biggest)\s+(?P<org>{ORG})\s+(?:economy|country|nation|state|member|"
        rf"producer|exporter|power)\s*,?\s+(?P<c>{C})(?!['’])",
        "",
    ),
    # "Hungary is the only EU member that", "Brunei is one of ASEAN's ten members"
    (
        "is-member:the",
        rf"(?P<c>{C})\s+(?:then\s+)?(?:is|was|remains|remained|becomes|became)\s+{NOW}(?:the\s+(?:only|first|last|"
        rf"newest|largest|biggest|oldest|smallest|sole|poorest|richest)\s+(?:[\w-]+\s+)?(?P<org>{ORG})\s+"
        # ("the only NATO ally", "the only one of NATO's 30 members", "the only one of the 27 EU
        # countries")
        rf"(?:{MEMBER}|ally)\b|the\s+(?:only|sole|last)\s+one\s+of\s+the\s+(?:\d+\s+)?(?P<org3>{ORG})\s+"
        rf"(?:{MEMBER}|countries|states|nations|allies)\b|(?:the\s+(?:only|sole|last)\s+)?(?:one\s+of|among)\s+"
        rf"(?P<org2>{ORG})['’]s\s+(?:{NOT}[\w-]+\s+){{0,2}}{MEMBER}){NOT_FIRST_TO_LEAVE}",
        "s",
    ),
    # "Croatia is the EU's newest member", "Finland became NATO's 31st ally"
    (
        "is-member:the",
        rf"(?P<c>{C})\s+(?:then\s+)?(?:is|was|remains|remained|becomes|became)\s+{NOW}(?:the\s+)?(?P<org>{ORG})['’]s\s+"
        rf"(?:only|first|last|newest|latest|youngest|largest|biggest|oldest|smallest|poorest|richest|founding|"
        rf"\d+(?:st|nd|rd|th))\s+(?:{MEMBER}|ally)\b",
        "s",
    ),
    # after the organization's sentence: "Hungary is now the only member state that has not
    # ratified" (a clause about what it does next, never "member of" another body)
    (
        "are-members:only",
        rf"(?P<c>{C})\s+(?:is|was|remains|remained)\s+{NOW}the\s+(?:only|sole|last)\s+(?:remaining\s+)?"
        rf"(?:{MEMBER}|ally)\s+(?:that|which|who|to|not|yet|still)\b"
        # (not the only one to leave: "the only member state to leave the EU")
        r"(?![^.]{0,60}\b(?:leave|leaving|left|quit|withdr\w*|exit\w*|expelled)\b)",
        "s",
    ),
    # after the organization's sentence: "Rwanda, which has been a member since 2009,"
    (
        "member-since",
        rf"(?P<c>{C})\s*,?\s+(?:which|that|who)\s+(?:has\s+been|had\s+been|is|was|became)\s+{NOW}(?:a|an)\s+"
        rf"{FULL}(?:found(?:ing|er)\s+)?member\s+(?:(?:of|in)\s+(?P<org>{ORG})\s+)?since\b",
        "s",
    ),
    (
        "appositive",
        rf"(?P<c>{C})\s*(?:,|–|—|-|\()\s*(?:(?:which|that)\s+is\s+)?(?:also\s+|itself\s+|already\s+|still\s+)?"
        rf"{AND_BEFORE}(?:(?:a|an|one\s+of\s+the|the\s+(?:only|last|first|newest|largest|biggest|oldest))\s+"
        rf"(?:(?:full|founding|founder|fellow|key|leading|permanent)\s+)?"
        rf"(?:(?P<org>{ORG})\s+{MEMBER}|{MEMBER}\s+(?:of|in)\s+(?:both\s+)?(?P<org2>{ORG}))"
        rf"|(?:one\s+of\s+)?(?:the\s+)?(?P<org3>{ORG})['’]s\s+(?:{NOT}[\w-]+\s+){{0,2}}{MEMBER})",
        "",
    ),
    # "Kazakhstan, one of the OPEC+ countries,", "Malta, an EU state,", "Kazakhstan, one of the
    # states included in the OPEC+ format": a country set off as one of an organization's states
    # (not "a non-EU country", "one of the countries in the EU's neighbourhood")
    (
        "appositive:states",
        rf"(?P<c>{C})\s*(?:,|–|—|\()\s*(?:(?:which|that)\s+is\s+)?(?:also\s+|itself\s+|already\s+|still\s+)?"
        rf"(?:(?:an?|one\s+of(?:\s+the)?(?:\s+\d+)?)\s+(?P<org>{ORG})\s+(?:countries|country|states|state|nations|nation)"
        rf"|one\s+of\s+the\s+(?:\d+\s+|[a-z]+\s+)?(?:countries|states|nations)\s+(?:included\s+)?"
        rf"(?:in|of|within)\s+(?:the\s+)?(?P<org2>{ORG}))"
        r"(?!['’])(?=\s*[,.;:)—–]|\s+(?:format|group|grouping|bloc|alliance|that|which|since)\b)",
        "",
    ),
    (
        "last-to-join",
        # ("the last to join NATO": an ordinal may stand for the noun)
        rf"(?P<c>{C})\s+(?:was|became|is)\s+the\s+(?:(?:[\w-]+\s+)?(?:country|member|state|nation)|"
        rf"(?:\d+(?:st|nd|rd|th)|{ORDINAL_WORDS}|last|latest|newest|most\s+recent))\s+to\s+join\s+(?P<org>{ORG})"
        # (not a joint undertaking of it, "the last to join the ECOWAS mediation effort", "NATO
        # exercises", nor a side taken with it, "the first to join the EU in condemning the coup")
        rf"{NOT_SUB_BODY}{NOT_JOINED_DEAL}{_NOT_JOINT_WORK}(?!\s+in\s+{_SIDE_TAKEN})",
        "s",
    ),
    (
        "membership",
        rf"(?P<c><(?<!\bfor\s<)(?<!\bon\s<)[CAD]\d+>)(?:['’]s|,\s+whose)?\s+(?:(?P<org>{ORG})\s+membership|"
        rf"(?:full\s+)?membership\s+(?:in|of)\s+(?P<org2>{ORG}))",
        "",
    ),
    ("membership", rf"{AT_M}embership\s+of\s+(?P<c>{C})\s+in\s+(?P<org>{ORG})", ""),
    # "Ghana attains full membership", "Timor-Leste gained full membership of ASEAN" (not in a clause
    # of time or condition: "would be fulfilled when Kosovo gained full membership")
    (
        "joined:full-membership",
        # (told as done: not "Kyiv hopes Ukraine gains full membership", "as soon as it gains")
        rf"(?P<c><(?<!when\s<)(?<!once\s<)(?<!until\s<)(?<!\bif\s<)(?<!before\s<)(?<!after\s<)[CA]\d+>){SET_OFF}{NOW}"
        rf"(?:attained|has\s+attained|gained|has\s+gained|obtained|has\s+obtained|secured|has\s+secured|achieved|"
        rf"has\s+achieved|won|was\s+granted|has\s+been\s+granted)\s+(?:its\s+)?full\s+membership"
        rf"(?:\s+(?:of|in)\s+(?P<org>{ORG}){ORG_ENDS}|(?!\s+(?:of|in|to)\b))",
        "s",
    ),
    # "Syria's return to the Arab League", "Kiribati's full return to the Forum", "the formal
    # readmission of Syria to the League"
    (
        "membership:return",
        rf"(?P<c>{C})['’]s\s+{_RETURN}\s+(?:to|into)\s+(?P<org>{ORG})",
        "",
    ),
    (
        "membership:return",
        rf"\b{_RETURN}\s+of\s+(?P<c>{C})\s+(?:to|into)\s+(?P<org>{ORG})",
        "",
    ),
    # "Spain's 40th year as a NATO member", "Sweden's place as the 32nd member of the alliance"
    (
        "membership:as",
        rf"(?P<c>{C})['’]s\s+(?:(?!{_NOT_YET})[\w-]+\s+){{1,3}}as\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?"
        rf"(?:(?P<org>{ORG})\s+{MEMBER}|{MEMBER}\s+(?:of|in)\s+(?:both\s+)?(?P<org2>{ORG}))",
        "",
    ),
    # "Bolivia's admission as the bloc's sixth full member", "Finland's entry as NATO's 31st member
    # angered Moscow": a joining as the organization's nth or full member, told as done (not
    # "possible admission", "aspiring member", "... will be decided", "... was delayed")
    (
        "membership:joined-as",
        rf"(?P<c>{C})['’]s\s+(?:admission|accession|entry|induction)\s+as\s+(?:the\s+)?(?P<org>{ORG})['’]s\s+"
        rf"(?:(?:\d+(?:st|nd|rd|th)|{ORDINAL_WORDS}|full|full-fledged|new|newest|latest)\s+){{1,2}}{MEMBER}"
        rf"(?!\s*,?\s+(?:will|would|could|may|might|must|should|remains?|awaits?|depends|hinges|requires|needs|"
        rf"(?:is|are|was|were|has\s+been|had\s+been)\s+(?:not\s+)?(?:expected|set|likely|due|pending|still|"
        rf"discussed|debated|delayed|blocked|postponed|vetoed|rejected|opposed|stalled|frozen|unlikely|uncertain|"
        rf"on\s+hold|under)))",
        "",
    ),
    # "Sweden's accession to NATO was completed in March", "the accession of Croatia to the EU took
    # effect": a joining told as done; and one a time is told from ("since Finland's entry into
    # NATO, ..."), not one to come ("after Ukraine's accession to the EU, subsidies would shrink")
    # nor the subject of what follows ("since Turkey's accession was put on ice")
    (
        "joined:accession-done",
        # (the accession itself: not "Screening for Albania's accession to the EU was completed", a step)
        # (nor one denied or rumoured: "Officials denied that Bosnia's accession was completed")
        rf"(?P<c><(?<!\bfor\s<)(?<!\bof\s<)(?<!\bon\s<)(?<!\bin\s<)(?<!\bto\s<)(?<!\bthat\s<)(?<!\bclaims\s<)"
        rf"[CA]\d+>)['’]s\s+(?:(?P<org2>{ORG})\s+)?"
        rf"{_ACCESSION}(?:\s+(?:to|into)\s+(?P<org>{ORG}))?\s+{_DONE}",
        "",
    ),
    (
        "joined:accession-done",
        rf"\b(?:the\s+)?{_ACCESSION}\s+of\s+(?P<c>{C})\s+(?:to|into)\s+(?P<org>{ORG})\s+{_DONE}",
        "",
    ),
    (
        "joined:accession-since",
        # ("since", or "after" one dated: "upon Ukraine's accession to NATO, Article 5 applies" is to come)
        # (a time the main clause counts from, in its perfect: not "Since Ukraine's accession to NATO,
        # Kyiv argues, is only a matter of time", a cause)
        rf"\bsince\s+{_ACCESSION_OF}(?:\s+in\s+\d{{4}})?\s*,"
        # (the main clause right after it, its subject a few words, its verb in the perfect, no aside)
        rf"(?=\s+(?!(?:which|that|who)\b)(?:[\w’'<>-]+\s+){{0,4}}?(?:has|have|had)\s+(?:\w+\s+)?\w+\b(?!,))",
        "",
    ),
    (
        "joined:accession-since",
        # (told in the past: not "After Ukraine's accession to the EU in 2030, subsidies are expected")
        rf"\b(?:after|following)\s+{_ACCESSION_OF}\s+in\s+\d{{4}}\s*,"
        rf"(?![^.;]*\b(?:would|will|could|might|may|should|can|expected|plans?|set\s+to|is|are)\b)",
        "",
    ),
    # "ECCAS kept Gabon's suspension", "Fiji's suspension from the Forum": a member's, lifted or not,
    # of the organization the sentence names (not "Niger's suspension of uranium exports", a
    # suspension the country orders, nor one proposed or threatened: `MEMBERSHIP_NOT`)
    (
        "suspension",
        rf"(?P<c>{C})['’]s\s+(?:(?P<org2>{ORG})\s+)?suspension(?!\s+(?:of|by)\b)"
        rf"(?:\s+from\s+(?:(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:activities|meetings|institutions|summits|bodies)\s+of\s+)?"
        rf"(?P<org>{ORG})|(?!\s+from\b))",
        "",
    ),
    # "the suspension of Mali from the activities of the AU" (lifted or not: a member's)
    (
        "membership:suspension",
        rf"\bsuspension\s+of\s+(?P<c>{C})\s+from\s+(?:(?:the\s+)?(?:[\w-]+\s+){{0,2}}"
        rf"(?:activities|meetings|institutions|summits|bodies)\s+of\s+)?(?P<org>{ORG})",
        "",
    ),
    (
        "frozen",
        # ("the government of Sudan decided on Saturday to freeze the country’s membership in IGAD":
        # "the country" stands for the country named before, as "its" does, only after its
        # government and when it is the same country: group ``a``, checked in `extract`)
        rf"(?P<gov>(?:the\s+)?(?:government|authorities)\s+of\s+)?"
        rf"(?P<c>{C})(?:\s*,?\s+(?:which\s+|that\s+)?(?:has\s+|had\s+)?|{_SAID_IT}){NOW}"
        rf"(?:froze|frozen|freezes|freezing|suspended|suspends|suspending|paused|halted|"
        rf"(?:decided|voted|agreed)(?:\s+(?:on|last|this)\s+[\w-]+|\s*(?:[—–]|--?)[^—–<>;-]{{1,30}}(?:[—–]|--?))?\s+"
        rf"to\s+(?:freeze|suspend|pause|halt))\s+"
        rf"(?:its|(?(gov)(?P<a><A\d+>)['’]s))\s+(?:(?P<org2>{ORG})\s+)?(?:participation|membership|activities)"
        rf"(?:\s+(?:in|of)\s+(?P<org>{ORG}){NOT_SUB_BODY}|(?(org2){_AFTER_KEPT}|"
        rf"(?!\s+(?:of|talks|bid|application)\b|\s+in\s+(?!\d))))",
        "s",
    ),
    # "his country would keep its OPEC membership frozen", "Indonesia decided to retain its
    # membership in OPEC": a membership kept, frozen or not
    (
        "frozen:kept",
        rf"(?P<c>{C})\s+{_KEEPING}(?:keep|keeps|kept|keeping)\s+{_ITS_MEMBERSHIP}\s+(?:frozen|suspended|on\s+hold)\b",
        "s",
    ),
    (
        "is-member:kept",
        rf"(?P<c>{C})\s+{_KEEPING}(?:keep|keeps|kept|keeping|retain|retains|retained|retaining|maintain|"
        rf"maintains|maintained)\s+{_ITS_MEMBERSHIP}{_AFTER_KEPT}",
        "s",
    ),
    # "Armenia put its membership in the CSTO on hold"
    (
        "frozen",
        rf"(?P<c>{C})\s*,?\s+(?:which\s+|that\s+)?(?:has\s+|had\s+)?{NOW}(?:put|puts|placed|places)\s+"
        rf"its\s+(?:participation|membership)\s+in\s+(?P<org>{ORG})\s+on\s+hold",
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
        rf"(?:is|was|has\s+been|had\s+been|remains|remained)\s+{NOW}(?:suspended|frozen)",
        "",
    ),
    # "voted to restore Syria's membership", "lifts Fiji's suspension from the Forum": a standing
    # given back is a member's (whoever gives it back)
    (
        "restored",
        rf"\b(?:restor|reinstat|reactivat|lift)\w*\s+(?P<c>{C})['’]s\s+(?:(?P<org>{ORG})\s+)?(?:full\s+)?"
        rf"(?:membership|participation|suspension)\b(?:\s+(?:in|of|from|with)\s+{_ACTIVITIES_OF}(?P<org2>{ORG}))?",
        "",
    ),
    # "the AU lifted the suspension on Sudan", "voted to revoke the 1962 measure suspending
    # Cuba": a suspension undone, by its noun or by the act that imposed it
    (
        "restored",
        rf"\b(?:lift|revok|rescind)\w*\s+(?:the|its)\s+(?:[\w-]+\s+){{0,2}}?(?:suspension\s+(?:on|of|against)|"
        rf"(?:measure|decision|resolution|order)s?\s+(?:that\s+)?suspend(?:ing|ed|s))\s+(?:[a-z]+\s+)?(?P<c>{C})"
        rf"(?!['’]s\s+(?!(?:full\s+|{ORG}\s+)?(?:membership|participation)\b))"
        rf"(?:\s+(?:from|in)\s+{_ACTIVITIES_OF}(?P<org>{ORG}))?",
        "",
    ),
    # "Fiji's suspension from the Forum was lifted", "the suspension of Mali has been lifted":
    # a suspension told as over in the passive
    (
        "restored:passive",
        rf"(?P<c>{C})['’]s\s+(?:(?P<org>{ORG})\s+)?(?:membership\s+)?suspension{_LIFTED}",
        "",
    ),
    ("restored:passive", rf"\bsuspension\s+of\s+(?P<c>{C}){_LIFTED}", ""),
    # "The Arab League froze Syria's membership"
    (
        "frozen:org",
        rf"(?P<org><(?<!not\s<)O\d+>),?\s+(?:has\s+|had\s+)?{NOW}(?:froze|frozen|freezes)\s+"
        rf"(?P<c>{C})['’]s\s+(?:membership|participation)",
        "",
    ),
    (
        "remains-in",
        rf"(?P<c>{C})\s+{NOW}(?:remains|stays|will\s+(?:[a-z]+ly\s+)?(?:remain|stay))\s+{NOW}(?:in|within|part\s+of)\s+"
        # (not a stay with an end: "will remain part of the CIS for another 12 months")
        rf"(?P<org>{ORG}){ORG_ENDS}(?!\s+(?:for\s+(?:another|the\s+next|a\s+further|only)|until)\b)",
        "s",
    ),
)
