"""A notice's signer gives notice and reports nothing: the person under a ``寻物启事``
(``城西路五号　陈有福　谨启``) or the body signing a call (``慈岩寺客堂``) is kept as printed
but names no reporter; a letter's writer (``读者　周文海　谨上``) still is its author (INPUT.md,
"Bylines, datelines, credits")."""

from .helpers import parse

TEXT = "本人于本月三日在城南车站遗失黑色皮包一个，内有证件若干，有拾到者请送还，必有酬谢。"


def test_a_person_signing_a_notice_is_no_reporter():
    parsed = parse("寻物启事", "", TEXT, "", "城西路五号　陈有福　谨启")
    (notice,) = parsed.articles
    assert notice.reporters == ()
    assert "陈有福" in notice.byline + " ".join(notice.paragraphs)


def test_a_body_signing_a_call_is_no_reporter():
    parsed = parse(
        "招募护法义工",
        "",
        "本寺暑期禅修营需义工二十名，要求年满十八周岁，有意者请到客堂登记。",
        "",
        "慈岩寺客堂",
        "",
        "寺务简讯",
        "",
        "■5月2日，本寺举行放生法会，信众二百余人参加。",
        "",
        "■本寺图书室新到经书三百册，欢迎借阅。",
    )
    call = parsed.articles[0]
    assert call.byline == "慈岩寺客堂"  # kept as printed
    assert call.reporters == ()


def test_a_letters_writer_is_still_its_author():
    parsed = parse("渡口该装护栏了", "", TEXT.replace("遗失", "看到"), "", "读者　周文海　谨上")
    (letter,) = parsed.articles
    assert letter.reporters == ("周文海",)
