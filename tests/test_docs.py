"""Documentation that fails the build when it drifts: commands, settings and tables must be documented."""

import re
from pathlib import Path

import pytest

from crawler.cli import cli
from pipelines.store import Store

ROOT = Path(__file__).resolve().parent.parent


def code_settings() -> set[str]:
    names: set[str] = set()
    for path in [*ROOT.glob("crawler/**/*.py"), *ROOT.glob("pipelines/**/*.py")]:
        names.update(re.findall(r"\bXXGK_[A-Z_]+[A-Z]\b", path.read_text(encoding="utf-8")))
    return names


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_command_is_in_the_readme_and_has_help(command):
    assert f"xxgk {command}" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert cli.commands[command].help


@pytest.mark.parametrize("setting", sorted(code_settings()))
def test_every_setting_is_documented(setting):
    assert f"`{setting}`" in (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")


def test_every_table_and_view_is_documented(tmp_path):
    store = Store(tmp_path / "x.db")
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    names = [t for t in store.db.table_names() if not t.startswith("reports_fts")] + store.db.view_names()
    store.close()
    missing = [n for n in names if f"## {n}" not in doc and f"| {n} |" not in doc]
    assert not missing


def test_every_column_of_the_main_tables_is_documented(tmp_path):
    store = Store(tmp_path / "x.db")
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    missing = []
    for table in ("portals", "crawls", "captures", "reports", "facts", "candidates", "failures", "problems"):
        section = doc.split(f"## {table}\n", 1)[1].split("\n## ", 1)[0]
        missing += [f"{table}.{c}" for c in store.db[table].columns_dict if not re.search(rf"\b{c}\b", section)]
    store.close()
    assert not missing
