"""The import report names a held link by why it is held, as the desk, ``check_jumps`` and the
jump pages do (``articles.models.jumps.held_links``): for sign-off (须经签发，先不接上), because
the jumping story was published and withdrawn (稿件已撤回，先不接上) or because one story is
published and the other scheduled for later (定时发布，先不接上) — in the command's text, its
``--json`` and the desk's upload report, which say the same page line."""

from __future__ import annotations

import json
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.models import Article, Jump, Publication
from articles.publishing import stories_publish, stories_unpublish
from articles.scheduling import stories_schedule
from articles.signoff import stories_sign_off
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2024, 5, 17)
PAPER = ("--paper", "nantong-daily", "--date", DAY.isoformat(), "--workers", "0")
HEAD = (
    "渡口新船下水\n\n本报讯（记者顾岚）渡口的新渡船昨天下水试航，船身加宽，一次可载两百人，"
    "（下转A2版）\n"
)
HEAD_UNJUMPED = "渡口新船下水\n\n本报讯（记者顾岚）渡口的新渡船昨天下水试航，船身加宽。\n"
TAIL = "（上接A1版）船上还设了自行车停放区，早晚高峰不必再排长队等船。\n"


def command(*args: str) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def held_for_sign_off() -> None:
    """A2's continuation signed off and published on a sign-off paper; A1 not yet."""
    import_text(TAIL, "A2", when=DAY)
    Publication.objects.update(review_required=True)
    stories_sign_off(articles=Article.objects.all())
    command("publish_issue", *PAPER[:4], "--acknowledge-broken")


def held_for_a_withdrawn_head() -> None:
    """Both pages published, A1 printed without its 下转; then A1's story withdrawn."""
    import_text(HEAD_UNJUMPED, "A1", when=DAY)
    import_text(TAIL, "A2", when=DAY)
    command("publish_issue", *PAPER[:4], "--acknowledge-broken")
    stories_unpublish(articles=Article.objects.filter(page__label="A1"))


def held_for_a_schedule() -> None:
    """Both pages imported apart (A1 without its 下转): A1's story published, A2's continuation
    scheduled for tomorrow."""
    import_text(HEAD_UNJUMPED, "A1", when=DAY)
    import_text(TAIL, "A2", when=DAY)
    stories_publish(articles=Article.objects.filter(page__label="A1"))
    at = timezone.now() + timedelta(days=1)
    stories_schedule(articles=Article.objects.filter(page__label="A2"), at=at)


REASONS = {
    "signoff": (held_for_sign_off, "须经签发，先不接上"),
    "withdrawn": (held_for_a_withdrawn_head, "稿件已撤回，先不接上"),
    "scheduled": (held_for_a_schedule, "定时发布，先不接上"),
}


def import_head(tmp_path, *flags: str) -> str:
    path = tmp_path / "A1.txt"
    path.write_text(HEAD, encoding="utf-8")
    return command("import_pages", str(path), *PAPER, *flags)


@pytest.mark.parametrize("reason", REASONS)
def test_the_text_report_names_why_the_link_is_held(tmp_path, reason):
    setup, label = REASONS[reason]
    setup()
    report = import_head(tmp_path)
    assert Jump.objects.get(direction="forward").state_label() == label  # as the desk says
    (line,) = [x for x in report.splitlines() if "A1版：" in x]
    assert f"1 处{label}" in line, line
    assert "发布后接上" not in report


@pytest.mark.parametrize("reason", REASONS)
def test_the_json_report_names_why_the_link_is_held(tmp_path, reason):
    setup, label = REASONS[reason]
    setup()
    (page,) = json.loads(import_head(tmp_path, "--json"))["pages"]
    (jump,) = page["pending_jump_details"]
    assert (jump["marker"], jump["state"], jump["state_label"]) == ("（下转A2版）", "held", label)
    assert page["pending_jumps"] == [f"A1 #1 （下转A2版） → A2 ({label})"]
    (clause,) = [c for c in page["clauses"] if c["kind"] == "pending_jumps"]
    assert f"1 处{label}" in clause["text"]


@pytest.mark.parametrize("reason", REASONS)
def test_the_continuation_waiting_in_a_held_link_is_said_to_be_held_not_orphaned(tmp_path, reason):
    """A2 imported again once the link is held: its 上接 waits for the held 下转, as
    ``check_jumps`` says; A1's page is imported and has that 下转."""
    setup, label = REASONS[reason]
    setup()
    import_head(tmp_path)
    path = tmp_path / "A2.txt"
    path.write_text(TAIL, encoding="utf-8")
    (page,) = json.loads(command("import_pages", str(path), *PAPER, "--json"))["pages"]
    (jump,) = page["pending_jump_details"]
    assert (jump["marker"], jump["state"], jump["state_label"]) == ("（上接A1版）", "held", label)
    assert Jump.objects.get(direction="backward").state_label() == label  # as the desk says
