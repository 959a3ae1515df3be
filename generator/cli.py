"""The ``briefing`` command: generate pages, extract as JSON, check inputs."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from . import __version__
from .analysis.runner import PROGRESS_EVERY
from .discovery import Notice
from .errors import GeneratorError, InputError
from .limits import MAX_ARTICLE_BYTES, MAX_PARAGRAPH_CHARS, Limits
from .pipeline import extract_json, generate, load
from .wording import counted
from .writer import write_pages

F = TypeVar("F", bound=Callable[..., Any])


def _fail(message: str) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


def _report(errors: tuple[InputError, ...], *, fatal: bool, notices: tuple[Notice, ...] = ()) -> None:
    """Print one ``Error: <file>: <reason>`` line per unreadable article and one ``Note:``
    line per other file worth mentioning; exit 1 if ``fatal`` and there are errors."""
    for notice in notices:
        if not notice.quiet:
            click.echo(f"Note: {notice}", err=True)
    for err in errors:
        click.echo(f"Error: {err}", err=True)
    if errors and fatal:
        sys.exit(1)


def _limit_options(command: F) -> F:
    """Add the ``--max-article-bytes`` and ``--max-paragraph-chars`` options (see `_limits`)."""

    article = click.option(
        "--max-article-bytes",
        type=click.IntRange(min=1),
        default=MAX_ARTICLE_BYTES,
        show_default=True,
        help="Skip (or with --strict, fail on) an article file larger than this.",
    )
    paragraph = click.option(
        "--max-paragraph-chars",
        type=click.IntRange(min=1),
        default=MAX_PARAGRAPH_CHARS,
        show_default=True,
        help="Skip (or with --strict, fail on) an article with a longer paragraph.",
    )
    return article(paragraph(command))


def _limits(max_article_bytes: int, max_paragraph_chars: int) -> Limits:
    return Limits(article_bytes=max_article_bytes, paragraph_chars=max_paragraph_chars)


def _progress(done: int, total: int) -> None:
    """Report progress on stderr for corpora large enough to take a while."""
    if total >= PROGRESS_EVERY:
        click.echo(f"Analysed {done} of {total} articles", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def main() -> None:
    """Turn news articles into annotated briefing pages for an MkDocs site.

    Articles are .txt, .md (YAML front matter allowed) or .html files.
    """
    logging.basicConfig(format="%(levelname)s: %(message)s", level=logging.CRITICAL)


@main.command("generate")
@click.option(
    "--seeds",
    "seeds",
    type=click.Path(path_type=Path),
    default=Path("seeds"),
    show_default=True,
    help="Folder of input articles.",
)
@click.option(
    "--templates",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder of templates that override the built-in ones.",
)
@click.option(
    "--topics",
    type=click.Path(path_type=Path),
    default=None,
    help="Topics YAML file replacing the default topics.",
)
@click.option(
    "--out",
    "out",
    type=click.Path(path_type=Path),
    required=True,
    help="Folder to write the Markdown pages and data files into.",
)
@click.option("--site-name", default="Briefings", show_default=True, help="Site name shown on the home page.")
@click.option("--strict", is_flag=True, help="Write nothing and fail when any article cannot be processed.")
@click.option(
    "--directory-urls/--no-directory-urls",
    default=True,
    show_default=True,
    help="How the site builds page URLs (use_directory_urls in mkdocs.yml): a.md -> a/ or a.html.",
)
@_limit_options
def generate_command(
    seeds: Path,
    templates: Path | None,
    topics: Path | None,
    out: Path,
    site_name: str,
    strict: bool,
    directory_urls: bool,
    max_article_bytes: int,
    max_paragraph_chars: int,
) -> None:
    """Write the briefing pages and data files for SEEDS into OUT.

    Only files the generator wrote before are replaced; any other existing file
    in OUT stops the run. An article that cannot be read is reported and skipped.
    """
    try:
        root = seeds.resolve().parent
        limits = _limits(max_article_bytes, max_paragraph_chars)
        result = generate(
            seeds,
            templates=templates,
            topics=topics,
            root=root,
            site_name=site_name,
            limits=limits,
            progress=_progress,
            directory_urls=directory_urls,
        )
        _report(result.errors, fatal=strict, notices=result.notices)
        written = write_pages(result.pages, out)
    except GeneratorError as exc:
        _fail(str(exc))
    articles = counted(len(result.corpus.briefings), "article")
    click.echo(f"Wrote {counted(len(written), 'file')} to {out} from {articles}.")
    click.echo(f"Generated {result.summary()}.", err=True)


@main.command("extract")
@click.option(
    "--json", "as_json", is_flag=True, required=True, help="Print the analysis as JSON (schema briefing/1)."
)
@click.option(
    "--topics",
    type=click.Path(path_type=Path),
    default=None,
    help="Topics YAML file replacing the default topics.",
)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_limit_options
def extract_command(
    as_json: bool,
    topics: Path | None,
    paths: tuple[Path, ...],
    max_article_bytes: int,
    max_paragraph_chars: int,
) -> None:
    """Print the analysis of the articles in PATHS (files or folders) as JSON."""
    try:
        limits = _limits(max_article_bytes, max_paragraph_chars)
        text, loaded = extract_json(paths, topics=topics, limits=limits)
    except GeneratorError as exc:
        _fail(str(exc))
    click.echo(text, nl=False)
    _report(loaded.errors, fatal=True, notices=loaded.notices)


@main.command("check")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_limit_options
def check_command(paths: tuple[Path, ...], max_article_bytes: int, max_paragraph_chars: int) -> None:
    """Check that every article in PATHS can be read; print one line per problem."""
    try:
        loaded = load(paths, limits=_limits(max_article_bytes, max_paragraph_chars))
    except GeneratorError as exc:
        _fail(str(exc))
    _report(loaded.errors, fatal=True, notices=loaded.notices)
    click.echo(f"{counted(len(loaded.docs), 'article')} OK.")
