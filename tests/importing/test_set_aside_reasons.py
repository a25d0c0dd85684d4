"""Every reason the parser sets a line aside for is said in Chinese on the desk (no
``其他（slug）`` for a reason the parser gives on the pages we hold)."""

from pathlib import Path

from articles.importing.reports import SET_ASIDE_REASONS, set_aside_reason
from articles.parsing import ParseError, parse_page

DATA = Path(__file__).resolve().parents[1] / "data"


def test_every_set_aside_reason_on_the_fixture_pages_has_its_chinese_name():
    reasons = set()
    for path in sorted(DATA.rglob("*.txt")):
        try:
            page = parse_page(path.read_bytes())
        except ParseError:
            continue
        reasons |= {item.reason for item in page.set_aside}
    assert reasons  # the pages do set lines aside
    missing = sorted(reasons - set(SET_ASIDE_REASONS))
    assert missing == [], " ".join(missing)
    assert set_aside_reason("data-box") == "数据框"
