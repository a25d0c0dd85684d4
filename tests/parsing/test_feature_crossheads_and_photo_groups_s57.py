"""A feature with its byline on its own line and numbered crossheads, a photo group (组图), and
the notes and section names around them: pages written for these tests
(``tests/parsing/data/features_s57``), each a kind a reviewer found glued or split wrongly."""

from pathlib import Path

from articles.parsing import parse_page
from articles.parsing.crossheads import joined_numbered_heads
from articles.parsing.units import Para

DATA = Path(__file__).resolve().parent / "data" / "features_s57"


def _parsed(name: str):
    return parse_page((DATA / name).read_bytes())


def test_numbered_crossheads_under_a_byline_line_stay_crossheads_and_the_next_story_its_own():
    # 一、/二、/三、 heads hold an item mark 、, not a comma of prose: the page is not cut lines
    parsed = _parsed("feature-byline-numbered-heads.txt")
    feature, brief = parsed.articles
    assert (feature.headline, feature.reporters) == ("开学季孩子用眼这样护", ("孙雅琴",))
    assert feature.crossheads == ("一、每天户外两小时", "二、读写姿势要端正", "三、电子屏幕限时看")
    assert (
        feature.paragraphs[1] == "医生建议，孩子每天在户外活动两小时以上，阳光有助于延缓近视发展。"
    )
    assert feature.paragraphs[-1] == "（见习记者 顾南 对本文亦有贡献）"  # closes the feature
    assert (brief.headline, brief.dateline) == ("社区食堂新增晚餐供应", "本报讯")


def test_a_byline_after_a_box_mark_leaves_the_headline_over_it():
    feature = _parsed("feature-boxed-byline.txt").articles[0]
    assert (feature.headline, feature.reporters) == ("开学季孩子用眼这样护", ("孙雅琴",))
    assert feature.paragraphs[0].startswith("新学期开学一周")
    assert feature.crossheads == ("一、每天户外两小时", "二、读写姿势要端正")


def test_a_section_name_over_the_headline_on_a_page_without_blank_lines_is_the_pages():
    parsed = _parsed("feature-no-blank-lines.txt")
    (feature,) = parsed.articles
    assert (feature.kicker, feature.headline) == ("", "开学季孩子用眼这样护")
    assert parsed.metadata.section == "教育·健康"
    assert [f.kind for f in parsed.flags] == ["page-section"]  # said, for the desk to undo
    assert feature.crossheads == ("一、每天户外两小时", "二、读写姿势要端正")


def test_every_photo_of_a_photo_group_goes_with_its_story_whatever_its_caption_says():
    parsed = _parsed("photo-group.txt")
    group, feature = parsed.articles
    assert group.headline == "组图：秋日公园赏菊忙"
    assert group.paragraphs == ("国庆假期，人民公园菊花展吸引了大批游客，园内各色菊花竞相开放。",)
    assert [p.article_position for p in parsed.photos] == [group.position] * 3
    assert (feature.headline, feature.reporters) == ("开学季孩子用眼这样护", ("孙雅琴",))


def test_a_photo_group_marked_after_its_title_takes_its_photos():
    parsed = _parsed("photo-group-title-mark.txt")
    (group,) = parsed.articles
    assert [p.article_position for p in parsed.photos] == [group.position] * 2


def test_a_note_crediting_a_helper_closes_the_story_and_names_no_reporter():
    parsed = _parsed("feature-helper-note.txt")
    (feature,) = parsed.articles
    assert feature.paragraphs[-1] == "（实习生 邹一帆 对本文亦有贡献）"
    assert feature.reporters == ()
    assert parsed.unplaced_lines == ()


def test_a_numbered_head_alone_over_a_long_line_is_a_crosshead_on_a_page_with_a_column():
    # the second story is set in a narrow column; the first in whole lines, which no column cut
    first = _parsed("mixed-long-and-column.txt").articles[0]
    assert first.crossheads == ("一、处理好改造与保留的关系", "二、处理好政府与居民的关系")
    assert first.paragraphs[-2].startswith("更新改造离不开政府的统筹")


def test_a_numbered_head_joined_to_the_text_under_a_blank_line_is_flagged():
    lines = ["一、及时补充水分", "", "专家提醒，高温天气要少量多次饮水，", "不要等口渴了再喝。"]
    joined = Para(1, lines[0])
    joined.add(lines[2])
    joined.add(lines[3])
    (flag,) = joined_numbered_heads([joined], lines)
    assert (flag.line, flag.kind) == (1, "numbered-head-joined")
    assert "一、及时补充水分" in flag.message and "请先核对" in flag.message
    unparted = ["一、及时补充水分", "专家提醒，高温天气要少量多次饮水，"]
    cut = Para(1, unparted[0])
    cut.add(unparted[1])
    assert joined_numbered_heads([cut], unparted) == []  # no blank line: a line the column cut
