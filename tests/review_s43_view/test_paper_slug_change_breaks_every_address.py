"""An editor changes a paper's URL 标识 at the desk: every published address of its archive is
a 404 at once, with no word on the form.

Who sees it: readers, and everyone who linked the paper. ``articles/urls.py`` promises "the
public e-paper's addresses: readable, hierarchical and stable" (a story: "the id never changes
on edit"), and README (Importing) keeps a story's address working even when a re-import drops
it. But the paper's slug is the first segment of every address
(``/<paper>/<YYYY-MM-DD>/article/<id>/``), and the 报纸 form lets any editor change it
(``articles/admin/issues.py``, ``PublicationAdmin``): the save goes through silently, nothing
redirects the old addresses, and every story, page, issue, section and feed address that
readers, search engines and other sites hold is a 404 from then on (until the cache
drops them, the old addresses even keep serving the pages as last rendered, whose links
then lead to 404s).

Expected (either is right): the old addresses answer with a permanent redirect to the new
ones, or the desk refuses to change the slug of a paper that has published issues, saying why
(its addresses are public) and leaving it as it was.
"""

import pytest

from articles.models import Publication
from tests.admin.conftest import form_data
from tests.public.conftest import LEAD, make_edition

pytestmark = pytest.mark.django_db


def test_old_addresses_still_lead_to_the_story_after_a_slug_change(editor_client):
    edition = make_edition()
    paper = Publication.objects.get()
    story_url = edition.url(LEAD)
    old = {
        "story": story_url,
        "page": "/nantong-daily/2020-07-09/A1/",
        "issue": "/nantong-daily/2020-07-09/",
        "feed": "/nantong-daily/feed.xml",
    }
    assert all(editor_client.get(url).status_code == 200 for url in old.values())

    url = f"/admin/articles/publication/{paper.pk}/change/"
    data = form_data(editor_client.get(url), "publication_form")
    data["slug"] = "nantong-news"
    data["_save"] = "保存"
    response = editor_client.post(url, data)
    paper.refresh_from_db()

    if paper.slug == "nantong-daily":  # refused: it must say why, on the form
        assert response.status_code == 200
        assert "nantong-news" in response.content.decode()
        return
    for what, address in old.items():
        reply = editor_client.get(address)
        assert reply.status_code == 301, f"{what} {address}: {reply.status_code}"
        assert reply["Location"].startswith("/nantong-news/"), (what, reply["Location"])
