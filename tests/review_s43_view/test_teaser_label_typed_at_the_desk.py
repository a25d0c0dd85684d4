"""A teaser's 目标版次 typed at the desk as printed (``Ａ３``, ``第三版``, ``a3``) is stored as typed:
the teaser never links to the page, and readers see ``Ａ３版``.

Who sees it: an editor corrects a front-page teaser (导读) on the desk's 导读 form to point at
the page it really announces, typing the label with a Chinese input method (full-width ``Ａ３``)
or as the paper prints it (``第三版``). The form saves without a word. Readers of A1 then get the
teaser as plain text, no link, labelled ``Ａ３版`` / ``第三版版``, although A3 is in the issue and
public: the public page links a teaser only when its label is a page's label exactly
(``articles/selectors/pages.py``, ``page_teasers``), and the importer normalises every label it
reads (``articles/labels.py``, ``normalize_label``: ``ａ３`` → ``A3``, ``第二版`` → ``2``).

Expected: the desk normalises the label as the importer does (or refuses what is no label,
``A0``, with an error on the field saying why), so the saved teaser links to page A3.
"""

import pytest
from django.core.cache import cache

from articles.models import Teaser
from tests.admin.conftest import form_data
from tests.factories import import_text
from tests.public.conftest import make_edition, synthetic_page

pytestmark = pytest.mark.django_db

A3_URL = "/nantong-daily/2020-07-09/A3/"


def _edition_with_a3():
    make_edition(publish=False)
    import_text(synthetic_page("A3", "民生", 1, 0, by="钱立"), "A3")
    from tests.public.conftest import publish_everything

    publish_everything()
    return Teaser.objects.get(target_label="A4")


def _save_label(client, teaser, label):
    url = f"/admin/articles/teaser/{teaser.pk}/change/"
    data = form_data(client.get(url), "teaser_form")
    data["target_label"] = label
    data["_save"] = "保存"
    return client.post(url, data)


@pytest.mark.parametrize("typed", ["Ａ３", "a3", "Ａ3 "])
def test_teaser_label_typed_full_width_links_to_the_page(editor_client, typed):
    teaser = _edition_with_a3()
    response = _save_label(editor_client, teaser, typed)
    assert response.status_code == 302, "the label names page A3: the form saves it"
    teaser.refresh_from_db()
    assert teaser.target_label == "A3"
    cache.clear()
    page = editor_client.get("/nantong-daily/2020-07-09/A1/").content.decode()
    assert f'href="{A3_URL}"' in page, "A1's teaser links to page A3"


def test_teaser_label_that_is_no_page_label_is_refused(editor_client):
    teaser = _edition_with_a3()
    response = _save_label(editor_client, teaser, "A0")
    assert response.status_code == 200, "版次从 1 开始: the form is shown again"
    assert "版次" in response.content.decode()
    teaser.refresh_from_db()
    assert teaser.target_label == "A4", "nothing saved"
