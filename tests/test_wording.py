"""Reader-facing wording: plurals, quote counts, nested quote marks, speaker evidence."""

from __future__ import annotations

import pytest

from generator.records import Quote, QuoteKind, Span, Speaker
from generator.wording import counted, how_found, plural, quote_summary, quoted


@pytest.mark.parametrize(
    ("count", "word", "expected"),
    [
        (1, "speaker", "1 speaker"),
        (2, "speaker", "2 speakers"),
        (0, "article", "0 articles"),
        (1, "article", "1 article"),
        (3, "difference", "3 differences"),
        (2, "key quote", "2 key quotes"),
        (2, "reported statement", "2 reported statements"),
        (2, "country", "2 countries"),
    ],
)
def test_counted(count: int, word: str, expected: str) -> None:
    assert counted(count, word) == expected


def test_plural_of_one_is_the_word() -> None:
    assert plural("member state", 1) == "member state"


def _quote(kind: QuoteKind) -> Quote:
    return Quote(text="We will.", span=Span(0, 8), kind=kind, speaker=None, resolved_by="none")


def test_quote_summary_names_each_kind_once_in_order() -> None:
    quotes = [_quote("reported"), _quote("direct"), _quote("partial"), _quote("direct")]
    assert quote_summary(quotes) == "2 key quotes, 1 partial quote and 1 reported statement"
    assert quote_summary([_quote("direct")]) == "1 key quote"
    assert (
        quote_summary([_quote("partial"), _quote("reported")]) == "1 partial quote and 1 reported statement"
    )
    assert quote_summary([]) == "no quotes"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a “coordinating state”, authorized,", "“a ‘coordinating state’, authorized”"),
        ('a "soft" alliance', "“a ‘soft’ alliance”"),
        ("no marks inside", "“no marks inside”"),
        ("keeps 'single' marks", "“keeps 'single' marks”"),
    ],
)
def test_nested_quotes_use_single_marks(text: str, expected: str) -> None:
    assert quoted(text) == expected


def test_quoted_text_is_escaped() -> None:
    assert quoted("<b>*x*</b>") == "“&lt;b&gt;\\*x\\*&lt;/b&gt;”"


def test_how_found_speaks_plainly_without_rule_names() -> None:
    q = Quote(
        text="We will.",
        span=Span(0, 8),
        kind="direct",
        speaker=Speaker(key="x", name="Ann Lee"),
        resolved_by="pronoun",
        cue="she said",
    )
    assert how_found(q) == "“she said” refers back to the last person named"
    assert how_found(_quote("direct")) == "no speaker found"
