"""A spreadsheet row never writes into a story it was not exported from (reviewer, session 63):
its 导出指纹 digests the row's key cells (报纸, 日期, 版次, 位置) as exported, so a row whose
报纸 (or 位置 …) cell was changed is refused naming the story it was exported from, whatever its
other cells hold: before, a row moved to 西湖晚报, whose story there differed only in its
headline, wrote its newly filled 副题 into that story with no message (the headline "left as
exported", the empty 副题 the same in both), and in a whole export it was refused only as a
duplicate of 西湖晚报's own row."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from articles.spreadsheets import ArticleResource
from articles.spreadsheets.fingerprints import FINGERPRINT_COLUMN
from tests.admin.test_s37_fix3_spreadsheet_fingerprints import edited, refusals
from tests.admin.test_spreadsheets import CSV, browser_form
from tests.factories import import_text

pytestmark = pytest.mark.django_db
DAY = date(2026, 4, 2)
MOVED = "全市首个社区食堂联盟成立"
PAGE = """{paper}
2026年4月2日 星期四

春季植树活动全面启动

本报讯（记者王海涛）昨日，全市春季义务植树活动在城北湿地公园启动，三千多名市民参加。

城东老旧小区改造开工

本报讯（记者李慧）今年首批十二个老旧小区改造项目昨天同时开工，涉及居民四千余户。

{third}

本报讯（记者吴一帆）昨天，全市二十三家社区食堂结成联盟，统一采购、统一服务标准。
"""


def two_papers():
    for name, slug in (("东湖日报", "donghu"), ("西湖晚报", "xihu-evening")):
        import_text(PAGE.format(paper=name, third=MOVED), "A1", when=DAY, paper=name, slug=slug)
    evening = Article.objects.get(issue__publication__slug="xihu-evening", headline=MOVED)
    Article.objects.filter(pk=evening.pk).update(headline="西湖社区食堂开张")
    evening.refresh_from_db()
    return evening


def donghu_export():
    stories = ArticleResource().get_queryset().filter(issue__publication__slug="donghu")
    return ArticleResource().export(queryset=stories), list(stories)


def row_of(stories, headline: str) -> int:
    return [s.headline for s in stories].index(headline)


def test_a_row_moved_to_another_paper_is_refused_though_no_cell_conflicts():
    evening = two_papers()
    ds, stories = donghu_export()
    row = row_of(stories, MOVED)
    edited(ds, {(row, "报纸"): "西湖晚报", (row, "副题"): "二十三家食堂统一价格"})
    result = ArticleResource().import_data(ds, dry_run=False)
    errors = refusals(result)[row + 1]
    assert list(errors) == ["报纸"], errors
    (message,) = errors["报纸"]
    assert (
        f"这一行的报纸被改成了“西湖晚报”，但这一行导出时是东湖日报 2026-04-02 A1版 第3篇“{MOVED}”"
        in (message)
    )
    assert "表格不能把稿件移到另一份报纸；请把报纸改回“东湖日报”再导入，或删去这一行" in message
    evening.refresh_from_db()
    assert evening.subheadline == ""


def test_a_row_moved_onto_an_identical_story_is_refused_too():
    two_papers()
    ds, stories = donghu_export()
    row = row_of(stories, "春季植树活动全面启动")  # the same in both papers
    edited(ds, {(row, "报纸"): "西湖晚报", (row, "副题"): "三千多名市民参加"})
    result = ArticleResource().import_data(ds, dry_run=False)
    (message,) = refusals(result)[row + 1]["报纸"]
    assert "但这一行导出时是东湖日报 2026-04-02 A1版 第1篇“春季植树活动全面启动”" in message
    assert not Article.objects.filter(subheadline="三千多名市民参加").exists()


def test_a_row_whose_place_was_changed_names_the_story_it_was_exported_from():
    two_papers()
    ds, stories = donghu_export()
    row = row_of(stories, MOVED)
    moved_to = str(stories[row_of(stories, "城东老旧小区改造开工")].position)
    edited(ds, {(row, "位置"): moved_to, (row, "副题"): "二十三家食堂统一价格"})
    result = ArticleResource().import_data(ds, dry_run=False)
    (message,) = refusals(result)[row + 1]["位置"]
    assert (
        f"这一行的位置被改成了“{moved_to}”，但这一行导出时是东湖日报 2026-04-02 A1版 第3篇"
        in message
    )
    assert "表格不能把稿件移到另一个位置；请把位置改回“" in message
    assert not Article.objects.filter(subheadline="二十三家食堂统一价格").exists()


def test_in_a_whole_export_the_moved_row_says_the_paper_was_changed_not_only_a_duplicate():
    two_papers()
    ds = ArticleResource().export()
    stories = list(ArticleResource().get_queryset())
    row = next(
        i
        for i, s in enumerate(stories)
        if s.headline == MOVED and s.issue.publication.slug == "donghu"
    )
    edited(ds, {(row, "报纸"): "西湖晚报", (row, "副题"): "二十三家食堂统一价格"})
    result = ArticleResource().import_data(ds, dry_run=False)
    errors = refusals(result)
    assert list(errors) == [row + 1], errors
    (message,) = errors[row + 1]["报纸"]
    assert "这一行的报纸被改成了“西湖晚报”" in message and "是同一篇稿件" not in message


def test_an_older_export_without_key_digests_is_recognised_by_its_cells():
    evening = two_papers()
    ds, stories = donghu_export()
    row = row_of(stories, MOVED)
    v3 = ds[row][ds.headers.index(FINGERPRINT_COLUMN)].split(".")
    # An export made before the key digests (v3: the version, 4 keys and the page's digest).
    v1 = ".".join(["v1", *v3[6:]])
    edited(
        ds,
        {
            (row, "报纸"): "西湖晚报",
            (row, "副题"): "二十三家食堂统一价格",
            (row, FINGERPRINT_COLUMN): v1,
        },
    )
    result = ArticleResource().import_data(ds, dry_run=False)
    (message,) = refusals(result)[row + 1]["报纸"]
    assert "这一行的报纸被改成了“西湖晚报”，但这一行导出时是东湖日报" in message
    evening.refresh_from_db()
    assert evening.subheadline == ""


def test_the_desk_upload_shows_the_refusal(editor_client):
    evening = two_papers()
    ds, stories = donghu_export()
    row = row_of(stories, MOVED)
    edited(ds, {(row, "报纸"): "西湖晚报", (row, "副题"): "二十三家食堂统一价格"})
    upload = SimpleUploadedFile("稿件.csv", ds.export("csv").encode("utf-8-sig"))
    address = reverse("admin:articles_article_import")
    form = browser_form(editor_client.get(address), "format", import_file=upload, format=CSV)
    page = editor_client.post(address, form).content.decode()
    assert "这一行的报纸被改成了“西湖晚报”，但这一行导出时是东湖日报" in page
    assert 'name="import_file_name"' not in page  # nothing to confirm
    evening.refresh_from_db()
    assert evening.subheadline == ""
