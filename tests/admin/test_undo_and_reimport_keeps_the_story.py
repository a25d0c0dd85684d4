"""撤销本版导入 and the same page imported again (README: the way to replace a page) keep each story
that comes back with the same text: its old address leads to it (a 301 to the new row), its
状态 and the desk's edits to its deck come back; meanwhile a continuation whose head was undone
is not published as a story of its own (a fragment under a repeated headline), and the
confirmation says what readers see meanwhile and what comes back. A reviewer's published,
desk-edited A1 story came back as a draft at a new address, its old one a 404 for good, and its
A2 continuation was public alone in between (session 63)."""

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.editing import hand_edit
from articles.importing import pages_import
from articles.importing.undone import undone_stories_return
from articles.models import Article, ArticleRedirect, Issue, Page, Publication, Status
from tests.admin.conftest import form_data
from tests.factories import import_text, page_inputs

pytestmark = pytest.mark.django_db
DAY = date(2026, 11, 2)
PAGES = Path(__file__).resolve().parent.parent / "data" / "two_papers"
HEAD = "夜色里的新码头"
PLAIN = "地铁三号线周末加开夜班车"
EDITED = "夜色里的新码头（编辑改）"
PAIR = ("A1", "A2")


def page(name: str, label: str, text: str = ""):
    text = text or (PAGES / name).read_text(encoding="utf-8")
    return import_text(text, label, when=DAY, paper="晴川晚报", slug="qc-evening")


def address(pk: int) -> str:
    return reverse(
        "articles:article", kwargs={"paper": "qc-evening", "date": DAY.isoformat(), "pk": pk}
    )


@pytest.fixture
def evening(editor):
    """The evening paper's A1 and A2, published; the A1 story's headline edited at the desk."""
    page("evening-A1.txt", "A1")
    page("evening-A2.txt", "A2")
    Issue.objects.update(status=Status.PUBLISHED, published_at=timezone.now())
    Article.objects.update(status=Status.PUBLISHED)
    story = Article.objects.get(headline=HEAD)
    assert [p.page.label for p in story.ordered_parts()] == ["A1", "A2"]
    hand_edit([story], user=editor)
    story.headline = EDITED
    story.save()
    return story


def undo(client, label: str) -> str:
    url = reverse("admin:articles_page_undo_import", args=[Page.objects.get(label=label).pk])
    shown = client.get(url)
    assert client.post(url, {**form_data(shown, "removal-form"), "confirm": "1"}).status_code == 302
    return shown.content.decode()


def test_undoing_a1_keeps_the_continuation_off_the_site_and_the_reimport_brings_it_all_back(
    editor_client, evening
):
    readers = Client()
    html = undo(editor_client, "A1")
    assert (
        "撤销后到本版重新导入前，读者看不到这些稿件（原网址暂时打不开），它们在别的版上的续文也不单独发布"
        in html
    )
    assert (
        f"（“{EDITED}”的续文）保留为单独的草稿，不单独发布：本版重新导入前读者看不到这段续文"
        in html
    )
    assert "原网址自动转到回来的稿件，发布状态和编辑改过的标题、电头、署名恢复" in html
    waiting = Article.objects.get(page__label="A2", position=1)
    assert waiting.status == Status.DRAFT
    assert readers.get(address(waiting.pk)).status_code == 404

    report = page("evening-A1-corrected.txt", "A1")  # 两千多 → 三千多: the same story, corrected

    back = Article.objects.get(page__label="A1", position=1)
    assert back.pk != evening.pk
    assert (back.headline, back.status, back.edited_at) == (
        EDITED,
        Status.PUBLISHED,
        evening.edited_at,
    )
    assert [p.page.label for p in back.ordered_parts()] == ["A1", "A2"]  # stitched again
    assert "三千多标箱" in back.full_text()
    moved = readers.get(address(evening.pk))
    assert (moved.status_code, moved["Location"]) == (301, address(back.pk))
    assert readers.get(address(waiting.pk))["Location"] == address(back.pk)
    assert readers.get(address(back.pk)).status_code == 200
    said = [line for line in report.warnings if "撤销本版导入前的原稿件" in line]
    assert len(said) == 2  # and 晴川晚报读者节报名开启, published too
    assert (
        f"A1版第1篇“{EDITED}”是撤销本版导入前的原稿件（#{evening.pk}）：原网址转到这篇，状态恢复为“已发布”，"
        "编辑改过的主题已恢复（正文按本次导入的版面文本；原稿件的修改历史和“更新”说明不再显示）"
        in said
    )
    record = back.history.first()
    assert record.history_change_reason.startswith("撤销本版导入后重新导入")


def test_undoing_a2_and_importing_it_again_keeps_the_plain_storys_address_and_state(
    editor_client, evening
):
    readers = Client()
    plain = Article.objects.get(headline=PLAIN)
    undo(editor_client, "A2")
    assert not Article.objects.filter(pk=plain.pk).exists()
    page("evening-A2.txt", "A2")
    back = Article.objects.get(headline=PLAIN)
    assert back.status == Status.PUBLISHED and back.pk != plain.pk
    assert ArticleRedirect.objects.filter(old_id=plain.pk, article=back).exists()
    moved = readers.get(address(plain.pk))
    assert (moved.status_code, moved["Location"]) == (301, address(back.pk))
    head = Article.objects.get(headline=EDITED)
    assert head.pk == evening.pk and [p.page.label for p in head.ordered_parts()] == ["A1", "A2"]


def test_a_different_story_printed_there_takes_nothing_and_the_undone_one_still_comes_back(
    editor_client, evening
):
    plain = Article.objects.get(headline=PLAIN)
    undo(editor_client, "A2")
    printed = (PAGES / "evening-A2.txt").read_text(encoding="utf-8")
    other = printed.replace(
        "地铁运营公司今天宣布，从本周六起，地铁三号线在周五、周六晚间加开夜班车，末班车延长至次日零点三十分。",
        "市气象台今天发布寒潮蓝色预警，预计明后两天全市气温下降八到十度，请市民注意防寒保暖。",
    ).replace(PLAIN, "寒潮来袭气温骤降")
    page("", "A2", other)
    assert Article.objects.get(headline="寒潮来袭气温骤降").status == Status.DRAFT
    assert not ArticleRedirect.objects.filter(old_id=plain.pk).exists()
    undo(editor_client, "A2")  # the wrong page undone in turn; then the right one
    page("evening-A2.txt", "A2")
    back = Article.objects.get(headline=PLAIN)
    assert back.status == Status.PUBLISHED
    assert ArticleRedirect.objects.get(old_id=plain.pk).article == back


def test_on_a_signoff_paper_a_published_story_printed_otherwise_comes_back_for_review(
    chief_client, evening
):
    Publication.objects.update(review_required=True)
    undo(chief_client, "A1")
    page("evening-A1-corrected.txt", "A1")  # what the chief signed off said 两千多
    back = Article.objects.get(page__label="A1", position=1)
    assert (back.status, back.signed_off_at) == (Status.REVIEW, None)
    assert ArticleRedirect.objects.get(old_id=evening.pk).article == back
    same = Article.objects.get(headline="晴川晚报读者节报名开启")  # printed as it was
    assert same.status == Status.PUBLISHED


def test_both_pages_undone_and_imported_again_in_one_import_each_take_back_their_own(
    editor_client, evening
):
    plain = Article.objects.get(headline=PLAIN)
    undo(editor_client, "A2")
    undo(editor_client, "A1")
    inputs = page_inputs(
        {label: (PAGES / f"evening-{label}.txt").read_text(encoding="utf-8") for label in PAIR},
        when=DAY,
        paper="晴川晚报",
        slug="qc-evening",
    )
    reports = list(pages_import(inputs))
    head = Article.objects.get(headline=EDITED)
    back = Article.objects.get(headline=PLAIN)
    assert ArticleRedirect.objects.get(old_id=evening.pk).article == head
    assert ArticleRedirect.objects.get(old_id=plain.pk).article == back
    said = {r.label: [w for w in r.warnings if "撤销本版导入前的原稿件" in w] for r in reports}
    assert any(f"#{evening.pk}）" in w for w in said["A1"])
    assert not any(f"#{plain.pk}）" in w for w in said["A1"])
    assert any(f"#{plain.pk}）" in w for w in said["A2"])


def test_pages_never_undone_cost_one_query_together_however_many(django_assert_num_queries):
    fresh = [
        SimpleNamespace(issue=SimpleNamespace(pk=issue), page=SimpleNamespace(label=label))
        for issue in (1, 2, 3)
        for label in ("A1", "A2", "A3")
    ]
    with django_assert_num_queries(1):  # (an import batch's pages: not one query each)
        undone_stories_return(fresh)
