"""A notice's signing date under its signer, on a page that parts its lines by blank lines
(``…登记。`` / blank / ``青峰山慈云寺客堂`` / blank / ``2019年3月2日``): the notice's last lines,
not the page's printed date (the page's date is its masthead's or running head's, INPUT.md
"Encoding and layout"; a page whose date differs from its edition's is refused on import). An
institute or a house of worship signs as an office does (``某某省教育考试院``, ``某某寺客堂``)."""

import pytest

from .helpers import parse

HEAD = ("青峰　第3版　寺务", "")


@pytest.mark.parametrize(
    ("signer", "date"),
    [
        ("青峰山慈云寺客堂", "2019年3月2日"),
        ("江北省教育考试院", "2019年3月2日"),
        ("城南敬老院", "二〇一九年三月二日"),
    ],
)
def test_signer_and_date_parted_by_blank_lines_end_the_notice(signer, date):
    parsed = parse(
        *HEAD,
        "春季义诊通知",
        "",
        "本寺定于三月十日在山门前举办义诊，请有需要的居士届时前来。有意者请提前到客堂登记。",
        "",
        signer,
        "",
        date,
        "",
        "本版编辑：许　青",
    )
    (notice,) = parsed.articles
    assert notice.paragraphs[-2:] == (signer, date)
    assert parsed.metadata.date == ""  # the running head prints none; the notice's is no page's
    assert not parsed.unplaced_lines


def test_the_page_keeps_its_masthead_date_over_a_notice_signed_later_on_it():
    parsed = parse(
        "青峰　第3版　2019年3月5日",
        "",
        "春季义诊通知",
        "",
        "本寺定于三月十日在山门前举办义诊，请有需要的居士届时前来。",
        "",
        "青峰山慈云寺客堂",
        "",
        "2019年3月2日",
    )
    assert parsed.metadata.date == "2019-03-05"
    assert parsed.articles[0].paragraphs[-1] == "2019年3月2日"


@pytest.mark.parametrize(
    "ending",
    [
        ("有拾到者请与本人联系，必有酬谢。", "周文海"),  # a person signs the notice
        ("有拾到者请与本人联系，必有酬谢。",),  # no signer: the date right under the text
        ("此致", "敬礼！", "读者　周文海"),  # a letter's close and its writer
    ],
)
def test_a_date_under_a_notices_text_or_its_signer_is_not_the_pages(ending):
    parsed = parse(
        *HEAD,
        "寻物启事",
        "",
        "本人于三月一日在城南车站遗失黑色皮包一个，内有证件若干。",
        "",
        *[line for text in ending for line in (text, "")],
        "2019年3月2日",
    )
    assert parsed.metadata.date == ""


def test_a_masthead_date_under_the_papers_name_below_the_text_is_still_the_pages():
    # (a PDF's text layer puts the masthead's frame after the page's first story)
    parsed = parse(
        "新桥落成通车",
        "",
        "本报讯　城南新桥昨日落成通车，市民纷纷前来参观。",
        "",
        "青峰日报",
        "2019年3月5日",
    )
    assert parsed.metadata.date == "2019-03-05"
