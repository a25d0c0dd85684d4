"""A new paper whose name derives the slug another paper has (21世纪商业评论 and 21世纪经济报道,
both ``21``; ABC晚报 and ABC日报, both ``abc``) is a paper of its own: its pages never go into
the other paper, whose stories stay as they were."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Publication

pytestmark = pytest.mark.django_db

FIRST = "在西部开放中当好排头兵\n\n本报讯（记者 李木）西部陆海新通道建设提速，今年以来开行班列三千列。\n"
OTHER = "东湾渔港冬汛开捕\n\n本报讯（记者 钱多多）东湾渔港昨天迎来冬汛，两百多艘渔船出海作业。\n"


def run(path, paper):
    out = StringIO()
    args = (str(path), "--paper", paper, "--date", "2025-09-01", "--new-paper")
    call_command("import_pages", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def pages(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "1.txt").write_text(FIRST, encoding="utf-8")
    (tmp_path / "b" / "1.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "first, second", [("21世纪经济报道", "21世纪商业评论"), ("ABC日报", "ABC晚报")]
)
def test_a_new_paper_sharing_a_derived_slug_is_made_apart_and_deletes_nothing(pages, first, second):
    run(pages / "a" / "1.txt", first)
    said = run(pages / "b" / "1.txt", second)

    old, new = Publication.objects.get(name=first), Publication.objects.get(name=second)
    assert old.slug != new.slug and new.slug.startswith(old.slug + "-")
    assert f"新建报纸 {second}（网址名 {new.slug}" in said
    assert "删去" not in said
    assert list(
        Article.objects.filter(issue__publication=old).values_list("headline", flat=True)
    ) == ["在西部开放中当好排头兵"]
    assert list(
        Article.objects.filter(issue__publication=new).values_list("headline", flat=True)
    ) == ["东湾渔港冬汛开捕"]
