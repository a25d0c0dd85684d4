"""A letter home closes with a wish opened on a line of its own (``敬祝`` / ``全家平安``, ``顺祝`` /
``工作顺利！``), then the signature with a closing word (``女　秀英　敬上``) and where and when it was
written (``六月二日於馬公``): the letter's last lines, the writer signing it, never the deck of
the story after it (INPUT.md: signatures on their own line belong to the story before them)."""

import pytest

from .helpers import parse

LETTER = (
    "家書",
    "",
    "爸爸、媽媽：",
    "",
    "女兒到部隊已經半年，一切都好，請勿掛念。班長待我很好，同寢室的姊妹也很照顧我。",
)
NEXT = ("", "營區圖書室擴充", "", "某營圖書室日前擴充完成，新添圖書八百餘冊，歡迎官兵借閱。")


@pytest.mark.parametrize(
    ("opening", "wish"), [("敬祝", "全家平安"), ("顺祝", "工作顺利！"), ("祝您", "身體健康")]
)
def test_a_wish_signature_and_place_date_close_the_letter(opening, wish):
    parsed = parse(*LETTER, "", opening, wish, "", "女　秀英　敬上", "六月二日於馬公", *NEXT)
    letter, news = parsed.articles
    assert letter.headline == "家書"
    assert letter.reporters == ("秀英",)
    assert (news.kicker, news.headline, news.subheadline) == ("", "營區圖書室擴充", "")


def test_the_signature_right_under_the_wish_signs_the_letter_too():
    parsed = parse(*LETTER, "敬祝", "全家平安", "女　秀英　敬上", *NEXT)
    assert [a.headline for a in parsed.articles] == ["家書", "營區圖書室擴充"]
    assert parsed.articles[0].reporters == ("秀英",)
