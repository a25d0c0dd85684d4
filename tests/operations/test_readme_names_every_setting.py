"""The README's Configuration table names every environment variable the code reads: the
sysadmin review of 2026-12-06 found six missing (NEWSROOM_WITHHELD_PHOTOS_DIR, CACHE_KEY_PREFIX…)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READ = re.compile(
    r"""os\.(?:environ(?:\.get|\.setdefault)?|getenv)\s*[(\[]\s*["']([A-Z][A-Z0-9_]+)["']"""
    r"""|env_var\s*=\s*["']([A-Z][A-Z0-9_]+)["']"""
)


def _read_by_the_code() -> set[str]:
    files = [
        ROOT / "manage.py",
        *(p for d in ("articles", "search", "newsroom") for p in (ROOT / d).rglob("*.py")),
    ]
    return {a or b for f in files for a, b in READ.findall(f.read_text(encoding="utf-8"))}


def _configuration_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("\n## Configuration\n", 1)[1].split("\n## ", 1)[0]


def test_the_scan_finds_the_variables_it_should():
    assert {"DATABASE_URL", "NEWSROOM_TABLE_CACHE", "DATABASE_REPLICA_URL"} <= _read_by_the_code()


def test_the_configuration_table_names_every_variable_the_code_reads():
    section = _configuration_section()
    missing = sorted(v for v in _read_by_the_code() if f"`{v}`" not in section)
    assert missing == [], f"add these to README's Configuration table: {missing}"


def test_the_cache_failure_timings_are_called_settings_not_variables():
    # They are Django settings only (newsroom/settings/base.py), not read from the environment:
    # written like the variables around them, a sysadmin exported them to no effect (review s64).
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("NEWSROOM_CACHE_RETRY_SECONDS", "NEWSROOM_CACHE_CHECK_SECONDS"):
        assert name not in _read_by_the_code()
        said = readme.split(f"`{name}`")[0][-60:] + readme.split(f"`{name}`")[1][:80]
        assert "Django setting" in said or "not an environment variable" in said, name


def test_turning_debug_off_under_the_dev_settings_says_to_collect_the_static_files():
    row = next(line for line in _configuration_section().splitlines() if "`DJANGO_DEBUG`" in line)
    assert "collectstatic" in row and "Missing staticfiles manifest entry" in row
