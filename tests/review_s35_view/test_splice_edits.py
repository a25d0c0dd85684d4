"""Review of the page view's splicing (session 35): after each kind of edit, the page a reader
is served (its stories put into the frame last rendered) is byte for byte the page rendered
in full from nothing, and shows the edit."""

from __future__ import annotations

import io
import sys

import pytest
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from articles.models import Article, ArticlePart, Issue, Page, Photo, Teaser
from articles.templatetags import epaper
from tests.public.conftest import DAY, LEAD, PAPER, PARTY, VILLAGES, WORKS, make_edition

pytestmark = pytest.mark.django_db

A1_URL = f"/{PAPER}/{DAY}/A1/"


@pytest.fixture
def ed(db):
    """The seed front page and its A2 continuations, published (``tests/public``'s
    ``edition``)."""
    return make_edition()


@pytest.fixture(autouse=True)
def _nothing_remembered(monkeypatch):
    # The stores AND their budgets' counts: a count left near its budget by earlier tests in
    # the process would clear the stores halfway through a test (its frame forgotten: a full
    # render where a splice is counted on).
    monkeypatch.setattr(epaper, "_remembered", {})
    monkeypatch.setattr(epaper, "_pages", {})
    monkeypatch.setattr(epaper, "_remembered_size", [0])
    monkeypatch.setattr(epaper, "_pages_size", [0])


def get(path: str, query: str = "", host: str = "127.0.0.1", **extra) -> tuple[str, bytes]:
    """Status and body Django's WSGI handler serves, with nothing watching templates render."""
    environ = {
        **extra,
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path.encode().decode("latin-1"),
        "QUERY_STRING": query,
        "SERVER_NAME": host,
        "SERVER_PORT": "80",
        "HTTP_HOST": host,
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
    }
    status = []
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        body = WSGIHandler()(environ, lambda s, h, exc_info=None: status.append(s))
        try:
            return status[0], b"".join(body)
        finally:
            body.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def served(path: str = A1_URL, query: str = "", **extra) -> bytes:
    status, body = get(path, query, **extra)
    assert status.startswith("200"), status
    return body


def from_nothing(path: str = A1_URL, query: str = "", **extra) -> bytes:
    """The page rendered with nothing remembered and nothing cached; what was remembered before
    is put back afterwards (so a later request may splice again)."""
    kept = dict(epaper._remembered), dict(epaper._pages)
    epaper._remembered.clear()
    epaper._pages.clear()
    cache.clear()
    try:
        return served(path, query, **extra)
    finally:
        epaper._remembered.clear()
        epaper._remembered.update(kept[0])
        epaper._pages.clear()
        epaper._pages.update(kept[1])
        cache.clear()


def spliced_after(edit, ed, path: str = A1_URL, query: str = "") -> bytes:
    served(path, query)
    served(path, query)
    edit(ed)
    cache.clear()
    return served(path, query)


def party(ed) -> int:
    """The id of the story first headed PARTY (found once: its headline may change)."""
    if not hasattr(ed, "party_pk"):
        ed.party_pk = ed.article(PARTY).pk
    return ed.party_pk


def headline(text):
    def edit(ed):
        Article.objects.filter(pk=party(ed)).update(headline=text)

    return edit


def photo_caption(ed):
    Photo.objects.filter(page=ed.a1).update(caption="新的图片说明")


def photo_credit(ed):
    Photo.objects.filter(page=ed.a1).update(credit_line="新摄影者 摄")


def photo_deleted(ed):
    Photo.objects.filter(page=ed.a1).delete()


def story_deleted(ed):
    ed.article(PARTY).delete()


def story_unpublished(ed):
    Article.objects.filter(pk=ed.article(PARTY).pk).update(status="draft")


def swapped(ed):
    one = ArticlePart.objects.get(article=ed.article(PARTY), page=ed.a1)
    two = ArticlePart.objects.get(article=ed.article(VILLAGES), page=ed.a1)
    a, b = one.position, two.position
    ArticlePart.objects.filter(pk=one.pk).update(position=9999)
    ArticlePart.objects.filter(pk=two.pk).update(position=a)
    ArticlePart.objects.filter(pk=one.pk).update(position=b)


def teaser_changed(ed):
    Teaser.objects.filter(page=ed.a1).update(title_lines=["新导读标题"])


def section_renamed(ed):
    Page.objects.filter(pk=ed.a1.pk).update(section="改名的版")


def other_section_renamed(ed):
    Page.objects.filter(pk=ed.a2.pk).update(section="二版新名")


def page_added(ed):
    Page.objects.create(issue=ed.issue, label="A9", sequence=99, section="新加的版")


def page_deleted(ed):
    Page.objects.filter(pk=ed.a2.pk).delete()


def issue_number(ed):
    Issue.objects.filter(pk=ed.issue.pk).update(number=9876)


def identical(ed):
    Article.objects.filter(pk=ed.article(VILLAGES).pk).update(headline=ed.article(PARTY).headline)


EDITS = {
    "headline": headline("拼入的新题"),
    "headline-template-text": headline("{% endspliced %}{{ page_shown }}{% csrf_token %}"),
    "headline-html": headline('<b>粗</b>&amp;"引号"</div></article>'),
    "photo-caption": photo_caption,
    "photo-credit": photo_credit,
    "photo-deleted": photo_deleted,
    "story-deleted": story_deleted,
    "story-unpublished": story_unpublished,
    "swapped": swapped,
    "teaser": teaser_changed,
    "section": section_renamed,
    "other-section": other_section_renamed,
    "page-added": page_added,
    "page-deleted": page_deleted,
    "issue-number": issue_number,
    "identical": identical,
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_a_page_served_after_an_edit_is_the_page_rendered_from_nothing(ed, edit):
    page = spliced_after(edit, ed)
    assert page == from_nothing()


@pytest.mark.parametrize("query", ["a=1", "q=%E6%96%B0", "page=2"])
def test_a_page_under_a_query_string_after_an_edit_is_the_page_rendered_from_nothing(ed, query):
    page = spliced_after(headline("查询串下的新题"), ed, query=query)
    assert "查询串下的新题" in page.decode()
    assert page == from_nothing(query=query)
    assert page == from_nothing()


def test_an_edit_shows_and_one_undone_shows_the_old_text_again(ed):
    before = served()
    pk = ed.article(PARTY).pk
    headline("暂时的新题")(ed)
    cache.clear()
    assert "暂时的新题" in served().decode()
    Article.objects.filter(pk=pk).update(headline=PARTY)
    cache.clear()
    assert served() == before == from_nothing()


def test_a_story_moved_to_another_page_leaves_this_one_and_shows_on_that_one(ed):
    a2 = f"/{PAPER}/{DAY}/A2/"
    served(), served(a2)
    article = ed.article(WORKS)
    part = ArticlePart.objects.filter(article=article, page=ed.a1).get()
    ArticlePart.objects.filter(pk=part.pk).update(page=ed.a2, position=777)
    cache.clear()
    one, two = served(), served(a2)
    assert one == from_nothing()
    assert two == from_nothing(a2)


@pytest.fixture
def full_renders(monkeypatch):
    """How many times the page view's template was rendered in full (not spliced)."""
    from articles.views.base import RememberedPageResponse

    seen = []
    whole = RememberedPageResponse.render_whole
    monkeypatch.setattr(
        RememberedPageResponse, "render_whole", lambda r, t: seen.append(1) or whole(r, t)
    )
    return seen


STORY_ONLY = [
    "headline",
    "headline-template-text",
    "headline-html",
    "photo-caption",
    "photo-credit",
    "photo-deleted",
    "story-deleted",
    "story-unpublished",
    "swapped",
    "identical",
]


@pytest.mark.parametrize("name", STORY_ONLY)
def test_an_edit_to_the_stories_alone_is_spliced(ed, full_renders, name):
    """The comparisons above are of the spliced path (not a full render that hides it)."""
    served(), served()
    assert full_renders == [1]
    EDITS[name](ed)
    cache.clear()
    page = served()
    assert full_renders == [1], "rendered in full: the splice was not exercised"
    assert page == from_nothing()


def linked_jump(ed):
    from articles.models import Jump

    return (
        Jump.objects.filter(part__page=ed.a1, direction="forward", to_part__isnull=False)
        .select_related("part", "to_part")
        .first()
    )


def test_a_jump_unlinked_then_linked_again_shows_on_both_pages(ed, full_renders):
    from articles.continuations.editing import jump_link_manually, jump_unlink

    a2 = f"/{PAPER}/{DAY}/A2/"
    jump = linked_jump(ed)
    assert jump is not None
    part = jump.to_part
    served(), served(a2)
    jump_unlink(jump=jump)
    cache.clear()
    one, two = served(), served(a2)
    assert one == from_nothing() and two == from_nothing(a2)
    jump.refresh_from_db()
    jump_link_manually(jump=jump, part=part)
    cache.clear()
    one, two = served(), served(a2)
    assert one == from_nothing() and two == from_nothing(a2)


def test_an_issue_unpublished_then_published_again_after_an_edit(ed):
    from articles.publishing import issue_publish, issue_unpublish

    served()
    issue_unpublish(issue=ed.issue)
    cache.clear()
    assert get(A1_URL)[0].startswith("404")
    headline("下线期间改的题")(ed)
    issue_publish(issue=Issue.objects.get(pk=ed.issue.pk), override_reason="复核")
    cache.clear()
    page = served()
    assert "下线期间改的题" in page.decode()
    assert page == from_nothing()


def test_the_same_story_twice_on_a_page(ed):
    """A continuation moved onto the page its story starts on: the story shows twice."""
    served()
    part = ArticlePart.objects.filter(article=ed.article(WORKS), page=ed.a2).get()
    ArticlePart.objects.filter(pk=part.pk).update(page=ed.a1, position=555)
    cache.clear()
    page = served()
    assert page == from_nothing()
    headline("两处同一篇")(ed)
    cache.clear()
    assert served() == from_nothing()


OTHER_URLS = {
    "issue": f"/{PAPER}/{DAY}/",
    "a2": f"/{PAPER}/{DAY}/A2/",
    "feed": f"/{PAPER}/feed.xml",
    "a1-json": f"/{PAPER}/{DAY}/A1.json",
    "paper": f"/{PAPER}/",
}


@pytest.mark.parametrize("url", OTHER_URLS.values(), ids=OTHER_URLS.keys())
@pytest.mark.parametrize("name", ["headline", "headline-html", "story-deleted", "section"])
def test_other_views_after_an_edit_are_rendered_as_from_nothing(ed, url, name):
    served(url), served(A1_URL)
    EDITS[name](ed)
    cache.clear()
    served(A1_URL)
    assert served(url) == from_nothing(url)


def test_the_story_view_after_a_headline_edit(ed):
    url = ed.url(PARTY)
    served(url), served()
    headline("故事页新题")(ed)
    cache.clear()
    served()
    page = served(url)
    assert "故事页新题" in page.decode()
    assert page == from_nothing(url)


@pytest.mark.parametrize("debug", [False, True])
def test_a_spliced_page_is_the_same_with_debug_on_and_off(ed, settings, debug):
    settings.DEBUG = debug
    page = spliced_after(headline("调试开关"), ed)
    assert page == from_nothing()


def with_picture(ed):
    from articles.models import PageImage, Zone

    page = ed.a1
    PageImage.objects.create(
        page=page, pdf="pages/cc/one.pdf", pdf_checksum="c" * 64, image="pages/cc/one.webp",
        thumbnail="pages/cc/one-thumb.webp", width=800, height=1200,
    )  # fmt: skip
    for i, part in enumerate(ArticlePart.objects.filter(page=page).order_by("position")):
        Zone.objects.create(page=page, part=part, rects=[[0.1, 0.1 * i, 0.5, 0.1 * i + 0.05]])
    photo = Photo.objects.filter(page=page).first()
    Zone.objects.create(page=page, photo=photo, rects=[[0.6, 0.6, 0.9, 0.9]])
    cache.clear()


def zones_replaced(ed):
    from articles.models import Zone

    Zone.objects.filter(page=ed.a1).update(rects=[[0.2, 0.2, 0.3, 0.3]])


def image_replaced(ed):
    from articles.models import PageImage

    PageImage.objects.filter(page=ed.a1).update(image="pages/dd/two.webp", width=900)


PICTURE_EDITS = {
    "headline": headline("版面图热区里的新题"),
    "photo-caption": photo_caption,
    "photo-deleted": photo_deleted,
    "story-deleted": story_deleted,
    "story-unpublished": story_unpublished,
    "zones": zones_replaced,
    "image": image_replaced,
}


@pytest.mark.parametrize("edit", PICTURE_EDITS.values(), ids=PICTURE_EDITS.keys())
def test_a_page_with_its_picture_after_an_edit_is_rendered_as_from_nothing(ed, edit):
    with_picture(ed)
    page = spliced_after(edit, ed)
    assert page == from_nothing()


@pytest.mark.parametrize(
    "extra",
    [
        {"HTTP_HOST": "localhost", "SERVER_NAME": "localhost"},
        {"HTTP_ACCEPT_LANGUAGE": "en"},
        {"HTTP_X_FORWARDED_PROTO": "https"},
        {"SCRIPT_NAME": "/epaper"},
    ],
    ids=["host", "language", "scheme", "script-name"],
)
def test_a_page_served_otherwise_after_an_edit_is_rendered_as_from_nothing(ed, extra):
    """A frame is remembered for one host, language and prefix: a page served for another
    one after an edit is that one's page."""
    served(), served(**extra)
    headline("换个地址的新题")(ed)
    cache.clear()
    served()
    page = served(**extra)
    assert "换个地址的新题" in page.decode()
    assert page == from_nothing(**extra)
    served(**extra)
    assert served() == from_nothing()


def test_a_photo_that_names_a_story_shows_its_new_headline(ed):
    photo = Photo.objects.filter(page=ed.a1).get()
    Photo.objects.filter(pk=photo.pk).update(article=ed.article(PARTY))
    cache.clear()
    page = spliced_after(headline("图片相关报道的新题"), ed)
    assert page.decode().count("图片相关报道的新题") >= 2
    assert page == from_nothing()


def test_a_page_emptied_then_given_a_photo_again(ed):
    photo = Photo.objects.filter(page=ed.a1).get()
    served()
    Photo.objects.filter(pk=photo.pk).delete()
    ArticlePart.objects.filter(page=ed.a1).delete()
    cache.clear()
    empty = served()
    assert "本版没有文字稿件" in empty.decode()
    assert empty == from_nothing()
    photo.save(force_insert=True)
    cache.clear()
    again = served()
    assert again == from_nothing()
    assert "本版没有文字稿件" not in again.decode()


@pytest.mark.parametrize("edit", ["headline", "photo-caption", "swapped", "story-deleted"])
def test_a_splice_while_the_remembered_fragments_are_dropped_mid_render(ed, monkeypatch, edit):
    """With room for a few fragments only, the fragment store is cleared while a page renders
    (after its stories' block): the block's text is then rendered again, outside the page's
    request context, to find the frame."""
    monkeypatch.setattr(epaper, "REMEMBERED_FRAGMENTS", 3)
    served(), served()
    EDITS[edit](ed)
    cache.clear()
    page = served()
    monkeypatch.setattr(epaper, "REMEMBERED_FRAGMENTS", 2_000)
    assert page == from_nothing()


def test_two_pages_of_one_issue_spliced_in_turn(ed):
    a2 = f"/{PAPER}/{DAY}/A2/"
    for text in ("轮流一", "轮流二", "轮流三"):
        served(), served(a2)
        Article.objects.filter(issue=ed.issue, position__gt=0).filter(
            pk__in=ArticlePart.objects.filter(page=ed.a2).values("article")
        ).update(subheadline=text)
        cache.clear()
        one, two = served(), served(a2)
        assert one == from_nothing() and two == from_nothing(a2)


def lead_deleted(ed):
    ed.article(LEAD).delete()


def lead_unpublished(ed):
    Article.objects.filter(pk=ed.article(LEAD).pk).update(status="draft")


@pytest.mark.parametrize("edit", [lead_deleted, lead_unpublished], ids=["deleted", "unpublished"])
def test_the_story_after_the_lead_becomes_the_lead(ed, full_renders, edit):
    """Its block is the same but for ``lead``: the block is remembered by its place too."""
    served(), served()
    edit(ed)
    cache.clear()
    page = served()
    assert full_renders == [1]  # spliced
    assert page == from_nothing()
    assert page.decode().count('class="story lead"') == 1


def test_a_story_unpublished_and_published_again_by_the_services_shows_at_once(
    ed, full_renders, django_capture_on_commit_callbacks
):
    """No cache cleared by hand: the services' own invalidation."""
    from articles.publishing import stories_publish, stories_unpublish

    before = served()
    served()
    story = ed.article(PARTY)
    with django_capture_on_commit_callbacks(execute=True):
        stories_unpublish(articles=[story])
    gone = served()
    assert PARTY not in gone.decode() and gone == from_nothing()
    with django_capture_on_commit_callbacks(execute=True):
        stories_publish(articles=Article.objects.filter(pk=story.pk))
    back = served()
    assert back == before == from_nothing()


@pytest.mark.parametrize("position", [0, 999], ids=["first", "last"])
def test_a_photo_moved_before_or_after_the_stories(ed, full_renders, position):
    """The first item is no longer (or is again) the lead story: each block by its place."""
    served(), served()
    Photo.objects.filter(page=ed.a1).update(position=position)
    cache.clear()
    page = served()
    assert full_renders == [1]  # spliced
    assert page == from_nothing()
    assert page.decode().count('class="story lead"') == (0 if position == 0 else 1)


@pytest.mark.parametrize("room", [1, 2, 3])
def test_pages_and_frames_pushed_out_of_a_small_store(ed, monkeypatch, room):
    """Whole pages and frames share one store: with room for a few only, each edit still shows."""
    monkeypatch.setattr(epaper, "REMEMBERED_PAGES", room)
    a2 = f"/{PAPER}/{DAY}/A2/"
    for text in ("挤出一", "挤出二", "挤出三"):
        served(), served(a2), served()
        headline(text)(ed)
        cache.clear()
        page, other = served(), served(a2)
        assert text in page.decode()
        assert page == from_nothing() and other == from_nothing(a2)
