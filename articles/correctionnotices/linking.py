"""Finding the story a printed 更正 notice corrects, and keeping the link
(:class:`articles.models.CorrectionNotice`) in step with imports and edits.

:func:`notices_find` runs after every import of pages (``articles.importing.pipeline``, in the
batch's transaction) and after an editor saves a story at the desk: it reads each story of
those pages (or the story saved) as a notice (:func:`~articles.correctionnotices.reading.notice_read`),
and looks again for the story of each open notice of those papers that names one of those
issues, so pages may arrive in any order (the notice first, the corrected page a day later).

Each story a notice names is a row of its own (a notice naming two stories links both), linked
only when exactly one story of the paper's issue of that date, printed on that page (a part
there: a story that jumped to the page counts), has the title it names
(:func:`~articles.correctionnotices.reading.title_key`: quotes, spaces, full-width forms and
traditional characters aside; its headline, kicker, subheadline or title lines); a story
another notice corrects too is linked again (corrected twice). Otherwise the row says why
(:class:`~articles.models.NoticeState`) and the desk lists it for an editor to pick the story
or dismiss it; an editor's decision stays while the notice names it the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Q

from articles import caching
from articles.caching import bump_content_version
from articles.continuations.matching import page_find
from articles.correctionnotices.reading import NamedStory, notice_read, title_key
from articles.models import Article, ArticlePart, CorrectionNotice, Issue, NoticeState, Page
from articles.models.notices import DECIDED
from articles.queries import Prepared, field_names, maker, relater
from articles.selectors.common import prefetched

_DECK = ("kicker", "headline", "subheadline")


def _printed_on(pages: list) -> Q:
    """Stories at home on ``pages`` (ids) or with a part there: each condition one an index
    answers (the parts' pages a subquery; joined to the parts, the conditions' OR made SQLite
    read every story of the archive, every batch of an import)."""
    parts = ArticlePart.objects.filter(page__in=pages).values("article_id")
    return Q(page__in=pages) | Q(pk__in=parts)


# The stories printed on pages or named (their issue and deck), and the pages' issues: read by
# :func:`notices_find` every batch of an import, built once.
_PRINTED = Prepared(
    Article,
    (list, list),
    lambda ids, page_ids: (
        Article.objects.filter(Q(pk__in=ids) | _printed_on(page_ids))
        .order_by()  # (read into sets: no order)
        .values_list("pk", "issue__publication", "issue__date", *_DECK)
    ),
    primary=True,
)
_ANY_ROW = Prepared(
    CorrectionNotice,
    (list,),
    lambda ids: CorrectionNotice.objects.filter(notice__in=ids).values_list("pk"),
    primary=True,
)
#: The (paper, date) each open notice of the papers names (not decided by an editor).
_OPEN_NAMING = Prepared(
    CorrectionNotice,
    (list,),
    lambda papers: (
        CorrectionNotice.objects.filter(notice__issue__publication_id__in=papers)
        .exclude(state__in=DECIDED)
        .values_list("notice__issue__publication_id", "target_date")
    ),
    primary=True,
)
_ISSUE_DATES = Prepared(
    Issue,
    (list,),
    lambda page_ids: Issue.objects.filter(pages__in=page_ids).values_list("publication_id", "date"),
    primary=True,
)
_STORY_COLUMNS = field_names(Article)
_ISSUE_COLUMNS = field_names(Issue)
_PART_COLUMNS = field_names(ArticlePart)
# The stories read as notices, with their issues, and their parts: ``select_related("issue")`` and
# ``prefetch_related("parts")``'s rows (a batch of an import reads some; building the queryset
# and its prefetch each time cost more than running them).
_STORIES = Prepared(
    Article,
    (list,),
    lambda ids: Article.objects.filter(pk__in=ids).values_list(
        *_STORY_COLUMNS, *field_names(Issue, "issue__")
    ),
    primary=True,
)
_STORIES_PARTS = Prepared(
    ArticlePart,
    (list,),
    lambda ids: ArticlePart.objects.filter(article_id__in=ids).values_list(*_PART_COLUMNS),
    primary=True,
)


def _stories_read(ids: set[int]) -> list[Article]:
    """The stories ``ids`` in their own order, each with its issue and its parts (prefetched),
    as ``Article.objects.filter(pk__in=ids).select_related("issue").prefetch_related("parts")``
    gives them: two queries, none when ``ids`` is empty."""
    if not ids:
        return []
    alias, rows = _STORIES.rows(list(ids))
    make_story = maker(Article, alias, _STORY_COLUMNS)
    make_issue = maker(Issue, alias, _ISSUE_COLUMNS, len(_STORY_COLUMNS))
    of_issue = relater(Article, "issue")
    parts: dict[int, list[ArticlePart]] = {}
    make_part = maker(ArticlePart, alias, _PART_COLUMNS)
    for row in _STORIES_PARTS.rows(list(ids))[1]:
        part = make_part(row)
        parts.setdefault(part.article_id, []).append(part)
    stories = []
    for row in rows:
        story = make_story(row)
        of_issue(story, make_issue(row))
        prefetched(story, "parts", parts.get(story.pk, []))
        stories.append(story)
    return stories


#: How much of a notice that names nothing readable the desk is shown (its opening words).
UNREAD_SHOWN = 120


@dataclass
class NoticesFound:
    """What :func:`notices_find` did: the notices it ``linked`` (notice id → the corrected
    stories' ids) and those it left ``open`` (notice id → the states of the stories it names
    that are not linked), the ``changed`` stories (cache)."""

    linked: dict[int, list[int]] = field(default_factory=dict)
    open: dict[int, list[str]] = field(default_factory=dict)
    changed: set[int] = field(default_factory=set)


def story_title_keys(article: Article, page_id: int | None = None) -> set[str]:
    """Every title ``article`` may be named by (:func:`title_key`): its headline, kicker and
    subheadline, alone and together, and the title lines of its parts (on ``page_id`` only,
    when given; parts prefetched or one query)."""
    deck = [article.kicker, article.headline, article.subheadline]
    texts = [*deck, "".join(deck[:2]), "".join(deck[1:]), "".join(deck)]
    for part in article.parts.all():
        if page_id is None or part.page_id == page_id:
            texts.extend([*part.title_lines, "".join(part.title_lines)])
    return {key for key in map(title_key, texts) if key}


def _article_title(article: Article) -> str:
    return article.title or " ".join(
        line for part in article.ordered_parts()[:1] for line in part.title_lines
    )


def _target_page(paper_id: int, named: NamedStory) -> Page | None:
    issue = Issue.objects.filter(publication_id=paper_id, date=named.date).first()
    if issue is None:
        return None
    return page_find({page.label: page for page in issue.pages.all()}, named.label)


def _state_for(row: CorrectionNotice, paper_id: int, named: NamedStory) -> tuple[str, int | None]:
    """The state of ``row`` and the story it corrects, looked for afresh."""
    page = _target_page(paper_id, named)
    if page is None:
        return NoticeState.PENDING, None
    wanted = title_key(named.title)
    stories = (
        Article.objects.filter(_printed_on([page.pk]))
        .exclude(pk=row.notice_id)
        .prefetch_related("parts")
    )
    found = [story.pk for story in stories if wanted in story_title_keys(story, page.pk)]
    if not found:
        return NoticeState.UNMATCHED, None
    if len(found) > 1:
        return NoticeState.AMBIGUOUS, None
    # (another notice correcting it too is no matter: corrected twice, linked twice)
    taken = CorrectionNotice.objects.filter(notice=row.notice_id, corrected=found[0])
    if taken.exclude(pk=row.pk).exists():  # named twice by this notice: linked once
        return NoticeState.TAKEN, None
    return NoticeState.LINKED, found[0]


def _row_write(
    row: CorrectionNotice,
    state: str,
    corrected: int | None,
    done: NoticesFound,
    *,
    read_anew: bool = False,
) -> None:
    """Give ``row`` ``state`` and ``corrected`` and save it when anything changed (or it is new,
    or ``read_anew``: what it names was read again and differs); note it in ``done``."""
    before = (row.pk, row.state, row.corrected_id)
    row.state, row.corrected_id = state, corrected
    if before != (row.pk, state, corrected) or row.pk is None or read_anew:
        done.changed.update(pk for pk in (row.notice_id, before[2], corrected) if pk)
        try:
            with transaction.atomic():  # (a savepoint: the import's batch goes on)
                row.save()
        except IntegrityError:  # another import linked the story meanwhile (to this notice)
            row.state, row.corrected_id = NoticeState.TAKEN, None
            state, corrected = row.state, None
            row.save()
    if corrected is not None:
        done.linked.setdefault(row.notice_id, []).append(corrected)
    else:
        done.open.setdefault(row.notice_id, []).append(state)


def _notice_settle(article: Article, rows: list[CorrectionNotice], done: NoticesFound) -> None:
    """Read ``article`` as a notice and write its rows (``rows``: those it has, by ``order``),
    one a story it names (the rows it no longer names deleted; all of them when it is no
    notice any more)."""
    paragraphs = article.paragraphs()
    named = notice_read(_article_title(article), paragraphs, article.issue.date)
    if named is None:
        wanted = []
    elif not named:  # a notice naming nothing it can read: one row, its opening words
        wanted = [(" ".join(paragraphs)[:UNREAD_SHOWN], None, "", "")]
    else:
        wanted = [(n.printed[:300], n.date, n.label, n.title[:200]) for n in named]
    for row in rows[len(wanted) :]:  # (first: a story they linked may be linked again below)
        done.changed.update(pk for pk in (article.pk, row.corrected_id) if pk)
        row.delete()
    for order, names in enumerate(wanted):
        row = rows[order] if order < len(rows) else CorrectionNotice(notice=article, order=order)
        if row.pk and (row.printed, row.target_date) == names[:2] and row.state in DECIDED:
            _row_write(row, row.state, row.corrected_id, done)  # the editor's decision stays
            continue
        read_anew = names != (row.printed, row.target_date, row.target_label, row.target_title)
        row.printed, row.target_date, row.target_label, row.target_title = names
        if not named or not named[order].read:  # (a title named where no date/page reads)
            _row_write(row, NoticeState.UNREAD, None, done, read_anew=read_anew)
            continue
        found = _state_for(row, article.issue.publication_id, named[order])
        _row_write(row, *found, done, read_anew=read_anew)


def _reopened(row: CorrectionNotice, done: NoticesFound) -> None:
    """Look again for the story of an open notice (not decided by an editor)."""
    named = NamedStory(row.target_date, row.target_label, row.target_title, row.printed)
    paper_id = row.notice.issue.publication_id
    _row_write(row, *_state_for(row, paper_id, named), done)


@transaction.atomic
def notices_find(*, pages: Iterable[Page] = (), articles: Iterable[Article] = ()) -> NoticesFound:
    """Read the stories printed on ``pages`` and the ``articles`` as notices, then look again
    for the corrected story of every open notice of their papers that names one of their
    issues' dates. One transaction; a few queries for pages with no notice, more for each
    notice (only a story titled with 更正, or untitled, is read whole). The stories whose link
    changed have their pages rendered again (cache tags)."""
    page_ids = [page.pk for page in pages]
    ids, maybe, issues = set(), set(), set()
    for pk, paper_id, day, *deck in _PRINTED.rows([a.pk for a in articles], page_ids)[1]:
        ids.add(pk)
        issues.add((paper_id, day))
        if not any(deck) or any("更正" in text for text in deck):  # (a notice's title, or none)
            maybe.add(pk)
    done = NoticesFound()
    rows: dict[int, list[CorrectionNotice]] = {}
    if _ANY_ROW.rows(list(ids))[1]:  # (the queryset only then: filtering by thousands of ids
        # prepares each of them, ≈ 1 ms a batch of an import, which mostly has no notice)
        notices = CorrectionNotice.objects.filter(notice__in=ids).order_by("notice", "order")
        for row in notices:
            rows.setdefault(row.notice_id, []).append(row)
    for article in _stories_read(maybe | set(rows)):
        _notice_settle(article, rows.get(article.pk, []), done)
    issues |= {(paper_id, day) for paper_id, day in _ISSUE_DATES.rows(page_ids)[1]}
    # The open notices of these papers are read whole only when one names one of these dates
    # (most batches of an import: none does).
    named = {tuple(row) for row in _OPEN_NAMING.rows(list({pk for pk, _ in issues}))[1]}
    if issues & named:
        wanted = Q()
        for paper_id, day in issues:
            wanted |= Q(notice__issue__publication_id=paper_id, target_date=day)
        again = (
            CorrectionNotice.objects.filter(wanted)
            .exclude(state__in=DECIDED)
            .exclude(notice__in=ids)
            .select_related("notice__issue")
        )
        for row in again:
            _reopened(row, done)
    if done.changed:
        bump_content_version({caching.ANY, *(caching.story(pk) for pk in done.changed)})
    return done


def taken_message(corrected: Article, other: CorrectionNotice) -> str:
    """Why an editor may not link a notice's row to ``corrected``: ``other``, another story
    the same notice names, links it already (a notice links a story once)."""
    return (
        f"这则启事提到的另一篇（{other.printed}）已链接到“{corrected}”：同一则启事只链接一篇稿件一次。"
        "请选择这一处所指的稿件，或忽略这一处。"
    )


def taken_by(notice: CorrectionNotice, corrected: Article) -> CorrectionNotice | None:
    """The other row of ``notice``'s notice that links ``corrected`` already, or None."""
    rows = CorrectionNotice.objects.filter(notice=notice.notice_id, corrected=corrected)
    return rows.exclude(pk=notice.pk).first()


@transaction.atomic
def notice_decide(*, notice: CorrectionNotice, corrected: Article | None) -> str:
    """An editor's decision on ``notice``: ``corrected``, the story it corrects (``manual``),
    or None to dismiss it (``dismissed``: no link, off the desk's list). A story another row of
    the same notice links is refused (:class:`ValueError`, in Chinese); one another notice
    corrects is not (corrected twice). Returns what was done, for the editor."""
    if corrected is not None:
        other = taken_by(notice, corrected)
        if other is not None:
            raise ValueError(taken_message(corrected, other))
    done = NoticesFound()
    state = NoticeState.MANUAL if corrected is not None else NoticeState.DISMISSED
    _row_write(notice, state, corrected.pk if corrected else None, done)
    if done.changed:
        bump_content_version({caching.ANY, *(caching.story(pk) for pk in done.changed)})
    if corrected is None:
        return "已忽略这则更正：读者看不到它与哪篇稿件相连。"
    return f"已将这则更正链接到“{corrected}”。"
