"""``头版.txt`` (the front page's everyday name) is page 1, as ``一版.txt`` and ``第一版.txt``
are; beside sectioned pages (``A2.txt``) it is refused as they are, not guessed to be A1; and a
name that is no label is said with Chinese quotes (``articles/labels.py``)."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.labels import LabelError, normalize_label
from articles.models import Page

pytestmark = pytest.mark.django_db

TEXT = "{}新闻\n\n本报讯（记者林晓）西湖渡口今天重新开放，游客可以乘船游览。\n"


def _day(tmp_path, *names):
    day = tmp_path / "xihu-evening" / "2024-05-21"
    day.mkdir(parents=True)
    (tmp_path / "xihu-evening" / "paper.json").write_text(
        json.dumps({"name": "西湖晚报", "slug": "xihu-evening"}), encoding="utf-8"
    )
    for name in names:
        (day / name).write_text(TEXT.format(name[:2]), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name", ["头版", "頭版", "第一版", "一版"])
def test_the_front_page_by_its_everyday_name_is_page_1_as_yiban_is(name):
    assert normalize_label(name) == "1"


def test_a_folder_with_toutiao_and_page_2_imports_toutiao_as_page_1(tmp_path):
    out = StringIO()
    call_command("import_pages", str(_day(tmp_path, "头版.txt", "2.txt")), stdout=out)
    assert sorted(Page.objects.values_list("label", flat=True)) == ["1", "2"]
    assert "西湖晚报 2024-05-21 1版：新建" in out.getvalue()


@pytest.mark.parametrize("name", ["头版.txt", "一版.txt"])
def test_toutiao_beside_sectioned_pages_is_refused_as_yiban_is(tmp_path, name):
    with pytest.raises(CommandError) as refused:
        call_command(
            "import_pages", str(_day(tmp_path, name, "A2.txt", "A3.txt")), stdout=StringIO()
        )
    assert name in str(refused.value) and "A2.txt" in str(refused.value)
    assert not Page.objects.exists()


def test_a_name_that_is_no_label_is_quoted_in_chinese():
    with pytest.raises(LabelError) as refused:
        normalize_label("封面")
    assert str(refused.value).startswith("“封面”不是版次：")
    assert "'" not in str(refused.value)
