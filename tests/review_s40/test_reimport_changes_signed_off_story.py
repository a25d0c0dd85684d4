"""A re-import that changes a signed-off story's text leaves it 已签发: unsigned text is published.

On a paper with 发布须经签发 the chief editor signs a story off, and only what was signed off may
go out. README (Sign-off): "a signed-off story whose deck, byline, reporters or text an editor
then changes goes back to 待审 (history: ``签发后修改，改回待审``), so what is published is what
was signed off"; a spreadsheet edit does the same (Spreadsheets). A corrected page imported
afterwards (``import_pages``, or the desk's 上传版面 by an editor) rewrites the signed-off
story's text in place — the history says ``重新导入A1.txt：版面文本有更正`` — but the story
stays 已签发 with the old 签发人, so 发布本期 / 定时发布 publish a text nobody signed off, and
nothing on the desk says the sign-off no longer covers it.

The same happens when a late page's continuation joins a signed-off story (README,
Continuations: on such a paper a link is held "instead of publishing an unsigned head"; here the
unsigned text is the tail): the story, 已签发, now holds a whole page of text nobody signed off.

Steps: turn on 发布须经签发 for 南通日报; import the seed; the chief editor signs off
“全市打好污染防治攻坚战”; import A1 again with a word changed in that story; the story is still
已签发 with the new text. Or, after the sign-off, import tests/data/jumps/A2.txt.
"""

import pytest
from django.contrib.auth import get_user_model

from articles.management.commands.setup_roles import ensure_groups
from articles.models import Article, Publication, Status
from articles.signoff import stories_sign_off
from tests.admin.conftest import JUMPS
from tests.factories import SEED, import_seed, import_text

pytestmark = pytest.mark.django_db


def signed_off_story():
    import_seed()
    Publication.objects.update(review_required=True)
    chief = get_user_model().objects.create_user("desk-chief", password="x", is_staff=True)
    chief.groups.add(ensure_groups()[2])
    story = Article.objects.get(headline="全市打好污染防治攻坚战")
    stories_sign_off(articles=Article.objects.filter(pk=story.pk), user=chief)
    story.refresh_from_db()
    assert story.status == Status.SIGNED_OFF
    return story


def test_a_reimport_that_changes_a_signed_off_story_sends_it_back_to_review():
    story = signed_off_story()

    text = SEED.read_text(encoding="utf-8")
    corrected = text.replace("黄巍东出席会议并讲话", "黄巍东出席会议并作重要讲话", 1)
    assert corrected != text
    import_text(corrected, "A1")
    story.refresh_from_db()
    assert "作重要讲话" in story.parts.get().text()  # the text the chief never saw
    assert story.status != Status.SIGNED_OFF


def test_a_late_continuation_joining_a_signed_off_story_sends_it_back_to_review():
    story = signed_off_story()
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    story.refresh_from_db()
    assert [part.page.label for part in story.parts.all()] == ["A1", "A2"]
    assert story.status != Status.SIGNED_OFF
