"""Regular-expression fragments the membership rules are written in.

`members` rewrites each sentence so that a country mention reads ``<C3>`` (a demonym
``<D3>``) and an organization, named or referred to ("the bloc"), reads ``<O1>``; the rules
in `list_rules`, `single_rules` and `frame` are patterns over that abstracted sentence.
"""

from __future__ import annotations

from ..alternation import alternation
from .guards import FILLER_NOT_WORDS, NOT_WORDS, NOW_WORDS

C = r"<[CA]\d+>"  # a country by name, alias, capital, or "the country" resolved to one
ORG = r"<O\d+>"
# what follows an organization that is the whole object, not a name for one of its parts or
# programmes ("suspended from the EU research programme", "the EU's visa-free regime"): a mark,
# the end, a word of time, cause or place, or its name after its noun ("the bloc ECCAS")
_END_WORDS = (
    r"since|after|following|over|for|in|on|at|until|last|this|earlier|amid|because|as|and|but|while|when|"
    r"despite|under|through|during|with"
)
ORG_ENDS = rf"(?=\s*(?:[,.;:)\"”]|$)|\s+<O\d+>|\s+(?:{_END_WORDS})\b)"
# a pattern that opens with its placeholder's "<" is searched for fast: a lookbehind for the
# words before a placeholder therefore comes right after that "<" ("(?<!not\s<)")
# a dash: an em or en dash, or the "--" or "-" typed for one
DASH = r"(?:[—–]|--?)"
# what introduces an enumeration after its noun: "member states: A", "members — A", "members, namely, A"
# ("including both A and B": the pair's "both" after it)
# ("namely;": the semicolon typed for its colon)
INTRO_WORDS = (
    r"(?:(?:including|such\s+as|like|namely(?:\s*;)?|notably|among\s+them|i\.e\.?|being)(?:\s+both(?=\s))?)"
)
# "Benin Republic": the country regex finds "Benin"; the word after it belongs to the item
# ("The Democratic Republic of Congo (DRC)": its short form in brackets, another placeholder)
ITEM = rf"{C}(?:\s+Republic\b)?(?:\s*\((?:[^()<>]{{0,40}}|<[CA]\d+>)\))?"
SEP = r"(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s*&\s*|\s+plus\s+)"
# "the Republic of Niger": the country regex finds "Niger"; the words before it belong to the item
STYLE = r"(?:(?:the\s+)?(?:Republic|Kingdom|Sultanate|State|Federation|Principality)\s+of\s+)?"
# "..., India, the Maldives, host Pakistan and Sri Lanka"
ITEM_PREFIX = (
    rf"(?:the\s+|suspended\s+|also\s+|(?:(?:current|outgoing|incoming)\s+)?(?:host|chair)(?:\s+(?:nation|country|state))?\s+)?"
    rf"{STYLE}"
)
THE = rf"(?:the\s+)?{STYLE}"
# "China, Russia, four Central Asian states and Belarus": a few words between two separators;
# "Canada, the Central Asian states, the entire EU, Britain": at most two such items in a row,
# one of which may be an organization (never the one the list is of: `extract`)
OTHER_ITEM = (
    rf"(?!(?:(?:the|a|an)\s+)?(?:and|or|but|while|whereas|as|with|observers?|partners?|hosts?|guests?)\b)"
    rf"(?:(?:[\w-]+\s+){{0,3}}[\w-]+|(?:[\w-]+\s+){{0,3}}<O\d+>)(?={SEP})"
)
OTHER_ITEMS = rf"(?:{OTHER_ITEM}{SEP}){{0,2}}"
# starts at its first placeholder (a literal "<"), which keeps the search fast; ends at a country
LIST = rf"(?P<list>{ITEM}(?:{SEP}{OTHER_ITEMS}{ITEM_PREFIX}{ITEM})*)"
# a list of two countries or more
LIST_MANY = LIST.replace(")*)", ")+)")
# a list that starts at its first item: a start right after "A, " or "A and " is not tried, so a
# pattern opening with it costs one pass over a long list rather than one per item
LIST_FIRST = LIST.replace("(?P<list><", r"(?P<list><(?<!>,\s<)(?<!>\sand\s<)(?<!>,\sand\s<)", 1)
# ("member governments", APEC's "member economies")
MEMBER = (
    r"(?:members?|member[- ]states?|member[- ]countr(?:y|ies)|member[- ]nations?|members?[- ]states?"
    r"|member[- ]governments?|member[- ]econom(?:y|ies))"
)
# adjectives before "member(s)"; observers, partners, candidates and former members are not members
# (long word lists go through `alternation`, which groups them by initial for a faster search)
NOT = rf"(?!(?:{alternation(NOT_WORDS.split(), ignore_case=True)})\b)"
# (a demonym may be one: "the bloc's other Micronesian members, Palau and Nauru")
ADJ = rf"(?:{NOT}(?:[\w-]+|<D\d+>)\s+){{0,2}}"
POSS = r"(?:['’]s)?"
# the ordinal of a member ("the bloc's sixth member", "the fifth country to re-join")
ORDINAL_WORDS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
    r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|[a-z]+-(?:first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth))"
)
FULL = r"(?:full(?:y)?[- ]?fledged\s+|full\s+)?"
# when, said between a subject and its verb: "Eritrea on Wednesday rejoined IGAD", "last year joined"
_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
# the months, any case ("in January")
MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
WHEN = (
    rf"on\s+(?:{'|'.join(_DAYS.split())})|(?:this|last|earlier\s+this)\s+(?:week|month|year)"
    r"|in\s+(?:1[89]|20)\d\d"
)
NOW = rf"(?:(?:{alternation(NOW_WORDS.split(), ignore_case=True)}|de\s+facto|{WHEN})\s*,?\s+)*"
INCLUDE_VERBS = (
    r"(?:includes?|included|comprises?|comprised|comprising|consists?\s+of|consisting\s+of|"
    # "is comprised of", "will now be made up of"
    r"(?:will\s+(?:now\s+)?be\s+|is\s+|are\s+)?(?:made\s+(?:up\s+)?|comprised\s+)of|"
    r"(?:groups|grouping)(?:\s+together)?|brings\s+together|bringing\s+together|(?:is\s+|are\s+)?composed\s+of|unites|uniting|"
    # (integrating the nations themselves: "integrating the Central American nations of A", not
    # "integrates its markets with the economies of A", "integrating the states of A into its market")
    r"integrat(?:es|ing)(?=\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}(?:nations|countries|states|islands)\b)"
    r"(?![^.;]{0,200}\binto\b)|counts|"
    r"(?:alliance|bloc|grouping|group|union|club|partnership|coalition|association|(?:con)?federation|"
    r"community|organi[sz]ation|(?:common|single)\s+market)\s+of|(?:expanded|grown|grew)\s+to\s+include)"
)
# "The GCC is a bloc composed of": a few words between the organization and the verb,
# none of which makes it a mission, force or meeting instead
# ("The CSTO, a Russia-led military alliance, includes": a country may lead a word of the aside)
FILLER_NOT = alternation(FILLER_NOT_WORDS.split(), ignore_case=True)
FILLER = rf"(?:(?:<[CD]\d+>-[\w-]+|(?!(?:{FILLER_NOT})\b)[\w-]+),?\s+){{0,6}}?"
# "SADC — an intergovernmental organisation set up in 1980 — includes": an aside set off by dashes
# between the organization and its verb, which makes it no mission, force or meeting
# ("set up in 1980" describes it, where "set to" would not)
_ASIDE_NOT = alternation([w for w in FILLER_NOT_WORDS.split() if w != "set"], ignore_case=True)
DASH_ASIDE = (
    rf"\s*(?:[—–]|--)\s*(?:(?!\b(?:{_ASIDE_NOT})\b)[^—–<>;.]|<[CD]\d+>)"
    rf"{{1,80}}?\s*(?:[—–]|--)\s*"
)
LEAD_IN = (
    rf"(?:[:,]|{DASH})?\s*(?:the\s+following\s+(?:\w+\s+)?|(?:countries|states|nations|members)\s+(?:such\s+as|like)\s+"
    # (no word of another standing: "the region's observer states, A and B")
    r"|(?:(?!(?:observers?|partners?|candidates?|dialogue|associate|applicants?|prospective|aspiring|non|invited|guest)\b)"
    r"(?:[\w-]+(?:['’]s)?|<D\d+>(?:-[\w-]+)?)\s+){1,4}(?:countries|states|nations|members|republics|economies|powers|democracies|monarchies"
    r"|producers|exporters|islands)"
    # "the countries of the Horn of Africa (east), namely, A": the region they are of; "the
    # Central American nations of A, B and C": the countries themselves
    r"(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+(?:\s*\([^()<>]{1,30}\))?|\s+of(?=\s+(?:the\s+)?<[CA]\d+>)"
    # "the eight countries with land in the Arctic: A, B": what they share, before a colon
    r"|\s+(?:with|in|on|around|bordering|along)\s+[^:;.<>]{1,60}?(?=\s*:))?"
    rf"\s*(?:[:,]|{DASH})?\s*(?:{INTRO_WORDS}\s*,?\s+)?"
    # "comprised of the military-led governments of A, B and C"
    r"|(?:the\s+)?(?:[\w-]+\s+){0,2}(?:governments|peoples)\s+of\s+"
    # "made up of 23 of the 27 EU countries plus A and B", "includes the 10 ASEAN members, as well
    # as A and B": the members of another body, then these
    r"|(?:(?:\d+|most|all|some|many)\s+of\s+(?:the|its|their)|the|all)\s+"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?<O\d+>(?:['’]s)?"
    r"\s+(?:[\w-]+\s+)?(?:countries|states|nations|members)\s*,?\s+"
    r"(?:plus|as\s+well\s+as|and\s+also|and|along\s+with|together\s+with)\s+)?"
)
APPOSED = (
    rf"\s*(?:,\s*(?:however|though|too)\s*,)?\s*(?:(?:[:,]|{DASH})\s*|\(\s*)?"
    rf"(?:{INTRO_WORDS}\s*[:,]?\s+)?"
)
# another name for the organization set off after it: "the Quadrilateral Security Dialogue, or the
# Quad as it is more commonly known,"
OR_NAMED = r"(?:\s*,\s+or\s+[^,;<]{0,20}<O\d+>[^,;<]{0,40},)?"
# "ASEAN members who are also part of APEC -- A, B --": members of the second one too
ALSO_IN = (
    rf"(?:\s+(?:who|that|which)\s+(?:are|is)\s+(?:also\s+)?(?:part\s+of|{MEMBER}\s+of|in)\s+(?P<also>{ORG}))?"
)
# "became members of the Human Rights Council": a body the sentence names but we do not know
# not a body or a thing of the organization named just before: "a member of the CSTO mission",
# "part of the EU delegation", "the AU's plan", "a member of the EU customs union"
SUB_BODY = (
    r"['’]|\s*-|\s+(?:[a-z]+\s+)?(?:missions?|delegations?|forces?|troops|contingents?|summits?|meetings?|"
    r"secretariat|commission|council|parliament|assembly|court|presidency|chairmanship|observers?|"
    r"peacekeep\w*|team|panel|committee|programm?e|plan|budget|treaty|agreement|framework|charter|standards|"
    r"sanctions|talks|process|operation|customs\s+union|single\s+market)\b"
)
NOT_SUB_BODY = rf"(?!{SUB_BODY})"
# the words before an organization that make it the object of joining or of a preposition: not
# the subject of the verb after it ("countries hoping to enter the bloc include A")
OBJECT_WORDS = ("join", "joining", "enter", "entering", "from", "with", "against")
# what one joins that is the organization's, not the organization: "join the EU trade deal"
NOT_JOINED_DEAL = (
    r"(?!\s+(?:[a-z]+\s+){0,2}(?:deal|pact|accord|scheme|initiative|market|area|zone|mechanism|fund|"
    r"programm?e)\b)"
)
NOT_OF_OTHER = r"(?!\s+of\s+(?!<O))"
# a leaving, its verb in any form: "to leave the bloc", "before quitting", "was kicked out"
LEAVING = (
    r"(?:leave|leaves|leaving|left|quit|quits|quitting|exit|exits|exited|exiting|withdr[ae]w\w*|"
    r"(?:be\s+|was\s+|were\s+)?expelled|pull(?:s|ed|ing)?\s+out|kicked\s+out|announce\s+its\s+withdrawal)\b"
)
# the first (or only, or last) of the members to leave: "the first EU member state to leave"
NOT_FIRST_TO_LEAVE = rf"(?!\s+(?:[\w-]+\s+){{0,2}}?(?:to|that|which|who)\s+(?:[\w-]+\s+){{0,3}}?{LEAVING})"
# (not "had joined": a past membership, "Indonesia had joined OPEC in 1962"; but "had already
# joined" before what the article tells)
JOINED = (
    r"(?:joins|(?:(?:has|have)\s+(?:(?:already|also|since|now|formally|officially|finally|recently|just)\s+){0,2}"
    r"|had\s+already\s+)?(?:re)?joined)"
)
SUSPENDED = (
    r"(?:temporarily\s+|currently\s+|also\s+|formally\s+|indefinitely\s+)*(?:suspended|under\s+suspension)"
    r"(?:\s+indefinitely)?"
)
# "ECOWAS, meeting in Accra on Sunday, suspended Mali": a participle's aside between an
# organization and its verb, a place allowed in it (after its opening comma)
PARTICIPLE_ASIDE = r"(?:[a-z]+ing\s(?:[^,<>]|<C\d+>){1,60}?,\s+)?"
# "The members of the CPLP, created in 1996 on the initiative of Portugal, are": how and when an
# organization came to be, set off between it and its verb
FOUNDED_ASIDE = (
    r"(?:\s*,\s+(?:(?:which|that)\s+was\s+)?(?:created|founded|set\s+up|established|formed|launched|based|"
    r"headquartered)\b[^,;]{1,80}?,)?"
)
# "Mali and Niger, both ruled by juntas, are suspended": an aside between a list and its verb
ASIDE = r"(?:\s*,[^,<>]{1,60},)?"
# an aside before the verb, or a relative clause of its own, commas in numbers allowed: "Finland,
# which shares a 1,340-kilometer border with Russia, became"
RELATIVE_ASIDE = r"(?:\s*,[^,]{0,60},|\s*,\s*(?:which|who)\s(?:[^,;<>]|,(?=\d)|<[CD]\d+>){1,140}?,)?"
# between a list and the verb it is the subject of: an aside, or a comma only before a relative
# pronoun ("Kyrgyzstan, whose clashes worried Moscow, belong to": Moscow is no subject)
SUBJECT_LINK = rf"(?:{ASIDE}\s+(?:(?:which|that|who)\s+)?|\s*,\s+(?:which|that|who)\s+)"


def _set_off(longest: int) -> str:
    """Return what may stand between a country and its verb: an aside set off by commas ("Kenya,
    the region's biggest economy, is"), and a relative pronoun after it only when the aside names
    no country ("praised Egypt, which is a member": Egypt's, not the subject's before it)."""
    return (
        rf"(?:\s*,[^,<>]{{0,{longest}}},\s*(?:(?:which|that|who)\s+)?"
        rf"|\s*,[^,]{{0,{longest}}},\s+(?!(?:which|that|who)\b)"
        rf"|\s*,?\s+(?:(?:which|that|who)\s+)?)"
    )


SET_OFF = _set_off(60)

# counts in words, of the countries a phrase refers back to ("the three EAC member countries")
COUNT_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# "Kazakhstan and Kyrgyzstan, two of the bloc's members"
SOME_OF = r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|many)\s+of\s+)?"
# a past membership that ended: "was a founding member of OPEC until 2019"
ENDED_AFTER = (
    r"(?![^.]{0,80}\b(?:until|left|quit|withdr[ae]w\w*|exit\w*|expelled|before\s+(?:leaving|quitting|withdrawing))\b"
    # ... or joined in another standing: "joined the OTS as an observer", "as an associated
    # participating state"
    r"|[^.]{0,40}?\bas\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:observers?|associates?|associated|partners?|"
    r"guests?|participants?|participating|dialogue)\b)"
)
# where a threatened suspension from an organization ends: the sentence, or a clause on why or
# when (not "from the EU and US trade schemes", "from the AU summit")
THREAT_ENDS = (
    r"(?=\s*(?:[,.;:)\"”]|$)|\s+(?:if|unless|after|over|for|since|until|because|in|on|at|amid|following|as|"
    r"under|by|when|while|despite)\b)"
)
# a threat the same sentence says was overtaken by a leaving ("... and walked out of the
# organisation"); not a leaving by anyone of anything ("unless it withdraws its troops")
THREAT_UNDONE = (
    r"(?![^.]{0,80}\b(?:left|quit|withdr[ae]w\w*|exit\w*|walked\s+out\s+of|pulled\s+out\s+of)\s+"
    r"(?:from\s+)?(?:the\s+|its\s+)?(?:<O\d+>|(?:bloc|organi[sz]ation|body|group|grouping|union|membership)\b))"
)
# "(Indonesia, Vietnam and others)": a list that names only some
AND_OTHERS = r"(?:,?\s+and\s+(?:many\s+|several\s+|a\s+few\s+)?others)?"
_RANK = r"(?:(?:second|third|fourth|fifth)[- ])?"
_SUPERLATIVE_WORDS = (
    r"largest|biggest|smallest|richest|poorest|strongest|wealthiest|most\s+populous|most\s+powerful"
)
# "the largest", "the second-biggest", "the most populous"
SUPERLATIVE = rf"{_RANK}(?:{_SUPERLATIVE_WORDS})"
# the organization's biggest of its own kind: "largest economy", "most populous country"
BIGGEST = (
    rf"(?:{_RANK}(?:{_SUPERLATIVE_WORDS}|top|leading|dominant)\s+(?:(?:oil|crude|military|economic)\s+)?"
    r"(?:economy|economies|country|nation|state|member|producer|exporter|power)"
    # "OPEC's de facto leader Saudi Arabia": the country that leads it
    r"|(?:de\s+facto\s+|undisputed\s+)?leader)\b"
)
# "the EU's two largest economies": a count before the biggest of a kind, plural
BIGGEST_MANY = (
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:largest|biggest|richest|poorest|strongest|"
    r"wealthiest|most\s+populous|most\s+powerful)\s+(?:(?:oil|crude|military|economic)\s+)?"
    r"(?:economies|countries|nations|states|members|producers|exporters|powers)\b"
)
# "Nigeria is Africa's largest producer and a member of OPEC": a predicate coordinated before
# the membership, of plain words (no country, no negation)
# ("Turkey is an important actor, a member of NATO": or a comma)
_PLAIN_WORD = r"(?!(?:not|no|never|nor|neither|formerly|once)\b)[\w’'-]+"
AND_BEFORE = rf"(?:(?:{_PLAIN_WORD}\s+){{0,7}}?{_PLAIN_WORD}(?:,\s+|\s+and\s+))?"
# the size of an organization before its name: "the 27-member EU", "the 15-nation bloc"
SIZE_WORD = r"[\w]+-(?:member|nation|country|state|strong)"
SIZE = rf"(?:the\s+)?(?:{SIZE_WORD}\s+)?"
# a suspension that goes on, which the one suspended is under now, whatever the modal: "will
# remain", "would stay" ("said Fiji would remain suspended": it is suspended); not under a
# condition after it ("would remain suspended only if the vote failed"). (A membership that
# "would remain" is not read so: "Without the referendum, Britain would still remain a member")
GOES_ON = (
    r"(?:will|shall|must|(?:would|could|might|may|should)(?![^.;]*\b(?:if|unless|provided|as\s+long\s+as)\b))"
    r"\s+(?:(?:still|also|[a-z]+ly)\s+)?(?:remain|stay)"
)
# ("have so far only been suspended": adverbs inside the perfect)
BE = (
    rf"(?:is|are|was|were|(?:has|have|had)\s+(?:(?:so\s+far|only|now|already|also|since|twice)\s+)*been"
    rf"|remains?|remained|stays?|stayed|{GOES_ON})"
)
# A word's initial after a \b, as in "\bmember": "{AT_M}ember". Read case-sensitively with every
# letter that re.IGNORECASE takes for it, it lets the engine skip to the places it occurs.
AT_M = r"(?-i:[mM])(?<!\w\w)"
AT_F = r"(?-i:[fF])(?<!\w\w)"
AT_A = r"(?-i:[aA])(?<!\w\w)"
AT_I_T = "(?-i:[iI\u0130\u0131tT])(?<!\\w\\w)"  # i, I, dotted I, dotless i, t, T
# "in Shanghai in June 2001 ": where and when, before "by" the founders
WHERE_WHEN = r"(?:(?:in|on|at)\s+(?:(?:[\w-]+|<C\d+>),?\s+){1,3}?){0,2}"
# the founders after "by": countries, or their leaders ("the presidents of A and B"), or a
# counted list ("six countries: A, B, C")
FOUNDERS = (
    r"(?:the\s+)?(?:(?:presidents|leaders|heads\s+of\s+state|governments|foreign\s+ministers|representatives)"
    r"\s+of\s+|(?:[\w-]+\s+)?(?:countries|states|nations)\s*:\s*)?" + THE + LIST
)
