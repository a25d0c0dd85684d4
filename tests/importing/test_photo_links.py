"""A photo printed with a story is stored as that story's photo (``Photo.article``): on a first
import, on a re-import that updates the page in place, and on a continuation's page once the
jump is stitched, in either import order. A picture item of its own stays without a story."""

from datetime import date

import pytest

from articles.models import Article, Photo
from tests.conftest import DATA
from tests.factories import import_text

pytestmark = pytest.mark.django_db

REPRO = (DATA / "repros" / "photo-credit-forms.txt").read_text(encoding="utf-8")
DAY = date(2025, 6, 3)


def _links() -> list[tuple[str, str | None]]:
    return [
        (p.caption, p.article.headline if p.article else None)
        for p in Photo.objects.select_related("article").order_by("position")
    ]


EXPECTED = [
    ("6月3日，南江水上救援队队员在江面进行冲锋舟救援演练。", None),
    ("書店新增的閱讀角吸引不少年輕人。", "老街書店重新開業"),
    ("店主在整理書架。", "老街書店重新開業"),
]


def test_captions_printed_inside_a_story_are_its_photos_on_import():
    report = import_text(REPRO, "1", when=DAY, paper="东岸日报", slug="dongan")
    assert report.action == "created"
    assert _links() == EXPECTED
    assert "(" not in "".join(Photo.objects.values_list("credit_line", flat=True))
    assert "（" not in "".join(Photo.objects.values_list("credit_line", flat=True))
    story = Article.objects.get(headline="老街書店重新開業")
    assert [p.caption for p in story.photos.order_by("position")] == [
        "書店新增的閱讀角吸引不少年輕人。",
        "店主在整理書架。",
    ]


def test_a_reimport_that_updates_the_page_keeps_the_photos_with_their_story():
    import_text(REPRO, "1", when=DAY, paper="东岸日报", slug="dongan")
    ids = sorted(Photo.objects.values_list("pk", flat=True))
    report = import_text(
        REPRO.replace("本週重新開業", "本週正式重新開業"),
        "1",
        when=DAY,
        paper="东岸日报",
        slug="dongan",
    )
    assert report.action == "updated"
    assert sorted(Photo.objects.values_list("pk", flat=True)) == ids
    assert _links() == EXPECTED


PAGE_1 = """老街書店重新開業
【本報訊】位於西區老街的一間書店經過三個月裝修後，本週重新開業，店內新增了咖啡閱讀角。店主表示，\
書店已經經營了三十年，不少老顧客專程回來捧場。（下轉2版）
"""
PAGE_2 = """書店重新開業
（上接1版）店主說，開業當天有老顧客帶着三十年前在店裡買的書回來。
■店主在整理書架。（黃志明攝）
店主希望書店能繼續經營下去，成為社區的文化角落。
"""


@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")], ids=["page1-first", "page2-first"])
def test_a_photo_in_a_continuation_goes_with_the_stitched_story(order):
    pages = {"1": PAGE_1, "2": PAGE_2}
    for label in order:
        import_text(pages[label], label, when=DAY, paper="东岸日报", slug="dongan")
    (story,) = Article.objects.all()
    (photo,) = Photo.objects.all()
    assert (photo.page.label, photo.article) == ("2", story)


def test_a_credit_printed_in_brackets_is_stored_without_them():
    from articles.importing.rows import credit_unwrapped

    assert credit_unwrapped("（林嘉文攝）") == "林嘉文攝"
    assert credit_unwrapped("(網上圖片)") == "網上圖片"
    assert credit_unwrapped("〔資料照〕") == "資料照"
    assert credit_unwrapped("图/顾晓岚") == "图/顾晓岚"
    assert credit_unwrapped("(左)张三摄(右)") == "(左)张三摄(右)"  # not one wrapping pair
    assert credit_unwrapped("记者 许丛军摄") == "记者 许丛军摄"
