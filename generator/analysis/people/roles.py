"""Roles of people: the role phrase before a name, the apposition after it, the body it names."""

from __future__ import annotations

import re

from .. import lexicon as lx
from .. import windows as W
from ..alternation import alternation
from .affiliation import country_named, country_word, portfolio_words

TITLES = frozenset(lx.PERSON_TITLES)
# the forms of address read as role words too; "Comrade" and "Cde" are not ("Dear comrade Peña"
# names no role)
_ROLE_ADDRESSES = frozenset(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Miss"])
_ROLE_WORDS = frozenset(w for r in lx.ROLE_NOUNS for w in re.split(r"[\s]", r)) | {
    t.lower().rstrip(".") for t in lx.PERSON_TITLES if t not in lx.FORMS_OF_ADDRESS or t in _ROLE_ADDRESSES
}
_ROLE_NOUN = re.compile(r"\b(?:" + alternation(sorted(lx.ROLE_NOUNS, key=len, reverse=True)) + r")\b")
# a role noun starts with one of these words (a fast check before `_ROLE_NOUN`)
_ROLE_FIRSTS = frozenset(r.split()[0].split("-")[0] for r in lx.ROLE_NOUNS)
_LOWER_RUN = re.compile(r"[a-z]+")
_APPOSITION = re.compile(
    r",\s+((?:the|a|an)\s+)?([^,.;:“”\"()]{3,140}?(?:\s\([A-Z][\w-]*\))?)(?=,|\.|;|\s+(?:said|says|told|who)\b)"
)


_TOKEN_CHARS = "’'.-_"
_ROLE_TAIL = re.compile(r"(?:\s+(?:of|the|for))+$")
# (a preposition opens no role: "stood in for President X" is the President's)
_LEAD_WORDS = frozenset(("of", "the", "and", "former", "for", "to", "with", "by", "from"))
_HONORIFICS = lx.FORMS_OF_ADDRESS | lx.HONORIFICS


_LONGEST_ADDRESS = max(map(len, lx.FORMS_OF_ADDRESS)) + 2  # with the space after it and one before
_HONORIFIC_BEFORE = re.compile(
    r"(?<![\w.])(?:" + "|".join(map(re.escape, sorted(lx.FORMS_OF_ADDRESS, key=len, reverse=True))) + r")\s$"
)


# a role's portfolio right before a name: "of Oil ", "of Foreign Affairs "
_PORTFOLIO = re.compile(r"\bof\s+(?P<words>(?:[A-Z][a-z]+\s+(?:and\s+)?){1,3})$")


# a role and "of" right before a run, or a portfolio's field and "and": "Minister of ", "of Trade and "
ROLE_OF = re.compile(
    r"\b(?:"
    + "|".join(sorted({r.split()[-1] for r in lx.ROLE_NOUNS} | {"Minister", "Ministry", "Secretary"}))
    + r")\s+of\s+$|\b[A-Z][a-z]+\s+and\s+$",
    re.I,
)


_POSSESSIVE_END = re.compile(r"['’]s\b.*$")


def _ends_with_place(words: list[str]) -> bool:
    """Return whether ``words`` end with a place's name: a capital, or a country by one of its
    names ("Jamaica", "Trinidad and Tobago", "Ivory Coast"; not the demonym "Jamaican")."""
    if not words or not words[-1][:1].isupper():
        return False
    if words[-1] in lx.PLACE_WORDS:
        return True
    return any(country_named(" ".join(words[-n:])) for n in range(1, min(len(words), 5) + 1))


def _portfolio_before(text: str, start: int) -> bool:
    """Return whether a portfolio ends right before the name at ``start`` ("Minister of Oil Saad",
    "of Water and Sanitation", "of Higher Education")."""
    m = _PORTFOLIO.search(text, max(0, start - 50), start)
    words = [w for w in m.group("words").split() if w != "and"] if m else []
    titles = m is not None and ROLE_OF.search(text, max(0, m.start() - 40), m.start() + 3) is not None
    return bool(words) and portfolio_words(words, titles=titles) == len(words)


def _office_of(words: list[str]) -> bool:
    """Return whether ``words`` end with a role and "of" ("head of", "President of the"), which
    makes the "state" or "government" after them an office."""
    rest = [w for w in words[-3:] if w.lower() != "the"]
    return len(rest) >= 2 and rest[-1] == "of" and rest[-2].lower() in _ROLE_WORDS


# a name of two capitalised words or more
_FULL_NAME = re.compile(r"[A-Z][\w’'-]*\.?\s+(?:(?:al|bin|de|van|von|el)[\s-])?[A-Z]")
# a rank between a role set off by a comma and the name: "The army chief, General Abdi Warsame"
_RANKS = (
    "General",
    "Gen.",
    "Lt. Gen.",
    "Maj. Gen.",
    "Brig. Gen.",
    "Colonel",
    "Col.",
    "Major",
    "Maj.",
    "Captain",
    "Capt.",
    "Admiral",
    "Adm.",
    "Brig.",
    "Lt.",
    "Marshal",
    "Field Marshal",
    "Air Marshal",
    "Brigadier",
    "Brigadier General",
    "Major General",
    "Lieutenant General",
    "Lieutenant",
    "Vice Admiral",
    "Rear Admiral",
    "Commissioner",
    "Inspector General",
)
# (a role with its article or a possessive, not after a preposition or a participle: "After
# meeting the president, General X said", "In a letter to the prime minister, Colonel X" are
# another's)
_RANK_AFTER_ROLE = re.compile(
    r"(?<!\bto\s)(?<!\bwith\s)(?<!\babout\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bfrom\s)(?<!\bby\s)(?<!\bon\s)"
    r"(?<!\bat\s)(?<!\bin\s)(?<!ing\s)\b(?:[Tt]he|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:"
    + alternation(sorted(lx.ROLE_NOUNS, key=len, reverse=True))
    + r"),\s(?P<rank>"
    + alternation(sorted(_RANKS, key=len, reverse=True))
    + r")\s$"
)
# what `_RANK_AFTER_ROLE` ends with, for a fast check before it
_RANK_ENDS = tuple(_RANKS)


# a name of two words or more, then a role set off with its article, right before another name
# ("Lena Marsh, the Commonwealth Secretary-General, Otto Brandt"): the role is the first name's
_APPOSED_ROLE_BEFORE = re.compile(
    r"\b(?P<first>[A-Z][\w’'.-]*)\s+[A-Z][\w’'-]+,\s+(?:the|an?)\s+[^,;.“”\"]{2,60},\s$"
)
# a role set off before a name, with its article ("the president, " before "William Ruto, ")
_ROLE_SET_OFF_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+[^,;.“”\"]{2,60},\s$")
_APPOSED_AFTER_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},\s+(?:the|an?)\s")
# words that open a place's name set before the subject, not a person's ("In New York, the ...")
_PLACE_LEADS = frozenset(
    ["In", "At", "From", "On", "To", "For", "By", "With", "Near", "Outside", "Inside", "After"]
)
_PLACE_PREPOSITIONS = frozenset(w.lower() for w in _PLACE_LEADS)


def _named_before_role(text: str, start: int) -> bool:
    """Return whether a role set off before the name at ``start`` follows another name, whose
    apposition it is: when the name at ``start`` has one of its own after it, as the names of a
    list whose roles follow them do (not "Prime Minister A, the interior minister, B, and ...":
    there the roles come first)."""
    if not _APPOSED_AFTER_NAME.match(text, start):
        return False
    m = _APPOSED_ROLE_BEFORE.search(text, max(0, start - W.ROLE_BEFORE_NAME - 40), start)
    if m is None or m.group("first") in _PLACE_LEADS or country_word(m.group("first")):
        return False
    if _ROLE_SET_OFF_BEFORE.search(text, max(0, m.start() - 70), m.start()):
        return False  # "the president, William Ruto, the foreign minister, Musalia Mudavadi": roles first
    before = text[max(0, m.start() - 12) : m.start()].split()
    return not before or before[-1].lower() not in _PLACE_PREPOSITIONS


def role_before(text: str, start: int) -> str | None:
    """Return the role phrase just before a name (``Russian foreign ministry spokeswoman``)."""
    honorific = _HONORIFIC_BEFORE.search(text, max(0, start - _LONGEST_ADDRESS), start)
    if honorific is not None:
        start = honorific.start()  # "the ministry's spokesman, Mr Vedo Justin": the role is before "Mr"
    elif start > 1 and text[start - 1].isspace() and text.endswith(_RANK_ENDS, 0, start - 1):
        rank = _RANK_AFTER_ROLE.search(text, max(0, start - W.ROLE_BEFORE_NAME), start)
        if rank is not None:
            # "The army chief, General Abdi Warsame": the role set off before the rank, and the rank
            role = role_before(text, rank.start("rank"))
            return f"{role}, {rank.group('rank')}" if role else None
    if start < 2 or text[start - 1] != " ":
        return None
    if not _role_word_before(text, start - 1):
        before = text[max(0, start - 40) : start - 1].split()[-5:]
        if not before or (
            before[-1] not in lx.STATE_NAME_ENDS
            and not _ends_with_place(before)
            and not _portfolio_before(text, start)
        ):
            return None
    # the gap between the last word and the name: " " or ", " (anything else has no role)
    if _token_char(text[start - 2]):
        gap = " "
    elif text[start - 2] == "," and start >= 3 and _token_char(text[start - 3]):
        gap = ", "
    else:
        return None
    words = _role_words(text, max(0, start - W.ROLE_BEFORE_NAME), start - len(gap))
    if gap == ", " and _named_before_role(text, start):
        return None  # "Lena Marsh, the Commonwealth Secretary-General, Otto Brandt, ...": hers
    if gap == ", " and not _role_word(words[-1].lower().rstrip(".")):
        if _LIST_GOES_ON.match(text, start):
            return None  # "Minister of Foreign Affairs, Trade and Development": a portfolio's items
        return _role_of_body(text, start - len(gap))
    if gap == " " and _portfolio_before(text, start):
        return _role_of_body(text, start - len(gap))  # "Minister of Oil Saad Al Barrak"
    if gap == " " and not _role_word(words[-1].lower().rstrip(".")):
        if (words[-1] in lx.STATE_NAME_ENDS or _ends_with_place(words)) and _FULL_NAME.match(text, start):
            # "the Minister of Foreign Affairs of the Russian Federation Sergey Lavrov" (a full name:
            # "of the Russian State Duma" ends a body's name)
            return _role_of_body(text, start - len(gap))
        return None
    if gap == " " and words[-1].lower() in ("state", "government") and not _office_of(words[:-1]):
        return None  # "of the Russian State Duma": a body's name goes on, no "head of state" before a name
    if gap == " " and words[-1].endswith(".") and words[-1][:-1] not in lx.ABBREVIATED_TITLES:
        return None  # "Pashinyan met the press. Pashinyan said": a sentence's end, no role
    if gap == " " and words[-1] == "of" and _ONE_WORD.match(text, start):
        return None  # "Minister of Trade", "the Ministry of Mines": a portfolio or a body, no name
    first = 0
    while first < len(words) and words[first].lower() in _LEAD_WORDS:
        first += 1
    while first < len(words) and words[first] in _HONORIFICS and words[first] in TITLES:
        if first + 1 < len(words) and country_word(f"{words[first]} {words[first + 1]}"):
            break  # "Sri Lankan President": a country's demonym, no honorific
        first += 1
    if first >= len(words):
        return None
    end = start - len(gap)
    role = _ROLE_TAIL.sub("", text[end - len(" ".join(words[first:])) : end])
    if gap == ", " and not any(w.lower() in lx.ROLE_NOUNS for w in role.split()):
        return None  # "the President of the ECOWAS Commission, Jean-Claude Kassi Brou"
    tokens = role.split()
    if tokens[-1] in lx.FORMS_OF_ADDRESS:
        return None
    if words[-1] == "of" and not any(t.lower().rstrip(".") in _ROLE_WORDS - {"of"} for t in tokens):
        return None  # "Jo Reed of Human Rights Watch": a name and a body, no role
    if gap == ", " and len(tokens) > 2 and tokens[-3] in TITLES and all(_named(t) for t in tokens[-2:]):
        return None  # "Mozambique's President Daniel Chapo, Duma Boko": a name ends it, not a role
    return role


# "Secretary General of the Arab League, Ahmad ...": a role noun and the body it is of, set off
# by a comma before the name (the phrase holds no verb, no clause word and no other comma)
_OF_BODY = re.compile(
    r"(?:^|(?<=[\s(]))(?P<role>(?:(?-i:[A-Z])[\w-]*(?:['’]s)?\s+){0,2}(?:"
    + alternation(sorted(lx.ROLE_NOUNS, key=len, reverse=True))
    + r")\s+(?:of|for|to|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,5}[\w’'-]+)$",
    re.I,
)


def _role_of_body(text: str, end: int) -> str | None:
    """Return "ROLE of (the) BODY" ending at ``end`` (a comma follows it, then the name)."""
    lo = max(0, end - W.ROLE_BEFORE_NAME)
    window = text[lo:end]
    cut = max(window.rfind(c) for c in ',.;:“”"()')
    tail = len(window)
    if cut > 0 and window[cut] == "," and _PORTFOLIO_TAIL.fullmatch(window, cut + 1):
        # "Commissioner for Political Affairs, Peace and Security, Bankole Adeoye": the body
        # (a portfolio) is itself a list, whose last items follow a comma
        tail, cut = cut, max(window.rfind(c, 0, cut) for c in ',.;:“”"()')
    m = _OF_BODY.search(window, cut + 1, tail)
    if m is None:
        return None
    role = m.group("role")
    if role.startswith("The ") and not country_word(_POSSESSIVE_END.sub("", role.split(" of ")[0])):
        role = role[4:]  # a sentence's opening: "The President of Kenya X" (not "The Gambia's ...")
    # ("and" between a portfolio's fields is no clause: "Minister of Oil and Gas")
    # (nor between the words of a country's name: "Prime Minister of Trinidad and Tobago")
    checked = _FIELDS_AND.sub(" ", _JOINED_COUNTRIES.sub(_one_word, role))
    if _VERB_IN.search(role) or _CLAUSE_IN.search(checked):
        return None
    return role + window[tail:]


# a capitalised word that a list goes on after: "Trade and Development"
_LIST_GOES_ON = re.compile(r"[A-Z][\w’'-]*\s+(?:and|&)\s+[A-Z]")
# the last items of a capitalised list: " Peace and Security", " Trade and Development"
_CAPITALISED = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"  # one or two capitalised words
_PORTFOLIO_TAIL = re.compile(rf"\s+{_CAPITALISED}\s+(?:and|&)\s+{_CAPITALISED}")
_FIELDS_AND = re.compile(
    r"(?<=\s)(?:" + "|".join(sorted(lx.ROLE_FIELDS)) + r")\s+and\s+(?=(?-i:[A-Z]))", re.I
)
_CLAUSE_IN = re.compile(r"\b(?:who|which|that|and|but|when|where|while|said|says|told)\b", re.I)


# one capitalised word alone ("Trade, Industry"), not the start of a longer run ("Norway Ivo Banner")
_ONE_WORD = re.compile(r"[A-Z][\w’'-]*(?![\w’'-]|\.\w|\s+[A-Z])")


def _named(token: str) -> bool:
    """Return whether a token may be part of a person's name (capitalised, no role word)."""
    return token[:1].isupper() and not token.isupper() and token.lower().rstrip(".,") not in _ROLE_WORDS


def _role_words(text: str, offset: int, end: int) -> list[str]:
    """Return the word (``[\\w’'.-]+``, not before ``offset``) ending at ``end``, and
    before it the role words joined to it by single spaces."""
    k = _word_start(text, offset, end)
    words = [text[k:end]]
    lo = max(offset, end - 50)
    joined = _JOINED_COUNTRY.search(text, lo, end) if text.find(" and ", lo, end) >= 0 else None
    if joined is not None and country_word(joined.group()) == joined.group():
        # "Prime Minister of Trinidad and Tobago": a country's name with "and" in it is one word
        k = joined.start()
        words = [joined.group()]
    while k - 2 >= offset and text[k - 1] == " " and _token_char(text[k - 2]):
        end = k - 1
        k = _word_start(text, offset, end)
        if text[k:end] == "and" and _coordinated_role(text, offset, k):
            words.append("and")  # "Deputy Prime Minister and Foreign Minister Don Pramudwinai"
            continue
        if not _role_token(text[k:end]) or _sentence_end(text[k:end]):
            break
        words.append(text[k:end])
    words.reverse()
    return words


# a country's name whose words "and" joins: "Antigua and Barbuda", "Saint Vincent and the Grenadines"
_JOINED_COUNTRIES = re.compile(r"(?<![\w-])(?:[A-Z][\w-]*\s){1,2}and\s(?:the\s)?[A-Z][\w-]*")
# ... ending a role: "of Antigua and Barbuda"
_JOINED_COUNTRY = re.compile(_JOINED_COUNTRIES.pattern + "$")


def _one_word(m: re.Match[str]) -> str:
    """Return a joined country's name as one word, other words as they are."""
    return m.group().replace(" ", "_") if country_word(m.group()) == m.group() else m.group()


def _sentence_end(word: str) -> bool:
    """Return whether a word ends its sentence: a full stop after it, not an abbreviation's
    ("Brussels." and not "Gen." or "U.S.")."""
    bare = word[:-1]
    return word.endswith(".") and "." not in bare and len(bare) > 1 and bare not in lx.ABBREVIATED_TITLES


def _coordinated_role(text: str, offset: int, k: int) -> bool:
    """Return whether the "and" starting at ``k`` joins a role noun before it to the role after
    it ("Deputy Prime Minister and Foreign Minister")."""
    if k - 2 < offset or text[k - 1] != " ":
        return False
    start = _word_start(text, offset, k - 1)
    word = text[start : k - 1]
    # (not after a determiner: "The President and Foreign Minister Sergei Lavrov" are two people)
    if _DETERMINER_BEFORE.search(text, max(offset, start - 4), start):
        return False
    return word[:1].isupper() and word.lower().rstrip(".") in _ROLE_WORDS


_DETERMINER_BEFORE = re.compile(r"(?:^|\b)(?:[Tt]he|[Aa]n?)\s+$")


def _word_start(text: str, offset: int, end: int) -> int:
    while end > offset and (text[end - 1].isalnum() or text[end - 1] in _TOKEN_CHARS):
        end -= 1
    return end


def _token_char(ch: str) -> bool:
    return ch.isalnum() or ch in _TOKEN_CHARS


def _role_word_before(text: str, gap: int) -> bool:
    """Return whether a comma or a role word ends right before the space at ``gap`` (fast check)."""
    if text[gap - 1] == ",":
        return True
    k = gap
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "’'.-_"):
        k -= 1
    return _role_word(text[k:gap].lower().rstrip("."))


def _role_word(low: str) -> bool:
    """Return whether a lower-case word is a role's, or one of an office to be held
    ("president-elect", "minister-designate")."""
    if low.endswith(lx.TO_HOLD_SUFFIXES):
        low = low.rpartition("-")[0]
    return low in _ROLE_WORDS


# a region's words in a body's name ("East African Community Secretary General")
_COMPASS = frozenset(
    ["east", "west", "north", "south", "eastern", "western", "northern", "southern", "central"]
)
# the words of a body's name that may stand in a role before a name
_BODY_WORDS = lx.BODY_WORDS | {"assembly", "authority", "bank"}


def _role_token(word: str) -> bool:
    low = word.lower()
    if _role_word(low) or low in lx.ROLE_MODIFIERS or low in lx.ROLE_FIELDS:
        return True
    if word in lx.NOT_NAME_WORDS:  # nationalities qualify a role: "Russian foreign ministry", "Kenyan"
        # ... and so does the body it is in: "African Union Commission chairperson"
        return word.endswith(
            ("ian", "ean", "ese", "ish", "can", "Arab", "Foreign", "Defence", "Defense")
        ) or (country_word(word) is not None or low in _BODY_WORDS or low in _COMPASS)
    return word[:1].isupper()


# "chairman of the ECOWAS Authority": the last words are a body the role is of, no name
_OF_TAIL = re.compile(r"\b(?:of|for|at|to)\s+(?:the\s+)?\S+\s+\S+$")
_VERB_IN = re.compile(r"\b(?:was|were|is|are|has|have|had)\s")
_NOT_APPOSITION = re.compile(
    r"(?:who|which|where|when|and|but|with|as|in|at|on|for|after|before|while|during|from|by|to)\b"
)
# a title, a name and a verb: the phrase is a clause whose subject is that name ("in Dar es
# Salaam, President Magufuli paid tribute"), not a role of the name before (not "Vice President
# and running mate", "Secretary General until March")
_TITLE_WORDS = alternation(sorted(lx.PERSON_TITLES, key=len, reverse=True))
_TITLED_SUBJECT = re.compile(
    r"(?:" + _TITLE_WORDS + r")\.?\s+"
    r"(?:(?!(?:" + _TITLE_WORDS + r")\b)"
    r"[A-Z][\w.-]*(?:['’][A-Z][\w.-]*)?\s+){1,3}"
    r"(?:[a-z]{3,}ed|paid|met|said|told|spoke|led|made|took|gave|held|sent|won|went|came|flew|left|"
    r"rejected|urged|called|warned|says|has|had|is|was|will|would)\b"
)
# a title right after an apposition's closing comma: the apposition is the next name's
_NAME_FOLLOWS = re.compile(r",\s+(?:" + _TITLE_WORDS + r")\s")


# ", who heads the ECOWAS Commission,": the body a person heads (a body's capitalised name)
_WHO_HEADS = re.compile(
    r",\s+who\s+(?:currently\s+|now\s+)?(?P<verb>heads|leads|chairs|runs|directs)\s+"
    r"(?P<body>(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,5}[A-Z][\w’'-]*)\s*[,.;]"
)


def role_after(text: str, end: int) -> str | None:
    """Return the role apposition after a name (``, NATO's secretary general,``), or the role a
    relative clause gives (``, who heads the ECOWAS Commission,`` is the head of it)."""
    heads = _WHO_HEADS.match(text, end)
    if heads is not None:
        noun = "chair" if heads["verb"] == "chairs" else "head"
        return f"{noun} of {heads['body']}"
    m = _APPOSITION.match(text, end)
    if not m:
        return None
    phrase = m.group(2).strip()
    low = phrase.lower()
    if _NOT_APPOSITION.match(low) or _VERB_IN.search(low):
        return None  # a clause or a phrase, not a noun ("Jeddah, with President X taking part")
    if _TITLED_SUBJECT.match(phrase):
        return None
    if _NAME_FOLLOWS.match(text, m.end()):
        return None  # "at Simba Hall, the Chairperson of the Council, Hon Dr. X, said": X's role
    tail = phrase.split()[-2:]
    if (
        len(tail) == 2
        and all(w[:1].isupper() and not w.isupper() and w not in lx.NOT_NAME_WORDS for w in tail)
        and not _OF_TAIL.search(phrase)
    ):
        return None  # another name follows: a list of people, not an apposition
    if _ROLE_FIRSTS.isdisjoint(_LOWER_RUN.findall(low)) or not _ROLE_NOUN.search(low):
        return None
    return phrase if len(phrase.split()) <= 18 else None
