"""A front-page teaser (导读) whose 标题行 an editor empties is saved: readers get a blank item.

Who sees it: readers of the front page. The desk's 导读 form (``articles/forms/desk.py``,
``TeaserForm``, 标题行 "每行一个标题行") takes an empty box, or one of nothing but spaces (a
full-width space, line breaks), and stores ``[]``. The page then lists an item with an empty
title and only its target (``<span class="t-title"></span>… A4版 看南通·要闻``), in the page's
JSON twin as ``"title_lines": []``: a pointer to nothing readers can read. The importer never
makes such a teaser (a teaser is its title lines and the page they announce, INPUT.md
"Teasers (导读)"), and every other desk form says in Chinese what is missing.

Expected: the form refuses an empty 标题行 with an error on the field (fill in the teaser's
title, or leave the teaser as it was); nothing is saved.
"""

import pytest

from articles.models import Teaser
from tests.admin.conftest import form_data
from tests.public.conftest import make_edition

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("typed", ["", "\u3000\r\n "], ids=["empty", "spaces"])
def test_teaser_title_cannot_be_emptied(editor_client, typed):
    make_edition()
    teaser = Teaser.objects.get(target_label="A4")
    before = list(teaser.title_lines)
    assert before

    url = f"/admin/articles/teaser/{teaser.pk}/change/"
    data = form_data(editor_client.get(url), "teaser_form")
    data["title_lines"] = typed
    data["_save"] = "保存"
    response = editor_client.post(url, data)

    teaser.refresh_from_db()
    assert response.status_code == 200, "refused: the form is shown again with an error"
    assert "标题" in response.content.decode()
    assert teaser.title_lines == before, "nothing saved"
