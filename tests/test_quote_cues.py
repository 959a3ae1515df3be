"""Quote cues and quote boundaries: party labels, possessive nouns, woven fragments, decades."""

from __future__ import annotations

import pytest
from helpers import make_doc

from generator.analysis.people import extract_people
from generator.analysis.quotes import extract_quotes


def direct_quotes(text: str) -> list[tuple[str, str | None]]:
    doc = make_doc(text)
    found = extract_quotes(doc, people=extract_people(doc))
    return [(q.text, q.speaker.name if q.speaker else None) for q in found if q.kind == "direct"]


SPEAKERS = [
    # party and state labels sit between the name and the verb
    ("“We will not back down on this,” Rep. Dana Mirel (D-Ohio) said Friday.", "Dana Mirel"),
    ("“The bill will pass next week,” Sen. Olaf Brandt, R-Tex., said Tuesday.", "Olaf Brandt"),
    ("“The bill will pass next week,” said Sen. Olaf Brandt (R-Tex.).", "Olaf Brandt"),
    # a possessive makes the verb a noun: the one who boasted spoke
    (
        "When Nora Pell noted the loss, Sam Ruiz boasted, “That makes me a winner.”",
        "Sam Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_cue_speakers(text: str, speaker: str) -> None:
    got = direct_quotes(text)
    assert got and got[-1][1] == speaker


def test_possessive_noun_is_not_a_cue() -> None:
    text = "Sam Ruiz took Nora Pell's remark as praise -- “We paid what we owed, every cent of it.”"
    got = direct_quotes(text)
    assert got and got[0][1] != "Nora Pell"


WOVEN = [
    # a lowercase fragment continuing the narrator's sentence is partial
    ("Dora Vick said the plan was “a total failure from the very first day.”", []),
    ("Critics say Vick is “unfit to hold any office in this state,” Ray Olm said.", []),
    # a speech verb right before the mark lets a lowercase clause stand
    (
        "Dora Vick said, “we are working toward a deal with them.”",
        [("we are working toward a deal with them.", "Dora Vick")],
    ),
    (
        "Dora Vick repeated that “action on the budget is the price of trust.”",
        [("action on the budget is the price of trust.", "Dora Vick")],
    ),
    # uppercase quotes after narrator words are untouched
    (
        "Dora Vick told the crowd “We will win this race in November.”",
        [("We will win this race in November.", "Dora Vick")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WOVEN)
def test_woven_fragments(text: str, expected: list) -> None:
    assert direct_quotes(text) == expected


def test_decade_apostrophe_is_not_a_mark() -> None:
    text = "In the early '80s, Ann Mole worked at a firm. She said she liked it then."
    assert direct_quotes(text) == []
    text = "Back in '16 he ran. “We will run again this year,” said Ann Mole."
    assert direct_quotes(text) == [("We will run again this year,", "Ann Mole")]
