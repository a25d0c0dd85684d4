"""A supplement page's standing call for contributions (``“湖风”欢迎读者投稿，来稿请寄…``) is
the page's furniture, not the last paragraph of the essay above it; and a picture after the
page's last story whose caption shares one word only with a story elsewhere on the page
(``湖上`` in ``湖上人家``) is a picture of its own: one shared word may be chance. A news
sentence inviting contributions and a picture whose caption clearly names a story are left as
they were. Invented paper, people and places."""

import pytest

from tests.parsing.helpers import parse, reasons

SERIAL = (
    "长篇连载",
    "",
    "湖上人家",
    "",
    "□　柯　远",
    "",
    "　　阿桂把渔网晾在院墙上，回头望了一眼湖面，天边的云压得很低。",
    "",
    "　　（未完待续）",
    "",
)
ESSAY = (
    "说“静”",
    "",
    "□　沈小满",
    "",
    "　　如今人们都爱热闹。热闹当然是好事，可有些时候，要静得下来。",
    "",
    "　　我想，静，有时候也是一种力量。",
    "",
)
PICTURE = "　　▲清晨的湖上。　　　　（记者　孟　凡　摄）"


@pytest.mark.parametrize(
    "call",
    [
        "　　“湖风”欢迎读者投稿，来稿请寄本报副刊部，请勿一稿两投。",
        "　　本版长期欢迎各界读者来稿，稿件请注明真实姓名和地址。",
        "湖城副刊征稿：本版常年征集散文、诗歌、随笔，来稿请注明真实姓名和联系方式。",
        "　　本栏征集老照片和照片背后的故事，来稿请寄本报副刊部。",
    ],
)
def test_call_for_contributions_is_furniture_and_the_picture_stands_alone(call):
    parsed = parse(*SERIAL, *ESSAY, PICTURE, "", call)
    essay = parsed.articles[1]
    assert essay.paragraphs[-1] == "我想，静，有时候也是一种力量。"
    assert reasons(parsed)[call.strip()] == "contributions-call"
    (photo,) = parsed.photos
    assert photo.article_position is None


def test_news_sentence_inviting_contributions_stays_text():
    sentence = "　　市文联欢迎广大文学爱好者踊跃投稿，优秀作品将结集出版。"
    parsed = parse(
        "市文联举办散文征文",
        "　　本报讯　市文联日前启动“湖城四季”散文征文活动，征文截至年底。",
        sentence,
    )
    assert parsed.articles[0].paragraphs[-1] == sentence.strip()


def test_news_sentence_about_what_a_page_collected_stays_text():
    sentence = "　　今年本版征集到的稿件，一半来自农村作者。"
    parsed = parse(*ESSAY, sentence)
    assert parsed.articles[0].paragraphs[-1] == sentence.strip()


def test_picture_whose_caption_clearly_names_a_story_still_goes_with_it():
    picture = "　　▲阿桂在湖上晾晒渔网。　　　　（记者　孟　凡　摄）"
    parsed = parse(*SERIAL, *ESSAY, picture)
    (photo,) = parsed.photos
    assert photo.article_position == parsed.articles[0].position
