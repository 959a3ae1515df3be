"""A large corpus made cheaply: a few invented articles analysed once, their records replicated.

Each copy gets its own slug, date (spread over months), title and, for most
copies, its own speakers and people, so every cross-article listing grows
the way it would with real articles.
"""

from __future__ import annotations

from dataclasses import replace

from helpers import make_doc

from generator.analysis import analyze_all
from generator.corpus import Corpus, build_corpus
from generator.records import Briefing, Entity, Quote

TEXTS = (
    "The Northern Water Council (NWC) met in Tallinn on Monday.\n\n"
    "“We will keep working with the United Nations on peacekeeping in the region,” said Maria Lindqvist, "
    "the NWC secretary-general.\n\n"
    "The NWC currently includes Estonia, Finland, Latvia, Lithuania and Sweden.\n\n"
    "“Our members share the rivers and the responsibility for them,” she said. "
    "Lindqvist added that the UN Security Council had been informed.",
    "Trade ministers of the Collective Security Treaty Organization (CSTO) spoke in Almaty.\n\n"
    "“The supply routes through the mountains must stay open all winter,” Foreign Minister "
    "Arman Seitkali said in an interview with the local press.\n\n"
    "The CSTO comprises Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan. "
    "Armenia has frozen its participation, Seitkali noted.\n\n"
    "He called the plan “a road map for the decade” and said peacekeepers were not needed.",
    "A harbour strike closed the port of Valletta for a second day.\n\n"
    "“Nobody is going back to work until the contracts are signed,” union leader Paul Grech "
    "told reporters on the quay.\n\n"
    "The shipping company said it regretted the delays.",
)


def replicated(n: int) -> Corpus:
    """Return a corpus of ``n`` briefings copied from the analysed invented texts."""
    bases = analyze_all([make_doc(t, slug=f"base{i}") for i, t in enumerate(TEXTS)], jobs=1)
    return build_corpus(_copy(bases[i % len(bases)], i) for i in range(n))


def _copy(b: Briefing, i: int) -> Briefing:
    meta = replace(
        b.document.meta, source=f"a{i}.txt", date=f"{2020 + i % 6}-{1 + i % 12:02d}-{1 + i % 28:02d}"
    )
    shared = i % 10 == 0  # every tenth copy keeps the original speakers: a few speakers quoted very often
    return replace(
        b,
        document=replace(b.document, slug=f"a{i:05d}", meta=meta),
        title=f"{b.title} ({i})",
        quotes=tuple(q if shared else _renamed_quote(q, i) for q in b.quotes),
        entities=tuple(e if shared or e.kind != "person" else _renamed(e, i) for e in b.entities),
    )


def _renamed(e: Entity, i: int) -> Entity:
    return replace(e, key=f"{e.key}-{i}", name=f"{e.name} {i}")


def _renamed_quote(q: Quote, i: int) -> Quote:
    if q.speaker is None or q.speaker.kind != "person":
        return q
    return replace(q, speaker=replace(q.speaker, key=f"{q.speaker.key}-{i}", name=f"{q.speaker.name} {i}"))
