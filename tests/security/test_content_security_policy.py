"""Every page carries a Content-Security-Policy that allows the site's own files and, inline,
only what it names: the desk's scripts and stylesheets by the response's nonce, the public
pages' stylesheet and the error pages' by hash, the libraries' few inline attributes by hash
(the sysadmin review of 2026-12-06: "No Content-Security-Policy"). Each kind of page is
rendered and read as a browser would apply the header (tests/security/csp.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.template import engines
from django.test import Client, override_settings
from django.urls import reverse

from articles.models import Article, Page, Photo
from newsroom import csp
from tests.admin import conftest as desk_fixtures
from tests.admin.test_spreadsheets import CSV, as_file, dataset, export, import_preview
from tests.pdfpages import conftest as pdf_fixtures
from tests.security.csp import blocked, directives, inline_pieces

groups, editor = desk_fixtures.groups, desk_fixtures.editor
editor_client = desk_fixtures.editor_client
built_pages = pdf_fixtures.built_pages
pdf_edition = pdf_fixtures.pdf_edition

pytestmark = pytest.mark.django_db
HEADER = "Content-Security-Policy"
SITE = Path(csp.__file__).resolve().parent.parent
STRICT = {
    "default-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


def _checked(response, *, nonce: bool | None = None) -> str:
    """The page's HTML, after checking its header is strict (no ``'unsafe-inline'`` or
    ``'unsafe-eval'``; ``nonce``: whether the header must, or must not, name a nonce) and allows
    every inline piece of the page."""
    assert response.status_code == 200, response.content[:500]
    header = response[HEADER]
    policy = directives(header)
    for name, sources in STRICT.items():
        assert policy[name] == sources, (name, header)
    assert "'unsafe-inline'" not in header and "'unsafe-eval'" not in header
    if nonce is not None:
        assert any(s.startswith("'nonce-") for s in policy["script-src"]) is nonce, header
    html = response.content.decode()
    assert blocked(html, header) == []
    return html


@pytest.fixture
def edition(pdf_edition, editor_client):
    return editor_client


def test_a_public_story_runs_no_script_and_its_stylesheet_is_allowed_by_hash(edition):
    story = Article.objects.filter(status="published").first()
    html = _checked(Client().get(story.get_absolute_url()), nonce=False)
    kinds = [kind for kind, _, _ in inline_pieces(html)]
    assert kinds == ["style"]  # site.css; the JSON-LD is data, not a script
    assert '<script type="application/ld+json">' in html


def test_a_page_with_its_image_and_zones_is_allowed_whole(edition):
    page = Page.objects.get(label="1")
    html = _checked(Client().get(page.get_absolute_url()), nonce=False)
    assert 'class="zone zone-' in html and "<svg" in html


def test_the_search_page_and_its_own_stylesheet(edition):
    html = _checked(Client().get("/search/", {"q": "本报"}), nonce=False)
    assert [kind for kind, _, _ in inline_pieces(html)] == ["style", "style"]


def test_a_cached_public_page_is_served_with_the_same_policy(edition):
    page = Page.objects.get(label="1").get_absolute_url()
    first = Client().get(page)
    again = Client().get(page)
    assert again.content == first.content and again[HEADER] == first[HEADER]


@pytest.mark.parametrize(
    "address",
    [
        "/admin/",
        "/admin/articles/article/",
        "/admin/articles/page/",
        "/admin/articles/page/upload/",
        "/admin/articles/photo/",
        "/admin/articles/article/export/",
    ],
)
def test_desk_pages_allow_only_their_nonce_and_the_named_hashes(edition, address):
    html = _checked(edition.get(address))
    assert not re.search(r"<script(?![^>]*\b(src|nonce)=)[^>]*>", html)


def test_the_story_and_page_forms_with_the_zone_editor(edition):
    story = Article.objects.filter(status="published").first()
    _checked(edition.get(reverse("admin:articles_article_change", args=[story.pk])), nonce=True)
    page = Page.objects.get(label="1")
    html = _checked(edition.get(reverse("admin:articles_page_change", args=[page.pk])), nonce=True)
    assert 'id="zone-board"' in html and "articles/zone-editor.js" in html
    assert 'style="' not in html
    history = reverse("admin:articles_article_history", args=[story.pk])
    _checked(edition.get(history), nonce=True)
    photo = Photo.objects.first()  # its autocomplete fields (select2)
    _checked(edition.get(reverse("admin:articles_photo_change", args=[photo.pk])))


def test_a_spreadsheets_import_preview(edition):
    sheet = as_file(dataset(export(edition, "article", CSV), CSV), CSV)
    preview = import_preview(edition, "article", sheet, CSV)
    html = _checked(preview)
    assert 'name="import_file_name"' in html


def test_a_spreadsheet_preview_marking_a_changed_cell(edition):
    """The preview colours what the sheet changes with ``<ins style=…>`` / ``<del style=…>``
    that django-import-export's diff writes from Python: both allowed by hash."""
    ds = dataset(export(edition, "article", CSV), CSV)
    column = ds.headers.index("副题")
    first = list(ds[0])
    first[column] = (first[column] or "") + "（改过）"
    ds[0] = first
    html = _checked(import_preview(edition, "article", as_file(ds, CSV), CSV))
    assert 'style="background:#e6ffe6;"' in html


def test_the_libraries_inline_pieces_are_each_allowed():
    """What Django admin's and django-import-export's installed templates write inline, read
    from the files: each handler and style attribute is one newsroom.csp allows by hash, each
    ``<style>`` one whose hash the policy adds, and no inline script runs without a ``src``."""
    engine = engines["django"].engine
    names = {
        "admin/change_list.html",
        "admin/change_form.html",
        "admin/base.html",
        "admin/popup_response.html",
        "admin/prepopulated_fields_js.html",
        "admin/import_export/export.html",
        "admin/import_export/import.html",
        "admin/import_export/base.html",
    }
    hashes = csp.style_hashes()
    for name in names:
        source = re.sub(r"\{#.*?#\}", "", engine.get_template(name).source)  # comments
        for kind, attributes, code in inline_pieces(source):
            if kind == "handler":
                assert code in csp.ATTRIBUTE_SCRIPTS, (name, code)
            elif kind == "style-attribute":
                assert code in csp.ATTRIBUTE_STYLES, (name, code)
            elif kind == "style":
                assert csp.source_hash(code) in hashes, (name, code)
            else:
                raise AssertionError((name, kind, attributes, code))


@override_settings(
    CONTENT_SECURITY_POLICY=None,
    CONTENT_SECURITY_POLICY_REPORT_ONLY={"DIRECTIVES": {"default-src": ["'self'"]}},
)
def test_report_only_sends_the_policy_under_the_report_only_header(edition):
    response = Client().get(Page.objects.get(label="1").get_absolute_url())
    assert HEADER not in response
    assert "style-src 'sha256-" in response["Content-Security-Policy-Report-Only"]


def test_the_report_only_switch_and_media_origins_come_from_the_environment():
    import subprocess
    import sys

    code = (
        "import os; os.environ['NEWSROOM_CSP_REPORT_ONLY']='1';"
        "os.environ['NEWSROOM_CSP_MEDIA_ORIGINS']='https://media.example.org';"
        "from newsroom.settings import csp as s;"
        "print(s.CONTENT_SECURITY_POLICY, s.CONTENT_SECURITY_POLICY_REPORT_ONLY['DIRECTIVES']['img-src'])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=SITE, capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == """None ["'self'", 'data:', 'https://media.example.org']"""
