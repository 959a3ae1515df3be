"""The Jinja2 filters and output rule of the page templates.

A page is Markdown, with raw HTML blocks inside ``{% autoescape true %}``.
Outside them every value is escaped for Markdown (`markdown_safe.escape`) and
filters return `Trusted` Markdown. Inside them every value is HTML-escaped with
the page's abbreviations marked (``abbreviate`` in the template context, as
`annotate.abbreviating` builds it for the article text) and filters return
`Markup`; a `Trusted` Markdown value there is a template error. Links written
in HTML point at the built page (``directory_urls`` in the context), since
MkDocs rewrites links in Markdown only.
"""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Callable
from html import escape as escape_html
from typing import Any

import jinja2
from markupsafe import Markup

from . import annotate, wording
from .html_blocks import passages_block, quote_block
from .listings import Pager
from .markdown_safe import Trusted, abbreviation, attribute, escape, html_text, safe_url
from .records import Briefing, Passage, Quote, Span
from .reference import OrganizationRef, load_organizations
from .reference.flag_images import flag_file
from .reference.worldmap import country_name, legend_html, shape_codes, world_map_svg

FLAG_FOLDER = "assets/flags"
Context = jinja2.runtime.Context


def briefing_path(b: Briefing) -> str:
    return f"briefings/{b.slug}.md"


def topic_path(topic_id: str) -> str:
    return f"topics/{topic_id}.md"


def _in_html(ctx: Context) -> bool:
    return bool(ctx.eval_ctx.autoescape)


def _text(ctx: Context) -> Callable[[str], str]:
    """Return the page's HTML escaper for text (abbreviations marked)."""
    piece: Callable[[str], str] = ctx.get("abbreviate") or html_text
    return piece


@jinja2.pass_context
def finalize(ctx: Context, value: Any) -> str:
    """Return ``value`` as it is written on the page: escaped for where it stands."""
    if value is None:
        return ""
    if _in_html(ctx):
        if isinstance(value, Markup):
            return value
        if isinstance(value, Trusted):
            raise jinja2.TemplateRuntimeError(f"Markdown value in an HTML block: {value[:60]!r}")
        return Markup(_text(ctx)(str(value)))
    if isinstance(value, Trusted):
        return value
    if isinstance(value, bool | int | float):
        return str(value)
    return escape(value)


@jinja2.pass_context
def _url(ctx: Context, target: str, anchor: str | None = None) -> str:
    """Return the link from the page being rendered to ``target`` (a site path).

    In Markdown the link is between source files, which MkDocs rewrites; in an
    HTML block it is between the built pages.
    """
    suffix = f"#{anchor}" if anchor else ""
    if _in_html(ctx):
        built = _built(target, ctx["page_path"], ctx["directory_urls"])
        return Markup(escape_html(built + suffix, quote=True))
    return Trusted(_relative(target, posixpath.dirname(ctx["page_path"]) or ".") + suffix)


@functools.lru_cache(maxsize=65_536)
def _relative(target: str, here: str) -> str:
    return posixpath.relpath(target, here)


@functools.lru_cache(maxsize=65_536)
def _built(target: str, page: str, directory_urls: bool) -> str:
    """Return the relative URL from the built ``page`` to the built ``target`` (site paths)."""
    folder = posixpath.dirname(_page_url(page, directory_urls)) or "."
    there = _page_url(target, directory_urls) if target.endswith(".md") else target
    rel = posixpath.relpath(there or ".", folder)
    if there == "" or there.endswith("/"):
        return "./" if rel == "." else rel + "/"
    return rel


def _page_url(path: str, directory_urls: bool) -> str:
    """Return the URL of the page built from ``path``, as MkDocs makes it (``a/b.md`` -> ``a/b/``)."""
    stem = path.removesuffix(".md")
    if not directory_urls:
        return stem + ".html"
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


@jinja2.pass_context
def _flag(ctx: Context, iso3: str) -> str:
    """Return a country's flag image; its file name goes into the render's ``flags_used``."""
    name = flag_file(iso3)
    if name is None:
        return Markup("") if _in_html(ctx) else Trusted("")
    used = ctx.get("flags_used")
    if used is not None:
        used.add(name)
    src = _url(ctx, f"{FLAG_FOLDER}/{name}")
    if _in_html(ctx):
        alt = escape_html(f"Flag of {country_name(iso3)}", quote=True)
        return Markup(f'<img alt="{alt}" class="bq-flag" height="15" src="{src}" width="20">')
    # a Markdown image, so MkDocs rewrites the path for the page's URL and checks it
    alt = escape(f"Flag of {country_name(iso3)}")
    return Trusted(f'![{alt}]({src}){{: .bq-flag width="20" height="15" }}')


@jinja2.pass_context
def _para_link(ctx: Context, where: Span | int, briefing: Briefing | None = None) -> str:
    """Return a link ``¶n`` to a paragraph, on this page or on ``briefing``'s page."""
    index = where.paragraph if isinstance(where, Span) else where
    anchor = f"p{index + 1}"
    href = f"#{anchor}" if briefing is None else _url(ctx, briefing_path(briefing), anchor)
    if _in_html(ctx):
        return Markup(f'<a href="{href}">¶{index + 1}</a>')
    return Trusted(f"[¶{index + 1}]({href})")


@jinja2.pass_context
def _pager(ctx: Context, pager: Pager) -> Trusted:
    """Return a line of links to every page of a listing (empty when it has one page)."""
    if pager.count < 2:
        return Trusted("")
    links = [
        f"**{n}**" if n == pager.number else f"[{n}]({_url(ctx, path)})"
        for n, path in enumerate(pager.paths, start=1)
    ]
    return Trusted(f"Page {pager.number} of {pager.count}: " + " · ".join(links))


@jinja2.pass_context
def _speaker_line(ctx: Context, q: Quote) -> str:
    """Return who said ``q``: the name in bold, then the role."""
    if _in_html(ctx):
        if q.speaker is None:
            return Markup("<em>speaker not identified</em>")
        text = _text(ctx)
        if q.sure_speaker is None:
            possible = f'<small class="bq-possible">possibly {text(q.speaker.name)}</small>'
            return Markup(f"<em>speaker uncertain</em> {possible}")
        role = f", {text(q.speaker.role)}" if q.speaker.role else ""
        return Markup(f"<strong>{text(q.speaker.name)}</strong>{role}")
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


@jinja2.pass_context
def _quoted(ctx: Context, text: str) -> str:
    """Return a quote's words in double marks (`wording.quoted`)."""
    if _in_html(ctx):
        return Markup(f"“{_text(ctx)(wording.quote_words(text))}”")
    return wording.quoted(text)


@jinja2.pass_context
def _how_found(ctx: Context, q: Quote) -> str:
    """Return the evidence for a quote's speaker (`wording.how_found`)."""
    if not _in_html(ctx):
        return Trusted(wording.how_found(q))
    return Markup(wording.how_found(q, _text(ctx), "<strong>{}</strong>".format))


@jinja2.pass_context
def _link(ctx: Context, text: object, href: str | None) -> str:
    """Return ``text`` linked to ``href`` when that is a plain http(s) URL, else the text alone."""
    url = safe_url(href)
    if _in_html(ctx):
        shown = _text(ctx)(str(text))
        return Markup(f'<a href="{escape_html(url, quote=True)}">{shown}</a>' if url else shown)
    return Trusted(f"[{escape(text)}]({url})" if url else escape(text))


@jinja2.pass_context
def _with_cues(ctx: Context, b: Briefing, passage: Passage, title: str = "") -> str:
    """Return a topic passage's paragraph with its cue words marked (`annotate.cues_only`)."""
    if _in_html(ctx):
        return Markup(annotate.cues_only(b, passage, title, _text(ctx)))
    return annotate.cues_only(b, passage, title)


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


def _attr(text: object) -> Markup:
    """Return ``text`` for a double-quoted HTML attribute (`markdown_safe.attribute`)."""
    return Markup(attribute(text))


FILTERS: dict[str, Callable[..., Any]] = {
    "md": escape,
    "attr": _attr,
    "url": _url,
    "para_link": _para_link,
    "pager": _pager,
    "speaker_line": _speaker_line,
    "how_found": _how_found,
    "counted": wording.counted,
    "plural": wording.plural,
    "quote_summary": wording.quote_summary,
    "link": _link,
    "flag": _flag,
    "quoted": _quoted,
    "abbreviations": _abbreviations,
    "world_map": _world_map,
    "org_reference": _org_reference,
    "annotated": annotate.paragraphs,
    "article_html": annotate.article_html,
    "with_cues": _with_cues,
    "quote_block": quote_block,
    "passages_block": passages_block,
}
