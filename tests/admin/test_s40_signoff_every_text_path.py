"""Every path that changes a signed-off story's printed text ends its sign-off, as the story
form does (README, Sign-off: "a signed-off story whose deck, byline, reporters or text an editor
then changes goes back to 待审 … so what is published is what was signed off"): the part's own
form (稿件分段) and a re-imported page, the story's own or its continuation's."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.urls import reverse

from articles.management.commands.setup_roles import ensure_groups
from articles.models import Article, Publication, Status
from articles.signoff import EDITED_AFTER_SIGNOFF_REASON, stories_sign_off
from tests.admin.conftest import JUMPS, form_data
from tests.factories import SEED, import_seed, import_text

pytestmark = pytest.mark.django_db

HEADLINE = "全市打好污染防治攻坚战"
A2 = (JUMPS / "A2.txt").read_text(encoding="utf-8")


def signed_off(*, with_a2: bool = False) -> Article:
    import_seed()
    if with_a2:
        import_text(A2, "A2")
    Publication.objects.update(review_required=True)
    chief = get_user_model().objects.create_user("chief", password="x", is_staff=True)
    chief.groups.add(ensure_groups()[2])
    story = Article.objects.get(headline=HEADLINE)
    stories_sign_off(articles=Article.objects.filter(pk=story.pk), user=chief)
    story.refresh_from_db()
    assert story.status == Status.SIGNED_OFF
    return story


def last_reason(story: Article) -> str:
    return story.history.order_by("-history_id").first().history_change_reason


def part_edit(client, story: Article) -> list[str]:
    """Change a word of the story's A1 part in the part's own form; the messages shown."""
    url = reverse("admin:articles_articlepart_change", args=[story.parts.get(sequence=0).pk])
    data = form_data(client.get(url))
    data.update(blocks=data["blocks"].replace("出席会议并讲话", "出席会议并作重要讲话"))
    response = client.post(url, data)
    assert response.status_code == 302
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_the_part_form_follows_the_story_forms_sign_off_rule(editor_client, chief_client):
    story = signed_off()
    notes = part_edit(editor_client, story)
    story.refresh_from_db()
    assert story.status == Status.REVIEW
    assert story.signed_off_by is None and story.signed_off_at is None
    assert last_reason(story) == EDITED_AFTER_SIGNOFF_REASON
    assert any("改回“待审”" in note for note in notes)

    # A chief editor's own edit keeps his sign-off, as in the story form.
    chief = get_user_model().objects.get(username="desk-chief")
    stories_sign_off(articles=Article.objects.filter(pk=story.pk), user=chief)
    part_edit(chief_client, story)
    story.refresh_from_db()
    assert story.status == Status.SIGNED_OFF


def test_a_reimport_ends_the_sign_off_only_when_the_text_changed_and_says_why():
    story = signed_off()
    text = SEED.read_text(encoding="utf-8")
    import_text(text, "A1")  # the same page again: nothing changes
    story.refresh_from_db()
    assert story.status == Status.SIGNED_OFF and story.signed_off_by is not None

    import_text(text.replace("出席会议并讲话", "出席会议并作重要讲话", 1), "A1")
    story.refresh_from_db()
    assert story.status == Status.REVIEW
    assert story.signed_off_by is None and story.signed_off_at is None
    assert last_reason(story) == f"重新导入A1.txt：版面文本有更正：{EDITED_AFTER_SIGNOFF_REASON}"


def test_a_corrected_continuation_page_sends_its_signed_off_story_back_to_review():
    story = signed_off(with_a2=True)
    import_text(A2.replace("客观公正开展", "客观公正地开展"), "A2")
    story.refresh_from_db()
    assert "客观公正地开展" in story.parts.get(sequence=1).text()
    assert story.status == Status.REVIEW
    assert last_reason(story) == f"重新导入A2.txt：版面文本有更正：{EDITED_AFTER_SIGNOFF_REASON}"
