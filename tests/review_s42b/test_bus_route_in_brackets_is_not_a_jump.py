"""A bus route in brackets inside a sentence (``换乘（转B11）前往高铁站``: a BRT line, as 常州's
B1–B25 are named) is read as a jump to page B11: the sentence is cut there, the rest of the story
becomes an untitled story of its own.

INPUT.md: jump markers are ``（下转A2版）``, ``(转第3版)``: a page word, 第 or 下. The new rule
(markers ``_LETTERED_LABEL_RE``) takes a section letter A–F with one or two digits as enough,
with no page word, so a route or a line's name of that shape is a jump mid-sentence. Before
558921c..HEAD the story stayed whole (regression).
"""

from tests.parsing.helpers import parse


def test_bracketed_bus_line_mid_sentence_keeps_the_story_whole():
    parsed = parse(
        "快速公交新线路今起试运行",
        "",
        "本报讯（记者王刚）快速公交B25路今天起试运行，乘客可在市民广场站换乘（转B11）前往高铁站，"
        "全程约需四十分钟。",
        "",
        "试运行期间票价为一元，乘客可使用交通卡和手机扫码乘车。",
    )
    assert len(parsed.articles) == 1
    article = parsed.articles[0]
    assert article.markers == ()
    assert "换乘（转B11）前往高铁站" in article.paragraphs[0]
