"""The runner: contract checks name the extractor, cache, parallel equals serial."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import make_doc

from generator.analysis import runner
from generator.errors import GeneratorError, InputError
from generator.export import briefing_data
from generator.records import Quote, Span


def test_a_broken_extractor_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = make_doc("“We act,” she said.")
    bad = (
        Quote(text="not in the text", span=Span(1, 7, 0), kind="direct", speaker=None, resolved_by="none"),
    )
    monkeypatch.setattr(runner, "extract_quotes", lambda doc, **kw: bad)
    with pytest.raises(GeneratorError, match="extractor 'quotes' made a quote that is not verbatim"):
        runner.run_extractors(doc)


def test_out_of_bounds_span_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = make_doc("Short.")
    bad = (Quote(text="", span=Span(3, 99, 0), kind="direct", speaker=None, resolved_by="none"),)
    monkeypatch.setattr(runner, "extract_quotes", lambda doc, **kw: bad)
    with pytest.raises(GeneratorError, match="extractor 'quotes' made a span out of bounds"):
        runner.run_extractors(doc)


def _breaking_on(word: str):
    """Return an `extract_quotes` that breaks its contract on the documents holding ``word``."""
    real = runner.extract_quotes

    def quotes(doc, **kw):
        if word in doc.text:
            return (Quote(text="", span=Span(9, 3, 0), kind="direct", speaker=None, resolved_by="none"),)
        return real(doc, **kw)

    return quotes


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_that_breaks_an_extractor_is_left_out_and_named(
    monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    monkeypatch.setattr(runner, "extract_quotes", _breaking_on("Broken"))
    # (enough documents for worker processes with two jobs)
    docs = [make_doc(f"Article {i} of run {jobs} on the CSTO.", slug=f"fine-{jobs}-{i}") for i in range(70)]
    docs.insert(5, make_doc(f"Broken article of run {jobs}.", slug=f"broken-{jobs}"))
    failed: list[InputError] = []
    out = runner.analyze_all(docs, jobs=jobs, failed=failed)
    assert [b.slug for b in out] == [d.slug for d in docs if not d.slug.startswith("broken")]
    assert [e.path for e in failed] == [f"broken-{jobs}.txt"]
    assert "made a span out of bounds" in failed[0].reason and "left out" in failed[0].reason
    # without a list to add it to, the error is raised
    with pytest.raises(InputError, match="broken"):
        runner.analyze_all(docs[:6], jobs=1)
    # nor is the failed article cached: analysed again, it fails again
    failed = []
    runner.analyze_each(docs[5:6], lambda b: b.slug, jobs=1, failed=failed)
    assert len(failed) == 1


def test_the_articles_analysed_are_extracted_when_one_fails(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    from generator.pipeline import extract_json

    monkeypatch.setattr(runner, "extract_quotes", _breaking_on("Broken"))
    (tmp_path / "fine.txt").write_text("The CSTO includes Armenia and Russia.", encoding="utf-8")
    (tmp_path / "broken.txt").write_text("Broken article.", encoding="utf-8")
    text, loaded = extract_json([tmp_path])
    assert [Path(d["source"]).name for d in json.loads(text)["documents"]] == ["fine.txt"]
    assert [Path(e.path).name for e in loaded.errors] == ["broken.txt"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_stream_of_articles_gives_what_a_list_gives(seed_path, jobs: int) -> None:
    from generator.export import briefing_json
    from generator.sources import read_document

    seed = read_document(seed_path)
    docs = [
        make_doc(seed.text.replace("Armenia", f"Armenia{i % 4 or ''}"), slug=f"s{jobs}-{i}")
        for i in range(70)
    ]
    listed = runner.analyze_each(docs, briefing_json, jobs=1)
    runner._CACHE.clear()
    runner.analyze(docs[3])  # one of them cached: it comes from the cache, in its place
    read: list[str] = []

    def stream():
        for doc in docs:
            read.append(doc.slug)
            yield doc

    streamed = runner.analyze_each(stream(), briefing_json, jobs=jobs, expected=len(docs))
    assert streamed == listed
    assert read == [d.slug for d in docs], "the stream is read once, in order"
    briefings = runner.analyze_all(iter(docs), jobs=jobs, expected=len(docs))
    assert [b.slug for b in briefings] == [d.slug for d in docs]
    assert runner.analyze(docs[10]) is briefings[10], "what a stream's analysis computed is cached"


def test_extract_reads_and_analyses_a_folder_as_load_reads_it(tmp_path: Path) -> None:
    from generator.export import briefing_json, joined_json
    from generator.pipeline import extract, extract_json, load

    for i in range(70):  # (enough for worker processes)
        (tmp_path / f"a{i:02d}.txt").write_text(
            f"Article {i}: the CSTO includes Armenia and Russia.", encoding="utf-8"
        )
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe not text")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a01.txt").write_text("A second a01: the EU includes France.", encoding="utf-8")
    loaded = load([tmp_path])
    runner._CACHE.clear()
    text, streamed = extract_json([tmp_path])
    assert streamed.docs == loaded.docs and streamed.notices == loaded.notices
    assert [str(e) for e in streamed.errors] == [str(e) for e in loaded.errors]
    assert [Path(e.path).name for e in streamed.errors] == ["bad.txt"]
    assert "not valid UTF-8" in streamed.errors[0].reason
    assert any("a01-2" in n.message for n in streamed.notices), "the renamed slug is told"
    assert len(json.loads(text)["documents"]) == 71
    assert text == joined_json(runner.analyze_each(loaded.docs, briefing_json, jobs=1))
    briefings, again = extract([tmp_path])
    assert again.docs == loaded.docs and [b.slug for b in briefings] == [d.slug for d in loaded.docs]


def test_cache_returns_the_same_briefing() -> None:
    doc = make_doc("The CSTO currently includes Armenia and Russia.", slug="cache-test")
    assert runner.analyze(doc) is runner.analyze(doc)


def test_parallel_equals_serial(seed_path) -> None:
    from generator.sources import read_document

    seed = read_document(seed_path)
    docs = [make_doc(seed.text.replace("Armenia", f"Armenia{i % 3 or ''}"), slug=f"p{i}") for i in range(70)]
    serial = [briefing_data(runner.run_extractors(d)) for d in docs]
    runner._CACHE.clear()
    parallel = [briefing_data(b) for b in runner.analyze_all(docs, jobs=2)]
    assert parallel == serial


def test_extractors_run_in_a_named_order() -> None:
    from generator.analysis.runner import EXTRACTORS

    names = [step.name for step in EXTRACTORS]
    assert len(set(names)) == len(names)
    # people read countries and organizations; quotes read people; members read both entity kinds
    assert names.index("people") > max(names.index("countries"), names.index("organizations"))
    assert names.index("quotes") > names.index("people")
    assert names.index("members") > names.index("organizations")


def test_progress_counts_only_the_articles_analysed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "PROGRESS_EVERY", 2)
    docs = [make_doc(f"Article number {i} about trade.", slug=f"progress{i}") for i in range(5)]
    runner.analyze(docs[0])  # cached: not counted again
    calls: list[tuple[int, int]] = []
    runner.analyze_all(docs, jobs=1, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(2, 4), (4, 4)]
    calls.clear()
    runner.analyze_all(docs, jobs=1, progress=lambda done, total: calls.append((done, total)))
    assert calls == [], "nothing left to analyse, nothing to report"


def test_analyze_each_gives_what_analyze_all_gives(seed_path) -> None:
    from generator.export import briefing_json
    from generator.sources import read_document

    seed = read_document(seed_path)
    docs = [make_doc(seed.text.replace("Armenia", f"Armenia{i % 3 or ''}"), slug=f"e{i}") for i in range(70)]
    runner._CACHE.clear()
    parallel = runner.analyze_each(docs, briefing_json, jobs=2)
    serial = runner.analyze_each(docs, briefing_json, jobs=1)
    assert parallel == serial == tuple(briefing_json(b) for b in runner.analyze_all(docs, jobs=1))
    assert runner.analyze_each(docs[:3], briefing_json) == serial[:3], "cached briefings are used as they are"


def test_the_site_is_built_without_the_article_that_failed(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from generator.pipeline import generate

    monkeypatch.setattr(runner, "extract_quotes", _breaking_on("Broken"))
    (tmp_path / "fine.txt").write_text("The CSTO includes Armenia and Russia.", encoding="utf-8")
    (tmp_path / "broken.txt").write_text("Broken article.", encoding="utf-8")
    result = generate(tmp_path)
    assert [b.slug for b in result.corpus.briefings] == ["fine"]
    assert "briefings/fine.md" in result.pages and "briefings/broken.md" not in result.pages
    assert [Path(e.path).name for e in result.errors] == ["broken.txt"]
