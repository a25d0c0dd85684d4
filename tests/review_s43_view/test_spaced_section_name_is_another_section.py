"""A 版名 printed spaced out (``要　闻``, ``要 闻``: two characters set to a wider measure, as
papers print their page names) is a section of its own for readers, apart from ``要闻``.

Who sees it: readers of 栏目 (``/<paper>/sections/``). A paper prints the same page name
``要闻`` one day and ``要　闻`` (a full-width space) or ``要 闻`` another, depending on the
template or the export; the page head is read as printed (``A2  要　闻``) and stored so. The
sections list then shows 要闻 three times, each its own page and feed holding only the pages
spelt that way, so no section page lists the section's stories whole. README (The public
e-paper) folds a section named in the other script or with full-width letters into the one
printed (``/sections/要聞/`` is a 301 to 要闻); spacing, which changes nothing a reader reads, is
not folded.

Expected: one section 要闻 on the list; its page lists the stories of every page printed as
要闻, 要　闻 or 要 闻 (the spaced addresses answer it or redirect to it).
"""

import datetime
import re

import pytest

from tests.factories import import_text
from tests.public.conftest import publish_everything, synthetic_page

pytestmark = pytest.mark.django_db

SPELLINGS = [  # (date, label, the page name as printed)
    (datetime.date(2020, 7, 9), "A2", "要　闻"),
    (datetime.date(2020, 7, 10), "A2", "要闻"),
    (datetime.date(2020, 7, 11), "A2", "要 闻"),
]


@pytest.fixture
def three_days(db):
    for when, label, section in SPELLINGS:
        import_text(synthetic_page(label, section, 1, 0, by="钱立"), label, when=when)
    publish_everything()


def test_spaced_page_name_is_one_section_on_the_list(client, three_days):
    page = client.get("/nantong-daily/sections/").content.decode()
    names = re.findall(r'href="/nantong-daily/sections/[^"]+"[^>]*>([^<]*)<', page)
    shown = [re.sub(r"\s", "", name) for name in names]
    assert shown.count("要闻") == 1, f"要闻 listed once: {names}"


def test_section_page_lists_the_pages_of_every_spacing(client, three_days):
    response = client.get("/nantong-daily/sections/要闻/", follow=True)
    assert response.status_code == 200
    body = response.content.decode()
    for when, label, _ in SPELLINGS:
        assert f"/nantong-daily/{when.isoformat()}/" in body, f"{when} {label} listed"
