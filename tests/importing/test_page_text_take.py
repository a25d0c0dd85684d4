"""采用版面文本: a story edited by hand takes what its page's text now prints of it, and every
other hand edit on the page stays (a night editor could get a re-import's correction only with
覆盖人工修改, which threw away every hand edit on the page)."""

from dataclasses import replace
from datetime import date

import pytest
from django.contrib.auth import get_user_model

from articles.editing import hand_edit
from articles.importing import PageInput, pages_import
from articles.importing.pagetake import PageTextRefused, page_text_offers, page_text_take
from articles.models import Article, ArticlePart, Issue, Publication, Status

pytestmark = pytest.mark.django_db

PAGE = """渡口改建工程开工

本报讯（记者 林小河）城北渡口改建工程昨天开工，预计明年五月完工。

工程完工后，渡口每天可停靠渡船二十班，比现在多一倍。

社区图书馆延长开放时间

本报讯（记者 苏明远）全市社区图书馆下月起每天开放到晚上九点，方便下班的读者。
"""
CORRECTED = PAGE.replace("昨天", "前天")


def run(text: str, **kwargs):
    item = PageInput(
        paper_name="青湾日报",
        paper_slug="qingwan",
        issue_date=date(2022, 5, 6),
        label="A1",
        data=text.encode("utf-8"),
        source_name="A1.txt",
    )
    [report] = list(pages_import([item], **kwargs))
    return report


def edit(headline: str, new: str) -> Article:
    story = Article.objects.get(headline=headline)
    hand_edit([story])
    story.headline = new
    story.save()
    edit_its_first_paragraph(story)
    return story


def edit_its_first_paragraph(
    story: Article, old: str = "明年五月完工", new: str = "明年五月底完工"
) -> None:
    """The editor's edit of the paragraph the page's correction (昨天 → 前天) is in too: a
    re-sent page's change to what the editor never touched flows in by itself
    (:mod:`articles.importing.textmerge`); only this one stays pending."""
    for part in story.parts.all():
        blocks = [{**b, "text": b["text"].replace(old, new)} for b in part.blocks]
        ArticlePart.objects.filter(pk=part.pk).update(blocks=blocks)


@pytest.fixture
def user(db):
    return get_user_model().objects.create_user("night", password="pw", is_staff=True)


@pytest.fixture
def conflicted():
    return conflict()


def conflict() -> Article:
    """A1 imported, both its stories edited by hand, then A1 re-imported with 昨天 → 前天."""
    run(PAGE)
    ferry = edit("渡口改建工程开工", "渡口改建工程今起开工")
    edit("社区图书馆延长开放时间", "图书馆开到九点")
    run(CORRECTED)
    return ferry


def test_the_offer_names_the_page_and_the_change(conflicted):
    [offer] = page_text_offers(conflicted)
    assert offer.notice.startswith("版面文本与这篇稿件不同（A1版 ")
    assert offer.notice.endswith("重新导入）")
    assert offer.changes == ["第1段“…改建工程昨天开工，…”→“…改建工程前天开工，…”"]


def test_taking_it_changes_this_story_only(conflicted, user):
    [offer] = page_text_offers(conflicted)
    page_text_take(article_id=conflicted.pk, page_id=offer.page.pk, token=offer.token, user=user)
    story = Article.objects.get(pk=conflicted.pk)
    assert story.headline == "渡口改建工程开工"  # the printed fields are the page's
    assert "前天开工" in story.parts.get().blocks[0]["text"]
    assert story.edited_at is None  # nothing else of it differs from its page
    other = Article.objects.get(headline="图书馆开到九点")  # the other hand edit stays
    assert other.edited_at is not None
    record = story.history.order_by("-history_date", "-history_id").first()
    assert record.history_change_reason == "采用版面文本（A1版）"
    assert record.history_user == user
    assert page_text_offers(story) == []  # taken: nothing more to offer


def test_the_next_import_of_the_page_updates_it_and_keeps_the_other_edit(conflicted, user):
    [offer] = page_text_offers(conflicted)
    page_text_take(article_id=conflicted.pk, page_id=offer.page.pk, token=offer.token, user=user)
    report = run(CORRECTED.replace("五月", "六月"))
    # (the other story's edit kept; nothing of the page's pending in it: no conflict line)
    assert report.conflicts == []
    assert Article.objects.get(headline="图书馆开到九点").edited_at is not None
    assert "六月" in Article.objects.get(pk=conflicted.pk).parts.get().blocks[0]["text"]


def test_a_stale_confirmation_is_refused_with_nothing_written(conflicted, user):
    [offer] = page_text_offers(conflicted)
    story = Article.objects.get(pk=conflicted.pk)
    hand_edit([story])
    story.kicker = "又改了"
    story.save()  # edited again after the confirmation was shown
    with pytest.raises(PageTextRefused, match="确认页打开之后"):
        page_text_take(
            article_id=conflicted.pk, page_id=offer.page.pk, token=offer.token, user=user
        )
    story.refresh_from_db()
    assert story.headline == "渡口改建工程今起开工" and story.kicker == "又改了"
    assert "昨天开工" in story.parts.get().blocks[0]["text"]


def test_a_page_imported_again_meanwhile_is_stale_too(conflicted, user):
    [offer] = page_text_offers(conflicted)
    run(CORRECTED.replace("五月", "六月"))
    with pytest.raises(PageTextRefused, match="确认页打开之后"):
        page_text_take(
            article_id=conflicted.pk, page_id=offer.page.pk, token=offer.token, user=user
        )
    assert "昨天开工" in Article.objects.get(pk=conflicted.pk).parts.get().blocks[0]["text"]


def test_a_published_story_on_a_sign_off_paper_is_a_chief_editors(conflicted, user):
    Publication.objects.update(review_required=True)
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.filter(pk=conflicted.pk).update(status=Status.PUBLISHED)
    [offer] = page_text_offers(Article.objects.get(pk=conflicted.pk))
    with pytest.raises(PageTextRefused, match="总编辑"):
        page_text_take(
            article_id=conflicted.pk, page_id=offer.page.pk, token=offer.token, user=user
        )
    assert "昨天开工" in Article.objects.get(pk=conflicted.pk).parts.get().blocks[0]["text"]
    user.is_superuser = True
    user.save()
    page_text_take(article_id=conflicted.pk, page_id=offer.page.pk, token=offer.token, user=user)
    story = Article.objects.get(pk=conflicted.pk)
    assert "前天开工" in story.parts.get().blocks[0]["text"]
    assert story.status == Status.PUBLISHED


JUMPING = """港口建设提速

本报讯（记者 金帅）南通港口建设昨天再提速，三个新泊位同时开工。（下转A2版）
"""
CONTINUED = """（上接A1版）新泊位建成后，港口年吞吐能力将增加一千万吨。
"""


def test_a_story_whose_continuation_was_edited_stays_edited(user):
    """Taking A1's text replaces only what A1 prints: the continuation an editor changed on A2
    stays theirs, so the story is still counted as edited by hand (A2's next import must not
    overwrite that edit silently)."""
    run(JUMPING)
    item = PageInput(
        paper_name="青湾日报",
        paper_slug="qingwan",
        issue_date=date(2022, 5, 6),
        label="A2",
        data=CONTINUED.encode("utf-8"),
        source_name="A2.txt",
    )
    list(pages_import([item]))
    story = Article.objects.get(headline="港口建设提速")
    continuation = story.parts.get(sequence=1)
    hand_edit([story, continuation])
    continuation.blocks = [{"kind": "paragraph", "text": "新泊位建成后，年吞吐能力增加一千万吨。"}]
    continuation.save()
    story.save()
    edit_its_first_paragraph(story, "三个新泊位", "3个新泊位")  # (the correction's paragraph)
    run(JUMPING.replace("昨天", "今天"))
    [offer] = page_text_offers(Article.objects.get(pk=story.pk))
    assert offer.page.label == "A1"
    page_text_take(article_id=story.pk, page_id=offer.page.pk, token=offer.token, user=user)
    story.refresh_from_db()
    assert "今天再提速" in story.parts.get(sequence=0).blocks[0]["text"]
    assert story.parts.get(sequence=1).blocks[0]["text"].startswith("新泊位建成后，年吞吐")
    assert story.edited_at is not None


def test_the_search_index_has_the_page_text(user, django_capture_on_commit_callbacks):
    from search.models import SearchEntry

    with django_capture_on_commit_callbacks(execute=True):  # (the edits' indexing too)
        conflicted = conflict()
        [offer] = page_text_offers(conflicted)
        page_text_take(
            article_id=conflicted.pk, page_id=offer.page.pk, token=offer.token, user=user
        )
    entry = SearchEntry.objects.get(article_id=conflicted.pk)
    assert "前天开工" in entry.body and "昨天开工" not in entry.body
    assert entry.title.startswith("渡口改建工程开工")


def test_taking_one_page_leaves_the_continuations_correction_pending(user):
    """A story jumping A1 → A2, edited by hand, both pages re-sent with corrections: taking A1's
    text leaves A2's offered (it was lost: the story counted as no longer edited by hand)."""
    run(JUMPING)
    continued = PageInput(
        paper_name="青湾日报",
        paper_slug="qingwan",
        issue_date=date(2022, 5, 6),
        label="A2",
        data=CONTINUED.encode("utf-8"),
        source_name="A2.txt",
    )
    list(pages_import([continued]))
    story = edit("港口建设提速", "港口建设再提速")
    edit_its_first_paragraph(story, "三个新泊位", "3个新泊位")  # (A1's correction's paragraph)
    edit_its_first_paragraph(story, "港口年吞吐", "年吞吐")  # (A2's)
    run(JUMPING.replace("昨天", "今天"))
    list(pages_import([replace(continued, data=CONTINUED.replace("一千万", "两千万").encode())]))
    offers = page_text_offers(Article.objects.get(pk=story.pk))
    assert [o.page.label for o in offers] == ["A1", "A2"]
    page_text_take(article_id=story.pk, page_id=offers[0].page.pk, token=offers[0].token, user=user)
    [left] = page_text_offers(Article.objects.get(pk=story.pk))
    assert left.page.label == "A2" and "两千万" in left.changes[0]
    page_text_take(article_id=story.pk, page_id=left.page.pk, token=left.token, user=user)
    assert Article.objects.get(pk=story.pk).edited_at is None  # (both taken: nothing left)
