"""A text with more stories or continuation markers than a printed page carries
(``NEWSROOM_MAX_PAGE_STORIES``, ``NEWSROOM_MAX_PAGE_JUMPS``) is refused before anything is
written, and what the import costs per jump does not grow with the page's flags."""

from datetime import date
from io import StringIO

import pytest
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command
from django.db.models import JSONField

from articles.importing import PageImportError
from articles.models import Article, Jump, Page, Publication
from tests.factories import import_text

pytestmark = pytest.mark.django_db


def jump_lines(n: int) -> str:
    """A marker then a short title, ``n`` + 1 times: ``n`` stories with one jump each (the first
    marker has no text before it and is set aside)."""
    return "".join("（下转A2版）标题\n" for _ in range(n + 1))


def test_the_limits_are_a_few_hundred_stories_and_jumps():
    assert 100 <= django_settings.NEWSROOM_MAX_PAGE_STORIES <= 1000
    assert 50 <= django_settings.NEWSROOM_MAX_PAGE_JUMPS <= 500


def test_a_page_of_a_thousand_jump_lines_is_refused_by_the_command_and_nothing_written(tmp_path):
    page = tmp_path / "A1.txt"
    page.write_text(jump_lines(1000), encoding="utf-8")  # 1,000 stories, 1,000 jumps
    with pytest.raises(CommandError):
        call_command(
            "import_pages", str(page), "--paper", "南通日报", "--date", "2020-07-09",
            "--new-paper", "--workers", "0", stdout=(out := StringIO()), stderr=(err := StringIO()),
        )  # fmt: skip
    report = out.getvalue() + err.getvalue()
    assert "有 1000 个转版标记（一个版面最多 200 个）" in report
    assert "稿件（一个版面最多 500 篇）" in report
    assert "拆成单个版面的文件后再导入" in report
    assert not Page.objects.exists() and not Article.objects.exists()
    assert not Publication.objects.exists()


def test_too_many_jumps_alone_are_refused_naming_the_count(settings):
    settings.NEWSROOM_MAX_PAGE_JUMPS = 5
    with pytest.raises(PageImportError) as refused:
        import_text(jump_lines(7), "A1")
    message = str(refused.value)
    assert message.startswith("A1.txt: ") and "有 7 个转版标记（一个版面最多 5 个）" in message
    assert "稿件" not in message.split("：", 1)[1].split("；")[0]
    assert not Page.objects.exists()


def test_too_many_stories_alone_are_refused_naming_the_count(settings):
    settings.NEWSROOM_MAX_PAGE_STORIES = 3
    with pytest.raises(PageImportError, match=r"分出了 4 篇稿件（一个版面最多 3 篇）；"):
        import_text(jump_lines(4), "A1")
    assert not Page.objects.exists()


def test_a_page_at_the_limits_is_imported(settings):
    settings.NEWSROOM_MAX_PAGE_JUMPS = 7
    settings.NEWSROOM_MAX_PAGE_STORIES = 7
    report = import_text(jump_lines(7), "A1")
    assert report.action == "created"
    assert Jump.objects.count() == 7


def flag_lists_decoded(monkeypatch, text: str, when) -> int:
    """How many times an import of ``text`` decodes a page's stored flags."""
    seen = []
    decode = JSONField.from_db_value

    def counted(self, value, expression, connection):
        if self.name == "parser_flags":
            seen.append(1)
        return decode(self, value, expression, connection)

    monkeypatch.setattr(JSONField, "from_db_value", counted)
    import_text(text, "A1", when=when)
    monkeypatch.undo()
    return len(seen)


def test_a_pages_flags_are_not_read_once_per_jump(monkeypatch):
    """Every jump line is flagged (up to 100 flags kept with the page). Reading them with each
    jump's page made the import's memory 100 KB per jump (14 GB for 60,000 markers)."""
    few = flag_lists_decoded(monkeypatch, jump_lines(20), date(2020, 7, 9))
    many = flag_lists_decoded(monkeypatch, jump_lines(150), date(2020, 7, 10))
    assert Jump.objects.count() == 170
    assert many == few <= 3
