"""An editor who adds a reporter already credited on the story is told ``请修改person的重复数据``.

Who sees it: an editor at the story's desk form (稿件 → 记者 rows) picks, in a new row (or by
mistake in a second row), a reporter the story already credits: the usual slip when the same
name is printed twice or the autocomplete offers it again. The save is refused, rightly, but
the message is Django's formset text with the model field's code name in it:
``请修改person的重复数据`` / ``请修正重复的数据.``: an English word, and no hint which reporter is
listed twice. The photo form's 摄影 rows (PhotoCredit) say the same. Every other refusal of the
desk says in Chinese what is wrong and what to do (README, The editors' desk).

Expected: the error is Chinese throughout, names the reporter listed twice (朱文君) and says to
remove one of the rows; nothing is saved.
"""

import re

import pytest

from articles.models import Byline
from tests.admin.conftest import form_data
from tests.public.conftest import LEAD, make_edition

pytestmark = pytest.mark.django_db


def _errors(response) -> str:
    html = response.content.decode()
    found = re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', html, re.S)
    return re.sub(r"<[^>]+>", " ", " ".join(found))


def test_same_reporter_in_two_rows_is_refused_naming_the_reporter(editor_client):
    edition = make_edition()
    story = edition.article(LEAD)
    url = f"/admin/articles/article/{story.pk}/change/"
    data = form_data(editor_client.get(url), "article_form")
    credited = list(story.bylines.order_by("order").values_list("person__name", flat=True))
    assert credited[0] == "朱文君"
    data["bylines-1-person"] = data["bylines-0-person"]  # 朱文君 picked again in the 2nd row
    data["_save"] = "保存"
    response = editor_client.post(url, data)

    assert response.status_code == 200, "refused: the form is shown again"
    assert (
        list(
            Byline.objects.filter(article=story)
            .order_by("order")
            .values_list("person__name", flat=True)
        )
        == credited
    ), "nothing saved"
    errors = _errors(response)
    assert "person" not in errors, f"no code name of a field in the desk's words: {errors}"
    assert "朱文君" in errors, f"the error names the reporter listed twice: {errors}"


def test_same_photographer_in_two_rows_is_refused_naming_the_photographer(editor_client):
    from articles.models import Photo

    make_edition()
    photo = Photo.objects.get()
    url = f"/admin/articles/photo/{photo.pk}/change/"
    data = form_data(editor_client.get(url), "photo_form")
    total = int(data["credits-TOTAL_FORMS"])
    data.update(
        {
            f"credits-{total}-person": data["credits-0-person"],  # 许丛军 again, a new row
            f"credits-{total}-order": "1",
            f"credits-{total}-photo": str(photo.pk),
            f"credits-{total}-id": "",
            "credits-TOTAL_FORMS": str(total + 1),
            "_save": "保存",
        }
    )
    response = editor_client.post(url, data)

    assert response.status_code == 200, "refused: the form is shown again"
    assert photo.credits.count() == 1, "nothing saved"
    errors = _errors(response)
    assert "person" not in errors, f"no code name of a field in the desk's words: {errors}"
    assert "许丛军" in errors, f"the error names the photographer listed twice: {errors}"
