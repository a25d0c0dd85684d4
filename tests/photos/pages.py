"""Two pages of one issue printing one photo twice: on A1 inside its story, and again on A2
beside the story's continuation (上接A1版), its caption speaking about as much of the next story
(the parser alone leaves it to none: ``photo-either-side``)."""

from __future__ import annotations

from datetime import date

from articles.importing import PageInput, pages_import

DAY = date(2026, 11, 22)
CAPTION = "市民在运河公园的观景平台上拍照留念。"
CREDIT = "本报记者 孙明 摄"

A1 = f"""运河公园开园迎客

本报讯（记者陈明）运河公园今天正式开园，园内步道沿河铺开，市民在开园首日纷纷前来游览。

{CAPTION}
{CREDIT}

公园管理处介绍，园区共分为三段，（下转A2版）
"""

A2 = f"""（上接A1版）市民可以沿着运河公园的河岸一路走到观景平台。

{CAPTION}
{CREDIT}

老城区燃气管道改造完工

本报讯（记者李娜）老城区道路昨天完工，运河公园附近的市民出行更方便，不少人在平台拍照。
"""


def import_pages(*labels: str, publish: bool = False):
    """Import the pages ``labels`` (of A1, A2) in that order, in one run; ``publish``: then
    publish the issue and its stories, as the desk does."""
    texts = {"A1": A1, "A2": A2}
    items = [
        PageInput(
            paper_name="晴川日报",
            paper_slug="qingchuan-daily",
            issue_date=DAY,
            label=label,
            data=texts[label].encode("utf-8"),
            source_name=f"{label}.txt",
        )
        for label in labels
    ]
    results = list(pages_import(items))
    assert all(hasattr(r, "action") for r in results), results
    if publish:
        from articles.models import Article, Issue

        Issue.objects.filter(date=DAY).update(status="published")
        Article.objects.filter(issue__date=DAY).update(status="published")
    return results
