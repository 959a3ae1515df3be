"""Render a `Corpus` into Markdown pages and data files with Jinja2 templates.

The one Jinja2 environment escapes every value on output (`filters.finalize`), so
an article's text can never add HTML, links or Markdown structure to a page:
escaped for Markdown in Markdown, HTML-escaped inside the templates'
``{% autoescape true %}`` blocks, which Markdown engines pass through without
parsing them. Templates only loop and branch.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from . import export
from .annotate import abbreviating, abbreviating_terms
from .comparison import compare_members
from .corpus import Corpus
from .errors import GeneratorError
from .filters import FILTERS, FLAG_FOLDER, briefing_path, finalize, topic_path
from .listings import plan
from .markdown_safe import Trusted
from .records import Briefing
from .reference.flag_images import flag_svg

__all__ = ["briefing_path", "make_environment", "render_cross_pages", "render_site", "topic_path"]


def make_environment(templates: Path | None = None) -> jinja2.Environment:
    """Return the Jinja2 environment: user templates first, then the built-in ones.

    The environment (and so every compiled template) is reused while the set of
    files in ``templates`` stays the same; Jinja2 recompiles a template whose file changed.
    """
    names = tuple(sorted(p.name for p in templates.iterdir())) if templates and templates.is_dir() else ()
    return _environment(templates, names)


@functools.lru_cache(maxsize=8)
def _environment(templates: Path | None, names: tuple[str, ...]) -> jinja2.Environment:
    # The built-in templates ship inside the package, so an installed wheel renders too.
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        loaders.append(jinja2.FileSystemLoader(templates))
    loaders.append(jinja2.PackageLoader("generator", "templates"))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        finalize=finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    env.globals["br"] = Trusted("<br>")  # in Markdown table cells
    return env


_ABBREVIATION_LINE = re.compile(r"^\*\[([^\]\n]+)\]: .*\n?", re.M)


def _used_abbreviations_only(text: str) -> str:
    """Return ``text`` without the abbreviation definitions of terms it never uses.

    Every page may list the whole glossary; keeping only what the page shows keeps
    tooltips right and the Markdown small.
    """
    lines = list(_ABBREVIATION_LINE.finditer(text))
    if not lines:
        return text
    body = _ABBREVIATION_LINE.sub("", text)
    terms = sorted({m.group(1) for m in lines}, key=len, reverse=True)
    used = set(re.findall(r"(?<![\w.])(" + "|".join(map(re.escape, terms)) + r")(?![\w])", body))
    kept = [m.group(0) for m in lines if m.group(1) in used]
    return body.rstrip("\n") + "\n\n" + "".join(kept) if kept else body


Renderer = Callable[..., tuple[str, str]]
# Rendered briefing pages by briefing (the analysis cache hands back the same object for
# an unchanged article) and template source, so `mkdocs serve` re-renders only what changed.
_BRIEFING_PAGES: dict[int, tuple[Briefing, tuple[str, bool], tuple[str, str], frozenset[str]]] = {}
_BRIEFING_PAGES_LIMIT = 20_000


def _renderer(
    corpus: Corpus, templates: Path | None, site_name: str, directory_urls: bool
) -> tuple[jinja2.Environment, Renderer]:
    """Return the environment and ``page(template, path, **values) -> (path, text)`` for ``corpus``.

    ``directory_urls`` says how the site's pages are built (``a.md`` -> ``a/`` or
    ``a.html``), for the links in HTML blocks.
    """
    env = make_environment(templates)
    terms = tuple(g.term for g in corpus.glossary)
    common = {
        "corpus": corpus,
        "site_name": site_name,
        "glossary_terms": terms,
        "abbreviate": abbreviating_terms(terms),
        "directory_urls": directory_urls,
        "briefing_path": briefing_path,
        "topic_path": topic_path,
    }

    def page(template: str, path: str, **extra: Any) -> tuple[str, str]:
        try:
            text = env.get_template(template).render({**common, "page_path": path, **extra})
        except jinja2.TemplateError as exc:
            where = f" line {exc.lineno}" if isinstance(exc, jinja2.TemplateSyntaxError) else ""
            raise GeneratorError(f"template {template}{where}: {exc.message or exc}") from exc
        return path, _used_abbreviations_only(text)

    return env, page


def _briefing_pages(
    corpus: Corpus, env: jinja2.Environment, page: Renderer, flags_used: set[str], directory_urls: bool
) -> dict[str, str]:
    """Return every briefing page of ``corpus``, reusing those rendered before from the same template.

    The flag files the pages show are added to ``flags_used``.
    """
    assert env.loader is not None
    source = (env.loader.get_source(env, "briefing.md.j2")[0], directory_urls)
    if len(_BRIEFING_PAGES) > _BRIEFING_PAGES_LIMIT:
        _BRIEFING_PAGES.clear()
    pages = {}
    for b in corpus.briefings:
        cached = _BRIEFING_PAGES.get(id(b))
        if cached is None or cached[0] is not b or cached[1] != source:
            flags: set[str] = set()
            rendered = page(
                "briefing.md.j2",
                briefing_path(b),
                b=b,
                comparisons=compare_members(b),
                flags_used=flags,
                abbreviate=abbreviating(b),
            )
            cached = _BRIEFING_PAGES[id(b)] = (b, source, rendered, frozenset(flags))
        path, text = cached[2]
        pages[path] = text
        flags_used |= cached[3]
    return pages


def render_cross_pages(
    corpus: Corpus,
    *,
    templates: Path | None = None,
    site_name: str = "Briefings",
    directory_urls: bool = True,
) -> dict[str, str]:
    """Return the pages that bring articles together (home, listings, indexes), by site path."""
    _, page = _renderer(corpus, templates, site_name, directory_urls)
    return dict(page(spec.template, spec.path, **spec.context) for spec in plan(corpus))


def render_site(
    corpus: Corpus,
    *,
    templates: Path | None = None,
    site_name: str = "Briefings",
    directory_urls: bool = True,
) -> dict[str, str]:
    """Return every generated file (site path -> text) for ``corpus``, sorted by path.

    ``directory_urls`` is MkDocs' ``use_directory_urls`` of the site they are built into.
    """
    flags_used: set[str] = set()
    env, page = _renderer(corpus, templates, site_name, directory_urls)
    pages = dict(
        page(spec.template, spec.path, flags_used=flags_used, **spec.context) for spec in plan(corpus)
    )
    pages.update(_briefing_pages(corpus, env, page, flags_used, directory_urls))
    for name in sorted(flags_used):
        pages[f"{FLAG_FOLDER}/{name}"] = flag_svg(name)
    pages["data/briefings.json"] = export.to_json(corpus.briefings, compact=True)
    pages["data/quotes.csv"] = export.quotes_csv(corpus.briefings)
    pages["data/members.csv"] = export.members_csv(corpus.briefings)
    return {k: pages[k] for k in sorted(pages)}
