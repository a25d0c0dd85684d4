"""等 closing a byline's names means "and others" (``本报记者 王平等``): the reporters are the
names before it; the byline as printed keeps 等; 等 in a sentence is untouched."""

import pytest

from articles.parsing import parse_names
from tests.parsing.helpers import only_article

BODY = (
    "全市今年新建的二十座污水处理厂已经全部投入运行，日处理能力比去年提高了三成，"
    "沿河居民普遍反映水质明显好转。"
)
MORE = "据介绍，下一步还将在城郊新建三座泵站，力争明年底前实现生活污水全收集、全处理。"


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("本报记者 王平等", ("王平",)),
        ("记者 李晓东等", ("李晓东",)),
        ("本报通讯员 陈静等", ("陈静",)),
        ("本报记者 王平 李明等", ("王平", "李明")),
    ],
)
def test_deng_after_the_names_is_and_others(byline, reporters):
    article = only_article("污水处理厂全部投运", byline, "", BODY, "", MORE)
    assert article.byline == byline  # as printed, 等 kept
    assert article.reporters == reporters


def test_deng_in_a_dateline_bracket():
    article = only_article("污水处理厂全部投运", "本报讯（记者 王平等）" + BODY, "", MORE)
    assert article.reporters == ("王平",)


def test_near_misses_keep_their_names():
    # 张平: a name ending in a character that is also a word stays whole.
    assert parse_names("记者 张平") == ("张平",)
    # 吴等: a surname alone is no one's name, so the two characters are read as printed.
    assert parse_names("记者 吴等") == ("吴等",)
    # 等 followed by a count is a group (no one writer), not "and others" at the byline's end.
    assert parse_names("李淑珍等六人") == ()


def test_deng_inside_a_sentence_is_untouched():
    text = "王平等三位老师带领学生走访了沿河的十多个村庄，记录下村民们对治水工作的意见和建议。"
    article = only_article("师生走访沿河村庄", "本报记者 赵青", "", text, "", MORE)
    assert article.reporters == ("赵青",)
    assert article.paragraphs[0] == text
