"""The proofreading aid with the database: stored on import and on save, the seed's two
printing slips and nothing else, the word list, the name check across an issue, the command's
exit status and JSON, and the story form's 校对提示 as rendered HTML."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from articles.models import Article, ProofreadingFinding, ProofreadingWord
from articles.proofing import check_articles, proofreading_counts
from tests.admin.conftest import form_data
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_seed()


def test_the_seed_has_its_two_printing_slips_flagged_and_nothing_else(seed):
    stored = sorted(ProofreadingFinding.objects.values_list("kind", "text"))
    assert stored == [("doubled", "清清"), ("doubled", "组组")]
    counts = proofreading_counts()
    [issue] = counts.values()
    assert (issue.findings, issue.stories) == (2, 2) and issue.by_kind == {"doubled": 2}
    assert issue.kinds_text() == "重复字2处"


def test_imports_skip_the_checks_when_the_setting_is_off(
    settings, django_capture_on_commit_callbacks
):
    settings.NEWSROOM_PROOFREAD_ON_IMPORT = False
    with django_capture_on_commit_callbacks(execute=True):
        import_seed()
    assert not ProofreadingFinding.objects.exists()
    found = check_articles(Article.objects.values_list("pk", flat=True))  # what the command does
    assert sorted(i.finding.text for items in found.values() for i in items) == ["清清", "组组"]


def test_the_word_list_is_matched_as_search_segments(seed):
    ProofreadingWord.objects.create(kind="preferred", word="店小二", preferred="服务员")
    ProofreadingWord.objects.create(kind="banned", word="项目源", note="内部说法")
    ProofreadingWord.objects.create(kind="sensitive", word="副书", inside_words=True)
    ProofreadingWord.objects.create(kind="sensitive", word="书记徐")  # never a whole word
    found = check_articles(Article.objects.values_list("pk", flat=True))
    texts = sorted((i.finding.kind, i.finding.text) for items in found.values() for i in items)
    assert ("preferred", "店小二") in texts and ("banned", "项目源") in texts
    assert ("sensitive", "副书") in texts and ("sensitive", "书记徐") not in texts


def test_the_same_reporter_spelt_two_ways_in_one_issue_is_flagged(
    seed, django_capture_on_commit_callbacks
):
    page = "\n".join(
        ["另一篇稿件的标题", "", "本报讯（记者卢兆新）昨日，全市召开会议，部署下半年工作任务。"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        import_text(page, "A3")
    variants = ProofreadingFinding.objects.filter(kind="name_variant")
    assert sorted(variants.values_list("text", flat=True)) == ["卢兆新", "卢兆欣", "卢兆欣"]
    assert "卢兆新" in variants.filter(text="卢兆欣").first().message


def test_the_command_lists_findings_in_chinese_and_exits_1(seed, capsys):
    with pytest.raises(CommandError) as exit_:
        call_command("proofread", "--paper", "nantong-daily", "--date", "2020-07-09")
    assert exit_.value.returncode == 1 and "发现 2 处校对提示" in str(exit_.value)
    out = capsys.readouterr().out
    assert "摸【清清】楚" in out and "小【组组】招商" in out and "发现 2 处需要核对" in out


def test_the_command_prints_json_and_exits_0_when_clean(seed, capsys):
    with pytest.raises(CommandError):
        call_command("proofread", "--json")
    data = json.loads(capsys.readouterr().out)
    assert {(f["kind"], f["text"], f["page"]) for f in data["findings"]} == {
        ("doubled", "清清", "A1"),
        ("doubled", "组组", "A1"),
    }
    Article.objects.update(headline="标题")
    for part in Article.objects.get(pk=data["findings"][0]["article_id"]).parts.all():
        part.blocks = [{"kind": "paragraph", "text": "干干净净。"}]
        part.save()
    for part in Article.objects.get(pk=data["findings"][1]["article_id"]).parts.all():
        part.blocks = [{"kind": "paragraph", "text": "常常。"}]
        part.save()
    call_command("proofread", "--json")  # no SystemExit: exit status 0
    assert json.loads(capsys.readouterr().out)["findings"] == []


def test_the_command_refuses_an_unknown_paper_in_chinese(seed):
    with pytest.raises(CommandError, match="没有名为"):
        call_command("proofread", "--paper", "nope")


def test_the_story_form_shows_findings_beside_the_text_and_a_save_rechecks(
    seed,
    editor_client,
    django_capture_on_commit_callbacks,
):
    story = ProofreadingFinding.objects.get(text="清清").article
    url = reverse("admin:articles_article_change", args=[story.pk])
    html = editor_client.get(url).content.decode()
    assert "校对提示 1 处" in html and "摸<mark>清清</mark>楚" in html
    data = {**form_data(editor_client.get(url)), "headline": "首批企业,村居集中签约", "_save": "1"}
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, data)
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.headline == "首批企业,村居集中签约"  # never changed by the check
    kinds = sorted(ProofreadingFinding.objects.filter(article=story).values_list("kind", "text"))
    assert kinds == [("doubled", "清清"), ("half_width", ",")]
    html = editor_client.get(url).content.decode()
    assert "校对提示 2 处" in html and "首批企业<mark>,</mark>村居" in html


def test_the_word_list_is_edited_in_the_admin_and_rechecks_stories(
    seed,
    editor_client,
    django_capture_on_commit_callbacks,
):
    url = reverse("admin:articles_proofreadingword_add")
    data = {**form_data(editor_client.get(url)), "kind": "preferred", "word": "店小二"}
    response = editor_client.post(url, data)
    assert "规范用语要写明规范的写法" in response.content.decode()
    data["preferred"] = "服务员"
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(url, data).status_code == 302
    assert ProofreadingFinding.objects.filter(kind="preferred", text="店小二").count() == 1
    again = editor_client.post(url, data)
    assert again.status_code == 200 and ProofreadingWord.objects.count() == 1
