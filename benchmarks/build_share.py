"""The generator's share of a full `mkdocs build`, on a site of N generated articles.

Builds a temporary project whose seeds are N articles assembled from the
project's own texts (as in extract_throughput.py), then times, in the same run:
the generator alone (read, extract, render every page) and the whole
`mkdocs build` that includes it. Prints both and the generator's share.

usage: python benchmarks/build_share.py [--articles N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from extract_throughput import build_corpus

from generator.analysis import runner
from generator.pipeline import generate

ROOT = Path(__file__).resolve().parent.parent


def make_project(where: Path, n: int) -> Path:
    shutil.copy(ROOT / "mkdocs.yml", where)
    shutil.copytree(ROOT / "docs", where / "docs")
    seeds = where / "seeds"
    seeds.mkdir()
    for doc in build_corpus(n):
        (seeds / f"{doc.slug}.txt").write_text(doc.text, encoding="utf-8")
    return where


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = make_project(Path(tmp), args.articles)
        runner._CACHE.clear()
        start = time.perf_counter()
        result = generate(project / "seeds", root=project)
        generator_s = time.perf_counter() - start
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"}
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml")],
            check=True,
            env=env,
            capture_output=True,
        )
        build_s = time.perf_counter() - start
    out = {
        "articles": args.articles,
        "pages": len(result.pages),
        "generator_s": round(generator_s, 2),
        "mkdocs_build_s": round(build_s, 2),
        "generator_share": round(generator_s / build_s, 3),
    }
    print(f"{args.articles} articles -> {len(result.pages)} generated files")
    print(f"generator alone : {generator_s:6.2f} s")
    print(f"mkdocs build    : {build_s:6.2f} s (includes the generator)")
    print(f"generator share : {out['generator_share']:.1%}")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
