"""合并到上一篇 / 从这里拆开, follow-ups seen at the desk (posting what the rendered pages send): a
split-off's status follows its source's, the 请先核对 count leaves out what was done, a jumping
story merged can be split again, a typed headline merged back is dropped."""

from datetime import date

import pytest
from django.urls import reverse

from articles.models import Article, ArticlePart, Jump, JumpDirection, Publication, Status
from tests.admin.conftest import form_data
from tests.admin.test_storyjoin import GLUED, JOINED, page_of, story, texts
from tests.admin.test_storyjoin_desk import merge_url, split_url
from tests.factories import import_text

pytestmark = pytest.mark.django_db


def split_at_desk(client, article, at: int, headline: str = "") -> Article:
    shown = client.get(f"{split_url(article)}?at={at}")
    data = {**form_data(shown, "split-form"), "confirm": "确认拆开"}
    if "headline" in data or headline:
        data["headline"] = headline
    response = client.post(split_url(article), data)
    assert response.status_code == 302, response.content.decode()
    return Article.objects.get(pk=response["Location"].rstrip("/").split("/")[-2])


def merge_at_desk(client, article) -> None:
    shown = client.get(merge_url(article))
    data = {**form_data(shown, "merge-form"), "confirm": "确认合并"}
    response = client.post(merge_url(article), data)
    assert response.status_code == 302, response.content.decode()


@pytest.mark.parametrize(
    ("signoff", "source", "expected"),
    [
        (True, Status.DRAFT, Status.DRAFT),
        (True, Status.REVIEW, Status.REVIEW),
        (False, Status.DRAFT, Status.DRAFT),
    ],
)
def test_a_split_off_story_keeps_its_draft_or_review_sources_status(
    editor_client, signoff, source, expected
):
    page_of(JOINED)
    Publication.objects.update(review_required=signoff)
    Article.objects.filter(headline="东京举行防灾演习").update(status=source)
    tokyo = story("东京举行防灾演习")
    html = editor_client.get(f"{split_url(tokyo)}?at=1").content.decode()
    assert f"状态为“{expected.label}”（与原稿相同" in html
    new = split_at_desk(editor_client, tokyo, 1, headline="演习检验地震预警系统")
    assert new.status == expected


@pytest.mark.parametrize(("signoff", "expected"), [(True, Status.REVIEW), (False, Status.DRAFT)])
def test_a_published_sources_split_off_is_for_review_on_a_signoff_paper_else_a_draft(
    chief_client, signoff, expected
):
    page_of(JOINED)
    Publication.objects.update(review_required=signoff)
    Article.objects.filter(headline="东京举行防灾演习").update(status=Status.PUBLISHED)
    tokyo = story("东京举行防灾演习")
    assert "原稿已发布" in chief_client.get(f"{split_url(tokyo)}?at=1").content.decode()
    assert split_at_desk(chief_client, tokyo, 1, headline="演习").status == expected


def test_the_check_first_count_leaves_out_a_split_already_done(editor_client):
    page = page_of(JOINED)
    address = reverse("admin:articles_page_change", args=[page.pk])
    before = editor_client.get(address).content.decode()
    open_before = len(page.parser_flags)
    assert f"拿不准的 {open_before} 处（按原文行号" in before
    split_at_desk(editor_client, story("东京举行防灾演习"), 1, headline="演习检验地震预警系统")
    after = editor_client.get(address).content.decode()
    assert "已拆开" in after
    assert f"拿不准的 {open_before - 1} 处（另有 1 处已按提示合并或拆开）" in after


#: 夜市人气在哪里 jumps from A1 to A3 (下转A3版 / 上接A1版).
A1 = (
    "西门菜场改造完成\n本报讯 历时四个月的西门菜场改造工程昨天完工，菜场重新开业。\n"
    "改造后的菜场摊位由六十个增加到一百个，过道也加宽了。\n\n"
    "夜市人气在哪里\n傍晚时分，老城区几条小街两侧摆满了摊位，逛的人一拨接一拨。\n"
    "摊主们说，租金不高，只要肯吃苦就有回头客。（下转A3版）\n"
)
A3 = (
    "（上接A1版）繁荣夜市，既要放得开，也要管得住，不能一关了之。\n\n"
    "村道养护有了新办法\n本报讯 今年起，东林县在各乡镇推行村道养护责任制，每条村道都有专人负责巡查。\n"
)
W = date(2021, 3, 4)


def test_a_jumping_story_merged_at_the_desk_can_be_split_there_again(editor_client):
    import_text(A1, "A1", when=W)
    import_text(A3, "A3", when=W)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    merge_at_desk(editor_client, later)
    assert {p.page.label for p in ArticlePart.objects.filter(article=earlier)} == {"A1", "A3"}
    choose = editor_client.get(split_url(earlier)).content.decode()
    assert "跨版" not in choose and 'href="?at=2"' in choose
    plan = editor_client.get(f"{split_url(earlier)}?at=2").content.decode()
    assert "末尾的转版标记（下转A3版）随正文的后半移到新稿件" in plan
    assert "A3版上的续文（接在转版标记之后）随之归新稿件，它刊于A1、A3版" in plan
    new = split_at_desk(editor_client, earlier, 2)
    assert new.headline == "夜市人气在哪里"
    assert [b[1][:4] for b in texts(earlier)] == ["本报讯 ", "改造后的"]
    assert [(p.page.label, p.sequence) for p in new.parts.order_by("sequence")] == [
        ("A1", 0),
        ("A3", 1),
    ]
    assert texts(new)[-1][1].startswith("繁荣夜市")
    first, continuation = new.parts.order_by("sequence")
    forward = Jump.objects.get(direction=JumpDirection.FORWARD)
    backward = Jump.objects.get(direction=JumpDirection.BACKWARD)
    assert (forward.part_id, forward.to_part_id) == (first.pk, continuation.pk)
    assert (backward.part_id, backward.to_part_id) == (continuation.pk, first.pk)
    assert not ArticlePart.objects.filter(article=earlier).exclude(page__label="A1").exists()


def test_a_jumping_story_whose_first_part_does_not_end_in_the_marker_is_not_split(editor_client):
    import_text(A1, "A1", when=W)
    import_text(A3, "A3", when=W)
    merge_at_desk(editor_client, story("夜市人气在哪里"))
    earlier = story("西门菜场改造完成")
    Jump.objects.filter(direction=JumpDirection.FORWARD).delete()
    html = editor_client.get(split_url(earlier)).content.decode()
    assert "不以转版标记结束" in html and "人工断开" in html and "?at=" not in html


def test_a_split_off_with_a_typed_headline_merged_back_comes_back_as_printed(editor_client):
    page_of(JOINED)
    tokyo = story("东京举行防灾演习")
    printed = texts(tokyo)
    new = split_at_desk(editor_client, tokyo, 1, headline="演习检验地震预警系统")
    plan = editor_client.get(merge_url(new)).content.decode()
    assert (
        "标题“演习检验地震预警系统”是拆开时编辑所拟（版面上没有印出）：合并回去时不放进正文" in plan
    )
    merge_at_desk(editor_client, new)
    assert texts(tokyo) == printed


def test_a_typed_headline_merged_into_another_story_stays_a_crosshead(editor_client):
    page_of(JOINED)
    tokyo = story("东京举行防灾演习")
    new = split_at_desk(editor_client, tokyo, 1, headline="演习检验地震预警系统")
    port = story("港口新航线开通")  # (typed at another story's split: not this one's)
    Article.objects.filter(pk=new.pk).update(position=port.position + 5)
    ArticlePart.objects.filter(article=new).update(position=port.position + 5)
    merge_at_desk(editor_client, Article.objects.get(pk=new.pk))
    assert texts(port)[1] == ("crosshead", "演习检验地震预警系统")


def test_a_split_off_whose_headline_was_printed_brings_it_back_as_a_crosshead(editor_client):
    page_of(GLUED)
    earlier = story("西门菜场改造完成")
    merge_at_desk(editor_client, story("夜市人气在哪里"))
    merged = texts(earlier)
    new = split_at_desk(editor_client, earlier, 3)  # (its headline: the crosshead, printed)
    merge_at_desk(editor_client, new)
    assert texts(earlier) == merged and merged[3] == ("crosshead", "夜市人气在哪里")
