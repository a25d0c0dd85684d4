"""A forward marker and a backward marker are an e-paper's merged pair (the story joined by the
source, going on in the same text) only when they were printed together: on one line, or on the
next line. A blank line between them is a paragraph break: the forward marker ends one story and
the backward marker heads the continuation of another story printed after it (a reviewer's page
2: ``…图书馆。（下转3版）`` then, after a blank line, ``（上接1版）改造将坚持…`` was glued into the
school story and both jumps vanished)."""

from __future__ import annotations

from articles.parsing import parse_page

SCHOOL = (
    "新建学校开学\n\n"
    "本报讯（记者赵丽）城南新建的实验小学昨天迎来首批学生，学校设有二十四个班级，"
    "配备了实验室、体育馆和图书馆。"
)
GOES_ON = "改造将坚持居民自愿原则，先征求意见再动工，争取让大家满意。"


def parts(text: str):
    return parse_page(text).articles


def test_a_blank_line_between_the_markers_parts_two_stories():
    school, continuation = parts(f"{SCHOOL}（下转3版）\n\n（上接1版）{GOES_ON}\n")
    assert school.headline == "新建学校开学"
    assert school.continued_on == "3"
    assert GOES_ON not in "".join(school.paragraphs)
    assert continuation.continued_from == "1"
    assert continuation.paragraphs == (GOES_ON,)


def test_the_markers_on_one_line_are_still_the_merged_pair():
    (story,) = parts(f"{SCHOOL}（下转3版）（上接1版）{GOES_ON}\n")
    assert story.continued_on is None and story.continued_from is None
    assert [m.merged for m in story.markers] == [True, True]
    assert GOES_ON in "".join(story.paragraphs)


def test_the_markers_on_two_lines_one_under_the_other_are_still_the_merged_pair():
    (story,) = parts(f"{SCHOOL}（下转3版）\n（上接1版）{GOES_ON}\n")
    assert [m.merged for m in story.markers] == [True, True]
    assert GOES_ON in "".join(story.paragraphs)


# A page with no blank line between its paragraphs prints the two stories' markers one line under
# the other: there the page's own label tells them apart. A source that joins a story prints the
# pair on one of the two pages the story stands on (…（下转3版）（上接1版）… on page 1 or page 3);
# on page 2 they are the markers of two stories.
SINGLE_SPACED = f"{SCHOOL}（下转3版）\n（上接1版）{GOES_ON}\n"


def test_on_a_page_neither_marker_names_they_part_two_stories_one_line_apart():
    school, continuation = parse_page(SINGLE_SPACED, label="2").articles
    assert (school.continued_on, school.continued_from) == ("3", None)
    assert GOES_ON not in "".join(school.paragraphs)
    assert (continuation.continued_on, continuation.continued_from) == (None, "1")
    assert continuation.paragraphs == (GOES_ON,)


def test_on_a_page_neither_marker_names_they_part_two_stories_on_one_line():
    school, continuation = parse_page(
        f"{SCHOOL}（下转3版）（上接1版）{GOES_ON}\n", label="2"
    ).articles
    assert school.continued_on == "3" and continuation.continued_from == "1"


def test_on_one_of_the_pages_the_pair_names_it_is_still_the_merged_pair():
    for label in ("1", "3", "A3"):  # （下转3版） on a paper numbering its pages A1, A2 …
        (story,) = parse_page(SINGLE_SPACED, label=label).articles
        assert [m.merged for m in story.markers] == [True, True], label


def test_a_pair_naming_pages_by_their_place_is_merged_on_any_page():
    (story,) = parse_page(f"{SCHOOL}（转下版）\n（接上版）{GOES_ON}\n", label="2").articles
    assert [m.merged for m in story.markers] == [True, True]
