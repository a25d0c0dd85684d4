"""A printed 更正 notice is linked to the story it corrects (articles.correctionnotices): after
each import, whichever page arrives first; only when exactly one story matches, else the desk
is told why; readers see it on both stories, in HTML, the JSON twin and JSON-LD."""

from __future__ import annotations

import json
from datetime import date

import pytest
from django.core.cache import cache

from articles.models import Article, CorrectionNotice, Issue, NoticeState
from articles.publishing import issue_publish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY, LATER = date(2026, 12, 3), date(2026, 12, 6)

A2 = """A2  要闻

快递进村打通“最后一公里”

本报记者 苏蔓

全市八十余个行政村实现快递进村。

市民表示，取件更方便了。

菜篮子工程稳步推进

本报讯 城南菜市场改造工程昨日完工。
"""
NOTICE = """A3  要闻

更正

本报12月3日A2版《快遞進村打通 "最后一公里"》一文中，“八十余个”应为“九十余个”。特此更正。

春运首日客流平稳

本报讯 昨日春运首日，全市客流平稳。
"""
TWICE = A2.replace("菜篮子工程稳步推进", "快递进村打通“最后一公里”")
# A notice naming two stories; a later notice correcting the first story again.
BOTH = NOTICE.replace(
    "“九十余个”。特此更正。",
    "“九十余个”；本报12月3日A2版《菜篮子工程稳步推进》一文中，“城南”应为“城北”。特此更正。",
)
LAST = date(2026, 12, 8)
AGAIN = NOTICE.replace("“八十余个”应为“九十余个”", "记者“苏蔓”应为“苏曼”").replace(
    "春运首日客流平稳", "春运次日客流回落"
)


def story(headline: str, day: date = DAY) -> Article:
    return Article.objects.get(headline=headline, issue__date=day)


def notice() -> CorrectionNotice:
    return CorrectionNotice.objects.get()


def publish_all() -> None:
    for issue in Issue.objects.all():
        issue_publish(issue=issue, acknowledge_broken=True)


def page(client, article: Article) -> str:
    cache.clear()  # (the test's changes commit nothing: no tag moves)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_the_notice_imported_after_the_story_links_it():
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    row = notice()
    assert row.state == NoticeState.LINKED
    assert row.corrected == story("快递进村打通“最后一公里”")
    assert row.notice == story("更正", LATER)


def test_the_notice_imported_before_the_story_links_it_when_the_story_arrives():
    import_text(NOTICE, "A3", when=LATER)
    assert notice().state == NoticeState.PENDING and notice().corrected is None
    import_text(A2, "A2", when=DAY)
    assert notice().corrected == story("快递进村打通“最后一公里”")


def test_two_stories_of_that_title_on_that_page_link_none_and_say_why():
    import_text(TWICE, "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    assert (notice().state, notice().corrected) == (NoticeState.AMBIGUOUS, None)


def test_no_story_of_that_title_on_that_page_links_none():
    import_text(A2.replace("快递进村打通“最后一公里”", "乡村快递提速"), "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    assert (notice().state, notice().corrected) == (NoticeState.UNMATCHED, None)


def test_a_re_import_of_either_page_keeps_the_link():
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    corrected = notice().corrected_id
    import_text(A2.replace("市民表示", "村民表示"), "A2", when=DAY)
    import_text(NOTICE.replace("春运首日客流平稳", "春运首日客流总体平稳"), "A3", when=LATER)
    assert notice().corrected_id == corrected and notice().state == NoticeState.LINKED


def test_deleting_either_story_removes_the_link_cleanly():
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    story("快递进村打通“最后一公里”").delete()
    assert (notice().state, notice().corrected) == (NoticeState.PENDING, None)
    story("更正", LATER).delete()
    assert not CorrectionNotice.objects.exists()


def test_readers_see_the_link_on_both_stories(client):
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    publish_all()
    corrected, printed = story("快递进村打通“最后一公里”"), story("更正", LATER)

    html = page(client, corrected)
    assert f'<a href="{printed.get_absolute_url()}">本报12月6日A3版刊登更正</a>' in html
    ld = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert ld["correction"][-1]["text"] == "本报12月6日A3版刊登更正"
    assert ld["correction"][-1]["url"].endswith(printed.get_absolute_url())

    html = page(client, printed)
    assert (
        f'<a href="{corrected.get_absolute_url()}">本报12月3日A2版《快递进村打通“最后一公里”》</a>'
        in html
    )


def test_the_json_twin_carries_the_link(client):
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    publish_all()
    corrected, printed = story("快递进村打通“最后一公里”"), story("更正", LATER)
    cache.clear()
    twin = client.get(corrected.get_absolute_url().rstrip("/") + ".json").json()
    [by] = twin["corrected_by"]
    assert by["printed_in"] == "本报12月6日A3版"
    assert by["url"].endswith(printed.get_absolute_url())
    twin = client.get(printed.get_absolute_url().rstrip("/") + ".json").json()
    [corrects] = twin["corrects"]
    assert corrects["url"].endswith(corrected.get_absolute_url())


def test_readers_see_no_link_to_a_notice_not_yet_published(client):
    import_text(A2, "A2", when=DAY)
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    import_text(NOTICE, "A3", when=LATER)
    assert notice().state == NoticeState.LINKED
    assert "刊登更正" not in page(client, story("快递进村打通“最后一公里”"))


def test_a_page_named_by_its_number_alone_finds_the_lettered_page():
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE.replace("12月3日A2版", "3日第二版"), "A3", when=LATER)
    assert notice().corrected == story("快递进村打通“最后一公里”")


def test_a_notice_re_imported_naming_another_page_is_read_anew():
    import_text(NOTICE, "A3", when=LATER)
    assert (notice().state, notice().target_label) == (NoticeState.PENDING, "A2")
    import_text(NOTICE.replace("A2版", "A4版"), "A3", when=LATER)
    assert (notice().state, notice().target_label) == (NoticeState.PENDING, "A4")
    assert notice().printed.startswith("本报12月3日A4版")


def test_a_story_corrected_twice_is_linked_by_both_notices():
    import_text(A2, "A2", when=DAY)
    import_text(NOTICE, "A3", when=LATER)
    import_text(AGAIN, "A3", when=LAST)
    corrected = story("快递进村打通“最后一公里”")
    rows = CorrectionNotice.objects.order_by("notice__issue__date")
    assert [(r.state, r.corrected) for r in rows] == [(NoticeState.LINKED, corrected)] * 2


def test_readers_see_every_notice_under_the_story_oldest_first(client):
    import_text(A2, "A2", when=DAY)
    import_text(AGAIN, "A3", when=LAST)  # (the later one imported first)
    import_text(NOTICE, "A3", when=LATER)
    publish_all()
    corrected = story("快递进村打通“最后一公里”")
    html = page(client, corrected)
    assert html.index("本报12月6日A3版刊登更正") < html.index("本报12月8日A3版刊登更正")
    ld = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert [c["text"] for c in ld["correction"]][-2:] == [
        "本报12月6日A3版刊登更正",
        "本报12月8日A3版刊登更正",
    ]
    cache.clear()
    twin = client.get(corrected.get_absolute_url().rstrip("/") + ".json").json()
    assert [by["printed_in"] for by in twin["corrected_by"]] == [
        "本报12月6日A3版",
        "本报12月8日A3版",
    ]


def test_a_notice_naming_two_stories_links_both(client):
    import_text(A2, "A2", when=DAY)
    import_text(BOTH, "A3", when=LATER)
    rows = CorrectionNotice.objects.order_by("order")
    assert [(r.order, r.state, r.corrected) for r in rows] == [
        (0, NoticeState.LINKED, story("快递进村打通“最后一公里”")),
        (1, NoticeState.LINKED, story("菜篮子工程稳步推进")),
    ]
    assert rows[1].printed == "本报12月3日A2版《菜篮子工程稳步推进》"
    publish_all()
    printed = story("更正", LATER)
    html = page(client, printed)
    assert html.count("本更正所指：") == 2
    ld = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert [about["headline"] for about in ld["about"]] == [
        "快递进村打通“最后一公里”",
        "菜篮子工程稳步推进",
    ]
    twin = client.get(printed.get_absolute_url().rstrip("/") + ".json").json()
    assert [c["title"] for c in twin["corrects"]] == [
        "快递进村打通“最后一公里”",
        "菜篮子工程稳步推进",
    ]
    assert "本报12月6日A3版刊登更正" in page(client, story("菜篮子工程稳步推进"))


def test_a_notice_re_imported_naming_one_story_less_keeps_the_first_link():
    import_text(A2, "A2", when=DAY)
    import_text(BOTH, "A3", when=LATER)
    first = CorrectionNotice.objects.get(order=0)
    import_text(NOTICE, "A3", when=LATER)
    assert list(CorrectionNotice.objects.values_list("pk", "corrected")) == [
        (first.pk, first.corrected_id)
    ]


def test_a_notice_naming_nothing_it_can_read_is_flagged_for_the_desk():
    unread = NOTICE.replace("本报12月3日A2版《", "本报上周《")
    import_text(unread, "A3", when=LATER)
    assert (notice().state, notice().target_date, notice().corrected) == (
        NoticeState.UNREAD,
        None,
        None,
    )
    assert notice().printed.startswith("本报上周《")
    assert notice().is_open


def test_a_notice_naming_two_titles_after_one_date_and_page_links_both():
    import_text(A2, "A2", when=DAY)
    both = NOTICE.replace(
        '《快遞進村打通 "最后一公里"》一文中，“八十余个”应为“九十余个”',
        "《快递进村打通“最后一公里”》和《菜篮子工程稳步推进》两文中，记者姓名有误",
    )
    import_text(both, "A3", when=LATER)
    rows = CorrectionNotice.objects.order_by("order")
    assert [(r.state, r.corrected) for r in rows] == [
        (NoticeState.LINKED, story("快递进村打通“最后一公里”")),
        (NoticeState.LINKED, story("菜篮子工程稳步推进")),
    ]
    assert rows[1].printed.endswith("和《菜篮子工程稳步推进》")


def test_a_second_title_whose_date_cannot_be_read_is_on_the_desk_list():
    import_text(A2, "A2", when=DAY)
    one_unread = NOTICE.replace("一文中", "和上周《菜篮子工程稳步推进》两文中")
    import_text(one_unread, "A3", when=LATER)
    rows = CorrectionNotice.objects.order_by("order")
    assert [(r.state, r.target_title) for r in rows] == [
        (NoticeState.LINKED, '快遞進村打通 "最后一公里"'),
        (NoticeState.UNREAD, "菜篮子工程稳步推进"),
    ]
    assert rows[1].is_open
