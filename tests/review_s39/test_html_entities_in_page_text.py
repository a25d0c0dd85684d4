"""HTML character references in a web-archive page are published literally (``&nbsp;``, ``&ldquo;``).

INPUT.md: web-archive and e-paper dumps carry "HTML remnants (`<br/>`)"; the parser drops the
tags (``<br/>`` splits paragraphs). But text scraped from an HTML page just as often keeps its
character references: ``&nbsp;`` between sentences, ``&ldquo;…&rdquo;`` for quotation marks,
``&mdash;&mdash;`` for a dash, ``&amp;``. The importer keeps them as letters, so the story
reads ``…办学条件。&nbsp;&nbsp;他说：&ldquo;谢谢大家&rdquo;`` on the public page (escaped
again, so the reader sees the code, not the mark), in the feed, the JSON twin and search
snippets; and the quotation never pairs for the proofreader.

Tags other than ``<br>`` fare no better: a page scraped as ``<p>…</p>`` paragraphs becomes one
paragraph holding the tags, and the ``本报讯（记者 钱立）`` behind ``<p>`` is no dateline (no
reporter credited).

Steps: import a page whose text has ``<br/>`` and such references (below); publish; open the
story's page. Or import ``TAGGED`` and look at the story.
"""

import pytest

from articles.models import Article, Issue
from articles.publishing import issue_publish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = (
    "湖畔小学迎来新校舍\n\n"
    "本报讯（记者 钱立）湖畔小学新校舍昨天投入使用，可容纳学生一千二百名。<br/><br/>"
    "新校舍共有教室四十八间，并配有图书馆和室内体育馆。<br/>"
    "校长表示，新校舍将大大改善办学条件。&nbsp;&nbsp;他说：&ldquo;谢谢大家&rdquo;。\n"
)


def test_character_references_are_read_as_the_characters_they_stand_for(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(PAGE, "A1")
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get()
    html = client.get(f"/nantong-daily/2020-07-09/article/{story.pk}/").content.decode()
    assert "“谢谢大家”" in html
    assert "&amp;ldquo;" not in html and "&amp;nbsp;" not in html


TAGGED = (
    "湖畔小学迎来新校舍\n\n"
    "<p>本报讯（记者 钱立）湖畔小学新校舍昨天投入使用，可容纳学生一千二百名。</p>\n"
    "<p>新校舍共有教室四十八间，并配有图书馆和室内体育馆。</p>\n"
)


def test_paragraph_tags_are_paragraphs_not_text():
    import_text(TAGGED, "A1")
    story = Article.objects.get()
    texts = [block["text"] for block in story.parts.get().blocks]
    assert not any("<p>" in text for text in texts)
    assert len(texts) == 2
    assert story.dateline == "本报讯"
    assert [person.name for person in story.reporters.all()] == ["钱立"]
