"""The desk's page upload: upload (or paste) → preview (nothing written) → confirm.

The preview says what the parser found, what becomes of the jumps, what readers would see (a
page going into an issue already published is public at once, its new stories stay drafts), and
warns when the paper named matches no paper, offering the closest one in one click. Confirming
a new paper while others exist takes a tick; confirming can publish the new stories too. The
service is :mod:`articles.importing.upload`; the form :class:`articles.forms.PageUploadForm`.

Confirming a few text pages (``NEWSROOM_UPLOAD_INLINE_PAGES``, 3) imports them in the request,
all or nothing, and the editor sees the result at once (a late page: what readers see, its new
stories to publish). A larger upload, or one with PDFs, becomes a background import
(:mod:`articles.importing.runs`, queued for the task worker): the confirmation returns at once
to its progress page (:mod:`articles.admin.importruns`).
"""

from __future__ import annotations

import dataclasses

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import OperationalError, transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.html import format_html

from articles.admin import uploadpending
from articles.admin.base import admin_url
from articles.admin.importruns import ImportRunViewsMixin, new_drafts
from articles.admin.pagetext import conflict_html
from articles.admin.phototext import DELETE_LINK, photo_delete_url, photo_text_url
from articles.admin.uploadboxes import BOXES, pdfs_asked, pdfs_asked_text, ticked
from articles.admin.uploadpapers import new_papers_said, papers_named
from articles.admin.uploadpending import pending_add, pending_get, pending_items, pending_pop
from articles.admin.uploadsince import AlreadyImported, ChangedSince, confirm_check
from articles.forms import PageUploadForm
from articles.importing import UploadError, UploadItem, report_text, upload_run
from articles.importing.handedits import hand_edits_plan, pages_of
from articles.importing.onway import in_print_order
from articles.importing.papers import new_paper
from articles.importing.pdfmismatch import mismatch_allowed
from articles.importing.previewedpages import page_state
from articles.importing.runs import run_create, run_done, waiting_discard, waiting_prune
from articles.importing.unrelated import unrelated_allowed, unrelated_labels
from articles.importing.upload import (
    conflict_text,
    for_editors,
    new_stories_publish,
    new_stories_refusal,
    warning_text,
)
from articles.models import ImportRun, Page, Publication
from articles.signoff import SignoffError, stories_submit
from articles.storynames import quoted
from articles.tasks import run_enqueue
from newsroom.dbcheck import database_busy_message, is_database_locked


class PageUploadMixin(ImportRunViewsMixin):
    """The upload views of :class:`articles.admin.pages.PageAdmin`."""

    def get_urls(self):
        return [
            path(
                "upload/",
                self.admin_site.admin_view(self.upload_view),
                name="articles_page_upload",
            ),
            path(
                "upload/publish/",
                self.admin_site.admin_view(self.upload_publish_view),
                name="articles_page_upload_publish",
            ),
            *super().get_urls(),
        ]

    def _may_upload(self, request) -> bool:
        return self.has_change_permission(request) and request.user.has_perm("articles.add_page")

    def upload_view(self, request):
        """Upload → preview (nothing written) → confirm (the import service, all or nothing)."""
        if not self._may_upload(request):
            raise PermissionDenied
        if request.method == "POST" and "confirm" in request.POST:
            return self._upload_confirm(request)
        if request.method == "POST" and "use_paper" in request.POST:
            return self._upload_use_paper(request)
        posted = request.method == "POST"
        form = PageUploadForm(
            request.POST if posted else None,
            request.FILES if posted else None,
            initial=request.GET.dict(),
        )
        if posted and form.is_valid():
            remove = form.cleaned_data["remove_published"]  # (each item carries it to the run)
            items = [
                dataclasses.replace(i, remove_published=remove) for i in form.cleaned_data["items"]
            ]
            return self._upload_preview(
                request,
                form,
                sorted(items, key=in_print_order),  # (the run's order too)
                overwrite=form.cleaned_data["overwrite_edited"],
                paper_new=form.cleaned_data["new_paper"],
                failed=form.cleaned_data["failed"],
            )
        return self._upload_page(request, form)

    def _upload_page(self, request, form, **context):
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "导入版面文件",
            "form": form,
            "known_papers": form.known_papers(),
            "recent_runs": ImportRun.objects.select_related("created_by")[:5],
            "inline_pages": settings.NEWSROOM_UPLOAD_INLINE_PAGES,
            **context,
        }
        return TemplateResponse(request, "admin/articles/page/upload.html", context)

    @staticmethod
    def _publish_refusal(request, items) -> str:
        """Why ``request.user`` may not publish the new stories of ``items`` (their papers
        require sign-off and the user may not sign off), or ``""``: the rule of every publish
        path (:func:`~articles.importing.upload.new_stories_refusal`). A paper not created
        yet requires nothing."""
        papers = Publication.objects.filter(slug__in={item.paper_slug for item in items})
        return new_stories_refusal(papers, request.user)

    def _preview_again(self, request, items, pending: dict):
        """The preview of the pending upload shown again (its confirmation did not go through:
        refused, edited by hand since, the database busy), the paper as given."""
        return self._upload_preview(
            request,
            PageUploadForm(initial={"paper": items[0].paper_name}),
            items,
            overwrite=pending["overwrite_edited"],
            paper_new=new_paper(items[0].paper_name, items[0].paper_slug),
            failed=pending.get("failed", []),
            replaces=pending.get("token"),
        )

    def _upload_preview(
        self, request, form, items, *, overwrite, paper_new, note="", failed=(), replaces=None
    ):
        """Run the batch as a dry run and show it, remembering the items for the confirmation
        and, when it overwrites hand edits, which ones it saw (by id and version, taken before
        the dry run: one made while it runs is new to the confirmation).

        A file that cannot be imported (``failed``: those the form left out, each with what is
        wrong; and the pages the dry run could not import) is named with the others at once,
        and the preview and the confirmation go on with the good pages, as ``import_pages``
        goes on past a bad file and lists every failure; when no page is good, the form says
        what is wrong with each file. Each preview waits under its own token
        (:mod:`articles.admin.uploadpending`; ``replaces``: the one it is shown again for)."""
        seen = hand_edits_plan(items) if overwrite else {}
        states = {id(item): page_state(item) for item in items}  # before the dry run, as ``seen``
        failed = list(failed)
        try:
            preview = upload_run(
                items, dry_run=True, overwrite_edited=overwrite, failed=failed, user=request.user
            )
        except UploadError as exc:
            form.add_error(None, str(exc))
            return self._upload_page(request, form)
        except OperationalError as exc:
            if not is_database_locked(exc):
                raise
            form.add_error(None, database_busy_message("这次预览", "请稍后再点“预览”"))
            return self._upload_page(request, form)
        if not preview:
            for problem in failed:
                form.add_error(None, problem)
            return self._upload_page(request, form)
        items = [outcome.item for outcome in preview]  # the good pages: those confirmed
        asks = paper_new is not None and paper_new.others > 0
        owner = uploadpending.pending_owner(request.session)  # each session its own copy
        stored = [{**item.as_session(owner), "page_state": states[id(item)]} for item in items]
        unrelated = unrelated_labels(preview)
        entry = {
            **pdfs_asked(preview),
            "overwrite_edited": overwrite,
            "hand_edits": seen,
            "items": stored,
            "new_paper": paper_new.name if asks else "",
            "failed": failed,
            "unrelated": unrelated,
        }
        token, dropped = pending_add(request.session, entry, replaces=replaces)
        waiting = pending_items(request.session)
        if dropped:  # previews replaced or pushed out before they were confirmed: their files go
            waiting_discard([i for old in dropped for i in old.get("items", [])], keep=waiting)
        waiting_prune(keep=waiting)  # and those of previews abandoned a day ago or more
        return self._upload_page(
            request,
            form,
            preview=[
                {"outcome": o, "summary": report_text(o.report), "parsed": o.shown or o.parsed}
                for o in preview
            ],
            token=token,
            new_paper=paper_new,
            asks_new_paper=asks,
            papers_named=papers_named([o.report for o in preview]),
            unrelated=unrelated,
            unmatched_pdfs=pdfs_asked_text(entry),
            new_drafts=sum(len(o.visibility.drafts) for o in preview if o.visibility),
            publish_refused=self._publish_refusal(request, items),
            note=note,
            failed=failed,
        )

    def _pending(self, request) -> dict | None:
        pending, why = pending_get(request.session, request.POST.get("token"))
        if pending is not None:
            pending = dict(pending)  # the bytes never go back into the session
            try:  # the files wait in storage; one removed since the preview fails it
                pending["loaded"] = [UploadItem.from_session(data) for data in pending["items"]]
            except OSError:
                pending, why = None, "这次预览的文件已不在服务器上；请重新选择文件并预览。"
        if pending is None:
            self.message_user(request, why, messages.ERROR)
            return None
        return pending

    def _upload_use_paper(self, request):
        """The preview again, with the pages given to the existing paper the editor picked."""
        pending = self._pending(request)
        paper = Publication.objects.filter(slug=request.POST.get("use_paper", "")).first()
        if pending is None or paper is None:
            return HttpResponseRedirect(admin_url("page_upload"))
        items = [
            dataclasses.replace(item, paper_name=paper.name, paper_slug=paper.slug)
            for item in pending["loaded"]
        ]
        form = PageUploadForm(initial={"paper": paper.name})
        return self._upload_preview(
            request,
            form,
            items,
            overwrite=pending["overwrite_edited"],
            paper_new=new_paper(paper.name, paper.slug),
            note=f"已改用已有的报纸“{paper.name}”，下面是重新预览的结果。",
            failed=pending.get("failed", []),
            replaces=pending["token"],
        )

    def _upload_confirm(self, request):
        pending = self._pending(request)
        if pending is None:
            return HttpResponseRedirect(admin_url("page_upload"))
        items = pending["loaded"]
        if pending.get("new_paper") and request.POST.get("new_paper") != pending["new_paper"]:
            self.message_user(
                request,
                f"“{pending['new_paper']}”是一份新报纸：确认前请勾选“新建报纸”，"
                "或点“改用”导入到已有的报纸。什么都没有写入。",
                messages.ERROR,
            )
            return self._upload_preview(
                request,
                PageUploadForm(initial={"paper": pending["new_paper"]}),
                items,
                overwrite=pending["overwrite_edited"],
                paper_new=new_paper(items[0].paper_name, items[0].paper_slug),
                failed=pending.get("failed", []),
                replaces=pending["token"],
            )
        for box, key, refusal in BOXES:  # a preview's question not answered: shown again
            if pending.get(key) and request.POST.get(box) != "on":
                self.message_user(request, refusal(pending), messages.ERROR)
                return self._preview_again(request, items, pending)
        items = pending["loaded"] = mismatch_allowed(unrelated_allowed(items, pending), pending)
        refusal = self._publish_refusal(request, items)
        if request.POST.get("confirm") == "publish" and refusal:
            self.message_user(request, f"没有导入，也没有发布：{refusal}", messages.ERROR)
            return self._preview_again(request, items, pending)
        background = len(items) > settings.NEWSROOM_UPLOAD_INLINE_PAGES or any(i.pdf for i in items)
        outcomes = None
        try:
            if background:  # each page checks them again as the worker imports it
                with transaction.atomic():
                    confirm_check(pending)
            else:  # the pages parsed first, then the check and the import in one transaction
                outcomes = upload_run(
                    items,
                    dry_run=False,
                    overwrite_edited=pending["overwrite_edited"],
                    publish_new=request.POST.get("confirm") == "publish",
                    user=request.user,
                    before_write=lambda: confirm_check(pending),
                    after_write=run_done,  # (listed with who and when: articles.activity)
                )
        except ChangedSince as exc:
            self.message_user(request, str(exc), messages.ERROR)
            return self._preview_again(request, items, pending)
        except AlreadyImported as exc:  # the preview is done with, as a confirmed one is
            pending_pop(request.session, pending["token"])
            waiting_discard(pending["items"], keep=pending_items(request.session))
            self.message_user(request, str(exc), messages.INFO)
            page = Page.objects.filter(pages_of(items[:1])).first()
            return HttpResponseRedirect(admin_url("issue_change", page.issue_id))
        except UploadError as exc:
            self.message_user(request, f"{exc}（什么都没有写入）", messages.ERROR)
            return HttpResponseRedirect(admin_url("page_upload"))
        except OperationalError as exc:  # the preview stays: confirming again may go through
            if not is_database_locked(exc):
                raise
            self.message_user(
                request,
                database_busy_message("这次导入", "请稍后在预览页上再点“确认导入”"),
                messages.ERROR,
            )
            return self._preview_again(request, items, pending)
        if outcomes is None:
            return self._upload_enqueue(request, pending)
        pending_pop(request.session, pending["token"])
        waiting_discard(pending["items"], keep=pending_items(request.session))
        self._upload_result(request, outcomes, may_publish=not refusal)
        self._left_out(request, pending)
        page = Page.objects.select_related("issue").get(pk=outcomes[0].report.page_id)
        return HttpResponseRedirect(admin_url("issue_change", page.issue_id))

    def _upload_enqueue(self, request, pending):
        """The confirmed upload as a background import: queued, and its progress page."""
        seen = pending.get("hand_edits", {})  # each page checks them again as it is imported
        run = run_create(
            [{**item, "hand_edits": seen, **ticked(item, pending)} for item in pending["items"]],
            overwrite_edited=pending["overwrite_edited"],
            publish_new=request.POST.get("confirm") == "publish",
            user=request.user,
        )
        pending_pop(request.session, pending["token"])
        run_enqueue(run)
        self._left_out(request, pending)
        self.message_user(
            request,
            f"已开始在后台导入 {run.pages_total} 个版面；本页会自动显示进度，可以离开，稍后在"
            "“导入版面文件”页的“最近的导入任务”里再打开。",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(admin_url("page_upload_run", run.pk))

    def _left_out(self, request, pending) -> None:
        """Say again which files of the upload were not imported (its preview named them: the
        form's and the dry run's failures) and what is wrong with each, as ``import_pages``
        ends with its ``failed:`` lines."""
        failed = pending.get("failed", [])
        if failed:
            self.message_user(
                request,
                # (each its own sentence, its full stop dropped before the next: 。；)
                "以下文件没有导入（预览时已列出），请改好后再上传："
                + "；".join(item.rstrip("。") for item in failed)
                + "。",
                messages.ERROR,
            )

    def _upload_result(self, request, outcomes, *, may_publish: bool = True) -> None:
        """What the upload did: first the paper it made, if any (as the command says it, a link
        to the paper's change page, where its slug can be changed: :func:`new_papers_said`),
        then page by page: the report, conflicts, warnings (as the command
        and the background import print them), and what readers see; a link to publish the new
        stories, or to submit them for sign-off for a user who may not publish them
        (``may_publish`` False)."""
        drafts: list[int] = []
        for said in new_papers_said([outcome.report for outcome in outcomes]):
            self.message_user(
                request,
                format_html('<a href="{}">{}</a>', said["url"], said["line"]),
                messages.INFO,
            )
        for outcome in outcomes:
            self.message_user(request, report_text(outcome.report), messages.SUCCESS)
            for conflict in outcome.report.conflicts:
                story = outcome.report.page_text_stories.get(conflict)  # (linked: 采用版面文本)
                photo = outcome.report.page_text_photos.get(conflict)  # (a photo's: its own)
                url = photo_text_url(photo) if photo else ""
                left = outcome.report.left_photos.get(conflict)  # (kept, no longer printed)
                if left:
                    url = photo_delete_url(left, request.user)
                link = DELETE_LINK if left else "查看并采用版面文本"
                line = conflict_html(f"冲突：{conflict_text(conflict)}", story, url=url, link=link)
                self.message_user(request, line, messages.WARNING)
            for line in outcome.report.overwritten:
                self.message_user(request, f"覆盖：{for_editors(line)}", messages.WARNING)
            for line in outcome.report.dropped_continuations:
                self.message_user(request, f"续文：{line}", messages.WARNING)
            for line in outcome.report.warnings:
                self.message_user(request, f"注意：{warning_text(line)}", messages.WARNING)
            visibility = outcome.visibility
            if visibility is not None:
                level = messages.WARNING if visibility.drafts else messages.INFO
                self.message_user(request, visibility.summary, level)
                drafts += visibility.new_draft_ids
        if drafts:
            url = admin_url("page_upload_publish") + "?ids=" + ",".join(map(str, drafts))
            verb = "发布" if may_publish else "提交待审"
            self.message_user(
                request,
                format_html('<a href="{}">{}这 {} 篇新稿件</a>', url, verb, len(drafts)),
                messages.WARNING,
            )

    def upload_publish_view(self, request):
        """The new stories of a late page, listed, published with one button; on a paper that
        requires sign-off, for a user who may not sign off, submitted for sign-off instead
        (a POST asking to publish is refused, nothing written)."""
        if not request.user.has_perm("articles.change_issue"):
            raise PermissionDenied
        source = request.POST if request.method == "POST" else request.GET
        ids = [
            int(part)
            for part in source.get("ids", "").split(",")
            if part.isascii() and part.isdigit()
        ]
        articles = list(new_drafts(ids).select_related("issue__publication", "page"))
        refusal = new_stories_refusal({a.issue.publication for a in articles}, request.user)
        if request.method == "POST":
            return self._publish_new_post(request, articles, refusal)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "提交待审补导版面的新稿件" if refusal else "发布补导版面的新稿件",
            "articles": articles,
            "ids": ",".join(str(a.pk) for a in articles),
            "refusal": refusal,
        }
        return TemplateResponse(request, "admin/articles/page/upload_publish.html", context)

    def _publish_new_post(self, request, articles, refusal: str):
        """The publish (or submit, ``submit`` in the POST) button of :meth:`upload_publish_view`."""
        done = (
            admin_url("issue_change", articles[0].issue_id)
            if articles
            else admin_url("page_changelist")
        )
        if "submit" in request.POST:
            try:
                report = stories_submit(articles=articles, user=request.user)
            except SignoffError as exc:
                self.message_user(request, str(exc), messages.ERROR)
            else:
                self.message_user(request, report.summary, messages.SUCCESS)
            return HttpResponseRedirect(done)
        try:
            if refusal:
                raise UploadError(f"没有发布任何稿件：{refusal}")
            published = new_stories_publish([a.pk for a in articles], user=request.user)
        except UploadError as exc:
            self.message_user(request, str(exc), messages.ERROR)
            ids = ",".join(str(a.pk) for a in articles)
            return HttpResponseRedirect(admin_url("page_upload_publish") + "?ids=" + ids)
        self.message_user(
            request,
            f"已发布 {len(published)} 篇新稿件，读者现在可以看到："
            + "、".join(f"{quoted(a.name_for_editors())}" for a in published),
            messages.SUCCESS,
        )
        return HttpResponseRedirect(done)
