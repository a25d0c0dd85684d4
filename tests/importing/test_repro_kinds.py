"""The OCR'd county paper (issue 14): short OCR lines just before ``（下轉第二版）`` are text, so the
story's jump is kept and stitched with ``（上接第一版）`` on page 2, in either import order."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Jump, JumpState
from tests.conftest import DATA
from tests.factories import import_text

pytestmark = pytest.mark.django_db

REPROS = DATA / "repros"
DAY = date(1975, 12, 12)


def _import(label: str, name: str) -> None:
    import_text(
        (REPROS / name).read_bytes(), label, when=DAY, paper="青禾县报", slug="qinghe-county"
    )


def _check_jumps() -> list[str]:
    out = StringIO()
    call_command("check_jumps", "--date", DAY.isoformat(), stdout=out, stderr=StringIO())
    return out.getvalue().splitlines()


@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")], ids=["page1-first", "page2-first"])
def test_ocr_story_cut_before_its_forward_marker_is_stitched_across_pages(order):
    files = {"1": "ocr-short-lines-before-forward-marker.txt"}
    files["2"] = "ocr-short-lines-before-forward-marker.page2.txt"
    for label in order:
        _import(label, files[label])
    headlines = sorted(Article.objects.values_list("headline", flat=True))
    assert headlines == ["全县冬季积肥运动掀起高潮", "民兵冬训开始"]
    story = Article.objects.get(headline="全县冬季积肥运动掀起高潮")
    assert [part.page.label for part in story.ordered_parts()] == ["1", "2"]
    assert set(Jump.objects.values_list("state", flat=True)) == {JumpState.LINKED}
    assert _check_jumps() == ["共检查 1 期：所有转版均已接好"]
