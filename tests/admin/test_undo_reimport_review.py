"""A fresh reviewer's round trips of 撤销本版导入 and a fresh import (session 63, after
``test_undo_and_reimport_keeps_the_story``): 东湖日报 2026-11-20 A1 (three stories, the lead
jumping to A2) and A2 (its continuation and one story). A continuation waiting for its undone
head page is published by no path; the whole story's address never goes to the fragment; only
what comes back is said to; a merged story's address survives; the confirmations say true
things."""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.editing import hand_edit
from articles.models import Article, Jump, JumpState, Page, Publication, Status
from articles.publishing import StoriesPublishError, stories_publish
from articles.scheduling import stories_schedule
from articles.spreadsheets import ArticleResource
from articles.storyjoin import story_merge
from tests.admin.conftest import form_data
from tests.factories import import_text

pytestmark = pytest.mark.django_db
DAY = date(2026, 11, 20)
PAPER, SLUG = "西湖晚报", "xh-evening"
LEAD = "东湖隧道今日全线贯通"
A1 = f"""{PAPER}
2026年11月20日 星期五

{LEAD}
市民出行再添过江新通道

本报讯（记者林晓舟）今天上午，东湖隧道全线贯通。隧道全长四点二公里，双向六车道，建设者们历时三年攻克了软土地层、江底高水压等难题。市交通局负责人介绍，隧道通车后，从城东到城西的车程将由四十分钟缩短到十分钟，全市已有二十三家单位参与建设。

贯通仪式上，参建工人代表敲响了铜锣。一位老工人说，他参加过全市三条隧道的建设，这一条最难，也最让人自豪，因为（下转A2版）

市图书馆新馆周末开放

本报讯（记者陈思远）市图书馆新馆本周六起对市民开放，新馆藏书一百二十万册，设有少儿阅览区和古籍修复展示区。

冬季供暖今起试运行

本报讯（记者王海涛）市热力公司今天宣布，全市集中供暖管网今起试运行，请市民留意家中阀门和暖气片。
"""
A2 = f"""城事

{LEAD}

（上接A1版）这是第一条从湖底穿过的隧道。据介绍，隧道还将配套建设两座通风塔和一座管理中心，预计明年一月正式通车。

老城区背街小巷改造完工

本报讯（记者赵雪）历时八个月，老城区四十二条背街小巷改造全部完工，路面、排水和照明焕然一新。
"""


def page(label: str, text: str = "", paper: str = PAPER, slug: str = SLUG):
    return import_text(text or {"A1": A1, "A2": A2}[label], label, when=DAY, paper=paper, slug=slug)


def address(pk: int, slug: str = SLUG) -> str:
    return reverse("articles:article", kwargs={"paper": slug, "date": DAY.isoformat(), "pk": pk})


def undo(client, label: str) -> str:
    url = reverse("admin:articles_page_undo_import", args=[Page.objects.get(label=label).pk])
    shown = client.get(url)
    assert client.post(url, {**form_data(shown, "removal-form"), "confirm": "1"}).status_code == 302
    return shown.content.decode()


def lead() -> Article:
    return Article.objects.get(page__label="A1", position=1)


def fragment() -> Article:
    return Article.objects.get(page__label="A2", position=1)


@pytest.fixture
def published():
    """A1 and A2 imported and published with publish_issue; the lead runs on to A2."""
    page("A1")
    page("A2")
    call_command("publish_issue", paper=PAPER, date=DAY.isoformat(), stdout=StringIO())
    story = lead()
    assert [p.page.label for p in story.ordered_parts()] == ["A1", "A2"]
    assert story.status == Status.PUBLISHED
    return story


WAITS = "（上接的A1版已撤销导入）是续文，等上接的那一版重新导入后自动接回，不单独发布"
HOW = "选“断开：这里没有接续”，再发布它"


def publish_issue(**options) -> str:
    out = StringIO()
    call_command("publish_issue", paper=PAPER, date=DAY.isoformat(), stdout=out, **options)
    return out.getvalue()


def test_publish_issue_leaves_a_continuation_waiting_for_its_undone_head_until_it_is_broken(
    editor_client, published
):
    undo(editor_client, "A1")
    said = publish_issue(acknowledge_broken=True)
    assert fragment().status == Status.DRAFT
    assert f"1 篇续文未发布：A2版“{LEAD}”{WAITS}" in said and HOW in said
    assert "发布后被撤回" not in said
    assert Client().get(address(fragment().pk)).status_code == 404
    # The head will never come: broken at its jump page, it is published as any story.
    Jump.objects.filter(part__article=fragment()).update(state=JumpState.UNLINKED)
    assert "1 篇续文未发布" not in publish_issue(acknowledge_broken=True)
    assert fragment().status == Status.DRAFT  # (withdrawn after publishing: left as it is)
    stories_publish(articles=[fragment()])
    assert fragment().status == Status.PUBLISHED


def test_no_desk_path_publishes_a_waiting_continuation(editor_client, published):
    undo(editor_client, "A1")
    waiting = fragment()
    changelist = reverse("admin:articles_article_changelist")
    sent = editor_client.post(
        changelist,
        {"action": "publish_selected", "_selected_action": [waiting.pk], "index": 0},
        follow=True,
    )
    assert WAITS in sent.content.decode() and "已发布 1 篇稿件" not in sent.content.decode()
    change = reverse("admin:articles_article_change", args=[waiting.pk])
    data = form_data(editor_client.get(change), "article_form")
    refused = editor_client.post(change, {**data, "status": Status.PUBLISHED})
    assert refused.status_code == 200 and WAITS in refused.content.decode()
    with pytest.raises(StoriesPublishError, match=WAITS):
        stories_schedule(articles=[waiting], at=timezone.now() + timedelta(hours=1))
    ds = ArticleResource().export()
    rows = [dict(zip(ds.headers, r, strict=True)) for r in ds]
    for row in rows:
        if row["主题"] == LEAD:
            row["状态"] = "已发布"
    ds.dict = rows
    result = ArticleResource().import_data(ds, dry_run=False)
    assert WAITS in str([r.error_dict for r in result.invalid_rows])
    waiting.refresh_from_db()
    assert (waiting.status, waiting.publish_at) == (Status.DRAFT, None)


def test_a_second_undo_gives_the_fragment_a_row_of_its_own_not_the_whole_storys_address(
    editor_client, published
):
    readers = Client()
    undo(editor_client, "A1")
    page("A1")
    again = lead()
    assert readers.get(address(published.pk))["Location"] == address(again.pk)
    undo(editor_client, "A1")
    waiting = fragment()
    assert waiting.pk not in {published.pk, again.pk}
    assert waiting.subheadline == ""  # (the head’s 副题 stays with the head)
    assert readers.get(address(published.pk)).status_code == 404  # (the head's text is gone)
    page("A1")
    back = lead()
    for old in (published.pk, again.pk, waiting.pk):
        assert readers.get(address(old))["Location"] == address(back.pk)
    assert [p.page.label for p in back.ordered_parts()] == ["A1", "A2"]


def test_a_long_chain_of_undos_and_reimports_ends_with_every_address_at_its_text(
    editor_client, published
):
    readers = Client()
    undo(editor_client, "A1")
    page("A1")
    undo(editor_client, "A1")
    undo(editor_client, "A2")
    said = page("A2").warnings
    assert not [line for line in said if f"（#{published.pk}）" in line]
    page("A1")
    undo(editor_client, "A1")
    page("A1")
    back = lead()
    assert [p.page.label for p in back.ordered_parts()] == ["A1", "A2"]
    assert back.status == Status.PUBLISHED
    moved = readers.get(address(published.pk))
    assert (moved.status_code, moved["Location"]) == (301, address(back.pk))
    assert readers.get(address(back.pk)).status_code == 200


def test_a_body_edit_lost_on_the_round_trip_is_not_said_restored_nor_blocks_the_next_correction(
    editor_client, editor, published
):
    first = published.parts.get(sequence=0)
    hand_edit([published, first], user=editor)
    first.blocks = [{**b, "text": b["text"].replace("二十三家", "二十四家")} for b in first.blocks]
    first.save()
    published.save()
    undo(editor_client, "A1")
    said = "\n".join(page("A1").warnings)
    back = lead()
    assert "二十三家" in back.full_text()  # the page's text as printed
    assert "已恢复" not in said
    assert back.edited_at is None
    corrected = page("A1", A1.replace("二十三家", "二十五家"))
    assert "编辑改过，保留编辑保存的内容" not in "\n".join(corrected.warnings)
    assert "二十五家" in lead().full_text()


def test_a_merged_storys_address_survives_the_undo_and_leads_to_its_text_again(
    editor_client, published
):
    readers = Client()
    library = Article.objects.get(page__label="A1", position=2)
    heating = Article.objects.get(page__label="A1", position=3)
    story_merge(later=heating)
    assert readers.get(address(heating.pk))["Location"] == address(library.pk)
    undo(editor_client, "A1")
    page("A1")
    back = Article.objects.get(page__label="A1", position=3)
    assert back.headline == "冬季供暖今起试运行"
    moved = readers.get(address(heating.pk))
    assert (moved.status_code, moved["Location"]) == (301, address(back.pk))
    again = Article.objects.get(page__label="A1", position=2)
    assert readers.get(address(library.pk))["Location"] == address(again.pk)
    undo(editor_client, "A1")  # and once more: every generation
    page("A1")
    last = Article.objects.get(page__label="A1", position=3)
    assert readers.get(address(heating.pk))["Location"] == address(last.pk)


def hand_changed(story: Article, editor, **fields) -> None:
    hand_edit([story], user=editor)
    for name, value in fields.items():
        setattr(story, name, value)
    story.save()


def test_the_undo_confirmation_lists_deck_edits_as_coming_back_and_body_edits_as_lost(
    editor_client, editor, published
):
    hand_changed(published, editor, subheadline="市民出行再添过江新通道（编辑改）")
    library = Article.objects.get(page__label="A1", position=2)
    first = library.parts.get(sequence=0)
    hand_edit([library, first], user=editor)
    first.blocks = [
        {**b, "text": b["text"].replace("一百二十万", "一百三十万")} for b in first.blocks
    ]
    first.save()
    library.save()
    html = undo(editor_client, "A1")
    lost = html[html.index('id="removal-hand-edits"') : html.index('id="removal-edits-back"')]
    assert f"“{LEAD}”" not in lost and "市图书馆新馆周末开放" in lost
    back = html[html.index('id="removal-edits-back"') : html.index('id="removal-plan"')]
    assert "重新导入本版后恢复的人工修改（1 处）" in back
    assert f"稿件“{LEAD}”" in back and "改过的副题在本版重新导入、这篇稿件回来时恢复" in back
    page("A1")
    assert lead().subheadline == "市民出行再添过江新通道（编辑改）"


def test_deleting_the_issue_after_an_undo_says_the_undone_stories_will_not_come_back(
    editor_client, published
):
    undo(editor_client, "A1")
    issue = Page.objects.get(label="A2").issue
    html = editor_client.get(reverse("admin:articles_issue_remove", args=[issue.pk])).content
    said = html.decode()
    assert (
        "本期有 3 篇稿件随“撤销本版导入”删去，还在等那一版重新导入后回来（原网址转到回来的稿件）："
        f"A1版“{LEAD}”、A1版“市图书馆新馆周末开放”、A1版“冬季供暖今起试运行”。"
        "删除本期后它们不会再回来，原网址永远打不开" in said
    )


BRIEFS = f"""{PAPER}
2026年11月20日 星期五

{LEAD}

本报讯（记者林晓舟）今天上午，东湖隧道全线贯通，隧道全长四点二公里，双向六车道。

简讯

 记者从市文旅局获悉，本市博物馆冬季特展今日开幕，展出文物三百余件，市民可预约参观。
（陈思远）

 记者从市文旅局获悉，本市美术馆新春画展下月开幕，征集作品截止到本月底。
（陈思远）
"""


def test_returned_untitled_stories_are_named_apart_by_page_and_place(editor_client):
    page("A3", BRIEFS)
    assert Article.objects.filter(headline="").count() == 2
    Article.objects.update(status=Status.PUBLISHED)
    undo(editor_client, "A3")
    said = [w for w in page("A3", BRIEFS).warnings if "撤销本版导入前的原稿件" in w]
    assert len(said) == 3
    assert said[0].startswith(f"A3版第1篇“{LEAD}”是撤销本版导入前的原稿件")
    assert said[1].startswith("A3版第2篇“记者从市文旅局获悉，本市…”是撤销本版导入前的原稿件")
    assert said[2].startswith("A3版第3篇“记者从市文旅局获悉，本市…”是撤销本版导入前的原稿件")


def test_on_a_signoff_paper_the_waiting_continuation_asks_for_no_signoff_at_publication(
    chief_client, published
):
    Publication.objects.update(review_required=True)
    undo(chief_client, "A1")
    said = publish_issue(acknowledge_broken=True)  # (the command runs as the system)
    assert "1 篇续文未发布" in said and fragment().status == Status.DRAFT


def test_never_published_a_waiting_continuation_is_neither_unsigned_nor_published_with_its_issue(
    chief_client,
):
    page("A1")
    page("A2")
    Publication.objects.update(review_required=True)
    undo(chief_client, "A1")
    issue = Page.objects.get(label="A2").issue
    shown = chief_client.get(reverse("admin:articles_issue_publish", args=[issue.pk]))
    assert shown.context["unsigned_count"] == 1  # 老城区背街小巷改造完工, not the fragment
    said = publish_issue(acknowledge_broken=True, unsigned_reason="版面急用")
    assert "1 篇续文未发布" in said and fragment().status == Status.DRAFT
