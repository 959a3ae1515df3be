"""Resolve the subject of a speech cue (``he``, ``the CSTO chief``, ``UNIFIL``) to a speaker.

Pronouns go to the nearest earlier sentence that names a fitting person (its
first such person, the sentence's likely subject); role nouns go to the person
introduced with that role; bodies go to the organization named. Anything
else stays unresolved: a speaker is never guessed.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from ...records import Speaker
from .. import lexicon as lx
from ..alternation import alternation
from ..countries import state_named
from ..people.affiliation import country_word
from ..textscan import sentence_start
from .attribution import DESCRIBED_PERSON, PARTY, SPEECH_VERB_PATTERN
from .speaker_bodies import TITLED_BODY, country_demonyms
from .speaker_documents import DocumentResolver
from .speaker_governments import CIVIL_GOVERNMENT_NOUNS
from .speaker_index import Result
from .speaker_people import BODY_SPOKESPERSON, INDEFINITE, last_role

_PARTY = re.compile(r",?\s*(?:" + PARTY + r"),?")

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

# the roles of those who speak for a ministry or a government
_GOVERNMENT_ROLE = re.compile(r"minist|spokes|secretar|presiden|premier|chancellor", re.IGNORECASE)

# a meeting as a cue's subject: "the summit noted", "the extraordinary summit said"
_MEETING_SUBJECT = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,2}?(?P<noun>summit)")

# the office of someone: "Pashinian's press office", "the prime minister’s media office"
_OFFICE_OF = re.compile(r"(?P<owner>.+?)['’]s\s+(?P<what>(?:(?:media|press|private|personal)\s+)?office)")

# a person's someone, named by lower-case words only: "Biden's spokesman", "Mohamud’s chief adviser"
_PERSON_OWNED = re.compile(
    r"(?P<owner>(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*?)['’]s\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
)

# "a spokesperson for the ASEAN secretariat", "an official of the AU Commission": someone unnamed
# speaking for the body named after the role
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


class Resolver(DocumentResolver):
    """Resolve cue subjects within one document (built once per document)."""

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
                # (someone's document, whoever the article says issued documents: "the Nigerian
                # president's statement" is never the ECOWAS summit's)
                return self._resolve(owned.group("owner"), at)
            elif len(words) > 1:
                # "the ECOWAS communique stated": a body named before the noun issued it
                found = self.by_body(" ".join(words[:-1]), at)
                determined = words[0].lower() in ("the", "a", "an", "its")
                if found[0] is not None and found[1] == "body" and determined:
                    if words[-1][:1].isupper() and all(o.key != found[0].key for o in self.orgs):
                        # a named document's place is where it was adopted ("the Lima Declaration"):
                        # whoever the article says issued it, else the place ("the Vatican Statement")
                        by = self.issuer(at, last)
                        return by if by[0] is not None else found
                    return found
                if determined and words[-2].lower() in _BODY_NOUN_WORDS:
                    # "a council statement said": of the council named before
                    found = self.body_before(at, noun=words[-2].lower())
                    if found[0] is not None:
                        return found
                if determined and words[-2].lower() in CIVIL_GOVERNMENT_NOUNS:
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
        if _UNNAMED_MEMBERS.fullmatch(phrase.strip()):
            # "an OPEC delegate said", "a senior EU official told", "a source at NATO said": someone the cue
            # does not name, who does not speak for the body as its statement or its spokesperson does
            return None, "none"
        named_body = BODY_SPOKESPERSON.fullmatch(phrase.strip())
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
        if TITLED_BODY.fullmatch(phrase.strip()):
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


_DOCUMENTS = frozenset(lx.DOCUMENT_NOUNS)

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


def anonymous(cue: str) -> bool:
    """Return whether a cue keeps its speaker unnamed ("the official, who spoke on condition of
    anonymity, said"), whoever its subject could otherwise be taken for."""
    return _ANONYMOUS.search(cue) is not None


# an aside that keeps the speaker unnamed
_ANONYMOUS = re.compile(
    r"\b(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously|asked\s+not\s+to\s+be\s+(?:named|identified)|"
    r"declined\s+to\s+be\s+(?:named|identified)|(?:was|were)\s+not\s+authori[sz]ed\s+to\s+speak)\b"
)

# what an interview's medium did with it: "[the newspaper X,] published on Wednesday,"
_MEDIUM_ASIDE = re.compile(r"\s+(?:published|aired|broadcast|released|posted)\b")

# what follows a name and a comma when the name is a person's: an age, or where the person is from
_AGE_OR_HOME = re.compile(r"\s*(?:\d{1,3}\s*,|of\s+[A-Z]|from\s+[A-Z])")

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
    return bool(words) and (INDEFINITE.match(words[0]) is not None or words[-1].lower() in lx.ANONYMOUS_NOUNS)


def _titled_name(phrase: str, name: str) -> bool:
    """Return whether a name in ``phrase`` follows a title or a role noun ("Commissioner Douglas
    Kanja"), unlike the last words of a body's name ("Institute for Fiscal Studies")."""
    at = phrase.find(name.split()[0])
    before = phrase[:at].split()
    return bool(before) and (before[-1] in lx.PERSON_TITLES or before[-1].lower() in lx.ROLE_NOUNS)


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

_BODY_NOUN_WORDS = frozenset(n for n in lx.BODY_NOUNS if " " not in n)

# an aside after a subject, set off by commas: a participle or a relative clause ("released
# after the meeting", "speaking in Abuja", "who was visiting Mali")
_ASIDE = re.compile(
    r"\s+(?:who|whose|which|[a-z]{2,}ing|[a-z]{2,}ed|sent|written|made|read|seen|given|held|shown)\s+\S"
)

# an organ of an organization named by its generic noun: "the bloc's council of ministers"
_ORGAN_OF = re.compile(
    r"(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+)?(?P<noun>organi[sz]ation|bloc|alliance|grouping)['’]s\s+"
    r"(?:[a-z][\w-]*\s+)?(?:committee|council|commission|secretariat|assembly|parliament|board)"
    r"(?:\s+of\s+(?:ministers|foreign\s+ministers|heads\s+of\s+state(?:\s+and\s+government)?))?"
)


@cache
def _national() -> re.Pattern[str]:
    """Return the pattern of "the Dutchman", "the 64-year-old Kenyan": a person described by the
    country they are from (a demonym as a noun only with a noun's ending: not "the French")."""
    nouns = [*lx.NATIONALITY_NOUNS, *(d for d in country_demonyms() if d.endswith(("an", "i")))]
    return re.compile(r"[Tt]he\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>" + alternation(nouns) + r")")


# an unnamed person of a body or a country, not its voice: "an OPEC delegate", "a senior EU
# official", "a source close to the talks"
# (one, not determined: "the official said" refers back to one named, "EU officials said" and
# "several AU officials said" are the body's voice)
_UNNAMED_MEMBERS = re.compile(
    r"(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w.’'+-]+\s+){0,3}?(?:official|delegate|diplomat|source|insider)"
    # (a few of them, but for officials, who speak for their body: "two sources at NATO said")
    r"|(?:[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:[\w.’'+-]+\s+){0,3}?(?:delegates|diplomats|sources|insiders))"
    r"(?:\s+(?:at|from|in|of|with|close\s+to|familiar\s+with)\s+[^,;:]{1,60})?"
)
