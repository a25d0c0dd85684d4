"""Stories and photos whose page was re-sent with other text that their hand edit kept out:
版面文本有改动未采用.

A re-import leaves a story edited by hand as the editor saved it and says once, in the import's
result, what the page text changed (``articles.importing.pagetext``); the desk offers
采用版面文本 on the story's form (``articles.importing.pagetake``). A correction re-sent late at
night (``最高三十万元`` → ``最高五十万元``) could then go public un-applied, nobody at 签发 or
发布本期 having seen that line. So every place that makes a story public, or stands for it,
asks here (README: The editors' desk, “版面文本有改动未采用”):

* :func:`pending_texts` — the stories of a list whose page text differs from what they held as
  last imported, each with its page and the changes (one :class:`PendingText` per page);
* :func:`by_story` / :func:`story_line` — those of one story together (a jumped story's pages
  are one story, listed once);
* :func:`pending_ids` — the same as ids, for the story list's filter and the desk home's count;
* :func:`pending_photos` — the photos likewise (``Photo.page_text_pending``, written by the
  import: :mod:`articles.importing.phototext`), one :class:`PendingPhoto` each;
* :func:`stories_pending` / :func:`issues_pending` — what readers would see so once stories are
  signed off or published (their photos with them), or issues published (every story and photo
  of their pages, a photo standing alone too): stories first, then photos;
* :func:`pending_key` / :func:`not_shown` — what a confirmation page listed, so its tick
  (已核对) acknowledges those and a story or photo changed after the page was shown is named;
* :func:`listed` — how a page and its messages count them (``2 篇稿件和 1 张图片``);
* :func:`acknowledged_record` — the history record of each one an editor ticked 已核对 for and
  published or signed off as saved (who, when, over which page text).

A story is asked about only when it is edited by hand (``edited_at``) and one of its pages,
written by the current parser, had its text imported after the story was made
(:func:`candidates`, one query): the rest cannot differ. Each one asked about parses its pages
(milliseconds a page: :func:`~articles.importing.pagetake.page_text_offers`); no transaction
should be open.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, QuerySet

from articles import parsing
from articles.importing.pagetake import page_text_offers
from articles.importing.pagetext import changes_line
from articles.importing.phototext import photo_name, photo_text_offer
from articles.models import Article, ArticlePart, Issue, Photo, Status
from articles.publishchecks import withdrawn_ids
from articles.publishing import history_reason
from articles.storynames import quoted

#: How the desk names the state, in lists, filters and counts.
PENDING_TEXT = "版面文本有改动未采用"
#: What the shell is told to do about one (``publish_issue --keep-edited-text``'s 已核对 line).
PENDING_HINT = (
    f"{PENDING_TEXT}：已按编辑保存的内容发布；版面改对了的，在编辑后台打开稿件点“采用版面文本”"
)
PHOTO_HINT = PENDING_HINT.replace("打开稿件", "打开图片")
#: The states that make a story public or stand for it, and the step each is (``签发``,
#: ``发布``): a story moved to one of them is asked about (the story form, a spreadsheet row).
PUBLIC_STEPS = {Status.SIGNED_OFF: "签发", Status.PUBLISHED: "发布"}


class _Lined:
    """What :class:`PendingText` and :class:`PendingPhoto` say alike."""

    @property
    def line(self) -> str:
        """Its name and changes: ``A1版“稳就业……”：版面文本有改动：第3段“…三十万元…”→“…五十万元…”``,
        ``A3版的图片“…”：版面文本有改动：署名“… 许丛军摄”→“… 许丛军 通讯员 王涛摄”``."""
        return f"{self.name}：{changes_line(list(self.changes))}"


@dataclass(frozen=True)
class PendingText(_Lined):
    """Story ``article``'s part on page ``page_id`` (版次 ``label``) is printed otherwise by the
    page's text now (``changes``: :func:`~articles.importing.pagetext.changes`' lines, never
    empty); ``token``: the fingerprint 采用版面文本 confirms (it changes with the story or the
    page)."""

    article: Article
    page_id: int
    label: str
    changes: tuple[str, ...]
    token: str

    @property
    def name(self) -> str:
        """``A1版“稳就业……”``."""
        return f"{self.label}版{quoted(self.article.name_for_editors())}"

    @property
    def key(self) -> str:
        """Its story, page and the fingerprint of both (:func:`pending_key`)."""
        return f"{self.article.pk}:{self.page_id}:{self.token}"

    @property
    def issue_id(self) -> int:
        return self.article.issue_id

    hint = PENDING_HINT


@dataclass(frozen=True)
class PendingPhoto(_Lined):
    """Photo ``photo`` (its page at hand) is printed otherwise by its page's text now
    (``changes``: ``说明“…”→“…”``, ``署名“…”→“…”``, never empty); ``token``: the fingerprint its
    采用版面文本 confirms (:func:`~articles.importing.phototext.photo_text_offer`)."""

    photo: Photo
    changes: tuple[str, ...]
    token: str

    @property
    def name(self) -> str:
        """``A3版的图片“游客乘船夜游濠河。”``."""
        return photo_name(self.photo)

    @property
    def key(self) -> str:
        """``photo:<id>:<fingerprint>`` (:func:`pending_key`)."""
        return f"photo:{self.photo.pk}:{self.token}"

    @property
    def issue_id(self) -> int:
        return self.photo.page.issue_id

    hint = PHOTO_HINT


#: One thing a confirmation lists: a story's page text or a photo's.
Pending = PendingText | PendingPhoto


def candidates(articles: QuerySet) -> QuerySet:
    """Those of ``articles`` that may differ from their page text: edited by hand, with a part
    (not a whole copy) on a page of the current parser version whose text was imported after
    the story was made (a re-sent page). One query; the check itself is :func:`pending_texts`."""
    reimported = ArticlePart.objects.filter(
        article=OuterRef("pk"),
        whole_copy=False,
        page__parser_version=parsing.PARSER_VERSION,
        page__imported_at__gt=OuterRef("created_at"),
    )
    return articles.filter(edited_at__isnull=False).filter(Exists(reimported))


def pending_texts(articles: Iterable[Article] | QuerySet) -> list[PendingText]:
    """The page texts not taken over by ``articles`` (a queryset or stories; the order kept),
    one per story and page. ``[]`` when none is edited by hand on a re-sent page."""
    rows = list(articles)
    ids = [a.pk for a in rows]
    asked = set(candidates(Article.objects.filter(pk__in=ids)).values_list("pk", flat=True))
    pending = []
    for article in rows:
        if article.pk not in asked:
            continue
        for offer in page_text_offers(article):
            pending.append(
                PendingText(
                    article=article,
                    page_id=offer.page.pk,
                    label=offer.page.label,
                    changes=tuple(offer.changes),
                    token=offer.token,
                )
            )
    return pending


def by_story(pending: list[Pending]) -> list[list[Pending]]:
    """``pending`` grouped by story, in their order: a story jumping A1 → A2 with both pages'
    text pending is one story (listed, counted and named once), its pages in its parts' order;
    a photo is one alone."""
    groups: dict[object, list[Pending]] = {}
    for item in pending:
        key = ("photo", item.photo.pk) if isinstance(item, PendingPhoto) else item.article.pk
        groups.setdefault(key, []).append(item)
    return list(groups.values())


def story_line(texts: list[PendingText]) -> str:
    """One story's pages (a :func:`by_story` group) in one line: its one page's
    :attr:`PendingText.line`, or ``A1版“港口建设提速”：A1版版面文本有改动：…；A2版版面文本有改动：…``."""
    if len(texts) == 1:
        return texts[0].line
    said = "；".join(f"{t.label}版{changes_line(list(t.changes))}" for t in texts)
    return f"{texts[0].name}：{said}"


def pending_ids(articles: QuerySet) -> set[int]:
    """The ids of ``articles`` with a page text not taken over (:func:`pending_texts`)."""
    stories = candidates(articles).select_related("issue__publication")
    return {p.article.pk for p in pending_texts(stories)}


def pending_photos(photos: QuerySet) -> list[PendingPhoto]:
    """Those of ``photos`` with a page text not taken (``Photo.page_text_pending``), in their
    order. One query; nothing parsed (the import said the changes)."""
    pending = photos.page_text_pending().select_related("page")
    offers = (photo_text_offer(photo) for photo in pending)
    return [PendingPhoto(o.photo, tuple(o.changes), o.token) for o in offers if o and o.changes]


def stories_pending(articles: Iterable[Article] | QuerySet) -> list[Pending]:
    """What signing off or publishing ``articles`` (their pages, issues and papers at hand)
    would show readers as the editors saved it: their page texts not taken
    (:func:`pending_texts`), then their photos' (:func:`pending_photos`)."""
    rows = list(articles)
    photos = Photo.objects.filter(article_id__in=[a.pk for a in rows])
    return [*pending_texts(rows), *pending_photos(photos)]


def issues_pending(issues: Iterable[Issue]) -> list[Pending]:
    """What publishing ``issues`` would show readers as the editors saved it: their stories'
    page texts not taken, in print order, then the photos' of their pages (of a story or
    standing alone). A story withdrawn after publication (撤回: publishing its issue again
    leaves it a draft, :func:`~articles.publishchecks.withdrawn_ids`) is not shown, nor are its
    photos: neither is asked about."""
    ids = [i.pk for i in issues]
    stories = Article.objects.filter(issue_id__in=ids).select_related("page", "issue__publication")
    rows = list(stories.order_by("issue", "page__sequence", "position"))
    withdrawn = withdrawn_ids(rows)
    photos = Photo.objects.filter(page__issue_id__in=ids).exclude(article_id__in=withdrawn)
    return [*pending_texts([a for a in rows if a.pk not in withdrawn]), *pending_photos(photos)]


#: The history record of a story or photo whose page text an editor ticked 已核对 for and made
#: public (or signed off) as saved: who (the record's user), when (its date), over which page text.
ACKNOWLEDGED_REASON = "已核对，按编辑保存的内容{what}，未采用{labels}版的版面文本（{changes}）"


def acknowledged_record(pending: list[Pending], *, user, what: str) -> None:
    """Write in the history of each story and photo of ``pending`` that ``user`` ticked 已核对
    for them and ``what`` (``发布``, ``签发``, ``定时发布``) went through with the text as the
    editors saved it, over the page text not taken: one record each, its state as stored now,
    reason :data:`ACKNOWLEDGED_REASON` (``已核对，按编辑保存的内容发布，未采用A1版的版面文本（第1段
    “…昨天开工…”→“…前天开工…”）``, cut at the column's 100 characters). A query per model and
    one insert each; nothing when ``pending`` is empty. Call it in the transaction (or after)
    that made them public."""
    reasons: dict[type, dict[int, str]] = {}
    for group in by_story(pending):
        first = group[0]
        obj = first.photo if isinstance(first, PendingPhoto) else first.article
        labels = list(dict.fromkeys(_label(item) for item in group))
        changes = "；".join(
            (f"{_label(item)}版" if len(labels) > 1 else "") + "；".join(item.changes)
            for item in group
        )
        text = ACKNOWLEDGED_REASON.format(what=what, labels="版、".join(labels), changes=changes)
        reasons.setdefault(type(obj), {})[obj.pk] = history_reason(text)
    for model, by_pk in reasons.items():
        rows = list(model.objects.filter(pk__in=by_pk))
        for row in rows:
            row._change_reason = by_pk[row.pk]
        model.history.bulk_history_create(rows, default_user=user, update=True)


def _label(item: Pending) -> str:
    return item.photo.page.label if isinstance(item, PendingPhoto) else item.label


def pending_key(pending: Pending) -> str:
    """What a confirmation page lists of ``pending``: its story and page, or its photo, and
    their fingerprint, so a tick acknowledges exactly what was shown."""
    return pending.key


@dataclass(frozen=True)
class Listed:
    """How a confirmation says what it lists: ``noun`` (``稿件``, ``图片``, ``稿件和图片``),
    ``counted`` (``2 篇稿件和 1 张图片``) and ``each`` (``逐篇``, ``逐张``, ``逐一``)."""

    noun: str
    counted: str
    each: str


def listed(pending: list[Pending]) -> Listed:
    """``pending`` counted as :class:`Listed` says."""
    photos = sum(isinstance(p, PendingPhoto) for p in pending)
    stories = len(by_story(pending)) - photos  # (a jumped story once)
    if not photos:
        return Listed("稿件", f"{stories} 篇稿件", "逐篇")
    if not stories:
        return Listed("图片", f"{photos} 张图片", "逐张")
    return Listed("稿件和图片", f"{stories} 篇稿件和 {photos} 张图片", "逐一")


def not_shown(pending: list[Pending], shown: Iterable[str] | None) -> list[Pending]:
    """Those of ``pending`` that a page listing ``shown`` (:func:`pending_key`\\ s) did not list:
    the page's text, the story or the photo changed after it was shown. ``shown`` None (a client that
    did not send the field) lists none."""
    keys = set(shown or ())
    return [p for p in pending if pending_key(p) not in keys]
