"""Which story a photo goes with is decided by what its caption names (places, people, things)
in the story's own words: a word of time (今年, 昨天) shared by chance, or a story's opening
dateline (``【记者某／台北报导】``: who filed it, from where), does not tie a caption to a story.

So a picture of its own at a page's foot sharing only a place and ``今年`` with the story above
goes with no story, and a photo right after a story's text that shares its key words goes with
it even when the next story's dateline holds ``记者`` and ``台北`` as the caption does
(``…在台北召开记者会``); a caption that speaks of the story above still goes with it.
INPUT.md ("Bylines, datelines, credits"): the caption is printed with the story it illustrates;
("Headlines"): stories are matched by what they say.
"""

from tests.parsing.helpers import parse

OIL = [
    "油价冻涨延到月底",
    "",
    "（上接A1版）",
    "东和石油内部评估，若冻涨措施再延长一个月，公司全年亏损恐将突破两百亿元。",
    "",
    "加油站业者担心，冻涨解除后油价大涨，可能引发民众抢加油潮。",
    "",
]
BANK = [
    "",
    "央行理监事会明登场",
    "",
    "【记者郑佳玲／台北报导】中央银行理监事会明天举行第一季例会，市场普遍预期央行将调升利率半码。",
    "",
    "多位银行主管表示，各银行将在一周内跟进调升存放款利率。",
]
INSPECTION = [
    "省人大检查义务教育法实施情况",
    "",
    "本报讯 省人大常委会执法检查组今天结束了在南屏、丰安两地区为期十天的检查。",
    "",
    "检查组要求当地政府今年秋季开学前消除一切危房。",
    "",
]


def test_photo_after_a_story_sharing_its_key_words_goes_with_it():
    parsed = parse(
        *OIL, "东和石油昨天在台北召开记者会，说明冻涨期间的亏损情形。（记者林美君摄）", *BANK
    )
    [photo] = parsed.photos
    oil = next(a for a in parsed.articles if a.title_lines == ("油价冻涨延到月底",))
    assert photo.article_position == oil.position


def test_picture_sharing_only_a_place_and_a_time_word_goes_with_no_story():
    caption = "6月15日，丰安县农民在田间抢收小麦。今年该县夏粮喜获丰收。"
    parsed = parse(*INSPECTION, caption, "本报记者　贺　平摄")
    [photo] = parsed.photos
    assert (photo.caption, photo.article_position) == (caption, None)


def test_caption_speaking_of_the_story_above_still_goes_with_it():
    parsed = parse(
        *INSPECTION, "6月15日，执法检查组在丰安县一所中学检查危房改造情况。", "本报记者　贺　平摄"
    )
    [photo] = parsed.photos
    assert photo.article_position == parsed.articles[0].position
