"""A 上接 that one ambiguous 下转 may take (one story jumps to a page printing two bare
``（上接A1版）``) names that story and says the 下转 may go to another 上接, not that several
下转 may lead there with one title between the brackets (articles/continuations/problems.py,
``check_jumps`` and the desk). Pages written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from articles.continuations import jump_problems
from articles.models import Issue, Jump, JumpState
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2024, 5, 8)
A1 = """全市节能改造会议召开

本报讯（记者 方远）昨日，全市公共建筑节能改造推进会召开。会议通报了去年的改造成效，部署了今年的重点任务，要求各单位加快进度，（下转A2版）
"""
A2 = """（上接A1版）确保年底前全部验收。

一、公共机构带头改造

（上接A1版）摊主介绍，今年鲜花价格总体平稳，玫瑰每枝约三元。
"""


def test_a_continuation_one_jump_may_take_names_that_story_alone():
    import_text(A1, "A1", when=DAY)
    import_text(A2, "A2", when=DAY)
    [forward] = Jump.objects.filter(direction="forward")
    assert forward.state == JumpState.AMBIGUOUS and forward.candidates.count() == 2
    said = [p.message for p in jump_problems(Issue.objects.all()) if p.marker == "（上接A1版）"]
    assert len(said) == 2
    for message in said:
        assert "有几处" not in message
        assert message.startswith(
            "有歧义：A1版“全市节能改造会议召开”的“下转”可能接到这里，也可能接到别的“上接”"
        )
        assert "在A1版这篇稿件的转版上点“处理此转版”" in message
