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
tombstones; one whose id already redirects, or is a story again, is done.
"""

from __future__ import annotations

from django.db.models import Q

from articles.editing import PUBLICATION_FIELDS, VERSION_FIELDS
from articles.importing.identity import alike_pairs
from articles.importing.rows import StoryRows
from articles.models import Article, ArticlePart, ArticleRedirect, Status
from articles.storynames import quoted

#: The history reason of a story that came back (its new row's record).
RETURN_REASON = "撤销本版导入后重新导入：恢复原稿件的网址、状态和编辑的修改"


def undone_reason(label: str) -> str:
    """The reason :func:`articles.removal.page_remove` gives the stories of page ``label``."""
    return f"撤销本版导入（{label}版）"


def undone_stories_return(fresh: list) -> None:
    """After the import wrote ``fresh`` (prepared pages seen for the first time: ``page``,
    ``issue``, ``parsed``, ``report``) and resolved their jumps: each story on them that an undo
    of the same page of the same issue deleted comes back as the module says, and the page's
    report says so. Three queries for all of ``fresh`` (:func:`_tombstones`), none more
    unless a page was undone; then a few for each such page."""
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
        for position, records in back.items():
            records.sort(key=lambda r: r.history_date, reverse=True)
            was = firsts[records[0].id]
            same = (was.title_lines, was.blocks) == (
                rows[position].part["title_lines"],
                rows[position].part["blocks"],
            )
            p.report.warnings.append(_story_return(at[position], records, same_text=same))


def _tombstones(pages: set[tuple[int, str]]) -> dict[tuple[int, str], dict]:
    """The deletion records (by story id), for each page of ``pages`` (issue id, label), of the
    stories undone there that are not back yet (no redirect from their id, no story of it).
    Only pages with some; one query for the records of all of them (an import batch's pages:
    not one each, as the archive's history grows), two for which are back."""
    if not pages:
        return {}
    label_of = {undone_reason(label): label for _, label in pages}
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
    if not found:
        return {}
    ids = {pk for of_page in found.values() for pk in of_page}
    done = set(ArticleRedirect.objects.filter(old_id__in=ids).values_list("old_id", flat=True))
    done |= set(Article.objects.filter(pk__in=ids).values_list("pk", flat=True))
    kept = {
        page: {pk: r for pk, r in of_page.items() if pk not in done}
        for page, of_page in found.items()
    }
    return {page: of_page for page, of_page in kept.items() if of_page}


def _first_parts(tombstones: dict) -> dict:
    """Each undone story's first part as it was deleted (its deletion record), by story id."""
    records = ArticlePart.history.filter(
        Q(article_id__in=tombstones), history_type="-", sequence=0
    ).order_by("-history_date")
    firsts: dict = {}
    for record in records:
        firsts.setdefault(record.article_id, record)
    return firsts


def _story_return(story: Article, records: list, *, same_text: bool) -> str:
    """``story`` takes back what its undone self (``records[0]``, the latest deletion record;
    older ones of the same story, undone before, redirect too) had; the report's line.
    ``same_text``: its first part printed now as it was then (title lines and text)."""
    latest = records[0]
    ArticleRedirect.objects.bulk_create(
        [ArticleRedirect(old_id=r.id, article=story) for r in records], ignore_conflicts=True
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
    if latest.edited_at:
        for name in VERSION_FIELDS:
            setattr(story, name, getattr(latest, name))
        story.edited_at = latest.edited_at
        said.append("编辑改过的标题、电头和署名已恢复")
    story._change_reason = RETURN_REASON
    story.save()
    state = Status(story.status).label
    return (
        f"{quoted(story.name_for_editors())}是撤销本版导入前的原稿件（#{latest.id}）："
        f"原网址转到这篇，状态恢复为“{state}”"
        + "".join(f"，{s}" for s in said)
        + "（正文按本次导入的版面文本；原稿件的修改历史和“更新”说明不再显示）"
    )


def _value(record, name: str):
    return getattr(record, f"{name}_id" if name.endswith("_by") else name)
