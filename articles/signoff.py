"""Sign-off (签发): 草稿 → 待审 → 已签发 → 已发布, for the papers that require it.

A paper with ``Publication.review_required`` (off by default: an editor publishes drafts as
before) works like a newsroom's night desk: an editor submits a story for review
(:func:`stories_submit`, 草稿 → 待审); a chief editor — a user with :data:`SIGNOFF_PERMISSION`,
the ``chief-editor`` group of ``setup_roles`` — signs it off (:func:`stories_sign_off`,
recording who and when) or sends it back (:func:`stories_return`, → 草稿); and only a chief
editor publishes that paper's issues and stories (:func:`may_publish`, checked by
``articles.publishing``). Publishing an issue needs every story signed off, unless a chief
editor overrides it with a reason, which goes into the history records (``articles.publishing``).

A signed-off story that an editor without the permission then changes goes back to 待审
(:func:`status_after_edit`), and a published one is theirs no more to change
(:func:`published_edit_refusal`): what the chief editor signed off is what is published.

Every change of state is a history record (who, why); nothing here changes what readers see
(a story is public only once published), so no content change is signalled.

**Any change of a signed-off story's printed text ends its sign-off** (:func:`signoff_end`,
the one rule): the story form and the part's own form when an editor who may not sign off
changes it (:func:`status_after_edit`), a spreadsheet row, a re-imported page whose text
changed (``articles.importing.writer``), a continuation joining or leaving it
(``articles.continuations.published``). Each writes why into the history record, followed by
:data:`EDITED_AFTER_SIGNOFF_REASON` (:func:`signoff_end_reason`).

Turning a paper's 发布须经签发 off decides again the links held for it: see
``articles.continuations.resolution.review_turned_off_follow`` (this module sits below the
continuations, which end a sign-off when a link changes a story's text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from articles.editing import history_baseline
from articles.editlocks import person_name
from articles.headwaits import head_wait_refusals
from articles.models import Article, Photo, Publication, Status
from articles.querysets import photo_story_shown
from articles.schedulewaits import SCHEDULE_BLOCKED, schedule_waiting
from articles.storynames import quoted

SIGNOFF_PERMISSION = "articles.signoff_article"

SUBMIT_REASON = "提交待审"
SIGNOFF_REASON = "签发"
RETURN_REASON = "退回修改"
EDITED_AFTER_SIGNOFF_REASON = "签发后修改，改回待审"

SIGNOFF_FIELDS = ["status", "signed_off_by", "signed_off_at"]
_REASON_MAX = 100  # a history record's reason (django-simple-history's column)
#: What the desk tells the editor whose edit sent a signed-off story back to 待审.
SENT_BACK_MESSAGE = "这篇稿件签发后又被修改，已改回“待审”，须由总编辑重新签发。"


class SignoffError(Exception):
    """The change of state is not allowed; the message (Chinese) says why and what to do."""


def may_sign_off(user) -> bool:
    """Whether ``user`` may sign off (and, on papers that require sign-off, publish).
    ``None`` is the system (a management command, the scheduler): the checks were made by
    whoever asked for it."""
    return user is None or user.has_perm(SIGNOFF_PERMISSION)


def may_publish(user, publication: Publication) -> bool:
    """Whether ``user`` may publish issues and stories of ``publication``."""
    return not publication.review_required or may_sign_off(user)


#: Why an editor may not change a published story of a paper that requires sign-off.
PUBLISHED_LOCKED_MESSAGE = (
    "本报须经签发：这篇稿件已经发布，已发布的内容只有总编辑（签发权限）可以修改。"
    "要更正，您可以先撤回它：在稿件列表里勾选这篇稿件，执行“撤回所选稿件（改为草稿）”"
    "（撤回后读者暂时看不到它），改好后“提交待审”，由总编辑签发和发布；也可以请总编辑直接修改。"
)


def published_edit_refusal(article: Article, user) -> str:
    """Why ``user`` may not change ``article``'s printed content (deck, byline, reporters, a
    part's text, its photos' captions and credits), or ``""``: on a paper that requires
    sign-off, what is published is what a chief editor signed off (README, Sign-off), so a
    published story is changed only by one who may sign off (:func:`may_sign_off`; their
    change is their sign-off). A reviewer's editor changed a published headline live, with no
    one signing it off. The desk's forms show such a story read-only with this message, a
    spreadsheet row is refused with it."""
    if article.status != Status.PUBLISHED or may_sign_off(user):
        return ""
    if not article.issue.publication.review_required:
        return ""
    return PUBLISHED_LOCKED_MESSAGE


#: Why an editor may not change what readers see on a published issue of such a paper.
PUBLISHED_ISSUE_LOCKED_MESSAGE = (
    "本报须经签发：这一期已经发布，读者看得到的内容（导读、图片、版名、版次、版面图和热区）"
    "只有总编辑（签发权限）可以修改。要更正，请总编辑来改；或请总编辑撤回本期，改好后再由总编辑发布。"
)


def published_issue_refusal(issue, user) -> str:
    """Why ``user`` may not change what readers see on ``issue`` beside its stories (its
    teasers, photos standing alone, its pages' 版名, pictures and zones, its 期号), or ``""``:
    the rule of :func:`published_edit_refusal` for what has no sign-off of its own. On a paper
    that requires sign-off, once the issue is published only one who may sign off changes it;
    a reviewer's editor changed a published 导读, a photo's caption and a page's 版名, each
    public at once and signed off by nobody. The desk's forms show it read-only with this
    message (``articles.admin.published``), its list actions and spreadsheets refuse it."""
    if issue.status != Status.PUBLISHED or may_sign_off(user):
        return ""
    if not issue.publication.review_required:
        return ""
    return PUBLISHED_ISSUE_LOCKED_MESSAGE


def photo_refusal(photo: Photo | None, user) -> str:
    """Why ``user`` may not change ``photo`` (its caption, credit, photographers, picture) now,
    or ``""``: a photo of a story is changed as its story is (:func:`published_edit_refusal`);
    one standing alone as its issue is (:func:`published_issue_refusal`: readers see it once
    the issue is published). The desk's photo forms and 采用版面文本 of a photo ask it."""
    if photo is None:
        return ""
    if photo.article_id is None:
        return published_issue_refusal(photo.page.issue, user)
    return published_edit_refusal(photo.article, user)


def published_reimport_refusal(page_id: int, label: str, user, *, since, new: bool = False) -> str:
    """Why ``user`` may not import page ``page_id`` (版次 ``label``) as the import just wrote it
    (inside the page's savepoint, which the caller then rolls back), or ``""``: the import saved
    (``updated_at`` ≥ ``since``) a published story printed on it, on a paper that requires
    sign-off, and ``user`` may not sign off. What is published there is the chief editor's
    (:func:`published_edit_refusal`); a reviewer's editor re-uploaded A1 with 第四次 changed to
    第五次 and readers saw it at once, signed off by nobody. ``new``: the page is new to the
    issue (a late page), whose continuations would add to published stories: said so, not as
    a re-import. ``user`` None (the command line, run by whoever runs the site) is never
    refused."""
    if user is None or may_sign_off(user):
        return ""
    changed = Article.objects.filter(
        parts__page_id=page_id,
        status=Status.PUBLISHED,
        issue__publication__review_required=True,
        updated_at__gte=since,
    ).distinct()
    names = [f"{quoted(a.name_for_editors())}" for a in changed.order_by("position")[:5]]
    if not names:
        return ""
    what = (
        f"是已发布的一期新补的版面，印有已发布的稿件{'、'.join(names)}的续文，本报须经签发："
        "导入后读者会立即看到这些稿件接上的内容，"
        if new
        else f"印有已发布的稿件{'、'.join(names)}，本报须经签发：重新导入会改动读者正在看的内容，"
    )
    return (
        f"{label}版{what}只有总编辑（签发权限）可以导入这一版；请总编辑来导入，"
        "或先把这些稿件撤回、导入后提交待审，由总编辑签发发布。"
    )


def person_rename_refusal(person, user) -> str:
    """Why ``user`` may not rename ``person`` (a reporter or photographer, shared by every paper),
    or ``""``: the name is printed on what readers see, so on a paper that requires sign-off,
    where a published story is the chief editor's (:func:`published_edit_refusal`), a person
    credited on one (a byline of a published story, or a photo credit readers see on a
    published issue) is renamed only by one who may sign off. A reviewer's editor renamed a
    reporter and every published story of a sign-off paper showed the new name at once. People
    credited only on other papers, or only on drafts, are anyone's to rename. One query for
    the bylines, one for the photo credits when no byline is found."""
    if person is None or person.pk is None or may_sign_off(user):
        return ""
    story = (
        Article.objects.filter(
            bylines__person=person,
            status=Status.PUBLISHED,
            issue__publication__review_required=True,
        )
        .select_related("issue__publication")
        .order_by("-issue__date", "pk")
        .first()
    )
    if story is not None:
        where = f"已发布的稿件{quoted(story.name_for_editors())}（{story.issue}）的署名"
    else:
        photo = (
            Photo.objects.filter(
                photo_story_shown(),
                credits__person=person,
                page__issue__status=Status.PUBLISHED,
                page__issue__publication__review_required=True,
            )
            .select_related("page__issue__publication")
            .order_by("-page__issue__date", "pk")
            .first()
        )
        if photo is None:
            return ""
        where = f"已发布的{photo.page.issue} {photo.page.label}版图片的摄影"
    return (
        f"“{person.name}”是{where}，本报须经签发：读者看到的姓名只有总编辑（签发权限）可以修改。"
        "要更正，请总编辑来改名；若只是某一篇稿件署错了人，请在那篇稿件里改署名"
        "（已发布的稿件同样由总编辑修改，或先撤回）。"
    )


def publish_refusal(publication: Publication) -> str:
    """Why an editor may not publish on a paper that requires sign-off."""
    return (
        f"《{publication}》的稿件须经签发，只有总编辑（签发权限）可以发布；"
        "请把稿件“提交待审”，由总编辑签发并发布。"
    )


def stories_publish_refusals(rows: list[Article], user) -> list[str]:
    """Why ``rows`` (with ``issue__publication`` loaded) may not be published by ``user``, one
    sentence a reason naming every story it stops (``“甲”、“乙”：…``; each story's own copy of the
    same reason repeated it once a story): on a paper that requires sign-off, only a chief
    editor publishes, and only signed-off stories; and on any paper, a continuation waiting for
    its undone head page (:mod:`articles.headwaits`) is published by no one. Each sentence ends
    with its ``。``."""
    waits = head_wait_refusals([a for a in rows if a.status != Status.PUBLISHED])
    stopped: dict[str, list[str]] = {}
    for article in rows:
        publication = article.issue.publication
        if article.status == Status.PUBLISHED or not publication.review_required:
            continue
        if not may_publish(user, publication):
            reason = f"：{publish_refusal(publication)}"
        elif article.status != Status.SIGNED_OFF:
            reason = f"尚未签发（{article.get_status_display()}），请先签发。"
        else:
            continue
        stopped.setdefault(reason, []).append(quoted(str(article)))
    return waits + ["、".join(titles) + reason for reason, titles in stopped.items()]


def statuses_allowed(article: Article, user) -> list[str]:
    """The states the story form offers ``user`` for ``article`` (its current one always):
    草稿/已发布 on a paper without review; 草稿/待审 for an editor and every state for a chief
    editor on a paper that requires sign-off."""
    if not article.issue.publication.review_required:
        allowed = {Status.DRAFT, Status.PUBLISHED}
    elif may_sign_off(user):
        allowed = set(Status.values)
    else:
        allowed = {Status.DRAFT, Status.REVIEW}
    allowed.add(article.status)
    return [value for value in Status.values if value in allowed]


def signoff_end(article: Article) -> bool:
    """Send ``article`` (in memory; the caller saves :data:`SIGNOFF_FIELDS`) back to 待审 when
    it is 已签发, its 签发人 and 签发时间 cleared: its printed text (deck, byline, reporters,
    a part's text) is no longer what the chief editor signed off, so it must be signed off
    again before it is published (README, Sign-off). True when it was signed off."""
    if article.status != Status.SIGNED_OFF:
        return False
    article.status = Status.REVIEW
    article.signed_off_by, article.signed_off_at = None, None
    return True


def signoff_end_reason(article: Article, why: str) -> str:
    """:func:`signoff_end` on ``article``, and the reason for the history record of the save
    that follows: ``why`` its text changed, then :data:`EDITED_AFTER_SIGNOFF_REASON` when its
    sign-off ended (``重新导入A1.txt：版面文本有更正：签发后修改，改回待审``; ``why`` clipped so
    the whole fits a history reason's 100 characters), else ``why`` alone."""
    if not signoff_end(article):
        return why
    return f"{why[: _REASON_MAX - len(EDITED_AFTER_SIGNOFF_REASON) - 1]}：{EDITED_AFTER_SIGNOFF_REASON}"


def edit_reason(article: Article, why: str, *, user) -> str:
    """The history reason for ``user``'s change to ``article``'s printed content made outside
    its story form (a caption or credit of its photo, in the photo's form or a photo
    spreadsheet), the story form's rule applied (:func:`status_after_edit`): a story 已签发 goes
    back to 待审 (:func:`signoff_end_reason`) unless ``user`` may sign off. The caller saves
    :data:`SIGNOFF_FIELDS`."""
    return why if may_sign_off(user) else signoff_end_reason(article, why)


def status_after_edit(article: Article, *, before: str, user, content_changed: bool) -> str:
    """Set the sign-off fields of ``article`` (about to be saved from the story form, its state
    was ``before``) to match its new state, and say what happened, or ``""``.

    Signed off in the form: ``user`` and now are recorded. Back to 草稿/待审: the sign-off is
    cleared. Still 已签发 but the text changed by an editor who may not sign off: back to 待审."""
    if before == article.status == Status.SIGNED_OFF and content_changed and not may_sign_off(user):
        signoff_end(article)
        when = schedule_waiting(article)
        return SENT_BACK_MESSAGE + (SCHEDULE_BLOCKED.format(when=when, it="它") if when else "")
    if article.status == Status.SIGNED_OFF and before != Status.SIGNED_OFF:
        article.signed_off_by, article.signed_off_at = user, timezone.now()
    elif article.status in (Status.DRAFT, Status.REVIEW):
        article.signed_off_by, article.signed_off_at = None, None
    return ""


def sent_back_saved(article: Article) -> None:
    """Save ``article``'s sign-off fields, just ended (:func:`status_after_edit`) after the save
    that changed its text wrote its history record, into that record (the story's newest),
    its reason :data:`EDITED_AFTER_SIGNOFF_REASON`: one 保存, one version (saved again with a
    record of its own, the edit showed as a version 内容没有变化 followed by one holding the
    change and the state)."""
    article.skip_history_when_saving = True  # (django-simple-history: no record for this save)
    try:
        article.save(update_fields=[*SIGNOFF_FIELDS, "updated_at"])
    finally:
        del article.skip_history_when_saving
    record = article.history.order_by("-history_date", "-history_id").first()
    if record is None:
        return
    for name in SIGNOFF_FIELDS:
        attname = Article._meta.get_field(name).attname
        setattr(record, attname, getattr(article, attname))
    record.history_change_reason = EDITED_AFTER_SIGNOFF_REASON
    record.save(update_fields=[*SIGNOFF_FIELDS, "history_change_reason"])


#: What a stale form's refusal says when the story's state changed because an edit of its text
#: sent it back to 待审 (:func:`status_change_cause`); else the state changed by hand.
EDITED_AFTER_SIGNOFF_CAUSE = "在签发后修改了它的内容，稿件按规定改回待审，须重新签发"


def status_change_cause(article_pk: int, before: str, after: str) -> str:
    """Why story ``article_pk``'s state went from ``before`` to ``after`` (``Status`` values),
    for a stale form's refusal: ``"{who}在签发后修改了它的内容，…（{why}）"`` when it went from
    已签发 to 待审 and the version that ended the sign-off (the oldest since its newest
    signed-off one) says an edit of its text did it (its reason holds
    :data:`EDITED_AFTER_SIGNOFF_REASON`); ``""`` otherwise (published, withdrawn, signed off
    or sent back by hand). One query, over its last :data:`CAUSE_LOOKBACK` versions."""
    if (before, after) != (Status.SIGNED_OFF, Status.REVIEW):
        return ""
    records = (
        Article.history.filter(id=article_pk)
        .select_related("history_user")
        .order_by("-history_date", "-history_id")[:CAUSE_LOOKBACK]
    )
    ending = None
    for record in records:
        if record.status == Status.SIGNED_OFF:
            break
        ending = record
    else:
        return ""  # (no signed-off version among them: nothing to say for sure)
    reason = (ending.history_change_reason or "") if ending is not None else ""
    if EDITED_AFTER_SIGNOFF_REASON not in reason:
        return ""
    who = person_name(ending.history_user) if ending.history_user else "有人"  # (a re-import)
    why = reason.removesuffix(EDITED_AFTER_SIGNOFF_REASON).rstrip("：")
    return f"{who}{EDITED_AFTER_SIGNOFF_CAUSE}" + (f"（{why}）" if why else "")


#: How many of a story's newest versions :func:`status_change_cause` reads back.
CAUSE_LOOKBACK = 20


def revert_status(article: Article, *, before: str, user, content_changed: bool) -> str:
    """The sign-off rule for a history revert (:func:`articles.editing.story_revert`'s
    ``status_rule``): ``article`` holds the restored content, unsaved, and its state as now
    (``before``: a revert never restores a recorded state). Text an editor who may not sign off
    brings back into a signed-off story sends it back to 待审, as any edit does
    (:func:`status_after_edit`). Returns what to tell the editor, or ``""``."""
    return status_after_edit(article, before=before, user=user, content_changed=content_changed)


def status_change_refusal(article: Article, *, before: str, user) -> str:
    """Why ``user`` may not have moved ``article`` (stored state ``before``) to its new state
    outside the story form (a spreadsheet row), or ``""``. Same rule as the form's choices."""
    if article.status == before:
        return ""
    if article.status == Status.PUBLISHED and (waits := head_wait_refusals([article])):
        return waits[0]
    stored = Article(status=before, issue=article.issue)
    if article.status in statuses_allowed(stored, user):
        return ""
    return (
        f"您不能把稿件改为“{article.get_status_display()}”：本报须经签发，"
        "请“提交待审”，由总编辑签发和发布。"
    )


#: How many of the stories a step left as they were its summary names (the rest are counted).
LEFT_NAMED = 5


@dataclass
class SignoffReport:
    """What a submit, sign-off or return changed: ``changed`` stories, ``unchanged`` ones (not
    in a state this step applies to); ``left``: the first :data:`LEFT_NAMED` of those, each as
    ``(name to an editor, its state as shown)``, so the summary says which and why."""

    verb: str
    changed: int = 0
    unchanged: int = 0
    left: list[tuple[str, str]] = field(default_factory=list)

    @property
    def summary(self) -> str:
        """``已签发 2 篇稿件；1 篇未改动，它已是别的状态：“港口建设一期开工”（已签发）。``"""
        text = f"已{self.verb} {self.changed} 篇稿件"
        if self.unchanged:
            named = "、".join(f"{quoted(name)}（{state}）" for name, state in self.left)
            more = "等" if self.unchanged > len(self.left) else ""
            text += f"；{self.unchanged} 篇未改动，{self.verb}不适用于它们现在的状态：{named}{more}"
        return text + "。"


def _move(articles, *, verb, to, from_states, user, reason) -> SignoffReport:
    rows = list(Article.objects.select_for_update().filter(pk__in=[a.pk for a in articles]))
    moving = [a for a in rows if a.status in from_states]
    report = SignoffReport(verb=verb, changed=len(moving), unchanged=len(rows) - len(moving))
    report.left = [
        (a.name_for_editors(), a.get_status_display())
        for a in sorted((a for a in rows if a.status not in from_states), key=lambda a: a.pk)[
            :LEFT_NAMED
        ]
    ]
    if not moving:
        return report
    history_baseline(moving)
    now = timezone.now()
    for article in moving:
        article.status = to
        signed = to == Status.SIGNED_OFF
        article.signed_off_by = user if signed else None
        article.signed_off_at = now if signed else None
    bulk_update_with_history(
        moving, Article, SIGNOFF_FIELDS, default_user=user, default_change_reason=reason
    )
    return report


@transaction.atomic
def stories_submit(*, articles, user=None) -> SignoffReport:
    """草稿 → 待审, for any editor (stories in other states are left as they are)."""
    return _move(
        articles,
        verb="提交待审",
        to=Status.REVIEW,
        from_states={Status.DRAFT},
        user=user,
        reason=SUBMIT_REASON,
    )


@transaction.atomic
def stories_sign_off(*, articles, user=None) -> SignoffReport:
    """草稿/待审 → 已签发, by a chief editor (:class:`SignoffError` otherwise, nothing written);
    the story records who signed it off and when."""
    if not may_sign_off(user):
        raise SignoffError("只有总编辑（签发权限）可以签发稿件；请把稿件“提交待审”。")
    return _move(
        articles,
        verb="签发",
        to=Status.SIGNED_OFF,
        from_states={Status.DRAFT, Status.REVIEW},
        user=user,
        reason=SIGNOFF_REASON,
    )


@transaction.atomic
def stories_return(*, articles, user=None) -> SignoffReport:
    """待审/已签发 → 草稿 (sent back for changes), by a chief editor; the sign-off is cleared."""
    if not may_sign_off(user):
        raise SignoffError("只有总编辑（签发权限）可以退回待审或已签发的稿件。")
    return _move(
        articles,
        verb="退回修改",
        to=Status.DRAFT,
        from_states={Status.REVIEW, Status.SIGNED_OFF},
        user=user,
        reason=RETURN_REASON,
    )
