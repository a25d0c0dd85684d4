"""A photo's desk form opened before a re-import, saved after it.

README promises a stale *story or part* form is refused ("已被修改"); the photo form carries no
version. An editor opens the seed photo's form, the page is re-imported with a corrected
caption, the editor changes only the 署名行 and saves: the save succeeds and silently puts
the old caption back (and marks the photo edited by hand, so re-imports keep the old caption).

Steps: import the seed; open /admin/articles/photo/<id>/change/; re-import A1 with a word added
to the caption; post the opened form with a new credit line.
"""

import pytest
from django.urls import reverse

from articles.models import Photo
from tests.admin.conftest import editor, editor_client, form_data, groups  # noqa: F401
from tests.factories import SEED, import_seed, import_text

pytestmark = pytest.mark.django_db


def test_a_stale_photo_form_does_not_revert_the_reimported_caption(editor_client):  # noqa: F811
    import_seed()
    photo = Photo.objects.get()
    url = reverse("admin:articles_photo_change", args=[photo.pk])
    opened = form_data(editor_client.get(url))
    text = SEED.read_text(encoding="utf-8")
    import_text(text.replace("昨晚，观众在", "昨晚，许多观众在", 1), "A1")
    photo.refresh_from_db()
    assert photo.caption.startswith("昨晚，许多观众在")

    editor_client.post(url, {**opened, "credit_line": "记者 许丛军 摄影", "_save": "1"})

    photo.refresh_from_db()
    assert photo.caption.startswith("昨晚，许多观众在")
