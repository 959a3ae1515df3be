"""MkDocs plugin ``briefing``: generated pages enter `mkdocs build` and `mkdocs serve`.

Pages are `File.generated`: in memory for a build, and while serving in a
temporary folder outside the project (so `mkdocs serve --dirty` can tell which
pages changed). Nothing is written into ``docs/`` or ``seeds/``, so `mkdocs
serve` has no rebuild loop. A hand-written page in ``docs/`` always wins over a
generated page of the same path; pages that `briefing generate --out docs` wrote
there (listed in its manifest) are replaced by fresh ones. The raw HTML blocks of
a generated page skip the Markdown conversion (`passthrough`).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from .errors import GeneratorError
from .limits import MAX_ARTICLE_BYTES, MAX_PARAGRAPH_CHARS, Limits
from .markdown_safe import unvetted_extensions
from .passthrough import hide_blocks, new_token, restore_blocks
from .pipeline import forget, generate
from .writer import atomic_write, read_manifest

log = get_plugin_logger(__name__)


def _log_progress(done: int, total: int) -> None:
    log.info("Analysed %d of %d articles", done, total)


class BriefingConfig(Config):
    seeds = c.Type(str, default="seeds")
    templates = c.Type(str, default="templates")
    topics = c.Optional(c.Type(str))
    max_article_bytes = c.Type(int, default=MAX_ARTICLE_BYTES)
    max_paragraph_chars = c.Type(int, default=MAX_PARAGRAPH_CHARS)


class BriefingPlugin(BasePlugin[BriefingConfig]):
    """Generate the briefing pages from the seeds folder on every build."""

    page_store: Path | None = None  # while serving: where the generated pages are kept on disk
    generated: frozenset[str] = frozenset()  # the pages of this build that the generator wrote
    token = ""  # this build's placeholder for HTML blocks (`passthrough`)
    blocks: dict[str, list[str]]  # page -> its HTML blocks, while MkDocs converts it

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Defining on_startup also keeps this plugin (and so the caches) alive across serve rebuilds.
        if command == "serve":
            self.page_store = Path(tempfile.mkdtemp(prefix="briefing-serve-"))
            self._stored: dict[str, str] = {}

    def on_shutdown(self) -> None:
        if self.page_store is not None:
            shutil.rmtree(self.page_store, ignore_errors=True)
            self.page_store = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path or ".").resolve().parent
        self.root = root
        self.seeds = root / self.config.seeds
        self.templates = root / self.config.templates
        self.topics = root / self.config.topics if self.config.topics else None
        for option in ("max_article_bytes", "max_paragraph_chars"):
            if self.config[option] < 1:
                raise PluginError(f"briefing: option '{option}' must be a positive number")
        self.limits = Limits(self.config.max_article_bytes, self.config.max_paragraph_chars)
        for name in unvetted_extensions(config.markdown_extensions):
            log.error(
                "Markdown extension '%s' may turn article text into markup: "
                "the escaping is not proven against it (generator.markdown_safe.VETTED_EXTENSIONS)",
                name,
            )
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.seeds.is_dir():
            raise PluginError(f"{self.seeds}: seeds folder not found (plugin option 'seeds')")
        try:
            result = generate(
                self.seeds,
                templates=self.templates if self.templates.is_dir() else None,
                topics=self.topics,
                root=self.root,
                site_name=config.site_name,
                limits=self.limits,
                progress=_log_progress,
                directory_urls=config.use_directory_urls,
            )
        except (GeneratorError, jinja2.TemplateError) as exc:
            raise PluginError(f"briefing: {exc}") from exc
        for err in result.errors:
            log.error("Could not process %s: %s", err.path, err.reason)
        for notice in result.notices:
            log.log(logging.DEBUG if notice.quiet else logging.INFO, "%s", notice)
        log.info("Generated %s", result.summary())
        owned = self._written_into_docs(config)
        generated = set()
        for path, content in result.pages.items():
            existing = files.get_file_from_path(path)
            if existing is not None and path not in owned:
                log.info("docs/%s is hand-written; not replacing it with the generated page", path)
                continue
            if existing is not None:
                files.remove(existing)
            files.append(self._generated(config, path, content))
            generated.add(path)
        self.generated = frozenset(generated)
        self.token, self.blocks = new_token(), {}
        for path in sorted(owned - result.pages.keys()):
            stale = files.get_file_from_path(path)
            if stale is not None:
                files.remove(stale)
        if self.page_store is None:
            forget()  # not serving: no rebuild will reuse the caches
        return files

    def _generated(self, config: MkDocsConfig, path: str, content: str) -> File:
        """Return the generated page; while serving, a file on disk rewritten only when it changes.

        A page whose file did not change is not rebuilt by `mkdocs serve --dirty`, so an
        edit re-renders only the article and the pages whose text it changed.
        """
        if self.page_store is None:
            return File.generated(config, path, content=content)
        target = self.page_store / path
        if self._stored.get(path) != content:
            atomic_write(target, content)
            self._stored[path] = content
        return File.generated(config, path, abs_src_path=str(target))

    def _written_into_docs(self, config: MkDocsConfig) -> set[str]:
        """Return the docs files that `briefing generate --out docs` wrote (for another engine).

        They are this plugin's own pages, so fresh ones replace them, and those no
        longer generated are left out of the site.
        """
        try:
            return read_manifest(Path(config.docs_dir))
        except GeneratorError as exc:
            raise PluginError(f"briefing: {exc}") from exc

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Hand the HTML blocks of a generated page past Markdown (see `passthrough`)."""
        if page.file.src_uri not in self.generated:
            return markdown
        markdown, self.blocks[page.file.src_uri] = hide_blocks(markdown, self.token)
        return markdown

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        blocks = self.blocks.pop(page.file.src_uri, None)
        return restore_blocks(html, self.token, blocks) if blocks else html

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        for path in (self.seeds, self.templates, self.topics):
            if path is not None and path.exists():
                server.watch(str(path))
        return server
