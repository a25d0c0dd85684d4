"""Everything an editor or a reader sees is in Chinese.

A walk over every admin page (lists, add and change forms of a seeded object, history and a
version, export and import, upload and its preview, the action confirmation pages, the desk's
own pages) as the superuser, and every public HTML page as an anonymous reader, fails on a word
in Latin letters outside a short allow-list (names of formats, encodings and keys; URLs, slugs
and e-mail addresses; page labels such as A1). Screen-reader headings count: they are read out.
Then the particular words the issue named: spreadsheet files, history, breadcrumbs.
"""

import contextlib
import io
import re
from urllib.parse import unquote

import openpyxl
import pytest
from django.contrib import admin
from django.urls import NoReverseMatch, reverse

from articles.models import Article, Issue, Jump, Page, Photo, ProofreadingWord, WordKind
from articles.publishing import issue_publish
from tests.admin.conftest import form_data
from tests.admin.test_spreadsheets import (
    CSV,
    XLSX,
    as_file,
    browser_form,
    dataset,
    edit_headlines,
    export,
    import_preview,
)
from tests.factories import SEED
from tests.wording.visible import visible_text

pytestmark = pytest.mark.django_db

# Latin-script words that may be shown: formats, encodings, keys and standards an editor meets
# under these names (case ignored).
ALLOWED = {
    "pdf", "rss", "atom", "json", "csv", "xlsx", "txt", "text", "url", "utf", "gb", "big",
    "hkscs", "sha", "ldap", "control", "command", "mac", "jpeg", "png", "webp", "gif", "tiff",
    "html", "md",
    "ol",  # GB/T 7714's 载体标识 in a citation's [N/OL] (引用本文)
    "ris", "zotero", "endnote",  # the search export's format and the programs that read it
}  # fmt: skip
# Words that are data, not wording: URLs, e-mail addresses, slugs, tokens with digits (A1,
# GB18030, checksums), masked secrets, the test users' names.
_DATA = re.compile(
    r"https?://\S+|\S*=\S*|[\w.+-]+@[\w.-]+|\b[a-z0-9]+(?:-[a-z0-9]+)+\b|\S*\d\S*|\S*\*\S*"
)
_WORD = re.compile(r"[A-Za-z]+")


def latin_words(html: str, users=("admin", "desk-editor")) -> set[str]:
    text = _DATA.sub(" ", visible_text(html))
    return {
        word
        for word in _WORD.findall(text)
        if word.lower() not in ALLOWED and word not in users and len(word) > 1
    }


def check(client, url: str, *, method="get", data=None, problems: dict) -> object:
    response = client.post(url, data) if method == "post" else client.get(url)
    if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
        return response
    words = latin_words(response.content.decode())
    if words:
        problems[url] = sorted(words)
    return response


@pytest.fixture
def desk(seed):
    """The seed, published, with a history: a story edited, the issue published."""
    issue = Issue.objects.get()
    issue_publish(issue=issue, acknowledge_broken=True)
    ProofreadingWord.objects.create(kind=WordKind.PREFERRED, word="既使", preferred="即使")
    return issue


def admin_urls() -> list[str]:
    urls = ["/admin/", "/admin/password_change/", "/admin/articles/page/upload/"]
    for model in admin.site._registry:
        info = f"{model._meta.app_label}_{model._meta.model_name}"
        urls.append(reverse(f"admin:{info}_changelist"))
        for name in ("add", "export", "import"):
            with contextlib.suppress(NoReverseMatch):
                urls.append(reverse(f"admin:{info}_{name}"))
        obj = model._default_manager.order_by("pk").first()
        if obj is not None:
            for name in ("change", "history", "delete"):
                urls.append(reverse(f"admin:{info}_{name}", args=[obj.pk]))
            if hasattr(model, "history"):
                record = obj.history.first()
                if record is not None:
                    urls.append(reverse(f"admin:{info}_simple_history", args=[obj.pk, record.pk]))
    issue, page, jump = Issue.objects.first(), Page.objects.first(), Jump.objects.first()
    urls += [
        reverse("admin:articles_issue_publish", args=[issue.pk]),
        reverse("admin:articles_page_reparse", args=[page.pk]),
        reverse("admin:articles_jump_fix", args=[jump.pk]),
    ]
    return urls


def test_every_admin_page_is_in_chinese(admin_client, desk):
    story = Article.objects.order_by("pk").first()
    page = admin_client.get(reverse("admin:articles_article_change", args=[story.pk]))
    admin_client.post(page.wsgi_request.path, {**form_data(page), "headline": "改过的主题"})
    problems: dict = {}
    for url in admin_urls():
        check(admin_client, url, problems=problems)
    # Upload preview; the confirmation pages of every list's actions.
    check(
        admin_client,
        "/admin/articles/page/upload/",
        method="post",
        data={"files": [io_file()], "paper": "南通日报", "issue_date": "2020-07-10"},
        problems=problems,
    )
    for model, model_admin in admin.site._registry.items():
        first = model._default_manager.order_by("pk").first()
        if first is None:
            continue
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        request = admin_client.get(url).wsgi_request
        for action in model_admin.get_actions(request):
            check(
                admin_client,
                url,
                method="post",
                data={"action": action, "_selected_action": [str(first.pk)], "index": "0"},
                problems=problems,
            )
    assert not problems, "\n".join(f"{url}: {words}" for url, words in problems.items())


def io_file():
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("A1.txt", SEED.read_bytes(), content_type="text/plain")


def public_urls(issue) -> list[str]:
    paper, day = issue.publication.slug, issue.date.isoformat()
    story = Article.objects.order_by("pk").first()
    person = Photo.objects.first().credits.first().person.name
    return [
        "/",
        f"/{paper}/",
        f"/{paper}/{day}/",
        f"/{paper}/{day}/A1/",
        story.get_absolute_url(),
        f"/{paper}/{issue.date:%Y/%m}/",
        f"/{paper}/sections/",
        f"/{paper}/sections/头版/",
        f"/{paper}/feeds/",
        "/people/",
        f"/people/{person}/",
        "/search/?q=项目",
        "/search/?q=",
        "/search/tag/南通/",
        f"/{paper}/2020-07-10/",  # 404
        "/search/?page=abc",  # 400
    ]


def test_every_public_page_is_in_chinese(client, desk):
    problems: dict = {}
    for url in public_urls(desk):
        response = client.get(url)
        words = latin_words(response.content.decode())
        if words:
            problems[url] = sorted(words)
    assert not problems, "\n".join(f"{url}: {words}" for url, words in problems.items())


# The particular words -----------------------------------------------------------------------


def test_export_files_are_named_in_chinese(editor_client, seed):
    address = reverse("admin:articles_article_export")
    data = browser_form(editor_client.get(address), "format", format=CSV)
    response = editor_client.post(address, data)
    disposition = response["Content-Disposition"]
    assert "Article" not in disposition
    name = unquote(disposition.split("filename*=utf-8''")[1])
    assert re.fullmatch(r"稿件-\d{4}-\d{2}-\d{2}导出\.csv", name)  # (no filter: the export's day)


def test_xlsx_sheet_is_named_for_its_rows(editor_client, seed):
    book = openpyxl.load_workbook(io.BytesIO(export(editor_client, "article", XLSX)))
    assert book.sheetnames == ["稿件"]


def test_export_page_says_select_all_in_chinese(editor_client, seed):
    html = editor_client.get(reverse("admin:articles_article_export")).content.decode()
    assert "全选" in html and "Select all" not in html


def test_import_preview_shows_date_and_reporters(editor_client, seed):
    rows = dataset(export(editor_client, "article", CSV), CSV)
    edit_headlines(rows, {0: "新标题"})
    html = import_preview(editor_client, "article", as_file(rows, CSV), CSV).content.decode()
    text = visible_text(html.split("import-preview", 1)[-1])
    assert "2020-07-09" in text
    assert "朱文君、卢兆欣" in text


def test_history_names_the_status_and_the_app_in_chinese(admin_client, desk):
    story = Article.objects.order_by("pk").first()
    history = admin_client.get(reverse("admin:articles_article_history", args=[story.pk]))
    html = history.content.decode()
    assert re.search(r"草稿\W*(?:</del>)?\s*(?:→|&rarr;)\s*(?:<ins[^>]*>)?已发布", html)
    assert "draft" not in html
    record = story.history.first()
    version = admin_client.get(
        reverse("admin:articles_article_simple_history", args=[story.pk, record.pk])
    ).content.decode()
    crumbs = version.split('<div class="breadcrumbs">')[1].split("</div>")[0]
    assert "修改历史" in crumbs and "Articles" not in crumbs and "History" not in crumbs
