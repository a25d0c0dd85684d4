"""The desk's upload reads a dated file name by the rule ``import_pages`` follows: one file, one
issue date (a name's date that is not the form's 出版日期 is refused, naming both), and a name that
is no page says why, as ``--page`` does."""

import pytest

from tests.admin import snapshots
from tests.admin.test_upload import SEED_FIELDS, page_file, preview
from tests.factories import SEED

pytestmark = pytest.mark.django_db


def test_a_file_named_for_another_day_than_the_form_is_refused_naming_both(editor_client):
    before = snapshots.counts()
    response = preview(
        editor_client, [page_file("2020-07-10_A1.txt", SEED.read_bytes())], **SEED_FIELDS
    )
    html = response.content.decode()
    assert "2020-07-10_A1.txt：文件名里的日期是 2020-07-10，“出版日期”却填的是 2020-07-09" in html
    assert "若文件名没错，请清空“出版日期”" in html
    assert snapshots.counts() == before


def test_a_file_named_for_the_forms_day_is_read_as_that_page(editor_client):
    response = preview(
        editor_client, [page_file("2020-07-09_A1.txt", SEED.read_bytes())], **SEED_FIELDS
    )
    assert response.context["token"]
    html = response.content.decode()
    assert "却填的是" not in html


def test_a_file_named_a0_says_page_numbers_start_at_one(editor_client):
    response = preview(editor_client, [page_file("A0.txt", SEED.read_bytes())], **SEED_FIELDS)
    html = response.content.decode()
    assert "A0.txt：无法从文件名看出是哪一版" in html
    assert "版次从 1 开始" in html
