"""A page's corrected text, imported again without its (unchanged) PDF, brings back a story
that gets no zone (热区), and nothing says so.

Who sees it: readers (the story is printed on the page image but is no link there, and the page
JSON has no ``rects`` for it) and editors (the import's report is silent). The usual order at a
daily: the prepress PDF of A1 goes in with the first text export; a story was missing from that
text (an export cut short, a story set late); the desk sends the corrected ``1.txt`` on its own,
as the PDF has not changed. The importer keeps the stored PDF and its zones
(``articles/importing/pdfs.py``), but matches zones only when a PDF comes with the page: the story
the new text brings is created without a zone, and neither the command's page line nor a
``版面 PDF：未在版面上找到…`` line names it. README (Page PDFs): "A part whose text is not found gets
no zone and is listed (``版面 PDF：未在版面上找到…`` in the report, and in the desk); nothing is
guessed."

Expected: after the re-import every story printed on the page has its zone (matched from the
stored PDF, as 重新匹配热区 does), or else the report names the story that has none.
"""

from __future__ import annotations

import pytest

from articles.models import Article, Zone
from tests.pdfpages.conftest import built_pages, folder, pages, run  # noqa: F401  (fixtures)

pytestmark = pytest.mark.django_db


def test_a_story_the_corrected_text_brings_gets_a_zone_or_is_named(folder, pages):  # noqa: F811
    one, _ = pages
    late = one.stories[1]
    (folder / "1.txt").write_text(one.text.replace(late.text(), ""), encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder)
    assert not Article.objects.filter(headline=late.headline).exists()

    (folder / "1.pdf").unlink()  # unchanged: only the text is sent again
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    out, err = run(folder)

    story = Article.objects.get(headline=late.headline)
    has_zone = Zone.objects.filter(part__article=story).exists()
    assert has_zone or late.headline in out + err, out + err
