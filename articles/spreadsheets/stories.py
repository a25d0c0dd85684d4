"""Stories as rows: one per story, keyed by where it starts (报纸 + 日期 + 版次 + 位置)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db.models import QuerySet
from django.utils import timezone
from import_export import fields

from articles.correctionnotices.shown import corrected_by_lines
from articles.corrections import stories_corrections
from articles.editing import SPREADSHEET_REASON, hand_edit
from articles.models import Article, Byline, Status
from articles.namechars import byline_char_problem
from articles.pendingtext import (
    PENDING_TEXT,
    PUBLIC_STEPS,
    Pending,
    PendingText,
    by_story,
    listed,
    stories_pending,
)
from articles.people.namecells import shown_names
from articles.people.typedlines import reporters_follow_byline
from articles.signoff import (
    EDITED_AFTER_SIGNOFF_REASON,
    published_edit_refusal,
    status_after_edit,
    status_change_refusal,
)
from articles.spreadsheets import archive, ledger
from articles.spreadsheets.base import NaturalKeyResource, people_named
from articles.spreadsheets.keys import DATE, PAGE, PAPER, POSITION
from articles.spreadsheets.moved import gone_story_message, other_paper_message, story_name
from articles.spreadsheets.widgets import StatusWidget, text_field
from articles.storynames import quoted

#: The columns that are the printed content (README, Sign-off: "deck, byline, reporters or
#: text"): a change to any of them by an editor sends a signed-off story back to 待审.
CONTENT_FIELDS = ("kicker", "headline", "subheadline", "dateline", "byline")

#: Stories an export reads at once (:meth:`ArticleResource.iter_queryset`): a chunk's ids go
#: into its statements' ``IN`` lists, well under SQLite's bound of 32,766 variables.
EXPORT_CHUNK = 2000


@dataclass(frozen=True)
class SentBack:
    """Row ``row`` changes the printed content of ``story`` (its name to an editor), a
    signed-off story the importing user may not sign off: it goes back to 待审 and needs a new
    sign-off. ``issue`` names its issue (报纸 + 日期); ``publish_at``: when that issue is
    scheduled to publish itself (``Issue.publish_at``), None when it is not: at that time
    ``publish_scheduled`` refuses an issue with a story not signed off and cancels the schedule
    (``articles.scheduling``), so the preview says so before the editor confirms."""

    row: int | None
    story: str
    issue: str
    publish_at: datetime | None


class ArticleResource(NaturalKeyResource):
    """One row per story, keyed by where it starts: 报纸 + 日期 + 版次 + 位置."""

    key_columns = (PAPER, DATE, PAGE, POSITION)
    noun = "篇稿件"
    names_column = "记者"

    paper = fields.Field(attribute="issue__publication__name", column_name=PAPER, readonly=True)
    issue_date = fields.Field(column_name=DATE, readonly=True)
    page_label = fields.Field(attribute="page__label", column_name=PAGE, readonly=True)
    position = fields.Field(attribute="position", column_name=POSITION, readonly=True)
    kicker = text_field(Article, "kicker", "引题")
    headline = text_field(Article, "headline", "主题")
    subheadline = text_field(Article, "subheadline", "副题")
    dateline = text_field(Article, "dateline", "电头")
    byline = text_field(Article, "byline", "署名")
    reporters = fields.Field(column_name="记者", readonly=True)
    status = fields.Field(attribute="status", column_name="状态", widget=StatusWidget())
    printed_on = fields.Field(column_name="刊于（只读）", readonly=True)
    body = fields.Field(column_name="正文（只读）", readonly=True)
    edited_at = fields.Field(column_name="人工修改时间（只读）", readonly=True)
    # For the archive (articles.spreadsheets.archive): exported, never imported.
    signed_off_by = fields.Field(column_name=archive.SIGNED_OFF_BY, readonly=True)
    signed_off_at = fields.Field(column_name=archive.SIGNED_OFF_AT, readonly=True)
    published_at = fields.Field(column_name=archive.PUBLISHED_AT, readonly=True)
    public_url = fields.Field(column_name=archive.PUBLIC_URL, readonly=True)
    corrections = fields.Field(column_name=archive.CORRECTIONS, readonly=True)
    # For a lawyer (articles.spreadsheets.ledger): exported, never imported.
    last_editor = fields.Field(column_name=ledger.LAST_EDITOR, readonly=True)
    last_edited_at = fields.Field(column_name=ledger.LAST_EDITED_AT, readonly=True)
    withdrawn_at = fields.Field(column_name=ledger.WITHDRAWN_AT, readonly=True)
    withdrawn_by = fields.Field(column_name=ledger.WITHDRAWN_BY, readonly=True)
    scheduled_at = fields.Field(column_name=ledger.SCHEDULED_AT, readonly=True)

    class Meta:
        model = Article
        fields = (
            "paper",
            "issue_date",
            "page_label",
            "position",
            "kicker",
            "headline",
            "subheadline",
            "dateline",
            "byline",
            "reporters",
            "status",
            "printed_on",
            "body",
            "edited_at",
            "signed_off_by",
            "signed_off_at",
            "published_at",
            "public_url",
            "corrections",
            "last_editor",
            "last_edited_at",
            "withdrawn_at",
            "withdrawn_by",
            "scheduled_at",
            "fingerprint",
        )
        import_id_fields = ("paper", "issue_date", "page_label", "position")
        skip_unchanged = True
        report_skipped = True

    def __init__(self, *, origin: str = "", **kwargs):
        """``origin``: the site's ``https://host`` for the 网址 column (the desk's request
        gives it), else the address is given from its path."""
        super().__init__(**kwargs)
        self.origin = origin
        self._first_published: dict = {}
        self._notice_lines: dict = {}
        self._ledger = ledger.Ledger()
        self._corrections: dict = {}
        self._corrections_read: set[int] = set()  # (the rows of the chunk being exported)

    def get_queryset(self):
        return Article.objects.with_parts().select_related("signed_off_by")

    def iter_queryset(self, queryset):
        """The stories of ``queryset`` in its order (an unordered list by id, as the library's
        own paging ordered it: a sheet's rows then come in the order the stories were made), read :data:`EXPORT_CHUNK` at a time (its
        ids in one statement, then each chunk with the queryset's own joins and prefetches),
        each chunk's archive and ledger columns read for it at once (:meth:`columns_read`): a
        fixed number of statements a chunk, whatever the rows hold, where the library's
        iteration paged the prefetching queryset by ``OFFSET`` (each page sorting the whole list
        again) and the 更正与更新 column read one story's history a row."""
        if not isinstance(queryset, QuerySet):
            stories = list(queryset)
            self.columns_read(stories)
            yield from stories
            return
        if not queryset.query.order_by and not queryset.query.is_sliced:
            queryset = queryset.order_by("pk")  # (the library's order for an unordered list)
        ids = list(queryset.values_list("pk", flat=True))
        if queryset.query.is_sliced:  # (``qs[:10]``: the ids are the slice's, each chunk by id)
            queryset = queryset.all()
            queryset.query.clear_limits()
        for start in range(0, len(ids), EXPORT_CHUNK):
            chunk = ids[start : start + EXPORT_CHUNK]
            place = {pk: n for n, pk in enumerate(chunk)}
            stories = sorted(queryset.filter(pk__in=chunk), key=lambda story: place[story.pk])
            self.columns_read(stories)
            yield from stories

    def columns_read(self, stories: list[Article]) -> None:
        """Read the export's columns that are not the stories' own for ``stories`` (with their
        ``issue``): first publication, correction notices, the ledger, and the 更正 / 更新 of
        the published ones (one statement each, at most two for the ledger)."""
        ids = [story.pk for story in stories]
        self._first_published = archive.first_published(ids)
        self._notice_lines = corrected_by_lines(ids)
        self._ledger.read(stories)
        published = [story for story in stories if story.status == Status.PUBLISHED]
        self._corrections = stories_corrections(published)
        self._corrections_read = set(ids)

    def dehydrate_signed_off_by(self, article):
        return archive.signed_off_by(article)

    def dehydrate_signed_off_at(self, article):
        return archive.local_minute(article.signed_off_at)

    def dehydrate_published_at(self, article):
        return archive.local_minute(self._first_published.get(article.pk))

    def dehydrate_status(self, article):
        """草稿, or 已撤回 / 定时发布 where that is the truth (:func:`ledger.status_cell`)."""
        return ledger.status_cell(article, self._ledger.of(article))

    def dehydrate_last_editor(self, article):
        return self._ledger.of(article).last_by

    def dehydrate_last_edited_at(self, article):
        return archive.local_minute(self._ledger.of(article).last_at)

    def dehydrate_withdrawn_at(self, article):
        return archive.local_minute(self._ledger.of(article).withdrawn_at)

    def dehydrate_withdrawn_by(self, article):
        return self._ledger.of(article).withdrawn_by

    def dehydrate_scheduled_at(self, article):
        return archive.local_minute(self._ledger.of(article).scheduled_at)

    def dehydrate_public_url(self, article):
        return archive.public_url(article, self.origin)

    def dehydrate_corrections(self, article):
        found = (
            self._corrections.get(article.pk, ()) if article.pk in self._corrections_read else None
        )
        return archive.corrections_text(article, self._notice_lines.get(article.pk, ()), found)

    def find(self, found):
        return (
            Article.objects.with_parts()
            .filter(page=found["page"], position=found["position"])
            .first()
        )

    def missing_message(self, found):
        if gone := gone_story_message(found):  # merged into another since the export
            return gone
        return (
            f"{found['page']}没有从第 {found['position']} 篇开始的稿件；请核对版次和位置"
            "（续版分段按稿件首发的版次和位置填写）"
        )

    def moved_row_message(self, instance, exported):
        return other_paper_message(self, instance, exported)

    def exported_name(self, instance):
        return story_name(instance)

    def dehydrate_issue_date(self, article):
        return article.issue.date.isoformat()

    def dehydrate_reporters(self, article):
        return "、".join(_shown(article))

    def dehydrate_printed_on(self, article):
        return "、".join(p.label for p in article.printed_pages())

    def dehydrate_body(self, article):
        return article.full_text()

    def dehydrate_edited_at(self, article):
        return (
            timezone.localtime(article.edited_at).strftime("%Y-%m-%d %H:%M")
            if article.edited_at
            else ""
        )

    def import_instance(self, instance, row, **kwargs):
        """The row's cells, and a change of state only as the story form would allow it to the
        importing user (``articles.signoff``: an editor cannot sign off or publish a story of a
        paper that requires sign-off by spreadsheet either, nor change a published one's printed
        content: ``articles.signoff.published_edit_refusal``). A signed-off story whose printed
        content (:data:`CONTENT_FIELDS`, 记者) the row changes goes back to 待审 when the user
        may not sign off, as the story form sends it (``status_after_edit``); its history record
        says so (:meth:`before_save_instance`). A row moving a story to 已签发 or 已发布 while
        its page text is pending is refused (:func:`page_text_refusal`)."""
        stored = [getattr(instance, name) for name in CONTENT_FIELDS]
        stored_names = _shown(instance) if instance.pk else []
        instance._byline_before = instance.byline if instance.pk else None
        errors: dict = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        edited_byline = instance.byline != (instance._byline_before or "")
        if edited_byline and (problem := byline_char_problem(instance.byline)):
            errors.setdefault("byline", [problem])  # as the story form refuses it
        new_names = getattr(instance, "_new_names", None)
        changed = [getattr(instance, name) for name in CONTENT_FIELDS] != stored or (
            new_names is not None and new_names != stored_names
        )
        before = Article.objects.filter(pk=instance.pk).values_list("status", flat=True).first()
        instance._sent_back = False
        user = kwargs.get("user")
        if locked := _published_locked(instance, before=before, changed=changed, user=user):
            errors.setdefault(NON_FIELD_ERRORS, []).append(locked)
        if before is not None and "status" not in errors:
            self._status_check(instance, row, errors, before=before, user=user, changed=changed)
        if instance._sent_back and not errors:
            self._sent_back_rows.append(self._sent_back_row(instance))
        if errors:
            raise ValidationError(errors)

    def _status_check(self, instance, row, errors: dict, *, before, user, changed) -> None:
        """The row's 状态 (the story stored as ``before``) as the story form would allow it:
        refused into ``errors`` (a 定时发布 cell moving the state: a row sets no time; a plain
        state typed over 定时发布: a row cancels no time either, :func:`ledger.unscheduling_refusal`;
        a step the user may not take; a public step over pending page text), else whether its edit
        sends a signed-off story back to 待审 (``instance._sent_back``)."""
        moved = instance.status != before
        if moved and (scheduling := ledger.scheduling_refusal(row.get("状态"))):
            errors["status"] = [scheduling]
            return
        if not moved and (
            kept := ledger.unscheduling_refusal(
                row.get("状态"),
                self._ledger.of(instance).scheduled_at,
                own=instance.publish_at is not None,
            )
        ):  # (草稿 typed over 定时发布: no move, yet the story would publish itself)
            errors["status"] = [kept]
            return
        number = getattr(self, "_row_number", None)
        if refusal := status_change_refusal(
            instance, before=before, user=user
        ) or page_text_refusal(instance, before=before, row=number):
            errors["status"] = [refusal]
        else:
            instance._sent_back = bool(
                status_after_edit(instance, before=before, user=user, content_changed=changed)
            )

    def import_setup(self) -> None:
        super().import_setup()
        self._sent_back_rows: list[SentBack] = []

    def after_import(self, dataset, result, **kwargs):
        """The result says, for the preview, which rows send a signed-off story back to 待审
        (``result.sent_back``: :class:`SentBack`, in row order), and which archive columns the
        file carries, which the import does not read (``result.archive_columns``)."""
        super().after_import(dataset, result, **kwargs)
        result.sent_back = self._sent_back_rows
        result.archive_columns = archive.ignored_columns(dataset.headers) + [
            column for column in ledger.LEDGER_COLUMNS if column in (dataset.headers or ())
        ]

    def _sent_back_row(self, instance) -> SentBack:
        issue = instance.issue
        when = issue.publish_at
        return SentBack(
            row=getattr(self, "_row_number", None),
            story=instance.name_for_editors(),
            issue=f"{issue.publication.name} {issue.date.isoformat()}",
            publish_at=timezone.localtime(when) if when else None,
        )

    def before_save_instance(self, instance, row, **kwargs):
        """A history record for the row: 表格导入, and 签发后修改，改回待审 when the row sent a
        signed-off story back to review."""
        reason = SPREADSHEET_REASON
        if getattr(instance, "_sent_back", False):
            reason = f"{SPREADSHEET_REASON}：{EDITED_AFTER_SIGNOFF_REASON}"
        hand_edit([instance], reason=reason)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        names = getattr(instance, "_new_names", None)
        if not import_validation_errors and names is not None and names != _shown(original):
            return False
        return super().skip_row(instance, original, row, import_validation_errors)

    def after_save_instance(self, instance, row, **kwargs):
        """Credit whom the row says: its 记者 when it changed them; else, when it corrected the
        署名, whom the new byline names, as the story form does
        (:func:`articles.people.typedlines.reporters_follow_byline`: ``记者金帅`` → ``记者金帅华`` credits
        金帅华, not 金帅; README, Page PDFs → Readers)."""
        names = getattr(instance, "_new_names", None)
        if names is None or names == _shown(instance):
            before = getattr(instance, "_byline_before", None)
            if before is not None and before != instance.byline and self._still_stored(instance):
                reporters_follow_byline(instance, before)
            return
        if not self._still_stored(instance):
            # The row's 状态 withdrew a continuation that its save joined to its head (a
            # continuation is one story with its head once neither is public): its reporters
            # have no story of their own to go on. Refused, so nothing is lost unsaid.
            raise ValidationError(
                "这一行把一篇续文改为草稿，保存时它已并入转版前的稿件，它的“记者”无处可写；"
                "请先只改状态导入，再在合并后的稿件里改记者"
            )
        people = people_named(names, instance)  # (namesakes: the one it credits now)
        instance.bylines.all().delete()
        Byline.objects.bulk_create(
            [Byline(article=instance, person=p, order=i) for i, p in enumerate(people)]
        )
        getattr(instance, "_prefetched_objects_cache", {}).pop("bylines", None)

    @staticmethod
    def _still_stored(instance) -> bool:
        """Whether the row's story is still a row of its own after its save (a withdrawn
        continuation is joined to its head: :meth:`after_save_instance`)."""
        return Article.objects.filter(pk=instance.pk).exists()


def _published_locked(instance: Article, *, before, changed: bool, user) -> str:
    """The story form's rule for a row that changes a story stored as ``before``
    (``articles.signoff.published_edit_refusal``: a published story of a paper that requires
    sign-off is the chief editor's to change), or ``""``."""
    if before != Status.PUBLISHED or not changed:
        return ""
    return published_edit_refusal(Article(status=before, issue=instance.issue), user)


#: What :func:`page_text_refusal` calls what is pending, by :func:`~articles.pendingtext.listed`'s
#: noun.
_PENDING_WHOSE = {
    "稿件": "这篇稿件",
    "图片": "它所附的图片",
    "稿件和图片": "这篇稿件和它所附的图片",
}


def page_text_refusal(instance: Article, *, before: str, row: int | None) -> str:
    """Why row ``row`` (the preview's number; None: unknown) may not move ``instance`` from its
    stored state ``before`` to 已签发 or 已发布 (:data:`~articles.pendingtext.PUBLIC_STEPS`),
    or ``""``: its or its photos' page text is not taken (版面文本有改动未采用, as stored:
    :func:`~articles.pendingtext.stories_pending`). The desk goes on only with the tick 已核对
    (the story form, 签发所选稿件, 发布所选稿件: ``articles.admin.pendingform``); a spreadsheet
    has no tick, so the row is refused (and the whole file with it), naming the story, the
    changes and the way on. Parses the story's pages only when it is moved so (milliseconds a
    page)."""
    step = PUBLIC_STEPS.get(instance.status)
    if step is None or instance.status == before:
        return ""
    stored = Article.objects.filter(pk=instance.pk).select_related("page", "issue__publication")
    pending = stories_pending(stored)
    if not pending:
        return ""
    story = stored[0]
    noun = listed(pending).noun
    changes = "；".join(_changes(group) for group in by_story(pending))
    wanted, was = instance.get_status_display(), Status(before).label
    return (
        f"{f'第 {row} 行' if row else '表格'}把{story.page.label}版{quoted(story.name_for_editors())}"
        f"改为“{wanted}”，但{_PENDING_WHOSE[noun]}{PENDING_TEXT}（版面重新送来时改了字，"
        f"保留了编辑的修改）：{changes}。表格里没有“已核对”可勾选，整个表格都没有导入。"
        f"请在编辑后台打开这篇稿件，在“签发、发布前核对”里点“查看改动”核对：版面改对了的，"
        f"点“采用版面文本”；确认按编辑保存的内容{step}的，在稿件页把状态改为“{wanted}”，"
        f"勾选“已核对{PENDING_TEXT}的{noun}”再保存。然后把这一行的“状态”改回“{was}”，"
        "其余的修改再导入。"
    )


def _changes(group: list[Pending]) -> str:
    """A story's changes by page, without its name (said before them: ``A1版第1段“…”→“…”``),
    or a photo's line (``A3版的图片“…”：版面文本有改动：说明“…”→“…”``)."""
    if isinstance(group[0], PendingText):
        return "；".join(f"{t.label}版" + "；".join(t.changes) for t in group)
    return group[0].line


def _shown(article) -> list[str]:
    """The story's reporters as its 记者 cell writes them (a namesake with their 区分说明:
    :func:`articles.people.namecells.shown_names`), in order."""
    return shown_names(b.person for b in sorted(article.bylines.all(), key=lambda b: b.order))
