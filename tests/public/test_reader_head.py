"""What every public page's head and stylesheet tell a browser, a cache and a sharing card:
one language for every visitor (no ``Vary: Accept-Language``), marks readable in dark mode."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from tests.public.conftest import ISSUE_URL, LEAD

pytestmark = pytest.mark.django_db
TEMPLATES = Path(settings.BASE_DIR) / "templates"


def test_pages_do_not_vary_by_the_readers_language(client, edition):
    for url in (ISSUE_URL, edition.url(LEAD), "/search/?q=南通", "/feed.xml"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "accept-language" not in response.get("Vary", "").lower(), url


def test_the_admin_still_speaks_chinese(client, db):
    html = client.get("/admin/login/").content.decode()
    assert "用户名" in html and 'lang="zh-hans"' in html.lower()


# --- colours ---------------------------------------------------------------------------------


def _luminance(colour: str) -> float:
    digits = colour.lstrip("#")
    digits = "".join(c * 2 for c in digits) if len(digits) == 3 else digits
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    """WCAG 2's contrast ratio of two ``#rrggbb`` colours."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def schemes() -> dict[str, dict[str, str]]:
    """The site stylesheet's custom properties, light and dark (``prefers-color-scheme``)."""
    css = (TEMPLATES / "includes" / "site.css").read_text(encoding="utf-8")
    dark_at = css.index("@media (prefers-color-scheme: dark)")
    light = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{3,6})", css[:dark_at]))
    dark_block = css[dark_at : css.index("}\n}", dark_at)]
    dark = {**light, **dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{3,6})", dark_block))}
    return {"light": light, "dark": dark}


def search_rule(selector: str) -> str:
    css = (TEMPLATES / "search" / "includes" / "style.html").read_text(encoding="utf-8")
    return re.search(rf"(?m)^\s*{re.escape(selector)}\s*\{{([^}}]*)\}}", css).group(1)


def _value(declarations: str, name: str, colours: dict[str, str]) -> str:
    value = re.search(rf"(?:^|;)\s*{name}:\s*([^;]+)", declarations).group(1).strip()
    found = re.fullmatch(r"var\(--([\w-]+)(?:,[^)]*)?\)", value)
    return colours[found.group(1)] if found else value


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_marks_are_readable_in_either_scheme(scheme):
    colours = schemes()[scheme]
    mark = search_rule("mark")
    pair = _value(mark, "background", colours), _value(mark, "color", colours)
    assert contrast(*pair) >= 4.5, pair


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_search_errors_and_white_on_red_are_readable_in_either_scheme(scheme):
    colours = schemes()[scheme]
    errors = _value(search_rule(".search-form .errors"), "color", colours)
    assert contrast(errors, colours["paper"]) >= 4.5
    assert contrast(colours["on-red"], colours["red"]) >= 4.5  # a button, today's date
    assert contrast(colours["red"], colours["red-soft"]) >= 4.5  # an issue day in the calendar


def site_rules(selector: str) -> str:
    """Every declaration the site stylesheet's rules for ``selector`` written at a line's start
    give it (not the indented ones of ``@media`` blocks), joined in order: a later one wins."""
    css = (TEMPLATES / "includes" / "site.css").read_text(encoding="utf-8")
    found = re.findall(rf"(?m)^{re.escape(selector)}(?:,[^{{]*)?\s*\{{([^}}]*)\}}", css)
    return ";".join(found)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_current_page_tab_is_readable_on_its_tab_bar_in_either_scheme(scheme):
    colours = schemes()[scheme]
    tab = _value(site_rules('.tabs a[aria-current="page"] b'), "color", colours)
    assert contrast(tab, colours["card"]) >= 4.5, (tab, colours["card"])


@pytest.mark.parametrize("selector", [".topbar nav a", "footer.site a"])
def test_the_top_and_bottom_links_are_24_pixel_targets(selector):
    rules = site_rules(selector)
    assert "display: inline-block" in rules
    assert int(re.findall(r"min-height:\s*(\d+)px", rules)[-1]) >= 24
