"""The reporters a dateline names (``〔記者王小明、李大同／台北報導〕``, ``（中央社記者林佳慧台北17日電）``)
are stored as the story's bylines on import, with the dateline as printed."""

from datetime import date

import pytest

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """北市擴大育兒補助
〔記者王小明、李大同／台北報導〕台北市政府今天宣布，明年起擴大育兒補助範圍。

大學學費調漲 教育部審議
（中央社記者林佳慧台北17日電）教育部今天召開學費審議會，共有二十所大學申請調漲學費。
"""


def test_reporters_named_in_datelines_become_the_stories_bylines():
    import_text(PAGE, "A1", when=date(2025, 9, 18), paper="北島日報", slug="beidao-daily")
    stories = {a.headline: a for a in Article.objects.all()}
    first = stories["北市擴大育兒補助"]
    second = stories["大學學費調漲 教育部審議"]
    assert (first.dateline, first.reporter_names()) == (
        "記者王小明、李大同／台北報導",
        ["王小明", "李大同"],
    )
    assert (second.dateline, second.reporter_names()) == ("中央社記者林佳慧台北17日電", ["林佳慧"])
