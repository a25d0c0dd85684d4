"""A new paper's URL 标识 written in Chinese (or with capitals, spaces, underscores) is refused
with what the 标识 is and which characters it takes, as the help text says: not Django's
default slug message, which allows underscores and capitals the help text rules out."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Publication
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
PAGE = "城东新桥今天合龙\n\n本报讯 城东新桥今天上午合龙，预计年底通车。\n".encode()


@pytest.mark.parametrize("slug", ["中文网址", "Qingshi_Daily"])
def test_a_new_paper_slug_outside_lowercase_letters_digits_and_hyphens_says_so(editor_client, slug):
    data = form_data(editor_client.get(UPLOAD))
    data.update(paper="青石日报", paper_slug=slug, issue_date="2021-05-06", page="A1")
    data["files"] = [SimpleUploadedFile("A1.txt", PAGE, content_type="text/plain")]
    response = editor_client.post(UPLOAD, data)
    errors = response.context["form"].errors["paper_slug"]
    assert errors == [
        f"“{slug}”不能做 URL 标识：它是报纸的网址名（出现在读者看到的网址里），"
        "只能用小写英文字母 a–z、数字和连字符（-），不能有汉字、大写字母、空格或其他符号；"
        "请改写，如 nantong-daily。"
    ]
    assert not Publication.objects.exists()
