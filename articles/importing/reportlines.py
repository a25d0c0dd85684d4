"""The lines an import report says, in Chinese: a page's line and its count clauses, the one list
the desk and the command both say (:func:`report_clauses`, :func:`page_line`), how a story is
named (:func:`story_name`), a dropped continuation (:func:`continuation_dropped_line`), and the
writer's conflict lines and the parser's warnings (English in the report) as editors read them
(:func:`conflict_in_chinese`, :func:`warning_in_chinese`). Pure text: no models."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# How a story is named (its home: articles.storynames), kept importable from here; the parser's
# warnings in Chinese likewise (articles.importing.warninglines).
from articles.importing.publishedleft import CONFLICTS as LEFT_CONFLICTS
from articles.importing.publishedleft import left_kept, left_removed
from articles.importing.sentback import sent_back_words
from articles.importing.warninglines import (  # noqa: F401
    strays_counted,
    warning_in_chinese,
    warnings_in_chinese,
)
from articles.storynames import OPENING_CHARS, story_name  # noqa: F401


def continuation_dropped_line(
    *, name: str, home: str, label: str, marker: str, published: bool, dry_run: bool = False
) -> str:
    """What a re-import says when page ``label``'s new text no longer gives the continuation of
    the story ``name`` (:func:`story_name`, quoted) that starts on page ``home`` (its part here is
    deleted, the jump to it, printed ``marker``, is open again): where it was, that the jump is
    open, what readers now see when the story is published, and what an editor can do (a
    continuation moved to another page is not linked by itself: its 上接 does not answer a marker
    naming this page, so the marker on page ``home`` must be corrected). A dry run
    says what would happen (将删去), a real run what did (已删去)."""
    where = f"{home}版的“{marker}”" if marker else f"{home}版的转版"
    done = "将删去" if dry_run else "已删去"
    reopened = "将重新待接" if dry_run else "重新待接"
    readers = f"；稿件已发布，读者{'届时' if dry_run else '现在'}只看到它在{home}版的部分"
    return (
        f"{home}版{name}在{label}版的续文已不在新的版面文本里，{done}；"
        f"{where}{reopened}（check_jumps 会列出它）{readers if published else ''}。"
        f"请核对：续文若仍印在{label}版，把它补回本版的文本再导入；"
        f"若改到了别的版，那一版的“上接{home}版”接不上{where}（它指向{label}版，后台也只能在"
        f"{label}版里为它选接续）：把{home}版文本里的转版标记改成那一版，重新导入{home}版；"
        f"若确已不要，在“转版标记”里断开这一处转版"
    )


def waiting_continuations_line(names: list[str]) -> str:
    """What an import into a published issue says of its new continuations not linked to the
    story they continue (``names``: ``“…”（上接1版）``): still drafts, readers do not see them,
    and not to be published alone (they would go online as stories of their own); how to link
    them. Not ``publish_issue``: it would publish them too (once the broken jumps are
    acknowledged)."""
    return (
        f"本期已发布，本版 {len(names)} 段新续文还没有接上它所接的稿件，仍是草稿，读者看不到："
        f"{'、'.join(names)}；不要单独发布它（发布后会作为一篇独立稿件上线），也先不要运行 "
        "publish_issue：先接好转版（check_jumps 会列出它）——那一版的“下转”若指向别的版，"
        "把那一版的转版标记改对后重新导入那一版；有歧义的在“转版标记”里为那一处“下转”选定它。"
        "接上后它随那篇稿件一起显示"
    )


def published_merge_line(
    *,
    label: str,
    continuation: str,
    home: str,
    name: str,
    new: bool,
    held: bool,
    withdrawn: bool = False,
    dry_run: bool = False,
) -> str:
    """What an import says when a story ``name`` (quoted) of page ``home`` leads (下转) to a
    continuation ``continuation`` (quoted) on page ``label`` that readers could already read on
    its own (it was published before this page came): joined, the whole story is published
    with it and the continuation's old address leads to it; ``held``, on a paper that requires
    sign-off, they stay apart until a chief editor publishes ``name`` (readers keep the
    continuation; publishing joins them: ``articles.publishing``); ``held`` and ``withdrawn``:
    apart because ``name`` was published and withdrawn (publishing it again joins them).
    ``new``: ``name`` was created by this import.
    A dry run says what a real run will do."""
    story = f"{home}版{'新' if new else ''}稿件{name}"
    if held and withdrawn:
        return (
            f"{label}版已发布的续文{continuation}接的是{story}：这篇稿件发布后已撤回，"
            f"{'将' if dry_run else ''}暂不合并，读者仍能读到已发布的续文；要接上，请先重新发布"
            f"{name}，发布后两段自动接成一篇，原来的地址转到整篇"
        )
    if held:
        return (
            f"{label}版已发布的续文{continuation}接的是{story}：本报须经签发，"
            f"{'将' if dry_run else ''}暂不合并，读者仍能读到已发布的续文；请总编辑签发并发布"
            f"{name}，发布后两段自动接成一篇，原来的地址转到整篇"
        )
    will = "将" if dry_run else "已"
    return (
        f"{label}版已发布的续文{continuation}{will}并入{story}，整篇{will}随之发布，"
        f"读者原来的地址转到整篇；{name}若还不该上线，在稿件列表里撤回它"
        "（已发布的续文也随之下线）"
    )


# A conflict line of a published story the new text no longer has (articles.importing.writer).
# Its continuation on a page (``A2 #3 “…” (continued from A1): published …``) is kept alike.
_PUBLISHED_KEPT = re.compile(
    r"^(\S+) #(\d+) (“.*”)(?: \(continued from \S+\))?: published and no longer in the page "
    r"text; kept.*$"
)
_CONTINUED = r"^(\S+) #(\d+) (“.*”) \(continued from (\S+)\): "

# The warning ``--overwrite-edited`` gives of a published story (or a published story's
# continuation) it removes (articles.importing.dropped.removal_said): ``A1版 第3位的已发布稿件
# “…”：…按 --overwrite-edited 将删去（读者再打不开它的地址）``; group 1 is set for a continuation.
_PUBLISHED_REMOVED = re.compile(
    r"^\S+版 第\d+位(?:的已发布稿件“.*”|“.*”的续文(（已发布）))：新的版面文本里已没有它，"
    r"按 --overwrite-edited (?:将|已)删去"
)


def published_removed(warnings: list[str]) -> tuple[list[str], list[str]]:
    """Of a report's ``warnings``, those saying ``--overwrite-edited`` removes a published story
    (readers lose its address) and those saying it removes a published story's continuation on
    this page (readers see only the story's other pages): the two lists."""
    stories, continuations = [], []
    for line in warnings:
        found = _PUBLISHED_REMOVED.match(line)
        if found:
            (continuations if found[1] else stories).append(line)
    return stories, continuations


# The import report's conflict lines (articles.importing.writer, shared with the command), in
# Chinese, naming the command's flag; the desk names its box (importing.upload.for_editors).
# A kept story the new text no longer has is named where it stands after the import (leftovers).
_CONFLICTS = [
    (  # a story an editor merged into another (articles.storyjoin): not made again
        re.compile(r"^(\S+) #(\d+) (“.*”): merged by an editor into (“.*”); kept merged.*$"),
        r"\1版 第\2位的\3：编辑已把它合并进\4，已保留合并后的稿件，不再另建"
        r"（加上 --overwrite-edited 才会按版面文本重建）",
    ),
    (  # a story an editor split off another (articles.importing.splitoffs): kept in its place
        re.compile(
            r"^(\S+) #(\d+) (“.*”): split by an editor from (“.*”), left as the editor saved it; "
            r"page text changed since: (.*)$"
        ),
        r"\1版 第\2位的\3：编辑从\4拆出，已保留编辑保存的内容，仍排在它后面"
        r"（加上 --overwrite-edited 才会按版面文本把两篇重建为一篇）；版面文本有改动：\5",
    ),
    (  # a story printed whole on another page (articles.importing.dropped.moved_to_its_copy)
        re.compile(
            r"^(\S+) #(\d+) (“.*”): (?:edited by hand|published) and no longer in the page text; "
            r"kept, starting on page (\S+) now.*$"
        ),
        r"\1版 第\2位的\3：新的版面文本里已没有它，\4版印了它的全文：稿件已保留，改为从\4版开始"
        r"（正文、标题、记者、状态和地址不变）",
    ),
    (
        re.compile(_CONTINUED + r"edited by hand and no longer in the page text; kept.*$"),
        r"\1版 第\2位（导入后，排在新文本的稿件之后）：\4版\3这篇稿件经编辑改过（改的不一定是本版的续文），"
        r"它在本版的续文新的版面文本里已没有，已保留，转版仍接着它（加上 --overwrite-edited 才会删去）",
    ),
    (
        re.compile(_CONTINUED + r"published and no longer in the page text; kept.*$"),
        r"\1版 第\2位（导入后，排在新文本的稿件之后）：\4版\3在本版的续文已经发布，新的版面文本里已没有它，"
        r"已保留，读者仍能读到（确要删去，加上 --overwrite-edited 再导入一次本版；只想不让读者看到，在编辑台撤回这篇稿件）",
    ),
    (
        re.compile(r"^(\S+) #(\d+) (“.*”): edited by hand and no longer in the page text; kept.*$"),
        r"\1版\3（导入后排在第\2位，新文本的稿件之后）："
        r"编辑改过，新的版面文本里已没有它，已保留（加上 --overwrite-edited 才会删去）",
    ),
    (
        _PUBLISHED_KEPT,
        r"\1版\3（导入后排在第\2位，新文本的稿件之后）：已经发布，新的版面文本里已没有它，已保留，读者仍能打开"
        r"（确要删去，加上 --overwrite-edited 再导入一次本版；只想不让读者看到，在编辑台撤回它）",
    ),
    (
        # (then what the page text changed in it, if anything: articles.importing.pagetext)
        re.compile(
            r"^(\S+) #(\d+) (“.*”): edited by hand, left as the editor saved it[^；]*"
            r"(；版面文本有改动：.*)?$"
        ),
        r"\1版 第\2位的\3：编辑改过，保留编辑保存的内容（加上 --overwrite-edited 才会换成版面文本）"
        r"\4",
    ),
    (
        re.compile(r"^(\S+) photo #(\d+): edited by hand, left as[^；]*(；.*)?$"),
        r"\1版 第\2位的图片：编辑改过，保留编辑保存的说明和署名（加上 --overwrite-edited 才会换成版面文本）\3",
    ),
    (
        re.compile(r"^(\S+) photo #(\d+)(?: (“.*”))?: has an uploaded image or hand edits .*$"),
        r"\1版 第\2位的图片\3：有上传的图片或人工修改，新的版面文本里已没有它，已保留"
        r"（导入从不删编辑上传或改过的图片，即使加上 --overwrite-edited；确已不要，"
        r"在编辑台的“图片”里打开它，点“删除”）",
    ),
    *LEFT_CONFLICTS,  # published photos and teasers kept (articles.importing.publishedleft)
]


#: How a hand-edit conflict line goes on to say what the page text changed in the story.
CHANGES_SAID = "；版面文本有改动："


def conflict_in_chinese(line: str, *, dry_run: bool = False) -> str:
    """A conflict line of an import report in Chinese (:data:`_CONFLICTS`): what a real run did
    (已保留); a dry run's (``dry_run``: the command's ``--dry-run``, the desk's preview) says
    what a real run will do (将保留), as its page line does (:func:`report_clauses`)."""
    for pattern, chinese in _CONFLICTS:
        if pattern.match(line):
            text, said, quoted = pattern.sub(chinese, line).partition(CHANGES_SAID)
            text = text.replace("已保留", "将保留") if dry_run else text
            return text + said + quoted  # (the page's words quoted as printed)
    return line


# How a page's outcome reads on its line (``PageImportReport.outcome``: its text's action, or
# what its PDF did when the text is unchanged); a dry run (the command's --dry-run, the desk's
# preview) says what a real run will do.
ACTION_WORDS = {
    "created": "新建",
    "updated": "更新",
    "unchanged": "未变",
    "pdf-created": "文字未变，新加版面图和热区",
    "pdf-updated": "文字未变，更新版面图和热区",
}
DRY_RUN_ACTION_WORDS = {
    "created": "将新建",
    "updated": "将更新",
    "unchanged": "未变",
    "pdf-created": "文字未变，将新加版面图和热区",
    "pdf-updated": "文字未变，将更新版面图和热区",
}
# The same in a run's totals (``新建 2，更新版面图 1，未变 1``).
TOTAL_WORDS = {**ACTION_WORDS, "pdf-created": "新加版面图", "pdf-updated": "更新版面图"}
# A dry run's totals, in the future tense as its page lines (``将新建 2，将更新版面图 1，未变 1``).
DRY_RUN_TOTAL_WORDS = {
    **DRY_RUN_ACTION_WORDS,
    "pdf-created": "将新加版面图",
    "pdf-updated": "将更新版面图",
}

# A jump's state (``PendingJump.state``): the page its marker points to is not imported yet
# (``JumpState.PENDING``), or a 上接 whose page is imported but gives no 下转 to this page.
WAITING = "pending"
ORPHAN = "orphan"
# A jump in a link held apart (``articles.continuations.merging.jump_hold``: a 下转 whose
# continuation is found, and the 上接 it waits to join): the page line's published-merge clause
# says why; the open jumps' clause counts it by its reason as the desk names it
# (``articles.models.jumps.HELD_LABELS``: 须经签发 / 稿件已撤回 / 定时发布，先不接上), never as a
# page not imported.
HELD = "held"
# A jump its issue cannot link because page labels are written two ways (A1's 下转A2版 beside
# page 2 from 2.txt; ``articles.continuations.labelforms``): its label says so, never 尚未导入.
LABEL_FORM = "label-form"


@dataclass(frozen=True)
class Clause:
    """One count a page's import report says after its story, photo and teaser counts: ``kind``
    (what is counted, the report's field: ``corrected`` (its text names them: ``更正：“…”``),
    ``pending_jumps``, ``linked_jumps``, ``kept_links``, ``print_order_links``, ``hand_edits``, ``published_kept``,
    ``overwritten``, ``published_removed``, ``published_continuations_removed``,
    ``removed_drafts`` (its text names them: ``删去：“…”“…”``), ``dropped_continuations``,
    ``orphaned_continuations``, ``published_merges``, ``sent_back`` (signed-off stories
    sent back to 待审, named), ``new_drafts``,
    ``waiting_continuations``, ``cross_page``, ``flags``), ``count`` (> 0) and ``text``, the
    clause as editors read it (``4 处转版待接（A9版尚未导入）``; ``published_merges``: its
    sentences, :func:`published_merge_line`; ``misprint_links``: its sentences)."""

    kind: str
    count: int
    text: str


def report_clauses(report) -> list[Clause]:
    """The count clauses of ``report`` (a ``PageImportReport``), in the order a page's line says
    them, those with nothing to count left out: the one list the desk's upload report and the
    command's text report (and ``--json``'s ``clauses``) both say. A dry run says what a real
    run will do (将保留, 将被覆盖, 将删去, 将重新待接); hand edits kept and published stories kept are
    two clauses (an editor acts on them differently). What ``--overwrite-edited`` deletes of
    published stories (said in the report's warnings, :func:`published_removed`) leads its
    clause with the verb: ``将删去 1 篇已发布的稿件（读者再打不开它的地址）``."""
    dry = report.dry_run
    kept = "将保留" if dry else "已保留"
    deleted = "将删去" if dry else "已删去"
    removed, removed_parts = published_removed(report.warnings)
    photos_kept, teasers_kept = left_kept(report.conflicts)
    photos_removed, teasers_removed = left_removed(report.warnings)
    linked = getattr(report, "linked_jumps", [])  # (a report read back from JSON may lack it)
    by_order = getattr(report, "print_order_links", [])
    kept_links = getattr(report, "kept_links", [])  # (linked before this import: 已接好)
    said = [
        ("corrected", getattr(report, "corrected", []), f"{'将' if dry else ''}更正：{{names}}"),
        ("revised", getattr(report, "revised", []), f"{'将' if dry else ''}更新：{{names}}"),
        ("pending_jumps", report.pending_jumps, "处转版待接" + pending_where(report.pending_jumps)),
        (
            "linked_jumps",
            linked,
            f"处转版{'将' if dry else '已'}接上已导入的版面（接 {'、'.join(linked)}）",
        ),
        ("kept_links", kept_links, f"处转版已接好（接 {'、'.join(kept_links)}）"),
        (
            "print_order_links",
            by_order,
            f"处转版{'将' if dry else ''}按版面顺序接上（没有重复的标题或相同的词语可据，"
            f"请核对：{'；'.join(by_order)}；接错了在“转版标记”中改选或断开）",
        ),
        ("misprint_links", getattr(report, "misprint_links", []), "{lines}"),
        ("hand_edits", report.hand_edit_conflicts, f"处冲突（人工修改过的内容{kept}）"),
        (
            "published_kept",
            report.published_kept,
            f"篇已发布的稿件不在新的版面文本里（{kept}，读者仍能打开）",
        ),
        ("published_photos_kept", photos_kept, f"张已发布的图片不在新的版面文本里（{kept}）"),
        ("published_teasers_kept", teasers_kept, f"条已发布的导读不在新的版面文本里（{kept}）"),
        ("overwritten", report.overwritten, f"处人工修改{'将被' if dry else '已被'}版面文本覆盖"),
        ("published_removed", removed, f"{deleted} {{n}} 篇已发布的稿件（读者再打不开它的地址）"),
        (
            "published_continuations_removed",
            removed_parts,
            f"{deleted} {{n}} 段已发布稿件的续文（读者只看到它在别版的部分）",
        ),
        ("published_photos_removed", photos_removed, f"{deleted} {{n}} 张已发布的图片"),
        ("published_teasers_removed", teasers_removed, f"{deleted} {{n}} 条已发布的导读"),
        ("removed_drafts", report.removed_drafts, f"{'将' if dry else ''}删去：{{names}}"),
        (
            "dropped_continuations",
            report.dropped_continuations,
            f"段续文已不在文本里（转版{'将' if dry else ''}重新待接）",
        ),
        (
            "orphaned_continuations",
            report.orphaned_continuations,
            f"段别版的续文{'将' if dry else '已'}无处转入",
        ),
        ("published_merges", report.published_merges, "{lines}"),
        ("sent_back", getattr(report, "sent_back", []), sent_back_words(report)),
        ("new_drafts", report.new_drafts, "篇新稿件仍是草稿"),
        (
            "waiting_continuations",
            report.waiting_continuations,
            "段新续文未接上（仍是草稿，勿单独发布）",
        ),
        ("cross_page", report.cross_page, "篇整篇也印在别的版上（只存一篇）"),
        ("flags", report.flags, "行请先核对"),
    ]
    return [
        Clause(kind, len(items), _counted(words, items)) for kind, items, words in said if items
    ]


# The most stories a clause names (``删去：“…”“…”``); more are counted (``等 7 篇``).
NAMED_AT_MOST = 5


def _counted(words: str, items: list) -> str:
    """A clause's text: the count where ``words`` says ``{n}``, else before them; ``{lines}``:
    the items themselves (each a whole sentence), after ``；``."""
    if words == "{lines}":
        return "；".join(items)
    if "{names}" in words:  # each named, quoted, up to NAMED_AT_MOST of them
        named = "".join(items[:NAMED_AT_MOST])
        more = f"等 {len(items)} 篇" if len(items) > NAMED_AT_MOST else ""
        return words.replace("{names}", named + more)
    count = len(items)
    return words.replace("{n}", str(count)) if "{n}" in words else f"{count} {words}"


def page_line(report, *, with_pdf: bool = False, verb: str = "") -> str:
    """A page's report line, as the command and the desk say it:
    ``南通日报 2020-07-09 A1版：新建；5 篇稿件、1 张图片、2 条导读；4 处转版待接（A9版尚未导入）``
    (the photos: :func:`photos_said`). The verb is the page's outcome (:data:`ACTION_WORDS`; a dry run's
    :data:`DRY_RUN_ACTION_WORDS`), then the counts, then :func:`report_clauses`, each after a
    ``；``; ``with_pdf``: what the page's PDF did (``版面 PDF：已更新，3 个热区``, the desk's line;
    the command prints it on a line of its own); last :func:`encoding_note`. ``verb``: said
    instead of the outcome's (the desk's preview of a page that waits for a tick box)."""
    words = DRY_RUN_ACTION_WORDS if report.dry_run else ACTION_WORDS
    recoded = getattr(report, "recoded", "")
    if not verb:
        verb = words.get(report.outcome, report.outcome)
        if recoded:  # the same text in a file saved otherwise: not a correction
            verb = recoded_words(report.outcome, recoded, dry_run=report.dry_run)
    said = [f"{report.articles} 篇稿件、{photos_said(report)}、{report.teasers} 条导读"]
    said += [clause.text for clause in report_clauses(report)]
    if with_pdf and report.pdf_line:
        said.append(report.pdf_line)
    head = f"{report.paper} {report.date} {report.label}版：{verb}"
    return "；".join([head, *said]) + ("" if recoded else encoding_note(report.encoding))


def photos_said(report) -> str:
    """The page's photos, the text's and its PDF's alone together: ``3 张图片``; with some of
    the PDF alone (a picture printed with its credit and no caption, each with its own line)
    ``3 张图片（其中 1 张只在 PDF 上）``."""
    pdf = getattr(report, "pdf_photos", 0)
    said = f"{report.photos + pdf} 张图片"
    return f"{said}（其中 {pdf} 张只在 PDF 上）" if pdf else said


def recoded_words(outcome: str, encoding: str, *, dry_run: bool = False) -> str:
    """The verb of a page's line whose file changed only how it is saved (its text is the one
    stored: :func:`~articles.importing.recoded.same_text_recoded`): ``文字未变（只是文件编码换成了
    gb18030）``; the same encoding as before (the line ends or a BOM changed) ``文字未变（只是文件的
    换行符或 BOM 不同）``; pasted text ``文字未变（这次是粘贴的文字）``. With a new PDF the PDF's
    words follow (``文字未变（…），更新版面图和热区``). ``encoding``: the codec the bytes were read
    in (``PageImportReport.recoded``)."""
    if encoding == "unicode":
        why = "这次是粘贴的文字"
    elif encoding == "same":
        why = "只是文件的换行符或 BOM 不同"
    else:
        why = f"只是文件编码换成了 {encoding}"
    words = DRY_RUN_ACTION_WORDS if dry_run else ACTION_WORDS
    pdf = words.get(outcome, "") if outcome.startswith("pdf-") else ""
    return f"文字未变（{why}）" + pdf.removeprefix("文字未变")


def new_paper_line(report) -> str:
    """What a run says once of a paper it made (``report``: the first page of it, a
    ``PageImportReport``): its name and the slug it got, which is its address on the site
    (``paper-<hash>`` for a name with no ASCII letters, given no slug) and can be changed before
    the paper is published: ``新建报纸 晴川日报（网址名 paper-a7a03771，发布前可在“报纸”里改）``;
    a dry run says ``将新建报纸``. A paper made from a slug alone and named from its masthead
    (``paper_renamed``: the slug given) says where its name came from; a paper this run named
    that was there (``paper_renamed``, not ``paper_created``: its name was only its slug) says
    ``报纸 yunling-evening 改名为“云岭晚报”…``; a name given, kept out (``paper_name_kept``), too."""
    was, will = report.paper_renamed, "将" if report.dry_run else ""
    if report.paper_name_kept:
        return f"这次导入给出的报名“{report.paper_name_kept}”与报纸现在的名称“{report.paper}”不同，保留现在的名称（在“报纸”里改）"
    if report.paper_created:
        named = f"，报名取自版面上印的报头，给出的“{was}”只用作网址名" if was else ""
        return f"{will}新建报纸 {report.paper}（网址名 {report.paper_slug}{named}，发布前可在“报纸”里改）"
    return was and (
        f"报纸 {was} {will}改名为“{report.paper}”（原来的名称只是网址名，现按这次导入给出的报名；"
        f"网址名 {report.paper_slug} 不变，可在“报纸”里再改）"
    )


def pending_where(pending_jumps) -> str:
    """Where a page's open jumps (``PendingJump`` values) lead, for its report line:
    ``（A9版、A12版尚未导入）`` for the pages a marker points to that are not imported, with how
    many others are open and why (``；1 处有歧义``, ``1 处定时发布，先不接上`` for a held link:
    its page is imported); ``""`` when nothing is said."""
    waiting, others = [], Counter()
    for jump in pending_jumps:
        if jump.target_page == jump.page:  # “下转A1版”指向本版：请核对版次
            # (the marker's own brackets dropped: the line puts all this in brackets)
            others[f"“{jump.marker.strip('（）() ')}”{jump.state_label}"] = 0
        elif jump.state == WAITING:
            waiting.append(f"{jump.target_page}版")
        elif jump.state in (ORPHAN, LABEL_FORM):
            others[jump.state_label] = 0
        else:
            others[jump.state_label] += 1
    said = ["、".join(dict.fromkeys(waiting)) + "尚未导入"] if waiting else []
    said += [f"{n} 处{state}" if n else state for state, n in others.items()]
    return f"（{'；'.join(said)}）" if said else ""


def encoding_note(encoding: str) -> str:
    """``；按 big5 编码读入`` for a page that was not UTF-8 (the codec name
    :func:`articles.parsing.decoding.decode_page` returned, as ``--encoding`` takes it, so an
    editor who sees a wrong one can give the right one), else ``""`` (UTF-8, pasted text)."""
    if encoding in ("", "utf-8", "unicode"):
        return ""
    return f"；按 {encoding} 编码读入"


def copy_differs_line(
    label: str,
    position: int,
    name: str,
    home: str,
    differences: tuple[tuple[str, str], ...],
    *,
    joined: bool = False,
    dry_run: bool = False,
) -> str:
    """The report's line for a whole copy that page ``label`` prints with a small edit
    (``differences``: :func:`~articles.continuations.copies.copy_differences`, each run as
    (the home page's words, this page's)): one story, its text as its home page ``home``
    printed it, and where the two printings differ, for an editor to check which is right (the
    page's text is kept as printed, in its raw text). ``name``: the story, quoted. A re-import
    of the copy's page leaves it a copy (仍…); ``joined``: this import made the two printings one
    story (已…, or 将… in a ``dry_run``), and the story's text is now the home page's (it may
    have been the other's until now)."""
    shown = "；".join(f"{home}版「{old}」，{label}版「{new}」" for old, new in differences[:3])
    more = f"等 {len(differences)} 处" if len(differences) > 3 else ""
    if joined:
        kept = f"{'将' if dry_run else '已'}作为一篇跨版稿件保存，正文按{home}版所印"
    else:
        kept = f"仍作为一篇跨版稿件保存，正文仍按{home}版"
    return (
        f"{label}版 第{position}位的{name}：与{home}版所印的同一篇稿件文字不同（{shown}{more}）。"
        f"{kept}；请核对哪一版印得对，需要时在稿件中改正"
    )
