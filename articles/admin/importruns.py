"""The desk's view of a background import (导入任务): its progress page, the JSON the page polls,
and 重新运行 for a run whose worker died or whose pages failed.

The progress page shows pages done of all, the page being imported, each page's result (a link
to the imported page, its conflicts and warnings, what readers see) and each failure. It asks
the status URL every two seconds (a few lines of JavaScript) and updates itself without a
reload; without JavaScript a ``<meta http-equiv="refresh">`` inside ``<noscript>`` reloads it
until the run is finished. The service is :mod:`articles.importing.runs`; the task
:mod:`articles.tasks`.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path

from articles.admin.base import admin_url
from articles.admin.pagetext import page_text_url
from articles.admin.phototext import DELETE_LINK, photo_delete_url, photo_text_url
from articles.importing.runs import RunBusy, run_rerun, run_stop
from articles.importing.upload import new_stories_refusal
from articles.models import Article, ImportRun, ImportRunState, Issue, Publication, Status
from articles.signoff import may_publish
from articles.tasks import run_enqueue

# How often the progress page asks for the status, in milliseconds (and the <noscript> reload,
# in seconds).
POLL_MS = 2000


def run_status(run: ImportRun, user=None) -> dict:
    """The run as the progress page shows it to ``user`` (JSON): counts, state, and one entry
    per page with its state (``waiting``, ``current``, ``ok``, ``failed``), result lines and
    links; once it is done, its new drafts with what ``user`` may do with them
    (:func:`drafts_offer`): those still new drafts when the page is looked at
    (:func:`new_drafts`; editors may have published, submitted or deleted some since). A page
    whose import made its paper says so (``new_paper``: ``新建报纸 晴川日报（网址名 paper-…，
    发布前可在“报纸”里改）``, as the command prints it) with ``new_paper_url`` the paper's
    change page in the admin (``""`` once the paper is deleted)."""
    pages = []
    current_found = False
    running = run.state == ImportRunState.RUNNING and not run.interrupted
    drafts: list[int] = []
    for n, data in enumerate(run.items):
        result = run.results[n] if n < len(run.results) else None
        entry = {
            "name": data["name"],
            "label": data["label"],
            "date": data["issue_date"],
            "state": "waiting",
            "summary": "",
            "lines": [],
            "error": "",
            "url": "",
            "new_paper": "",
            "new_paper_url": "",
            "page_text": [],
        }
        if result is not None:
            entry["state"] = "ok" if result.get("ok") else "failed"
            entry["summary"] = result.get("summary", "")
            entry["lines"] = result.get("lines", [])
            entry["error"] = result.get("error", "")
            if result.get("page_id"):
                entry["url"] = admin_url("page_change", result["page_id"])
            if result.get("new_paper"):  # the paper this page's import made, as the command says
                paper = Publication.objects.filter(slug=result.get("paper_slug", "")).first()
                entry["new_paper"] = result["new_paper"]
                entry["new_paper_url"] = admin_url("publication_change", paper.pk) if paper else ""
            drafts += result.get("drafts", [])
            entry["page_text"] = [  # (采用版面文本: articles.admin.pagetext)
                {"text": f"查看并采用版面文本：{t['name']}", "url": _page_text_url(t)}
                for t in result.get("page_text", [])
            ] + _left_photos(result, user)
        elif running and not current_found:
            entry["state"] = "current"
            current_found = True
        pages.append(entry)
    imported = len(drafts)
    if drafts and run.finished:  # as they are now, not as the import left them
        drafts = list(new_drafts(drafts).values_list("pk", flat=True))
    offer = drafts_offer(drafts, user, imported=imported) if imported and run.finished else {}
    return {
        "id": run.pk,
        "state": run.shown_state,
        "state_label": run.shown_state_label,
        "finished": run.finished,
        "interrupted": run.interrupted,
        "may_rerun": run.may_rerun,
        "total": run.pages_total,
        "done": run.pages_done,
        "failed": run.pages_failed,
        "current": run.current if running else "",
        "error": run.error,
        "pages": pages,
        "drafts_url": offer.get("url", ""),
        "drafts_label": offer.get("label", ""),
        "drafts_note": offer.get("note", ""),
        "drafts": len(drafts),
        "issues": run_issues(run, user) if run.finished else [],
    }


def run_issues(run: ImportRun, user) -> list[dict]:
    """The issues a finished run imported pages of, each with ``name``, ``url`` (its page at the
    desk) and ``publish_url``: 发布本期, for an issue not yet published and a ``user`` who may
    publish it (``""`` otherwise: a published one's new stories are offered as drafts)."""
    ids = [r["page_id"] for r in run.results if r and r.get("ok") and r.get("page_id")]
    issues = Issue.objects.filter(pages__pk__in=ids).select_related("publication").distinct()
    shown = []
    for issue in issues.order_by("date", "publication__name"):
        publish = (
            issue.status != Status.PUBLISHED
            and user is not None
            and user.has_perm("articles.change_issue")
            and may_publish(user, issue.publication)
        )
        shown.append(
            {
                "name": str(issue),
                "url": admin_url("issue_change", issue.pk),
                "publish_url": admin_url("issue_publish", issue.pk) if publish else "",
            }
        )
    return shown


def new_drafts(ids):
    """Of the stories ``ids`` (a late page's new stories), those the publish page
    (``upload_publish_view``) still publishes or submits: drafts in a published issue. A story
    published, submitted, signed off or deleted since, or one whose issue was taken down, is no
    longer one. In the order of ``ids``' ids; one query when evaluated."""
    return Article.objects.filter(
        pk__in=list(ids), status=Status.DRAFT, issue__status=Status.PUBLISHED
    ).order_by("pk")


def drafts_offer(drafts: list[int], user, *, imported: int | None = None) -> dict:
    """What the progress page offers ``user`` for a finished run's new drafts (story ids, those
    still new drafts: :func:`new_drafts`), as the publish page (``upload_publish_view``) will
    allow it: ``label`` 发布这 N 篇新稿件, or 提交待审这 N 篇新稿件 where ``user`` may not publish
    them (their paper requires sign-off: :func:`~articles.importing.upload.new_stories_refusal`,
    the rule of every publish path); ``url`` the publish page, empty for a user who may not open
    it (no ``change_issue``: a viewer); ``note`` what the editor should know. ``imported``: how
    many the import left (default ``len(drafts)``); when editors have handled some since, the
    note says so, and when none is left the label says they were all handled, with no link (the
    pages' result lines say what the import left). ``user`` None (a caller without a request)
    is offered what an editor without sign-off is."""
    n = len(drafts)
    imported = n if imported is None else imported
    handled = (
        f"导入时共 {imported} 篇，另 {imported - n} 篇已发布、提交待审或删除"
        if imported > n
        else ""
    )
    if not drafts:
        return {
            "url": "",
            "label": f"导入时的 {imported} 篇新稿件都已处理",
            "note": "已发布、提交待审或删除；各版结果是导入时的情形",
        }
    papers = Publication.objects.filter(issues__articles__pk__in=drafts).distinct()
    refusal = new_stories_refusal(papers, user) if user is not None else ""
    may_open = user is None or user.has_perm("articles.change_issue")
    if not may_open:
        label = f"{n} 篇新稿件"
        note = "补导的版面里新出现的稿件仍是草稿，读者看不到；由编辑发布"
    elif refusal:
        label = f"提交待审这 {n} 篇新稿件"
        note = f"补导的版面里新出现的稿件仍是草稿，读者看不到。{refusal}"
    else:
        label = f"发布这 {n} 篇新稿件"
        note = "补导的版面里新出现的稿件仍是草稿，读者看不到"
    if handled:
        note = f"{note}{handled}" if refusal else f"{note}；{handled}"  # (refusal ends in 。)
    url = admin_url("page_upload_publish") + "?ids=" + ",".join(map(str, drafts))
    return {"url": url if may_open else "", "label": label, "note": note}


class ImportRunViewsMixin:
    """The progress views of :class:`articles.admin.pages.PageAdmin`."""

    def get_urls(self):
        return [
            path(
                "upload/runs/<int:run_id>/",
                self.admin_site.admin_view(self.upload_run_view),
                name="articles_page_upload_run",
            ),
            path(
                "upload/runs/<int:run_id>/status/",
                self.admin_site.admin_view(self.upload_run_status_view),
                name="articles_page_upload_run_status",
            ),
            path(
                "upload/runs/<int:run_id>/rerun/",
                self.admin_site.admin_view(self.upload_run_rerun_view),
                name="articles_page_upload_run_rerun",
            ),
            path(
                "upload/runs/<int:run_id>/stop/",
                self.admin_site.admin_view(self.upload_run_stop_view),
                name="articles_page_upload_run_stop",
            ),
            *super().get_urls(),
        ]

    def upload_run_stop_view(self, request, run_id: int):
        """停止导入: the run ends where it is (:func:`~articles.importing.runs.run_stop`)."""
        if not self._may_upload(request):
            raise PermissionDenied
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        run = run_stop(get_object_or_404(ImportRun, pk=run_id), user=request.user)
        self.message_user(request, f"导入任务 #{run.pk}：{run.error or run.shown_state_label}")
        return HttpResponseRedirect(admin_url("page_upload_run", run.pk))

    def upload_run_view(self, request, run_id: int):
        """The progress page of one background import."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        run = get_object_or_404(ImportRun.objects.select_related("created_by", "run_by"), pk=run_id)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": f"导入任务 #{run.pk}",
            "run": run,
            "status": run_status(run, request.user),
            "poll_ms": POLL_MS,
            "refresh_seconds": POLL_MS // 1000 + 1,
            "may_upload": self._may_upload(request),
        }
        return TemplateResponse(request, "admin/articles/page/upload_run.html", context)

    def upload_run_status_view(self, request, run_id: int):
        """The run's progress as JSON (:func:`run_status`), never cached."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        run = get_object_or_404(ImportRun, pk=run_id)
        response = JsonResponse(
            run_status(run, request.user), json_dumps_params={"ensure_ascii": False}
        )
        response["Cache-Control"] = "no-store"
        return response

    def upload_run_rerun_view(self, request, run_id: int):
        """重新运行: queue the run again; the pages not yet imported are imported, with the
        permissions of ``request.user`` (recorded as the run's 运行人), not the uploader's."""
        if not self._may_upload(request):
            raise PermissionDenied
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        run = get_object_or_404(ImportRun, pk=run_id)
        if not run.may_rerun:
            self.message_user(
                request,
                f"导入任务 #{run.pk} {run.shown_state_label}，不需要重新运行。",
                messages.WARNING,
            )
            return HttpResponseRedirect(admin_url("page_upload_run", run.pk))
        try:
            run = run_rerun(run, user=request.user)
        except RunBusy:
            self.message_user(
                request,
                f"导入任务 #{run.pk} 正在导入（后台进程仍在报告进度），请等它结束再重新运行。",
                messages.WARNING,
            )
            return HttpResponseRedirect(admin_url("page_upload_run", run.pk))
        run_enqueue(run)
        self.message_user(
            request,
            f"导入任务 #{run.pk} 已重新排队：已导入的版面会跳过，其余的接着导入，"
            f"按您（{request.user}）的权限导入。",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(admin_url("page_upload_run", run.pk))


def _left_photos(result: dict, user) -> list[dict]:
    """A page's photos its import kept though the page no longer prints them, each linked to
    its 删除 page for a ``user`` who may delete photos (the run's conflict lines say why)."""
    links = []
    for said in result.get("left_photos", []):
        url = photo_delete_url(said["photo"], user) if user is not None else ""
        if url:
            links.append({"text": f"{DELETE_LINK}：{said['name']}", "url": url})
    return links


def _page_text_url(said: dict) -> str:
    """Where a background run's page-text line leads: the story's notice or the photo's page."""
    return photo_text_url(said["photo"]) if "photo" in said else page_text_url(said["story"])
