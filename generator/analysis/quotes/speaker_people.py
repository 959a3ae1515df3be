"""Resolve a cue subject that is a person: a name ("Pashinian said"), a role ("the CSTO chief
said", "Armenia's foreign minister said") or a pronoun ("he said")."""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from ...records import Entity, Speaker
from ...reference import given_name_genders
from .. import lexicon as lx
from .. import windows as W
from ..alternation import alternation
from ..people.affiliation import country_word
from ..textscan import sentence_start
from . import role_match
from .attribution import SPEECH_VERB_PATTERN
from .speaker_bodies import BODY_TITLE, LOWER_WORD, BodyResolver, country_demonyms
from .speaker_hints import not_a_name, subject_like
from .speaker_index import Result, quote_marks

# capitalised words, or a name that opens with a particle ("el-Sisi")
_CAPS = re.compile(
    rf"(?<![\w-])(?:{lx.JOINED_PARTICLE})?[A-Z][\w’'.&-]*"
    rf"(?:\s+(?:(?:bin|al|de|van|von)\b|(?:{lx.JOINED_PARTICLE})?[A-Z][\w’'.-]*))*"
)

_ROLES = alternation(sorted(lx.ROLE_NOUNS, key=len, reverse=True), ignore_case=True)

ROLE_RE = re.compile(r"\b(" + _ROLES + r")\b", re.I)

INDEFINITE = re.compile(r"(?:a|an|one|two|three|several|some|many|other)\b", re.I)

# "a U.S. State Department spokesperson": someone unnamed speaking for the body named before the role
BODY_SPOKESPERSON = re.compile(
    r"\b[Aa]n?\s+(?P<body>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})\s+spokes(?:person|man|woman)\b"
)

# a role noun starts with one of these words (a fast check before the case-blind `ROLE_RE`)
_ROLE_FIRSTS = frozenset(r.split()[0].split("-")[0] for r in lx.ROLE_NOUNS)

# a speech verb right after a name: "Mr Justinian said the communication was ..."
_SAID_AFTER = re.compile(
    r"\s+(?:(?:has|had|also|then|further|later)\s+)?(?:" + "|".join(lx.BRIEF_SPEECH_VERBS) + r")\b"
)

# "a senior official", "an EU official": someone unnamed whom "the official" may stand for
_UNNAMED_OFFICIAL = re.compile(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}officials?\b|\bofficials\b")


class PersonResolver(BodyResolver):
    """Resolve the people who speak: by name, by role and by pronoun."""

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
        if INDEFINITE.match(phrase.strip()) and "," not in phrase:
            # "a Unifil representative": the body comes first ("a bleak account of ... Africa" has none)
            # ("a Peruvian diplomat" is nobody named: a demonym is no body)
            caps = [
                w
                for w in phrase.split()[1:3]
                if w[:1].isupper() and w not in lx.NOT_NAME_WORDS and w not in country_demonyms()
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
        if m is None or INDEFINITE.match(phrase.strip()) or _plural(phrase, m.end()):
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
            unnamed = list(BODY_SPOKESPERSON.finditer(self.doc.text, lo, at))
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
            set_off = self._role_set_off(s, [self.event_pos[k] for k in range(j, i + 1)], gender)
            if set_off is not None:
                return set_off
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
            if s == own and _RELATIVE_BEFORE.search(text, max(0, at - 30), at):
                # "X referred to the statement of Y, in which he called for": the pronoun of a
                # relative clause stands for the one named last before it
                found = here[-1]
            if len(preferred) != 1 and self._listed(found, gender):
                # "signed before Presidents Kenyatta, Yoweri Museveni and Paul Kagame. “...,” he
                # said": one of several named together is no more he than the others, unless the
                # pronoun's gender is known of that one alone
                return None, "none"
            # (a pronoun opening a sentence inside a quotation is the speaker's, not the narrative's)
            subject = _PRONOUN_SUBJECT.get(gender)
            opens = subject.match(text, s) if subject is not None else None
            # (a name set before the pronoun is no object: "Smith, he said, was right"; the names
            # of an adverbial are: "After meeting Paul Okafor, he left")
            if (
                opens is None
                or self.quoted(s)
                or (
                    opens["lead"]
                    and self.events[j][0] < opens.end()
                    and not _ADVERBIAL_LEAD.match(opens["lead"])
                )
            ):
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

    def _listed(self, k: int, gender: str) -> bool:
        """Return whether the person of the ``k``-th event is named in a list with other people
        who may be the pronoun of ``gender`` too ("Ruth Milton and Marta Lindqvist", "Tomas Ferro,
        Lucia Ramos and Ruth Milton"), not with a body or a place ("Governor Ron DeSantis and
        Florida officials", "Senator Mark Hollis and Senate Republicans"), nor with a person of
        the other gender ("Gavin Newsom and Mayor Karen Bass ... he said"), nor set off by a
        comma alone ("Hillary Clinton, Donald Trump's rival")."""
        joins = []
        for step in (-1, 1):
            i = k
            while 0 <= i + step < len(self.events):
                a, b = sorted((i, i + step))
                join = self._joined(a, b)
                if join is None:
                    break
                i += step
                partner = self.events[i][1]
                known = self.event_genders[i] or _given_gender(partner.name)
                if _may_be(gender, known) and not _collective(partner.name):
                    joins.append(join)
        if "and" in joins:
            return True
        text, pos = self.doc.text, self.events[k][0]
        # "Jacinda Ardern and Scott Morrison": a name of two words or more that no cue marks
        before = _NAME_AND_BEFORE.search(text, max(0, pos - W.NAME_LIST), pos)
        after = _NAME_AND_AFTER.match(text, pos)
        for found, next_word in ((before, None), (after, after["next"] if after else None)):
            other = found["other"] if found is not None else None
            if other is not None and _name_like(other, next_word) and _may_be(gender, _given_gender(other)):
                return True
        # "signed before Presidents Kenyatta, Yoweri Museveni and Paul Kagame": after a plural title
        return _PLURAL_TITLE_LIST.search(text, max(0, pos - W.NAME_LIST), pos) is not None

    def _joined(self, a: int, b: int) -> str | None:
        """Return how the people of events ``a`` and ``b`` (one after the other) are listed:
        "and", "," or None when they are not two names of a list."""
        (lo, first), (hi, second) = self.events[a], self.events[b]
        if first.key == second.key or hi - lo > W.NAME_LIST:
            return None
        m = _NAME_LIST.fullmatch(self.doc.text, lo, hi)
        return None if m is None else "and" if m["and"] or m["also"] else ","

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
        return self._held_role(m.group(), before, gender)

    def _role_set_off(self, s: int, named: list[int], gender: str) -> Result | None:
        """Return whom the sentence at ``s`` opens with when everyone it names is in a relative
        clause set off after a role that opens it ("The minister, who stood in for President X
        who could not attend, said ...": not X): the one person named before who holds that
        role, else whom the role reads as (`by_role`), else nobody; None when the sentence is not
        of that form."""
        m = _ROLE_SET_OFF.match(self.doc.text, s)
        if m is None or not all(m.start("clause") <= at < m.end("clause") for at in named):
            return None
        found = self._held_role(m["role"], s, gender)
        if found is None:
            # none or several named before hold it: whom the role phrase itself reads as
            found = self.by_role(m["role"], s)
            if found[0] is not None and self.gender.get(found[0].key, "") not in ("", gender):
                found = (None, "none")
        return found if found[0] is not None else (None, "none")

    def _held_role(self, phrase: str, at: int, gender: str) -> Result | None:
        """Return the one person named before ``at`` who holds the role ``phrase`` names and may
        be the pronoun of ``gender``; None when nobody, or several people, hold it."""
        role = last_role(phrase)
        wanted, qualifiers = role_match.terms(phrase, role.group(1).lower() if role else "")
        before = bisect.bisect_left(self.event_pos, at)
        holders = {
            p.key
            for (_, p), role in zip(self.events[:before], self.event_roles[:before], strict=True)
            if role
            and role_match.holds(role, wanted)
            and (not qualifiers or role_match.qualified(p, qualifiers))
        }
        if len(holders) != 1:
            return None  # nobody, or several, hold that role: the pronoun walk decides
        found = self.by_role(phrase, at)
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
        # (a name inside the quotation the role's cue closes, one mark at most between them, is one
        # its speaker says: "“... President X’s team ...,” the President said" is not X)
        text = self.doc.text
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
                        and not (
                            self.quoted(self.event_pos[i]) and quote_marks(text, self.event_pos[i], at) <= 1
                        )
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

# a verb that goes on with a voice already heard ("...,” X added"), not one that opens another
_SPEECH_AFTER_NAME = re.compile(r"\s+(?:added|adds|continued|went\s+on)\b")

_QUOTE_MARKS = frozenset('“”"')


def former_role(role: str) -> bool:
    """Return whether a role is one the person no longer holds ("a former Dutch prime minister")."""
    return _FORMER.match(role) is not None


# what a body's name says it is of, before the capitalised words that say what ("Ministry of")
_BODY_OF = re.compile(rf"\b{BODY_TITLE}\s+of\s+(?:the\s+)?$")

# a sentence whose subject is a pronoun, after an opening adverbial or not ("He met", "Furthermore,
# he appreciated", "On Monday, she flew"); the ``lead`` group holds the adverbial
_LEAD = r"(?P<lead>[A-Z][a-z]+(?:\s+[\w-]+){0,8})"

# a sentence's lead that is an adverbial, whose names are no subject: "After meeting X, he"
# (a lead opening with a subordinator and a name is a clause of its own, whose subject the pronoun
# may be: "When Senator Sherrod Brown lost his seat, he called it a painful night")
_ADVERBIAL_LEAD = re.compile(
    rf"(?:(?:{alternation(lx.SENTENCE_OPENERS)}|In|At|On|With|From|For|To|By|Upon|Over|Under|Through)"
    r"\s+[a-z]|[A-Z][a-z]+ing\b)"
)
# a relative clause right before a pronoun: "the statement of Y, in which he"
# (not "Y, whom he called", "Y, whose loyalty he praised": there he is the main clause's subject)
_RELATIVE_BEFORE = re.compile(r"\b(?:in|of|with|by|through|from|during|at|on|under|for)\s+which\s+$")
# what lies between two people named one after the other in a list: the first one's name (its
# particles too), then a comma, "and" or both ("Ruth Milton and ", "Tomas Ferro, ", "Lula da
# Silva and ")
_NAME_WORD = rf"(?:[A-Z][\w.’'-]*|(?:{alternation(lx.NAME_PARTICLES)})\b)"
_NAME_LIST = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*\s*(?:,\s*(?P<and>and\s+)?|\s+(?P<also>and)\s+)")
# a run of two capitalised words or more joined by "and" to a name, before or after it
_OTHER_NAME = rf"(?P<other>[A-Z][\w’'-]+(?:\s+{_NAME_WORD})+)"
_NAME_AND_BEFORE = re.compile(rf"{_OTHER_NAME}\s*,?\s+and\s+$")
_NAME_AND_AFTER = re.compile(
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*\s*,?\s+and\s+{_OTHER_NAME}(?:\s+(?P<next>[\w-]+))?"
)


# the words that open the names of bodies ("House Democrats", "Senate Republicans")
_BODY_FIRST = lx.BODY_WORDS | {"senate", "city", "congress"}


def _may_be(gender: str, known: str) -> bool:
    """Return whether someone of gender ``known`` ("" when unknown) may be a pronoun of ``gender``."""
    return not (gender and known and known != gender)


def _given_gender(name: str) -> str:
    """Return the gender a title among the words of ``name`` gives ("First Lady Carol Rice"), else
    that of the first given name whose gender the list of given names tells ("m", "f"), else ""
    (titles and posts are no given names: "Governor Kathy Hochul" is a woman's name)."""
    words = name.split()
    titled = next((lx.PERSON_TITLES[w] for w in words if lx.PERSON_TITLES.get(w)), "")
    if titled:
        return titled
    genders = given_name_genders()
    names = (w for w in words if w not in lx.PERSON_TITLES and w.lower() not in lx.ROLE_NOUNS)
    return next((genders[w] for w in names if w in genders), "")


def _collective(name: str) -> bool:
    """Return whether a name the people reader took for a person's names a group or a company:
    it opens with an acronym or a body's word ("HMS Defender", "Senate Republicans") or ends
    with a company's or a group's word ("Delta Air Lines", "House Democrats")."""
    words = name.split()
    return (
        words[0].isupper()
        or words[0].lower() in _BODY_FIRST
        or words[-1] in lx.COMPANY_WORDS
        or words[-1] in lx.COMMON_NOUNS
    )


def _name_like(run: str, after: str | None) -> bool:
    """Return whether a run of capitalised words joined to a person's name may be another
    person's: not a country, a place or a body, nor one naming the group or post after it
    ("Kenya Airways staff", "European Union leaders")."""
    words = run.split()
    return not (
        country_word(words[0]) is not None
        or country_word(run) is not None
        or words[0] in lx.PLACE_WORDS
        or _collective(run)
        or (after is not None and (after in lx.MODIFIED_NOUNS or after.lower() in lx.ROLE_NOUNS))
    )


_PLURAL_TITLE_LIST = re.compile(
    rf"(?<![Tt]he\s)\b(?:Presidents|Ministers|Premiers|Chancellors|Leaders)\s+(?:{_NAME_WORD}(?:\s*,?\s+(?:and\s+)?|\s*,\s*))*$"
)

_PRONOUN_SUBJECT = {
    gender: re.compile(rf"\s*[“\"]?(?:{word.capitalize()}|{_LEAD},\s+{word})\s")
    for word, gender in lx.SUBJECT_PRONOUNS.items()
}

_PERSONAL = lx.FORMS_OF_ADDRESS

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
# a role opening a sentence, then a relative clause set off by commas: "The minister, who is
# representing President X who could not attend the summit, said"
_ROLE_SET_OFF = re.compile(
    rf"(?P<role>{_ROLE_OPENING.pattern})\s*,\s+(?P<clause>(?:who|whose|whom)\s[^,;:“”\"\n]*),\s"
)


def last_role(phrase: str) -> re.Match[str] | None:
    """Return the last role noun of ``phrase`` (ASCII phrases without one skip the regex)."""
    if phrase.isascii() and _ROLE_FIRSTS.isdisjoint(LOWER_WORD.findall(phrase.lower())):
        return None
    found = list(ROLE_RE.finditer(phrase))
    return found[-1] if found else None


def _acronym(token: str) -> bool:
    """Return whether a token is an acronym (``UN``), not an initial (``P.``, ``N``)."""
    return token.isupper() and len(token.rstrip(".")) > 1


def _plural(phrase: str, end: int) -> bool:
    return phrase[end : end + 1] == "s"
