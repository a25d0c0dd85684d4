"""Publish one issue: ``python manage.py publish_issue --paper SLUG --date YYYY-MM-DD``."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from articles.admin.pendingtext import pending_items
from articles.importing.papers import existing_paper
from articles.importing.sources import SourceError, parse_date
from articles.management.commands._chinese_help import ChineseHelpMixin
from articles.models import Issue, Publication, Status
from articles.overview import missing_shown
from articles.pendingtext import PENDING_TEXT, Pending, acknowledged_record, issues_pending, listed
from articles.publishers import publisher_refusal
from articles.publishing import (
    COMMAND_ACKNOWLEDGED_WHAT,
    COMMAND_PUBLISH_REASON,
    IssuePublishError,
    issue_publish,
)

# The desk's field for a chief editor's reason to publish stories not signed off
# (``articles.forms.desk``: 未签发破例发布的理由, at most this many characters), and how the
# refusal that names it reads for the shell.
UNSIGNED_REASON_CHARS = 80
_DESK_FIELD = "由总编辑填写“未签发破例发布的理由”"
_SHELL_FLAG = '加上 --unsigned-reason "理由"'
#: The flag that says the editor checked the stories and photos 版面文本有改动未采用 and publishes
#: them as saved (the desk's tick 已核对), and what their history records say was done.
KEEP_FLAG = "--keep-edited-text"


class Command(ChineseHelpMixin, BaseCommand):
    help = (
        "在一个事务里发布一期及其稿件；已发布的一期再发布时，只发布之后新加的稿件，"
        "发布后被编辑撤回的稿件仍是草稿（在稿件列表里逐篇重新发布），"
        "定时在以后发布的稿件仍等到时自动发布（逐篇列出）。"
        "有没接好的下转/上接时拒绝发布并列出它们，除非给出 --acknowledge-broken。"
        "发布了导入时提示过的零星文字（一版只有几个字、没有标题的稿件）"
        "或只有标题、没有正文的稿件时，逐篇提示怎样撤回、删去或补上正文；"
        "发布了还有校对提示的稿件时，逐篇列出提示的处数和类别（只是提示，照常发布）。"
        "只有图片、没有文字稿件的一期（摄影版、图片特刊）同样发布；"
        "没有版面，或版面上既没有稿件也没有图片时拒绝发布并说明原因。"
        "版次不连续（缺版）时照常发布，并说出缺哪几版。"
        "有版面文本有改动未采用的稿件或图片时拒绝发布并逐一列出（附“查看改动”的地址），"
        f"除非给出 {KEEP_FLAG}。"
        "给出 --user 时以这位编辑的名义发布（须是编辑后台可以发布本期的用户），修改历史里记下他；"
        "不给时修改历史记为“命令行发布”。"
    )

    def add_arguments(self, parser):
        parser.add_argument("--paper", required=True, help="报纸的 slug 或名称")
        parser.add_argument("--date", required=True, help="这一期的日期，YYYY-MM-DD")
        parser.add_argument(
            "--acknowledge-broken",
            action="store_true",
            help="即使有没接好的转版也发布（已知悉）",
        )
        parser.add_argument(
            "--unsigned-reason",
            metavar="理由",
            help="本报须经签发时，仍要发布尚未签发的稿件的理由（如同编辑台的“未签发破例发布的理由”，"
            f"最多 {UNSIGNED_REASON_CHARS} 个字，记入修改历史）；不须签发的报纸不用",
        )
        parser.add_argument(
            KEEP_FLAG,
            action="store_true",
            help="已核对版面文本有改动未采用的稿件和图片（版面重新送来时改了字，保留了编辑的修改），"
            "仍按编辑保存的内容发布；每篇、每张的修改历史里记下“已核对”",
        )
        parser.add_argument(
            "--user",
            metavar="用户名",
            help="以哪位编辑的名义发布（登录编辑后台的用户名）：记入每篇稿件、每张图片和本期的修改历史，"
            "须是编辑后台可以发布本期的用户（须经签发的报纸要总编辑）；不给时历史记为“命令行发布”",
        )
        parser.add_argument(
            "--unless-published",
            action="store_true",
            help="这一期已经发布时什么也不做（不会把之后导入的草稿一并发布；供重复运行的脚本用）",
        )

    def handle(
        self,
        *args,
        paper,
        date,
        acknowledge_broken,
        unless_published=False,
        unsigned_reason=None,
        keep_edited_text=False,
        user=None,
        **options,
    ):
        try:
            when = parse_date(date, where="--date")
        except SourceError as exc:
            raise CommandError(str(exc)) from None
        found = Issue.objects.select_related("publication").filter(date=when).of_paper_named(paper)
        # (the slug first, as given, then the name, then the name as the importer reads it)
        issue = min(
            found,
            key=lambda i: (i.publication.slug != paper, i.publication.name != paper, i.pk),
            default=None,
        )
        if issue is None:
            _check_paper_exists(paper)
            raise CommandError(
                f"报纸 {paper!r} 在 {when.isoformat()} 没有一期：请先导入这一期的版面"
                "（manage.py import_pages），或检查 --paper（slug 或报名）和 --date"
            )
        _check_unsigned_reason(unsigned_reason, issue)
        publisher = _publisher(user, issue)
        if unless_published and issue.status == Status.PUBLISHED:
            self.stdout.write(
                f"{issue.publication.name} {issue.date.isoformat()} 已经发布，这次什么也没做"
                "（草稿稿件仍是草稿，请在编辑后台逐篇发布）"
            )
            return
        pending = issues_pending([issue])  # (stories, then photos, kept as edited)
        if pending and not keep_edited_text:
            raise CommandError(pending_refusal(pending))
        try:
            with transaction.atomic():
                report = issue_publish(
                    issue=issue,
                    user=publisher,
                    acknowledge_broken=acknowledge_broken,
                    override_reason=unsigned_reason or "",
                    reason=COMMAND_PUBLISH_REASON,
                )
                acknowledged_record(pending, user=publisher, what=COMMAND_ACKNOWLEDGED_WHAT)
        except IssuePublishError as exc:
            hint = "\n（知悉这些问题仍要发布：加 --acknowledge-broken）"
            message = str(exc).replace(_DESK_FIELD, _SHELL_FLAG)
            raise CommandError(message + (hint if exc.problems else "")) from None
        self.stdout.write(self.style.SUCCESS(report.summary))
        if publisher is not None:
            self.stdout.write(f"  发布人：{publisher.get_username()}（记入修改历史）")
        for line in report.acknowledged:
            self.stdout.write(self.style.WARNING(f"  已知悉：{line}"))
        for line in report.scheduled:
            self.stdout.write(self.style.WARNING(f"  仍等定时发布：{line}"))
        for line in report.warnings:
            self.stdout.write(self.style.WARNING(f"  请核对：{line}"))
        gap = missing_pages_line(issue)
        if gap:
            self.stdout.write(self.style.WARNING(f"  请核对：{gap}"))
        for kept in pending:  # (checked: KEEP_FLAG)
            self.stdout.write(self.style.WARNING(f"  已核对：{kept.line}（{kept.hint}）"))


def pending_refusal(pending: list[Pending]) -> str:
    """Why the issue is not published: the stories and photos of ``pending`` (not empty)
    were kept as their editors saved them while their page was re-sent with other text, each
    named with its changes and the desk's address that shows them (查看改动), and the ways on:
    采用版面文本 there, or :data:`KEEP_FLAG` (the desk's tick 已核对)."""
    said = listed(pending)
    items = pending_items(pending)  # (a story jumping A1 → A2 once)
    lines = "\n".join(f"  {item['line']}\n    查看改动：{item['compare_url']}" for item in items)
    return (
        f"没有发布：{said.counted}{PENDING_TEXT}（版面重新送来时改了字，{said.noun}保留了编辑的修改）：\n"
        f"{lines}\n"
        f"请在编辑后台{said.each}打开上面的地址核对：版面改对了的，点“采用版面文本”后再运行本命令；"
        f"确认按编辑保存的内容发布的，加上 {KEEP_FLAG} 再运行（修改历史里记下“已核对”）。"
    )


def missing_pages_line(issue: Issue) -> str:
    """What the shell is told of the pages missing between those ``issue`` has (A2 of A1, A3:
    :func:`~articles.overview.missing_shown`), worded as the desk's 发布本期 says it; "" when
    none is. One query. Said, never refused: a page may be missing on purpose (停版, 合版)."""
    labels = list(issue.pages.values_list("label", flat=True))
    missing, more = missing_shown(labels, [])
    if not missing:
        return ""
    left = f" 等（另有 {more} 版）" if more else ""
    return (
        f"本期缺 {'、'.join(missing)}{left}：版次不连续，读者看到的是“共{len(labels)}版”，"
        "不会知道少了哪一版。这一版还没送来的，请导入本期版面（manage.py import_pages）后"
        "再运行本命令发布新加的稿件；确实停版、合版或版次本来如此的，不用理会。"
    )


def _check_unsigned_reason(reason: str | None, issue: Issue) -> None:
    """``--unsigned-reason``, refused (:class:`CommandError`) as the desk's field would not take
    it: empty, longer than :data:`UNSIGNED_REASON_CHARS`, or for a paper that does not require
    sign-off (the desk shows no such field there: ``Publication.review_required``)."""
    if reason is None:
        return
    if not reason.strip():
        raise CommandError("--unsigned-reason 的值是空的：请写上理由，或去掉 --unsigned-reason")
    if len(reason.strip()) > UNSIGNED_REASON_CHARS:
        raise CommandError(
            f"--unsigned-reason 最多 {UNSIGNED_REASON_CHARS} 个字，给的有 {len(reason.strip())} 个；"
            "请写短一些"
        )
    if not issue.publication.review_required:
        raise CommandError(
            f"《{issue.publication.name}》不须签发，--unsigned-reason 用不上；请去掉它再发布"
        )


def _publisher(username: str | None, issue: Issue):
    """The user ``--user`` names (None without it: the history says 命令行发布), refused
    (:class:`CommandError`) as the desk would refuse them to publish ``issue``'s paper:
    :func:`~articles.publishers.publisher_refusal`."""
    if username is None:
        return None
    if not username.strip():
        raise CommandError("--user 的值是空的：请写上登录编辑后台的用户名，或去掉 --user")
    user, refusal = publisher_refusal(username.strip(), issue.publication)
    if refusal:
        raise CommandError(refusal)
    return user


def _check_paper_exists(paper: str) -> None:
    """Refuse (:class:`CommandError`) a ``--paper`` that names no paper at all (by slug or name,
    as the importer finds papers: :func:`~articles.importing.papers.existing_paper`), listing the
    papers there are, rather than saying the paper has no issue that day."""
    if existing_paper(paper) is not None or Issue.objects.of_paper_named(paper).exists():
        return
    slugs = list(Publication.objects.order_by("slug").values_list("slug", flat=True))
    if not slugs:
        raise CommandError(
            f"没有报纸 {paper!r}：数据库里还没有任何报纸；请先导入版面（manage.py import_pages）"
        )
    raise CommandError(
        f"没有报纸 {paper!r}（按网址名或报名找）；已有的报纸：{'、'.join(slugs)}；请改正 --paper"
    )
