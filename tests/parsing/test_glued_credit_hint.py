"""A caption's glued credit is still found behind the cheap test for a sentence's end
(articles/parsing/pictures.py: _glued_credit)."""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    "caption",
    [
        "工人们正在加紧施工。本报记者 韩  雪 摄",  # a reporter's credit after the sentence
        "市民在广场上观看演出。（本报记者 韩雪摄）",  # in brackets
        "市民在广场上观看演出。　新华社发",  # a gap, then any credit line
    ],
)
def test_a_caption_with_its_credit_glued_on_is_a_photo(caption):
    parsed = parse("本报讯 市里今天开了会，会议决定了一些事情。", "", caption)
    assert [photo.caption for photo in parsed.photos] == [caption[: caption.index("。") + 1]]


def test_a_paragraph_ending_its_sentence_is_no_photo():
    parsed = parse("本报讯 市里今天开了会，会议决定了一些事情。", "", "工人们正在加紧施工。")
    assert parsed.photos == ()


def test_a_picture_title_with_its_credit_after_a_gap_is_a_photo():
    # (no sentence's end in the line: only the 摄 at its end lets the credit be looked for)
    parsed = parse("本报讯 市里今天开了会，会议决定了一些事情。", "", "晨雾中的渡口　　李　默　摄")
    assert [photo.credit_line for photo in parsed.photos] == ["李　默　摄"]
