"""People named in a document, with role and affiliation from appositions.

A run of capitalised words is a person when something around it says so: a
title or role noun before it (``CSTO Secretary-General Imangali Tasmagambetov``),
a speech verb next to it (``Tasmagambetov said``), or a role apposition after
it (``Jens Stoltenberg, NATO's secretary general``). Once known, a person's
surname is found everywhere else in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import partial

from ...records import Document, Entity, Mention
from .. import lexicon as lx
from .. import windows as W
from ..alternation import alternation
from ..textscan import has_word, whole_word_occurrences
from .affiliation import affiliation, better_role, clean_role, country_word
from .merge import Person, merge_forms
from .names import given_name_first, not_a_person, unfuse
from .roles import TITLES as _TITLES
from .roles import role_after as _role_after
from .roles import role_before as _role_before
from .runs import name_runs as _name_runs
from .runs import never_person as _never_person

_SPEECH_AFTER = re.compile(
    r"\s*(?:,[^,]{1,60},\s*)?(?:(?:" + alternation(sorted(lx.ADVERBS)) + r")\s+)?"
    # "Jo Reed at the National Review said", "Ann Kerr of Human Rights Watch said"
    r"(?:(?:on|in|at|of|from|with)\s+(?:the\s+)?(?:[A-Z][\w&’'.-]*\s+){1,5}?)?"
    # ("Atambayev has told", "Ruiz had said")
    r"(?:(?:has|had)\s+(?:(?:"
    + alternation(sorted(lx.ADVERBS))
    + r")\s+)?)?("
    + alternation(
        [*sorted(lx.SPEECH_VERBS, key=len, reverse=True), "was quoted", "is quoted", "was cited", "is cited"]
    )
    + r")\b"
)
# an organization or a country owning the name after it: "ECOWAS’s ", "Nigeria's "
_OWNER_BEFORE = re.compile(r"(?<![\w’'-])(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+$")
# a name owning the capitalised words after it, itself or the words of a name it opens: "Al
# Jazeera’s Jamal Elshayyal", "Gulf Radio’s Omar Haddad"
_OWNS_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}['’]s\s+[A-Z]")
_SPEECH_BEFORE = re.compile(
    r"\b(?:"
    + alternation(sorted(lx.SPEECH_VERBS, key=len, reverse=True))
    + r"|[Aa]ccording to|quoted|cited)\s+$"
)
# "Speaking to reporters in New York, Guterres commended ...": the subject after a fronted
# clause of speaking is a person
_SPEAKING_BEFORE = re.compile(
    r"(?:^|[.!?\n]\s*)(?:Speaking|Addressing|Talking|Writing)\b[^.;:“”\"\n]{1,120},\s*$"
)
_SPEAKING_WORDS = ("Speaking", "Addressing", "Talking", "Writing")


def _speaking_before(text: str, start: int) -> bool:
    """Return whether a name follows a fronted clause of speaking (a fast test first)."""
    lo = max(0, start - W.SPEAKING_BEFORE_NAME)
    window = text[lo:start]
    return any(w in window for w in _SPEAKING_WORDS) and _SPEAKING_BEFORE.search(text, lo, start) is not None


# the words `_SPEECH_AFTER` can go on with after the spaces (else it starts with a comma)
_AFTER_FIRST_WORDS = (
    lx.ADVERBS
    | {"on", "in", "at", "of", "from", "with", "was", "is", "has", "had"}
    | frozenset(v.split()[0] for v in lx.SPEECH_VERBS)
)
_LOWER_RUN = re.compile(r"[a-z]+")
_STATES_THAT = re.compile(r"\s*(?::|that\b)")
_GO_ON = frozenset(v for v in lx.SPEECH_VERBS if v.endswith(" on"))
_GOES_ON_SAYING = re.compile(
    r"\s*(?:[:,“\"]|to\s+(?:say|add|tell|note|stress|warn|explain|argue)\b|saying\b)"
)
# ("quoted", "cited": "the Nation quoted Ruto as saying")
_LAST_SPEECH_WORDS = frozenset(v.split()[-1] for v in lx.SPEECH_VERBS) | {"to", "quoted", "cited"}
# "Ki-moon", "Jong-un": a hyphenated given name after the family name
_GIVEN_AFTER = re.compile(r"[A-Z][a-z]+-[a-z]+")
_IT_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:said|says|reported|added|announced|stated)\s+(?:that\s+)?its?\b"
)
# "Donna Rawlings, 59, of Ashton": an age set off after a name is a person's, and so is a home
# town before a speech verb ("Jo Wilson, of Springfield, Va., said")
_AGE_AFTER = re.compile(
    r",\s+(?:\d{1,3}\s*,|of\s+[A-Z][\w.’' -]{0,40}(?:,\s+[A-Z][\w.]*)?,\s+(?:said|says|told|added)\b)"
)
_SPOKE_AFTER = re.compile(r"\s+spoke\b")
# a name labelling the quotation after it, with its country or post in brackets or not:
# "Antonio Guterres (Portugal): “...”"
_LABEL_AFTER = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s*:\s*[“\"]")
_BRACKET = re.compile(r"\(([^()]*)\)")


def _labels_quote(text: str, start: int, end: int, tokens: list[str]) -> bool:
    """Return whether a name opening its paragraph labels the quotation after it, and something
    else says it is a name: a country or post in brackets after it, or its last word again
    elsewhere ("Read More: “...”" names nobody)."""
    if not (start == 0 or text[start - 1] == "\n"):
        return False
    label = _LABEL_AFTER.match(text, end)
    if label is None:
        return False
    bracket = _BRACKET.search(label.group())
    if bracket is not None:
        return country_word(bracket.group(1).strip()) is not None  # "(Portugal)", not "(Summary)"
    return any(s != end - len(tokens[-1]) for s, _ in whole_word_occurrences(text, tokens[-1], None))


_PLACE_BEFORE = re.compile(r"\b(?:of|from|in|at)\s$")
# a plural noun of people right after the capitalised words: they say who the people are ("says
# Micronesian leaders remain", "said Boko Haram fighters"), and the people spoke; no evidence of a
# name ("said Bobi Wine supporters" leaves Bobi Wine to other evidence)
_GROUP_AFTER = re.compile(
    r"\s+(?:"
    + alternation(sorted(w for w in lx.ANONYMOUS_NOUNS if w.endswith("s")))
    + r"|leaders|members|countries|nations|states|lawmakers|delegates|delegations|forces|troops|fighters|"
    r"authorities|governments)\b"
)
_AUX_AFTER = re.compile(
    r"\s+(?:had|has|have|is|was|were|are|will|would|could|should|can|may|might|must|did|does|remained|still)\b"
)


def extract_people(
    doc: Document, *, organizations: tuple[Entity, ...] = (), countries: tuple[Entity, ...] = ()
) -> tuple[Entity, ...]:
    """Return one `Entity` (kind ``person``, key the fullest name) per person, by first mention."""
    text = doc.text
    banned = _org_words(organizations)
    sure, unsure = _candidates(text, banned, _country_names(countries))
    known = {tokens[-1] for _, tokens, _ in sure}
    # a glued name starts like another name: the first four letters of two known names
    heads = {head for head, n in Counter(name[:4] for name in known).items() if n > 1}
    people: dict[str, Person] = {}
    families: dict[str, list[Person]] = {}  # the people of `people` by family name, in order
    for start, tokens, role in sure:
        if heads and tokens[-1][:4] in heads:
            _add(text, people, families, (start, tokens, role), (known, heads))
        else:
            _merge(people, families, tokens, role)
    surnames = {_family(p.name_tokens) for p in people.values()}
    heads = {name[:4] for name in surnames}
    for start, tokens in unsure:  # "Jens Stoltenberg" once, then "Stoltenberg said"
        if _family(unfuse(text, tokens, surnames, heads) or tokens) in surnames:
            _add(text, people, families, (start, tokens, None), (surnames, heads))
    merged = merge_forms(list(people.values()), partial(_count, text), partial(_speaks, text))
    _add_inner_names(text, merged, banned | _country_names(countries))
    return _entities(doc, merged)


def _add_inner_names(text: str, people: list[Person], names_of_others: frozenset[str]) -> None:
    """Add to a name of three words or more the mentions of a word inside it that stands for
    the person on its own ("Lula, who handed over the presidency" of "Luiz Inácio Lula da Silva",
    "López" of "Andrés Manuel López Obrador"): a word no other person's name holds, no title,
    particle, prefix of a compound name ("Abdel") nor name of a country or organization
    (``names_of_others``), written alone (no capitalised word beside it but a title: not "Costa
    Rica") and followed as a person is (a stop, a verb, "who": not "the Bongo dynasty", "Shia
    militias", "Johnson & Johnson")."""
    held = Counter(t for p in people for t in set(p.bare))
    for person in people:
        for k, token in enumerate(person.bare[1:-1] if len(person.bare) > 2 else (), start=1):
            if (
                held[token] > 1
                or token.lower() in lx.NAME_PARTICLES
                or token in _TITLES
                or token in names_of_others
                or token in _NAME_PREFIXES
                or len(token) < 3
                # (not a father's name: "Salman" of "Mohammed bin Salman" is King Salman)
                or person.bare[k - 1].lower() in lx.FATHER_PARTICLES
            ):
                continue
            for start, _ in whole_word_occurrences(text, token, None):
                end = start + len(token)
                before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
                if (
                    _alone(before)
                    and not _CAPITALISED_AFTER.match(text, end)
                    and _PERSON_AFTER.match(text, end)
                ):
                    person.spans.append((start, end))


def _alone(before: re.Match[str] | None) -> bool:
    """Return whether the capitalised word found before a word (if any) leaves it a name alone: a
    title ("President Lula") or a sentence's last word ("... Reis. Costa said")."""
    if before is None or before.group(1) in _TITLES:
        return True
    word = before.group(1)
    return word.endswith(".") and len(word) > 2 and word[:-1] not in lx.ABBREVIATED_TITLES


# a capitalised word right before or after a word (it is then part of a longer name, unless a
# title: "President Lula")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'-]*\.?) $")
_CAPITALISED_AFTER = re.compile(r"\s(?:[A-Z]|(?:da|de|do|dos|das|del|la|van|von)\s)")
# the first halves of compound names, never a person alone ("Abdel" of "Abdel Fattah")
_NAME_PREFIXES = frozenset(["Abdel", "Abdul", "Abdal", "Abd", "Abu", "Abou", "Ould", "Bin", "Ibn", "Ben"])
# what follows a name standing for a person: a stop, a verb ("said", "was", "met", "-ed"), "who"
_PERSON_AFTER = re.compile(
    r"(?:\s*[,.;:!?)’'”\"]|\s+(?:"
    + alternation(
        sorted(
            lx.SPEECH_VERBS
            | lx.IRREGULAR_PAST
            | {"is", "was", "will", "would", "could", "can", "did", "does"}
            | {"has", "had", "and", "who", "whose"},
            key=len,
            reverse=True,
        )
    )
    + r"|[a-z]+ed)\b)"
)


_Candidate = tuple[int, list[str], "str | None"]


def _candidates(
    text: str, banned: frozenset[str], countries: frozenset[str]
) -> tuple[list[_Candidate], list[tuple[int, list[str]]]]:
    """Return the name runs a cue or a given name marks as people (start, tokens, role), and
    the other multi-word runs (start, tokens)."""
    sure: list[_Candidate] = []
    unsure: list[tuple[int, list[str]]] = []
    headlines = _title_case_lines(text)
    headings = _headings(text)
    runs = _name_runs(text, banned)
    # the words the document writes last in a name of several: "Clinton" after "Hillary Clinton"
    # is a family name, and "the Clinton Camp" names no Clinton
    families = {tokens[-1] for _, _, tokens in runs if len(tokens) > 1}
    for start, end, tokens in runs:
        if _within(start, headlines):
            continue  # "Gold Star Mom Corners Obama On His Refusal ...": a headline's capitals name nobody
        if _opener(text, start, end, tokens[0]):
            continue  # "Praising Wall Street,", "Unlike Obama,": the phrase's object is no subject
        if len(tokens) == 1:
            if _never_person(tokens[0], banned) or tokens[0] in countries:
                continue  # a place, an acronym or a body whatever is around it
        elif not_a_person(tokens):
            continue
        raw = _role_before(text, start) or _role_after(text, end)
        if not (
            raw
            or _has_title(text, start)
            or _speech_near(text, start, end)
            or _AGE_AFTER.match(text, end)
            or (len(tokens) > 1 and _labels_quote(text, start, end, tokens))
            or (len(tokens) > 1 and _SPOKE_AFTER.match(text, end))  # "Grace Tembo spoke"
            or _speaking_before(text, start)
            or (_given_named(text, start, end, tokens, families) and not _within(start, headings))
        ):
            if len(tokens) > 1:
                unsure.append((start, tokens))
            continue
        if len(tokens) == 1 and _not_single_person(text, tokens[0], end, banned, raw):
            continue
        sure.append((start, tokens, clean_role(raw)))
    return sure, unsure


def _given_named(text: str, start: int, end: int, tokens: list[str], families: set[str]) -> bool:
    """Return whether a run is a person's name by its given name (`given_name_first`), and is
    not one that names a place, a body, a team or a thing after a person: after "the" or an
    acronym ("the Simón Bolívar airport", "USS Gerald R. Ford"), before another capitalised word
    ("John F. Kennedy International Airport") or before a post or a group as their modifier
    ("Dallas Cowboys owner", "Nile Delta farmers")."""
    if (
        not given_name_first(tokens, families)
        or _after_the(text, start)
        or _ACRONYM_BEFORE.search(text, max(0, start - 8), start)
    ):
        return False
    after = _WORD_AFTER.match(text, end)
    if after is None or text.endswith(".", 0, end):
        return True  # ("Dale Earnhardt Jr. Officials said": the suffix's dot may end the sentence)
    word, then = after.group(1), after.group(2)
    return not (
        word[0].isupper()
        or word in lx.MODIFIED_NOUNS
        or word.lower() in lx.ROLE_NOUNS
        or (then is not None and _noun_then_verb(word, then))
    )


def _noun_then_verb(word: str, then: str) -> bool:
    """Return whether the two words after a name are a noun and its verb, the name modifying
    the noun ("Morgan Chase bankers were told", "Jean Coutu pharmacies donated", "Jackson Hole
    tourism fell"), not a verb or an adverb and what follows ("Ruth Milton has said", "Ruth
    Milton also said", "Ruth Milton laughed off")."""
    if word in lx.FINITE_VERBS or word in lx.ADVERBS or word.endswith(("ed", "ly")) or word in _PAST_FORMS:
        return False
    return then in lx.FINITE_VERBS or then in _PAST_FORMS or (then.endswith("ed") and len(then) > 3)


# irregular past forms that follow a subject ("Jackson Hole tourism fell")
_PAST_FORMS = frozenset(
    [
        *("fell", "rose", "went", "came", "won", "lost", "took", "gave", "made", "met", "left", "grew"),
        *("saw", "got", "held", "kept", "ran", "sat", "stood", "spoke", "wrote", "told", "said", "thought"),
        *("brought", "bought", "sought", "began", "drew", "led", "paid", "sent", "set", "struck", "swore"),
    ]
)
# the two words right after a name, past a space (not "Clinton's", "Clinton, who")
_WORD_AFTER = re.compile(r"[ \t]+([\w-]+)(?:[ \t]+([a-z]+)\b)?")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,5}\s+$")


def _after_the(text: str, start: int) -> bool:
    """Return whether a name follows "the", as one of a place or a body named after a person does
    ("the Simón Bolívar airport")."""
    return _THE_BEFORE.search(text, max(0, start - 20), start) is not None


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of the lines written in title case, as headlines are: nearly
    every word capitalised, small words too ("Gold Star Mom Corners Obama On His Refusal To
    ..."), where capitals tell no name from another word (a sentence of names, "President Tomas
    Reyes met Ms Ana Cruz.", capitalises none of its small words).

    Before the text's first line with a word in lower case, one small word is enough in a line of
    five words or more that capitalises every one and ends with a stop, and has no comma, colon
    or semicolon ("Pence Endorses Paul Ryan With Trump's Blessing."; not a list of names, "Cast:
    Meryl Streep, Tom Hanks And ...", nor a credit at the end, "Photo Courtesy Of Maria Santos.").
    """
    found = []
    opening = True
    for start, line in _lines(text):
        tokens = line.split()
        if len(_LOWER_START.findall(line)) > 0.2 * len(tokens):
            opening = False  # (prose, told in one pass: more words in lower case than a headline has)
            continue
        words = [w for w in tokens if w[:1].isalpha()]
        lower = sum(not w[0].isupper() for w in words)
        small = sum(1 for w in words[1:] if w in _TITLE_CASE_SMALL_WORDS)
        if lower <= 0.2 * len(words) and (
            small >= 2
            or (
                opening
                and small
                and not lower
                and len(words) >= 5
                and line.rstrip().endswith((".", "!", "?"))
                and not any(mark in line for mark in ",;:")
            )
        ):
            found.append((start, start + len(line)))
        opening = opening and not lower
    return found


# a word that starts with a lower-case letter (of the ASCII ones: a fast count of some of them)
_LOWER_START = re.compile(r"(?<!\S)[a-z]")


def _headings(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of the lines that read as headlines with no stop: four words
    or more, every one capitalised but the small ones, no full stop, colon or comma at the end,
    no dash before ("Madison Keys Ousts Sabalenka", "Ted Cruz Refuses to Disavow Graham"; not a
    signature, "— Howard Kurtz"), where a given name is no evidence of a person."""
    found = []
    for start, line in _lines(text):
        bare = line.strip()  # (most paragraphs end with a stop: the cheap tests first)
        if (
            bare
            and not bare.endswith((".", ":", ",", ";"))
            and not bare.startswith(_DASHES)
            and _capitalised(bare)
        ):
            found.append((start, start + len(line)))
    return found


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, line) for each line of ``text``."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


def _within(start: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= start < hi for lo, hi in spans)


def _capitalised(line: str) -> bool:
    """Return whether a line has four words or more and capitalises every one but its small
    words, three at least."""
    words = content = 0
    for w in line.split():
        if not w[:1].isalpha():
            continue
        words += 1
        if w.capitalize() not in _TITLE_CASE_SMALL_WORDS:
            if not w[0].isupper():
                return False
            content += 1
    return words >= 4 and content >= 3


_DASHES = ("—", "–", "-", "•")


# small words a headline in title case capitalises and a sentence does not
_TITLE_CASE_SMALL_WORDS = frozenset(
    [
        *("A", "An", "The", "On", "In", "To", "Of", "For", "As", "At", "By"),
        *("His", "Her", "Its", "Their", "And", "Or", "With", "Over", "From", "Into", "After", "Amid"),
    ]
)


def _add(
    text: str,
    people: dict[str, Person],
    families: dict[str, list[Person]],
    candidate: _Candidate,
    known: tuple[set[str], set[str]],
) -> None:
    """Merge a name run into ``people``, first cutting off a word glued to its end
    (``known``: the names the document gives and their first four letters)."""
    start, tokens, role = candidate
    fixed = unfuse(text, tokens, *known)
    person = _merge(people, families, fixed or tokens, role)
    if fixed:
        person.spans.append((start, start + len(" ".join(fixed))))


def _count(text: str, name: str) -> int:
    return len(whole_word_occurrences(text, name, None))


def _speaks(text: str, name: str) -> bool:
    """Return whether a name is somewhere the subject of a speech verb (``Tokayed told``)."""
    return any(_speech_near(text, s, s + len(name)) for s, _ in whole_word_occurrences(text, name, None))


def _country_names(countries: tuple[Entity, ...]) -> frozenset[str]:
    return frozenset(m.text for c in countries for m in c.mentions) if countries else frozenset()


def _not_single_person(text: str, word: str, end: int, banned: frozenset[str], role: str | None) -> bool:
    """Return whether a lone capitalised word is a place or a body rather than a person, or a
    word: one the text also writes in lower case and capitalises only where a sentence starts
    or inside a name ("Organisers said ... the organisers", "Chief of Defence Staff", "General
    Elections"), or a pronoun with its verb ("I'll", "I’ve")."""
    if _never_person(word, banned) or _CONTRACTION.fullmatch(word):
        return True
    start = end - len(word)
    if _has_title(text, start) and not _TITLE_IN_NAME.search(text, max(0, start - 40), start):
        return False  # "President Trump", "Gen. Young", "Judge Black" (not "Chief of Defence Staff")
    if has_word(text, word.lower()) and not _capitalised_in_a_sentence(text, word):
        return True
    if role:
        return False
    # bodies are "it": "Unifil said it had ..."; a lone word after "the" is a body or a place
    # ("the Kremlin said", "the Gulf state"), never a person
    return bool(_IT_AFTER.match(text, end)) or _after_the(text, start)


# a title that is a word of a longer name ("Chief of Defence Staff", "the Finance Minister")
_TITLE_IN_NAME = re.compile(r"(?:\b(?:of|the|The|and)|[A-Z][\w’'.-]*)\s+[A-Z][\w.]*\s+$")


def _capitalised_in_a_sentence(text: str, word: str) -> bool:
    """Return whether the text capitalises ``word`` where no sentence starts and no other
    capitalised word or "the", "and", "of" comes before it (“,” Truss said', 'said Truss'): a
    name, not a word ("Organisers said", "Chief of Defence Staff", "Economy and Finance")."""
    for s, _ in whole_word_occurrences(text, word, None):
        if not text.startswith(word, s):
            continue  # (written in lower case there)
        before = text[max(0, s - 30) : s].split()
        if not before or before[-1][-1] in ".!?:;":
            continue
        prev = before[-1]
        if (prev[:1].isupper() and prev[-1:].isalpha()) or prev in ("the", "and", "of", "&"):
            continue
        return True
    return False


# a pronoun with its verb: "I'll", "I’ve"
_CONTRACTION = re.compile(r"\w+['’](?:ll|ve|m|re|d)")
# "the Kremlin", "the National Review" (its first word no name): a body or a place
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s(?:[A-Z][\w-]*\s)?$")


def _org_words(organizations: tuple[Entity, ...]) -> frozenset[str]:
    words: set[str] = set()
    for org in organizations:
        for name in (org.key, org.name, org.full_name or "", *org.aliases):
            words.update(w for w in name.split() if w[:1].isupper())
            words.update(w.upper() for w in name.split() if w[:1].isupper())
    return frozenset(words)


def _opener(text: str, start: int, end: int, word: str) -> bool:
    """Return whether a run opens with a preposition, a conjunction or a participle phrase
    ("Unlike Obama", "Praising Wall Street,") rather than a given name ("Channing Tatum said")."""
    if word in lx.SENTENCE_OPENERS:
        return True
    if not (len(word) >= 6 and word.endswith("ing") and word[1:].islower() and text[end : end + 1] == ","):
        return False
    k = start
    while k > 0 and text[k - 1] in " \t\"“‘'":
        k -= 1
    return k == 0 or text[k - 1] in ".!?\n:;"


def _has_title(text: str, start: int) -> bool:
    before = text[max(0, start - 14) : start].split()
    return bool(before) and (before[-1] in _TITLES or before[-1] in lx.TITLE_ENDINGS)


def _speech_near(text: str, start: int, end: int) -> bool:
    if _speech_after(text, end):
        # "Jo Wilson, of Springfield, Va., said": a place after "of" is no subject
        return not _PLACE_BEFORE.search(text, max(0, start - 6), start)
    if _OWNS_AFTER.match(text, end):
        return False  # "said Al Jazeera’s Jamal Elshayyal": the speaker is the one owned
    # "He said Timor-Leste had been ...": the subject of reported speech, not a speaker
    owner = _OWNER_BEFORE.search(text, max(0, start - 40), start)
    if owner is not None:
        start = owner.start()  # "said ECOWAS’s Adrienne Diop": the speaker is the one owned
    if not _speech_word_before(text, start):
        return False
    return (
        bool(_SPEECH_BEFORE.search(text, max(0, start - W.SPEECH_VERB_BEFORE_NAME), start))
        and not _AUX_AFTER.match(text, end)
        and not _GROUP_AFTER.match(text, end)
    )


def _speech_after(text: str, end: int) -> bool:
    """Return whether `_SPEECH_AFTER` matches at ``end`` (first checking the word it goes on with)."""
    k = _skip_space(text, end)
    if text.startswith("(", k):  # "Vuk Jeremic (Serbia) said": a bracketed label
        j = text.find(")", k + 1, k + 42)
        if j < 0:
            return False
        end, k = j + 1, _skip_space(text, j + 1)
    if text.startswith(",", k):  # ", who ...,": the next comma must come within 60 characters
        j = text.find(",", k + 1)
        if not 1 <= j - k - 1 <= 60:
            return False
        k = _skip_space(text, j + 1)
    word = _LOWER_RUN.match(text, k)
    if word is None or word.group() not in _AFTER_FIRST_WORDS:
        return False
    m = _SPEECH_AFTER.match(text, end)
    if m is not None and m.group(1) in ("state", "states"):
        # "the Balkan states", "a Gulf state": the noun, unless "states that" or "states:"
        return bool(_STATES_THAT.match(text, m.end()))
    if m is not None and m.group(1) in _GO_ON:
        # "Fighting went on for days": speech only when words follow ("went on: “...”",
        # "went on to say")
        return bool(_GOES_ON_SAYING.match(text, m.end()))
    return m is not None


def _skip_space(text: str, k: int) -> int:
    while k < len(text) and text[k].isspace():
        k += 1
    return k


def _speech_word_before(text: str, start: int) -> bool:
    """Return whether the word right before ``start`` may end a speech verb (fast check)."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    j = k
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return j < k and text[j:k].lower() in _LAST_SPEECH_WORDS


def _merge(
    people: dict[str, Person], families: dict[str, list[Person]], tokens: list[str], role: str | None
) -> Person:
    """Add a name form to the person with the same family name and compatible given names.

    Middle initials (``Charles B. Rangel``) are kept in the name but ignored when comparing.
    A person's family name never changes: a longer form has the same one.
    """
    clean = _bare(tokens)
    family = _family(clean)
    full = tokens if tokens[-1] == clean[-1] else clean
    kin = families.setdefault(family, [])
    for person in kin:
        old = person.bare
        shorter, longer = sorted((clean, old), key=len)
        if len(shorter) > 1 and longer[-len(shorter) :] != shorter:
            continue  # Bill Clinton is not Hillary Clinton
        if (len(clean), len(tokens)) > (len(old), len(person.name_tokens)):
            person.name_tokens = full
            person.bare = clean
        person.role = better_role(person.role, role)
        return person
    new = Person(full, role=role, bare=clean)
    key = " ".join(clean)
    if key in people:  # the new person takes the old one's place
        old_at = next(i for i, person in enumerate(kin) if person is people[key])
        kin[old_at] = new
    else:
        kin.append(new)
    people[key] = new
    return new


def _family(tokens: list[str]) -> str:
    """Return the family name: the last token, or the first one before ``Ki-moon`` (``Ban Ki-moon``)."""
    if len(tokens) > 2 and tokens[-1].rstrip(".") in lx.NAME_SUFFIXES:
        tokens = tokens[:-1]
    if len(tokens) > 1 and _GIVEN_AFTER.fullmatch(tokens[-1]):
        return tokens[0]
    return tokens[-1]


def _bare(tokens: list[str]) -> list[str]:
    """Return name tokens without middle initials (``B.``) and generation suffixes (``Jr.``):
    ``Joseph R. Biden Jr.`` is ``Mr. Biden``."""
    if len(tokens) > 2 and tokens[-1].rstrip(".") in lx.NAME_SUFFIXES:
        tokens = tokens[:-1]
    return [t for t in tokens if not (len(t) == 2 and t.endswith("."))] or tokens


def _entities(doc: Document, people: list[Person]) -> tuple[Entity, ...]:
    found = []
    for person in people:
        name = " ".join(person.name_tokens)
        mentions = _mentions(doc, person)
        if not mentions:
            continue
        found.append(
            Entity(
                kind="person",
                key=name,
                name=name,
                mentions=mentions,
                aliases=tuple(sorted({m.text for m in mentions} - {name})),
                role=person.role,
                affiliation=affiliation(person.role) or _country_after(doc.text, mentions, person.role),
            )
        )
    return tuple(sorted(found, key=lambda e: (e.first.start, e.key)))


# the country a person is of, after the name: "President Ellen Sirleaf of Liberia", "Olaf Scholz, of
# Germany,", or in brackets: "Andrzej Duda (Poland)"
_OF_COUNTRY_AFTER = re.compile(
    r"(?:\s+(?:II|III|IV|V|VI|Jr\.?|Sr\.?))?(?:,?\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})"
    r"|\s+\(([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\))"
)
# offices of a state or a city within a country: "Senator X of Georgia" is of the US state
_LOCAL_OFFICES = frozenset(["Senator", "Sen.", "Governor", "Gov.", "Representative", "Rep.", "Mayor"])


def _country_after(text: str, mentions: tuple[Mention, ...], role: str | None) -> str | None:
    """Return the country named after "of" right after a full-name mention ("President Ellen
    Sirleaf of Liberia"), if any: all of the capitalised words there, or those before an "and"
    that joins the next name ("of Sierra Leone and Ernest Koroma of Guinea"); never for the
    holder of a local office."""
    if role is not None and not _LOCAL_OFFICES.isdisjoint(role.split()):
        return None
    for m in mentions:
        if m.rule != "full-name":
            continue
        after = _OF_COUNTRY_AFTER.match(text, m.span.end)
        words = (after.group(1) or after.group(2)).split() if after else []
        ends = [n for n in range(len(words), 0, -1) if n == len(words) or words[n] == "and"]
        for n in ends:
            country = country_word(" ".join(words[:n]))
            if country is not None:
                return country
    return None


def _mentions(doc: Document, person: Person) -> tuple[Mention, ...]:
    """Return every full-name and surname mention of a person, then those of its other forms
    (``Xi``, ``Niisto``) and glued words, in order."""
    text = doc.text
    tokens = person.name_tokens
    full = " ".join(tokens)
    found: list[Mention] = []
    for start, name in whole_word_occurrences(text, full, _family(tokens) if len(tokens) > 1 else None):
        span = doc.span(start, start + len(name))
        if name == full:
            found.append(Mention(span, full, "full-name"))
        else:
            found.append(Mention(span, name, "title" if _has_title(text, start) else "surname"))
    if not (person.forms or person.spans):
        return tuple(found)
    taken = [(m.span.start, m.span.end) for m in found]
    extra = [(s, s + len(f), f) for f in person.forms for s, _ in whole_word_occurrences(text, f, None)]
    extra += [(s, e, text[s:e]) for s, e in person.spans]
    for start, end, form in sorted(extra, key=lambda x: (x[0], -x[1])):
        if all(end <= a or start >= b for a, b in taken):
            taken.append((start, end))
            found.append(Mention(doc.span(start, end), form, "variant"))
    return tuple(sorted(found, key=lambda m: m.span.start))
