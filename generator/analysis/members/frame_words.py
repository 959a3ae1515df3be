"""The membership-frame lexicon: the words that frame a membership, by kind, and the light
words a frame may stand across from its countries (`frame`).

A frame is a country enumeration (a list, or one country), one of these words, and an
organization. Everything else (whose members, which standing, what undoes it) is structure:
what stands between the enumeration and the word, and on which side.
"""

from __future__ import annotations

import re
from enum import StrEnum

from ...records import MemberStatus
from ..alternation import alternation
from .fragments import DASH


class Frame(StrEnum):
    """The kind of membership word, which decides on which side the countries may stand."""

    MEMBER = "member"  # member(s), member state(s), membership, founding/fellow member(s)
    # (an OSCE "participating state" is not read as a member, as everywhere in `members`)
    JOIN = "join"  # joined, rejoined, acceded to
    ADMIT = "admit"  # admitted, welcomed, accepted, inducted, readmitted, reinstated, added
    INCLUDE = "include"  # includes, comprises, consists of, is made up of, brings together
    SUSPEND = "suspend"  # suspended, barred
    FREEZE = "freeze"  # froze, frozen
    BELONG = "belong"  # belongs to
    FOUND = "found"  # founded, established, created, formed (by the countries, or them founding it)


STATUS: dict[Frame, MemberStatus] = {Frame.SUSPEND: "suspended", Frame.FREEZE: "frozen"}

# one alternative per kind, each a named group; "non-member" and "membership bid" are read by
# the guards, not here
# every frame word's initial: a search skips quickly to where one starts
_INITIALS = "abcefgijmnorsuwABCEFGIJMNORSUW"
WORDS = re.compile(
    rf"(?=[{_INITIALS}])(?<![\w-])(?:"
    r"(?P<member>(?:(?:founding|founder|fellow|full|full-fledged|fully-fledged|original)\s+)?"
    r"(?:member(?:[- ](?:states?|countr(?:y|ies)|nations?))|members?|membership))"
    r"|(?P<join>(?:re)?join(?:s|ed)?|acced(?:ed|es)\s+to)"
    r"|(?P<admit>(?:re)?admit(?:s|ted)|welcomed?|welcomes|accepted|inducted|reinstated|added|adds)"
    r"|(?P<include>includ(?:es?|ed)|compris(?:es?|ing)|consists?\s+of|consisting\s+of|(?:made\s+up|composed)\s+of"
    r"|(?:brings|bringing|brought|groups|grouping)\s+together|unites|uniting)"
    r"|(?P<suspend>suspended|suspends|barred|bars)"
    r"|(?P<freeze>froze|frozen|freezes)"
    r"|(?P<belong>belongs?\s+to)"
    r"|(?P<found>founded|established|created|formed)"
    # read as members only right after an organization: "NATO countries", "the bloc's other states"
    r"|(?P<peer>countries|nations|states|allies|ally)"
    r")(?![\w-])",
    re.IGNORECASE,
)
# words any sentence with a frame contains (lower case): a sentence with none is not read
CUES = (
    "member",
    "join",
    "acced",
    "admit",
    "welcom",
    "accepted",
    "inducted",
    "reinstat",
    "added",
    "adds",
    "includ",
    "compris",
    "consist",
    "made up",
    "composed",
    "together",
    "unites",
    "uniting",
    "suspend",
    "barred",
    "bars",
    "froze",
    "freez",
    "belong",
    "founded",
    "established",
    "created",
    "formed",
)

_NUMBERS = "two three four five six seven eight nine ten eleven twelve several some many"
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth last latest"
# adjectives of the members themselves: "the ten other members", "its newest member"
ADJECTIVES = (
    f"{_NUMBERS} {_ORDINALS} founding founder fellow full full-fledged fully-fledged original current "
    "remaining other newest new oldest long-standing longstanding core key existing"
)
# what may stand between countries and the frame word after them: "Gabon and Togo, now both
# full members of", "Turkey, a NATO member", "Finland and Sweden have joined"
_SUBJECT_SIDE = (
    f"{ADJECTIVES} is are remain remains remained stay stays has have had been become became becomes "
    "was were now all both also still currently formally officially today already later "
    "finally the a an its their one of among which that who each together too just only being"
)
# what may stand between the frame word and the countries after it: "members are", "members,
# namely,", "made up of ten countries, among them", "member states of the bloc include"
_OBJECT_SIDE = (
    f"{_NUMBERS} are is were include includes included including comprise such as like namely "
    "notably among them following the of in within now currently also all countries states "
    "nations economies has have"
)
_PUNCT = rf"(?:[,:()]|{DASH})"
_TOKEN_TAIL = r"(?![\w-])\s*"


def _gap(words: str) -> re.Pattern[str]:
    token = rf"(?:(?:{alternation(words.split(), ignore_case=True)})|<O\d+>(?:['’]s)?|\d+(?:st|nd|rd|th)?)"
    return re.compile(
        rf"\s*(?:{_PUNCT}\s*)*(?:{token}{_TOKEN_TAIL}(?:{_PUNCT}\s*)*){{0,8}}",
        re.IGNORECASE,
    )


SUBJECT_GAP = _gap(_SUBJECT_SIDE)
OBJECT_GAP = _gap(_OBJECT_SIDE)
