"""A page imported again with the bytes already stored is not parsed
(articles/importing/unchanged.py), yet it is held to the page limits in force now: after an
operator lowers ``NEWSROOM_MAX_PAGE_STORIES`` / ``NEWSROOM_MAX_PAGE_JUMPS`` /
``NEWSROOM_MAX_PAGE_BYTES``, a re-imported page over a limit gets the refusal a new page over it
gets (the limit, the page's count or size, how to fix it), whether or not its text changed."""

from __future__ import annotations

from datetime import date

import pytest

from articles.importing import PageImportError, PageInput, pages_import
from articles.models import Page

pytestmark = pytest.mark.django_db

DAY = date(2021, 3, 4)


def jump_lines(n: int) -> str:
    """``n`` stories with one jump each (as tests/importing/test_page_limits.py)."""
    return "".join("（下转A2版）标题\n" for _ in range(n + 1))


def import_again(text: str, label: str):
    """Import the page as the command and the desk do (``pages_import``: a page whose bytes
    are stored already is not parsed); its report, or its error."""
    item = PageInput(
        paper_name="南通日报",
        paper_slug="nantong-daily",
        issue_date=DAY,
        label=label,
        data=text.encode("utf-8"),
        source_name=f"{label}.txt",
    )
    (result,) = pages_import([item])  # a report, or the page's error
    return result


def refusal(text: str, label: str) -> str:
    refused = import_again(text, label)
    assert isinstance(refused, PageImportError), refused.action
    return str(refused).replace(f"{label}.txt", "<page>")


@pytest.mark.parametrize(
    ("limit", "value", "said"),
    [
        ("NEWSROOM_MAX_PAGE_STORIES", 3, "分出了 4 篇稿件（一个版面最多 3 篇）"),
        ("NEWSROOM_MAX_PAGE_JUMPS", 3, "有 4 个转版标记（一个版面最多 3 个）"),
    ],
)
def test_an_unchanged_page_over_a_lowered_count_limit_is_refused_as_a_new_one(
    settings, limit, value, said
):
    text = jump_lines(4)
    assert import_again(text, "A1").action == "created"
    setattr(settings, limit, value)

    again = refusal(text, "A1")

    assert said in again and "拆成单个版面的文件后再导入" in again
    assert again == refusal(text, "A2")  # a new page's refusal, word for word
    assert Page.objects.get(label="A1").checksum  # the stored page is left as it was


def test_an_unchanged_page_over_a_lowered_byte_limit_is_refused_as_a_new_one(settings):
    text = jump_lines(4)
    import_again(text, "A1")
    settings.NEWSROOM_MAX_PAGE_BYTES = 20

    again = refusal(text, "A1")

    assert "20" in again
    assert again == refusal(text, "A2")


def test_an_unchanged_page_within_the_lowered_limits_is_still_unchanged(settings):
    text = jump_lines(4)
    import_again(text, "A1")
    settings.NEWSROOM_MAX_PAGE_STORIES = settings.NEWSROOM_MAX_PAGE_JUMPS = 4

    assert import_again(text, "A1").action == "unchanged"
