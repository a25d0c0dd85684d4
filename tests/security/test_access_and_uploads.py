"""Who reaches the desk, CSRF on its forms, and what an upload may be."""

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from articles.models import Issue, Page
from tests.factories import SEED, import_seed

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
SEED_FIELDS = {"paper": "南通日报", "paper_slug": "nantong-daily", "issue_date": "2020-07-09"}
DESK_URLS = [
    "/admin/",
    UPLOAD,
    "/admin/articles/article/",
    "/admin/articles/issue/",
    "/admin/articles/page/",
    "/admin/articles/jump/",
    "/admin/articles/article/export/",
]


@pytest.fixture
def seeded():
    import_seed()


@pytest.mark.parametrize("url", DESK_URLS)
def test_anonymous_readers_are_sent_to_the_login_page(client, seeded, url):
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("url", DESK_URLS)
def test_a_logged_in_reader_who_is_not_staff_is_refused(client, seeded, url):
    User.objects.create_user("reader", password="pw")
    client.login(username="reader", password="pw")
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_anonymous_posts_to_the_upload_write_nothing(client):
    response = client.post(
        UPLOAD, {**SEED_FIELDS, "files": [SimpleUploadedFile("A1.txt", SEED.read_bytes())]}
    )
    assert response.status_code == 302
    assert not Page.objects.exists()


@pytest.fixture
def chief():
    return User.objects.create_superuser("chief", "chief@example.org", "pw")


def test_forms_without_a_csrf_token_are_refused(chief, seeded):
    client = Client(enforce_csrf_checks=True)
    client.force_login(chief)
    upload = client.post(
        UPLOAD, {**SEED_FIELDS, "files": [SimpleUploadedFile("A2.txt", SEED.read_bytes())]}
    )
    assert upload.status_code == 403
    issue = Issue.objects.get()
    publish = client.post(f"/admin/articles/issue/{issue.pk}/publish/", {"acknowledge": "on"})
    assert publish.status_code == 403
    assert not Page.objects.filter(label="A2").exists()
    assert Issue.objects.get().status == "draft"


def test_the_upload_page_carries_a_csrf_token(client, chief):
    client.force_login(chief)
    assert 'name="csrfmiddlewaretoken"' in client.get(UPLOAD).content.decode()


def test_an_oversized_upload_is_refused_before_it_is_read(client, chief, settings):
    settings.NEWSROOM_MAX_PAGE_BYTES = 10_000
    client.force_login(chief)
    big = SimpleUploadedFile("A1.txt", "测".encode() * 20_000, content_type="text/plain")
    response = client.post(UPLOAD, {**SEED_FIELDS, "files": [big]})
    assert response.status_code == 200
    assert "文件“A1.txt”有 59 KB，超过一个版面文本的上限 10 KB" in response.content.decode()
    assert not Page.objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("A1.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "只接受纯文本的版面文件"),
        ("A1.exe", b"MZ\x90\x00", "只接受纯文本的版面文件"),
        ("A1.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),  # renamed: the content tells
    ],
)
def test_uploads_must_be_page_text(client, chief, name, data, message):
    client.force_login(chief)
    response = client.post(UPLOAD, {**SEED_FIELDS, "files": [SimpleUploadedFile(name, data)]})
    assert response.status_code == 200 and message in response.content.decode()
    assert not Page.objects.exists()
