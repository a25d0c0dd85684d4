"""A story's closing lines are stored with it: its writer's credit (``文/周明``) as its last
paragraph and its 署名 (the writer a byline), an agency's source line (``（据新华社）``) as its last
paragraph crediting no one; an agency's photo credit (``新华社发（钱立 摄）``) credits its
photographer."""

from datetime import date

import pytest

from articles.models import Article, Person, Photo
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """城东新建三座口袋公园

城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。

文/周明

城西污水处理厂二期投运

城西污水处理厂二期工程昨日正式投入运行，日处理能力提高一倍。

（据新华社）

城北新建一座图书馆

本报讯（记者王刚）城北图书馆昨天开馆，藏书二十万册。

市民在图书馆内阅读。新华社发（钱立 摄）
"""


def test_closing_credits_are_stored_with_the_story_before_them():
    import_text(PAGE, "A1", when=date(2025, 9, 18), paper="东城日报", slug="dongcheng-daily")
    stories = {a.headline: a for a in Article.objects.all()}
    assert set(stories) == {"城东新建三座口袋公园", "城西污水处理厂二期投运", "城北新建一座图书馆"}
    park, plant = stories["城东新建三座口袋公园"], stories["城西污水处理厂二期投运"]
    assert (park.byline, park.reporter_names()) == ("文/周明", ["周明"])
    assert park.parts.get().blocks[-1] == {"kind": "paragraph", "text": "文/周明"}
    assert (plant.byline, plant.reporter_names()) == ("", [])
    assert plant.parts.get().blocks[-1] == {"kind": "paragraph", "text": "（据新华社）"}
    assert not Person.objects.filter(name__contains="新华社").exists()
    photo = Photo.objects.get()
    assert photo.credit_line == "新华社发（钱立 摄）"
    assert [c.person.name for c in photo.credits.all()] == ["钱立"]
