"""Pages as rows: one per page (报纸 + 日期 + 版次); the section name (版名) is editable."""

from __future__ import annotations

from django.utils import timezone
from import_export import fields

from articles.models import Page
from articles.spreadsheets.base import NaturalKeyResource
from articles.spreadsheets.keys import DATE, PAGE, PAPER
from articles.spreadsheets.published import FollowsIssue
from articles.spreadsheets.widgets import text_field


class PageResource(FollowsIssue, NaturalKeyResource):
    """One row per page, keyed by 报纸 + 日期 + 版次; the section name (版名) is editable
    (the chief editor's on a published issue of a sign-off paper: :class:`FollowsIssue`)."""

    locked_field = "section"

    key_columns = (PAPER, DATE, PAGE)
    noun = "版"

    paper = fields.Field(attribute="issue__publication__name", column_name=PAPER, readonly=True)
    issue_date = fields.Field(column_name=DATE, readonly=True)
    label = fields.Field(attribute="label", column_name=PAGE, readonly=True)
    section = text_field(Page, "section", "版名")
    source_name = fields.Field(
        attribute="source_name", column_name="来源文件（只读）", readonly=True
    )
    imported_at = fields.Field(column_name="导入时间（只读）", readonly=True)
    checksum = fields.Field(attribute="checksum", column_name="校验和（只读）", readonly=True)

    class Meta:
        model = Page
        fields = (
            "paper",
            "issue_date",
            "label",
            "section",
            "source_name",
            "imported_at",
            "checksum",
            "fingerprint",
        )
        import_id_fields = ("paper", "issue_date", "label")
        skip_unchanged = True
        report_skipped = True

    def get_queryset(self):
        return Page.objects.select_related("issue__publication")

    def find(self, found):
        return found["page"]

    def row_page_id(self, page):
        return page.pk

    def dehydrate_issue_date(self, page):
        return page.issue.date.isoformat()

    def dehydrate_imported_at(self, page):
        if not page.imported_at:
            return ""
        return timezone.localtime(page.imported_at).strftime("%Y-%m-%d %H:%M")
