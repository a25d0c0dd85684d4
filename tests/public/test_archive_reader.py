"""What a reader of the archive expects besides the edition: a year of a paper at a glance
(``/<paper>/<YYYY>/``), a search box that stays within the paper being read, a full-width page
label typed with a Chinese input method, and no dead 上一版/下一版 buttons on a one-page issue."""

from __future__ import annotations

from datetime import date

from articles.models import Issue
from tests.factories import import_text
from tests.public.conftest import (
    ISSUE_URL,
    PAPER,
    next_day_story,
    publish_everything,
    synthetic_page,
)
from tests.public.dom import parse


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response


# --- a year ------------------------------------------------------------------------------------


def test_a_year_shows_a_calendar_for_each_month_with_an_issue(client, edition):
    next_day_story(date(2020, 9, 1))
    import_text(synthetic_page("A1", "要闻", 1, 0), "A1", when=date(2020, 11, 3))  # a draft
    doc = parse(get(client, f"/{PAPER}/2020/"))
    calendars = doc.find_all("section", cls="calendar")
    assert [c.find("h2").find("a").text for c in calendars] == ["2020年7月", "2020年9月"]
    days = {a.text: a.attrs["href"] for c in calendars for a in c.find("tbody").find_all("a")}
    assert days == {"9": ISSUE_URL, "1": f"/{PAPER}/2020-09-01/"}
    assert "共 2 期" in doc.find("h1").text


def test_a_year_links_the_other_years_and_its_months(client, edition):
    next_day_story(date(2021, 3, 5))
    doc = parse(get(client, f"/{PAPER}/2020/"))
    assert doc.find("nav", cls="pager").links() == {"2021年 ›": f"/{PAPER}/2021/"}
    aside = doc.find("aside", cls="years")
    assert aside.find("strong").text == "2020年"
    assert aside.links() == {
        "2021年": f"/{PAPER}/2021/",
        "3月": f"/{PAPER}/2021/03/",
        "7月": f"/{PAPER}/2020/07/",
    }
    later = parse(get(client, f"/{PAPER}/2021/"))
    assert later.find("nav", cls="pager").links() == {"‹ 2020年": f"/{PAPER}/2020/"}


def test_a_year_without_a_published_issue_is_not_found(client, edition):
    import_text(synthetic_page("A1", "要闻", 1, 0), "A1", when=date(2019, 5, 3))  # a draft
    get(client, f"/{PAPER}/2019/", status=404)
    get(client, f"/{PAPER}/9999/", status=404)
    get(client, "/no-such-paper/2020/", status=404)


def test_the_month_view_links_its_year(client, edition):
    doc = parse(get(client, f"/{PAPER}/2020/07/"))
    assert doc.find("aside", cls="years").links() == {"2020年": f"/{PAPER}/2020/"}


# --- the masthead's search box -------------------------------------------------------------


def _masthead_form(html: str):
    return parse(html.split("<main")[0]).find("form", cls="search")


def test_the_masthead_search_on_a_papers_page_searches_that_paper(client, edition):
    form = _masthead_form(get(client, ISSUE_URL).content.decode())
    hidden = form.find("input", type="hidden")
    assert hidden.attrs["name"] == "paper" and hidden.attrs["value"] == PAPER


def test_the_masthead_search_on_a_page_of_no_paper_searches_every_paper(client, edition):
    form = _masthead_form(get(client, "/people/").content.decode())
    assert form.find_all("input", type="hidden") == []


def test_a_search_within_one_paper_offers_every_paper_when_there_are_several(client, edition):
    import_text(synthetic_page("A1", "要闻", 1, 0), "A1", paper="江海晚报", slug="jianghai-evening")
    publish_everything()
    html = get(client, f"/search/?q=城市建设&paper={PAPER}&page=1").content.decode()
    scope = parse(html).find("p", cls="search-scope")
    assert "南通日报" in scope.text
    assert scope.links() == {"检索全部报纸": "?q=%E5%9F%8E%E5%B8%82%E5%BB%BA%E8%AE%BE"}


def test_a_search_within_the_only_paper_offers_nothing_more(client, edition):
    html = get(client, f"/search/?q=南通&paper={PAPER}").content.decode()
    assert parse(html).find_all("p", cls="search-scope") == []


# --- page addresses and the pager -------------------------------------------------------------


def test_a_full_width_page_label_redirects_to_the_page(client, edition):
    response = client.get(f"/{PAPER}/2020-07-09/Ａ１/")
    assert response.status_code == 301
    assert response["Location"] == f"/{PAPER}/2020-07-09/A1/"
    assert client.get(f"/{PAPER}/2020-07-09/ａ2/")["Location"] == f"/{PAPER}/2020-07-09/A2/"


def test_a_one_page_issue_has_no_previous_and_next_page_buttons(client, edition):
    next_day_story(date(2020, 7, 10))
    doc = parse(get(client, f"/{PAPER}/2020-07-10/A1/"))
    assert doc.find_all("nav", cls="pager") == []


def test_the_last_page_says_it_is_the_last_without_a_link(client, edition):
    doc = parse(get(client, f"/{PAPER}/2020-07-09/A2/"))
    pager = doc.find("nav", cls="pager")
    off = pager.find("span", cls="off")
    assert off.text == "已是最后一版 ›" and off.attrs["aria-disabled"] == "true"
    assert Issue.objects.count() == 1


# --- pages the issue lacks -------------------------------------------------------------------


def test_the_issue_says_which_pages_it_lacks(client, edition):
    import_text(synthetic_page("A4", "要闻", 1, 0), "A4")
    publish_everything()
    doc = parse(get(client, ISSUE_URL))
    assert doc.find("p", cls="missing-pages").text == "本期缺 A3 版：本站没有这一版的版面。"


def test_an_issue_without_gaps_says_nothing_is_missing(client, edition):
    doc = parse(get(client, ISSUE_URL))
    assert doc.find_all("p", cls="missing-pages") == []


def test_several_missing_pages_are_said_as_several(client, edition):
    import_text(synthetic_page("A5", "要闻", 1, 0), "A5")
    publish_everything()
    doc = parse(get(client, ISSUE_URL))
    assert doc.find("p", cls="missing-pages").text == "本期缺 A3、A4 版：本站没有这几版的版面。"


def test_a_month_written_with_one_digit_redirects_to_its_address(client, edition):
    response = client.get(f"/{PAPER}/2020/7/?from=link")
    assert response.status_code == 301
    assert response["Location"] == f"/{PAPER}/2020/07/?from=link"


def test_a_full_width_label_redirect_keeps_the_query_string(client, edition):
    response = client.get(f"/{PAPER}/2020-07-09/Ａ１/?utm=x")
    assert response["Location"] == f"/{PAPER}/2020-07-09/A1/?utm=x"
