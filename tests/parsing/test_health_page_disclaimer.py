"""A health page's standing disclaimer at its foot (``本版内容仅供参考，用药请遵医嘱。``) is the
page's furniture, not the last paragraph of the story above it; so the sign-off glued to that
story's end (``（市中医院内科　程慧敏）``) still names its writer.

INPUT.md ("Page furniture"): lines that belong to the page rather than a story are set aside.
"""

from tests.parsing.helpers import only_article, parse, reasons


def test_a_health_disclaimer_is_set_aside_and_the_sign_off_kept():
    lines = (
        "秋燥莫贪凉",
        "　　入秋以后，早晚温差大，老年人不要贪凉，晚上睡觉要盖好被子。（市中医院内科　程慧敏）",
        "",
        "本版内容仅供参考，用药请遵医嘱。",
    )
    story = only_article(*lines)
    assert story.reporters == ("程慧敏",)
    assert reasons(parse(*lines))["本版内容仅供参考，用药请遵医嘱。"] == "disclaimer"


def test_a_doctors_advice_in_a_story_stays_text():
    story = only_article(
        "秋燥莫贪凉",
        "　　入秋以后，早晚温差大。医生说，这些方法仅供参考，如有不适请及时就医。",
    )
    assert story.paragraphs[-1].endswith("如有不适请及时就医。")
