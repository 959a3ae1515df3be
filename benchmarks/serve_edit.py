"""`mkdocs serve` with N articles: seconds from a one-article edit until the served page shows it.

Builds a project of N articles (as scale_build.py), starts `mkdocs serve --dirty`,
waits for the first build, then edits one article a few times (a new sentence
each time) and polls the served page until the sentence appears. With
``--full`` it also times one edit under a plain `mkdocs serve` (every page
rebuilt), the baseline measured in the same run.

usage: python benchmarks/serve_edit.py [--articles 1000] [--edits 3] [--full]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from scale_build import BIN, ENV, ROOT, write_seeds

from generator.sources import slugify

BUILT = re.compile(r"Documentation built in ([\d.]+) seconds")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(predicate, timeout: float) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if predicate():
            return time.perf_counter() - start
        time.sleep(0.05)
    raise TimeoutError(f"not done after {timeout} s")


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def session(project: Path, *, dirty: bool, edits: int) -> dict[str, object]:
    port = free_port()
    log = project / f"serve-{port}.log"
    args = [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}"]
    with log.open("w") as out:
        proc = subprocess.Popen([*args, "--dirty"] if dirty else args, cwd=project, env=ENV, stderr=out)
    try:
        first = wait_for(lambda: "Serving on" in log.read_text(), 900)
        article = sorted((project / "seeds").glob("*.md"))[len(list((project / "seeds").glob("*.md"))) // 2]
        url = f"http://127.0.0.1:{port}/briefings/{slugify(article.stem)}/"
        seconds = []
        for n in range(edits):
            token = f"Edited sentence number {n} {time.time_ns()}."
            with article.open("a", encoding="utf-8") as fh:
                fh.write(f"\n{token}\n")
            seconds.append(wait_for(lambda t=token: t in fetch(url), 300))  # type: ignore[misc]
            time.sleep(1)  # let the server settle before the next edit
        builds = [float(s) for s in BUILT.findall(log.read_text())]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {
        "dirty": dirty,
        "first_build_s": round(first, 1),
        "edit_to_page_s": [round(s, 2) for s in seconds],
        "median_s": round(statistics.median(seconds), 2),
        "rebuild_s": builds[1:],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--full", action="store_true", help="also time one edit under plain `mkdocs serve`")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        shutil.copy(ROOT / "mkdocs.yml", project)
        shutil.copytree(ROOT / "docs", project / "docs")
        write_seeds(project / "seeds", args.articles)
        results = [session(project, dirty=True, edits=args.edits)]
        if args.full:
            results.append(session(project, dirty=False, edits=1))
    for r in results:
        mode = "mkdocs serve --dirty" if r["dirty"] else "mkdocs serve"
        print(
            f"{args.articles} articles, {mode}: edit -> page {r['median_s']} s",
            f"(median of {r['edit_to_page_s']})",
        )
        print(json.dumps({"articles": args.articles, **r}))


if __name__ == "__main__":
    sys.exit(main())
