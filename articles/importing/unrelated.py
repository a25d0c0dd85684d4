"""A re-import whose new text shares no story with the page as stored: most likely another
page's file, or the right file given the wrong page or date. The import says so before anything
is confirmed (the dry run, ``--json``'s ``unrelated``, the desk's preview) and a real run refuses
the page unless told it is meant (``import_pages --replace-unrelated``, the desk's tick box):
otherwise it would quietly replace every story of the page (a reviewer's re-import of another
page's file over a published A1 was a plain 更新).

"Shares a story" is the import's own matching of a new story to a stored one
(:func:`articles.importing.writer._stories_match`): the same opening words (headline and first
paragraph, folded: :func:`~articles.importing.rows.match_key`), a whole copy's title lines, or
much the same text (:mod:`articles.importing.identity`); a story found again by its place alone
(an edited one) does not count.

A page of one story (a front page on a special day, a 副刊 essay, a picture story) is asked
about too: its one story shares nothing with the new text when the headline and first
paragraph are not both the same and the texts share under half their character pairs (or,
under the same headline, under a quarter), that is when the import itself would not take the
new story for the stored one and would replace the published story (a new row and address).
A correction keeps it: measured over the 19 one-story pages of tests/data/fidelity*/
(``bench/one_story_pages.py``), a fixed headline or a photo added is never asked about, another
one-story page's text always is (324 of 324); a story of two short paragraphs (under 100
characters) whose longer one is given other words is (7 of 19 with its headline fixed too, 2
without): it then shares under half its text, and the import would make it a new story.
"""

from __future__ import annotations

from dataclasses import replace

from articles.importing.reports import PageImportError, PageImportReport

#: How many stories a stored page needs for a text sharing none of them to be questioned: one
#: (a one-story page's file given for another one-story page replaced its published story unasked).
AT_LEAST = 1
#: The command's flag that lets such a page be imported; the desk ticks a box instead.
FLAG = "--replace-unrelated"
#: The desk's tick box (the confirm form's ``replace_unrelated``), as its messages name it.
BOX = "确是本版的新文本，替换本版"


def unrelated_line(label: str) -> str:
    """The warning's question: ``这份版面文本和已导入的A1版没有一篇相同的稿件：…``."""
    return f"这份版面文本和已导入的{label}版没有一篇相同的稿件：是不是选错了文件、版次或日期？"


def unrelated_said(
    label: str, existing, printed: int, shared: int, report: PageImportReport
) -> None:
    """Mark ``report`` (``report.unrelated``) and warn when the page had ``existing`` stories
    (its stored parts, whole copies left out), its new text prints ``printed`` and ``shared`` of those were found
    among the stored ones by what they say. Nothing is said of a page with fewer than
    :data:`AT_LEAST` stored or none printed; a page of one story is asked about as any other
    (see the module: a correction shares its story, another page's text does not)."""
    stored = sum(not part.whole_copy for part in existing)
    if stored < AT_LEAST or not printed or shared:
        return
    report.unrelated = True
    report.warnings.append(
        unrelated_line(label) + f"确是本版的新文本，请加上 {FLAG} 再导入，否则不导入本版"
    )


def unrelated_refuse(report: PageImportReport, *, allowed: bool) -> None:
    """Raise :class:`PageImportError` for a real run's page ``report`` marks unrelated, unless
    ``allowed`` (the command's flag, the desk's box); nothing of the batch is written."""
    if report.unrelated and not allowed and not report.dry_run:
        raise PageImportError(
            f"{report.source or report.label}: "
            + unrelated_line(report.label)
            + f"没有导入本版。确是本版的新文本，请加上 {FLAG} 再导入；"
            "否则请检查文件、版次和日期"
        )


def unrelated_refusal(labels: list[str]) -> str:
    """The desk's message when a preview's unrelated pages (``labels``) are confirmed without
    the tick box."""
    pages = "、".join(f"{label}版" for label in labels)
    return (
        f"没有导入：{pages}的新文本和已导入的没有一篇相同的稿件（是不是选错了文件、版次或日期？）。"
        f"确是本版的新文本，请勾选“{BOX}”再确认；什么都没有写入。"
    )


def unrelated_allowed(items: list, pending: dict) -> list:
    """The desk's upload ``items`` (``UploadItem``), those its preview found unrelated
    (``pending["unrelated"]``, labels) allowed to replace their pages (the box was ticked)."""
    labels = set(pending.get("unrelated", []))
    return [replace(i, replace_unrelated=True) if i.label in labels else i for i in items]


def unrelated_labels(outcomes) -> list[str]:
    """The labels of a desk preview's pages (``outcomes``: the upload's, each with its
    ``item`` and ``report``) whose text shares no story with the page as stored."""
    return [outcome.item.label for outcome in outcomes if outcome.report.unrelated]
