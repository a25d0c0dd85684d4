"""A continuation printed in traditional characters has its repeated headline taken off when its
jump is stitched, as the same pages in simplified characters have it (INPUT.md, "Continuations
(jumps)"; articles/parsing/layout.py ``cut_across`` looks the words across a break up folded):
``（上接第一版）新跨海大橋動工興建`` over the text, or the marker alone over ``颱風襲港``, is the
part's title line as printed, and the text opens after it. Pages written for these tests."""

import pytest

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db

BRIDGE = (
    "新跨海大橋動工興建",
    "本報訊　連接兩岸的新跨海大橋昨日正式動工，全長十二公里，",
    "有市民表示，新橋建成後來往兩岸只需十分鐘，交通將大為方便。",
    "工程預計三年內完成，總投資約八十億元。",
)
TYPHOON = (
    "颱風襲港",
    "本報訊　強颱風昨晚正面吹襲本港，天文台一度懸掛十號風球，",
    "有市民表示，颱風襲港期間多處樹木倒塌，交通一度癱瘓。",
    "天文台表示，風勢將於今日逐漸減弱。",
)
SIMPLIFIED = (
    "新跨海大桥动工兴建",
    "本报讯　连接两岸的新跨海大桥昨日正式动工，全长十二公里，",
    "有市民表示，新桥建成后来往两岸只需十分钟，交通将大为方便。",
    "工程预计三年内完成，总投资约八十亿元。",
)


def _pages(story, glued: bool) -> tuple[str, str]:
    head, opening, body, more = story
    front = f"{head}\n\n{opening}（下转第二版）\n"
    lead = ["（上接第一版）" + head] if glued else ["（上接第一版）", head]
    return front, "\n".join([*lead, body, "", more]) + "\n"


@pytest.mark.parametrize(
    ("story", "glued"),
    [(BRIDGE, True), (TYPHOON, False), (SIMPLIFIED, True)],
    ids=["traditional-glued", "traditional-own-line", "simplified-glued"],
)
@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")], ids=["head-first", "tail-first"])
def test_the_repeated_headline_is_the_continuations_title_line_in_either_script(
    story, glued, order
):
    pages = dict(zip(("1", "2"), _pages(story, glued), strict=True))
    for label in order:
        import_text(pages[label], label)
    head, _opening, body, _more = story
    parts = Article.objects.with_parts().get().ordered_parts()
    assert [p.page.label for p in parts] == ["1", "2"]
    assert parts[1].title_lines == [head]  # as printed
    assert parts[1].blocks[0]["text"] == body
    assert head + body[:2] not in parts[0].article.full_text()
