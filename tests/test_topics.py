"""Topic cue matching: peacekeeping and the UN, with its traps."""

from __future__ import annotations

import pytest
from helpers import covered, make_doc

from generator.analysis.topics import compile_topic, extract_topics


def peace_paragraphs(text: str) -> list[int]:
    doc = make_doc(text)
    topics = {t.id: t for t in extract_topics(doc)}
    return list(topics["peacekeeping-un"].paragraphs) if "peacekeeping-un" in topics else []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peacekeepers were deployed to the border.", [0]),
        ("The peace-keeping record was praised.", [0]),
        ("The UN said the talks would resume.", [0]),
        ("The U.N. envoy arrived.", [0]),
        ("The United Nations mission extended its mandate.", [0]),
        ("The Security Council met on Friday.", [0]),
        ("UNIFIL reported shelling near its base.", [0]),
        ("Monusco troops patrolled the road.", [0]),
        ("UNESCO listed the site.", [0]),
        ("Planning peace operations is hard.", [0]),
        # a name that opens a compound names it
        ("They accepted a UN-brokered truce in 1991.", [0]),
        ("A Monusco-led patrol was ambushed.", [0]),
        # missions that have ended, and the African Union's peace support operations
        ("Unamid closed its last team site in Darfur.", [0]),
        ("ATMIS handed the base over to the army.", [0]),
        ("Troops from Burundi served with Amisom for years.", [0]),
        ("UN-Habitat published its report.", [0]),
        # the UN's court, offices and agencies by their acronyms
        ("Guyana asked the ICJ to rule on the border.", [0]),
        ("The head of UNOWAS briefed the summit.", [0]),
        ("FAO warned of a poor harvest.", [0]),
        # the UN's chief and spokesman speak for it
        ("Guterres called on all parties to cease the violence.", [0]),
        ("Ban Ki-moon reiterated that there is no military solution.", [0]),
        ("Former secretary-general Ban Ki Moon visited Seoul.", [0]),
        # (a foundation or centre named after one is no UN body)
        ("The Kofi Annan Foundation organised a conference in Accra.", []),
        ("The Ban Ki-moon Centre for Global Citizens hosted a forum.", []),
        # a word counts whatever name it is part of (the exclusions are for names)
        ("The CSTO Collective Peacekeeping Forces guard the airport.", [0]),
        ("AU peacekeepers left Mogadishu.", [0]),
        # peacekeepers by their helmets
        ("Two blue helmets were wounded in the attack.", [0]),
        ("The Blue Helmets left the base at dawn.", [0]),
        # traps
        ("The United Arab Emirates joined the bloc.", []),
        ("The United States and the United Kingdom disagreed.", []),
        ("The AU Peace and Security Council suspended the country.", []),
        ("The African Union Security Council met.", []),
        ("Its National Security Council convened.", []),
        ("The Collective Security Council of the CSTO met online.", []),
        ("The OAS General Assembly voted to condemn the elections.", []),
        # another body's or a country's assembly or council: exclusions of those names alone
        ("Interpol's General Assembly opened in Vienna.", []),
        ("The General Assembly of the Organization of American States met in Lima.", []),
        ("Its Security Council Secretary Marat Imankulov arrived.", []),
        ("Russia’s Security Council met.", []),
        ("The UN's General Assembly met.", [0]),
        ("The Security Council of the world body voted 13-0.", [0]),
        ("Guterres of Portugal spoke.", [0]),
        # the UN's chief written without a hyphen, after "U.N.", or in the plural
        ("The UN Secretary General called for calm.", [0]),
        ("A spokesman for the U.N. Secretary-General declined to comment.", [0]),
        ("Two former UN Secretaries-General urged the council to act.", [0]),
        ("The Security Council of the United Nations met.", [0]),
        ("The ECOWAS Mediation and Security Council met in Abuja.", []),
        ("The unprecedented move was unusual and unilateral.", []),
        ("A ceasefire monitoring mission was sent.", []),
        ("They called for peace and harmony.", []),
        ("Sun and fun, said the UNcle.", []),
        ("An un-elected chair led the un-official talks.", []),
        # a reference back to the UN's council, chief or the UN itself, named before
        ("The UN Security Council met on Monday.\nThe council voted 13 to none.", [0, 1]),
        ("The UNSC met on Monday.\nAfter talks, the 15-nation council agreed to meet again.", [0, 1]),
        ("UN Secretary-General Antonio Guterres spoke.\nThe Secretary-General asked for calm.", [0, 1]),
        ("The UN voted on Monday.\nThe world body has 193 members.", [0, 1]),
        # ... past a mention of the same chief after a preposition, which names no other one
        (
            "UN Secretary-General Antonio Guterres spoke.\nA spokesperson for Secretary-General Farhan "
            "Haq said talks went on.\nThe Secretary-General asked for calm.",
            [0, 2],
        ),
        # the General Assembly is the UN's, but for an article on another body that has one
        ("The General Assembly adopted the resolution.", [0]),
        ("The OAS met in Washington.\nThe General Assembly adopted the resolution.", []),
        ("Interpol's chief spoke.\nThe General Assembly elected a president.", []),
        # ... not to another council or chief named in between, nor before any is named
        (
            "The UN Security Council met on Monday.\nThe Gulf Cooperation Council objected.\n"
            "The council voted 13 to none.",
            [0],
        ),
        ("Guterres spoke.\nNATO Secretary-General Mark Rutte agreed.\nThe Secretary-General said more.", [0]),
        ("The council voted on Monday.\nThe Security Council met later.", [1]),
        ("The UN Security Council met.\nThe Council of the European Union agreed.", [0]),
        (
            "The UN Security Council will vote on Friday.\nThe Council on Foreign Relations published a "
            "report.",
            [0],
        ),
        # ... nor to one whose name is excluded, nor past a council that is not named
        ("Iran's Supreme National Security Council met.\nThe council said Tehran would respond.", []),
        (
            "The UN Security Council met on Monday.\nResidents took their complaints to the city council. "
            "The council promised to act.",
            [0],
        ),
        (
            "UN Secretary-General Antonio Guterres called for a ceasefire.\nOAS secretary-general Luis "
            "Almagro travelled to Caracas. The secretary-general met opposition leaders.",
            [0],
        ),
        (
            "The UN said aid convoys had been blocked.\nFIFA, the world body for football, fined the "
            "federation.",
            [0],
        ),
    ],
)
def test_peacekeeping_un_cues(text: str, expected: list[int]) -> None:
    assert peace_paragraphs(text) == expected


def test_paragraph_indexes_and_cue_spans() -> None:
    doc = make_doc("Nothing here.\nBlue helmets and peacekeepers.\nAlso nothing.\nThe UN secretariat agreed.")
    (topic,) = extract_topics(doc)
    assert topic.paragraphs == (1, 3)
    assert [covered(doc, c) for p in topic.passages for c in p.cues] == ["Blue helmets", "peacekeepers", "UN"]
    assert [c.paragraph for p in topic.passages for c in p.cues] == [1, 1, 3]


def test_seed_peacekeeping_paragraphs(seed_path) -> None:
    from generator.sources import read_document

    doc = read_document(seed_path)
    assert {t.id: t.paragraphs for t in extract_topics(doc)}["peacekeeping-un"] == (4, 5, 6)


def test_custom_topic_is_configurable() -> None:
    rule = compile_topic(
        {"id": "energy", "title": "Energy", "words": ["pipeline*", "natural gas"], "names": ["OPEC"]}
    )
    doc = make_doc(
        "The pipelines were closed.\nOPEC met.\nOpec is not matched case-sensitively.\nNatural  gas prices."
    )
    (topic,) = extract_topics(doc, topics=(rule,))
    assert topic.paragraphs == (0, 1, 3)


def test_an_acronym_the_article_defines_as_peacekeeping_is_a_cue_wherever_it_stands() -> None:
    doc = make_doc(
        "The Collective Peacekeeping Forces (CPKF) landed.\nMarkets were calm.\nCPKF troops guard the port."
    )
    (topic,) = extract_topics(doc)
    assert topic.paragraphs == (0, 2)
    assert [covered(doc, c) for c in topic.passages[1].cues] == ["CPKF"]


@pytest.mark.parametrize(
    "text",
    [
        # a regional force's name does not call it peacekeeping
        "The SADC Mission in the Democratic Republic of Congo (SAMIDRC) arrived.\nSAMIDRC troops left.",
        "SAMIM, the SADC Mission in Mozambique, is due to wind up.\nSAMIM troops left.",
        # ... nor does a police unit's
        "Police created a Peace Support Unit (PSU) to guard polling stations.\nPSU officers left.",
    ],
)
def test_a_mission_the_article_does_not_call_peacekeeping_is_no_cue(text: str) -> None:
    assert peace_paragraphs(text) == []


def test_a_two_letter_acronym_another_body_may_share_is_no_cue() -> None:
    assert peace_paragraphs("The Peacekeeping Force (PF) left.\nMarkets were calm.\nThe PF party won.") == [0]


def test_topic_without_cues_is_rejected() -> None:
    with pytest.raises(ValueError, match="no words or names"):
        compile_topic({"id": "empty", "title": "Empty"})


def test_an_anaphor_without_what_it_refers_to_is_rejected() -> None:
    with pytest.raises(ValueError, match="each anaphor needs words and after"):
        compile_topic({"id": "x", "title": "X", "names": ["WTO"], "anaphors": [{"words": ["the body"]}]})


@pytest.mark.parametrize("topic_id", ["index", "../x", "Upper", ""])
def test_topic_ids_are_safe_page_names(topic_id: str) -> None:
    with pytest.raises(ValueError, match="topic id"):
        compile_topic({"id": topic_id, "title": "T", "words": ["x"]})


def test_an_edited_topics_file_is_read_again(tmp_path) -> None:
    import os

    from generator.analysis.topics import load_topics

    path = tmp_path / "topics.yaml"
    path.write_text("- id: a\n  title: A\n  words: [alpha]\n", encoding="utf-8")
    assert [t.id for t in load_topics(path)] == ["a"]
    path.write_text("- id: b\n  title: B\n  words: [beta]\n", encoding="utf-8")
    os.utime(path, ns=(1, 10**18))
    assert [t.id for t in load_topics(path)] == ["b"]


def test_the_pattern_by_initials_matches_what_the_plain_one_does() -> None:
    import random
    import re

    from generator.analysis.topics import _by_initial, _plain_pattern, load_topics

    rng = random.Random(7)
    letters = list("peacekeping-UNunitedNatos. \t\nSCcilGAMxK_1'’")
    texts = ["".join(rng.choice(letters) for _ in range(200)) for _ in range(300)]
    texts += ["UN-led", "the U.N.'s", "peace-keepers", "Peace\tOperations", "UNs", "_UN", "x.UN", "a.UNx"]
    cases = [
        (["peacekeep*", "United Nations", "a*", "k"], ["UN", "U.N.", "Kay", "A"]),
        (["zz top"], ["b", "Bb"]),
    ]
    assert load_topics()[0].pattern.pattern.startswith("["), "the default topics take the fast form"
    for words, names in cases:
        fast, plain = re.compile(_by_initial(words, names) or ""), re.compile(_plain_pattern(words, names))
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert _by_initial(["(UN)"], []) is None, "a cue opening with a non-letter keeps the plain form"


def test_a_names_own_exclusions_apply_to_it_alone() -> None:
    rule = compile_topic(
        {
            "id": "t",
            "title": "T",
            "names": ["Alpha", {"name": "Beta Council", "not_after": ["Town"], "not_before": ["Secretary"]}],
        }
    )
    found = extract_topics(
        make_doc(
            "The Town Beta Council met.\nThe Beta Council Secretary spoke.\nThe Town Alpha met.\n"
            "The Beta Council met."
        ),
        topics=(rule,),
    )
    assert [t.paragraphs for t in found] == [(2, 3)]


def test_a_name_does_not_count_in_an_article_naming_what_its_not_with_gives() -> None:
    rule = compile_topic(
        {
            "id": "t",
            "title": "T",
            "names": ["Alpha", {"name": "Beta Council", "not_with": ["Gamma", "Delta Union"]}],
        }
    )

    def paragraphs(text: str) -> list[tuple[int, ...]]:
        return [t.paragraphs for t in extract_topics(make_doc(text), topics=(rule,))]

    assert paragraphs("The Beta Council met.\nAlpha spoke.") == [(0, 1)]
    assert paragraphs("The Beta Council met.\nAlpha spoke.\nThe Delta Union agreed.") == [(1,)]
    # (whole names, in their case: "Gammas" and "gamma" are no Gamma)
    assert paragraphs("The Beta Council met.\nThe Gammas and the gamma rays.") == [(0,)]


def test_the_analysis_cache_key_holds_every_part_of_a_topic() -> None:
    from generator.analysis.runner import Options

    base = {"id": "t", "title": "T", "names": ["Alpha Council"]}
    variants = [
        base,
        {**base, "names": [{"name": "Alpha Council", "not_before": ["Secretary"]}]},
        {**base, "names": [{"name": "Alpha Council", "not_with": ["Gamma"]}]},
        {**base, "anaphors": [{"words": ["the council"], "after": ["Alpha Council"]}]},
        {**base, "defined_as": ["alpha"]},
    ]
    keys = {Options(topics=(compile_topic(v),)).key for v in variants}
    assert len(keys) == len(variants)
