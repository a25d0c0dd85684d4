"""An e-paper's ``点击查看大图`` (click for the large picture) link over a photo's caption is left
unplaced for the desk to sort out, not set aside as the site's furniture; and under it a caption
labelled ``图片说明：`` is linked to no story, although it names what the page's only story is
about (without the link line the same photo is linked to the story).

E-paper hosts print the link over every picture, and many label the caption ``图片说明：``.
INPUT.md ("Encoding and layout"): e-paper dumps carry their site's furniture (navigation,
``语音朗读``); none of it is a story's. Invented people.
"""

import pytest

from tests.parsing.helpers import parse

STORY = (
    "岚江大桥合龙",
    "本报讯（记者 赵敏）昨日上午，岚江大桥主桥顺利合龙，标志着大桥建设进入最后阶段。",
    "大桥全长二点四公里，预计年底通车。",
)


@pytest.mark.xfail(strict=True, reason="the link line is left unplaced, not set aside as furniture")
@pytest.mark.parametrize("link", ["点击查看大图", "点击图片查看大图", "查看原图"])
def test_enlarge_link_over_a_caption_is_furniture(link):
    parsed = parse(*STORY, link, "建设者在合龙现场欢呼。 本报记者 孙立 摄")
    [article] = parsed.articles
    [photo] = parsed.photos
    assert photo.article_position == article.position
    assert link in parsed.ignored_lines
    assert parsed.unplaced_lines == ()


@pytest.mark.xfail(strict=True, reason="the labelled caption under the link is linked to no story")
def test_labelled_caption_under_enlarge_link_is_the_story_photo():
    parsed = parse(*STORY, "点击查看大图", "图片说明：建设者在合龙现场欢呼。 本报记者 孙立 摄")
    [article] = parsed.articles
    [photo] = parsed.photos
    assert photo.photographers == ("孙立",)
    assert photo.article_position == article.position
