"""Papers and issues: pages in print order, counts, broken chains, publishing."""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.html import format_html

from articles.activity import issue_activity
from articles.admin.base import (
    DeskAdmin,
    ReadOnlyInline,
    Tool,
    admin_url,
    answers_bad_input,
    count_of,
    parse_id,
)
from articles.admin.chainsshown import chains_shown_field, chains_shown_of
from articles.admin.display import marker_example, problem_items, problems_html
from articles.admin.filters import BROKEN_STATES
from articles.admin.pendingtext import (
    acknowledged_notes,
    pending_field,
    pending_items,
    pending_refusal,
)
from articles.admin.proofmarks import issue_reading_html
from articles.admin.proofreading import stories_found_html
from articles.admin.publishnotes import publish_messages, withdrawn_kept
from articles.admin.removal import may_undo_imports, removal_view
from articles.continuations import jump_problems
from articles.forms import IssueDeskForm, IssuePublishForm, IssueScheduleForm
from articles.importing.onway import on_the_way, runs_going
from articles.models import Article, ArticlePart, Issue, Jump, Page, Photo, Status
from articles.overview import missing_shown
from articles.pendingtext import issues_pending, pending_key
from articles.publishchecks import (
    nothing_to_publish,
    standing_photos,
    teasers_unanswered,
    to_publish,
    unsigned_lines,
    unsigned_stories,
)
from articles.publishing import (
    IssuePublishError,
    empty_stories,
    issue_publish,
    issue_unpublish,
    proofread_stories,
    scheduled_later,
)
from articles.scheduleoverdue import schedule_html
from articles.scheduling import ScheduleError, issue_schedule, issue_unschedule
from articles.signoff import may_publish, publish_refusal, published_issue_refusal
from articles.spreadsheets.issues import IssueResource
from articles.storynames import quoted


class PageInline(ReadOnlyInline, admin.TabularInline):
    model = Page
    verbose_name = "版面"
    verbose_name_plural = "版面（按印刷顺序）"
    fields = ["label", "section", "article_count", "photo_count", "source_name", "imported_at"]
    readonly_fields = fields

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .order_by("sequence")
            .annotate(
                n_parts=count_of(ArticlePart.objects, "page"),
                n_photos=count_of(Photo.objects, "page"),
            )
        )

    @admin.display(description="稿件分段")
    def article_count(self, obj):
        return obj.n_parts

    @admin.display(description="图片")
    def photo_count(self, obj):
        return obj.n_photos


@admin.register(Issue)
class IssueAdmin(DeskAdmin):
    form = IssueDeskForm  # its 期号: a stale save is refused (RowVersionGuard)
    object_history_template = "admin/articles/issue/object_history.html"  # (its pages' too)
    resource_classes = [IssueResource]
    list_display = [
        "__str__",
        "publication",
        "date",
        "number",
        "status",
        "published_at",
        "publish_at",
        "page_count",
        "article_count",
        "photo_count",
        "broken_count",
    ]
    list_filter = ["publication", "status"]
    date_hierarchy = "date"
    search_fields = ["publication__name", "publication__slug"]
    list_select_related = ["publication"]
    fields = [
        "publication",
        "date",
        "number",
        "status",
        "published_at",
        "schedule",
        "created_at",
        "broken_chains",
        "proofreading",
        "loaded_version",  # the lost-update guard's hidden field (IssueDeskForm)
    ]
    readonly_fields = [
        "publication",
        "date",
        "status",
        "published_at",
        "schedule",
        "created_at",
        "broken_chains",
        "proofreading",
    ]
    inlines = [PageInline]
    actions = ["publish_selected", "unpublish_selected"]

    def get_readonly_fields(self, request, obj=None):
        """期号 is printed on every page readers see: on a published issue of a paper that
        requires sign-off, the chief editor's (``articles.signoff.published_issue_refusal``)."""
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and published_issue_refusal(obj, request.user):
            fields.append("number")
        return fields

    def has_add_permission(self, request):
        return False  # an issue comes with its first imported page

    def has_delete_permission(self, request, obj=None):
        return False  # Django's delete would not say what goes: 删除本期 instead

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                n_pages=count_of(Page.objects, "issue"),
                n_articles=count_of(Article.objects, "issue"),
                n_photos=count_of(Photo.objects, "page__issue"),
                n_broken=count_of(
                    Jump.objects.filter(state__in=BROKEN_STATES), "part__page__issue"
                ),
            )
        )

    @admin.display(description="版数", ordering="n_pages")
    def page_count(self, obj):
        return obj.n_pages

    @admin.display(description="稿件", ordering="n_articles")
    def article_count(self, obj):
        return obj.n_articles

    @admin.display(description="图片", ordering="n_photos")
    def photo_count(self, obj):
        return obj.n_photos

    @admin.display(description="未接好的转版", ordering="n_broken")
    def broken_count(self, obj):
        if not obj.n_broken:
            return "—"
        url = admin_url("jump_changelist") + "?" + urlencode({"issue": obj.pk, "broken": "1"})
        return format_html('<a class="broken-count" href="{}">{} 处</a>', url, obj.n_broken)

    @admin.display(description="定时发布")
    def schedule(self, obj):
        if obj is None or obj.publish_at is None:
            return "—"
        who = f"（{obj.publish_by} 设定）" if obj.publish_by else ""
        return schedule_html(obj.publish_at, who)  # 逾期未发布 once its time is past

    @admin.display(description="转版检查")
    def broken_chains(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        return problems_html(jump_problems([obj]))

    @admin.display(description="校对")
    def proofreading(self, obj):
        """The issue's stories with proofreading findings, each linked (README, Proofreading)."""
        if obj is None or obj.pk is None:
            return "—"
        found = stories_found_html(Article.objects.filter(issue=obj))
        return format_html("{}{}", issue_reading_html(obj), found)

    # Object tools and views ----------------------------------------------------------------

    def get_list_tools(self, request):
        tools = []
        if self.has_change_permission(request):
            tools.append(Tool(admin_url("page_upload"), "导入版面文件"))
        return tools

    def get_object_tools(self, request, obj):
        tools = []
        if self.has_change_permission(request, obj):
            tools.append(Tool(admin_url("issue_publish", obj.pk), "发布本期"))
            query = urlencode({"paper": obj.publication.slug, "issue_date": obj.date.isoformat()})
            tools.append(Tool(admin_url("page_upload") + "?" + query, "导入本期版面"))
        if may_undo_imports(request.user):
            tools.append(Tool(admin_url("issue_remove", obj.pk), "删除本期"))
        return tools

    def get_urls(self):
        return [
            path(
                "<path:object_id>/publish/",
                self.admin_site.admin_view(self.publish_view),
                name="articles_issue_publish",
            ),
            path(
                "<path:object_id>/remove/",
                self.admin_site.admin_view(self.remove_view),
                name="articles_issue_remove",
            ),
            *super().get_urls(),
        ]

    @answers_bad_input
    def history_view(self, request, object_id, extra_context=None):
        """The issue's own records, and above them what was done to its pages and stories
        (imports, re-sent pages, sign-offs, single stories published or withdrawn:
        :func:`articles.activity.issue_activity`), so the whole edition reads in one place."""
        pk = parse_id(unquote(object_id), what="期")
        found = Issue.objects.select_related("publication").filter(pk=pk).first()
        extra = {"issue_activity": issue_activity(found)} if found is not None else {}
        return super().history_view(request, object_id, {**extra, **(extra_context or {})})

    @answers_bad_input
    def remove_view(self, request, object_id):
        """删除本期: what goes, then all of it (``articles.admin.removal``)."""
        issue = get_object_or_404(
            Issue.objects.select_related("publication"), pk=parse_id(object_id, what="期")
        )
        return removal_view(self, request, issue)

    @answers_bad_input
    def publish_view(self, request, object_id):
        """Publish one issue now or at a set time (定时发布), or cancel that time: its broken
        chains listed, acknowledgement asked for if any; on a paper that requires sign-off, the
        stories not signed off and the chief editor's override."""
        issue = get_object_or_404(
            Issue.objects.select_related("publication", "publish_by"),
            pk=parse_id(object_id, what="期"),
        )
        if not self.has_change_permission(request, issue):
            raise PermissionDenied
        review = issue.publication.review_required
        problems = jump_problems([issue])
        form = IssueScheduleForm(
            request.POST if request.method == "POST" else None,
            review_required=review,
            marker=marker_example(problems, [issue]),
        )
        shown = chains_shown_of(chains_shown_field(form, {issue.pk: problems}), issue)
        if not problems:  # nothing to acknowledge: no tick box beside 所有转版均已接好
            del form.fields["acknowledge_broken"]
        if request.method == "POST" and "unschedule" in request.POST:
            message = issue_unschedule(issue=issue, user=request.user)
            self.message_user(request, message, messages.SUCCESS)
            return HttpResponseRedirect(admin_url("issue_change", issue.pk))
        # Stories and photos kept as edited while their page was re-sent otherwise: ticked, or
        # refused.
        pending = issues_pending([issue])
        pending_shown = pending_field(form, pending, what="发布")
        if request.method == "POST" and form.is_valid():
            try:
                message, warnings = self._publish_or_schedule(
                    request, issue, form, shown, (pending, pending_shown)
                )
            except (IssuePublishError, ScheduleError) as exc:
                form.add_error(None, str(exc))
            else:
                self.message_user(request, message, messages.SUCCESS)
                for warning in warnings:
                    self.message_user(request, warning, messages.WARNING)
                return HttpResponseRedirect(admin_url("issue_change", issue.pk))
        articles = issue.articles.all()
        stories = list(articles.select_related("page"))
        importing = runs_going([issue]).get(issue.pk, [])
        later = scheduled_later(stories, timezone.now())
        labels = [p.label for p in issue.pages.all()]
        # what goes public: asked about first
        publishing = to_publish(stories, later, issue_public=issue.status == Status.PUBLISHED)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"发布 {issue}",
            "issue": issue,
            "form": form,
            # (publishing is refused while importing; a 下转 to a page on its way says so)
            "problems": problem_items(on_the_way(problems, importing)),
            "importing": importing,
            "article_count": articles.count(),
            # An issue without a story: its photos standing alone (a picture issue publishes as
            # one of stories does), or why it cannot be published, said before the editor tries.
            "photo_count": 0 if stories else standing_photos(issue),
            "refusal": "" if stories else nothing_to_publish(issue),
            "draft_count": articles.exclude(status=Status.PUBLISHED).count(),
            **self._signoff_context(request, issue, stories, later, pending),
            "scheduled": self.schedule(issue) if issue.publish_at else "",
            # Stories with a later time of their own: publishing the issue leaves them to it.
            "scheduled_stories": [
                format_html(
                    "{}版{}：{}",
                    a.page.label,
                    quoted(a.name_for_editors()),
                    schedule_html(a.publish_at),
                )
                for a in sorted((a for a in stories if a.pk in later), key=lambda a: a.publish_at)
            ],
            # Taken down after publication: publishing the issue leaves them down (said first).
            "withdrawn_stories": withdrawn_kept(stories),
            "page_labels": labels,
            # Pages missing between those there (A8 of A1–A16): readers would see 共15版.
            "missing_pages": missing_shown(labels, []),
            # Stories this publication makes public with a title and no text, or with
            # proofreading findings (each linked to its form): seen before, never held back.
            "empty_stories": empty_stories(publishing),
            "teasers_unanswered": teasers_unanswered(issue),  # (■A4 with no A4: unlinked)
            "page_text_pending": pending_items(pending),
            "proofread_stories": [
                {"line": story.line, "url": admin_url("article_change", story.article_id)}
                for story in proofread_stories(publishing)
            ],
        }
        return TemplateResponse(request, "admin/articles/issue/publish.html", context)

    @staticmethod
    def _signoff_context(request, issue, stories, later, pending) -> dict:
        """The publish page's sign-off part: which of ``stories`` (the issue's, their pages
        loaded; ``later``: ids of those scheduled later) publishing would publish unsigned
        (:func:`unsigned_stories`, the first 20 named and linked); which stories and photos
        still wait for 已核对 (``pending``: :func:`~articles.pendingtext.issues_pending`, a
        page re-sent with other text after they were signed off), so the part never says the
        issue is ready while one does (``signoff_waiting``: each with its 查看改动); and, for an
        editor on a paper that requires sign-off, why the page offers no button (as the
        upload's preview says) and the issue's stories to submit (提交待审)."""
        review = issue.publication.review_required
        unsigned = unsigned_stories(stories, later=later) if review else []
        refused = not may_publish(request.user, issue.publication)
        query = {
            "date": issue.date.isoformat(),
            "issue__publication__id__exact": issue.publication_id,
        }
        return {
            "unsigned_count": len(unsigned),
            "unsigned_stories": [
                {"line": line, "url": admin_url("article_change", story.pk)}
                for story, line in zip(unsigned[:20], unsigned_lines(unsigned[:20]), strict=True)
            ],
            "review_required": review,
            "signoff_waiting": pending_items(pending) if review else [],
            "publish_refused": publish_refusal(issue.publication) if refused else "",
            "stories_url": admin_url("article_changelist") + "?" + urlencode(query),
        }

    @staticmethod
    def _publish_or_schedule(request, issue, form, shown, kept) -> tuple[str, list[str]]:
        """Publish ``issue`` now, or schedule it, as ``form``'s data says: what happened,
        and a warning for each scrap or empty story published, one for those with proofreading
        findings (:func:`articles.admin.publishnotes.publish_messages`), one for the stories
        kept as edited published so.
        Now or at a set time, the 已知悉 tick acknowledges the chains the page listed (``shown``,
        :func:`chains_shown_field`), not one broken since; the 已核对 tick the stories whose page
        text was not taken over the page listed (``kept``: them and the keys the form sent
        back, :mod:`articles.admin.pendingtext`), else :class:`IssuePublishError`."""
        data = form.cleaned_data
        pending, pending_shown = kept
        if refusal := pending_refusal(pending, form=form, shown=pending_shown, what="发布"):
            raise IssuePublishError(refusal)
        options = {
            "issue": issue,
            "user": request.user,
            "acknowledge_broken": data.get("acknowledge_broken", False),
            "override_reason": data.get("override_reason") or "",
            "chains_shown": shown,
        }
        if data["publish_at"]:
            texts = [pending_key(p) for p in pending]  # (ticked: pending_refusal let it through)
            return issue_schedule(at=data["publish_at"], texts_acknowledged=texts, **options), []
        message, warnings = publish_messages(issue_publish(**options), issue.pk)
        return message, [*warnings, *acknowledged_notes(pending, what="发布", user=request.user)]

    # Actions -------------------------------------------------------------------------------

    @admin.action(description="发布所选的期", permissions=["change"])
    def publish_selected(self, request, queryset):
        issues = list(queryset.select_related("publication"))
        broken = {issue.pk: jump_problems([issue]) for issue in issues}
        form = IssuePublishForm(
            request.POST if "confirm" in request.POST else None,
            marker=marker_example([p for listed in broken.values() for p in listed], issues),
        )
        shown = chains_shown_field(form, broken)  # the tick acknowledges the chains listed
        problems = {pk: problem_items(listed) for pk, listed in broken.items()}
        going = runs_going(issues)  # an issue still being imported is refused
        if not any(problems.values()):  # nothing to acknowledge: no tick box
            del form.fields["acknowledge_broken"]
        pending = issues_pending(issues)  # (stories and photos kept as edited: ticked)
        pending_shown = pending_field(form, pending, what="发布")
        if "confirm" in request.POST and form.is_valid():
            refusal = pending_refusal(pending, form=form, shown=pending_shown, what="发布")
            if not refusal:
                return self._publish_issues(request, issues, form.cleaned_data, shown, pending)
            form.add_error(None, refusal)  # (the same page again, the stories listed)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "发布所选的期",
            "form": form,
            "issues": [
                {
                    "issue": i,
                    "problems": problems[i.pk],
                    "importing": going.get(i.pk, []),
                    "missing": missing_shown([p.label for p in i.pages.all()], []),
                    "pending": pending_items([p for p in pending if p.issue_id == i.pk]),
                }
                for i in issues
            ],
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/articles/issue/publish_selected.html", context)

    def _publish_issues(self, request, issues, data, shown, pending) -> None:
        """发布所选的期 confirmed: each issue published (or refused, said after), with what
        publishing said of it and of its stories kept as edited (``pending``, ticked)."""
        refused, went = [], set()
        for issue in issues:
            try:
                report = issue_publish(
                    issue=issue,
                    user=request.user,
                    acknowledge_broken=data.get("acknowledge_broken", False),
                    chains_shown=chains_shown_of(shown, issue),
                )
            except IssuePublishError as exc:
                refused.append(str(exc))
            else:
                went.add(issue.pk)
                summary, warnings = publish_messages(report, issue.pk)
                self.message_user(request, summary, messages.SUCCESS)
                for warning in warnings:
                    self.message_user(request, warning, messages.WARNING)
        for message in refused:
            self.message_user(request, message, messages.ERROR)
        kept = [p for p in pending if p.issue_id in went]
        for note in acknowledged_notes(kept, what="发布", user=request.user):
            self.message_user(request, note, messages.WARNING)

    @admin.action(description="撤回发布（改回草稿）", permissions=["change"])
    def unpublish_selected(self, request, queryset):
        for issue in queryset:
            issue_unpublish(issue=issue, user=request.user)
        self.message_user(
            request, f"已撤回 {queryset.count()} 期，读者将看不到这些期。", messages.SUCCESS
        )
