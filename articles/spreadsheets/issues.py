"""Issues as rows: one per issue (报纸 + 日期); the printed 期号 is editable."""

from __future__ import annotations

from django.utils import timezone
from import_export import fields

from articles.models import Issue
from articles.spreadsheets.base import NaturalKeyResource
from articles.spreadsheets.keys import DATE, PAPER
from articles.spreadsheets.published import FollowsIssue
from articles.spreadsheets.widgets import StatusWidget, WholeNumberWidget


class IssueResource(FollowsIssue, NaturalKeyResource):
    """One row per issue, keyed by 报纸 + 日期; the printed 期号 is editable (the chief editor's
    on a published issue of a sign-off paper: :class:`FollowsIssue`). Publishing is not done by
    spreadsheet (it has its own checks): 状态 is read-only here."""

    locked_field = "number"

    def issue_of(self, instance):
        return instance

    key_columns = (PAPER, DATE)
    noun = "期"

    paper = fields.Field(attribute="publication__name", column_name=PAPER, readonly=True)
    issue_date = fields.Field(column_name=DATE, readonly=True)
    number = fields.Field(
        attribute="number",
        column_name="期号",
        widget=WholeNumberWidget(Issue._meta.get_field("number"), "期号"),
    )
    status = fields.Field(
        attribute="status", column_name="状态（只读）", widget=StatusWidget(), readonly=True
    )
    published_at = fields.Field(column_name="发布时间（只读）", readonly=True)
    pages = fields.Field(column_name="版数（只读）", readonly=True)
    articles = fields.Field(column_name="稿件数（只读）", readonly=True)

    class Meta:
        model = Issue
        fields = (
            "paper",
            "issue_date",
            "number",
            "status",
            "published_at",
            "pages",
            "articles",
            "fingerprint",
        )
        import_id_fields = ("paper", "issue_date")
        skip_unchanged = True
        report_skipped = True

    def find(self, found):
        return found["issue"]

    def dehydrate_issue_date(self, issue):
        return issue.date.isoformat()

    def dehydrate_published_at(self, issue):
        if not issue.published_at:
            return ""
        return timezone.localtime(issue.published_at).strftime("%Y-%m-%d %H:%M")

    def dehydrate_pages(self, issue):
        return issue.pages.count()

    def dehydrate_articles(self, issue):
        return issue.articles.count()
