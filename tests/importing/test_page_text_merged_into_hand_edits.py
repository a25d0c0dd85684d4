"""A re-sent page's changes merged into a story edited by hand, field by field and paragraph by
paragraph (a fresh reviewer, session 68: the deck of #7 edited kept a one-word correction of
its second paragraph out, and taking it would have undone the deck; typing the correction by
hand into #11 left it pending; 已核对 at publishing left the desk counting it)."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model

from articles.editing import hand_edit
from articles.importing import PageInput, pages_import
from articles.importing.pagetake import page_text_acknowledge, page_text_offers
from articles.importing.reports import conflict_in_chinese
from articles.importing.textmerge import merge_printed
from articles.models import Article, Page
from articles.pendingtext import acknowledged_record, pending_texts

pytestmark = pytest.mark.django_db

FERRIED = "本报讯（记者 林小河）城区前天降雪，八个易结冰路段已撒盐除冰。"
PAGE = """雪后路面结冰

本报讯（记者 林小河）城区昨天降雪，八个易结冰路段已撒盐除冰。

交警提醒市民出行放慢车速，注意保持车距。

社区图书馆延长开放时间

本报讯（记者 苏明远）全市社区图书馆下月起每天开放到晚上九点，方便下班的读者。
"""


def run(text: str, **kwargs):
    item = PageInput(
        paper_name="云岭晚报",
        paper_slug="yunling",
        issue_date=date(2026, 11, 20),
        label="A1",
        data=text.encode("utf-8"),
        source_name="A1.txt",
    )
    [report] = list(pages_import([item], **kwargs))
    return report


def story() -> Article:
    return Article.objects.get(pk=Article.objects.order_by("pk").first().pk)


def edit(**fields) -> Article:
    article = story()
    hand_edit([article])
    part = article.parts.get()
    for name, value in fields.items():
        if name == "blocks":
            part.blocks = [{**b, "text": t} for b, t in zip(part.blocks, value, strict=True)]
            part.save()
        else:
            setattr(article, name, value)
    article.save()
    return article


def texts(article: Article) -> list[str]:
    return [b["text"] for b in article.parts.get().blocks]


def test_a_correction_to_a_paragraph_the_editor_never_touched_flows_in():
    run(PAGE)
    edit(kicker="大雪过后")
    report = run(PAGE.replace("八个", "九个"))
    article = story()
    assert article.kicker == "大雪过后"  # (the editor's deck kept)
    assert "九个易结冰路段" in texts(article)[0]
    assert pending_texts([article]) == []
    [said] = [w for w in report.warnings if "编辑没有改过的地方" in w]
    assert said.endswith("已按新的版面文本改：第1段“…天降雪，八个易结冰…”→“…天降雪，九个易结冰…”")
    newest = article.history.order_by("-history_date").first()
    assert newest.history_change_reason.startswith("并入A1版版面文本的改动（编辑没有改过的地方）")


def test_a_field_the_editor_never_touched_flows_in_beside_an_edited_paragraph():
    run(PAGE)
    edit(
        blocks=[
            "本报讯城区昨天降雪，八个易结冰路段已撒盐除冰。",
            "交警提醒市民出行放慢车速，注意保持车距。",
        ]
    )
    run(PAGE.replace("雪后路面结冰", "雪后路面结冰 交警提醒谨慎驾驶", 1))
    article = story()
    assert article.headline == "雪后路面结冰 交警提醒谨慎驾驶"
    assert texts(article)[0] == "本报讯城区昨天降雪，八个易结冰路段已撒盐除冰。"
    assert pending_texts([article]) == []


def test_a_correction_to_a_paragraph_the_editor_changed_stays_pending_and_both_are_kept():
    run(PAGE)
    edit(
        blocks=[
            "本报讯（记者 林小河）城区前天降雪，八个易结冰路段已撒盐除冰。",
            "交警提醒市民出行放慢车速，注意保持车距。",
        ]
    )
    report = run(PAGE.replace("八个", "九个"))
    article = story()
    assert texts(article)[0] == "本报讯（记者 林小河）城区前天降雪，八个易结冰路段已撒盐除冰。"
    assert "九个易结冰" in Page.objects.get().raw_text  # (the page's text kept on the page)
    [conflict] = report.conflicts
    assert conflict_in_chinese(conflict).endswith(
        "；版面文本有改动：第1段“…天降雪，八个易结冰…”→“…天降雪，九个易结冰…”"
    )
    [pending] = pending_texts([article])
    assert pending.changes == ("第1段“…天降雪，八个易结冰…”→“…天降雪，九个易结冰…”",)


def test_the_pending_flag_clears_once_the_story_holds_the_new_text():
    run(PAGE)
    edit(
        blocks=[
            "本报讯（记者 林小河）城区前天降雪，八个易结冰路段已撒盐除冰。",
            "交警提醒市民出行放慢车速，注意保持车距。",
        ]
    )
    run(PAGE.replace("八个", "九个"))
    article = story()
    assert pending_texts([article])
    edit(
        blocks=[
            "本报讯（记者 林小河）城区前天降雪，九个易结冰路段已撒盐除冰。",
            "交警提醒市民出行放慢车速，注意保持车距。",
        ]
    )
    assert pending_texts([story()]) == []


def test_acknowledging_keeps_the_story_clears_the_flag_and_is_recorded():
    run(PAGE)
    edit(
        blocks=[
            "本报讯（记者 林小河）城区前天降雪，八个易结冰路段已撒盐除冰。",
            "交警提醒市民出行放慢车速，注意保持车距。",
        ]
    )
    run(PAGE.replace("八个", "九个"))
    user = get_user_model().objects.create_user("夜班编辑", password="x")
    [offer] = page_text_offers(story())
    page_text_acknowledge(
        article_id=offer.article.pk, page_id=offer.page.pk, token=offer.token, user=user
    )
    article = story()
    assert "八个易结冰" in texts(article)[0]
    assert pending_texts([article]) == []
    newest = article.history.order_by("-history_date").first()
    assert newest.history_user == user
    assert newest.history_change_reason.startswith("已核对版面文本（A1版），保留编辑的修改：第1段")


def test_publishing_with_the_text_acknowledged_clears_the_flag():
    run(PAGE)
    edit(
        blocks=[
            "本报讯（记者 林小河）城区前天降雪，八个易结冰路段已撒盐除冰。",
            "交警提醒市民出行放慢车速，注意保持车距。",
        ]
    )
    run(PAGE.replace("八个", "九个"))
    pending = pending_texts([story()])
    acknowledged_record(pending, user=None, what="发布")
    assert pending_texts([story()]) == []


def test_a_page_resent_after_the_acknowledgement_is_pending_again():
    run(PAGE)
    edit(
        blocks=[
            "本报讯（记者 林小河）城区前天降雪，八个易结冰路段已撒盐除冰。",
            "交警提醒市民出行放慢车速，注意保持车距。",
        ]
    )
    run(PAGE.replace("八个", "九个"))
    acknowledged_record(pending_texts([story()]), user=None, what="发布")
    run(PAGE.replace("八个", "十个"))
    [pending] = pending_texts([story()])
    assert "十个易结冰" in pending.changes[0]


def test_the_merge_keeps_the_editors_field_and_takes_the_pages_paragraph():
    base = {
        "kicker": "",
        "headline": "甲",
        "title_lines": ["甲"],
        "blocks": [{"kind": "p", "text": "一二三"}],
    }
    mine = {**base, "kicker": "引"}
    theirs = {**base, "blocks": [{"kind": "p", "text": "一二四"}]}
    merged = merge_printed(base, mine, theirs)
    assert merged.printed["kicker"] == "引"
    assert merged.printed["blocks"] == [{"kind": "p", "text": "一二四"}]
    assert merged.flowed == ["第1段“一二三”→“一二四”"]
    assert merged.pending == []


def test_the_merge_leaves_a_change_pending_where_both_changed_a_field_otherwise():
    base = {"headline": "雪后路面结冰", "title_lines": [], "blocks": []}
    mine = {**base, "headline": "雪后路面结冰严重"}
    theirs = {**base, "headline": "雪后道路结冰"}
    merged = merge_printed(base, mine, theirs)
    assert merged.printed["headline"] == "雪后路面结冰严重"
    assert merged.pending == ["主题“雪后路面结冰”→“雪后道路结冰”"]


def test_a_resent_page_kept_out_of_an_edited_story_is_seen_in_the_issues_history():
    """(A page re-sent by command with conflicts only was in neither the issue's 历史 nor the
    desk's recent actions: nothing of its stories changed.)"""
    from articles.activity import desk_activity, issue_activity

    run(PAGE)
    edit(blocks=[FERRIED, "交警提醒市民出行放慢车速，注意保持车距。"])
    run(PAGE.replace("八个", "九个"))
    said = "版面重新送来（A1.txt），保留编辑的修改：版面文本有改动：第1段“…天降雪，八个易结冰…”→“…天降雪，九个易结冰…”"
    assert [a.text for a in issue_activity(story().issue) if a.text.startswith("版面重新送来")] == [
        f"{said}：云岭晚报 2026-11-20 A1版 “雪后路面结冰”"
    ]
    assert any(a.text.startswith(said) for a in desk_activity())


def test_a_change_that_flowed_in_is_seen_in_the_issues_history():
    from articles.activity import issue_activity

    run(PAGE)
    edit(kicker="大雪过后")
    run(PAGE.replace("八个", "九个"))
    lines = [a.text for a in issue_activity(story().issue)]
    assert any(
        line.startswith("并入A1版版面文本的改动（编辑没有改过的地方）：第1段") for line in lines
    )


def test_a_change_that_flowed_in_whole_is_no_conflict():
    """(A reviewer, session 68: ``1 处冲突…保留编辑保存的内容`` of a story whose page change
    flowed in, nothing pending, readers seeing it at once.)"""
    run(PAGE)
    edit(kicker="大雪过后")
    report = run(PAGE.replace("八个", "九个"))
    assert report.conflicts == []
    assert [w for w in report.warnings if "已按新的版面文本改：第1段" in w]
    assert "九个易结冰" in texts(story())[0]


def test_a_story_that_holds_the_pages_change_already_is_no_conflict():
    run(PAGE)
    edit(
        kicker="大雪过后",
        blocks=[
            "本报讯（记者 林小河）城区昨天降雪，九个易结冰路段已撒盐除冰。",
            "交警提醒市民出行放慢车速，注意保持车距。",
        ],
    )
    report = run(PAGE.replace("八个", "九个"))
    assert report.conflicts == []
    assert pending_texts([story()]) == []


def test_a_third_send_changing_again_what_flowed_in_flows_in_too():
    """(A reviewer, session 68: the third send of a page was compared with the first import,
    listing 二十分钟→二十五分钟, which the story held from the second, as 未采用 with it.)"""
    run(PAGE)
    edit(kicker="大雪过后")
    second = PAGE.replace("八个", "九个")
    run(second)
    report = run(second.replace("撒盐除冰", "撒盐融雪"))
    article = story()
    assert texts(article)[0] == "本报讯（记者 林小河）城区昨天降雪，九个易结冰路段已撒盐融雪。"
    assert article.kicker == "大雪过后"
    assert pending_texts([article]) == []
    assert report.conflicts == []
    [said] = [w for w in report.warnings if "编辑没有改过的地方" in w]
    assert said.endswith("已按新的版面文本改：第1段“…段已撒盐除冰。”→“…段已撒盐融雪。”")


def test_a_third_send_keeps_what_the_second_left_pending_and_nothing_it_merged():
    run(PAGE)
    edit(
        blocks=[
            "本报讯（记者 林小河）城区昨天降雪，八个易结冰路段已撒盐除冰。",
            "交警提醒市民出行放慢车速，注意保持安全车距。",
        ]
    )
    second = PAGE.replace("八个", "九个").replace("注意保持车距", "注意与前车保持车距")
    run(second)
    assert texts(story())[0] == "本报讯（记者 林小河）城区昨天降雪，九个易结冰路段已撒盐除冰。"
    run(second.replace("撒盐除冰", "撒盐融雪"))
    article = story()
    assert texts(article) == [
        "本报讯（记者 林小河）城区昨天降雪，九个易结冰路段已撒盐融雪。",
        "交警提醒市民出行放慢车速，注意保持安全车距。",
    ]
    [pending] = pending_texts([article])
    assert len(pending.changes) == 1 and pending.changes[0].startswith("第2段")
