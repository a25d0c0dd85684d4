"""{% remembered %} (articles/templatetags/epaper.py): the masthead, footer and month calendar are
rendered once per process for each set of values they show, and never outlive a change to one
of them."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.cache import cache
from django.template import Context, Template, TemplateSyntaxError

from articles.models import Article, ArticlePart, Issue, Person, Publication
from tests.factories import import_text
from tests.public.conftest import A2_TEXT, DAY, ISSUE_URL, LEAD, PAPER, publish_everything


def render(source: str, **context) -> str:
    return Template("{% load epaper %}" + source).render(Context(context))


def test_a_fragment_is_rendered_once_for_each_set_of_values():
    template = Template(
        "{% load epaper %}{% remembered day %}{{ day }} {{ other }}{% endremembered %}"
    )
    assert template.render(Context({"day": "9日", "other": "a"})) == "9日 a"
    # ``other`` is not one of its values: the text kept for 9日 is given again (which is why
    # the values must name everything the block reads)
    assert template.render(Context({"day": "9日", "other": "b"})) == "9日 a"
    assert template.render(Context({"day": "10日", "other": "b"})) == "10日 b"
    # another template's block is another fragment
    assert render("{% remembered day %}{{ other }}{% endremembered %}", day="9日", other="c") == "c"


def test_a_template_compiled_again_never_gets_the_old_blocks_text():
    # runserver compiles a template again after it is edited: the old compiled block may be freed
    # and the new one land at the same address, so blocks are told apart by a number of their own
    for round_ in range(50):
        for text in ("A", "B"):
            source = f"{{% remembered day %}}{text}{{% endremembered %}}"
            assert render(source, day="9日") == text, round_


def test_an_object_is_refused_as_a_value(edition):
    with pytest.raises(TemplateSyntaxError, match="plain values"):
        render("{% remembered issue %}x{% endremembered %}", issue=Issue.objects.get())


def test_the_masthead_and_footer_follow_a_renamed_paper_and_a_new_issue_number(client, edition):
    assert "第" not in client.get(ISSUE_URL).content.decode().split("<main")[0]
    Issue.objects.update(number=12345)
    Publication.objects.update(name="南通日报（测试）")
    cache.clear()
    html = client.get(ISSUE_URL).content.decode()
    masthead, footer = html.split("<main")[0], html.split("</main>")[1]
    assert "第12345期" in masthead and "南通日报（测试）" in masthead
    assert "南通日报（测试） · 数字报" in footer


def test_the_calendar_links_an_issue_published_later_in_the_month(client, edition):
    next_day = date(2020, 7, 10)
    assert f'href="/{PAPER}/{next_day}/"' not in client.get(ISSUE_URL).content.decode()
    import_text(A2_TEXT, "A2", when=next_day)
    publish_everything()
    html = client.get(ISSUE_URL).content.decode()
    assert f'<a href="/{PAPER}/{next_day}/" title="2020年7月10日">10</a>' in html
    assert f'aria-current="date">{int(DAY[-2:])}</a>' in html


def test_a_story_block_on_its_page_follows_every_edit_it_shows(client, edition):
    page_url = f"/{PAPER}/{DAY}/A1/"
    story = Article.objects.get(headline=LEAD)
    person = story.bylines.order_by("order").first().person

    def after(change) -> str:
        client.get(page_url)  # the block as it was, remembered
        change()
        cache.clear()
        return client.get(page_url).content.decode()

    html = after(lambda: Article.objects.filter(pk=story.pk).update(headline="新的主题"))
    assert "新的主题" in html and LEAD not in html
    html = after(lambda: Article.objects.filter(pk=story.pk).update(kicker="新的引题"))
    assert '<p class="kicker">新的引题</p>' in html
    html = after(lambda: Person.objects.filter(pk=person.pk).update(name="新记者"))
    assert ">新记者</a>" in html
    paragraph = [{"kind": "paragraph", "text": "新的导语。"}]
    html = after(
        lambda: ArticlePart.objects.filter(article=story, sequence=0).update(blocks=paragraph)
    )
    assert '<p class="excerpt">新的导语。</p>' in html


def test_the_fragments_kept_stay_within_a_character_budget(monkeypatch):
    from articles.templatetags import epaper

    monkeypatch.setattr(epaper, "REMEMBERED_CHARACTERS", 1_000)
    template = Template(
        "{% load epaper %}{% remembered text %}{{ text }}|{{ other }}{% endremembered %}"
    )
    long_text = "报" * 400
    assert template.render(Context({"text": long_text, "other": "a"})).endswith("|a")
    # kept: 400 characters of HTML and 400 of key text
    assert template.render(Context({"text": long_text, "other": "b"})).endswith("|a")
    # the next fragment would pass the budget: the store starts again, this one kept alone
    assert template.render(Context({"text": "社" * 400, "other": "c"})).endswith("|c")
    assert epaper._remembered_size[0] <= 1_000
    # so the first one is rendered afresh
    assert template.render(Context({"text": long_text, "other": "d"})).endswith("|d")


def test_the_sites_style_sheet_is_rendered_once_per_process(client, edition, settings):
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = 0  # each page rendered
    client.get(ISSUE_URL)
    response = client.get(ISSUE_URL)
    assert "<style>" in response.content.decode()
    assert "includes/site.css" not in [t.name for t in response.templates]


def test_a_fragment_is_counted_twice_its_length_whatever_its_key(monkeypatch):
    from articles.templatetags import epaper

    monkeypatch.setattr(epaper, "_remembered", {})
    monkeypatch.setattr(epaper, "_remembered_size", [0])
    # A key is not walked to count its text: taken as long as the fragment's.
    epaper.remember((object(), ("键" * 10_000,)), lambda: "文" * 100)
    assert epaper._remembered_size == [200]
