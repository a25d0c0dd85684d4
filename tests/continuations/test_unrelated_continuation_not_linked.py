"""Four stories of page A1 jump to A2, where only one continuation stands, about a bridge, that
shares nothing but everyday words (困难, 家庭, 提供, 服务, 组织, 开展) with any of them. The markers
say only that it ends one of the four; the words do not say which: it is linked to none of them
(a reviewer's finding: it was linked to the story on a volunteer service, with no flag). Each
下转 is left 有歧义 with it as its one candidate, for an editor to pick, and every place that
speaks of its 上接 says so (the import line, ``check_jumps``, the desk's preview). A continuation
that shares the story's own words (党支部, 志愿服务, 楼道) is still linked."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from articles.continuations import jump_problems
from articles.importing import UploadItem, upload_run
from articles.models import Issue, Jump, JumpDirection, JumpState

pytestmark = pytest.mark.django_db

FRONT = (
    "城建重点工程半年讲评会召开\n\n"
    "本报讯（记者严明）昨日下午，市城建重点工程指挥部召开半年工作讲评会，对上半年重点工程和"
    "重大项目推进情况进行回头看。会议要求，各指挥部要咬定目标任务，紧盯序时进度，全力冲刺攻坚，"
    "推动项目建设不断取得新突破。（下转A2版）\n\n"
    "污染防治攻坚战二季度考核启动\n\n"
    "本报讯（记者韦清）6日，全市污染防治攻坚战二季度考核督查动员会召开。此次考核为期4天，"
    "将采取不听汇报、直奔现场的形式，重点检查环境质量改善和突出环境问题整治情况。（下转A2版）\n\n"
    "百家企业结对百个村居\n\n"
    "本报讯（记者金帆）8日上午，我市召开企业村居结对对接会，来自六个县区的十八组企业和村居"
    "现场签约。会议要求，各地要搭建平台、精准对接，推动联建项目尽快落地见效。（下转A2版）\n\n"
    "社会组织党建品牌亮起来\n\n"
    "本报讯（记者毛悦）“楼道里亮堂多了。”上月中旬，北湖社区的楼道照明全部更换一新，实施单位是"
    "一家志愿服务社。该服务社成立党支部后，组织党员为困难家庭提供维修、家电清洗等公益服务，"
    "累计志愿服务时长四百多小时。（下转A2版）\n"
)
BRIDGE = "（上接A1版）大桥建设者们克服困难，为沿线家庭提供服务，组织开展各类活动。\n"
ITS_OWN = (
    "（上接A1版）北湖社区党支部书记表示，下一步将引导更多社会组织成立党支部，"
    "让志愿服务社的公益服务照亮更多楼道。\n"
)
STORIES = ("城建重点工程半年讲评会召开", "污染防治攻坚战二季度考核启动", "百家企业结对百个村居")
PARTY = "社会组织党建品牌亮起来"


def import_pages(tmp_path, inside: str) -> str:
    """Import A1, then A2 printing ``inside``; returns what the import said of A2."""
    said = StringIO()
    for label, text in (("A1", FRONT), ("A2", inside)):
        path = tmp_path / f"{label}.txt"
        path.write_text(text, encoding="utf-8")
        call_command(
            "import_pages",
            str(path),
            *("--paper", "beihu-daily", "--date", "2025-06-03", "--workers", "0", "--new-paper"),
            stdout=said if label == "A2" else StringIO(),
            stderr=StringIO(),
        )
    return said.getvalue()


def forward_states() -> dict[str, str]:
    forward = Jump.objects.filter(direction=JumpDirection.FORWARD).select_related("part__article")
    return {j.part.article.headline: j.state for j in forward}


def test_a_continuation_sharing_only_everyday_words_is_linked_to_none(tmp_path):
    import_pages(tmp_path, BRIDGE)
    assert forward_states() == dict.fromkeys((*STORIES, PARTY), JumpState.AMBIGUOUS)
    assert not Jump.objects.filter(state=JumpState.LINKED).exists()
    for jump in Jump.objects.filter(direction=JumpDirection.FORWARD):
        assert [c.blocks[0]["text"] for c in jump.candidates.all()] == [BRIDGE[7:].strip()]


def test_every_message_says_it_is_for_an_editor_to_pick(tmp_path):
    said = import_pages(tmp_path, BRIDGE)
    assert "A2版：新建；1 篇稿件、0 张图片、0 条导读；1 处转版待接（1 处有歧义）" in said
    assert "没有转到本版" not in said
    problems = jump_problems(Issue.objects.all())
    forward = [p for p in problems if p.marker == "（下转A2版）"]
    assert len(forward) == 4
    for problem in forward:
        assert problem.kind == "ambiguous"
        assert problem.message.startswith("有歧义：这段接续也可能是别的“下转”的下文")
        assert "有几段接续" not in problem.message  # there is one
        assert len(problem.candidates) == 1
    (backward,) = [p for p in problems if p.marker == "（上接A1版）"]
    assert backward.kind == "ambiguous"
    assert "A1版有几处“下转”都可能接到这里" in backward.message
    assert all(f"“{title}”" in backward.message for title in (*STORIES, PARTY))


def test_the_desk_preview_says_the_same():
    items = [
        UploadItem(
            name=f"{label}.txt",
            data=text.encode(),
            paper_name="北湖日报",
            paper_slug="beihu",
            issue_date=date(2025, 6, 3),
            label=label,
        )
        for label, text in (("A1", FRONT), ("A2", BRIDGE))
    ]
    front, inside = upload_run(items, dry_run=True)
    assert all("已接续" not in line for line in front.jumps), front.jumps
    assert sum("有歧义" in line for line in front.jumps) == 4
    (line,) = inside.jumps
    assert "有歧义（A1版有几处“下转”都可能接到这里" in line and "待目标版面" not in line


def test_a_continuation_sharing_the_story_s_own_words_is_linked(tmp_path):
    import_pages(tmp_path, ITS_OWN)
    assert forward_states() == {**dict.fromkeys(STORIES, JumpState.UNMATCHED), PARTY: "linked"}
