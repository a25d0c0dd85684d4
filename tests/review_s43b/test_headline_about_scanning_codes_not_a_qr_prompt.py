"""A deck line about scanning codes (``手机扫码看病`` as 引题 over ``市一院门诊告别排长队``, or
``扫码看病不用排长队`` as the 主题) over a story opened by its dateline is set aside as
``masthead`` (a QR-code prompt); the story loses its kicker or its whole headline.

Rule: header_patterns.py ``QR_PROMPT_RE`` used by furniture.py ``_price_or_label`` (today's
"QR-code prompt lines set aside"): after 扫码/扫一扫 it takes any verb of its list (看, 查看…)
and up to twelve more characters, so 扫码 + 看 + 病 (看病, to see a doctor) reads as a prompt.
Its own comment says a headline that speaks of QR codes is never a prompt. The kicker case
is new today (before 18b353c: 手机扫码看病 kept in the deck). INPUT.md "Headlines": 引题 / 主题; a
dateline ``本报讯（记者…）`` opens the story under them.
"""

from tests.parsing.helpers import parse

STORY_BEFORE = (
    "城南队勇夺龙舟赛冠军",
    "本报讯（记者 唐林）昨天，首届龙舟赛决赛在城东举行，城南队夺得冠军。",
    "",
)
BODY = "本报讯（记者 陆文）昨天起，市第一人民医院推出扫码看病服务，患者用手机扫码即可挂号缴费。"


def test_kicker_about_scanning_to_see_a_doctor():
    parsed = parse(*STORY_BEFORE, "手机扫码看病", "市一院门诊告别排长队", BODY)
    second = parsed.articles[1]
    deck = (second.kicker, second.headline, second.subheadline)
    assert "手机扫码看病" in deck  # (its 引题, as it reads; before today its 主题 over a 副题)
    assert "市一院门诊告别排长队" in deck
    assert not parsed.set_aside


def test_headline_about_scanning_to_see_a_doctor():
    parsed = parse(*STORY_BEFORE, "扫码看病不用排长队", BODY)
    second = parsed.articles[1]
    assert second.headline == "扫码看病不用排长队"
    assert not parsed.set_aside
