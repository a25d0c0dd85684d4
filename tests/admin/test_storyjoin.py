"""合并到上一篇 and 从这里拆开 as services (articles.storyjoin, articles.storysplit): what the
parser's 请先核对 asks an editor to do, done whole in one transaction, recorded in history, kept
through a re-import of the page."""

from datetime import date

import pytest

from articles.importing.reportlines import conflict_in_chinese
from articles.models import (
    Article,
    ArticlePart,
    ArticleRedirect,
    Byline,
    Jump,
    Page,
    Person,
    Photo,
    Publication,
    Status,
    Zone,
)
from articles.storyjoin import (
    AS_PARAGRAPH,
    StoryJoinChanged,
    StoryJoinRefused,
    merge_plan,
    story_merge,
)
from articles.storysplit import split_plan, story_split
from search.engine import search
from tests.factories import import_text

pytestmark = pytest.mark.django_db
WHEN = date(2021, 3, 4)

#: The parser reads 夜市人气在哪里 as a new story's headline and flags it (heading-new-story).
GLUED = """西门菜场改造完成
摊位由六十个增加到一百个
本报讯 历时四个月的西门菜场改造工程昨天完工，菜场重新开业。
改造后的菜场摊位由六十个增加到一百个，过道也加宽了。
区市场监管所表示，将每周检查菜场的卫生状况。

夜市人气在哪里
傍晚时分，老城区几条小街两侧摆满了摊位，逛的人一拨接一拨。
摊主们说，租金不高，只要肯吃苦就有回头客。
繁荣夜市，既要放得开，也要管得住，不能一关了之。

南城中学获市科技节团体二等奖
学生作品明年将参加省级比赛
本报讯 在日前闭幕的市青少年科技节上，南城中学获得团体二等奖。
该校学生制作的节能装置受到评委好评。
"""

#: The parser joins the second dispatch to the first story and flags it (dateline-inside-story).
JOINED = """东京举行防灾演习
〔路透社东京五日电〕东京都五日举行大规模防灾演习，数万市民参加。
〔合众社东京五日电〕演习中还检验了新的地震预警系统。

港口新航线开通
本报讯 港口昨天开通至釜山的新航线。
"""


def page_of(text: str, label: str = "A3", **kwargs) -> Page:
    import_text(text, label, when=WHEN, paper="西江晚报", slug="xijiang", **kwargs)
    return Page.objects.get(label=label, issue__date=WHEN)


def story(headline: str) -> Article:
    return Article.objects.get(headline=headline)


def texts(article: Article) -> list[tuple[str, str]]:
    return [(b["kind"], b["text"]) for b in Article.objects.get(pk=article.pk).blocks()]


def test_merge_makes_the_later_headline_a_crosshead_of_the_story_before_it():
    page_of(GLUED)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    story_merge(later=later)
    assert not Article.objects.filter(pk=later.pk).exists()
    blocks = texts(earlier)
    assert blocks[3] == ("crosshead", "夜市人气在哪里")
    assert [kind for kind, _ in blocks] == ["paragraph"] * 3 + ["crosshead"] + ["paragraph"] * 3
    assert blocks[-1][1].startswith("繁荣夜市")
    merged = Article.objects.get(pk=earlier.pk)
    assert merged.is_edited  # a re-import keeps it
    assert ArticleRedirect.objects.get(old_id=later.pk).article_id == earlier.pk
    assert story("南城中学获市科技节团体二等奖").page_id == earlier.page_id  # untouched


def test_merge_as_paragraph_and_recorded_in_both_stories_history(editor):
    page_of(GLUED)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    story_merge(later=later, user=editor, title_as=AS_PARAGRAPH)
    assert texts(earlier)[3] == ("paragraph", "夜市人气在哪里")
    record = earlier.history.order_by("-history_date", "-history_id").first()
    assert record.history_change_reason.startswith("合并到上一篇：“夜市人气在哪里”并入本篇")
    assert record.history_user == editor
    assert "夜市人气在哪里" in str(record.story["parts"][0]["blocks"])
    imported = Article.history.filter(id=later.pk).order_by("history_id").first()
    assert "傍晚时分" in str(imported.story["parts"][0]["blocks"])  # readable after it went
    gone = Article.history.filter(id=later.pk, history_type="-").get()
    assert gone.history_user == editor and "并入“西门菜场改造完成”" in gone.history_change_reason


def test_merge_moves_photos_reporters_once_zones_and_the_forward_jump():
    page = page_of(GLUED)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    lin, su = Person.objects.create(name="林舒"), Person.objects.create(name="苏明")
    Byline.objects.create(article=earlier, person=lin, order=0)
    Byline.objects.create(article=later, person=lin, order=0)
    Byline.objects.create(article=later, person=su, order=1)
    photo = Photo.objects.create(page=page, position=60, caption="夜市一角。", article=later)
    l_part, e_part = later.parts.get(), earlier.parts.get()
    Zone.objects.create(page=page, part=e_part, rects=[[0, 0, 0.5, 0.2]])
    Zone.objects.create(page=page, part=l_part, rects=[[0, 0.2, 0.5, 0.4]], source="hand")
    Jump.objects.create(part=l_part, direction="forward", target_label="A4", marker="（下转A4版）")
    story_merge(later=later)
    assert Photo.objects.get(pk=photo.pk).article_id == earlier.pk
    assert Article.objects.get(pk=earlier.pk).reporter_names() == ["林舒", "苏明"]
    zone = Zone.objects.get(part=e_part)
    assert zone.rects == [[0, 0, 0.5, 0.2], [0, 0.2, 0.5, 0.4]] and zone.source == "hand"
    assert Jump.objects.get(marker="（下转A4版）").part_id == e_part.pk


def test_merged_story_is_found_by_the_later_story_words(django_capture_on_commit_callbacks):
    page_of(GLUED)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    with django_capture_on_commit_callbacks(execute=True):
        story_merge(later=later)
    found = {a.pk for a in search(Article.objects.all(), "回头客").queryset}
    assert found == {earlier.pk}


def test_merge_refuses_the_first_story_of_a_page_and_writes_nothing():
    page_of(GLUED)
    first = story("西门菜场改造完成")
    plan = merge_plan(first)
    assert "第一篇稿件" in plan.refusal
    with pytest.raises(StoryJoinRefused):
        story_merge(later=first)
    assert Article.objects.count() == 3


def test_a_later_story_that_jumps_takes_its_continuation_along():
    page = page_of(GLUED)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    a4 = Page.objects.create(issue=page.issue, label="A4")
    block = {"kind": "paragraph", "text": "夜市管理办法下月起施行。"}
    continuation = ArticlePart.objects.create(
        article=later, page=a4, position=1, sequence=1, blocks=[block], continued_from="A3"
    )
    plan = merge_plan(later)
    assert "续文随之成为A3版“西门菜场改造完成”的续文（A3版“西门菜场改造完成”改为刊于A3、A4版）" in (
        "".join(plan.lines)
    )
    story_merge(later=later)
    moved = ArticlePart.objects.get(pk=continuation.pk)
    assert (moved.article_id, moved.sequence) == (earlier.pk, 1)
    assert texts(earlier)[-1] == ("paragraph", "夜市管理办法下月起施行。")


def test_merge_refuses_when_the_story_before_goes_on_to_another_page():
    page = page_of(GLUED)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    a4 = Page.objects.create(issue=page.issue, label="A4")
    ArticlePart.objects.create(article=earlier, page=a4, position=1, sequence=1, blocks=[])
    assert "还转到别的版（刊于A3、A4版）" in merge_plan(later).refusal


def test_split_refuses_a_story_printed_on_several_pages():
    page = page_of(GLUED)
    earlier = story("西门菜场改造完成")
    a4 = Page.objects.create(issue=page.issue, label="A4")
    ArticlePart.objects.create(article=earlier, page=a4, position=1, sequence=1, blocks=[])
    assert "跨版刊登（刊于A3、A4版）" in split_plan(earlier, 1).refusal


def test_a_stale_merge_is_refused_with_nothing_written():
    page_of(GLUED)
    later = story("夜市人气在哪里")
    seen = merge_plan(later).fingerprint
    earlier = story("西门菜场改造完成")
    earlier.headline = "西门菜场改造完工"
    earlier.save()
    with pytest.raises(StoryJoinChanged):
        story_merge(later=later, fingerprint=seen)
    assert Article.objects.filter(pk=later.pk).exists()
    assert len(texts(earlier)) == 3


def signoff_paper(*headlines: str) -> None:
    Publication.objects.update(review_required=True)
    Article.objects.filter(headline__in=headlines).update(status=Status.PUBLISHED)


def test_a_published_story_on_a_signoff_paper_is_the_chief_editors(editor, chief):
    page_of(GLUED)
    signoff_paper("西门菜场改造完成")
    later = story("夜市人气在哪里")
    assert "本报须经签发" in merge_plan(later, user=editor).refusal
    with pytest.raises(StoryJoinRefused):
        story_merge(later=later, user=editor)
    assert "本报须经签发" in split_plan(story("西门菜场改造完成"), 1, user=editor).refusal
    assert merge_plan(later, user=chief).refusal == ""
    story_merge(later=later, user=chief)
    assert Article.objects.get(headline="西门菜场改造完成").status == Status.PUBLISHED


def test_split_at_a_dispatch_makes_a_new_untitled_story_right_after_it():
    page_of(JOINED)
    tokyo, port = story("东京举行防灾演习"), story("港口新航线开通")
    assert port.position == tokyo.position + 1  # the page's places are taken: port moves down
    new = story_split(article=tokyo, index=1)
    assert texts(tokyo) == [
        ("paragraph", "〔路透社东京五日电〕东京都五日举行大规模防灾演习，数万市民参加。")
    ]
    assert new.headline == "" and texts(new)[0][1].startswith("〔合众社东京五日电〕")
    assert new.position == tokyo.position + 1 == new.parts.get().position
    assert Article.objects.get(pk=port.pk).position == tokyo.position + 2
    assert ArticlePart.objects.get(article=port).position == tokyo.position + 2
    assert new.status == Status.DRAFT and new.is_edited
    assert Article.objects.get(pk=tokyo.pk).is_edited
    numbers = ArticlePart.objects.story_numbers_at([tokyo.page_id])
    assert numbers[tokyo.page_id, new.position] == 2


def test_split_at_a_short_line_takes_it_as_the_headline_and_chosen_photos_go_along():
    page = page_of(GLUED)
    earlier = story("西门菜场改造完成")
    later = story("夜市人气在哪里")
    story_merge(later=later)
    photo = Photo.objects.create(page=page, position=60, caption="新菜场。", article=earlier)
    kept = Photo.objects.create(page=page, position=61, caption="摊位。", article=earlier)
    plan = split_plan(earlier, 3)
    assert plan.title_from_text and plan.headline == "夜市人气在哪里"
    new = story_split(article=earlier, index=3, photo_ids=[str(photo.pk)], headline="不用")
    assert new.headline == "夜市人气在哪里" and new.parts.get().title_lines == ["夜市人气在哪里"]
    assert len(texts(new)) == 3 and len(texts(earlier)) == 3
    assert Photo.objects.get(pk=photo.pk).article_id == new.pk
    assert Photo.objects.get(pk=kept.pk).article_id == earlier.pk


def test_split_on_a_signoff_paper_starts_for_review_and_ends_the_sign_off(editor):
    page_of(JOINED)
    Publication.objects.update(review_required=True)
    Article.objects.filter(headline="东京举行防灾演习").update(status=Status.SIGNED_OFF)
    tokyo = story("东京举行防灾演习")
    new = story_split(article=tokyo, index=1, user=editor, headline="演习检验地震预警系统")
    assert new.status == Status.REVIEW and new.headline == "演习检验地震预警系统"
    assert Article.objects.get(pk=tokyo.pk).status == Status.REVIEW  # no longer signed off
    record = new.history.order_by("history_id").first()
    assert record.story["parts"][0]["blocks"] and record.history_user == editor


def test_split_refuses_the_first_paragraph_and_a_last_headline_line():
    page_of(GLUED)
    earlier = story("西门菜场改造完成")
    assert "第2段到第3段" in split_plan(earlier, 0).refusal
    assert "第2段到第3段" in split_plan(earlier, 3).refusal


# The import afterwards -------------------------------------------------------------------------


def test_the_same_page_imported_again_keeps_the_merge():
    page_of(GLUED)
    earlier = story("西门菜场改造完成")
    story_merge(later=story("夜市人气在哪里"))
    page_of(GLUED)
    assert list(Article.objects.values_list("headline", flat=True).order_by("position")) == [
        "西门菜场改造完成",
        "南城中学获市科技节团体二等奖",
    ]
    assert len(texts(earlier)) == 7


def test_a_corrected_page_keeps_the_merged_story_and_reports_the_conflict():
    page_of(GLUED)
    earlier = story("西门菜场改造完成")
    story_merge(later=story("夜市人气在哪里"))
    report = import_text(
        GLUED.replace("每周检查", "每天检查"), "A3", when=WHEN, paper="西江晚报", slug="xijiang"
    )
    assert len(texts(earlier)) == 7  # the editor's merge stands, said as a conflict
    assert "每周检查" in Article.objects.get(pk=earlier.pk).full_text()
    assert [c.split(":")[0] for c in report.conflicts] == [
        "A3 #1 “西门菜场改造完成”",
        "A3 #2 “夜市人气在哪里”",
    ]
    # (a reviewer's re-upload made the merged-away story again, a draft the desk offered to
    # publish, printing its text twice)
    assert not Article.objects.filter(headline="夜市人气在哪里").exists()
    assert conflict_in_chinese(report.conflicts[1]).startswith(
        "A3版 第2位的“夜市人气在哪里”：编辑已把它合并进“西门菜场改造完成”，已保留合并后的稿件"
    )


def test_a_corrected_merged_away_story_keeps_the_merge_too():
    page_of(GLUED)
    story_merge(later=story("夜市人气在哪里"))
    import_text(
        GLUED.replace("摊主们说", "摊主说"), "A3", when=WHEN, paper="西江晚报", slug="xijiang"
    )
    assert not Article.objects.filter(headline="夜市人气在哪里").exists()


def test_overwriting_hand_edits_makes_the_merged_story_again_from_the_page_text():
    page_of(GLUED)
    earlier = story("西门菜场改造完成")
    story_merge(later=story("夜市人气在哪里"))
    import_text(GLUED, "A3", when=WHEN, paper="西江晚报", slug="xijiang", overwrite_edited=True)
    assert Article.objects.filter(headline="夜市人气在哪里").count() == 1
    assert len(texts(earlier)) == 3


def test_a_corrected_page_keeps_both_halves_of_a_split():
    page_of(JOINED)
    tokyo = story("东京举行防灾演习")
    new = story_split(article=tokyo, index=1, headline="演习检验地震预警系统")
    page_of(JOINED.replace("数万市民", "五万市民"))
    assert len(texts(tokyo)) == 1
    assert Article.objects.get(pk=new.pk).headline == "演习检验地震预警系统"
    assert texts(new)[0][1].startswith("〔合众社东京五日电〕")
