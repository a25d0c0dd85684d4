"""A story cut at a jump is whole in search results and in its JSON twin; the search's 版名
filter knows the front page as the site names it (头版); the masthead warning compares a paper
named by its slug by its name, and reads well at the desk. (Found by a fresh review.)"""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.importing.preparing import paper_mismatch
from articles.importing.upload import for_editors
from tests.factories import import_text
from tests.public.test_cut_paragraph import cut_story


@pytest.fixture
def story(db):
    return cut_story()


def test_search_snippet_shows_a_sentence_cut_by_a_jump_whole(client, story):
    # search/results.py show() joins the parts' blocks with "\n\n" instead of joined_blocks():
    # the snippet reads "再由 设计单位…" (a break where the page cut the sentence).
    html = client.get("/search/", {"q": "投票结果"}).content.decode()
    assert story.get_absolute_url() in html  # found
    assert "再由设计单位" in html


def test_story_json_holds_the_cut_sentence_whole_somewhere(client, story):
    # The JSON twin gives only parts[].blocks as printed (…"再由" | "设计单位…"); nothing in it
    # carries the sentence whole unless the cut falls in the lead.
    url = story.get_absolute_url().rstrip("/") + ".json"
    data = json.loads(client.get(url).content)
    assert "再由设计单位" in json.dumps(data, ensure_ascii=False)


def test_search_section_filter_finds_front_pages_the_site_calls_头版(client, story):
    # The story page, the JSON twin and /sections/ name an unnamed A1 "头版"; the search filter
    # compares page__section == "头版" (not articles.public.in_section) and finds nothing.
    unfiltered = client.get("/search/", {"q": "老旧小区"}).content.decode()
    assert story.get_absolute_url() in unfiltered
    html = client.get("/search/", {"q": "老旧小区", "section": "头版"}).content.decode()
    assert story.get_absolute_url() in html


def test_no_masthead_warning_when_paper_is_given_by_its_slug(db, tmp_path):
    # README: "--paper SLUG to import into it". The page prints 南通日报, the paper is 南通日报
    # (nantong-daily), yet the report warns 版面上印的报名是“南通日报”，却导入为“nantong-daily”.
    import_text("南通日报\n旧闻\n本报讯 一段正文。\n", "A1")
    page = tmp_path / "A3.txt"
    page.write_text("南通日报\n市区新建三座公园\n本报讯 今年以来，市区新建三座口袋公园。\n")
    out = StringIO()
    call_command(
        "import_pages",
        str(page),
        "--paper",
        "nantong-daily",
        "--date",
        "2020-07-09",
        "--page",
        "A3",
        "--dry-run",
        stdout=out,
        stderr=StringIO(),
    )
    assert "却导入为" not in out.getvalue()


def test_desk_wording_of_the_masthead_warning_is_not_garbled():
    class Parsed:
        class metadata:
            paper = "西岭晚报"

    message = for_editors(paper_mismatch(Parsed, "东湖日报"))
    # main: （命令行的 “报纸”，上传页的“报纸”；…）: the flag name replaced inside a sentence
    # that names both the command line and the form.
    assert "命令行的 “报纸”" not in message
