"""The desk's upload reads ``2020-07-09 A1 要闻.txt`` as A1 (the importer's resolver), and says
of ``╡┌╢■░µ.txt`` that its name is garbled by a ZIP's code page and how to unpack it again, not
that it is no page label. Found by the fresh review of 2026-12-05."""

import pytest

from tests.admin import snapshots
from tests.admin.test_upload import SEED_FIELDS, page_file, preview
from tests.factories import SEED

pytestmark = pytest.mark.django_db
GARBLED = "第二版".encode("gbk").decode("cp437")  # ╡┌╢■░µ


def test_a_label_then_the_pages_name_is_that_page(editor_client):
    name = "2020-07-09 A1 要闻.txt"
    response = preview(editor_client, [page_file(name, SEED.read_bytes())], **SEED_FIELDS)
    html = response.content.decode()
    assert response.context["token"], html
    assert "“A1 要闻”不是版次" not in html and "无法从文件名看出是哪一版" not in html


def test_a_garbled_name_is_said_to_be_garbled(editor_client):
    before = snapshots.counts()
    response = preview(
        editor_client, [page_file(f"{GARBLED}.txt", SEED.read_bytes())], **SEED_FIELDS
    )
    html = response.content.decode()
    assert f"{GARBLED}.txt：文件名是乱码，按 GBK 读应是“第二版”" in html
    assert "unzip -O GBK" in html and f"“{GARBLED}”不是版次" not in html
    assert snapshots.counts() == before


def test_a_garbled_name_given_its_page_is_read(editor_client):
    response = preview(
        editor_client,
        [page_file(f"{GARBLED}.txt", SEED.read_bytes())],
        **SEED_FIELDS,
        page="A1",
    )
    assert response.context["token"], response.content.decode()
