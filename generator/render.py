"""Render a `Corpus` into Markdown pages and data files with Jinja2 templates.

The one Jinja2 environment escapes every value on output (`finalize`), so an
article's text can never add HTML, links or Markdown structure to a page; filters
that build Markdown return `Trusted` strings. Templates only loop and branch.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Callable
from html import escape as escape_html
from pathlib import Path
from typing import Any

import jinja2

from . import annotate, export, wording
from .comparison import compare_members
from .corpus import Corpus
from .errors import GeneratorError
from .html_blocks import passages_block, quote_block
from .listings import Pager, plan
from .markdown_safe import Trusted, abbreviation, attribute, escape, safe_url
from .records import Briefing, Quote, Span
from .reference import OrganizationRef, load_organizations
from .reference.flag_images import flag_file, flag_svg
from .reference.worldmap import country_name, legend_html, shape_codes, world_map_svg

FLAG_FOLDER = "assets/flags"


@jinja2.pass_context
def _flag(ctx: jinja2.runtime.Context, iso3: str) -> Trusted:
    """Return a country's flag image; its file name goes into the render's ``flags_used``."""
    name = flag_file(iso3)
    if name is None:
        return Trusted("")
    used = ctx.get("flags_used")
    if used is not None:
        used.add(name)
    # a Markdown image, so MkDocs rewrites the path for the page's URL and checks it
    alt = escape(f"Flag of {country_name(iso3)}")
    return Trusted(f'![{alt}]({_url(ctx, f"{FLAG_FOLDER}/{name}")}){{: .bq-flag width="20" height="15" }}')


def _finalize(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Trusted):
        return value
    if isinstance(value, bool | int | float):
        return str(value)
    return escape(value)


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
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    env.globals["br"] = Trusted("<br>")
    return env


@jinja2.pass_context
def _url(ctx: jinja2.runtime.Context, target: str, anchor: str | None = None) -> Trusted:
    """Return the link from the page being rendered to ``target`` (a site path)."""
    rel = _relative(target, posixpath.dirname(ctx["page_path"]) or ".")
    return Trusted(rel + (f"#{anchor}" if anchor else ""))


@functools.lru_cache(maxsize=65_536)
def _relative(target: str, here: str) -> str:
    return posixpath.relpath(target, here)


@jinja2.pass_context
def _para_link(ctx: jinja2.runtime.Context, where: Span | int, briefing: Briefing | None = None) -> Trusted:
    """Return a ``[¶n](…#pn)`` link to a paragraph, on this page or on ``briefing``'s page."""
    index = where.paragraph if isinstance(where, Span) else where
    anchor = f"p{index + 1}"
    href = f"#{anchor}" if briefing is None else _url(ctx, briefing_path(briefing), anchor)
    return Trusted(f"[¶{index + 1}]({href})")


@jinja2.pass_context
def _pager(ctx: jinja2.runtime.Context, pager: Pager) -> Trusted:
    """Return a line of links to every page of a listing (empty when it has one page)."""
    if pager.count < 2:
        return Trusted("")
    links = [
        f"**{n}**" if n == pager.number else f"[{n}]({_url(ctx, path)})"
        for n, path in enumerate(pager.paths, start=1)
    ]
    return Trusted(f"Page {pager.number} of {pager.count}: " + " · ".join(links))


def _speaker_line(q: Quote) -> Trusted:
    if q.speaker is None:
        return Trusted("*speaker not identified*")
    if q.sure_speaker is None:
        return Trusted(
            f'*speaker uncertain* <small class="bq-possible">possibly {escape(q.speaker.name)}</small>'
        )
    line = f"**{escape(q.speaker.name)}**"
    if q.speaker.role:
        line += f", {escape(q.speaker.role)}"
    return Trusted(line)


def _link(text: object, href: str | None) -> Trusted:
    url = safe_url(href)
    return Trusted(f"[{escape(text)}]({url})" if url else escape(text))


def _world_map(rows: Any, organization: str) -> Trusted:
    """Return a one-line HTML block with the map of ``rows``' countries (members, suspended)."""
    states = {r.iso3: "suspended" if r.suspended else "member" for r in rows}
    svg = world_map_svg(states, title=f"Member states of {organization} stated in the articles")
    missing = sorted(country_name(code) for code in states if code not in shape_codes())
    note = (
        f'<p class="bq-map-note">Too small to show: {escape_html(", ".join(missing))}.</p>' if missing else ""
    )
    return Trusted(f'<div class="bq-map-wrap">{svg}{legend_html(states)}{note}</div>')


def _org_reference(key: str) -> OrganizationRef | None:
    """Return the reference data of an organization by its short id, if the project has any."""
    return load_organizations().get(key)


def _abbreviations(terms: Any) -> Trusted:
    lines = [abbreviation(t.term, t.definition) for t in terms if t.kind == "abbreviation"]
    return Trusted("\n".join(line for line in lines if line))


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


FILTERS: dict[str, Callable[..., Any]] = {
    "md": escape,
    "attr": attribute,
    "url": _url,
    "para_link": _para_link,
    "pager": _pager,
    "speaker_line": _speaker_line,
    "how_found": wording.how_found,
    "counted": wording.counted,
    "plural": wording.plural,
    "quote_summary": wording.quote_summary,
    "link": _link,
    "flag": _flag,
    "quoted": wording.quoted,
    "abbreviations": _abbreviations,
    "world_map": _world_map,
    "org_reference": _org_reference,
    "annotated": annotate.paragraphs,
    "article_html": annotate.article_html,
    "with_cues": annotate.cues_only,
    "quote_block": quote_block,
    "passages_block": passages_block,
}


def briefing_path(b: Briefing) -> str:
    return f"briefings/{b.slug}.md"


def topic_path(topic_id: str) -> str:
    return f"topics/{topic_id}.md"


Renderer = Callable[..., tuple[str, str]]
# Rendered briefing pages by briefing (the analysis cache hands back the same object for
# an unchanged article) and template source, so `mkdocs serve` re-renders only what changed.
_BRIEFING_PAGES: dict[int, tuple[Briefing, str, tuple[str, str], frozenset[str]]] = {}
_BRIEFING_PAGES_LIMIT = 20_000


def _renderer(corpus: Corpus, templates: Path | None, site_name: str) -> tuple[jinja2.Environment, Renderer]:
    """Return the environment and ``page(template, path, **values) -> (path, text)`` for ``corpus``."""
    env = make_environment(templates)
    common = {
        "corpus": corpus,
        "site_name": site_name,
        "glossary_terms": [g.term for g in corpus.glossary],
        "briefing_path": briefing_path,
        "topic_path": topic_path,
    }

    def page(template: str, path: str, **extra: Any) -> tuple[str, str]:
        try:
            text = env.get_template(template).render(page_path=path, **common, **extra)
        except jinja2.TemplateError as exc:
            where = f" line {exc.lineno}" if isinstance(exc, jinja2.TemplateSyntaxError) else ""
            raise GeneratorError(f"template {template}{where}: {exc.message or exc}") from exc
        return path, _used_abbreviations_only(text)

    return env, page


def _briefing_pages(
    corpus: Corpus, env: jinja2.Environment, page: Renderer, flags_used: set[str]
) -> dict[str, str]:
    """Return every briefing page of ``corpus``, reusing those rendered before from the same template.

    The flag files the pages show are added to ``flags_used``.
    """
    assert env.loader is not None
    source = env.loader.get_source(env, "briefing.md.j2")[0]
    if len(_BRIEFING_PAGES) > _BRIEFING_PAGES_LIMIT:
        _BRIEFING_PAGES.clear()
    pages = {}
    for b in corpus.briefings:
        cached = _BRIEFING_PAGES.get(id(b))
        if cached is None or cached[0] is not b or cached[1] != source:
            flags: set[str] = set()
            rendered = page(
                "briefing.md.j2", briefing_path(b), b=b, comparisons=compare_members(b), flags_used=flags
            )
            cached = _BRIEFING_PAGES[id(b)] = (b, source, rendered, frozenset(flags))
        path, text = cached[2]
        pages[path] = text
        flags_used |= cached[3]
    return pages


def render_cross_pages(
    corpus: Corpus, *, templates: Path | None = None, site_name: str = "Briefings"
) -> dict[str, str]:
    """Return the pages that bring articles together (home, listings, indexes), by site path."""
    _, page = _renderer(corpus, templates, site_name)
    return dict(page(spec.template, spec.path, **spec.context) for spec in plan(corpus))


def render_site(
    corpus: Corpus, *, templates: Path | None = None, site_name: str = "Briefings"
) -> dict[str, str]:
    """Return every generated file (site path -> text) for ``corpus``, sorted by path."""
    flags_used: set[str] = set()
    env, page = _renderer(corpus, templates, site_name)
    pages = dict(
        page(spec.template, spec.path, flags_used=flags_used, **spec.context) for spec in plan(corpus)
    )
    pages.update(_briefing_pages(corpus, env, page, flags_used))
    for name in sorted(flags_used):
        pages[f"{FLAG_FOLDER}/{name}"] = flag_svg(name)
    pages["data/briefings.json"] = export.to_json(corpus.briefings, compact=True)
    pages["data/quotes.csv"] = export.quotes_csv(corpus.briefings)
    pages["data/members.csv"] = export.members_csv(corpus.briefings)
    return {k: pages[k] for k in sorted(pages)}
