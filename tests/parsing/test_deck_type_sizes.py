"""Type sizes a page's layout tells (a PDF's text layer: ``parse_page(..., line_sizes=...)``)
place the deck lines no cue placed: 主题 is set in the deck's largest type, a smaller line over
it is its 引题, one under it its 副题. Sizes that tell nothing leave the text rules as they are."""

from articles.parsing import parse_page
from tests.parsing.helpers import page

_PAGE = page(
    "全市开展安全生产大检查",
    "隐患整改率达百分之九十八",
    "",
    "本报讯（记者林晓）各乡镇对辖区内的企业逐一上门检查，发现问题当场登记，限期整改到位。",
)


def _deck(sizes=None):
    (story,) = parse_page(_PAGE, line_sizes=sizes).articles
    return story.kicker, story.headline, story.subheadline


def test_a_smaller_line_over_a_larger_headline_is_its_kicker():
    assert _deck({1: 14.0, 2: 24.0}) == ("全市开展安全生产大检查", "隐患整改率达百分之九十八", "")


def test_a_smaller_line_under_a_larger_headline_is_its_subheadline():
    assert _deck({1: 24.0, 2: 14.0}) == ("", "全市开展安全生产大检查", "隐患整改率达百分之九十八")


def test_a_short_line_in_the_largest_type_is_the_headline_not_a_kicker():
    # The text alone reads a short first line over a title twice as long as its kicker (春运首日
    # as a column's or an event's name); set in the larger type, it is the headline itself.
    text = page(
        "春运首日",
        "全市发送旅客十二万人次",
        "",
        "本报讯（记者林晓）昨日春运首日，全市各车站秩序井然，有关部门做好保障。",
    )
    (alone,) = parse_page(text).articles
    assert (alone.kicker, alone.headline) == ("春运首日", "全市发送旅客十二万人次")
    (story,) = parse_page(text, line_sizes={1: 24.0, 2: 14.0}).articles
    assert (story.kicker, story.headline, story.subheadline) == (
        "",
        "春运首日",
        "全市发送旅客十二万人次",
    )


def test_lines_in_one_size_are_read_by_the_text_rules():
    today = _deck()
    assert today == ("", "全市开展安全生产大检查", "隐患整改率达百分之九十八")
    assert _deck({1: 20.0, 2: 20.3}) == today  # within 3 %: one size
    assert _deck({2: 24.0}) == today  # one line's size unknown: the sizes tell nothing


def test_a_cued_kicker_stays_and_the_sizes_place_the_lines_under_it():
    parsed = parse_page(
        page(
            "安全生产月——",
            "全市开展安全生产大检查",
            "隐患整改率达百分之九十八",
            "",
            "本报讯（记者林晓）各乡镇对辖区内的企业逐一上门检查，限期整改到位。",
        ),
        line_sizes={1: 14.0, 2: 16.0, 3: 24.0},
    )
    (story,) = parsed.articles
    assert (story.kicker, story.headline, story.subheadline) == (
        "安全生产月—— 全市开展安全生产大检查",
        "隐患整改率达百分之九十八",
        "",
    )
