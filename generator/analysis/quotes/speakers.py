"""Resolve the subject of a speech cue (``he``, ``the CSTO chief``, ``UNIFIL``) to a speaker.

Pronouns go to the nearest earlier sentence that names a fitting person (its
first such person, the sentence's likely subject); role nouns go to the person
introduced with that role; bodies go to the organization named. Anything
else stays unresolved: a speaker is never guessed.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, cached_property

from ...records import Document, Entity, Speaker
from ...reference import load_countries, load_organizations
from .. import lexicon as lx
from .. import windows as W
from ..alternation import alternation
from ..countries import extract_countries, state_named
from ..people.affiliation import country_word
from ..textscan import has_word, sentence_end, sentence_start
from . import role_match
from .attribution import DESCRIBED_PERSON, PARTY, SPEECH_VERB_PATTERN
from .speaker_hints import body_in_text, gender_of, not_a_name, subject_like

_PARTY = re.compile(r",?\s*(?:" + PARTY + r"),?")

# capitalised words, or a name that opens with a particle ("el-Sisi")
_CAPS = re.compile(
    rf"(?<![\w-])(?:{lx.JOINED_PARTICLE})?[A-Z][\w’'.&-]*"
    rf"(?:\s+(?:(?:bin|al|de|van|von)\b|(?:{lx.JOINED_PARTICLE})?[A-Z][\w’'.-]*))*"
)
_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,9}\b|\b[A-Z][a-z]{2,}(?=\s+(?:said|says|reported|added))")
_ROLES = alternation(sorted(lx.ROLE_NOUNS, key=len, reverse=True), ignore_case=True)
_ROLE_RE = re.compile(r"\b(" + _ROLES + r")\b", re.I)
_INDEFINITE = re.compile(r"(?:a|an|one|two|three|several|some|many|other)\b", re.I)
# what opens a phrase set off before a subject ("In a statement on Saturday, the mission said"):
# an article or a count, or the openings of an adverbial phrase (`_ADVERBIAL_WORDS`), which is
# never the subject ("On the DRC, the summit noted")
_ADVERBIAL_WORDS = (
    r"in|at|on|after|before|during|following|while|when|amid|despite|over|within|across|speaking|writing|"
    r"addressing|responding|referring|commenting"
)
_ADVERBIAL = re.compile(rf"(?:{_ADVERBIAL_WORDS})\b", re.I)
_FRONTED = re.compile(
    rf"(?:a|an|one|two|three|several|some|many|other|{_ADVERBIAL_WORDS}|with|asked|"
    # the quoted sentence going on past its closing mark: "“... the Joint Force” to fight terrorism,
    # the ministry said"
    r"to|for|from|by|against|into|without)\b",
    re.I,
)
# a preposition a few words before a body's name, which puts the name inside its phrase ("under an
# agreement of the six-country GCC"): no subject, so no body that speaks
_PHRASE_BEFORE_BODY = re.compile(
    r"\b(?:of|in|under|with|to|from|by|at|for|on|into|within|between|against|over|about|among|through)\s+"
    # (a determiner and one modifier at most: "on Friday the AU suspended" is the AU's own clause)
    r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z][\w-]*\s+)?$"
)
# a name, and what makes it the subject of a clause after it: its verb of speaking or issuing,
# after a group noun of its own or in a relative clause
_NAME_AT = re.compile(r"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*")
_ACTS_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?:leaders|officials|ministers|members|secretariat|commission))?\s*,?\s+"
    r"(?:(?:which|who)\s+)?(?:has\s+|had\s+|also\s+|then\s+)?(?:said|says|stated|states|issued|issues|announced|"
    r"added|declared|warned|urged|noted|told|released|published)\b"
)
# the roles of those who speak for a ministry or a government
_GOVERNMENT_ROLE = re.compile(r"minist|spokes|secretar|presiden|premier|chancellor", re.IGNORECASE)
# the word of a summit, and what may stand between it and the organization whose summit it is:
# capitalised words and its kind before ("SADC Troika summit", "EAC Heads of State Summit",
# "AU's extraordinary summit"), "of" after ("the summit of the AU")
_SUMMIT = re.compile(r"\b[Ss]ummit\b")
_SUMMIT_WORDS = (
    r"(?:[A-Z][\w-]*|of|and|state|government|leaders['’]?|heads|extraordinary|ordinary|annual|special|virtual|"
    r"emergency|joint|informal|inaugural|consultative|troika|regional|own|\w+-day|\d+(?:st|nd|rd|th)|first|second|"
    r"third|last|next|latest)"
)
_OWNS_SUMMIT = re.compile(
    rf"(?:['’]s?)?(?:\s+{_SUMMIT_WORDS})*?\s+"
    # ("The African Union held an emergency summit")
    rf"|\s+(?:has\s+|had\s+)?(?:held|holds|hosted|hosts|convened|convenes|called|organi[sz]ed)\s+(?:a|an|its|the)"
    rf"(?:\s+{_SUMMIT_WORDS})*?\s+"
)
_SUMMIT_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_REFERENCE_OWNS_SUMMIT = re.compile(
    r"\b(?:(?:the\s+(?:[a-z-]+\s+)?(?:bloc|organi[sz]ation|alliance|union|community|grouping)['’]s)|its)"
    rf"(?:\s+{_SUMMIT_WORDS})*\s+$"
)
_NAMED_SUMMIT = re.compile(r"[A-Z][\w-]*\s+$")
# a meeting as a cue's subject: "the summit noted", "the extraordinary summit said"
_MEETING_SUBJECT = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,2}?(?P<noun>summit)")
# the office of someone: "Pashinian's press office", "the prime minister’s media office"
_OFFICE_OF = re.compile(r"(?P<owner>.+?)['’]s\s+(?P<what>(?:(?:media|press|private|personal)\s+)?office)")
# a person's someone, named by lower-case words only: "Biden's spokesman", "Mohamud’s chief adviser"
_PERSON_OWNED = re.compile(
    r"(?P<owner>(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*?)['’]s\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
)
# "a spokesperson for the ASEAN secretariat", "an official of the AU Commission"
# "a U.S. State Department spokesperson": someone unnamed speaking for the body named before the role
_BODY_SPOKESPERSON = re.compile(
    r"\b[Aa]n?\s+(?P<body>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})\s+spokes(?:person|man|woman)\b"
)
_SPOKE_FOR = re.compile(
    r"(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:spokes(?:person|man|woman)|official|representative)\s+"
    r"(?:for|of|from|at|with)\s+(?P<body>(?:the\s+)?(?-i:[A-Z]).*)",
    re.IGNORECASE,
)
# someone acting for another, unnamed in the cue: "Lawyers for Carla Ruiz", "the spokesman for
# Raila Odinga", "an aide to Biden" (the words are theirs, never the principal's)
_AGENT_FOR = re.compile(
    r"(?:(?P<det>the|an?|one|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:spokes(?:person|man|woman|people|men|women)|"
    r"representatives?|lawyers?|attorneys?|counsel|aides?|advis[eo]rs?)\s+(?:for|of|to|representing)\s+"
    r"(?P<principal>(?:the\s+)?(?-i:[A-Z])[^,]*)",
    re.IGNORECASE,
)
# people of a crowd, of someone or somewhere: "supporters of X", "residents of Y"
_CROWD_OF = re.compile(
    r"\s*(?:the\s+|some\s+|many\s+|(?:dozens|hundreds|thousands)\s+of\s+)?(?:supporters|residents|witnesses|"
    r"protesters|voters|critics|analysts|experts|observers|fans|relatives|villagers)\s+(?:of|from|in|close\s+to|loyal\s+to)\s",
    re.IGNORECASE,
)
_LOWER_WORD = re.compile(r"[a-z]+")
# a role noun starts with one of these words (a fast check before the case-blind `_ROLE_RE`)
_ROLE_FIRSTS = frozenset(r.split()[0].split("-")[0] for r in lx.ROLE_NOUNS)
_BODY_RE = re.compile(
    r"\b(" + alternation(sorted(lx.BODY_NOUNS, key=len, reverse=True), ignore_case=True) + r")\b", re.I
)
Result = tuple[Speaker | None, str]


# a speech verb right after a name: "Mr Justinian said the communication was ..."
_SAID_AFTER = re.compile(
    r"\s+(?:(?:has|had|also|then|further|later)\s+)?(?:" + "|".join(lx.BRIEF_SPEECH_VERBS) + r")\b"
)
# a government body as the subject of a speech verb, or a capital standing for its government
_GOVERNMENT = re.compile(
    r"(?P<who>(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+)?(?:government|Government|[Mm]inistry|[Pp]residency|[Cc]abinet)"
    r"(?:\s+(?:in|of)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?|[A-Z][\w-]*['’]s\s+(?:[A-Z][\w-]*\s+){0,2}(?:[Gg]overnment|[Mm]inistry|"
    r"[Pp]residency|[Cc]abinet)|[A-Z][\w-]+)\s+(?:has\s+|had\s+|also\s+)?(?:"
    + "|".join(lx.STATEMENT_VERBS)
    + r")\b"
)


def _opens_clause(before: str) -> bool:
    """Return whether what stands before a subject in its sentence leaves it the clause's subject:
    nothing, or an opening phrase and a comma ("In its statement, Kigali complained")."""
    before = before.strip()
    return not before or before.endswith(",")


@cache
def _capitals() -> dict[str, str]:
    return {capital: c.name for c in load_countries().values() for capital in c.capitals}


# "a senior official", "an EU official": someone unnamed whom "the official" may stand for
_UNNAMED_OFFICIAL = re.compile(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}officials?\b|\bofficials\b")


class Resolver:
    """Resolve cue subjects within one document (built once per document)."""

    def __init__(
        self,
        doc: Document,
        people: tuple[Entity, ...],
        orgs: tuple[Entity, ...],
        countries: tuple[Entity, ...] | None = None,
    ) -> None:
        self.doc = doc
        self.people = people
        self.orgs = orgs
        self._countries = countries
        self.events: list[tuple[int, Entity]] = sorted(
            ((m.span.start, p) for p in people for m in p.mentions), key=lambda e: e[0]
        )
        self.event_pos = [e[0] for e in self.events]
        self.by_token: dict[str, Entity] = {}
        for p in people:
            for tok in p.name.split():
                if not (len(tok) == 2 and tok.endswith(".")):  # not a middle initial
                    self.by_token.setdefault(tok, p)
        self.names: dict[str, Result] = {}  # by_name results by phrase (they do not depend on where)
        # "he said" / "she said" cues resolved so far: (offset, gender, result), in text order
        self.pronoun_cues: list[tuple[int, str, Result]] = []
        # the people cues resolved to so far: (offset, person), in text order
        self.spoke: list[tuple[int, Entity]] = []
        # the bodies cues resolved to so far ("the statement read", "UNISFA said"), in text order
        self.bodies_spoke: list[tuple[int, Speaker]] = []
        # what `names_someone` resolved, for `resolve` to take up at once
        self._checked: dict[tuple[str, int], Result] = {}
        self.by_key = {p.key: p for p in people}
        self.org_names = sorted(
            ((n.lower(), o) for o in orgs for n in {o.key, o.name, o.full_name or "", *o.aliases} if n),
            key=lambda x: -len(x[0]),
        )

    @cached_property
    def countries(self) -> tuple[Entity, ...]:
        """The countries of the document (found here only when a cue needs them)."""
        return self._countries if self._countries is not None else extract_countries(self.doc)

    @cached_property
    def people_keys(self) -> frozenset[str]:
        return frozenset(p.key for p in self.people)

    @cached_property
    def gender(self) -> dict[str, str]:
        starts = sorted((m.span.start, p.key) for p in self.people for m in p.mentions)
        return {
            p.key: gender_of(self.doc.text, p, [at for at, key in starts if key != p.key])
            for p in self.people
        }

    @cached_property
    def org_spans(self) -> list[tuple[int, int, Entity]]:
        return sorted(
            ((m.span.start, m.span.end, o) for o in self.orgs for m in o.mentions), key=lambda x: x[:2]
        )

    @cached_property
    def org_starts(self) -> list[int]:
        return [start for start, _, _ in self.org_spans]

    def named_org_at(self, at: int, end: int) -> Entity | None:
        """Return the organization whose name holds the whole subject ``[at, end)`` ("Security
        Council" in "The AU’s Peace and Security Council said": cut at "and", still that body)."""
        i = bisect.bisect_right(self.org_starts, at) - 1
        if i >= 0 and self.org_spans[i][0] < at and end <= self.org_spans[i][1]:
            return self.org_spans[i][2]
        return None

    def resolve(self, phrase: str, at: int) -> Result:
        """Return (speaker, how) for the subject ``phrase`` of a cue at offset ``at``."""
        org = self.named_org_at(at, at + len(phrase.strip())) if self.orgs else None
        if org is not None and org.kind == "organization":
            body = Speaker(name=org.key, key=org.key, kind="organization")
            bisect.insort(self.bodies_spoke, (at, body), key=lambda e: e[0])
            return body, "body"
        found = self._checked.pop((phrase, at), None) or self._resolve(phrase, at)
        person = self.by_key.get(found[0].key) if found[0] is not None else None
        if person is not None:
            bisect.insort(self.spoke, (at, person), key=lambda e: e[0])
        elif found[0] is not None and found[0].kind == "organization":
            bisect.insort(self.bodies_spoke, (at, found[0]), key=lambda e: e[0])
        return found

    def _resolve(self, phrase: str, at: int) -> Result:
        if "-" in phrase:
            phrase = _PARTY.sub("", phrase)
        words = phrase.strip().split()
        if not words:
            return None, "none"
        last = words[-1].lower()
        low = phrase.lower()
        issued = _ISSUED_BY.search(phrase) if "by" in low or "from" in low else None  # one is in the pattern
        if issued and (joint := _MADE_PUBLIC.search(phrase, 0, issued.start("who"))):
            # "the joint statement released by the MEA": the parties', whoever made it public
            # (never the one who did: the last other body named before it)
            found = self._resolve(phrase[: joint.end("document")], at)
            publisher = self.resolve(issued.group("who"), at)[0]
            if found[0] is not None and publisher is not None and found[0].key == publisher.key:
                found = self.body_named_before(at, but=publisher.key)
            return found
        if issued:  # "a statement issued by the Mission", "a statement from the Mission" speaks for it
            issuer = issued.group("who")
            found = self.resolve(issuer, at)
            sent_to = _SENT_TO.search(issuer)
            if sent_to is not None and found[0] is not None and found[0].kind == "person":
                # "a letter from Human Rights Watch to Otieno": the one it is sent to is no issuer
                # (but "a statement from US Ambassador to Kenya Meg Whitman" is hers)
                words = [w for w in issuer[sent_to.end() :].split() if w not in lx.PERSON_TITLES]
                if words and words[0].strip(",") in found[0].name.split():
                    found = self.resolve(issuer[: sent_to.start()], at)
            who = issuer.strip().removeprefix("the ")
            country = country_word(who) if found[0] is None else None
            if country is not None:  # "a letter from Kiribati": its government's
                return Speaker(name=country, key=country, kind="organization"), "body"
            return found
        if _CROWD_OF.match(phrase):
            return None, "none"  # "supporters of Bobi Wine, gathered outside his home,": nobody named
        head, comma, rest = phrase.partition(",")
        # a clause set before the subject: lower-case words before the first comma
        clause = bool(comma) and any(w[:1].islower() for w in head.split())
        fronted = bool(comma) and _FRONTED.match(head.strip()) is not None
        if fronted or clause:
            # "[In] a statement on Saturday, the mission", "[Speaking at] a press conference in Yerevan,
            # Prime Minister Nikol Pashinyan": the subject follows the phrase set off before it ...
            tail, tail_at = _after_last_comma(phrase, at)
            unnamed = _unnamed(tail)
            # (or a body named in full: "[While sharing] the picture of leaders on X, the Russian
            # Foreign Ministry")
            if fronted or unnamed or _DEFINITE_NAME.fullmatch(tail.strip()):
                found = self._resolve(tail, tail_at)
                if found[0] is not None:
                    return found  # ("Speaking on Monday, a spokesperson for the ASEAN secretariat")
            if unnamed or (fronted and _ADVERBIAL.match(head.strip())):
                # ... someone unnamed: "“...” to Blinken, a Western diplomat said", "Although X met
                # Y on Monday, a source said"; nor is the subject ever in a phrase of time, place
                # or topic set before it ("On the DRC, the summit noted")
                return None, "none"
        if comma and _ASIDE.match(rest):
            # "the communique, released after the meeting in Kuala Lumpur,", "Touray, speaking in
            # Abuja,": the subject is what the aside describes, never a name inside the aside
            _, closed, tail = rest.rpartition(",")
            if (
                closed
                and tail.strip()
                and _MEDIUM_ASIDE.match(rest)
                and any(w.lower() in lx.MEDIA_NOUNS for w in head.split()[:4])
            ):
                # "[In an interview with the] newspaper La Croix, published on Wednesday, Niger's Head of
                # State noted": the medium ends a phrase set before the subject that follows
                found = self._resolve(tail, at + len(phrase) - len(tail.lstrip()))
                if found[0] is not None:
                    return found
            return self._resolve(head, at)
        if comma and head.strip() and all(w[:1].isupper() for w in head.split()):
            # "Tom Reed, deputy director for Human Rights Watch,": the person the appositive
            # describes (not "Asked whether Assad came, Aboul Gheit": a clause before the subject),
            # known as a person, or a name before an age or a home town ("Jo Wilson, 59, of Ashton")
            found = self.by_name(head, at)
            if found[0] is not None and (
                found[0].key in self.people_keys or (found[0].kind == "person" and _AGE_OR_HOME.match(rest))
            ):
                return found
        if last in _DOCUMENTS:
            owned = _OWNED_DOCUMENT.match(phrase.strip())
            if owned is not None:  # "Ruto’s message was clear:", "the ministry's statement said"
                found = self._resolve(owned.group("owner"), at)
                if found[0] is not None:
                    return found
            elif len(words) > 1:
                # "the ECOWAS communique stated": a body named before the noun issued it
                found = self.by_body(" ".join(words[:-1]), at)
                determined = words[0].lower() in ("the", "a", "an", "its")
                if found[0] is not None and found[1] == "body" and determined:
                    return found
                if determined and words[-2].lower() in _BODY_NOUN_WORDS:
                    # "a council statement said": of the council named before
                    found = self.body_before(at, noun=words[-2].lower())
                    if found[0] is not None:
                        return found
                if determined and words[-2].lower() in _CIVIL_GOVERNMENT_NOUNS:
                    # "a foreign ministry statement said": the ministry's, as "the foreign ministry
                    # said" would be, else whoever the article says issued it ("Health Minister X
                    # released a statement"), never an organization named before
                    found = self._resolve(" ".join(["the", *words[1:-1]]), at)
                    if found[0] is not None:
                        return found
                    found = self.issuer(at, last, indefinite=words[0].lower() in ("a", "an"))
                    person = self.by_key.get(found[0].key) if found[0] is not None else None
                    if person is not None and _GOVERNMENT_ROLE.search(person.role or ""):
                        return found  # "Health Minister X released a statement"
                    return None, "none"
            return self.issuer(at, last, indefinite=words[0].lower() in ("a", "an"))
        if last in ("he", "she"):
            gender = lx.SUBJECT_PRONOUNS[last]
            found = self.pronoun(gender, at)
            if found[0] is not None and len(words) == 1:
                bisect.insort(self.pronoun_cues, (at, gender, found), key=lambda c: c[0])
            return found
        if last in ("him", "her") and len(words) == 1:  # "According to her, “...”"
            return self.pronoun(lx.PRONOUN_GENDER[last], at)
        if last == "it":
            found = self.it_relative(at)
            return found if found[0] is not None else self.it_before(at)
        if last == "they" and len(words) == 1 and _IN_STATEMENT.match(self.doc.text, at):
            return self.group_before(at)
        if _GROUP_SUBJECT.fullmatch(phrase.strip()):
            # "the leaders said", "the heads of state said": the organization whose leaders the
            # sentences before spoke of as a group ("B9 leaders met in Warsaw ...")
            low = phrase.lower()
            noun = "minister" if "minister" in low else "member" if "member" in low else "leader"
            found = self.group_before(at, nearest=True, noun=noun)
            if (
                found[0] is None
                and _GROUP_IN_DOCUMENT.match(self.doc.text, at)
                and not self._groups_before(at)
            ):
                # "the leaders said in a joint statement": the organization the article is about,
                # when the sentences before speak of no group
                found = self.body_named_most(at)
            if found[0] is not None:
                return found
        meeting = _MEETING_SUBJECT.fullmatch(phrase.strip())
        if meeting is not None:
            # "the summit noted": the organization whose summit the article named ("The SADC Troika
            # summit met in Windhoek"), else nobody
            owner = self.summit_owner(at)
            if owner is None:
                return None, "none"
            return Speaker(name=owner.key, key=owner.key, kind="organization"), "body"
        office = _OFFICE_OF.fullmatch(phrase.strip())
        if office is not None:
            # "Pashinian's press office said", "the prime minister's office tweeted": the office
            # speaks, not the one it serves (whose name it bears)
            served = self._resolve(office.group("owner"), at)[0]
            if served is not None and served.kind == "person":
                name = (
                    f"{served.name}' {office.group('what')}"
                    if served.name.endswith("s")
                    else f"{served.name}'s {office.group('what')}"
                )
                return Speaker(name=name, key=name.casefold(), kind="organization"), "body"
        owned = _PERSON_OWNED.fullmatch(phrase.strip())
        if owned is not None and owned.group("owner").split()[-1] in self.by_token:
            # "Biden's spokesman told", "Mohamud’s chief economic adviser said": someone of that
            # person's, whom the cue does not name (never the person; "Trump's post said" stays
            # the person's)
            words = owned.group("what").split()
            if any(" ".join(words[-n:]) in lx.ROLE_NOUNS for n in (1, 2)) or words[-1] in lx.RELATION_NOUNS:
                return None, "none"
        organ = _ORGAN_OF.fullmatch(phrase.strip())
        if organ is not None:
            # "the 47-nation organization's committee of ministers": an organ of the one in context
            noun = organ.group("noun").lower()
            return self.body_before(at, noun=noun)
        named_body = _BODY_SPOKESPERSON.fullmatch(phrase.strip())
        if named_body is not None:
            # "a State Department spokesperson said": the body named before the role (else as before)
            body = named_body.group("body")
            found = self.by_body(body, at)
            # (a person's, "a Trump spokesperson", is no body: not one found only by upper-casing)
            if found[0] is not None and not (found[0].name.isupper() and not body.isupper()):
                return found
        spoke_for = _SPOKE_FOR.match(phrase.strip())
        if spoke_for is not None:
            # "a spokesperson for the ASEAN secretariat": someone unnamed speaking for a body
            found = self.by_body(spoke_for.group("body"), at)
            return found if found[0] is not None else (None, "none")
        national = _national().fullmatch(phrase.strip())
        if national is not None:
            return self.by_nationality(national.group("noun"), at)
        if _TITLED_BODY.fullmatch(phrase.strip()):
            # "the London-based Institute for Fiscal Studies said": a body by its own name, whose
            # capitalised words name no person the article knows ("the Police of Kenya Commissioner
            # Douglas Kanja said" is Kanja's)
            found = self.by_name(phrase, at)
            if found[0] is None or not _titled_name(phrase, found[0].name):
                found = self.by_body(phrase, at)
            if found[0] is not None:
                return found
        agent = _AGENT_FOR.fullmatch(phrase.strip())
        for resolve in (self.by_name, self.by_role, self.by_body):
            found = resolve(phrase, at)
            if found[0] is not None and agent is not None and self._not_the_agent(found, agent, phrase):
                continue  # "Lawyers for Carla Ruiz said": the lawyers speak, not their client
            if found[0] is not None:
                return found
            if found[1] == "stop":
                break
        described = DESCRIBED_PERSON.fullmatch(phrase)
        if described is not None:
            # "the 58-year-old said": like a pronoun, the person the sentences before are about
            return self.pronoun(lx.DESCRIPTIVE_NOUNS.get(described.group("noun").lower(), ""), at)
        state = phrase.strip().removeprefix("the ")
        if state_named(state) is not None:
            # "the United States said in its statement", "Beijing said": the state speaks
            return Speaker(name=state, key=state, kind="country"), "body"
        if clause:
            # "[Although the announcement will be made in] Kathmandu in the next few days, the
            # Nepal Foreign Ministry said": a clause set before the subject, which follows its comma
            tail, tail_at = _after_last_comma(phrase, at)
            if tail.strip():
                return self._resolve(tail, tail_at)
        return None, "none"

    def _not_the_agent(self, found: Result, agent: re.Match[str], phrase: str) -> bool:
        """Return whether ``found``, resolved from a cue naming an agent ("the spokesman for X"),
        is not the agent who speaks: the principal themself ("lawyers for Carla Ruiz said",
        "the spokesman for the President said"), or one whose role ties them to someone else (a
        "Kremlin spokesman" for "the spokesman for Zelensky"). A body speaks through its agents
        ("representatives of ECOWAS said"), and a name after the principal is the agent's own
        ("Special Representative for Syria Geir Pedersen said")."""
        speaker, how = found
        if speaker is None or speaker.kind != "person":
            return False
        principal = _bare_principal(agent.group("principal"), determined=agent.group("det") is not None)
        person = self.by_key.get(speaker.key)
        names = (speaker.name, *(person.aliases if person is not None else ()))
        if principal and any(n == principal or n.endswith(" " + principal) for n in names):
            return True
        if how != "role":
            return False
        role = last_role(phrase.strip())
        if role is not None and role.start() >= agent.start("principal"):
            return True  # the role named is the principal's: "the spokesman for the President"
        held = person.role if person is not None and person.role else ""
        last = principal.split()[-1] if principal else ""
        if last and re.search(rf"\b{re.escape(last)}\b", held):
            return False  # "Kremlin spokesman Dmitry Peskov ... the spokesman for the Kremlin"
        return any(_titled_word(w) for w in held.split())

    def names_someone(self, phrase: str, at: int) -> bool:
        """Return whether a cue's subject resolves to a speaker (without recording it as one who spoke)."""
        words = phrase.split()
        if len(words) == 1 and words[0].lower() in ("he", "she", "it", "they"):
            return True  # a pronoun names whoever it stands for, resolved in its turn
        if self.orgs and self.named_org_at(at, at + len(phrase.strip())) is not None:
            return True  # "The AU’s Peace and Security Council said": a body's name, cut at "and"
        found = self._checked[(phrase, at)] = self._resolve(phrase, at)
        return found[0] is not None

    def names_known(self, phrase: str, at: int) -> bool:
        """Return whether a cue's subject resolves to someone the article shows to be a person,
        or to a body (a name with no other evidence, "Read More", names nobody)."""
        if not self.names_someone(phrase, at):
            return False
        found = self._checked.get((phrase, at), (None, ""))[0]
        return found is None or found.kind != "person" or found.key in self.people_keys

    def issuer(self, at: int, noun: str = "", *, indefinite: bool = False) -> Result:
        """Return who issued the document a cue names (its ``noun``): the last one of that noun
        mentioned before ``at`` whose issuer is named, else of any document; with none mentioned before,
        the organization named last ("ECOWAS said the session decided. “...,” the statement
        said."). Whoever a letter is sent "to" did not issue it."""
        text = self.doc.text
        lo = max(0, at - W.STATEMENT_BEFORE_CUE)
        government = self.government_before(at)
        if government[0] is not None:
            return government  # "Sudan's Foreign Ministry welcomed ... “...” reads a statement"
        if not any(text.find(word, lo, at) >= 0 for word in _DOCUMENT_WORDS):
            # "the AU said it was reviewing ECOWAS’s plan. “...,” the statement said": the body
            # that the sentences before have speak
            reported = None if indefinite else self.body_said_before(at)
            if reported is not None:
                return Speaker(name=reported.key, key=reported.key, kind="organization"), "body"
            # "“...,” a communique announcing the suspension said": a document not mentioned
            # before is the article's organization's, the one named most so far
            named = self.body_named_most(at) if indefinite else self.body_before(at)
            return named if named[0] is not None else self.body_in_cue(at)
        found = [m for m in _DOCUMENT_RE.finditer(text, lo, at) if not _EARLIER.search(m.group())]
        same = [m for m in found if noun and noun in m.group()]
        # "According to the communiqué, the force will ...": a document named with "the" is one
        # mentioned before, unless none was
        mentions = [(m, skip) for skip in (True, False) for m in reversed(same or found)]
        for m, skip_definite in mentions:
            end = sentence_end(text, m.end(), at)
            start = sentence_start(text, m.start())
            by = _BY.match(text, m.end(), end)
            if by is None and (said := self.said_in(start, end))[0] is not None:
                return said  # "“...,” the Kenyan presidency stated in a communique": its issuer spoke
            if by is None and skip_definite and _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                continue
            span = (by.start("who"), end) if by else (start, end)
            # a statement is a body's more often than a person's: "In a statement, UNIFIL said
            # peacekeepers were 'confronted near Hallusiyat al-Tahta'"
            phrase = _RECIPIENT.sub(lambda r: " " * len(r.group()), text[span[0] : span[1]])
            speaker, how = self.resolve_in(phrase, span[0], body_first=True)
            if speaker is not None:
                return speaker, how
        return None, "none"

    def body_in_cue(self, at: int) -> Result:
        """Return the organization a document's cue at ``at`` says issued it, in an aside on its
        release: the issuer of a document no one was named before ("“...,” the communique,
        released after the 58th ASEAN ministers' meeting, said"; not "released after a call with
        NATO officials", "said, quoting a UN report")."""
        end = sentence_end(self.doc.text, at, self.doc.paragraphs[self.doc.paragraph_at(at)].end)
        named = [
            (start, org)
            for start, stop, org in self.org_spans
            if at <= start and stop <= end and not self.quoted(start)
        ]
        # (the only organization the sentence names: not one of two, "issued by the AU and ECOWAS")
        if len({org.key for _, org in named}) != 1:
            return None, "none"
        start, org = named[0]
        if org.kind != "organization" or not _RELEASED_AT.search(self.doc.text, max(at, start - 80), start):
            return None, "none"
        return Speaker(name=org.key, key=org.key, kind="organization"), "body"

    def body_said_before(self, at: int) -> Entity | None:
        """Return the organization the last sentences before ``at`` have speak ("the AU said it
        was reviewing ..."), the last one if several, outside quotation marks."""
        text = self.doc.text
        lo = self._sentences_back(at)
        found = None
        for start, end, org in self.org_spans:
            said = lo <= start < at and org.kind == "organization" and _BODY_SAID.match(text, end)
            # the sentence's subject, not a clause inside it ("an election the UN says he lost")
            if (
                said
                and _OPENS_SUBJECT.fullmatch(text, sentence_start(text, start), start)
                and not self.quoted(start)
            ):
                found = org
        return found

    def said_in(self, lo: int, hi: int) -> Result:
        """Return the speaker a cue in ``text[lo:hi]`` was resolved to (the last one there)."""
        found: list[tuple[int, Speaker, str]] = [
            (at, s, "body") for at, s in self.bodies_spoke if lo <= at < hi
        ]
        found += [(at, self.person(p), "name") for at, p in self.spoke if lo <= at < hi]
        if not found:
            return None, "none"
        _, speaker, how = max(found, key=lambda f: f[0])
        return speaker, how

    def resolve_in(self, phrase: str, at: int, *, body_first: bool = False) -> Result:
        """Return the first person (else role, else body; a known body first if ``body_first``)
        a phrase names."""
        i = bisect.bisect_left(self.event_pos, at)
        if i < len(self.events) and self.events[i][0] < at + len(phrase):
            return self.person(self.events[i][1]), "name"
        if body_first:
            low = phrase.lower()
            role = _ROLE_RE.search(phrase)
            first = min(
                ((m.start(), org) for name, org in self.org_names if (m := _word_at(low, name))),
                key=lambda x: x[0],
                default=None,
            )
            # the body, unless a role comes before it ("In a statement, the President welcomed
            # the UN Security Council's approval")
            if first is not None and (role is None or first[0] < role.start()):
                org = first[1]
                return Speaker(name=org.key, key=org.key, kind="organization"), "body"
        for resolve in (self.by_name, self.by_role, self.by_body):
            found = resolve(phrase, at)
            if found[0] is not None:
                return found
        return None, "none"

    def person(self, p: Entity) -> Speaker:
        return Speaker(name=p.name, key=p.key, kind="person", role=p.role)

    def by_name(self, phrase: str, at: int) -> Result:
        found = self.names.get(phrase)
        if found is None:
            found = self.names[phrase] = self._by_name(phrase)
        return found

    def _surname(self, token: str) -> bool:
        """Return whether ``token`` ends the name of the person it stands for."""
        return self.by_token[token].name.split()[-1] == token

    def _by_name(self, phrase: str) -> Result:
        # (not a phrase set off before the subject: "[Speaking at] a press conference in Yerevan,
        # Prime Minister Nikol Pashinyan")
        if _INDEFINITE.match(phrase.strip()) and "," not in phrase:
            # "a Unifil representative": the body comes first ("a bleak account of ... Africa" has none)
            # ("a Peruvian diplomat" is nobody named: a demonym is no body)
            caps = [
                w
                for w in phrase.split()[1:3]
                if w[:1].isupper() and w not in lx.NOT_NAME_WORDS and w not in _demonyms()
            ]
            if caps and caps[0] in self.by_token:
                return None, "stop"  # "a Trump spokesperson": someone of a person's, unnamed
            if caps:  # "a Unifil representative" speaks for the body
                # (as its acronym when it is one written in title case: "Unifil", not "Kremlin")
                name = caps[0].upper() if caps[0].upper() in role_match.reference_codes() else caps[0]
                return Speaker(name=name, key=name, kind="organization"), "body"
            return None, ""  # indefinite: "a Unifil representative" is the body, not a person
        runs = list(_CAPS.finditer(phrase))
        if (
            len(runs) > 1
            and "," not in phrase  # ("Speaking after X at the summit, Y said": Y, read below)
            and _PHRASE_AFTER_SUBJECT.match(phrase, runs[0].end())
            and not phrase[: runs[0].start()].strip()
            and runs[0].group().split()[0] not in lx.NOT_NAME_WORDS
        ):
            # "Marcos Jr during a meeting with Hun Sen on Thursday agreed": the name the phrase
            # opens with is its subject, not one in the phrase set after it
            tokens = [
                t for t in role_match.POSSESSIVE.sub("", runs[0].group()).split() if t not in lx.PERSON_TITLES
            ]
            hits = [self.by_token[t] for t in reversed(tokens) if t in self.by_token]
            if hits:
                return self.person(hits[0]), "name"
        for m in reversed(runs):
            raw = role_match.POSSESSIVE.sub("", m.group()).split()
            if len(raw) == 2 and raw[0] in _PERSONAL:  # "Mr. King": whatever follows is a surname
                raw = raw[1:]
            elif not (raw == [phrase.strip()] and raw[0] in self.by_token and self._surname(raw[0])):
                # (a title alone that is the surname of someone named before stays: "Stephenson
                # King ... King said")
                raw = [t for t in raw if t not in lx.PERSON_TITLES]
            tokens = raw
            hits = [self.by_token[t] for t in reversed(tokens) if t in self.by_token]
            if hits:
                return self.person(hits[0]), "name"
            if _BODY_OF.search(phrase, 0, m.start()):
                continue  # "Thailand's Ministry of Public Health": what a body is of, no one the text names
            names = [t for t in tokens if t not in lx.NOT_NAME_WORDS and t not in lx.PLACE_WORDS]
            titled = m.group().split()[0] in _PERSONAL and len(tokens) == 1
            names = tokens if titled else names
            if not_a_name(names):
                continue
            if (len(names) >= 2 or titled) and names == tokens and not any(_acronym(t) for t in names):
                name = " ".join(names)  # a name the people extractor did not keep
                return Speaker(name=name, key=name, kind="person"), "name"
        return None, ""

    def by_role(self, phrase: str, at: int) -> Result:
        m = last_role(phrase)
        # "a diplomat", "one diplomat from the latter group": someone unnamed, nobody named before
        if m is None or _INDEFINITE.match(phrase.strip()) or _plural(phrase, m.end()):
            return None, "stop" if m is not None else ""
        head = m.group(1).lower()
        # "the King of Bahrain", "the Saudi crown prince": a qualifier the role or the
        # affiliation of one of the people with that role holds picks that one
        wanted, qualifiers = role_match.terms(phrase, head)
        qualifiers += self.spelled_out(qualifiers) + role_match.acronyms_named(phrase)
        # "the army chief", "the Finance Minister": a holder of the role in that field only
        domain = role_match.fields(phrase[: m.start()].split()[-2:])
        best = self.nearest_role(at, wanted, qualifiers, domain=domain) if qualifiers else None
        best = best or self.spoke_last(at, wanted, domain) or self.nearest_role(at, wanted, domain=domain)
        if qualifiers and best is not None and role_match.qualified_otherwise(best, qualifiers):
            # "Kazakh President Tokayev ... Kyrgyz leader Japarov ... the Kyrgyz president said":
            # the one qualified as asked, under a generic name for the top office ("leader",
            # never another office: a president is no "prime minister"), or nobody
            top: frozenset[str] = frozenset()
            if wanted & role_match.TOP_OFFICES:
                top = (
                    role_match.TOP_OFFICES
                    if head in role_match.GENERIC_OFFICES
                    else role_match.GENERIC_OFFICES | {head}
                )
            best = self.nearest_role(at, top, qualifiers, domain=domain) if top else None
            if best is None and top:
                # "Tanzania's Samia Suluhu Hassan ... the Tanzanian leader": the one person of
                # that country named with no role
                best = self.plain_of_country(at, qualifiers)
            if best is None:
                return None, "stop"
        if (
            best is None
            and qualifiers
            and head in role_match.GENERIC_OFFICES
            and wanted & role_match.TOP_OFFICES
        ):
            # "hosted by Belarus's Alyaksandr Lukashenka ... the Belarusian leader said", nobody in
            # the article said to hold an office: the one person of that country named with no role
            best = self.plain_of_country(at, qualifiers)
        if best is None and _BARE_QUALIFIED_ROLE.fullmatch(phrase.strip()) and not self.named_before(at):
            # "“...,” the Egyptian president said" in an article's opening, the president named
            # only further on: the one person named after it who holds that qualified office
            # (not "the former Egyptian president", "the Argentine president-elect")
            best = self.role_named_after(at, wanted, qualifiers, domain=domain)
        if best is None and head.startswith("spokes"):
            # "A State Department spokesperson said ... “...,” the spokesperson said": that body's
            lo = max(0, at - W.OFFICIAL_SPOKE_BEFORE)
            unnamed = list(_BODY_SPOKESPERSON.finditer(self.doc.text, lo, at))
            body = self.by_body(unnamed[-1].group("body"), at) if unnamed else (None, "")
            if body[0] is not None:
                return body
        if head == "official":
            # "A senior official said ... “...,” the official said": the unnamed one, not a holder
            if best is not None and _UNNAMED_OFFICIAL.search(
                self.doc.text, self._last_mention(best, at) + 1, at
            ):
                return None, "stop"
            best = best or self.official_spoke_last(at)
        if best is None and head != "official" and _DETERMINED_ROLE.match(phrase.strip()):
            # "Nikol Pashinyan has said ... “...,” the Armenian prime minister said": a role nobody in
            # the article is said to hold describes the person the sentences before are about, when
            # nothing says that one holds another (a guess, see `certainty`)
            found, _ = self.pronoun("", at)
            person = self.by_key.get(found.key) if found is not None else None
            # (a post held before is no other one now: "Mr Rutte, a former Dutch prime minister")
            if person is not None and (not person.role or former_role(person.role)):
                return found, "role"
            # "“...,” Peskov said. The Kremlin spokesman noted that X had ... “...,” the press
            # secretary concluded": past a sentence on someone holding another post, the one who
            # spoke last, when nothing says that one holds a post
            last = self.spoke_before(at)
            if last is not None and (not last.role or former_role(last.role)):
                return self.person(last), "role"
            # "“...,” the Egyptian president said in a statement. “...” to achieve ..., Abdel Fattah
            # El-Sisi added": in an article's opening, before anyone is named, the first one named
            # in the paragraph after, when that one speaks a quotation there and nothing says that
            # one holds a post
            if found is None and not self.named_before(at):
                ahead = self.first_named_after(at)
                if ahead is not None and not ahead.role and self.speaks_quoted(ahead, at):
                    return self.person(ahead), "role"
        return (self.person(best), "role") if best else (None, "stop")

    def plain_of_country(self, at: int, qualifiers: list[str]) -> Entity | None:
        """Return the one person named before ``at`` with no role who is of the country of
        ``qualifiers``, if there is only one."""
        plain = {p.key: p for p in self.named_before(at) if not p.role and self.of_country(p, at, qualifiers)}
        return next(iter(plain.values())) if len(plain) == 1 else None

    def by_nationality(self, noun: str, at: int) -> Result:
        """Return who "the Dutchman" or "the Kenyan" is: the person named last before ``at`` whose
        role or affiliation is of that country, else the person the sentences before are about
        when tied to no other country; else nobody."""
        demonym, gender = lx.NATIONALITY_NOUNS.get(noun, (noun, ""))
        stem = noun.removesuffix("woman").removesuffix("man")
        qualifiers = list(dict.fromkeys([stem, demonym, country_word(demonym) or demonym]))
        of_country = {
            p.key: p
            for p in self.named_before(at)
            if (
                role_match.qualified(p, qualifiers)
                or self.of_country(p, at, qualifiers, demonyms=(stem, demonym))
            )
            and (not gender or self.gender.get(p.key, "") in ("", gender))
        }
        # (two of that country: either could be the one, "Dutch Prime Minister X and Dutch
        # Foreign Minister Y"; none: the one the sentences are about is only a guess, left out)
        if len(of_country) != 1:
            return None, "stop"
        return self.person(next(iter(of_country.values()))), "role"

    def spelled_out(self, qualifiers: list[str]) -> list[str]:
        """Return the names in words of the bodies the acronyms among ``qualifiers`` stand for in
        this document ("African Union" for "AU")."""
        named = [
            name
            for o in self.orgs
            if o.key in qualifiers or o.code in qualifiers
            for name in (o.full_name or "", o.name)
            if " " in name
        ]
        by_code = role_match.names_by_code()
        known = [name for _, name in sorted(pair for q in set(qualifiers) for pair in by_code.get(q, ()))]
        return list(dict.fromkeys(named + known))

    def of_country(
        self, person: Entity, at: int, qualifiers: list[str], *, demonyms: tuple[str, ...] = ()
    ) -> bool:
        """Return whether a person is named before ``at`` after a possessive of a country one of
        the ``qualifiers`` names ("Tanzania's Samia Suluhu Hassan" for "Tanzanian"), or a few
        words after one of the ``demonyms`` ("Kenyan opposition leader Raila Odinga"), or whose
        name the article follows with the country ("Marta Kovacs (Hungary)", "Ellen Sirleaf of Liberia")."""
        if (
            person.affiliation
            and person.mentions[0].span.start < at
            and any(country_word(q) == person.affiliation for q in qualifiers)
        ):
            return True
        text = self.doc.text
        for m in person.mentions:
            if m.span.start >= at:
                break
            lo = max(0, m.span.start - 40)
            owner = role_match.COUNTRY_POSSESSIVE.search(text, lo, m.span.start)
            country = country_word(owner.group(1)) if owner else None
            if country and any(country_word(q) == country for q in qualifiers):
                return True
            if any(role_match.demonym_before(d).search(text, lo, m.span.start) for d in demonyms):
                return True
        return False

    def named_before(self, at: int) -> list[Entity]:
        """Return the people named before ``at``, outside quotation marks, the last named first."""
        i = bisect.bisect_left(self.event_pos, at)
        return [p for pos, p in reversed(self.events[:i]) if not self.quoted(pos)]

    def official_spoke_last(self, at: int) -> Entity | None:
        """Return the person named last before ``at`` if an official known to speak, for "the
        official said": "Mr X, the ministry's head of communication, said ... “...,” the official
        said" (not when an unnamed official came up since: "a senior official said")."""
        text = self.doc.text
        i = bisect.bisect_left(self.event_pos, at)
        while i > 0:
            i -= 1
            pos, person = self.events[i]
            if at - pos > W.OFFICIAL_SPOKE_BEFORE:
                return None
            if self.quoted(pos):
                continue
            # the person named last, if an official who spoke (a reported "Mr X said ...")
            spoke = any(_SAID_AFTER.match(text, m.span.end) for m in person.mentions if m.span.end <= at)
            if person.role and spoke and not _UNNAMED_OFFICIAL.search(text, pos, at):
                return person
            return None
        return None

    def spoke_last(self, at: int, wanted: set[str], domain: tuple[str, ...] = ()) -> Entity | None:
        """Return the person with a ``wanted`` role (in the ``domain`` fields) who last spoke before
        ``at``, when no other holder of the role is named after that cue ("the King of Bahrain
        said: ... The King continued:" goes on with him, whoever else is a king)."""
        for pos, person in reversed(self.spoke):
            if pos >= at:
                continue
            role = (person.role or "").lower()
            if (
                not role
                or not role_match.holds(role, wanted)
                or not role_match.in_fields(person.role or "", domain)
            ):
                continue
            other = self.nearest_role(at, wanted, domain=domain)
            if other is None or other is person or self._last_mention(other, at) < pos:
                return person
            return None
        return None

    def spoke_before(self, at: int) -> Entity | None:
        """Return the person whose cue came last before ``at``, within `W.LAST_SPEAKER_BEFORE`."""
        i = bisect.bisect_left(self.spoke, at, key=lambda e: e[0])
        if i and at - self.spoke[i - 1][0] <= W.LAST_SPEAKER_BEFORE:
            return self.spoke[i - 1][1]
        return None

    def _last_mention(self, person: Entity, at: int) -> int:
        return max((m.span.start for m in person.mentions if m.span.start < at), default=-1)

    def by_body(self, phrase: str, at: int) -> Result:
        low = phrase.lower()
        for name, org in self.org_names:
            if has_word(low, name):
                return Speaker(name=org.key, key=org.key, kind="organization"), "body"
        if not lx.ANONYMOUS_NOUNS.isdisjoint(_LOWER_WORD.findall(low)):
            return None, "stop"
        m = _ACRONYM.search(phrase)
        # ("the Zambian said": a demonym is a person of the country, no body)
        if (
            m
            and m.group() not in lx.NOT_NAME_WORDS
            and m.group() not in lx.PLACE_WORDS
            and m.group() not in _demonyms()
        ):
            name = m.group().upper() if len(m.group()) <= 7 else m.group()
            return Speaker(name=name, key=name, kind="organization"), "body"
        stripped = phrase.strip()
        body = _BODY_RE.search(phrase)
        owned = _OWNED_BODY.fullmatch(stripped) if body else None
        # (not an organization by a region and its noun: "the South American bloc" is the one in
        # context, when one was named)
        regional = body is not None and body.group(1).lower() in _GENERIC and bool(self.orgs)
        if owned and body is not None and body.end() == len(phrase.rstrip()) and not regional:
            # "Russia's foreign ministry said", "the Nigerien foreign ministry": a body the cue
            # names by its owner, as written (one key however it is capitalised)
            name = owned.group("body")
            return Speaker(name=name, key=name.casefold(), kind="organization"), "body"
        titled = _TITLED_BODY.fullmatch(stripped)
        if titled:
            # "the Irish Defence Forces said": a body by its own name, every word capitalised
            name = titled["name"]
            return Speaker(name=name, key=name.casefold(), kind="organization"), "body"
        named = _THE_NAME.fullmatch(stripped)
        proper = named.group(1) if named and not _not_body(named.group(1)) else None
        if proper in _demonyms():
            return None, "stop"
        # "the Kremlin said": a body by its own name, not an anaphor ("the Americans said" is no
        # body, unless a body noun: "the Authorities")
        if proper and body is not None and proper == body.group(1):
            return Speaker(name=proper, key=proper, kind="organization"), "body"
        if body and low.split()[0] in ("the", "its", "their"):
            noun = body.group(1).lower()
            if noun in _GOVERNMENT_NOUNS and low.split()[-1] == noun.split()[-1] and len(low.split()) <= 3:
                # "the junta said": the junta named before, never a bloc or a mission
                found = self.government_noun_before(at, noun)
                if found[0] is None:
                    found = self.government_of_subject(at, phrase)
                return found if found[0] is not None else (None, "stop")
            return self.body_before(at, noun=noun)
        if proper and not proper.endswith("s"):
            return Speaker(name=proper, key=proper, kind="organization"), "body"
        return None, ""

    def it_before(self, at: int) -> Result:
        """Return who ``it said`` at ``at`` is: the body whose words the cue before gave ("the
        statement read"), unless a body is named outside quotation marks since; else the body
        named last."""
        i = bisect.bisect_left(self.bodies_spoke, at, key=lambda e: e[0])
        j = bisect.bisect_left(self.spoke, at, key=lambda e: e[0])
        if i and not (j and self.spoke[j - 1][0] > self.bodies_spoke[i - 1][0]):  # no person spoke since
            since, speaker = self.bodies_spoke[i - 1]
            # (a body named since in a phrase of a preposition does not speak: "Under an agreement
            # of the GCC, “...,” it said" is still the one that spoke before)
            named = any(
                since < m.span.start < at and not self._in_aside(m.span.start)
                for o in self.orgs
                for m in o.mentions
            )
            if not named and body_in_text(self.doc.text, at, after=since, skip=self._in_aside)[0] is None:
                return speaker, "body"
        government = self.government_before(at)
        if government[0] is not None:
            return government
        subject = self.body_subject_before(at)
        return subject if subject[0] is not None else self.body_before(at)

    def _in_aside(self, pos: int) -> bool:
        """Return whether a body named at ``pos`` cannot be a subject that speaks: it is quoted, in
        a phrase of a preposition ("under an agreement of the GCC"), or an acronym in brackets
        after its name."""
        text = self.doc.text
        if self.quoted(pos) or text.startswith("(", pos - 1):
            return True
        if _PHRASE_BEFORE_BODY.search(text, max(0, pos - 40), pos) is None:
            return False
        # (unless it opens a clause of its own after the phrase: "at the summit ECOWAS leaders issued
        # a statement", "drawn up by IGAD, which said in a statement")
        name = _NAME_AT.match(text, pos)
        return name is None or _ACTS_AFTER.match(text, name.end()) is None

    def body_subject_before(self, at: int) -> Result:
        """Return the body that opens one of the last sentences before ``at`` as its subject, the
        latest such: "it" stands for the subject before it, not for whatever was named last
        ("ASEAN met. Myanmar's foreign ministry rejected the statement. “...,” it said" is the
        ministry's). An organization by its name, a government body by its noun and owner."""
        text = self.doc.text
        hi = sentence_start(text, at)
        for _ in range(W.SUBJECT_SENTENCES_BEFORE):
            if hi <= 0:
                break
            lo = sentence_start(text, max(0, hi - 2))
            found = self.body_opening(lo, hi)
            hi = lo
            if found is not None:
                return found, "body"
        return None, "none"

    def body_opening(self, lo: int, hi: int, *, states: bool = False) -> Speaker | None:
        """Return the body that opens the sentence at ``lo`` as the subject of its verb: an
        organization by its name, a government body by its noun and owner, with ``states`` a state
        by its name ("Uruguay strongly condemned")."""
        text = self.doc.text
        opening = _OPENS_SUBJECT.match(text, lo, hi)
        start = opening.end() if opening else lo
        if self.quoted(start):
            return None
        i = bisect.bisect_left(self.org_starts, start)
        if i < len(self.org_starts) and self.org_starts[i] == start:
            _, end, org = self.org_spans[i]
            if org.kind == "organization" and _ACTS.match(text, end):
                return Speaker(name=org.key, key=org.key, kind="organization")
        owned = _OWNED_GOVERNMENT.match(text, start)
        if owned is not None and _ACTS.match(text, owned.end()):
            name = owned.group()
            return Speaker(name=name, key=name.casefold(), kind="organization")
        state = _STATE_SUBJECT.match(text, start, hi) if states else None
        if state is not None and state_named(state["name"]) is not None:
            return Speaker(name=state["name"], key=state["name"], kind="country")
        return None

    def it_relative(self, at: int) -> Result:
        """Return who "it" is in a relative clause of the sentence it stands in, the body or
        state that sentence opens with: "The French government condemned the attacks, which it
        said were “...”"; "Uruguay condemned what it called “...”"."""
        start = sentence_start(self.doc.text, at)
        if not _RELATIVE_END.search(self.doc.text, start, at):
            return None, "none"
        found = self.body_opening(start, at, states=True)
        return (found, "body") if found is not None else (None, "none")

    def government_before(self, at: int) -> Result:
        """Return the government body that the last sentences before ``at`` have speak, when one
        does and no organization is named after it: "The government in Harare said ... “...,” it
        said"; "Sudan's Foreign Ministry welcomed ... “...” reads a statement"; "In its statement,
        Kigali complained ..." (a capital speaks for its country)."""
        text = self.doc.text
        lo = self._sentences_back(at)
        found = [m for m in _GOVERNMENT.finditer(text, lo, at) if not self.quoted(m.start())]
        found = [m for m in found if _opens_clause(text[sentence_start(text, m.start()) : m.start()])]
        if not found:
            return None, "none"
        m = found[-1]
        if any(
            m.end() < o.span.start < at and not self._in_aside(o.span.start)
            for org in self.orgs
            for o in org.mentions
        ):
            return None, "none"  # (an organization named since speaks, not one inside a phrase)
        who = m.group("who")
        country = _capitals().get(who)
        if country is None and who[:1].isupper() and " " not in who:
            return None, "none"  # a lone capitalised word that is no capital
        name = country or who.removeprefix("The ").removeprefix("the ")
        name = name[:1].upper() + name[1:]
        return Speaker(name=name, key=name, kind="organization"), "body"

    def group_before(self, at: int, *, nearest: bool = False, noun: str = "") -> Result:
        """Return who ``they said in a statement`` at ``at`` is: the organization whose members or
        leaders were last spoken of as a group ("The members of the G7 met. The leaders ..."); with
        ``nearest``, only the group spoken of last counts, and only when one organization is named
        with it ("Microsoft's leaders met investors" leaves "the leaders said" to nobody, and so do
        "EU leaders and AU leaders")."""
        text = self.doc.text
        lo = self._sentences_back(at)  # the group is named in the last few sentences
        groups = [g for g in _GROUP.finditer(text, lo, at) if not self.quoted(g.start())]
        if nearest:
            # the last group of the cue's own kind ("the ministers": ministers)
            kinds = ("leader", "head") if noun == "leader" else (noun,)
            groups = [g for g in groups if any(k in g.group().lower() for k in kinds)][-1:]
        for group in reversed(groups):
            start = sentence_start(text, group.start())
            end = text.find(".", group.end(), at)
            end = at if end < 0 else end
            # "the members of the G7", "G7 leaders": the organization nearest to the group noun
            near = [
                (abs(m.span.start - group.start()), org)
                for org in self.orgs
                for m in org.mentions
                if start <= m.span.start < end and not self.quoted(m.span.start)
            ]
            # (two organizations' groups side by side, "EU leaders and AU leaders": neither alone)
            attached = {
                org.key
                for org in self.orgs
                for m in org.mentions
                if start <= m.span.start < end and _GROUP_AFTER_ORG.match(text, m.span.end)
            }
            if nearest and len(attached) > 1:
                return None, "none"
            if near:
                org = min(near, key=lambda n: n[0])[1]
                return Speaker(name=org.key, key=org.key, kind="organization"), "body"
            if group.group("its"):  # "its member countries": the organization named before
                return self.body_before(group.start())
        return None, "none"

    def _sentences_back(self, at: int) -> int:
        """Return where the last few sentences before ``at`` (`W.GROUP_SENTENCES_BEFORE`) start."""
        text = self.doc.text
        lo = sentence_start(text, at)
        for _ in range(W.GROUP_SENTENCES_BEFORE):
            lo = sentence_start(text, max(0, lo - 2))
        return lo

    def _groups_before(self, at: int) -> bool:
        """Return whether the last sentences before ``at`` speak of a group of people ("Farmers'
        leaders met the minister"), whose the cue's group may be."""
        text = self.doc.text
        lo = self._sentences_back(at)
        return any(not self.quoted(g.start()) for g in _GROUP.finditer(text, lo, at))

    def body_before(self, at: int, noun: str = "") -> Result:
        """Return the organization named last before ``at`` (``it said``, ``the mission said``):
        for a noun that names a kind of organization ("the mission", "the bloc"), the last of
        that kind if one was named."""
        found = []
        for org in self.orgs:
            # (a word of its name: "the mission" is no "Commission")
            if not noun or noun in _GENERIC or _word_at((org.full_name or org.name).lower(), noun):
                found += [(m.span.start, org) for m in org.mentions if m.span.start < at]
        kind = _NOUN_KINDS.get(noun)
        if kind is not None:
            of_kind = [(p, o) for p, o in found if _kind_of(o) == kind]
            if not of_kind and kind == "mission":
                owner = self._owner_of_noun(at, noun)
                if owner is not None:
                    return Speaker(name=owner.key, key=owner.key, kind="organization"), "body"
            found = of_kind or found
        if noun in _GENERIC:
            # "NATO and the EU met. “...,” the alliance said": the one whose name says what it is
            # ("North Atlantic Alliance"), when one's does
            found = [(p, o) for p, o in found if noun in _names_of(o)] or found
        # the last one named outside quotation marks
        best_pos, best = max(
            ((p, o) for p, o in found if not self.quoted(p)), key=lambda x: x[0], default=(-1, None)
        )
        if best is None:
            return body_in_text(self.doc.text, at, skip=self.quoted)
        if not noun:  # "Brazil’s Foreign Ministry said ... “...,” it said": the body named last
            # (from the body's own first letter: "SADC Secretariat", never "ADC Secretariat")
            nearer = body_in_text(self.doc.text, at, after=best_pos - 1, skip=self.quoted)
            if nearer[0] is not None:
                return nearer
        return Speaker(name=best.key, key=best.key, kind="organization"), "body"

    def _owner_of_noun(self, at: int, noun: str) -> Entity | None:
        """Return whose ``noun`` ("mission") is when no body of that kind is named: the organization
        named last before that noun in a sentence that has both, the latest such sentence before
        ``at`` ("Comesa has deployed an observer mission", "the AU observer mission")."""
        text = self.doc.text
        for m in reversed(list(re.finditer(rf"\b{re.escape(noun)}\b", text[:at], re.IGNORECASE))):
            if self.quoted(m.start()):
                continue
            lo = sentence_start(text, m.start())
            before = [
                (mention.span.start, org)
                for org in self.orgs
                for mention in org.mentions
                if lo <= mention.span.start < m.start() and not self.quoted(mention.span.start)
            ]
            if before:
                return max(before, key=lambda e: e[0])[1]
        return None

    def summit_owner(self, at: int) -> Entity | None:
        """Return the organization whose summit the last summit named before ``at`` is: named right
        before the word ("the SADC Troika summit", "the EAC Heads of State Summit", "the regional
        bloc's troika summit") or right after it ("the summit of the AU"); a summit said again
        ("attended the summit") is the one named before it; None for a summit of its own name
        ("the Africa Climate Summit") or of nobody named."""
        text = self.doc.text
        for m in reversed(list(_SUMMIT.finditer(text, 0, at))):
            if self.quoted(m.start()):
                continue
            for start, end, org in self.org_spans:
                if (
                    0 <= m.start() - end <= W.SUMMIT_OWNER and _OWNS_SUMMIT.fullmatch(text, end, m.start())
                ) or (0 <= start - m.end() <= W.SUMMIT_OWNER and _SUMMIT_OF.fullmatch(text, m.end(), start)):
                    return org
            if _REFERENCE_OWNS_SUMMIT.search(text, max(0, m.start() - 2 * W.SUMMIT_OWNER), m.start()):
                # "the regional bloc's extraordinary troika summit": of the organization named before
                i = bisect.bisect_left(self.org_starts, m.start())
                return self.org_spans[i - 1][2] if i else None
            if text[m.start()].isupper() and _NAMED_SUMMIT.search(text, max(0, m.start() - 40), m.start()):
                return None  # "the Africa Climate Summit": a summit of its own name
        return None

    def government_noun_before(self, at: int, noun: str) -> Result:
        """Return the government body an anaphor ("the junta", "the presidency") stands for: the last
        mention of its noun before ``at`` with what makes it one ("The Kenyan presidency", "the junta
        in Conakry"), as written; nobody when that mention has no such words ("The junta rejected
        it") or when the noun was not mentioned before."""
        text = self.doc.text
        pattern = _GOVERNMENT_MENTION.get(noun)
        if pattern is None:
            pattern = _GOVERNMENT_MENTION[noun] = re.compile(
                r"(?P<owner>(?:[A-Z][\w’'-]*\s+){1,3}(?:[a-z][\w-]*\s+)?)?(?i:"
                + re.escape(noun)
                + r")\b(?P<seat>\s+in\s+[A-Z][\w-]+)?"
            )
        last = None
        for m in pattern.finditer(text, max(0, at - W.BODY_NAMED_BEFORE), at):
            if not self.quoted(m.start()):
                last = m
        if last is None:
            return None, "none"
        owner = (last.group("owner") or "").split()
        owner = [w for w in owner if w not in ("The", "the")]
        if not owner and not last.group("seat"):
            return None, "none"  # "The junta rejected the decision": a body the article does not name
        name = last.group().strip()
        name = name.removeprefix("The ").removeprefix("the ")
        return Speaker(name=name, key=name.casefold(), kind="organization"), "body"

    def government_of_subject(self, at: int, phrase: str) -> Result:
        """Return whose ``phrase`` ("the energy ministry", "the presidency") is when the article never
        says whose: the country the article is about, the one named most before ``at`` outside
        quotation marks and not as a place ("in France", "from Moscow"), at least twice and twice
        as often as any other ("Kazakhstan raised its output ... “...,” the energy ministry said"
        is Kazakhstan's); nobody's for a junta or an army, which an article names when it means
        them."""
        if phrase.split()[-1].lower() not in _CIVIL_GOVERNMENT_NOUNS:
            return None, "none"
        text = self.doc.text
        counts = sorted(
            (
                (
                    sum(
                        1
                        for m in c.mentions
                        if m.span.start < at
                        and not self.quoted(m.span.start)
                        and not _PLACE_BEFORE.search(text, max(0, m.span.start - 6), m.span.start)
                    ),
                    c.name,
                )
                for c in self.countries
            ),
            reverse=True,
        )
        if not counts or counts[0][0] < _SUBJECT_COUNTRY_MENTIONS:
            return None, "none"
        if len(counts) > 1 and counts[0][0] < 2 * counts[1][0]:
            return None, "none"  # another country spoken of nearly as much: whose it is is not known
        noun = " ".join(w for w in phrase.split() if w.lower() not in ("the", "its", "their"))
        country = counts[0][1]
        name = f"{country}' {noun}" if country.endswith("s") else f"{country}'s {noun}"
        return Speaker(name=name, key=name.casefold(), kind="organization"), "body"

    def body_named_before(self, at: int, *, but: str) -> Result:
        """Return the organization named last before ``at`` outside quotation marks, other than ``but``."""
        found = [
            (m.span.start, org)
            for org in self.orgs
            if org.key != but
            for m in org.mentions
            if m.span.start < at and not self.quoted(m.span.start)
        ]
        if not found:
            return None, "none"
        org = max(found, key=lambda f: f[0])[1]
        return Speaker(name=org.key, key=org.key, kind="organization"), "body"

    def body_named_most(self, at: int) -> Result:
        """Return the organization named most often before ``at`` (the last named of those tied)."""
        counts = [
            (sum(1 for m in org.mentions if m.span.start < at), max(m.span.start for m in org.mentions), org)
            for org in self.orgs
            if any(m.span.start < at for m in org.mentions)
        ]
        if not counts:
            return self.body_before(at)
        best = max(counts, key=lambda c: (c[0], c[1]))[2]
        return Speaker(name=best.key, key=best.key, kind="organization"), "body"

    def others_between(self, lo: int, hi: int, name: str) -> bool:
        """Return whether a person other than ``name`` is named in ``text[lo:hi]``."""
        i, j = bisect.bisect_left(self.event_pos, lo), bisect.bisect_left(self.event_pos, hi)
        return any(person.name != name for _, person in self.events[i:j])

    def quoted(self, pos: int) -> bool:
        """Return whether ``pos`` is inside quotation marks opened in its paragraph (a name a
        speaker says is no antecedent of "it said")."""
        text = self.doc.text
        lo = self.doc.paragraphs[self.doc.paragraph_at(pos)].start
        # an odd number of double marks before it, however they are mixed (“...": copy that opens
        # curly and closes straight)
        return (text.count("“", lo, pos) + text.count("”", lo, pos) + text.count('"', lo, pos)) % 2 == 1

    def subject_before(self, at: int, *, after: int = 0) -> Speaker | None:
        """Return the person a narrative sentence just before ``at`` is about (same or last paragraph,
        named after ``after``): its first person who is not in a phrase ("for Hillary Clinton",
        "Mrs. Clinton's remark") when it has one."""
        para = self.doc.paragraph_at(at)
        lo = max(after, self.doc.paragraphs[max(0, para - 1)].start)
        first, last = bisect.bisect_left(self.event_pos, lo), bisect.bisect_left(self.event_pos, at)
        subjects = {s for s in self.event_pos[first:last] if subject_like(self.doc.text, s)}
        best = self.nearest(at, lambda p: True, self, subject=True, at_prefer=subjects.__contains__)
        if best is None or not any(lo <= m.span.start < at for m in best.mentions):
            return None
        return self.person(best)

    def reporter_before(self, at: int) -> Result:
        """Return who the sentence right before a quotation with no cue reports, by a pronoun:
        ``Although he did not go into details, he said this was done.`` / ``According to her,
        ...``, or by a name reporting what it said ``..., CARICOM said in a statement that ...``,
        then the quotation's paragraph. Other names are `subject_before`'s."""
        text = self.doc.text
        end = at
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == 0:
            return None, "none"
        start = sentence_start(text, end - 1)
        if text.count("“", start, end) + text.count('"', start, end) + text.count("”", start, end):
            return None, "none"  # a sentence that quotes is a quotation's, not a report
        while start < end and text[start].isspace():
            start += 1
        for m in _REPORTS.finditer(text, start, end):
            # the sentence's subject, or a clause's after a comma ("Although he ..., he said")
            if m.start() == start or text[m.start() - 2 : m.start()] in (", ", "; "):
                who = "who" if m.group("who") else "who2" if m.group("who2") else "who3"
                return self._resolve(m.group(who), m.start(who))
        return None, "none"

    @cached_property
    def event_genders(self) -> list[str]:
        """The gender of each event's person ('m', 'f' or '')."""
        gender = self.gender
        return [gender.get(p.key, "") for _, p in self.events]

    @cached_property
    def event_roles(self) -> list[str]:
        """The lowercased role of each event's person ('' without one)."""
        return [(p.role or "").lower() for _, p in self.events]

    def pronoun(self, gender: str, at: int) -> Result:
        """Return the person a pronoun of ``gender`` stands for: the first person of the nearest
        earlier sentence naming one who may have that gender, one who has it first."""
        genders, text = self.event_genders, self.doc.text
        fits = ("", gender) if gender else ("", "m", "f")  # no gender: a description fits anyone
        i = bisect.bisect_left(self.event_pos, at) - 1
        fallback = None
        # the same pronoun as an earlier cue's subject ("“...,” he said, noting ... her. He met
        # X ... “...,” he said."): once the walk back reaches that cue's sentence, the pronoun
        # goes on standing for the one that cue resolved to
        chain = next((c for c in reversed(self.pronoun_cues) if c[0] < at and c[1] == gender), None)
        own = sentence_start(text, at)
        described = self._role_subject_before(own, i, gender)
        if described is not None:
            return described
        while True:
            # a name inside quotation marks is one a speaker says, no antecedent of the pronoun
            while i >= 0 and (genders[i] not in fits or self.quoted(self.event_pos[i])):
                i -= 1
            if i < 0:
                break
            s = sentence_start(text, self.events[i][0])
            if chain is not None and chain[0] >= s:
                return chain[2]
            j = i
            while j > 0 and self.events[j - 1][0] >= s:
                j -= 1
            here = [k for k in range(j, i + 1) if genders[k] in fits and not self.quoted(self.event_pos[k])]
            # the sentence's subject, not a name after a preposition ("In talks with X, Y said")
            subjects = [k for k in here if subject_like(text, self.event_pos[k])]
            if not subjects and s == own:
                # "Regarding the attendance of President X at the summit, he stated": a name in a
                # phrase fronted in the pronoun's own sentence is not who the pronoun is
                i = j - 1
                continue
            subjects = subjects or here
            preferred = [k for k in subjects if genders[k] == gender]
            found = (preferred or subjects)[0]
            # (a pronoun opening a sentence inside a quotation is the speaker's, not the narrative's)
            subject = _PRONOUN_SUBJECT.get(gender)
            opens = subject.match(text, s) if subject is not None else None
            # (a name in the adverbial is no object: "Smith, he said, was right")
            if opens is None or self.quoted(s) or (opens["lead"] and self.events[j][0] < opens.end()):
                return self.person(self.events[found][1]), "pronoun"
            # "He met X. “...,” he said.": the people of a sentence whose subject is the
            # same pronoun are its objects; the pronoun goes on standing for the one before
            fallback = found if fallback is None else fallback
            i = j - 1
        if chain is not None:
            return chain[2]
        if fallback is None:
            return None, "none"
        return self.person(self.events[fallback][1]), "pronoun"

    def _role_subject_before(self, own: int, last_event: int, gender: str) -> Result | None:
        """Return whom the sentence before a pronoun's own sentence opens with, when it is a role
        ("The Australian Prime Minister said ... “...,” he said") held by someone named before,
        and nobody is named since; else None."""
        text = self.doc.text
        while own > 0 and text[own - 1] != "\n" and self.quoted(own):
            own = sentence_start(text, own - 1)  # a quotation's sentences are one with its cue's
        if own == 0 or text[own - 1] == "\n":
            return None  # the pronoun's sentence opens its paragraph
        before = sentence_start(text, own - 1)
        if last_event >= 0 and self.event_pos[last_event] >= before:
            return None  # someone is named since
        m = _ROLE_OPENING.match(text, before)
        if m is None or not _SAID_AFTER_ROLE.match(text, m.end()):
            return None
        if last_role(text[m.end() : own]) is not None:
            return None  # another role in the sentence ("was criticised by the opposition leader")
        role = last_role(m.group())
        wanted, qualifiers = role_match.terms(m.group(), role.group(1).lower() if role else "")
        holders = {
            p.key
            for (_, p), role in zip(self.events, self.event_roles, strict=True)
            if role
            and role_match.holds(role, wanted)
            and (not qualifiers or role_match.qualified(p, qualifiers))
        }
        if len(holders) != 1:
            return None  # nobody, or several, hold that role: the pronoun walk decides
        found = self.by_role(m.group(), before)
        if found[0] is None or self.gender.get(found[0].key, "") not in ("", gender):
            return None
        return found

    def nearest_role(
        self,
        at: int,
        wanted: set[str] | frozenset[str],
        qualifiers: list[str] | None = None,
        *,
        domain: tuple[str, ...] = (),
    ) -> Entity | None:
        """Return the person named last before ``at`` whose role holds one of the ``wanted`` nouns
        and every word of its ``domain`` (with ``qualifiers``, the last such person whose role or
        affiliation holds one of them): one holding that very office first ("the minister" is the
        foreign minister named before the prime minister, or else the prime minister)."""
        roles = self.event_roles
        last = bisect.bisect_left(self.event_pos, at) - 1
        # (an acronym as a word before an acronym it opens: "the UN chief" is the UN
        # Secretary-General before the UNHCR chief)
        for prefix in (False, True) if qualifiers else (False,):
            for strict in (True, False):
                for i in range(last, -1, -1):
                    role = roles[i]
                    if (
                        role
                        and role_match.holds(role, wanted, strict=strict)
                        and role_match.in_fields(self.events[i][1].role or "", domain)
                    ):
                        person = self.events[i][1]
                        if not qualifiers or role_match.qualified(person, qualifiers, prefix=prefix):
                            return person
        return None

    def former_before(self, person: Entity) -> bool:
        """Return whether a person's role is said before a name of theirs to be a past one
        ("Former Veldorian President Lena Marsh", whose role reads "Veldorian President")."""
        text = self.doc.text
        return any(
            _FORMER_BEFORE.search(text, max(0, m.span.start - W.ROLE_BEFORE_NAME), m.span.start)
            for m in person.mentions
        )

    def first_named_after(self, at: int) -> Entity | None:
        """Return the first person named after ``at``, outside quotation marks, in its paragraph
        or the next one."""
        paragraph = self.doc.paragraph_at(at)
        for pos, person in self.events[bisect.bisect_left(self.event_pos, at) :]:
            if self.doc.paragraph_at(pos) > paragraph + 1:
                return None
            if not self.quoted(pos):
                return person
        return None

    def speaks_quoted(self, person: Entity, at: int) -> bool:
        """Return whether the first name of ``person`` after ``at`` is the subject of a verb that
        goes on with a voice, in a sentence holding a quotation mark ("“...,” Abdel Fattah El-Sisi
        added"): the one heard before, named now."""
        text = self.doc.text
        m = next((m for m in person.mentions if m.span.start > at), None)
        if m is None or not _SPEECH_AFTER_NAME.match(text, m.span.end):
            return False
        start = sentence_start(text, m.span.start)
        return any(c in _QUOTE_MARKS for c in text[start : m.span.start])

    def role_named_after(
        self,
        at: int,
        wanted: set[str] | frozenset[str],
        qualifiers: list[str],
        *,
        domain: tuple[str, ...] = (),
    ) -> Entity | None:
        """Return the person first named after ``at`` who holds one of the ``wanted`` roles with
        one of the ``qualifiers`` (and its ``domain``), when that person is the only one of the
        article who does and holds it now (not "former")."""
        holders = {
            person.key: (pos, person)
            for pos, person in reversed(self.events)
            if person.role
            and role_match.holds(person.role.lower(), wanted, strict=True)
            and role_match.in_fields(person.role, domain)
            and role_match.of_country(person.role, qualifiers)
            and not former_role(person.role)
            and not self.former_before(person)
        }
        if len(holders) != 1:
            return None
        pos, person = next(iter(holders.values()))
        return person if pos > at else None

    def nearest(
        self, at: int, fits, _self=None, subject: bool = False, prefer=None, at_prefer=None
    ) -> Entity | None:
        """Return the fitting person of the nearest earlier sentence naming one (its first, or its
        first ``prefer``-red person, or the first named where ``at_prefer`` holds); a name inside
        quotation marks is one a speaker says, never the one a sentence is about."""
        i = bisect.bisect_left(self.event_pos, at) - 1
        while i >= 0:
            pos, person = self.events[i]
            if fits(person) and not self.quoted(pos):
                if not subject:
                    return person
                s = sentence_start(self.doc.text, pos)
                j = i
                while j > 0 and self.events[j - 1][0] >= s:
                    j -= 1
                named = [(q, p) for q, p in self.events[j : i + 1] if fits(p) and not self.quoted(q)]
                here = [p for _, p in named]
                preferred = [p for p in here if prefer is not None and prefer(p)]
                if at_prefer is not None:
                    preferred = [p for q, p in named if at_prefer(q)]
                return (preferred or here)[0]
            i -= 1
        return None


_DOCUMENTS = frozenset(lx.DOCUMENT_NOUNS)
_DOCUMENT_RE = re.compile(
    r"\b(?:(?:earlier|previous|separate)\s+)?"
    r"(?:statement|communiqu[eé]|press release|message|letter|declaration)\b"
)
# every match of _DOCUMENT_RE holds one
_DOCUMENT_WORDS = ("statement", "communiqu", "press release", "message", "letter", "declaration")
# "they said in a (joint) statement": a group speaks through a document
_IN_STATEMENT = re.compile(
    r"they\s+(?:\w+\s+)?(?:said|stated|added|wrote)\s+in\s+(?:a|their)\s+(?:joint\s+)?(?:statement|communiqu)"
)
# a cue subject that is a group of an organization's people: "the leaders", "the heads of state"
_GROUP_SUBJECT = re.compile(
    r"(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:leaders|heads\s+of\s+state(?:\s+and\s+government)?|"
    r"(?:foreign\s+|defen[cs]e\s+)?ministers|member\s+(?:states|countries|nations))",
    re.I,
)
# ... speaking through a document: "the heads of state said in a communiqué"
_GROUP_IN_DOCUMENT = re.compile(
    _GROUP_SUBJECT.pattern
    + r"\s+(?:[a-z]+\s+)?(?:said|stated|added|wrote|declared)\s+in\s+(?:a|an|the|their)\s+"
    r"(?:[\w-]+\s+)?(?:statement|communiqu|declaration)",
    re.I,
)
# a group noun right after an organization's name: its own ("EU leaders", "AU foreign ministers")
_GROUP_AFTER_ORG = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:leaders|ministers|heads|members)\b")
# members or leaders of an organization spoken of as a group
_GROUP = re.compile(
    r"(?P<its>\b(?:its|their)\s+)?\b(?:members|member\s+(?:countries|states|nations)|leaders|(?:foreign\s+)?ministers"
    r"|heads\s+of\s+state)\b",
    re.I,
)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def anonymous(cue: str) -> bool:
    """Return whether a cue keeps its speaker unnamed ("the official, who spoke on condition of
    anonymity, said"), whoever its subject could otherwise be taken for."""
    return _ANONYMOUS.search(cue) is not None


# an aside that keeps the speaker unnamed
_ANONYMOUS = re.compile(
    r"\b(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously|asked\s+not\s+to\s+be\s+(?:named|identified)|"
    r"declined\s+to\s+be\s+(?:named|identified)|(?:was|were)\s+not\s+authori[sz]ed\s+to\s+speak)\b"
)
# a role phrase that points at someone known: "the Armenian prime minister", "NATO's secretary
# general" (not "a minister")
_DETERMINED_ROLE = re.compile(r"(?:[Tt]he\s|[A-Z][\w.-]*['’]s\s)")
# the words of a post no longer held
_PAST_POST = r"(?:former|ex-|onetime|erstwhile)"
_FORMER = re.compile(rf"(?:an?\s+|the\s+)?{_PAST_POST}\b", re.I)
# a past post right before a name: "former Foreign Minister ", "ex-President ", "the late President "
_FORMER_BEFORE = re.compile(rf"\b(?:{_PAST_POST}|late)\s*(?:[\w.’'-]+\s+){{0,4}}$", re.I)
# "the Egyptian president", "the Kenyan foreign minister": a role and the country it is of, no more
_BARE_QUALIFIED_ROLE = re.compile(
    r"[Tt]he\s+(?:[A-Z][\w-]*\s+){1,2}(?:[a-z-]+\s+)?[a-z]+(?:-(?!elect\b)[a-z]+)?"
)
# what an interview's medium did with it: "[the newspaper X,] published on Wednesday,"
_MEDIUM_ASIDE = re.compile(r"\s+(?:published|aired|broadcast|released|posted)\b")
# a verb that goes on with a voice already heard ("...,” X added"), not one that opens another
_SPEECH_AFTER_NAME = re.compile(r"\s+(?:added|adds|continued|went\s+on)\b")
_QUOTE_MARKS = frozenset('“”"')


def former_role(role: str) -> bool:
    """Return whether a role is one the person no longer holds ("a former Dutch prime minister")."""
    return _FORMER.match(role) is not None


# what follows a name and a comma when the name is a person's: an age, or where the person is from
_AGE_OR_HOME = re.compile(r"\s*(?:\d{1,3}\s*,|of\s+[A-Z]|from\s+[A-Z])")
# "sent a letter to the NAACP board": the one a document is addressed to (blanked out)
_RECIPIENT = re.compile(r"\b(?:addressed\s+)?to\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*")
_EARLIER = re.compile(r"^(?:earlier|previous|separate)\b")
_BY = re.compile(r"\s+(?:\w+\s+){0,3}?(?:issued\s+|released\s+)?(?:by|from)\s+(?P<who>)")
# a document its owner issued: "Ruto’s message", "the ministry's statement"
_OWNED_DOCUMENT = re.compile(r"(?P<owner>.+?)['’]s\s+(?:[\w-]+\s+){0,2}[\w-]+$")
_ISSUED_BY = re.compile(
    r"\b(?:statement|communiqu[eé]|release|message|letter)\s+(?:\w+\s+){0,2}?(?:by|from)\s+(?P<who>[^.;]+?)"
    # (an aside on how it was sent is not the issuer: "a letter from X to Y, sent on Friday,")
    r"(?:\s*,\s*(?:sent|released|issued|dated|published|signed|posted|delivered|addressed)\b[^.;]*)?$",
    re.I,
)
# a joint document and who made it public: "the joint statement released by", "the joint
# declaration, published by"
_MADE_PUBLIC = re.compile(
    r"\bjoint\s+(?P<document>statement|communiqu[eé]|declaration)\s*,?\s+(?:\w+\s+)?"
    r"(?:released|published|issued|posted|circulated|shared|distributed)\s+(?:\w+\s+)?(?:by|from)\s+$",
    re.I,
)
# whom a document is sent to, after its issuer: "a letter from Human Rights Watch to Otieno"
_SENT_TO = re.compile(r"\s+(?:addressed\s+)?to\s+", re.I)


# a body with its owner: "Russia's foreign ministry", "the Nigerien Foreign Ministry"
_OWNED_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?P<body>(?!(?:The|Its|Their|This|That)\b)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:['’]s)?(?:\s+[\w-]+){1,3})"
)


def _after_last_comma(phrase: str, at: int) -> tuple[str, int]:
    """Return the words of a subject ``phrase`` (at offset ``at``) after its last comma, and where
    they start."""
    before, _, tail = phrase.rpartition(",")
    return tail, at + len(before) + 1 + len(tail) - len(tail.lstrip())


def _bare_principal(principal: str, *, determined: bool) -> str:
    """Return the name of whom an agent acts for, without "the" and the titles before it
    ("Governor Anyang" -> "Anyang"). After a determiner the whole phrase is the principal, and a
    role in it is theirs ("the spokesman for Somali President Hassan Sheikh Mohamud"; "" when only
    a role is left, "the President"); with none, the agent's title stands before the agent's own
    name ("Spokesman for the Secretary-General Stéphane Dujarric")."""
    words = principal.strip().removeprefix("the ").split()
    if not determined:
        while words and words[0] in lx.PERSON_TITLES:
            words = words[1:]
        return " ".join(words)
    for i in range(len(words) - 1, -1, -1):
        if words[i] in lx.PERSON_TITLES or words[i].lower() in lx.ROLE_NOUNS:
            return " ".join(words[i + 1 :])
    return " ".join(words)


def _titled_word(word: str) -> bool:
    """Return whether a word of a role is capitalised and no title or role noun itself
    ("Kremlin" in "Kremlin spokesman", not "Spokesperson")."""
    return word[:1].isupper() and word not in lx.PERSON_TITLES and word.lower() not in lx.ROLE_NOUNS


# a subject named in full after "the", every word capitalised: "the Russian Foreign Ministry"
_DEFINITE_NAME = re.compile(r"[Tt]he(?:\s+[A-Z][\w’'.-]*){1,6}")


def _unnamed(subject: str) -> bool:
    """Return whether a subject is someone unnamed: "a Western diplomat", "sources"."""
    words = subject.split()
    return bool(words) and (
        _INDEFINITE.match(words[0]) is not None or words[-1].lower() in lx.ANONYMOUS_NOUNS
    )


def _word_at(low: str, word: str) -> re.Match[str] | None:
    """Return where ``word`` first stands as a whole word in ``low``."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", low)


_THE_NAME = re.compile(r"[Tt]he\s+([A-Z][a-z]+)")
# a body's own name: capitalised words ending with a body's noun ("the Irish Defence Forces"),
# or with its noun and what it is of ("Thailand's Ministry of Foreign Affairs")
_BODY_TITLE = (
    r"(?:Forces|Ministry|Council|Commission|Office|Agency|Secretariat|Army|Police|Parliament|Senate|"
    r"Assembly|Committee|Authority|Department|Navy|Presidency|Centers?|Centres?|Service|Institute|Bureau|Board)"
)
# ("for": "Institute for Fiscal Studies", "Centers for Disease Control and Prevention")
_OF_TITLED = (
    r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)?(?![\w’'-])"
)
_TITLED_BODY = re.compile(
    # (after what it is described by: "the Miami-based National Hurricane Center")
    rf"(?:[Tt]he\s+)?(?:[\w’'-]+-(?:based|run|led|backed)\s+)?(?P<name>(?:[A-Z][\w.’'-]*\s+){{1,4}}{_BODY_TITLE}(?:{_OF_TITLED})?"
    rf"|{_BODY_TITLE}{_OF_TITLED})"
)
# what a body's name says it is of, before the capitalised words that say what ("Ministry of")
_BODY_OF = re.compile(rf"\b{_BODY_TITLE}\s+of\s+(?:the\s+)?$")


def _titled_name(phrase: str, name: str) -> bool:
    """Return whether a name in ``phrase`` follows a title or a role noun ("Commissioner Douglas
    Kanja"), unlike the last words of a body's name ("Institute for Fiscal Studies")."""
    at = phrase.find(name.split()[0])
    before = phrase[:at].split()
    return bool(before) and (before[-1] in lx.PERSON_TITLES or before[-1].lower() in lx.ROLE_NOUNS)


def _not_body(word: str) -> bool:
    """Return whether a capitalised word after "the" is a title or a common word, not a body."""
    return word in lx.PERSON_TITLES or word in lx.NOT_NAME_WORDS or word.lower() in lx.ROLE_NOUNS


# a sentence whose subject is a pronoun, after an opening adverbial or not ("He met", "Furthermore,
# he appreciated", "On Monday, she flew"); the ``lead`` group holds the adverbial
_LEAD = r"(?P<lead>[A-Z][a-z]+(?:\s+[\w-]+){0,4})"
_PRONOUN_SUBJECT = {
    gender: re.compile(rf"\s*[“\"]?(?:{word.capitalize()}|{_LEAD},\s+{word})\s")
    for word, gender in lx.SUBJECT_PRONOUNS.items()
}
_PERSONAL = lx.FORMS_OF_ADDRESS
# a body speaking in a sentence of reported speech: "the AU said it was reviewing ..."
_BODY_SAID = re.compile(
    r"\)?\s+(?:also\s+|has\s+|had\s+|on\s+\w+\s+)?(?:said|says|stated|announced|warned|declared)\b"
)
# what may stand before a sentence's subject: "However, the", "On Monday, the"
_OPENS_SUBJECT = re.compile(
    r"\W*(?:(?:However|But|Meanwhile|Earlier|Later|On\s+\w+|In\s+\w+),?\s+)?(?:[Tt]he\s+)?"
)
# a state by its name opening a sentence as the subject of its verb ("Uruguay strongly condemned")
_STATE_SUBJECT = re.compile(r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?:\s+[a-z]+ly)?\s+[a-z]+ed\b")
# a report by a pronoun opening its sentence or clause: "he said", "she told reporters",
# "according to him"
_REPORTS = re.compile(
    r"\b(?:(?P<who>[Hh]e|[Ss]he)\s+(?:also\s+|further\s+|then\s+)?(?:"
    + SPEECH_VERB_PATTERN
    + r")\b|[Aa]ccording\s+to\s+(?P<who2>him|her)\b"
    # "CARICOM said in a statement that ...": a name, reporting in a document or in a clause
    r"|(?P<who3>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)\s+(?:also\s+)?(?:said|stated|announced)\s+"
    r"(?:in\s+(?:a|its|their|the)\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|press\s+release)\s+)?that\b)"
)
# a phrase set between a subject and its verb: "X during a meeting with Y on Thursday agreed"
_PHRASE_AFTER_SUBJECT = re.compile(
    r",?\s+(?:during|with|alongside|after|before|following|at|in|on|while|from)\s+(?:an?|the|his|her|their|its)\b"
)
# a speech verb right after a role that opens a sentence
_SAID_AFTER_ROLE = re.compile(r"\s+(?:also\s+)?(?:" + SPEECH_VERB_PATTERN + r")\b")
# a sentence whose subject is a role: "The Australian Prime Minister said", "The minister added"
_ROLE_OPENING = re.compile(
    r"\W{0,2}[Tt]he\s+(?:[A-Z][\w’'-]*\s+){0,3}?(?i:" + _ROLES + r")\b(?!['’]s|\s+of\b)"
)
# the relative word a pronoun subject follows in a clause of its sentence: "which it said"
_RELATIVE_END = re.compile(r"\b(?:which|that|what)\s+$")
_BODY_NOUN_WORDS = frozenset(n for n in lx.BODY_NOUNS if " " not in n)
# bodies of a state's government, named by their noun and what owns them ("the Kenyan presidency")
# the mentions that make a country the one an article is about, for its unnamed government bodies
_SUBJECT_COUNTRY_MENTIONS = 2
# the bodies of a government an article may leave unowned ("the ministry said"), and a
# preposition that makes a country's mention a place ("in France", "from Moscow")
_CIVIL_GOVERNMENT_NOUNS = frozenset(["ministry", "presidency", "government", "cabinet"])
_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|at|into|across|near|via)\s+(?:the\s+)?$", re.IGNORECASE)
_GOVERNMENT_NOUNS = frozenset(
    [
        *("government", "ministry", "foreign ministry", "presidency", "cabinet", "junta", "military"),
        *("army", "press service", "press office"),
    ]
)
_GOVERNMENT_MENTION: dict[str, re.Pattern[str]] = {}
# a document's release by or at a body's meeting, the body's name next: "released after the 58th
# [ASEAN ...]", "issued by the [AU]", "adopted at the end of the [SADC] summit"
_RELEASED_AT = re.compile(
    r",\s+(?:released|issued|adopted|published)\s+(?:(?:late|early)\s+)?(?:on\s+[A-Z][a-z]+\s+)?"
    r"(?:by|at|after|following|during)\s+(?:the\s+(?:close|end|conclusion)\s+of\s+)?"
    r"(?:(?:the|a|an)\s+)?(?:(?!(?:with|to|from|by|of|and|between)\b)[\w’'-]+\s+){0,2}$"
)
# an aside after a subject, set off by commas: a participle or a relative clause ("released
# after the meeting", "speaking in Abuja", "who was visiting Mali")
_ASIDE = re.compile(
    r"\s+(?:who|whose|which|[a-z]{2,}ing|[a-z]{2,}ed|sent|written|made|read|seen|given|held|shown)\s+\S"
)
# a verb after a sentence's subject (past tense, or an auxiliary): "ECOWAS rejected", not
# "ECOWAS leaders met"
_ACTS = re.compile(r"\s+(?:(?:also|later|then|has|had|was|is|will|would|on\s+\w+day)\b|[a-z]+ed\b)")
# a government body with what makes it one, opening a sentence: "Myanmar's foreign ministry",
# "Nigeria’s military junta", "the junta in Niamey", "the Kenyan presidency"
_GOVERNMENT_NOUN = "|".join(sorted(_GOVERNMENT_NOUNS, key=len, reverse=True))
_OWNED_GOVERNMENT = re.compile(
    rf"(?:[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+)?(?:{_GOVERNMENT_NOUN})"
    rf"|(?:[A-Z][\w-]*\s+)(?:[a-z][\w-]*\s+)?(?:{_GOVERNMENT_NOUN})"
    rf"|(?:[a-z][\w-]*\s+)?(?:{_GOVERNMENT_NOUN})\s+in\s+[A-Z][\w-]+)\b"
)
_GENERIC = (
    "organization",
    "organisation",
    "body",
    "bloc",
    "alliance",
    "group",
    "grouping",
    "mission",
    "force",
)
# an organ of an organization named by its generic noun: "the bloc's council of ministers"
_ORGAN_OF = re.compile(
    r"(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+)?(?P<noun>organi[sz]ation|bloc|alliance|grouping)['’]s\s+"
    r"(?:[a-z][\w-]*\s+)?(?:committee|council|commission|secretariat|assembly|parliament|board)"
    r"(?:\s+of\s+(?:ministers|foreign\s+ministers|heads\s+of\s+state(?:\s+and\s+government)?))?"
)
# the kind of organization (`reference` kinds) a generic noun stands for
_NOUN_KINDS = {
    "mission": "mission",
    "force": "mission",
    "bloc": "states",
    "alliance": "states",
    "grouping": "states",
}
_MISSION_NAME = re.compile(r"\b(?:Mission|Force|Operation)\b")


@cache
def _national() -> re.Pattern[str]:
    """Return the pattern of "the Dutchman", "the 64-year-old Kenyan": a person described by the
    country they are from (a demonym as a noun only with a noun's ending: not "the French")."""
    nouns = [*lx.NATIONALITY_NOUNS, *(d for d in _demonyms() if d.endswith(("an", "i")))]
    return re.compile(r"[Tt]he\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>" + alternation(nouns) + r")")


@cache
def _demonyms() -> frozenset[str]:
    """Return the demonyms of the reference countries ("Peruvian")."""
    return frozenset(d for ref in load_countries().values() for d in ref.demonyms)


def _names_of(org: Entity) -> str:
    """Return every name of an organization, lower-cased: its own, its full name, the spellings
    the article uses and those the reference data knows."""
    ref = load_organizations().get(org.key)
    names = (org.name, org.full_name or "", *org.aliases, *(ref.variants if ref else ()))
    return " | ".join(names).lower()


def _kind_of(org: Entity) -> str | None:
    """Return an organization's kind in the reference data; for one the text alone defines,
    "mission" when its name says so."""
    ref = load_organizations().get(org.key)
    if ref is not None:
        return ref.kind
    return "mission" if _MISSION_NAME.search(org.full_name or org.name) else None


def last_role(phrase: str) -> re.Match[str] | None:
    """Return the last role noun of ``phrase`` (ASCII phrases without one skip the regex)."""
    if phrase.isascii() and _ROLE_FIRSTS.isdisjoint(_LOWER_WORD.findall(phrase.lower())):
        return None
    found = list(_ROLE_RE.finditer(phrase))
    return found[-1] if found else None


def _acronym(token: str) -> bool:
    """Return whether a token is an acronym (``UN``), not an initial (``P.``, ``N``)."""
    return token.isupper() and len(token.rstrip(".")) > 1


def _plural(phrase: str, end: int) -> bool:
    return phrase[end : end + 1] == "s"
