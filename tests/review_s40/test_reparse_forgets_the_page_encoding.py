"""``reparse_pages`` rewrites a GB18030 page as UTF-8: the same file is then "updated" again.

The raw text is kept so a better parser can re-run over old pages (README, Importing: "The raw
text is kept verbatim with its SHA-256, so a better parser can re-run over old pages: python
manage.py reparse_pages …"). ``page_reparse`` feeds the stored text back as UTF-8 bytes
(``articles/importing/pipeline.py``), so a page that came as GB18030 (INPUT.md: "GB18030/GBK
from older Windows tools") leaves the re-parse with ``raw_encoding`` ``utf-8`` and the checksum
of bytes nobody has: the page's 原始编码 now says utf-8, and the next import of the very same
file is not recognised — README: "Importing the same bytes again changes nothing (``unchanged``
…), and a run of ``import_pages`` does not even parse them" — but parsed and reported as
``更新`` (the report's ``按 gb18030 编码读入`` line contradicting the page's 原始编码).

Nor can the operator tell which pages a new parser changes: ``reparse_pages`` (and its
``--dry-run``) says ``更新`` / ``将更新`` for every page, also one the parser reads exactly as
stored (no story saved, no row changed) — the report that should answer "what will the better
parser change?" lists the whole archive.

Steps: import a GB18030 page; ``manage.py reparse_pages --paper P --date D``; import the same
file again: ``A1版：更新`` instead of ``未变``. Or import the seed and
``reparse_pages --dry-run``: ``A1版：将更新`` though nothing would change.
"""

import pytest

from articles.importing.pipeline import page_reparse
from articles.models import Page
from tests.factories import SEED, import_text

pytestmark = pytest.mark.django_db


def test_a_reparsed_gb18030_page_is_unchanged_when_its_file_comes_again():
    data = SEED.read_text(encoding="utf-8").encode("gb18030")
    assert import_text(data, "A1").outcome == "created"
    page = Page.objects.get()
    assert page.raw_encoding == "gb18030"
    page_reparse(page=page)
    page.refresh_from_db()
    assert page.raw_encoding == "gb18030"
    assert import_text(data, "A1").outcome == "unchanged"


def test_a_reparse_that_changes_nothing_says_so():
    import_text(SEED.read_bytes(), "A1")
    assert page_reparse(page=Page.objects.get(), dry_run=True).outcome == "unchanged"
