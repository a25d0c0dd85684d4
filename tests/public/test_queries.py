"""The page, issue and story views take a fixed number of queries, however many pages, stories,
parts, photos or teasers there are (no N+1)."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Photo
from tests.conftest import DATA
from tests.factories import import_text
from tests.public.conftest import DAY, ISSUE_URL, PAPER, PARTY, publish_everything, synthetic_page

# The numbers the views are built to: a change here must be a deliberate one. Each counts the
# site's papers (the nav's 各报 and the footer's list: articles.public.public_papers, kept, so
# asked again only after the epoch moves).
ISSUE_QUERIES = 8  # issue, pages, printed parts, calendar month, previous and next issue, papers,
# the share card's lead photo
PAGE_QUERIES = 6  # papers, issue, pages, every part of its stories with the stories, the jumps
# that lead nowhere yet (the printed （下转A2版） marker) and bylines, photos with their credits,
# teasers
ARTICLE_QUERIES = (
    12  # papers, story, its parts with their pages, open jump and the story's bylines (one),
)
# neighbours, photos, credits, pages, related (the story's keywords, which the list is kept by: 1;
# similar keywords: 2; desk rule: 1), and for a story whose parts are on several pages (every
# story measured here) the 署名 its joined parts printed apart (one; kept with its body)
CHAIN_DAY = date(2020, 7, 11)


def queries(client, url: str) -> int:
    cache.clear()  # measure the view, not the page cache
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def grow(edition) -> None:
    """Many more pages, stories, photos and parts in the same issue, and a three-page story."""
    import_text(synthetic_page("A3", "民生", 12, 4), "A3")
    import_text(synthetic_page("A4", "看南通·要闻", 9, 3), "A4")
    import_text(synthetic_page("B1", "副刊", 6, 2), "B1")
    for label in ("A1", "A2", "A5"):
        text = (DATA / "jumps" / f"chain-{label}.txt").read_text(encoding="utf-8")
        import_text(text, label, when=CHAIN_DAY)
    import_text(synthetic_page("A3", "民生", 3, 3), "A3", when=CHAIN_DAY)
    chain = Article.objects.get(issue__date=CHAIN_DAY, parts__sequence=2)
    Photo.objects.filter(page__issue__date=CHAIN_DAY).update(article=chain)
    publish_everything()


@pytest.fixture
def story_with_photo(edition):
    Photo.objects.update(article=edition.article(PARTY))
    return edition.article(PARTY)


def test_issue_view_queries_do_not_grow(client, edition):
    small = queries(client, ISSUE_URL)
    grow(edition)
    assert queries(client, ISSUE_URL) == small == ISSUE_QUERIES
    assert queries(client, f"/{PAPER}/") == ISSUE_QUERIES


def test_page_view_queries_do_not_grow(client, edition):
    a1 = f"/{PAPER}/{DAY}/A1/"
    small = queries(client, a1)  # 5 stories, 1 photo, 2 teasers, 2 pages
    grow(edition)
    assert queries(client, a1) == small == PAGE_QUERIES  # now 5 pages in the issue
    assert queries(client, f"/{PAPER}/{DAY}/A3/") == PAGE_QUERIES  # 12 stories, 4 photos
    assert queries(client, f"/{PAPER}/{CHAIN_DAY}/A2/") <= PAGE_QUERIES  # no photo: one fewer


def test_article_view_queries_do_not_grow(client, story_with_photo, edition):
    small = queries(client, story_with_photo.get_absolute_url())  # 2 parts, 1 photo
    grow(edition)
    assert queries(client, story_with_photo.get_absolute_url()) == small == ARTICLE_QUERIES
    chain = Article.objects.get(issue__date=CHAIN_DAY, parts__sequence=2)
    assert chain.parts.count() == 3 and chain.photos.count() == 3
    assert queries(client, chain.get_absolute_url()) == ARTICLE_QUERIES


def test_json_twins_cost_what_their_pages_cost(client, story_with_photo, edition):
    grow(edition)
    # (less the site's papers: a twin has no nav)
    assert queries(client, f"/{PAPER}/{DAY}.json") == ISSUE_QUERIES - 1
    assert queries(client, f"/{PAPER}/{DAY}/A3.json") == PAGE_QUERIES - 1
    url = story_with_photo.get_absolute_url().rstrip("/") + ".json"
    assert queries(client, url) == ARTICLE_QUERIES - 1


def test_lists_and_feeds_do_not_grow(client, edition):
    urls = [
        "/people/%E5%BC%A0%E4%B8%89/",  # 张三
        f"/{PAPER}/sections/%E6%B0%91%E7%94%9F/",  # 民生
        f"/{PAPER}/feed.xml",
        f"/{PAPER}/2020/07/",
        "/sitemap-articles.xml",
    ]
    import_text(synthetic_page("A3", "民生", 2, 1), "A3")
    publish_everything()
    small = [queries(client, url) for url in urls]
    grow(edition)
    assert [queries(client, url) for url in urls] == small


def test_the_issue_and_page_lists_read_only_what_they_show_of_each_story(edition):
    from articles.models import Issue
    from articles.selectors import issue_pages, issue_parts_by_page, page_parts

    issue = Issue.objects.get()
    page = next(p for p in issue_pages(issue) if p.label == "A1")
    listed = [part for parts in issue_parts_by_page(issue).values() for part in parts]
    on_page = page_parts(issue, page)
    assert listed and on_page
    for part in listed + on_page:
        # Titles and addresses: loaded; the story's dates and state, the part's title lines:
        # left out (deferred), so no row pays for converting them. Whether a part is a whole
        # copy: loaded (the lists say it is the same story as on another page).
        assert part.article.title and part.article.get_absolute_url()
        assert {"updated_at", "edited_at", "status"} <= part.article.get_deferred_fields()
        assert "whole_copy" not in part.get_deferred_fields()
    assert all({"blocks", "title_lines"} <= part.get_deferred_fields() for part in listed)
    # The page shows each story's lead (its first paragraph, its text not decoded whole), its
    # JSON twin the title lines as printed.
    assert all("title_lines" not in part.get_deferred_fields() for part in on_page)
    assert all("blocks" in part.get_deferred_fields() for part in on_page)
    assert [part.first_paragraph for part in on_page] == [
        next((b["text"] for b in part.blocks if b["kind"] == "paragraph"), "") for part in on_page
    ]


def test_an_issue_reached_by_the_public_views_reads_only_what_they_show(edition):
    from articles.selectors import public_issue_on, public_story

    issue = public_issue_on(PAPER, date.fromisoformat(DAY))
    story = public_story(PAPER, date.fromisoformat(DAY), Article.objects.first().pk)
    for found in (issue, story.issue):
        # Its date, number and state (the public gate), its paper's name and address: loaded.
        assert found.date and found.status and found.get_absolute_url()
        assert found.publication.name and found.publication.slug
        # The desk's columns: left out, deferred.
        assert {"published_at", "publish_at", "updated_at"} <= found.get_deferred_fields()
        assert "review_required" in found.publication.get_deferred_fields()


def test_a_story_and_its_pages_reached_by_the_story_page_leave_out_the_desks_columns(edition):
    from articles.selectors import issue_pages, public_story, story_body

    story = public_story(PAPER, date.fromisoformat(DAY), Article.objects.first().pk)
    frame = issue_pages(story.issue)  # the issue's pages, as every public view shows them
    body = story_body(story, frame)
    assert {"signed_off_at", "publish_at", "edited_at", "created_at"} <= (
        story.get_deferred_fields()
    )
    assert story.updated_at and story.status  # its corrections' shortcut; the public gate
    for page in [story.page, *(part.page for part in body.parts), *frame]:
        assert page.label and page.get_absolute_url()
        assert {"raw_text", "parser_flags", "imported_at", "checksum"} <= (
            page.get_deferred_fields()
        )


def test_rows_kept_between_renders_carry_only_what_the_pages_read(edition):
    from articles.models import Issue
    from articles.related import shown_related
    from articles.selectors import public_story
    from articles.views.edition import issues_around

    story = public_story(PAPER, date.fromisoformat(DAY), edition.article(PARTY).pk)
    story.bylines.all()  # the desk's rule reads the story's reporters
    related = shown_related(story)
    assert related
    for other in related:
        assert other.title and other.get_absolute_url() and other.page.label
        assert {"created_at", "edited_at"} <= other.get_deferred_fields()
        assert "raw_text" in other.page.get_deferred_fields()
        assert "published_at" in other.issue.get_deferred_fields()
    _previous, _next, calendar = issues_around(Issue.objects.get())
    for found in calendar["issues"].values():
        assert found.get_absolute_url() and "updated_at" in found.get_deferred_fields()


def test_keep_only_defers_every_other_column(edition):
    from articles.queries import keep_only

    story = Article.objects.first()
    keep_only(story, ["id", "issue_id", "headline"])
    assert story.get_deferred_fields() == {f.attname for f in Article._meta.concrete_fields} - {
        "id",
        "issue_id",
        "headline",
    }
    with CaptureQueriesContext(connection) as captured:
        assert story.kicker is not None  # read on access
    assert len(captured) == 1


@pytest.mark.parametrize(
    "blocks",
    [
        [{"kind": "paragraph", "text": "第一段"}, {"kind": "paragraph", "text": "第二段"}],
        [{"kind": "crosshead", "text": "小标题"}, {"kind": "paragraph", "text": "正文“引号”\\n"}],
        [{"kind": "crosshead", "text": "只有小标题"}],
        [],
    ],
)
def test_the_first_paragraph_is_found_in_the_json_text_as_in_the_decoded_blocks(blocks):
    import json

    from articles.public import first_paragraph_in, lead

    expected = lead(blocks, 10_000)
    for text in (
        json.dumps(blocks),  # as SQLite keeps it (\\u escapes)
        json.dumps(blocks, ensure_ascii=False, separators=(",", ":")),
        " [ " + " , ".join(json.dumps(b, ensure_ascii=False, indent=1) for b in blocks) + " ] ",
    ):
        assert first_paragraph_in(text) == expected
    assert first_paragraph_in(blocks) == expected  # a driver that decodes JSON itself


def test_blocks_that_are_not_json_are_refused_as_before():
    import json

    from articles.public import first_paragraph_in

    for broken in ('[{"kind": "paragraph", "text": "断', '[{"kind": "crosshead"} {"a": 1}]'):
        with pytest.raises(json.JSONDecodeError):
            first_paragraph_in(broken)


def test_a_pages_photos_come_with_their_credits_in_order_from_one_query(edition):
    from articles.models import Issue, Person, PhotoCredit
    from articles.selectors import issue_pages, page_photos

    page = next(p for p in issue_pages(Issue.objects.get()) if p.label == "A1")
    shot = Photo.objects.get(page=page)
    bare = Photo.objects.create(page=page, position=shot.position + 1, caption="无署名")
    later, earlier = Person.objects.create(name="后署名"), Person.objects.create(name="先署名")
    PhotoCredit.objects.create(photo=shot, person=later, order=9)
    PhotoCredit.objects.create(photo=shot, person=earlier, order=8)
    with CaptureQueriesContext(connection) as captured:
        photos = page_photos(page)
        credits = {p.pk: [c.person.name for c in p.credits.all()] for p in photos}
    assert len(captured) == 1
    assert [p.pk for p in photos] == [shot.pk, bare.pk]  # by position
    expected = [c.person.name for c in shot.credits.order_by("order")]
    assert credits == {shot.pk: expected, bare.pk: []}
    assert expected[-2:] == ["先署名", "后署名"]


def test_a_pages_photos_and_teasers_read_only_what_the_page_shows_of_their_stories(edition):
    from articles.models import Issue
    from articles.selectors import issue_pages, page_photos, page_teasers

    issue = Issue.objects.get()
    pages = issue_pages(issue)
    page = next(p for p in pages if p.label == "A1")
    teased = Article.objects.get(headline=PARTY)
    page.teasers.update(target_article=teased)
    Photo.objects.filter(page=page).update(article=teased)
    photos = page_photos(page)
    teasers = page_teasers(page, {p.label: p for p in pages})
    stories = [photo.article for photo in photos] + [t.target_article for t in teasers]
    assert photos and teasers and all(stories)
    for story in stories:
        # Its title, address and state (the public gate): loaded; its edit time, dateline and
        # byline: left out (deferred), so no row pays for converting them.
        assert story.title and story.get_absolute_url() and story.status
        assert {"updated_at", "dateline", "byline"} <= story.get_deferred_fields()
    assert all("edited_at" in photo.get_deferred_fields() for photo in photos)
    assert teasers[0].url == teased.get_absolute_url()
    # Given the page's issue, a story in it is handed that issue, not a copy built per row.
    photos = page_photos(page, issue)
    teasers = page_teasers(page, {p.label: p for p in pages}, issue)
    assert all(photo.article.issue is issue for photo in photos)
    assert all(teaser.target_article.issue is issue for teaser in teasers)
    assert teasers[0].url == teased.get_absolute_url()


def test_a_pages_story_parts_come_with_their_open_jumps_once_each(edition):
    from articles.models import ArticlePart, Issue, Jump, JumpDirection
    from articles.selectors import issue_pages, page_parts, page_story_parts, page_unfinished

    issue = Issue.objects.get()
    pages = issue_pages(issue)
    page = next(p for p in pages if p.label == "A1")
    on_page = page_parts(issue, page)
    before = {k: [p.pk for p in v] for k, v in page_story_parts(page, pages).items()}
    part = ArticlePart.objects.get(pk=on_page[0].pk)
    # An open forward jump and a backward one on the same part: still one part in the list.
    Jump.objects.update_or_create(
        part=part,
        direction=JumpDirection.FORWARD,
        defaults={"target_label": "B3", "marker": "（下转B3版）", "to_part": None},
    )
    Jump.objects.update_or_create(
        part=part,
        direction=JumpDirection.BACKWARD,
        defaults={"target_label": "A9", "marker": "（上接A9版）"},
    )
    with CaptureQueriesContext(connection) as captured:
        story_parts = page_story_parts(page, pages)
        unfinished = page_unfinished(on_page, story_parts, {p.label: p for p in pages})
    assert len(captured) == 1
    assert {k: [p.pk for p in v] for k, v in story_parts.items()} == before
    assert unfinished[part.pk].marker == "（下转B3版）"
    assert unfinished[part.pk].page is None  # B3 was never imported


def test_a_photos_credits_are_read_without_making_its_related_queryset(edition):
    from articles.models import Issue, Person, PhotoCredit
    from articles.selectors import issue_pages, page_photos, photo_credits

    page = next(p for p in issue_pages(Issue.objects.get()) if p.label == "A1")
    shot = Photo.objects.get(page=page)
    PhotoCredit.objects.create(photo=shot, person=Person.objects.create(name="摄影甲"), order=99)
    expected = [c.person.name for c in shot.credits.order_by("order")]
    assert expected[-1] == "摄影甲"
    (photo,) = page_photos(page)
    # Read for the page's key and tags: the rows as given, no queryset built for them yet.
    assert [c.person.name for c in photo_credits(photo)] == expected
    assert not dict.__contains__(photo._prefetched_objects_cache, "credits")
    with CaptureQueriesContext(connection) as captured:
        assert [c.person.name for c in photo.credits.all()] == expected  # still, no query
    assert len(captured) == 0
    # A photo read without them: its credits are queried.
    assert [c.person.name for c in photo_credits(Photo.objects.get(pk=shot.pk))] == expected


def test_a_pages_bylines_are_only_those_of_its_published_stories(edition):
    from articles.models import Article, Byline, Issue
    from articles.selectors import issue_pages, printed_page

    issue = Issue.objects.get()
    printed = printed_page(issue, "A1", issue_pages(issue))
    written = {pk for pk in printed.story_parts if Byline.objects.filter(article_id=pk).exists()}
    assert written and written <= printed.bylines.keys()
    # A story held back (a draft again) keeps its part on the page and its bylines, but the
    # page shows neither: its bylines are read with the page's but left out.
    held = Article.objects.get(pk=min(written))
    held.status = "draft"
    held.save(update_fields=["status"])
    printed = printed_page(issue, "A1", issue_pages(issue))
    assert held.pk not in printed.story_parts
    assert held.pk not in printed.bylines
    assert written - {held.pk} <= printed.bylines.keys()


def test_a_pages_bylines_come_with_its_parts_once_each_in_order(edition):
    # one query reads the parts and their stories' bylines (a row a part and byline): a story
    # printed in several parts, with several reporters, lists each reporter once, in order
    from articles.models import Byline, Person
    from articles.selectors import issue_pages, printed_page

    story = Article.objects.filter(parts__page=edition.a2).distinct().first()
    people = list(story.bylines.order_by("order").values_list("person__name", flat=True))
    assert story.parts.count() >= 2 and people
    person = Person.objects.create(name="新来的记者")
    Byline.objects.create(article=story, person=person, order=99)  # one reporter more, last
    pages = issue_pages(edition.issue)
    for label in ("A1", "A2"):
        printed = printed_page(edition.issue, label, pages)
        shown = [b.person.name for b in printed.bylines[story.pk]]
        assert shown == [*people, person.name]
        for found in printed.bylines.values():
            assert len({b.pk for b in found}) == len(found)
