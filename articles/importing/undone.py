"""Stories an editor's 撤销本版导入 took out, back when their page is imported again.

README (Continuations): "An old address always leads to the story that holds its text", and
撤销本版导入 followed by a fresh import is the way to replace a page. The undo deletes the page's
stories (:func:`articles.removal.page_remove`); the fresh import makes new rows, with new ids.
So that readers' links, citations (引用本文) and the desk's work survive the round trip, a story
the import writes on a page that was undone, and that is the same story as one the undo deleted
there (matched as a re-import of a stored page matches its stories:
:func:`articles.importing.identity.alike_pairs`, by what they say), takes back:

* its **address**: the old id redirects (301) to the new story, an :class:`ArticleRedirect`
  (what a continuation joined to its story, a merged story or a swallowed one already get; the
  public story view follows it). A redirect, not the old id again: ids are never reused, the
  import writes every page's stories in one bulk insert, and everything it wrote (parts,
  bylines, photos, jumps, the search index) points at the new row;
* its **publication state** (状态, sign-off, a scheduled time): a story readers had keeps being
  read (a re-import of a stored page keeps it so too); one signed off, or published on a paper
  that requires sign-off, and now printed otherwise goes back to 待审: what readers see there
  is the chief editor's (README, Sign-off);
* the **desk's edits** to its deck, dateline and byline (``edited_at`` with them): the story form's
  fields. Its body is the page's text as imported now; its history and the 更新 lines drawn from
  it stay with the old id's records (the undo's confirmation says both).

Nothing is stored for this: the undo's deletion records in history (their reason
``撤销本版导入（A1版）``, the story's fields and its first part's text at the time) are the
tombstones; one whose id already redirects, or is a story again, is done. A story whose address
led to the undone one (merged into it) is given such a record too (:func:`redirected_undo`), so
its address comes back with its text. The redirects hold the parts on the page imported again
(:attr:`ArticleRedirect.held`): undone again, no old id of the whole story is taken for the
continuation left on another page (a reviewer's A2 fragment got the lead's id and 副题).
"""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone

from articles.editing import EDIT_REASON, PUBLICATION_FIELDS, REVERT_REASON, VERSION_FIELDS
from articles.headwaits import undone_reason
from articles.importing.identity import alike_pairs
from articles.importing.rows import StoryRows
from articles.models import Article, ArticlePart, ArticleRedirect, Status
from articles.queries import Prepared, StrList
from articles.storynames import quoted

#: The history reason of a story that came back (its new row's record).
RETURN_REASON = "撤销本版导入后重新导入：恢复原稿件的网址、状态和编辑的修改"


def undone_stories_return(fresh: list) -> None:
    """After the import wrote ``fresh`` (prepared pages seen for the first time: ``page``,
    ``issue``, ``parsed``, ``report``) and resolved their jumps: each story on them that an undo
    of the same page of the same issue deleted comes back as the module says, and the page's
    report says so. One query for all of ``fresh`` when none of their pages was undone, four
    when some was (:func:`_tombstones`); then a few for each such page."""
    of_page = _tombstones({(p.issue.pk, p.page.label) for p in fresh})
    for p in fresh:
        tombstones = of_page.get((p.issue.pk, p.page.label))
        if not tombstones:
            continue
        firsts = _first_parts(tombstones)
        printed = [StoryRows.of(pa) for pa in p.parsed.articles]
        at = {
            a.position: a
            for a in Article.objects.filter(page=p.page).select_related("issue__publication")
        }
        back: dict[int, list] = {}  # new position → the tombstones (newest first) it matches
        for position, part in alike_pairs(list(firsts.values()), printed):
            if position in at and part.article_id not in {r.id for v in back.values() for r in v}:
                back.setdefault(position, []).append(tombstones[part.article_id])
        rows = {r.position: r for r in printed}
        numbers = ArticlePart.objects.story_numbers_at([p.page.pk])
        for position, records in back.items():
            records.sort(key=lambda r: r.history_date, reverse=True)
            was = firsts[records[0].id]
            same = (was.title_lines, was.blocks) == (
                rows[position].part["title_lines"],
                rows[position].part["blocks"],
            )
            where = f"{p.page.label}版第{numbers.get((p.page.pk, position), position)}篇"
            p.report.warnings.append(_story_return(at[position], records, where, same_text=same))


# Whether any story was undone on some pages: deletion records of the issues (a list of ids)
# with an undo's reasons (texts, :func:`articles.headwaits.undone_reason`).
_UNDONE_ANY = Prepared(
    Article,
    (list, StrList),
    lambda issue_ids, reasons: Article.history.model._default_manager.filter(
        issue_id__in=issue_ids, history_type="-", history_change_reason__in=reasons
    ).values_list("history_id")[:1],
)


def _tombstones(pages: set[tuple[int, str]]) -> dict[tuple[int, str], dict]:
    """The deletion records (by story id), for each page of ``pages`` (issue id, label), of the
    stories undone there that are not back yet (no redirect from their id, no story of it).
    Only pages with some; one query for the records of all of them (an import batch's pages:
    not one each, as the archive's history grows), two for which are back; a first one, built
    once per connection, asks whether there is any record at all (there almost never is, and the ORM
    building the records' read cost ≈ 1.5 ms a batch, the answer ≈ 0.05 ms)."""
    if not pages:
        return {}
    label_of = {undone_reason(label): label for _, label in pages}
    if not _UNDONE_ANY.rows(list({issue_id for issue_id, _ in pages}), StrList(label_of))[1]:
        return {}  # (the common case: nothing was ever undone on these issues' pages)
    records = Article.history.filter(
        issue_id__in={issue_id for issue_id, _ in pages},
        history_type="-",
        history_change_reason__in=label_of,
    ).order_by("-history_date")
    found: dict[tuple[int, str], dict] = {}
    for r in records:
        page = (r.issue_id, label_of[r.history_change_reason])
        if page in pages:
            found.setdefault(page, {})[r.id] = r
    return _not_back(found)


def _not_back(found: dict) -> dict:
    """``found`` (any key → deletion records by story id) less the stories that are back (a
    redirect from their id, or a story of it) and the keys left with none. Two queries."""
    ids = {pk for of_key in found.values() for pk in of_key}
    if not ids:
        return {}
    done = set(ArticleRedirect.objects.filter(old_id__in=ids).values_list("old_id", flat=True))
    done |= set(Article.objects.filter(pk__in=ids).values_list("pk", flat=True))
    kept = {
        key: {pk: r for pk, r in of_key.items() if pk not in done} for key, of_key in found.items()
    }
    return {key: of_key for key, of_key in kept.items() if of_key}


def _first_parts(tombstones: dict) -> dict:
    """Each undone story's first part as it was deleted (its deletion record), by story id; a
    story merged into one undone (:func:`redirected_undo`), its part deleted as the other's:
    its first part as its own story printed it (its newest record under its own id)."""
    records = ArticlePart.history.filter(Q(article_id__in=tombstones), sequence=0).order_by(
        "-history_date", "-history_id"
    )
    firsts: dict = {}
    for record in records:  # (newest first: the newest deletion record, else the newest)
        kept = firsts.get(record.article_id)
        if kept is None or (kept.history_type != "-" and record.history_type == "-"):
            firsts[record.article_id] = record
    return firsts


def redirected_undo(story: Article, *, user, reason: str) -> None:
    """Before 撤销本版导入 deletes ``story``: the stories whose address leads to it (merged into
    it, :mod:`articles.storyjoin`; returned to it after an earlier undo) would lose theirs with
    its redirects (deleted with it). Each gets a deletion record of its own with the undo's
    ``reason`` (a copy of its newest record), so it is undone with the page: when the page is
    imported again, its address goes to the story printing its text then, as the undone
    stories' do (:func:`undone_stories_return`; a reviewer's merged story 404'd for good)."""
    old_ids = list(ArticleRedirect.objects.filter(article=story).values_list("old_id", flat=True))
    if not old_ids:
        return
    newest: dict = {}
    for record in Article.history.filter(id__in=old_ids).order_by("-history_date", "-history_id"):
        newest.setdefault(record.id, record)
    now = timezone.now()
    for record in newest.values():
        record.history_id, record.history_date, record.history_type = None, now, "-"
        record.history_change_reason, record.history_user = reason, user
        record.save()


def _story_return(story: Article, records: list, where: str, *, same_text: bool) -> str:
    """``story`` takes back what its undone self (``records[0]``, the latest deletion record;
    older ones of the same story, undone before, redirect too) had; the report's line, naming
    it at ``where`` (``A1版第2篇``: two untitled briefs read alike by their first words).
    ``same_text``: its first part printed now as it was then (title lines and text)."""
    latest = records[0]
    # What the old ids printed is the text on this page (held: a later undo of this page deletes
    # it, so no old id is restored for a continuation detached elsewhere, which it never was).
    held = {"parts": list(story.parts.filter(page_id=story.page_id).values_list("pk", flat=True))}
    ArticleRedirect.objects.bulk_create(
        [ArticleRedirect(old_id=r.id, article=story, held=held) for r in records],
        ignore_conflicts=True,
    )
    said = []
    for name in PUBLICATION_FIELDS:
        setattr(story, f"{name}_id" if name.endswith("_by") else name, _value(latest, name))
    signed = latest.status == Status.SIGNED_OFF or (
        latest.status == Status.PUBLISHED and story.issue.publication.review_required
    )
    if signed and not same_text:  # what was signed off is not what is printed now
        story.status, story.signed_off_by_id, story.signed_off_at = Status.REVIEW, None, None
        said.append("版面文字有改动，须重新签发，改为待审")
    # The desk's edits to the form's fields come back, and with them its 人工修改 stamp; a body
    # edit does not (the body is the page's text now), so it alone sets no stamp.
    edited = [n for n in VERSION_FIELDS if getattr(latest, n) != getattr(story, n)]
    if latest.edited_at and edited:
        for name in edited:
            setattr(story, name, getattr(latest, name))
        story.edited_at = latest.edited_at
        said.append(f"编辑改过的{'、'.join(_label(n) for n in edited)}已恢复")
    story._change_reason = RETURN_REASON
    story.save()
    state = Status(story.status).label
    return (
        f"{where}{quoted(story.name_for_editors().strip())}是撤销本版导入前的原稿件（#{latest.id}）："
        f"原网址转到这篇，状态恢复为“{state}”"
        + "".join(f"，{s}" for s in said)
        + "（正文按本次导入的版面文本；原稿件的修改历史和“更新”说明不再显示）"
    )


def _value(record, name: str):
    return getattr(record, f"{name}_id" if name.endswith("_by") else name)


def _label(name: str) -> str:
    return str(Article._meta.get_field(name).verbose_name)


def edits_coming_back(article: Article) -> tuple[list[str], bool]:
    """What of the desk's edits to ``article`` (``edited_at`` set) an undo of its page and a
    fresh import give back, for the undo's confirmation: ``(the labels of its deck, dateline
    and byline fields changed since the newest version without a hand edit, whether a part's
    text was edited by hand)``. The fields come back with the story (:func:`_story_return`);
    a body edit does not (the body is the page's text then). Two queries."""
    before = (
        Article.history.filter(id=article.pk, edited_at__isnull=True)
        .order_by("-history_date", "-history_id")
        .first()
    )
    fields = [] if before is None else VERSION_FIELDS
    changed = [_label(n) for n in fields if getattr(before, n) != getattr(article, n)]
    body = ArticlePart.history.filter(
        article_id=article.pk, history_change_reason__in=(EDIT_REASON, REVERT_REASON)
    ).exists()
    return changed, body


#: What 删除本期's confirmation says of the stories of its undone pages that wait to come back.
NEVER_BACK = (
    "本期有 {n} 篇稿件随“撤销本版导入”删去，还在等那一版重新导入后回来（原网址转到回来的稿件）："
    "{names}。删除本期后它们不会再回来，原网址永远打不开；要它们回来，请先把那一版重新导入本期，再决定是否删除本期。"
)


def undone_not_back(issue_id: int) -> str:
    """For 删除本期's confirmation: the stories undone with a page of the issue that are not
    back yet (:func:`undone_stories_return` matches them only in this issue, which goes), named
    by page and headline as they were deleted; ``""`` when none waits. Three queries."""
    records = Article.history.filter(
        issue_id=issue_id,
        history_type="-",
        history_change_reason__startswith=undone_reason("")[:-2],
    ).order_by("-history_date")
    waiting = _not_back({issue_id: {r.id: r for r in records}}).get(issue_id, {})
    names = [
        f"{record.history_change_reason[len(undone_reason('')) - 2 : -2]}版"
        + quoted(
            (record.headline or record.kicker or record.subheadline or f"#{record.id}").strip()
        )
        for record in sorted(waiting.values(), key=lambda r: (r.history_change_reason, r.position))
    ]
    if not names:
        return ""
    shown = "、".join(names[:5]) + ("等" if len(names) > 5 else "")
    return NEVER_BACK.format(n=len(names), names=shown)
