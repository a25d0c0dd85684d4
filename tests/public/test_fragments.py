"""Fragments a public page renders once per process for each set of values they show
(``{% remembered %}``, issue 18): the issue's page tabs, a story's body and its description.
Every value a fragment shows is one of its values, so an edit to any of them shows at once."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.utils import translation
from django.utils.text import Truncator

from articles.models import (
    Article,
    ArticlePart,
    Issue,
    Jump,
    Page,
    Person,
    Photo,
    PhotoCredit,
    Teaser,
)
from articles.templatetags.epaper import _shortened
from tests.public.conftest import DAY, ISSUE_URL, PAPER, PARTY, WORKS, publish_everything

A1_URL = f"/{PAPER}/{DAY}/A1/"


@pytest.fixture
def after(client):
    """``after(url, change)``: the page's text once ``change()`` ran (the page rendered before
    it, so its fragments are remembered; the cache emptied after it, as a change's tags would)."""

    def render_after(url: str, change) -> str:
        client.get(url)
        change()
        cache.clear()
        return client.get(url).content.decode()

    return render_after


def tabs(html: str) -> str:
    return html.split('<nav class="tabs"')[1].split("</nav>")[0]


@pytest.mark.parametrize("url", [ISSUE_URL, A1_URL, "story"])
def test_the_page_tabs_follow_a_page_renamed_or_relabelled(edition, after, url):
    url = edition.url(PARTY) if url == "story" else url
    html = after(url, lambda: Page.objects.filter(pk=edition.a2.pk).update(section="新版名"))
    assert '<b>A2</b><span class="tab-name">新版名</span></a>' in tabs(html)
    html = after(url, lambda: Page.objects.filter(pk=edition.a2.pk).update(label="A3"))
    assert f'href="/{PAPER}/{DAY}/A3/"' in tabs(html) and "<b>A3</b>" in tabs(html)


def test_the_page_tabs_mark_the_page_shown(client, edition):
    client.get(A1_URL)
    html = client.get(f"/{PAPER}/{DAY}/A2/").content.decode()
    assert f'href="/{PAPER}/{DAY}/A2/" aria-current="page"' in tabs(html)
    assert f'href="/{PAPER}/{DAY}/A1/" aria-current' not in tabs(html)
    # the issue page shows no page as the current one
    assert "aria-current" not in tabs(client.get(ISSUE_URL).content.decode())


def body(html: str) -> str:
    return html.split('<div class="body">')[1].split("</div>")[0]


def test_a_storys_body_follows_an_edit_to_a_block_and_to_its_kind(edition, after):
    story = edition.article(WORKS)
    url = story.get_absolute_url()
    part = story.parts.get(sequence=1)
    blocks = [{"kind": "crosshead", "text": "新的小标题"}, *part.blocks[1:]]
    html = after(url, lambda: ArticlePart.objects.filter(pk=part.pk).update(blocks=blocks))
    assert "<h2>新的小标题</h2>" in body(html)
    blocks = [{"kind": "paragraph", "text": "新的小标题"}, *part.blocks[1:]]
    html = after(url, lambda: ArticlePart.objects.filter(pk=part.pk).update(blocks=blocks))
    assert "<p>新的小标题</p>" in body(html) and "<h2>" not in body(html)


def test_a_storys_body_follows_its_jump_line(edition, after):
    story = edition.article(WORKS)
    url = story.get_absolute_url()
    assert "以下刊于" in body(after(url, lambda: None))
    part = story.parts.get(sequence=1)
    html = after(url, lambda: ArticlePart.objects.filter(pk=part.pk).update(whole_copy=True))
    assert "以下刊于" not in body(html)
    ArticlePart.objects.filter(pk=part.pk).update(whole_copy=False)
    html = after(url, lambda: Page.objects.filter(pk=edition.a2.pk).update(label="A5"))
    first, second = story.ordered_parts()
    assert f'以下刊于<a href="/{PAPER}/{DAY}/A5/#story-{second.position}">A5版</a>' in body(html)
    assert f'上接<a href="/{PAPER}/{DAY}/A1/#story-{first.position}">A1版</a>' in body(html)


def test_a_storys_body_follows_its_unfinished_marker(edition, after):
    story = edition.article(WORKS)
    url = story.get_absolute_url()
    last = story.parts.order_by("sequence").last()

    def leave_unfinished():
        Jump.objects.create(
            part=last, direction="forward", marker="（下转B9版）", target_label="B9"
        )

    assert "（下转B9版）" in body(after(url, leave_unfinished))
    html = after(url, lambda: Jump.objects.filter(part=last).update(marker="（下转B8版）"))
    assert "（下转B8版）" in body(html) and "B9" not in body(html)


def test_a_storys_description_follows_its_first_paragraph(edition, after):
    story = edition.article(PARTY)
    part = story.parts.get(sequence=0)
    blocks = [{"kind": "paragraph", "text": "改" * 130}, *part.blocks[1:]]
    html = after(
        story.get_absolute_url(),
        lambda: ArticlePart.objects.filter(pk=part.pk).update(blocks=blocks),
    )
    with translation.override("zh-hans"):
        shortened = Truncator("改" * 130).chars(120)
    assert f'<meta name="description" content="{shortened}">' in html


def test_a_description_follows_a_first_paragraph_the_jump_cut_in_two(edition, after):
    story = edition.article(PARTY)
    first, second = story.parts.get(sequence=0), story.parts.get(sequence=1)
    ArticlePart.objects.filter(pk=first.pk).update(
        blocks=[{"kind": "paragraph", "text": "社会组织的前半段"}]  # no full stop: cut by the jump
    )
    rest = second.blocks[1:]
    url = story.get_absolute_url()
    html = after(
        url,
        lambda: ArticlePart.objects.filter(pk=second.pk).update(
            blocks=[{"kind": "paragraph", "text": "后半段接着。"}, *rest]
        ),
    )
    assert '<meta name="description" content="社会组织的前半段后半段接着。">' in html
    html = after(
        url,
        lambda: ArticlePart.objects.filter(pk=second.pk).update(
            blocks=[{"kind": "paragraph", "text": "换了的后半段。"}, *rest]
        ),
    )
    assert '<meta name="description" content="社会组织的前半段换了的后半段。">' in html


def description_of(text: str) -> str:
    return _shortened(text, translation.get_language())


def test_a_description_is_shortened_in_the_language_asked(edition):
    text = "长" * 130
    with translation.override("zh-hans"):
        assert description_of(text) == Truncator(text).chars(120)
    with translation.override("en"):
        assert description_of(text) == Truncator(text).chars(120)


def photo(html: str) -> str:
    return html.split('<figure class="photo"')[1].split("</figure>")[0]


@pytest.mark.parametrize("where", ["page", "story"])
def test_a_photo_follows_its_caption_credit_photographer_and_story(edition, after, where):
    shot = Photo.objects.get(page=edition.a1)
    story = edition.article(PARTY)
    Photo.objects.filter(pk=shot.pk).update(article=story)
    url = A1_URL if where == "page" else story.get_absolute_url()
    html = after(url, lambda: Photo.objects.filter(pk=shot.pk).update(caption="新的图片说明"))
    assert "新的图片说明" in photo(html)
    credit = shot.credits.first()
    html = after(url, lambda: Person.objects.filter(pk=credit.person_id).update(name="新摄影"))
    assert ">新摄影</a>" in photo(html)
    html = after(url, lambda: PhotoCredit.objects.filter(photo=shot).delete())
    assert shot.credit_line in photo(html) and "新摄影" not in photo(html)
    if where == "page":
        html = after(url, lambda: Article.objects.filter(pk=story.pk).update(headline="改题"))
        assert "相关报道：改题" in photo(html)


def card(html: str, label: str) -> str:
    return html.split(f'aria-labelledby="page-{label}"')[1].split("</section>")[0]


def test_an_issue_pages_card_follows_its_stories_and_the_page(edition, after):
    story = edition.article(PARTY)
    html = after(ISSUE_URL, lambda: Article.objects.filter(pk=story.pk).update(headline="新题"))
    assert f'<a href="{story.get_absolute_url()}">新题</a>' in card(html, "A1")
    html = after(ISSUE_URL, lambda: Page.objects.filter(pk=edition.a1.pk).update(section="要闻"))
    assert '<span class="label">A1版</span>要闻</a>' in card(html, "A1")
    html = after(ISSUE_URL, lambda: Article.objects.filter(pk=story.pk).update(status="draft"))
    assert story.get_absolute_url() not in card(html, "A1")


def related(html: str) -> str:
    return html.split('<section class="related"')[1].split("</section>")[0]


def test_a_storys_related_list_follows_an_edit_to_a_story_listed(edition, after, client):
    url = edition.url(PARTY)
    listed = client.get(url).context["related"][0]
    html = after(url, lambda: Article.objects.filter(pk=listed.pk).update(headline="相关新题"))
    assert f'<a href="{listed.get_absolute_url()}">相关新题</a>' in related(html)


def teasers(html: str) -> str:
    return html.split('<ul class="teasers">')[1].split("</ul>")[0]


def test_a_pages_teasers_follow_their_title_target_and_story(edition, after):
    teaser = Teaser.objects.filter(page=edition.a1).order_by("position").first()
    html = after(
        A1_URL, lambda: Teaser.objects.filter(pk=teaser.pk).update(title_lines=["新", "导读"])
    )
    assert '<span class="t-title">新 导读</span>' in teasers(html)
    html = after(
        A1_URL,
        lambda: Teaser.objects.filter(pk=teaser.pk).update(
            target_label="A2", target_section="新闻"
        ),
    )
    assert f'<a href="/{PAPER}/{DAY}/A2/">' in teasers(html) and "A2版 新闻" in teasers(html)
    story = edition.article(PARTY)
    html = after(A1_URL, lambda: Teaser.objects.filter(pk=teaser.pk).update(target_article=story))
    assert f'<a href="{story.get_absolute_url()}">' in teasers(html)


def test_a_page_of_no_paper_names_the_sites_paper_once_it_has_a_public_issue(
    client, draft_edition, settings
):
    settings.NEWSROOM_DEFAULT_PAPER = PAPER
    masthead = client.get("/people/").content.decode().split("<main")[0]
    assert "南通日报" not in masthead  # no public issue yet: the paper is not named
    publish_everything()
    assert Issue.objects.filter(status="published").exists()
    html = client.get("/people/").content.decode()
    assert f'<a href="/{PAPER}/">南通日报</a>' in html.split("<main")[0]
    assert "南通日报 · 数字报" in html.split("</main>")[1]


def head(html: str) -> str:
    return html.split('<p class="crumbs">')[1].split("</header>")[0]


def foot(html: str) -> str:
    return html.split('<p class="printed-on">')[1].split("</nav>")[0]


def test_a_storys_head_follows_its_deck_byline_reporters_and_pages(edition, after):
    story = edition.article(WORKS)
    url = story.get_absolute_url()
    only = Article.objects.filter(pk=story.pk)
    html = after(url, lambda: only.update(kicker="新引题", subheadline="新副题"))
    assert '<p class="kicker">新引题</p>' in head(html) and '<p class="sub">新副题</p>' in head(
        html
    )
    html = after(url, lambda: only.update(headline=""))
    assert "<h1>新引题</h1>" in head(html) and "kicker" not in head(html)
    person = story.bylines.order_by("order").first().person
    html = after(url, lambda: Person.objects.filter(pk=person.pk).update(name="改名记者"))
    assert 'rel="author">改名记者</a>' in head(html)

    def bylined_by_hand():
        story.bylines.all().delete()
        only.update(byline="通讯员 某某")

    html = after(url, bylined_by_hand)
    assert "通讯员 某某 · " in head(html) and "记者" not in head(html)
    html = after(url, lambda: Page.objects.filter(pk=edition.a1.pk).update(section="要闻"))
    assert "A1版 要闻</a></p>" in head(html)
    html = after(url, lambda: Page.objects.filter(pk=edition.a2.pk).update(label="A6"))
    assert f'<a href="/{PAPER}/{DAY}/A6/">A6版</a></p>' in head(html)


def test_a_storys_foot_follows_its_pages_section_and_neighbours(edition, after, client):
    story = edition.article(WORKS)
    url = story.get_absolute_url()
    html = after(url, lambda: Page.objects.filter(pk=edition.a1.pk).update(section="要闻"))
    assert f'版 · <a href="/{PAPER}/sections/%E8%A6%81%E9%97%BB/">要闻</a>' in foot(html)
    html = after(url, lambda: Page.objects.filter(pk=edition.a2.pk).update(label="A6"))
    assert f'<a href="/{PAPER}/{DAY}/A6/">A6</a>版' in foot(html)
    cache.clear()
    response = client.get(url)
    neighbour = response.context["next_article"] or response.context["previous_article"]
    html = after(url, lambda: Article.objects.filter(pk=neighbour.pk).update(headline="邻篇新题"))
    assert "邻篇新题</a>" in foot(html)


def json_ld_of(html: str) -> dict:
    import json

    return json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])


def test_a_storys_json_ld_follows_every_value_it_gives(edition, after, client, settings):
    from django.utils import timezone

    story = edition.article(PARTY)
    url = story.get_absolute_url()
    html = after(url, lambda: Article.objects.filter(pk=story.pk).update(dateline="南通讯"))
    assert json_ld_of(html)["dateline"] == "南通讯"
    story.refresh_from_db()  # an edit readers see after publication: dateModified is its time
    story.save()  # (its history's published version: the fixture publishes by update())
    story.dateline, story._change_reason = "本报南通讯", "编辑修改"
    html = after(url, story.save)
    edited = timezone.localtime(story.history.latest("history_date").history_date)
    assert json_ld_of(html)["dateModified"] == edited.isoformat(timespec="seconds")
    assert json_ld_of(html)["dateModified"].endswith("+08:00")  # Asia/Shanghai
    html = after(url, lambda: Article.objects.filter(pk=story.pk).update(kicker="新引题"))
    assert json_ld_of(html)["alternativeHeadline"].startswith("新引题")
    html = after(url, lambda: Issue.objects.update(number=4321))
    assert json_ld_of(html)["isPartOf"]["issueNumber"] == "4321"
    html = after(url, lambda: Page.objects.filter(pk=story.page_id).update(section="新栏目"))
    assert json_ld_of(html)["articleSection"] == "新栏目"
    settings.ALLOWED_HOSTS = ["*"]
    other_host = client.get(url, HTTP_HOST="epaper.example.org").content.decode()
    assert json_ld_of(other_host)["url"].startswith("http://epaper.example.org/")


def test_a_storys_json_ld_is_worked_out_once_per_text(edition, client, monkeypatch):
    from articles import public

    calls = []
    original = public.news_article_ld
    monkeypatch.setattr(
        "articles.views.story.news_article_ld",
        lambda *args: calls.append(args) or original(*args),
    )
    url = edition.article(PARTY).get_absolute_url()
    first = client.get(url).content
    cache.clear()
    assert client.get(url).content == first
    assert len(calls) <= 1  # none when an earlier test left the fragment remembered


def test_a_pages_title_links_crumbs_heading_and_pager_follow_every_value_they_show(edition, after):
    from articles.models import Publication

    html = after(A1_URL, lambda: Page.objects.filter(pk=edition.a1.pk).update(section="新要闻"))
    heading = html.split('<div class="pagehead">')[1].split("</div>")[0]
    assert "新要闻</a></h1>" in heading and "<title>A1版 新要闻 · " in html
    html = after(A1_URL, lambda: Page.objects.filter(pk=edition.a2.pk).update(label="A7"))
    assert f'<link rel="next" href="/{PAPER}/{DAY}/A7/">' in html
    assert f'<a href="/{PAPER}/{DAY}/A7/" rel="next">下一版 ›</a>' in html
    html = after(A1_URL, lambda: Publication.objects.update(name="新报名"))
    crumbs = html.split('<p class="crumbs">')[1].split("</p>")[0]
    assert ">新报名</a>" in crumbs and " · 新报名 " in html.split("<title>")[1]


def test_an_issues_title_heading_pager_and_side_links_follow_every_value_they_show(edition, after):
    from datetime import date

    html = after(ISSUE_URL, lambda: Issue.objects.update(number=5678))
    assert "第5678期 · 数字报</title>" in html
    assert "· 第5678期 · 共2版</small></h1>" in html
    issue = Issue.objects.get()
    html = after(
        ISSUE_URL,
        lambda: Issue.objects.create(
            publication=issue.publication, date=date(2020, 7, 10), status="published"
        ),
    )
    next_url = f"/{PAPER}/2020-07-10/"
    assert f'<a href="{next_url}" rel="next">下一期 ›</a>' in html
    assert f'<a href="{next_url}">2020年7月10日 ›</a>' in html


def test_a_storys_title_and_twin_link_follow_its_title_paper_and_date(edition, after, client):
    from articles.models import Publication

    story = edition.article(PARTY)
    url = story.get_absolute_url()
    html = after(url, lambda: Article.objects.filter(pk=story.pk).update(headline="新主题"))
    assert "<title>新主题 · " in html
    html = after(url, lambda: Publication.objects.update(name="新报名"))
    assert " · 新报名 2020年7月9日</title>" in html
    client.get(url)
    Publication.objects.update(slug="new-paper")
    cache.clear()
    html = client.get(url.replace(f"/{PAPER}/", "/new-paper/")).content.decode()
    twin = f'href="/new-paper/{DAY}/article/{story.pk}.json"'
    assert f'<link rel="alternate" type="application/json" {twin}>' in html


def test_a_remembered_fragment_is_kept_apart_for_each_language_a_page_is_rendered_in():
    from django.template import Context, Template

    fragment = Template(
        "{% load epaper i18n %}{% remembered 1 %}{% get_current_language as L %}{{ L }}"
        "{% endremembered %}"
    )
    shown = {}
    for language in ("en", "zh-hans", "en"):
        with translation.override(language):
            shown.setdefault(language, set()).add(fragment.render(Context()))
    assert shown == {"en": {"en"}, "zh-hans": {"zh-hans"}}


def test_a_pages_fragments_read_the_language_once_a_render(monkeypatch):
    from django.template import Context, Template

    from articles.templatetags import epaper

    calls = []
    real = epaper.get_language
    monkeypatch.setattr(epaper, "get_language", lambda: calls.append(1) or real())
    page = Template("{% load epaper %}" + "{% remembered 2 %}x{% endremembered %}" * 10)
    with translation.override("zh-hans"):
        assert page.render(Context()) == "x" * 10
        assert page.render(Context()) == "x" * 10
    assert len(calls) == 2  # once for each render


def test_no_public_template_switches_the_language_while_it_renders():
    # addresses.language() is read once for the page: a {% language %} block inside would
    # remember its fragments under the page's language.
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "templates"
    public = [p for p in root.rglob("*") if p.is_file() and "admin" not in p.parts]
    assert public
    assert not [p for p in public if "{% language" in p.read_text(encoding="utf-8")]


def test_the_page_view_works_out_each_pages_address_once_a_render(client, edition, monkeypatch):
    # The tabs, the list of pages, the pager and the jump lines all name the issue's pages.
    client.get(A1_URL)
    cache.clear()
    asked = []
    address = Page.get_absolute_url
    monkeypatch.setattr(
        Page, "get_absolute_url", lambda page: asked.append(page.pk) or address(page)
    )
    html = client.get(A1_URL).content.decode()
    assert asked and len(asked) == len(set(asked))  # once each
    assert all(address(Page.objects.get(pk=pk)) in html for pk in asked)


def test_a_pages_body_follows_its_picture_its_size_and_its_zones(edition, after):
    from articles.models import PageImage, Zone

    page = Page.objects.get(label="A1")
    part = ArticlePart.objects.filter(page=page).order_by("position").first()
    picture = PageImage.objects.create(
        page=page, pdf="pages/aa/one.pdf", pdf_checksum="a" * 64, image="pages/aa/one.webp",
        thumbnail="pages/aa/one-thumb.webp", width=800, height=1200,
    )  # fmt: skip
    zone = Zone.objects.create(page=page, part=part, rects=[[0.1, 0.1, 0.5, 0.3]])

    def resized():
        PageImage.objects.filter(pk=picture.pk).update(width=900, image="pages/bb/two.webp")

    html = after(A1_URL, resized)
    assert 'viewBox="0 0 900 1200"' in html and "pages/bb/two.webp" in html
    html = after(A1_URL, lambda: Zone.objects.filter(pk=zone.pk).update(rects=[[0, 0, 1, 1]]))
    assert Zone.objects.get(pk=zone.pk).svg_path(900, 1200) in html
    html = after(A1_URL, lambda: PageImage.objects.filter(pk=picture.pk).delete())
    assert '<figure class="page-picture"' not in html
