"""Linear time on pathological articles: each doubling of an article should cost at most ~2x.

For each shape of text, an article is doubled in size several times (up to the
default limit of 1 MB; one paragraph never exceeds the paragraph limit, so a
shape that is one paragraph goes on as several paragraphs of that size). For
each size it times, in the same run:

- extraction: reading the file and running every extractor, as a build does
  (`pipeline.extract`, without its cache), best of a few runs;
- build: `mkdocs build` of a site with that one article, minus the build time of
  the same site with a one-sentence article (the baseline, measured in this run),
  so the ratio is that of the work the article adds (no ratio is given from a
  time under `BUILD_FLOOR`, which is within the noise).

Times are CPU seconds (this process and its children), which vary far less than
the wall clock on a shared machine. It prints each doubling's time ratio; the
target is <= 2.2, and the geometric mean of a shape's ratios (its growth per
doubling over the whole range) says whether one step over it is noise. Shapes:

- prose: the seed article's paragraphs, repeated;
- giant: the seed article as one paragraph;
- quotes: opening quote marks (curly and straight) that are never closed;
- capitals: long runs of capitalised words, with titles and initials;
- acronyms: runs of upper-case abbreviations and organisation names;
- lists: a country list that never ends;
- and-chain: countries joined by "and" that no verb ever follows;
- appositions: one sentence of short country lists in apposition ("Ghana and Togo, both
  members,"), each one the membership frame reads and no phrasing rule does;
- run-on: one sentence without punctuation;
- relatives: subjects with relative clauses not set off ("the envoy who will attend the talks
  said that"), many before each quotation.

usage: python benchmarks/pathological.py [--shapes prose,giant] [--start 15625] [--doublings 6]
       [--no-build]
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from generator.analysis import runner
from generator.limits import MAX_PARAGRAPH_CHARS
from generator.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "csto-armenia-interview.txt").read_text(encoding="utf-8")
TARGET = 2.2
# the baseline build itself varies by up to a tenth of a second between runs on a busy
# machine (0.61 to 0.68 s), so a time above it that is shorter than this says little
BUILD_FLOOR = 0.25


def _units(*units: str, sep: str = " ") -> Callable[[int], str]:
    """Return a shape that cycles through ``units`` (joined by ``sep``) to ``n`` characters."""

    def make(n: int) -> str:
        out: list[str] = []
        size, i = 0, 0
        while size < n:
            out.append(units[i % len(units)])
            size += len(out[-1]) + len(sep)
            i += 1
        return sep.join(out)

    return make


def _and_chains(n: int) -> str:
    """Paragraphs as long as the paragraph limit allows, each one list of countries joined by
    "and" that ends in a membership statement: a list pattern tried again from every item
    would cost the square of the list's length."""
    statement = "Russia are members of the CSTO."
    chain = "Armenia and "
    paragraphs, size = [], 0
    while size + len(chain) + len(statement) <= n:
        items = (min(n - size, MAX_PARAGRAPH_CHARS) - len(statement)) // len(chain)
        paragraphs.append(chain * items + statement)
        size += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)


SHAPES: dict[str, Callable[[int], str]] = {
    "prose": _units(*SEED.split("\n"), sep="\n"),
    "giant": _units(SEED.replace("\n", " ")),
    "quotes": _units(
        "“The council will meet again,",
        'he said, "and the talks',
        "will go on «",
        "said Mr Dorin ‘as",
        "„planned",
    ),
    "capitals": _units(
        "Alder Brook Council Member Ilse Varga Of The Northern Harbour Trade Union",
        "Secretary-General J. R. Tamsin-Oakes And Deputy Minister Kofi Ansah-Berg",
    ),
    "acronyms": _units("NATO CSTO UN EU OSCE AU ASEAN SCO UNIFIL MONUSCO UNMISS", "UN Security Council"),
    "lists": _units(
        "The CSTO currently includes Armenia, Belarus, Kazakhstan,", "Kyrgyzstan, Russia, Tajikistan,"
    ),
    "and-chain": _and_chains,
    "appositions": _units("The CSTO talks went on, Ghana and Togo, both long-standing members, stayed,"),
    "run-on": _units("the delegates talked about the harbour and the port and the river and the roads"),
    "relatives": _units(*["the envoy who will attend the talks who said that"] * 10, "“we are ready now,”"),
}


def article(shape: str, n: int) -> str:
    """Return ``n`` bytes (UTF-8) of ``shape``: paragraphs of at most the paragraph limit."""
    limit = MAX_PARAGRAPH_CHARS
    budget = n if shape in ("prose", "and-chain") else n - 2 * (n // limit + 1)  # room for the blank lines
    text = SHAPES[shape](n).encode("utf-8")[:budget].decode("utf-8", "ignore")
    if shape in ("prose", "and-chain"):  # already in paragraphs
        return text
    paragraphs = []
    while text:
        cut = text.rfind(" ", 0, limit) if len(text) > limit else len(text)
        paragraphs.append(text[:cut].strip())
        text = text[cut:]
    return "\n\n".join(p for p in paragraphs if p)


def cpu_seconds() -> float:
    """Return the CPU time of this process and its finished children: on a shared machine it
    varies far less than the wall clock."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best(fn: Callable[[], object], *, budget: float = 2.0, least: int = 3, most: int = 7) -> float:
    """Return the least CPU time of ``least`` to ``most`` runs of ``fn``, stopping once ``budget``
    seconds are spent."""
    times: list[float] = []
    while len(times) < least or (len(times) < most and sum(times) < budget):
        gc.collect()
        start = cpu_seconds()
        fn()
        times.append(cpu_seconds() - start)
    return min(times)


def extraction(path: Path) -> float:
    def once() -> None:
        runner._CACHE.clear()
        extract([path])

    return best(once)


def build(project: Path, text: str) -> float:
    (project / "seeds" / "a.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"}
    args = [sys.executable, "-m", "mkdocs", "build", "-q", "--strict", "-f", str(project / "mkdocs.yml")]
    return best(lambda: subprocess.run(args, check=True, env=env, capture_output=True), budget=4.0, least=1)


def ratios(times: list[float], *, floor: float = 0.0) -> list[float | None]:
    """Return each time over the one before; None where the one before is under ``floor``
    seconds, too short to measure against the noise."""
    return [round(b / a, 2) if a >= max(floor, 1e-9) else None for a, b in itertools.pairwise(times)]


def _mean_growth(values: list[float | None]) -> str:
    """The geometric mean of the measured ratios: the growth per doubling over the whole
    range, which one noisy step cannot move much."""
    measured = [v for v in values if v is not None]
    return f"{math.prod(measured) ** (1 / len(measured)):.2f}" if measured else "-"


def run_shape(shape: str, sizes: list[int], project: Path | None, baseline: float) -> dict[str, object]:
    extract_s: list[float] = []
    build_s: list[float] = []
    for n in sizes:
        text = article(shape, n)
        path = (project or Path(tempfile.gettempdir())) / f"bench-{shape}.txt"
        path.write_text(text, encoding="utf-8")
        extract_s.append(extraction(path))
        line = f"{shape:9} {n:>9,} bytes  extract {extract_s[-1]:7.3f} s"
        if project is not None:
            build_s.append(build(project, text) - baseline)
            line += f"  build (above baseline) {build_s[-1]:7.2f} s"
        print(line, flush=True)
        path.unlink()
    result: dict[str, object] = {"shape": shape, "extract_ratios": ratios(extract_s)}
    if project is not None:
        result["build_ratios"] = ratios(build_s, floor=BUILD_FLOOR)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--start", type=int, default=15_625, help="first size in bytes")
    parser.add_argument("--doublings", type=int, default=6)
    parser.add_argument("--no-build", action="store_true", help="time extraction only")
    args = parser.parse_args()
    sizes = [args.start * 2**k for k in range(args.doublings + 1)]
    with tempfile.TemporaryDirectory() as tmp:
        project = None if args.no_build else Path(tmp)
        baseline = 0.0
        if project is not None:
            shutil.copy(ROOT / "mkdocs.yml", project)
            shutil.copytree(ROOT / "docs", project / "docs")
            (project / "seeds").mkdir()
            baseline = build(project, "The delegates met on Tuesday.")
            print(f"baseline build (one-sentence article): {baseline:.2f} s")
        results = [run_shape(s, sizes, project, baseline) for s in args.shapes.split(",")]
    print(f"\nTime ratio per doubling (target <= {TARGET}; '-': under {BUILD_FLOOR} s above the baseline):")
    worst = 0.0
    for r in results:
        for kind in ("extract_ratios", "build_ratios"):
            if kind in r:
                values = r[kind]
                assert isinstance(values, list)
                worst = max([worst, *(v for v in values if v is not None)])
                shown = " ".join("    -" if v is None else f"{v:5.2f}" for v in values)
                print(f"{r['shape']:9} {kind.split('_')[0]:8} {shown}   mean {_mean_growth(values)}")
    print(f"worst ratio: {worst:.2f} ({'within' if worst <= TARGET else 'over'} the target)")
    print(json.dumps({"sizes": sizes, "results": results, "worst": worst}))


if __name__ == "__main__":
    main()
