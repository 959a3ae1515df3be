"""End-to-end extraction: `briefing extract --json` over a folder of articles, against a bare pass.

Both are whole processes timed from outside, in the same run, alternating:

- ``briefing extract --json FILES``: reading, all extractors on every core, the JSON out;
- the bare pass: one Python process that reads the same files, runs one tokenizing
  regex (words and punctuation) over each and writes one JSON record per file.

The ratio of the two holds across machines; articles per second do not. Without
``--dir`` the articles are assembled from the project's own texts (as in
``extract_throughput.py``) and written to a temporary folder.

usage: python benchmarks/extract_e2e.py [--dir DIR | --articles N] [--repeat R]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from extract_throughput import build_corpus

BARE = """
import json, re, sys
bare = re.compile(r"\\w+|[^\\w\\s]")
out = [{"source": f, "tokens": len(bare.findall(open(f, encoding="utf-8").read()))} for f in sys.argv[1:]]
json.dump({"documents": out}, sys.stdout)
"""


def briefing_command() -> list[str]:
    """Return the installed `briefing` next to this interpreter, else the one on PATH."""
    here = Path(sys.executable).with_name("briefing")
    found = here if here.exists() else shutil.which("briefing")
    if found is None:
        sys.exit("no briefing command: install the project first (make .venv/.installed)")
    return [str(found)]


def run(cmd: list[str]) -> float:
    """Return the wall-clock seconds of ``cmd``, its output discarded; fail loudly on an error."""
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def write_corpus(folder: Path, n: int) -> list[str]:
    """Write ``n`` assembled articles of about 3 KB into ``folder``; return their paths."""
    paths = []
    for doc in build_corpus(n):
        path = folder / f"{doc.slug}.txt"
        path.write_text(doc.text, encoding="utf-8")
        paths.append(str(path))
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="a folder of .txt articles (default: assembled ones)")
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.dir is not None:
            files = sorted(str(p) for p in args.dir.glob("*.txt"))
        else:
            files = write_corpus(Path(tmp), args.articles)
        if not files:
            sys.exit(f"{args.dir}: no .txt articles")
        bare_cmd = [sys.executable, "-c", BARE, *files]
        full_cmd = [*briefing_command(), "extract", "--json", *files]
        bare, full = [], []
        for _ in range(args.repeat):  # alternating, so a busy spell falls on both
            bare.append(run(bare_cmd))
            full.append(run(full_cmd))
    n = len(files)
    b, f = statistics.median(bare), statistics.median(full)
    result = {
        "articles": n,
        "bare_s": round(b, 2),
        "extract_s": round(f, 2),
        "bare_articles_per_s": round(n / b),
        "extract_articles_per_s": round(n / f),
        "ratio_to_bare": round(f / b, 2),
        "extract_runs_s": [round(x, 2) for x in full],
    }
    print(f"{n} articles, end to end, median of {args.repeat} alternating runs")
    print(f"bare pass            : {b:6.2f} s  {result['bare_articles_per_s']:>6} articles/s")
    print(f"briefing extract     : {f:6.2f} s  {result['extract_articles_per_s']:>6} articles/s")
    print(f"ratio                : {result['ratio_to_bare']:>6}x the bare pass")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
