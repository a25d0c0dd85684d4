"""A continuation left on its own because an editor confirmed its 下转 on another page (A1's
``（下转A3版）`` 核对无误 to A2, then A3 sent again with ``（上接A1版）早稻栽插`` / ``另据了解，…``) no
longer carries the shortened headline glued into its text (``早稻栽插另据了解，…``): the story
whose 下转 names its page is the evidence, as a stitched story's deck is, so those lines are the
part's title and its text starts after them, however it comes (import, re-import, the editor's
link); words that repeat no headline stay text."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.continuations.editing import jump_confirm
from tests.continuations.test_misprinted_page import DAY, THIRD, import_pages, misprinted

pytestmark = pytest.mark.django_db

LATE = (
    THIRD
    + "\n（上接A1版）早稻栽插\n另据了解，全市晚稻育秧工作已经开始，各地正抓紧备足种子和肥料。\n"
)


def late_part():
    from articles.models import ArticlePart

    return ArticlePart.objects.get(page__label="A3", continued_from="A1")


def confirmed_then_late(late: str = LATE):
    import_pages(["A1", "A2", "A3"])
    jump_confirm(jump=misprinted())  # 核对无误: A1's 下转A3版 goes on on A2
    import_pages(["A3"], {"A3": late})
    return late_part()


def test_the_glued_shortened_headline_is_the_lone_parts_title():
    part = confirmed_then_late()
    assert part.title_lines == ["早稻栽插"]
    assert part.blocks[0]["text"].startswith("另据了解，全市晚稻育秧工作已经开始")
    assert part.article.name_for_editors(part).startswith("另据了解")
    out = StringIO()
    with pytest.raises(CommandError):  # (still broken: exit status 1)
        call_command("check_jumps", "--paper", "岚江日报", stdout=out, stderr=StringIO())
    assert "早稻栽插另据了解" not in out.getvalue()
    assert "已由编辑确认接在A2版" in out.getvalue()


def test_the_page_sent_again_leaves_the_part_as_it_is():
    part = confirmed_then_late()
    stamp, versions = part.article.updated_at, part.history.count()
    import_pages(["A3"], {"A3": LATE.replace("三家", "四家")})  # (another story of it changed)
    again = late_part()
    assert again.history.count() == versions
    assert (again.pk, again.title_lines, again.blocks) == (part.pk, part.title_lines, part.blocks)
    assert again.article.updated_at == stamp


def test_words_that_repeat_no_headline_stay_text():
    late = LATE.replace("（上接A1版）早稻栽插\n", "（上接A1版）晚稻育秧\n")
    part = confirmed_then_late(late)
    assert part.title_lines == []
    assert part.blocks[0]["text"].startswith("晚稻育秧另据了解")


def test_the_import_report_says_where_the_confirmed_jump_went():
    from articles.importing.reportlines import page_line
    from tests.factories import import_text

    import_pages(["A1", "A2", "A3"])
    jump_confirm(jump=misprinted())
    report = import_text(LATE, "A3", when=DAY, paper="岚江日报", slug="lanjiang")
    [pending] = report.pending_jumps
    assert pending.state_label == "A1版的“下转”已由编辑确认接在A2版"
    assert "1 处转版待接（A1版的“下转”已由编辑确认接在A2版）" in page_line(report)
