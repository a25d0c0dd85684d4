"""A story printed whole on two pages (an e-paper serving it merged on both, its text holding
``（下转第四版）（上接第一版）``) is one story, its text held once, on the page it starts on. The other
page still lists it, and readers there are led to the one story: its title, its opening words,
a link to the story from its start, and a note that it is the same story as on page 1; never an
entry with an empty body under ``（上接1版）`` whose link lands on an empty section (a stop-53
finding). Page 1 does not say the story goes on on page 4. The JSON twins say the same. Either
import order."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from django.test import Client

from articles.models import Article, Issue
from articles.publishing import issue_publish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = "2025-10-09"
STORY = "苇塘镇湿地公园开园"
WHOLE = (
    f"{STORY}\n\n"
    "本报讯（记者　叶知秋）占地一千二百亩的苇塘镇湿地公园昨天开园，园内新修栈道六公里，"
    "观鸟屋三座，每天接待游客上限五千人次。\n"
    "公园由废弃鱼塘改建而成，施工中保留了原有的芦苇荡和（下转第四版）（上接第一版）"
    "候鸟栖息地，开园首日就有市民拍到了成群的白鹭。\n"
)
FRONT = f"苇塘日报\n2025年10月9日　星期四\n\n{WHOLE}\n农机合作社迎来秋收\n\n" + (
    "本报讯（记者　闻达）镇农机合作社二十台收割机昨天下田，三天内可收完全镇晚稻。\n"
)
INSIDE = f"苇塘日报\n2025年10月9日　星期四\n\n{WHOLE}\n老街茶馆重新开张\n\n" + (
    "本报讯（记者　陶然）关了三年的老街茶馆昨天重新开张，老茶客们一早就来占座。\n"
)
OPENING = "本报讯（记者　叶知秋）占地一千二百亩的苇塘镇湿地公园昨天开园"


@pytest.fixture(params=[("1", "4"), ("4", "1")], ids=["front-first", "inside-first"])
def edition(request):
    pages = {"1": FRONT, "4": INSIDE}
    for label in request.param:
        import_text(pages[label], label, when=date(2025, 10, 9), paper="苇塘日报", slug="weitang")
    issue_publish(issue=Issue.objects.get())
    return Article.objects.get(headline=STORY)


def story_block(html: str, title: str) -> str:
    """The page's ``<article>`` for the story titled ``title``."""
    found = [
        b for b in re.findall(r"<article class=\"story.*?</article>", html, re.S) if title in b
    ]
    assert len(found) == 1, html
    return found[0]


def test_the_page_that_printed_it_again_leads_to_the_one_story(edition):
    html = Client().get(f"/weitang/{DAY}/4/").content.decode()
    block = story_block(html, STORY)
    url = edition.get_absolute_url()
    assert f'<h2><a href="{url}">{STORY}</a></h2>' in block
    assert f'<a class="more" href="{url}">阅读全文 ›</a>' in block
    assert f'（与<a href="/weitang/{DAY}/1/">1版</a>为同一篇稿件，本版重复刊登）' in block
    assert OPENING in block  # its opening words, the story's
    assert "上接" not in block and "#part-" not in block


def test_the_page_it_is_held_on_does_not_say_it_goes_on(edition):
    block = story_block(Client().get(f"/weitang/{DAY}/1/").content.decode(), STORY)
    assert "下转" not in block and OPENING in block


def test_the_issue_lists_it_on_both_pages_as_the_same_story(edition):
    html = Client().get(f"/weitang/{DAY}/").content.decode()
    url = edition.get_absolute_url()
    assert html.count(f'<a href="{url}">{STORY}</a>') == 2
    assert f'<span class="cont">与1版同一篇</span><a href="{url}">{STORY}</a>' in html
    assert "上接1版" not in html


def test_the_json_twins_say_the_same(edition):
    client = Client()
    page = json.loads(client.get(f"/weitang/{DAY}/4.json").content)
    (entry,) = [s for s in page["stories"] if s["headline"] == STORY]
    assert (entry["continued_from"], entry["same_story_as"]) == ("", "1")
    assert entry["url"].endswith(edition.get_absolute_url()) and entry["lead"].startswith(OPENING)
    issue = json.loads(client.get(f"/weitang/{DAY}.json").content)
    listed = [s for p in issue["pages"] for s in p["stories"] if s["headline"] == STORY]
    assert [(s["continued_from"], s["same_story_as"]) for s in listed] == [("", ""), ("", "1")]
    story = json.loads(client.get(f"/weitang/{DAY}/article/{edition.pk}.json").content)
    assert [(p["page"], p["whole_copy"]) for p in story["parts"]] == [("1", False), ("4", True)]


def test_the_page_pictures_zone_leads_to_the_story_from_its_start(edition):
    # Page 4's picture: its zone over the story printed again links the story from its start,
    # as its list does, not ``#part-1`` (a section with no text of its own); one query for the
    # zones however many (the part's whole_copy is read with them).
    from articles.models import ArticlePart, PageImage, Zone

    copy = ArticlePart.objects.get(article=edition, whole_copy=True)
    PageImage.objects.create(
        page=copy.page, pdf="pages/dd/four.pdf", pdf_checksum="d" * 64,
        image="pages/dd/four.webp", thumbnail="pages/dd/four-thumb.webp", width=800, height=1200,
    )  # fmt: skip
    Zone.objects.create(page=copy.page, part=copy, rects=[[0.1, 0.1, 0.5, 0.3]])
    html = Client().get(f"/weitang/{DAY}/4/").content.decode()
    url = edition.get_absolute_url()
    zone = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    assert f'href="{url}"' in zone and "#part-" not in zone
    assert "#part-" not in html
