"""Text copied from a PDF with Kangxi radicals (⼀ ⼆ ⽇ ⽉) instead of 一 二 日 月 loses jumps and datelines.

Many PDF text layers (Word/WPS exports, some Founder fonts) map common characters to the
look-alike Kangxi radical code points: U+2F00 ⼀ for 一, U+2F06 ⼆ for 二, U+2F47 ⽇ for 日,
U+2F49 ⽉ for 月 (NFKC folds each to the ideograph). A reader cannot tell them apart on screen,
and page text taken from such a PDF carries them. README (Importing) promises "every
continuation-marker variant (… `（上接第一版）` …)" and datelines such as `本报北京4月29日电`;
INPUT.md: "Chinese or Arabic page numbers". With the radicals:

* ``（下转第⼆版）`` is no forward marker: it stays in the body as text and the story is cut;
* ``（上接第⼀版）`` on page 2 is read as the continuation's 引题 (kicker), so page 2 shows a new
  story headed by the marker, never joined to page 1's;
* ``本报北京4⽉29⽇电（记者 钱立）`` is no dateline: no 电头, no byline, 钱立 is not credited.

Steps: import page 1 and page 2 below (same paper and date); look at the stories.
"""

import pytest

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db

ONE, TWO, DAY, MONTH = "\u2f00", "\u2f06", "\u2f47", "\u2f49"  # ⼀ ⼆ ⽇ ⽉

PAGE1 = f"""湖畔小学迎来新校舍

本报北京4{MONTH}29{DAY}电（记者 钱立）湖畔小学新校舍昨天投入使用，可容纳学生一千二百名。新校舍共有教室四十八间，（下转第{TWO}版）
"""
PAGE2 = f"""（上接第{ONE}版）
湖畔小学迎来新校舍
并配有图书馆和室内体育馆，学校还新建了标准田径场。
"""


def test_markers_with_kangxi_radical_numerals_join_the_story():
    import_text(PAGE1, "1")
    import_text(PAGE2, "2")
    story = Article.objects.get()  # one story, printed on pages 1 and 2
    assert [part.page.label for part in story.parts.all()] == ["1", "2"]
    assert story.kicker == ""


def test_a_dateline_with_kangxi_radicals_is_read():
    import_text(PAGE1, "1")
    story = Article.objects.get()
    assert story.dateline  # 本报北京4月29日电, as printed or folded
    assert [person.name for person in story.reporters.all()] == ["钱立"]
