"""The regexes built for long word lists find what the plain searches they replace find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.analysis.alternation import alternation
from generator.analysis.gazetteer import SubstringFinder, word_pattern

# few letters, so that words share prefixes, contain one another and overlap in texts
_LETTERS = "abc -("
_WORDS = st.lists(st.text(_LETTERS, min_size=1, max_size=5), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(words=_WORDS, text=st.text(_LETTERS, max_size=40))
def test_substring_finder_finds_every_word_the_text_contains(words: list[str], text: str) -> None:
    assert SubstringFinder(words)(text) == frozenset(w for w in words if w in text)


def test_substring_finder_reports_words_inside_a_longer_one() -> None:
    find = SubstringFinder(["countr", "countries", "form", "formed", "form ", " as ", "as"])
    assert find("five countries formed it as one") == {"countr", "countries", "form", "formed", " as ", "as"}
    assert find("a form of words") == {"form", "form "}
    assert find("nothing here") == frozenset()


def test_substring_finder_of_no_words_finds_nothing() -> None:
    assert SubstringFinder([])("any text") == frozenset()


def test_substring_finder_refuses_an_empty_word() -> None:
    with pytest.raises(ValueError, match="empty"):
        SubstringFinder(["member", ""])


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.text("abAB.", min_size=1, max_size=4), min_size=1, max_size=10),
    text=st.text("abAB. ", max_size=30),
)
def test_alternation_matches_what_the_flat_alternation_matches(words: list[str], text: str) -> None:
    flat = re.compile("|".join(map(re.escape, words)))
    grouped = re.compile(alternation(words))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_word_pattern_finds_whole_words_longest_first() -> None:
    pattern = word_pattern(["Niger", "Nigeria", "Mali"])
    assert [m.group() for m in pattern.finditer("Nigeria, Niger and Mali; Malian, Maliki")] == [
        "Nigeria",
        "Niger",
        "Mali",
    ]
    # not inside a word, nor after a dot or hyphen
    assert pattern.search("anti-Mali and x.Niger") is None
