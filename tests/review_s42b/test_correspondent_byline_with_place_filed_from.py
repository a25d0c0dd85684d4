"""A correspondent's byline that also names where it was filed from (``本报驻美国记者 王刚
纽约报道``) is read as the story's 副题 and credits no one.

Today's work taught both halves separately (reportlines ``posted_byline``: ``本报驻美国记者 王刚``;
``filed_from_end``: ``本报记者 王刚 北京报道``), but ``posted_byline`` wants names only after the
role, so the usual combination of the two fails. INPUT.md: bylines on their own line under the
headline are bylines, not headlines. Not a regression (missing its own kind).
"""

from tests.parsing.helpers import only_article


def test_correspondent_byline_with_place_filed_from_credits_the_reporter():
    article = only_article(
        "中美民间交流活动在纽约举行",
        "",
        "本报驻美国记者 王刚 纽约报道",
        "",
        "当地时间12日，一场以“友谊与合作”为主题的中美民间交流活动在纽约举行，两国各界人士约三百人参加。",
    )
    assert article.subheadline == ""
    assert article.reporters == ("王刚",)
