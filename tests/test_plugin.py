"""The MkDocs plugin: options, hand-written pages win, serve watches inputs."""

from __future__ import annotations

from pathlib import Path

from test_site import build, make_project

from generator.plugin import BriefingPlugin


class FakeServer:
    def __init__(self) -> None:
        self.watched: list[str] = []

    def watch(self, path: str) -> None:
        self.watched.append(path)


def test_serve_watches_seeds_and_templates(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "templates").mkdir()
    plugin = BriefingPlugin()
    plugin.load_config({"seeds": "seeds", "templates": "templates"})

    class Config(dict):
        config_file_path = str(tmp_path / "mkdocs.yml")
        markdown_extensions = ("toc", "tables", "fenced_code")

    plugin.on_config(Config())  # type: ignore[arg-type]
    server = FakeServer()
    plugin.on_serve(server, config=None, builder=None)  # type: ignore[arg-type]
    assert server.watched == [str(tmp_path / "seeds"), str(tmp_path / "templates")]


def test_hand_written_page_wins(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Plain text about trade."})
    (project / "docs" / "index.md").write_text("# My own home\n\nWritten by hand.\n", encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "Written by hand." in home
    assert (project / "docs" / "index.md").read_text(encoding="utf-8").startswith("# My own home")
    assert (project / "site" / "briefings" / "a" / "index.html").is_file()


def test_user_template_overrides_builtin(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Plain text about trade."})
    (project / "templates").mkdir()
    (project / "templates" / "home.md.j2").write_text(
        "# Custom home\n\n{{ corpus.briefings | length }} briefings: {{ '<b>' }}\n", encoding="utf-8"
    )
    assert build(project).returncode == 0
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "1 briefings: &lt;b&gt;" in home, "values in user templates are escaped too"
    assert (project / "site" / "briefings" / "a" / "index.html").is_file(), "other templates stay built in"


def test_missing_seeds_folder_is_a_clear_error(tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    (project / "seeds").rmdir()
    result = build(project)
    assert result.returncode == 1
    assert "seeds folder not found" in result.stderr


def test_broken_user_template_names_the_template(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"a.txt": "Plain text."})
    (project / "templates").mkdir()
    (project / "templates" / "home.md.j2").write_text("{{ no_such_value }}\n", encoding="utf-8")
    result = build(project)
    assert result.returncode == 1
    assert "template home.md.j2: 'no_such_value' is undefined" in result.stderr


def test_serve_rewrites_only_the_pages_an_edit_changes(tmp_path: Path) -> None:
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    project = make_project(tmp_path, {"a.txt": "Talks on trade ended.", "b.txt": "Fishing quotas were set."})
    config = load_config(str(project / "mkdocs.yml"))
    plugin = config.plugins["briefing"]
    assert isinstance(plugin, BriefingPlugin)
    plugin.on_startup(command="serve", dirty=True)
    try:
        config = config.plugins.on_config(config)
        first = {f.src_uri: f for f in config.plugins.on_files(Files([]), config=config)}
        store = plugin.page_store
        assert store is not None and first["briefings/a.md"].abs_src_path == str(store / "briefings/a.md")
        stamps = {path: (store / path).stat().st_mtime_ns for path in first}
        (project / "seeds" / "b.txt").write_text("Fishing quotas were cut.", encoding="utf-8")
        config.plugins.on_files(Files([]), config=config)
        changed = {path for path in first if (store / path).stat().st_mtime_ns != stamps[path]}
        assert "briefings/b.md" in changed and "briefings/a.md" not in changed
        assert "cut" in (store / "briefings/b.md").read_text(encoding="utf-8")
    finally:
        plugin.on_shutdown()
    assert not store.exists()


def test_a_one_off_build_leaves_no_caches_behind(tmp_path: Path) -> None:
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    from generator.analysis import runner

    project = make_project(tmp_path, {"a.txt": "Talks on trade ended."})
    config = load_config(str(project / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    files = config.plugins.on_files(Files([]), config=config)
    assert files.get_file_from_path("briefings/a.md") is not None
    assert not runner._CACHE, "the memory goes to MkDocs' pages"
