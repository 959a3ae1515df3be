"""Find the speech cue of a quoted stretch: the words after or before it that say who spoke.

After the closing mark: ``,” X said`` / ``,” said X`` / ``,” according to X``.
Before the opening mark, in the same sentence: ``X said: “`` / ``X told Y that “``
/ ``According to X, “``. The subject phrase is handed to the speaker resolver.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from .. import lexicon as lx
from .. import windows as W
from ..alternation import alternation
from ..people.affiliation import country_word

# every speech verb, longest first, as a regular-expression alternation
SPEECH_VERB_PATTERN = alternation(sorted(lx.SPEECH_VERBS, key=len, reverse=True))
_DASHES = frozenset("―—–")
_ADV = alternation(sorted(lx.ADVERBS))
_TITLE_ABBR = alternation(t[:-1] for t in lx.PERSON_TITLES if t.endswith("."))
# party and state labels after a name: "Rep. Gwen Moore (D-Wis.)", "Mitch McConnell, R-Ky.,"
PARTY = r"\((?:[A-Z][\w.]*-)?[A-Z][\w.]*(?:[ -][A-Z][\w.]*)?\)|[A-Z]-[A-Z][a-z]{0,5}\.,(?=\s)"
# a subject's words: dotted acronyms ("U.N.", "H.E."), initials, labels, titles with their dot
_SUBJ_WORDS = (
    r"(?:(?:[A-Z]\.){2,}|[A-Z]\.|" + PARTY + r"|(?:" + _TITLE_ABBR + r")\.|"
    r"(?!(?:" + _TITLE_ABBR + r")\.)[^\s.!?;:“”\"«»]+)"
)
# ,” X said / ,” the GCC secretary-general, Abdulateef ..., said
_AFTER_SUBJ_VERB = re.compile(
    r"[\s,.]{0,3}(?P<subj>(?:" + _SUBJ_WORDS + r",?\s+){0,9}?" + _SUBJ_WORDS + r")\s+"
    r"(?:(?:"
    + _ADV
    + r")\s+)?(?:has\s+|had\s+|was\s+quoted\s+as\s+)?(?<!\bof\s)(?P<verb>"  # ("heads of state said")
    + SPEECH_VERB_PATTERN
    + r")\b"
)
# the words of a sentence that goes on past a quote, then its subject (a name or a pronoun) and
# its speech verb, which end it
_AFTER_CONTINUED = re.compile(
    r"\s+[a-z][^“”\"\n.;:!?]{0,200}?,\s+(?P<subj>(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*|he|she)\s+"
    r"(?:(?:" + _ADV + r")\s+)?(?P<verb>" + SPEECH_VERB_PATTERN + r")\s*[.]"
)
# an aside between an inverted verb and its subject: "commented, in turn, the president ..."
_VERB_ASIDE = (
    r"(?:,\s+(?:in\s+turn|for\s+(?:his|her|its|their)\s+part|meanwhile|however|too|also|in\s+response)\s*,)?"
)
_PARTICLE = "(?:" + alternation(sorted(lx.NAME_PARTICLES)) + ")"  # "Ursula von der Leyen"
# a name, a description set off after it, then "who" right before the speech verb: "by Minister
# Omar Haddad, the meeting chairman, who said"
_WHO_SAID = re.compile(
    r"(?<![\w’'-])(?P<subj>(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w’'-]+)"
    r"(?:,\s+(?:the|a|an|its|his|her|their)\s+[^,;:“”\"]{1,60})?,\s+who$"
)
# what before that name makes it the last of several ("Ruth Milton and Ana Lutz, who said"), or
# not the head of its phrase but what the head is of or where it is ("Jane Doe of Oxfam, who
# said", "Dr Ali Khan at St Mary’s Hospital, who", "Jane Doe from Boston, who"; "from" and "for"
# only after a name: "a statement from Jane Doe, who said" is hers)
_NAMES_BEFORE = re.compile(r"(?:\b(?:and|or|of|at|in)|&|\b[A-Z][\w’'.-]*\s+(?:from|for))\s+$")
# a name set off after a role: two to four capitalised words, with particles ("Anna van der Berg")
_SET_OFF_NAME = r"[A-Z][\w'’-]*(?:\s+(?:" + _PARTICLE + r"\s+)*[A-Z][\w'’-]*){1,3}"
# a time or a place between the closing mark and an inverted verb: "” in 1975, said the minister"
_AFTER_ADVERBIAL = r"(?:(?:in|on|at|last|this|early|late)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*)?"
_AFTER_VERB_SUBJ = re.compile(
    # (after a dash too: "” – said the representative of the Kremlin")
    r"[\s,]{0,3}(?:(?:[—–]|--)\s*)?"
    + _AFTER_ADVERBIAL
    + r"(?P<verb>"
    + SPEECH_VERB_PATTERN
    + r")"
    + _VERB_ASIDE
    # (up to nine words: "Angolan Oil Minister Desiderio da Gracia Verissimo e Costa")
    + r"\s+(?P<subj>(?:"
    + _SUBJ_WORDS
    + r"\s+){0,8}?"
    + _SUBJ_WORDS
    # a name after a role that has none: "said its Commissioner for Political Affairs, Peace and
    # Security, Bankole Adeoye.", "said its Commissioner, Bankole Adeoye.", "said State
    # Councilor and Foreign Minister Wang Yi, who" (read only when the subject ends with a role
    # or title: `_role_ends`)
    + r")(?:(?P<named>\s+(?:for|of)\s+[^.;:“”\"]{1,80}?,\s+"
    + _SET_OFF_NAME
    # "said Minister of Foreign Affairs Jane Doe.": the portfolio, then the name, all capitalised
    # (group "portfolio": the name is checked to be none, `_portfolio_name`)
    + r"|(?P<portfolio>\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:and\s+)?){1,6}?)"
    + _SET_OFF_NAME
    + r"|\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){2,5}"
    # "said its Commissioner, Bankole Adeoye."
    + r"|,\s+"
    + _SET_OFF_NAME
    + r")(?=[.,;]|$)"
    r"|(?=\s+(?:in|at|on|during|to|after|while|when|before|from|of|via|as|who|that|and|for|following|amid"
    r"|ahead|upon|with)\b"
    r"|[,;:!?]|(?<!\s[A-Z])\.|$))"
)
# a role noun, in lower case, that opens an aside with no article ("head of", "deputy director")
_ROLE_OPENERS = alternation(
    sorted({r.split()[0] for r in lx.ROLE_NOUNS if r[:1].islower()} | {"deputy", "acting"})
)
# ,” X, whose country holds the presidency, told ...: a subject set off from its verb by an aside
# (a relative clause, an apposition or a participle: "the communique, released after the
# meeting of the bloc's foreign ministers in Kuala Lumpur, said") too long to be read as part of
# the subject
_AFTER_SUBJ_ASIDE_VERB = re.compile(
    r"[\s,.]{0,3}(?P<subj>(?:" + _SUBJ_WORDS + r"\s+){0,7}?" + _SUBJ_WORDS + r")"
    # (one aside or two: "X, a member of the Y, one of six groups at the talks, told"; a role
    # with no article: "X, head of the commission and a party member, said")
    r"(?:,\s+(?:who|whose|a|an|the|one|former|[a-z]{2,}ing|[a-z]{2,}ed|"
    + _ROLE_OPENERS
    + r")\s[^,;:.!?“”\"«»]{1,110}?){1,2},\s+"
    r"(?:(?:" + _ADV + r")\s+)?(?:has\s+|had\s+)?(?P<verb>" + SPEECH_VERB_PATTERN + r")\b"
)
_ACCORDING = re.compile(
    r"[\s,]{0,3}(?:according|acccording) to\s+(?P<subj>[^.;:!?“”\"]{2,80}?)(?=[,.;:!?]|$)"
)
# “...” ― Sonya Herridge: a dash and a bare name sign the quote
_AFTER_DASH = re.compile(
    r"\s*(?:[―—–]|--)\s*(?P<subj>[A-Z][\w’'-]*\.?(?:\s+[A-Z][\w’'-]*\.?){0,4}?)(?=\.?\s*(?:[.,;“\"(]|$))",
    re.M,
)
# ,” the statement read (in part): the document speaks for whoever issued it
# (also "part of the statement read", "reads a statement in part"; with its owner: "the
# ministry's statement read")
# (its owner, "the ministry's statement", "the Ministry of Energy's statement", or one word, "the
# ECOWAS communique", and around it a word of its kind and the summit's: "the final ECOWAS summit
# communique"; never a pair, "the joint EU-AU statement")
_DOCUMENT_NOUN = "|".join(lx.DOCUMENT_NOUNS)
_DOCUMENT = (
    r"(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir)\s+(?:(?:final|latest|official|full|closing)\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+(?:(?:of|for|and)\s+)?){0,3}\w+['’]s\s+|\w+\s+)?"
    r"(?:summit\s+)?(?:" + _DOCUMENT_NOUN + ")"
)
_AFTER_DOCUMENT = re.compile(
    r"[\s,]{0,3}(?:(?:[Pp]art|[Pp]arts)\s+of\s+)?(?P<subj>" + _DOCUMENT + r")\s+(?P<verb>read|reads)\b"
    r"|[\s,]{0,3}(?P<verb2>[Rr]eads?)\s+(?P<subj2>" + _DOCUMENT + r")\b"
)
_BEFORE_VERB = re.compile(r"\b(?P<verb>" + SPEECH_VERB_PATTERN + r")\b")
# (the subject ends at a comma: "according to the ministry, Brazil's return will occur “...”")
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording to\s+(?P<subj>[^,;:“”\"]{2,120}?)\s*(?:,[^;:“”\"]*)?$")
_IRREGULAR_PAST = alternation(sorted(lx.IRREGULAR_PAST))
_SUBJECT_ENDS = r"(?=,|(?:\s+(?:" + _ADV + r"))?"
# (with a name set off after it: "Mali’s military leader, Assimi Goita, took to ...")
_SUBJECT = r"\s*(?P<subj>[^,;:]{2,90}?(?:,\s+" + _SET_OFF_NAME + r"(?=,))?)"
_LEAD_SUBJECT = re.compile(
    _SUBJECT
    + _SUBJECT_ENDS
    # (and a day between the subject and its verb, an irregular one: "X on Tuesday sent")
    + r"(?:\s+(?:on|last|this|earlier|late)\s+(?:[MTWFS][a-z]+day|week|month|year|night|morning|evening))?"
    + r"\s+(?:[a-z]+ed|[a-z]+s|was|is|"
    + _IRREGULAR_PAST
    + r")\b)"
)
# ... a verb in "-ed" or "-s" only: when the one above finds a bare determiner ("The won fell")
_LEAD_SUBJECT_REGULAR = re.compile(
    _SUBJECT + _SUBJECT_ENDS + r"\s+(?:[a-z]+ed|[a-z]+s|gave|told|went|made|was|is)\b)"
)
# a clause with a subject and verb of its own between a subject and the participle after it
# ("X drew criticism after Sonko spoke in Dakar, saying": the participle is Sonko's)
_SUBORDINATE_LAST = re.compile(
    r"\b(?:after|when|where|while|who|as)\s+(?!\w+ing\b)(?:[\w’'-]+\s+){0,6}?(?:[a-z]+ed|had|has|was|were|"
    + _IRREGULAR_PAST
    + r")\b(?:(?!\s-\s)[^,;:—–])*[\s,]*$"
)
_LEAD_CLAUSE = re.compile(
    r"\s*(?:"
    + alternation(
        sorted(lx.SENTENCE_OPENERS | {"In", "On", "At", "With", "For", "From", "By", "During", "Earlier"})
    )
    + r")\b[^,;:]{0,80},\s*"
)
# two or more capitalised words, then a dash, then the opening mark
_NAME_DASH = re.compile(r"(?P<subj>(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+)\s*(?:--|[—–])\s*['‘“\"]?$")
# (a bracket closed before the quote is a label inside the sentence: "Vuk Marin (Serbia) said:")
_BOUNDARY = re.compile(r".*(?:[.!?;](?:\s|$)|[“”\"«»]|\((?![^()]*\)))", re.S)


class CueSide(Enum):
    """Where a cue stands: after the quote's closing mark, before its opening mark, or on a line
    of its own (a roundup's signature, a transcript's speaker label)."""

    AFTER = "after"
    BEFORE = "before"
    LINE = "line"


@dataclass(frozen=True, slots=True)
class Cue:
    """A speech cue: its whole text span, the subject phrase and where the subject is."""

    start: int
    end: int
    subject: str
    subject_at: int
    rule: str
    side: CueSide


# "Interfax quoted Deputy Foreign Minister Vladimir Chizhov as saying", "Reuters quoted the BMW
# CEO, Oliver Zipse, describing ... and adding": the one quoted speaks, not the outlet
_QUOTED_AS = (
    r"\b(?:quoted|cited)\s+(?!as\b)(?P<subj>(?:[^\s,.;:“”\"]+\s+){0,8}?[^\s,.;:“”\"]+)"
    r"(?:,\s+(?P<named>" + _SET_OFF_NAME + r"),)?"
    # (a description set off after the one quoted: "quoted Lolwah Al-Khater, the ministry's
    # spokesperson, stressing that")
    r"(?:,\s+(?:the|a|an|its|his|her|their)\s[^,;:“”\"]{1,80},)?\s+(?:as\s+)?"
    r"(?P<tail>saying|adding|telling|describing|warning|stating|calling|writing|stressing|noting|"
    r"emphasi[sz]ing|insisting|explaining|arguing|claiming)\b"
)
# the subject of a passive "was quoted by the Nation as saying"
_PASSIVE_SOURCE = re.compile(r"[\s,]*(?P<subj>.+?)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+")
_AFTER_QUOTED_AS = re.compile(r"[\s,]{0,3}(?P<src>(?:[^\s.!?;:“”\"]+\s+){0,6}?)" + _QUOTED_AS)
_BEFORE_QUOTED_AS = re.compile(_QUOTED_AS)
# "“...,” BelTA quotes CSTO spokesman Vladimir Zainetdinov.": the one quoted ends the sentence
# (the outlet is a few words with no comma and no speech verb of their own: not "Ruiz said, and
# cited the IMF", "Ruiz said as she cited the World Bank"; the one quoted is named, not "a report")
_AFTER_QUOTES = re.compile(
    r"[\s,]{0,3}(?P<src>(?:(?!(?:" + SPEECH_VERB_PATTERN + r")\b)[^\s.,!?;:“”\"]+\s+){1,6}?)"
    r"(?:quotes|quoted|cites|cited)\s+(?!as\b|by\b)"
    r"(?!an?\s+(?:[\w-]+\s+){0,4}(?:report|study|statement|survey|paper|article|book)\b)"
    r"(?P<subj>(?:[^\s,.;:“”\"]+\s+){0,8}?[^\s,.;:“”\"]+)\s*(?:[.;]|$)"
)

_DOCUMENT_ENDS = tuple(lx.DOCUMENT_NOUNS)
# "from the ECOWAS Commission", "by the mission": who issued a document, up to a mark
# (who issued it: up to a mark, or a word of place or time)
_ISSUER = r"[^,.;:!?“”\"]{2,80}?(?=[,.;:!?]|\s+(?:to|on|in|at)\s|$)"
_FROM_ISSUER = re.compile(rf"\s+(?:from|by|of)\s+{_ISSUER}")
# "said a statement issued today by Deputy Minister X": a document and its issuer, after the time
# it was issued, which makes it too long for a subject's words
_AFTER_DOCUMENT_ISSUED = re.compile(
    r"[\s,]{0,3}(?P<verb>said|says|read|reads|stated|states)\s+(?P<doc>(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{_DOCUMENT_NOUN}))\s+(?:issued|released|published)\s+"
    r"(?:today|yesterday|on\s+[A-Z]\w+|late\s+on\s+[A-Z]\w+|earlier)\s+"
    rf"(?P<subj>by\s+{_ISSUER})"
)
_AFTER_ORDERS = (
    (_AFTER_VERB_SUBJ, "verb", "subj", "after-verb-subject"),
    (_AFTER_SUBJ_VERB, "subj", "verb", "after-subject-verb"),
    (_AFTER_SUBJ_ASIDE_VERB, "subj", "verb", "after-subject-aside-verb"),
)


def _role_ends(subject: str, *, described: bool = False) -> bool:
    """Return whether a subject ends with a role or a title, or (``described``: the name follows
    right after its comma) is a person described by a determiner and common nouns ("the host
    ruler", "its veteran envoy"), so that a name may follow it."""
    words = subject.split()
    last = words[-1]
    if last in lx.PERSON_TITLES or last.lower() in lx.ROLE_NOUNS:
        return True
    # (a few nouns and adjectives only: not "the lawyer representing the accused", whose last
    # noun is another person)
    rest = words[1:]
    return (
        described
        and 1 <= len(rest) <= 3
        and words[0].lower() in _DETERMINERS
        and all(
            w.isalpha() and w.islower() and not w.endswith("ing") and w not in _NOT_DESCRIBING for w in rest
        )
    )


_NOT_DESCRIBING = frozenset(["the", "a", "an", "of", "for", "to", "with", "by", "from", "and", "or"])


def cue_after(text: str, pos: int, limit: int) -> Cue | None:
    """Return the cue that follows a closing mark at ``pos`` (up to ``limit``)."""
    window = text[pos : min(limit, pos + W.CUE_AFTER_QUOTE)]
    m = _ACCORDING.match(window) if "ccording to" in window[:16] else None
    if m:
        return Cue(
            pos + m.start("subj") - 13,
            pos + m.end("subj"),
            m.group("subj"),
            pos + m.start("subj"),
            "after-according",
            CueSide.AFTER,
        )
    m = _AFTER_DASH.match(window) if _starts_with_dash(window) else None
    if m:
        at = pos + m.start("subj")
        return Cue(
            pos + m.start(), pos + m.end("subj"), m.group("subj").rstrip("."), at, "after-dash", CueSide.AFTER
        )
    m = _AFTER_DOCUMENT.match(window) if "ead" in window else None  # read, reads, Reads
    if m:
        subj = "subj" if m.group("subj") else "subj2"
        at = pos + m.start(subj)
        start = at if subj == "subj" else pos + m.start("verb2")
        return Cue(start, pos + m.end(), m.group(subj), at, "after-document", CueSide.AFTER)
    m = _AFTER_QUOTED_AS.match(window) if "quoted" in window or "cited" in window else None
    if m and m.group("tail") == "saying":
        subj = m.group("named") or m.group("subj")
        at = pos + m.start("named" if m.group("named") else "subj")
        passive = _PASSIVE_SOURCE.fullmatch(m.group("src")) if subj.startswith("by ") else None
        if passive is not None:
            # "Ruto was quoted by the Nation as saying": the one quoted is the subject
            subj, at = passive.group("subj"), pos + m.start("src")
        return Cue(pos + m.start("src"), pos + m.end(), subj, at, "after-quoted-as", CueSide.AFTER)
    m = _AFTER_QUOTES.match(window) if m is None and ("quote" in window or "cite" in window) else None
    if m:
        at = pos + m.start("subj")
        end = pos + m.end("subj")
        return Cue(pos + m.start("src"), end, m.group("subj"), at, "after-quotes", CueSide.AFTER)
    m = _AFTER_DOCUMENT_ISSUED.match(window) if "issued" in window or "released" in window else None
    if m:
        at = pos + m.start("doc")
        subj = f"{m.group('doc')} {m.group('subj')}"
        return Cue(pos + m.start("verb"), pos + m.end("subj"), subj, at, "after-verb-subject", CueSide.AFTER)
    # "said X" then "X said": the cue runs from the first group to the end of the second
    for pattern, first, last, rule in _AFTER_ORDERS:
        m = pattern.match(window)
        if m and first == "verb" and m.group("subj").lower().endswith(_DOCUMENT_ENDS):
            # "said a statement from the ECOWAS Commission": the document's issuer comes with it
            issuer = _FROM_ISSUER.match(window, m.end("subj"))
            if issuer is not None:
                subj = m.group("subj") + issuer.group()
                at = pos + m.start("subj")
                return Cue(pos + m.start("verb"), pos + issuer.end(), subj, at, rule, CueSide.AFTER)
        if m and _subject_ok(m.group("subj")) and not _own_clause(m.group("subj").rpartition(",")[2]):
            # a name set off after the role ("said its Commissioner for ..., Bankole Adeoye")
            named = m.groupdict().get("named")
            if named and not _role_ends(m.group("subj"), described=named.startswith(",")):
                named = None  # "said Jane Doe of Human Rights Watch, West Africa": Jane Doe
            if named and m.groupdict().get("portfolio"):
                # "said Minister of Foreign Affairs Jane Doe": the role and the name, without the
                # portfolio; none in "said the Minister of Local Government and Rural Development"
                name = _portfolio_name(named)
                if name is not None:
                    # (the name alone: "Chairperson of the AU Commission Mahmoud Ali Youssouf" is
                    # no "Chairperson Ali Youssouf")
                    end = m.end("named")
                    return Cue(
                        pos + m.start(first), pos + end, name, pos + m.start("subj"), rule, CueSide.AFTER
                    )
                named = None
            end = m.end("named") if named else m.end(last)
            return Cue(
                pos + m.start(first),
                pos + end,
                m.group("subj") + (named or ""),
                pos + m.start("subj"),
                rule,
                CueSide.AFTER,
            )
    m = _AFTER_CONTINUED.match(window) if window[:2].strip(" ")[:1].islower() else None
    if m and len(text[max(text.rfind("“", 0, pos - 1), text.rfind('"', 0, pos - 1)) + 1 : pos].split()) >= 4:
        # (a quotation of a few words, not a term: "“Maandamano” protests will go on, Odinga said")
        # "“We look forward to it” to achieve the goals of cooperation, El-Sisi added.": the
        # sentence goes on past the quote and ends with its attribution
        at = pos + m.start("subj")
        return Cue(at, pos + m.end("verb"), m.group("subj"), at, "after-continued", CueSide.AFTER)
    return None


# words of a portfolio or of a body's name, which the name after a portfolio never has
_PORTFOLIO_BODY_WORDS = """
    affairs integration cooperation relations government works services welfare commission union
    community council assembly states republic kingdom institute office agency foundation university
    centre center fund authority department ministry secretariat programme program forum group
    organization organisation antiquities heritage sports sport lands arts tourism chairperson
    territory society committee federation association corporation company exchange party movement
    front alliance league court tribunal crescent cross olympic"""
_NOT_NAME_AFTER_PORTFOLIO = frozenset(_PORTFOLIO_BODY_WORDS.split())


def _portfolio_name(phrase: str) -> str | None:
    """Return the name that ends a portfolio phrase (" of Foreign Affairs Jane Doe"): its last three
    or two words, none of them a field or a word of a body, nor part of a country's name ("of New
    Zealand Christopher Luxon": "Christopher Luxon"), after one word of the portfolio at least."""
    words = phrase.split()
    total = len(words)
    for n in (3, 2):
        name = words[-n:]
        if total - n < 2 or any(
            w.lower() in lx.ROLE_FIELDS or w.lower() in _NOT_NAME_AFTER_PORTFOLIO or not w[:1].isupper()
            for w in name
        ):
            continue
        # (no country's name reaching into the name: "Sierra Leone", "New Zealand Christopher")
        if not any(
            country_word(" ".join(words[i:j]))
            for i in range(total)
            for j in range(max(i + 1, total - n + 1), total + 1)
        ):
            return " ".join(name)
    return None


def _starts_with_dash(window: str) -> bool:
    head = window.lstrip()
    return head[:1] in _DASHES or head.startswith("--")


def signature(text: str, lo: int, hi: int) -> Cue | None:
    """Return the cue of a line that only signs the quote before it (``— Howard Kurtz, Fox News``)."""
    window = text[lo:hi]
    if not _starts_with_dash(window):
        return None
    m = _AFTER_DASH.match(window)
    if m is None or len(window.strip()) > 120:
        return None
    at = lo + m.start("subj")
    return Cue(
        lo + m.start(), lo + m.end("subj"), m.group("subj").rstrip("."), at, "signature-line", CueSide.LINE
    )


def dashed_after_name(text: str, lo: int, pos: int) -> Cue | None:
    """Return the cue of a quote set off by a dash right after a name:
    ``including Mitt Romney -- ''It is disqualifying ...'' --``."""
    m = _NAME_DASH.search(text, max(lo, pos - 80), pos)
    if m is None or not _subject_ok(m.group("subj")):
        return None
    at = m.start("subj")
    return Cue(at, m.end("subj"), m.group("subj"), at, "before-dash", CueSide.BEFORE)


def cue_before(text: str, lo: int, pos: int) -> Cue | None:
    """Return the cue in ``text[lo:pos]`` before an opening mark (same sentence)."""
    window = text[lo:pos]
    b = _BOUNDARY.match(window)
    base = lo + (b.end() if b else 0)
    window = text[base:pos]
    m = _ACCORDING_BEFORE.search(window)
    # (not when the clause after its comma has a speech verb of its own: "According to the
    # ministry, Smith said “...”" is Smith's)
    if m and not (m.end("subj") < len(window) and _BEFORE_VERB.search(window, m.end("subj"))):
        return Cue(
            base + m.start(),
            base + m.end("subj"),
            m.group("subj"),
            base + m.start("subj"),
            "before-according",
            CueSide.BEFORE,
        )
    m = _DOCUMENT_WHICH_SAID.search(window) if "which" in window or "that" in window else None
    if m:
        # "received a letter from X, which said: “...”": the document speaks for its issuer
        at = base + m.start("subj")
        return Cue(at, base + m.end(), m.group("subj"), at, "before-document", CueSide.BEFORE)
    verbs = list(_BEFORE_VERB.finditer(window))
    quoted = list(_BEFORE_QUOTED_AS.finditer(window)) if "quoted" in window or "cited" in window else []
    # "Reuters quoted X as saying: “...”", unless a speech verb stands nearer the quote; a role
    # quoted ("quoted the chairman as saying") is left to the sentence's other cues
    m = quoted[-1] if quoted else None
    named = m.group("named") if m else None
    subj = (named or m.group("subj")) if m else ""
    if (
        m
        and (named or subj[:1].isupper() or subj in ("him", "her", "them"))
        and (not verbs or m.start() <= verbs[-1].start() < m.end())
    ):
        at = base + m.start("named" if named else "subj")
        return Cue(base + m.start(), base + m.end(), subj, at, "before-quoted-as", CueSide.BEFORE)
    for v in reversed(verbs):
        head = window[: v.start()].rstrip()
        if head.endswith(",") and v.group().endswith("ing"):
            continue  # "..., recalling": a participle's subject is the sentence's, read below
        if window.startswith(" to ", v.end()) and v.group().lower().startswith("continu"):
            continue  # "the council continues to consider ... as “...”": an aspect, not speech
        last = head[-8:].rsplit(None, 1)  # 8 characters hold any determiner whole
        if last and last[-1].lower() in _DETERMINERS:
            continue  # "the state of democracy": a noun, not a verb
        # "by Minister Omar Haddad, the meeting chairman, who said “...”": the one "who" stands for
        rel = _WHO_SAID.search(head)
        if (
            rel
            and not _NAMES_BEFORE.search(head, 0, rel.start("subj"))
            # (one word set off after a name is a credential, not the name: "Jane Doe, MP, who")
            and not (" " not in rel.group("subj") and head[: rel.start("subj")].rstrip().endswith(","))
        ):
            start = base + rel.start("subj")
            return Cue(start, base + v.end(), rel.group("subj"), start, "before-subject-verb", CueSide.BEFORE)
        # "X, who chairs the commission, said:": the subject before the relative clause
        head = _RELATIVE_TAIL.sub("", head)
        # "X, representing the bloc's largest economy after Brazil, said:": before a participle's aside
        head = _PARTICIPLE_TAIL.sub("", head)
        if " who " in head:
            # "One Western diplomat who will attend the meeting said": a relative clause not set off
            head = _RESTRICTIVE_TAIL.sub("", head)
        subj = _tail_subject(head)
        if subj:
            found = head.rfind(subj)  # (the subject ends before a comma or an auxiliary cut off)
            at = found if found >= 0 else len(head) - len(subj)
            reported = any(_COMPLEMENT.fullmatch(window, u.end(), at) for u in verbs if u.end() <= at)
            if reported and _GROUP.fullmatch(subj) and _JOINT.match(v.group()):
                # "X said that the ministers agreed on two things: “...”": a group speaks for nobody
                # named, the one reporting what it said does
                continue
            return Cue(base + at, base + v.end(), subj, base + at, "before-subject-verb", CueSide.BEFORE)
        m = _COORDINATED.search(head)
        if m and _subject_ok(m.group("subj")):
            # "The ministry confirmed the talks and said:", "The Kremlin says that, opening the
            # meeting, X greeted his guests, and said:": the subject of the verb coordinated with it
            start = base + m.start("subj")
            return Cue(start, base + v.end(), m.group("subj"), start, "before-coordinated", CueSide.BEFORE)
    if verbs and verbs[-1].group().endswith("ing"):
        # "X, who ..., gave an account ..., recalling ... by stating:" -> the sentence's subject
        m = _sentence_subject(window, 0)  # "During a speech, Trump attacked ..., saying"
        # (the participle after the subject, not one in the lead clause before it: "In responding
        # Friday, Clinton's campaign took the step of ...", nor one after a clause of its own)
        if m and _SUBORDINATE_LAST.search(window, m.end("subj"), verbs[-1].start()):
            m = None
        if m and m.end("subj") <= verbs[-1].start():
            return Cue(
                base + m.start("subj"),
                base + verbs[-1].end(),
                m.group("subj"),
                base + m.start("subj"),
                "before-participle",
                CueSide.BEFORE,
            )
    m = _DOCUMENT_READS.search(window) if "ead" in window or "stat" in window else None
    if m:
        # "A statement by ASEAN reads, “...”", "The communique stated: “...”", "Reads the communiqué:"
        subj, verb = ("subj", "verb") if m.group("subj") else ("subj2", "subj2")
        at = base + m.start(subj)
        start = at if subj == "subj" else base + m.start("verb2")
        return Cue(start, base + m.end(verb), m.group(subj), at, "before-document", CueSide.BEFORE)
    m = _BE_MANNER.fullmatch(window) if not verbs else None
    if m and _subject_ok(m.group("subj")):
        # "Mwale was blunt: “...”": a short sentence on the manner of its subject, whose colon
        # introduces the quote; its subject speaks (a weak cue: `certainty` marks it so)
        at = base + m.start("subj")
        return Cue(at, base + m.end("be"), m.group("subj"), at, COLON_RULE, CueSide.BEFORE)
    m = _LABEL.fullmatch(text, lo, pos) if lo == 0 or text[lo - 1] == "\n" else None
    if m and m.group("subj").split()[0] not in _NOT_LABEL and _subject_ok(m.group("subj")):
        # "Antonio Guterres (Portugal): “...”": a name opening the paragraph labels the quote
        return Cue(lo, m.end(), m.group("subj"), lo, LABEL_RULE, CueSide.BEFORE)
    return None


# the rule of a cue that is a name labelling the quote after a colon
LABEL_RULE = "before-label"
_NOT_LABEL = lx.SENTENCE_OPENERS | {"In", "On", "At", "With", "For", "From", "By"}
# a name of two to four words, its country or post in brackets or not, and a colon
_LABEL = re.compile(
    r"(?P<subj>[A-Z][\w’'.-]*(?:\s+(?:" + _PARTICLE + r"\s+)*[A-Z][\w’'.-]*){1,3})"
    r"(?:\s*\([^()\n]{1,40}\))?\s*:\s*"
)


# a document before the quote it reads: "A statement by ASEAN reads,", "The communique stated:"
_DOCUMENT_READS = re.compile(
    r"(?P<subj>(?:[Aa]n?|[Tt]he|[Ii]ts|[A-Z][\w’'-]*['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|communiqu[eé]|declaration|letter|message|post|tweet)"
    r"(?:\s+(?:by|from|of)\s+[^,;:“”\"]{1,60}?)?)\s+(?P<verb>read|reads|stated|states)\s*[:,]\s*$"
    # ... or the verb first, the sentence opening with it: "Reads the communiqué: “...”" (a body's
    # document: a letter's writer and addressee are read from the sentence before, not from it)
    r"|(?:^|(?<=[.!?]\s))(?P<verb2>Reads|Read)\s+(?:in\s+part\s+)?(?P<subj2>(?:[Aa]n?|[Tt]he|[Ii]ts)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|declaration))(?:\s+in\s+part)?\s*[:,]\s*$"
)
# a document, with its issuer, that a relative clause has speak: "a letter from X, which said:"
_DOCUMENT_WHICH_SAID = re.compile(
    r"(?P<subj>\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:letter|statement|message|communiqu[eé]|note|post|tweet|declaration)"
    r"(?:\s+(?:from|by|of)\s+[^,;:“”\"]{1,80}?)?)\s*,?\s+(?:which|that)\s+(?:said|read|reads|stated|says)\s*[:,]?\s*$"
)
# the rule of a cue that is only a colon after a sentence on its subject's manner
COLON_RULE = "before-colon"
# "He was blunt:", "The minister was even more direct:", "Mwale sounded defiant:"
_BE_MANNER = re.compile(
    r"\s*(?P<subj>[Hh]e|[Ss]he|[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,5}?)\s+"
    r"(?P<be>(?:was|is|were|are|sounded|seemed|remained|appeared))\s+(?:\w+\s+){0,2}\w+\s*:\s*"
)


def participle_over_quote(text: str, lo: int, open_at: int, mid: int, pos: int) -> Cue | None:
    """Return the cue of a quote whose sentence has an earlier quote (opening at ``open_at``)
    and only a participle between the two (``text[mid:pos]``): the sentence's subject
    (``Norway's defence ministry welcomed “...,” saying “...”``)."""
    between = _PARTICIPLE_ONLY.fullmatch(text, mid, pos)
    if between is None:
        return None
    own = cue_before(text, lo, open_at)
    if own is not None and own.rule == "before-subject-verb":
        # "..., in which he called on “...,” warning that “...”": the earlier quote's own speaker
        return Cue(
            own.start,
            between.end("verb"),
            own.subject,
            own.subject_at,
            "before-participle-over-quote",
            CueSide.BEFORE,
        )
    window = text[lo:open_at]
    b = _BOUNDARY.match(window)
    m = _sentence_subject(window, b.end() if b else 0)
    if m is None:
        return None
    at = lo + m.start("subj")
    return Cue(at, between.end("verb"), m.group("subj"), at, "before-participle-over-quote", CueSide.BEFORE)


def _sentence_subject(window: str, pos: int) -> re.Match[str] | None:
    """Return the match of the capitalised subject of the sentence starting at ``pos`` in
    ``window``, after a lead clause ("During a speech, Trump attacked"), or None."""
    lead = _LEAD_CLAUSE.match(window, pos)
    at = lead.end() if lead else pos
    m = _LEAD_SUBJECT.match(window, at)
    if m is not None and m.group("subj").lower() in _DETERMINERS:
        m = _LEAD_SUBJECT_REGULAR.match(window, at)
    if m is None or not _subject_ok(m.group("subj")) or not m.group("subj")[:1].isupper():
        return None
    return m


# between two quotes of a sentence: only a participle ("”, saying “", "”, adding: “")
# (and where or to whom: "”, saying on X, formerly Twitter, that “")
_PARTICIPLE_ONLY = re.compile(
    r"[\s,]*(?P<verb>(?:"
    + SPEECH_VERB_PATTERN
    + r"))(?<=ing)(?:\s+(?:on|in|to|via|at)\s+[^“”\"]{1,40}?)?(?:\s*,?\s*that)?\s*[:,]?\s*"
)


def _tail_subject(head: str) -> str:
    """Return the noun phrase that ends ``head`` (the subject of the verb after it)."""
    head = _AUX_TAIL.sub("", head)
    words = head.split()
    if not words:
        return ""
    if words[-1].lower() in lx.SUBJECT_PRONOUNS:
        return words[-1]
    if words[-1].lower() in _PREPOSITIONS:
        return ""  # "recalling the 1970s by stating": a verb after a preposition has no subject there
    take = 0
    for w in reversed(words[-W.SUBJECT_WORDS :]):
        if w.lower().strip(",") in _CLAUSE_WORDS:
            break
        take += 1
    if take == W.SUBJECT_WORDS and head.endswith(","):
        # cut inside an appositive ("..., Head of the CIS Affairs Committee of the State Duma,",
        # "..., Director of the Security Policy Department at the Latvian Ministry of Foreign
        # Affairs,"): the name before the appositive's opening comma
        tail = " ".join(words[-W.APPOSED_SUBJECT_WORDS :])
        m = _NAME_APPOSED.search(tail)
        while m is not None:
            # (the appositive describes the name: it does not open with another name, "Speaking
            # after Foreign Minister Jane Moe, Peter Lind, Director of ...,")
            if not _opens_with_name(m.group().split(",", 1)[1]):
                return m.group().strip(",")
            m = _NAME_APPOSED.search(tail, m.start() + m.group().index(",") + 1)
    subj = " ".join(words[len(words) - take :]).strip(",")
    return subj if _subject_ok(subj) else ""


# a name of its own, two or three capitalised words then a comma: "Peter Lind," (not "Senior
# Adviser to the ...", "Director of ...")
_NAME_OPENS = re.compile(r"\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,2},")


def _opens_with_name(appositive: str) -> bool:
    """Return whether an appositive opens with a name of its own ("Peter Lind,"), not with a title
    ("Chief Economist,", "Permanent Representative,")."""
    m = _NAME_OPENS.match(appositive)
    return m is not None and not any(
        w.lower() in lx.ROLE_NOUNS or w in lx.PERSON_TITLES or w.lower() in _TITLE_WORDS
        for w in m.group().rstrip(",").split()
    )


# words of a title that are no role nouns of their own
_TITLE_WORD_LIST = """
    chief senior vice deputy executive permanent acting special general principal economist fellow
    representative adviser advisor officer counsel analyst"""
_TITLE_WORDS = frozenset(_TITLE_WORD_LIST.split())


# a name, then an appositive set off by commas (the first such name: "Jean-Marc Ayrault, foreign
# minister of France, a permanent member of the Security Council,")
_NAME_APPOSED = re.compile(
    # (not after a preposition, "The delegation from Moscow, which arrived ...,"; the appositive
    # no relative clause)
    r"(?:^|(?<=, )|(?<=[a-z] )(?<!\bfrom )(?<!\bof )(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bfor )(?<!\bwith )"
    r"(?<!\bby )(?<!\bon ))(?:[A-Z][\w.’'-]*\s+){0,3}"
    # (a body of a country: "The Foreign Ministry of Kazakhstan, responding to ...,")
    r"(?:of\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,2})?[A-Z][\w’'-]*,"
    r"(?!\s+(?:which|who|whose|that|where|when)\b)(?:\s+[\w’'(),-]+)+,$"
)


_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"])
_PREPOSITIONS = frozenset(
    ["by", "of", "in", "for", "with", "to", "from", "without", "on", "at", "after", "before"]
)
_AUX_TAIL = re.compile(r"\s+(?:" + _ADV + r"|has|have|had|would|will)$")
# a group a common noun names: "the ministers", "both leaders", "the two sides" (not "the press")
_GROUP = re.compile(r"(?:the|both|all|all\s+the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[^s\W]s")
# the verbs of what a group decides together, which the one reporting it renders ("X said that the
# ministers agreed: “...”"), unlike what it says ("warned", "told her")
_JOINT = re.compile(r"(?:agree|decide|conclude|resolve)", re.IGNORECASE)
# what lies between a speech verb and the subject of the clause it introduces: " that ", " "
_COMPLEMENT = re.compile(r"\s+(?:that\s+)?")
# a relative clause set off between a subject and its verb
# ("X, of libertarian views and who took office in May, wrote": a description joined to it)
_RELATIVE_TAIL = re.compile(r"\s*,\s+(?:(?:[a-z][\w-]*\s+){1,5}and\s+)?(?:who|whose)\s[^,;:“”\"]{1,110},$")
_PARTICIPLE_TAIL = re.compile(r"(?<=[\w.’'])\s*,\s+[a-z]{3,}ing\s[^,;:“”\"]{1,110},$")
# (only lower-case words, none of them "and", "but", "or": "who was to blame and X said" is no
# relative clause of a subject)
_RESTRICTIVE_TAIL = re.compile(
    r"(?<=[a-z])\s+who(?!\s+said\b|\s+says\b)(?:\s+(?!and\b|but\b|or\b)[a-z][\w’'-]*){1,12}$"
)
# a clause with its subject and its verb, then "and" before the speech verb: the clause starts
# the sentence or follows "that" (after a participle phrase: "opening the meeting, X greeted")
_COORDINATED = re.compile(
    r"(?:^|\bthat\s*,?\s+)(?:[a-z]+ing\b[^,;:]{0,60},\s*)?"
    r"(?P<subj>(?:[A-Z][\w.’'-]*|the|The)(?:\s+[\w.’'-]+){0,6}?)(?:\s+(?:" + _ADV + r"))?"
    r"\s+(?!said\b|says\b)(?:[a-z]+ed|[a-z]{3,}s|gave|told|went|made|met|spoke|took)\b"
    r"[^;:“”\"]{0,120}?,?\s+and$"
)
_CLAUSE_WORDS = frozenset(
    [
        "that",
        "and",
        "but",
        "as",
        "while",
        "which",
        "who",
        "because",
        "so",
        "if",
        "when",
        "where",
        "after",
        "before",
    ]
)


def _subject_ok(subj: str) -> bool:
    """Return whether a phrase can be a speaker: a pronoun, a name, a role or a body."""
    words = subj.split()
    if not words or len(words) > 12:
        return False
    low = words[-1].lower().strip(",")
    if low in ("he", "she", "it", "they", "i", "we"):
        return True
    if low.endswith(("'s", "’s")) and low[:-2] not in ("he", "she", "it", "who", "that"):
        return False  # "Clinton's remark": the verb is a noun owned by the name
    # (a capitalised word is a name's, not a verb: "the United States said")
    # (a word after "of" is a noun: "the heads of state")
    if (
        words[-1][:1].islower()
        and not (len(words) > 1 and words[-2].lower() == "of")
        and (
            low in lx.SPEECH_VERBS or low in ("is", "was", "are", "were", "has", "have", "be", "not", "also")
        )
    ):
        return False
    if any(w[:1].isupper() or _PARTICLE_NAME.match(w) for w in words):
        return True
    if low in lx.ANONYMOUS_NOUNS and len(words) <= 4:
        return True  # "the source said": someone unnamed, whom no speaker before stands for
    return _ROLE_OR_BODY.search(subj.lower()) is not None or DESCRIBED_PERSON.fullmatch(subj) is not None


# a finite "be" with no relative word before it in the subject (after its last comma): what
# follows a quote is a sentence of its own, not the quote's subject and verb ("” Borno is one of
# three states where the government declared ...", not "” the envoy who is in charge said",
# "” Lukashenko was cited as saying", "” Ana Lima of what is now the Unity Party said")
_OWN_CLAUSE = re.compile(
    r"(?:(?!\b(?:who|whose|whom|which|that|what|where|when)\b).)*?\s(?:is|are|was|were)\s"
)
# ... unless the "be" and a participle end it, a passive report: "was quoted as", "was heard
# saying", "was later overheard telling"
_PASSIVE_REPORT = re.compile(
    r"\s(?:is|are|was|were)\s+(?:(?:[a-z]+ly|later|also|then)\s+)?(?:[a-z]+ed|heard|overheard|seen|caught)(?:\s+as)?\s*$"
)


def _own_clause(subject: str) -> bool:
    return _OWN_CLAUSE.match(subject) is not None and _PASSIVE_REPORT.search(subject) is None


# a name that opens with a lower-case particle: "el-Sisi", "al-Khater", "bin-Salman"
_PARTICLE_NAME = re.compile(lx.JOINED_PARTICLE)
# any role or body noun anywhere in a text (as a substring, like ``noun in text``), or a summit,
# which speaks for the organization that holds it ("the summit noted")
_ROLE_OR_BODY = re.compile(alternation([*lx.ROLE_NOUNS, *lx.BODY_NOUNS, "summit"]))
# a person named before, described rather than named again: "the 58-year-old", "the veteran
# statesman", "the former Nigerian politician" (the noun is the group ``noun``)
DESCRIBED_PERSON = re.compile(
    r"\s*the\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>\d{1,3}-year-old|" + alternation(lx.DESCRIPTIVE_NOUNS) + r")\s*",
    re.I,
)
