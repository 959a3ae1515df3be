"""Whole-site builds at several sizes: our plugin against plain Material and Zensical, in one run.

For each size N, a project of N dated articles with varied slugs is assembled from
the project's own texts (the seed article and the invented quality-gate corpus,
as in extract_throughput.py). Then, in the same run:

- ``mkdocs build`` with the briefing plugin (the default path): seconds, the
  generator's share (from the plugin's summary line), pages, largest generated
  page, site MB per article, peak memory;
- ``briefing generate --out`` writes the same Markdown as plain files, which plain
  Material (``mkdocs build`` without our plugin) and Zensical build;
- "text pages": every generated page replaced by unannotated paragraphs of the
  same length at the same path, built by plain Material: what pages of that count
  and text length cost without any annotation (the per-page baseline).

Prints one table and a JSON line per size.

usage: python benchmarks/scale_build.py [--sizes 100,1000,5000] [--no-zensical]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from extract_throughput import build_corpus, source_paragraphs

from generator.sources import slugify

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"}
MARKUP = re.compile(r"[<>&*_`#|\[\]\\]")  # kept out of the text pages: they stay plain text
SUMMARY = re.compile(r"Generated \d+ articles, \d+ generated files in ([\d.]+) s")


def run(args: list[str], cwd: Path) -> tuple[float, float, str]:
    """Run ``args``; return (seconds, peak memory in MB of the largest process, stderr)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        err.seek(0)
        text = err.read().decode("utf-8", "replace")
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{text[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, text


def write_seeds(seeds: Path, n: int) -> None:
    seeds.mkdir(parents=True)
    for i, doc in enumerate(build_corpus(n)):
        words = " ".join(doc.text.split()[:4])
        date = f"{2015 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        (seeds / f"{slugify(words)[:40]}-{i}.md").write_text(
            f"---\ndate: {date}\n---\n{doc.text}\n", encoding="utf-8"
        )


def plain_config(project: Path, site_dir: str) -> Path:
    """Write a copy of the site configuration without our plugin; return its path."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = re.sub(r"\n  - briefing:\n(?:      .*\n)+", "\n", text)
    config = project / f"{site_dir}.yml"
    config.write_text(
        text.replace("docs_dir: docs", f"docs_dir: docs\nsite_dir: {site_dir}"), encoding="utf-8"
    )
    return config


def text_pages(generated: Path, out: Path) -> None:
    """Write, at the path of every generated page, plain paragraphs of the same length."""
    pool = "\n\n".join(p for p in source_paragraphs() if not p.startswith(("#", "-", "*", "1")))
    shutil.copytree(ROOT / "docs", out)
    for page in generated.rglob("*.md"):
        target = out / page.relative_to(generated)
        if target.exists():
            continue
        size = len(page.read_text(encoding="utf-8"))
        body = (pool * (size // len(pool) + 1))[:size]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"# {target.stem}\n\n{MARKUP.sub(' ', body)}\n", encoding="utf-8")


def site_stats(site: Path) -> tuple[int, float]:
    """Return (HTML pages, MB) of a built site."""
    files = [p for p in site.rglob("*") if p.is_file()]
    return sum(p.suffix == ".html" for p in files), sum(p.stat().st_size for p in files) / 1e6


def measure(n: int, where: Path, *, zensical: bool) -> dict[str, object]:
    ours = where / "ours"
    ours.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", ours)
    shutil.copytree(ROOT / "docs", ours / "docs")
    write_seeds(ours / "seeds", n)
    build_s, build_mb, log = run([str(BIN / "mkdocs"), "build", "-f", "mkdocs.yml"], ours)
    generator_s = float(SUMMARY.search(log).group(1))  # type: ignore[union-attr]
    pages, site_mb = site_stats(ours / "site")

    plain = where / "plain"
    shutil.copytree(ROOT / "docs", plain / "docs")
    gen_s, _, _ = run(
        [str(BIN / "briefing"), "generate", "--seeds", str(ours / "seeds"), "--out", "docs"], plain
    )
    largest = max(p.stat().st_size for p in (plain / "docs").rglob("*.md"))
    material_s, material_mb, _ = run(
        [str(BIN / "mkdocs"), "build", "-f", plain_config(plain, "site-m").name], plain
    )

    text = where / "text"
    text_pages(plain / "docs", text / "docs")
    text_s, _, _ = run([str(BIN / "mkdocs"), "build", "-f", plain_config(text, "site-t").name], text)

    row: dict[str, object] = {
        "articles": n,
        "build_s": round(build_s, 1),
        "generator_s": round(generator_s, 1),
        "generator_share": round(generator_s / build_s, 3),
        "pages": pages,
        "largest_page_kb": round(largest / 1000, 1),
        "site_mb_per_article": round(site_mb / n, 3),
        "peak_mb": round(build_mb),
        "generate_cli_s": round(gen_s, 1),
        "material_same_md_s": round(material_s, 1),
        "material_peak_mb": round(material_mb),
        "material_text_pages_s": round(text_s, 1),
        "ours_vs_text_pages": round(build_s / text_s, 2),
    }
    if zensical:
        config = plain_config(plain, "site-z")
        try:
            zensical_s, zensical_mb, _ = run([str(BIN / "zensical"), "build", "-c", "-f", config.name], plain)
            row |= {"zensical_s": round(zensical_s, 1), "zensical_peak_mb": round(zensical_mb)}
        except RuntimeError as exc:
            row |= {"zensical_s": None, "zensical_error": str(exc).splitlines()[-1][:200]}
    return row


COLUMNS = [
    ("articles", "articles"),
    ("build_s", "build s"),
    ("generator_share", "gen share"),
    ("pages", "pages"),
    ("largest_page_kb", "max KB"),
    ("site_mb_per_article", "MB/art"),
    ("peak_mb", "peak MB"),
    ("material_same_md_s", "Material s"),
    ("material_text_pages_s", "text pages s"),
    ("ours_vs_text_pages", "ours/text"),
    ("zensical_s", "Zensical s"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000", help="comma-separated article counts")
    parser.add_argument("--no-zensical", action="store_true", help="skip the Zensical builds")
    args = parser.parse_args()
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            rows.append(measure(n, Path(tmp), zensical=not args.no_zensical))
        print(json.dumps(rows[-1]), flush=True)
    print(" | ".join(title for _, title in COLUMNS))
    print(" | ".join("---" for _ in COLUMNS))
    for row in rows:
        print(" | ".join("" if row.get(key) is None else str(row[key]) for key, _ in COLUMNS))
    by_size = {r["articles"]: r for r in rows}
    if 1000 in by_size and 5000 in by_size:
        ratio = float(by_size[5000]["build_s"]) / float(by_size[1000]["build_s"])  # type: ignore[arg-type]
        print(f"ratio 5,000/1,000 (mkdocs build with the plugin): {ratio:.2f}")


if __name__ == "__main__":
    main()
