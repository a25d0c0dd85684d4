"""What an import says: one report per page, and a run's totals over all of them.

A :class:`PageImportReport` is what one page did (created, updated or unchanged; its counts, its
open jumps, its conflicts with hand edits, the stories it printed whole that another page printed
too, and what the parser was unsure of: :func:`stored_flags`, kept with the page). A run's totals
over them: :class:`articles.importing.runtotals.ImportRun`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field

from articles.importing.publishedleft import left_kept, left_removed
from articles.importing.reportlines import (  # noqa: F401 (said here before they moved)
    _PUBLISHED_KEPT,
    ACTION_WORDS,
    DRY_RUN_TOTAL_WORDS,
    HELD,
    ORPHAN,
    TOTAL_WORDS,
    conflict_in_chinese,
    continuation_dropped_line,
    encoding_note,
    new_paper_line,
    page_line,
    pending_where,
    published_removed,
    report_clauses,
    story_name,
    warning_in_chinese,
    warnings_in_chinese,
)
from articles.importing.storedflags import (  # noqa: F401 (said here before they moved)
    MAX_FLAGS,
    SET_ASIDE_REASONS,
    flag_line,
    flags_for_editors,
    set_aside_reason,
    stored_flags,
)
from articles.models import HELD_LABELS, OWN_PAGE_LABEL

_ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8（带 BOM）",
    "utf-16": "UTF-16",
    "gb18030": "GB18030（国标，含 GBK）",
    "gbk": "GBK",
    "big5": "Big5（繁体）",
    "big5hkscs": "Big5-HKSCS（香港繁体）",
}


def encoding_label(encoding: str, *, source_name: str = "") -> str:
    """How a page's text was read (``Page.raw_encoding``), as editors read it: ``unicode`` (the
    text was given as text, not bytes) is ``PDF 文字层`` for a page imported from a PDF alone and
    ``直接提供的文本（粘贴）`` otherwise; a codec by its usual name."""
    if encoding == "unicode":
        if source_name.lower().endswith(".pdf"):
            return "PDF 文字层"
        return "直接提供的文本（粘贴）"
    return _ENCODINGS.get(encoding, encoding or "—")


@dataclass(frozen=True)
class PendingJump:
    """A jump marker of the page that is not linked after the import: on page ``page`` (its
    label), in the story at ``position``, printed ``marker``, pointing to page ``target_page``;
    ``state`` is the jump's state (``JumpState``'s value: ``pending`` when the target page is
    not imported, ``ambiguous`` (a 上接 too, that an ambiguous 下转 may take), ``unmatched``,
    ``loop``; ``orphan`` for a 上接 no 下转 may lead to; ``held`` for one in a held link) and
    ``state_label`` the same as editors read it (``待目标版面``; a held jump by why it is held,
    ``定时发布，先不接上``, as the desk and ``check_jumps`` say it)."""

    page: str
    position: int
    marker: str
    target_page: str
    state: str
    state_label: str

    @property
    def line(self) -> str:
        """``A1 #2 （下转A2版） → A2 (待目标版面)``: one line, as ``--json``'s ``pending_jumps``
        gave it before there were values."""
        return (
            f"{self.page} #{self.position} {self.marker} → {self.target_page} ({self.state_label})"
        )


def pending_jump(jump, *, target_imported: bool, held: str = "") -> PendingJump:
    """The :class:`PendingJump` of an open ``jump`` (a ``Jump`` with its part and page loaded);
    ``target_imported`` says whether the page it names is imported; ``held``: why the jump's
    link is held, if it is (``articles.models.jumps.held_links``' value for it: ``signoff``,
    ``withdrawn`` or ``scheduled``). A jump in a held link (the held 下转 and the 上接 it waits
    to join) is ``held``, read by its reason as the desk says it (``HELD_LABELS``:
    ``定时发布，先不接上``; its continuation is found, not waited for). Else a backward jump
    (上接) whose page is imported waits for nothing: its state is ``orphan``, read
    ``<page>版没有转到本版的“下转”`` (articles.continuations.problems says the same; not a
    ``JumpState``: the resolver keeps such a jump ``pending``, which would read 尚未导入)."""
    state, label = jump.state, jump.plain_state_label()  # 指向本版 for （下转A1版） on A1
    if held:
        state, label = HELD, HELD_LABELS[held]
    elif jump.direction == "backward" and target_imported and label != OWN_PAGE_LABEL:
        state, label = ORPHAN, f"{jump.target_label}版没有转到本版的“下转”"
    page = jump.part.page.label
    return PendingJump(page, jump.part.position, jump.marker, jump.target_label, state, label)


class PageImportError(Exception):
    """A page that cannot be imported; the message says why and what to do."""


#: The history reason of a story a re-import changed (its text, fields, reporters or photos),
#: with the page's file: ``重新导入A1.txt：版面文本有更正`` (:func:`reimport_reason`).
REIMPORT_REASON = "重新导入{source}：版面文本有更正"


def reimport_reason(page) -> str:
    """:data:`REIMPORT_REASON` for a story of ``page`` (a ``Page`` with its new ``source_name``,
    else its label), within the history's reason column (100 characters). The file is named
    as the editor knows it, without the folders of the machine that imported it
    (``/srv/incoming/0709/A1.txt`` → ``A1.txt``)."""
    source = (page.source_name or "").replace("\\", "/").rsplit("/", 1)[-1]
    source = source or f"{page.label}版"
    return REIMPORT_REASON.format(source=source if len(source) <= 80 else "…" + source[-79:])


# The action of the same text written over hand edits: the writer makes it updated or unchanged.
REWRITTEN = "rewritten"


# True while a caller that rolls a whole batch back itself writes it (the desk's preview): see
# :func:`previewing`.
_PREVIEWING: ContextVar[bool] = ContextVar("import_previewing", default=False)


@contextmanager
def previewing() -> Iterator[None]:
    """Within it, every :class:`PageImportReport` made is a dry run's (``dry_run`` True), so it
    says what a real run will do (将删去, 将被覆盖, 将新建) though the pipeline writes for real:
    for the desk's preview, which writes a whole batch and rolls it back itself (so that jumps
    between the pages uploaded together resolve), as the command's ``--dry-run`` says it."""
    token = _PREVIEWING.set(True)
    try:
        yield
    finally:
        _PREVIEWING.reset(token)


@dataclass
class PageImportReport:
    source: str
    paper: str
    date: str
    label: str
    action: str = ""  # created | updated | unchanged
    # The paper's slug (its address) and whether this import made it (said: ``new_paper_line``).
    paper_slug: str = ""
    paper_created: bool = False
    # The name the paper had, or was given as, when this import named it: a paper made from a
    # slug alone named from its masthead, a slug-named paper given its name (papers.slug_named).
    paper_renamed: str = ""
    # A name given (paper.json, a manifest) other than the name an editor typed: kept, said.
    paper_name_kept: str = ""
    dry_run: bool = False
    # Whether a published story the new text no longer has goes (PageInput.remove_published;
    # None: as overwrite_edited says).
    remove_published: bool | None = None
    encoding: str = ""  # the page's bytes were read as this (``unicode``: given as text)
    recoded: str = ""  # the same text, only the file saved otherwise: reportlines.recoded_words
    articles: int = 0
    photos: int = 0  # the text's photos (a caption, a credit) the page prints
    # Of the page's photos, those its PDF alone gives (a picture printed with its credit and no
    # caption: :mod:`~articles.importing.pdfcredited`), counted again once its PDF is matched.
    pdf_photos: int = 0
    teasers: int = 0
    # The page's open jumps after the import (:class:`PendingJump`), in story order.
    pending_jumps: list[PendingJump] = field(default_factory=list)
    # The page's jumps linked to a page imported before this run's pages (its 上接 or 下转 waited
    # for this page): ``2版 第1篇`` each, what the desk's jump lines say (接 2版 第1篇).
    linked_jumps: list[str] = field(default_factory=list)
    # Of those, the ones linked so before this import (a re-import of a stitched page): the
    # same lines, said 已接好 (nothing changes for them).
    kept_links: list[str] = field(default_factory=list)
    # The page's 下转 the resolver linked by the order of print alone (the k-th 下转 to the k-th
    # 上接, nothing printed to tell them apart): ``A1版 第2篇“…”（下转A2版）接 A2版 第3篇`` each,
    # on the 下转's page (else the continuation's), for an editor to check.
    print_order_links: list[str] = field(default_factory=list)
    # The page's 下转 the resolver linked to a continuation on another page than they print (its
    # page had none; that one's 上接 and headline answer it), each a sentence for an editor to
    # check: ``A1版 第1篇“…”（下转A3版）已接 A2版 第1篇（印的是A3版，接续在A2版：转版版次可能印错，…）``.
    misprint_links: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Stories this page printed whole that another page printed too (one story kept), in Chinese.
    cross_page: list[str] = field(default_factory=list)
    # What the parser was unsure of, for an editor to check first: see :func:`stored_flags`.
    flags: list[dict] = field(default_factory=list)
    # Continuations of stories from other pages that this page's new text no longer gives: one
    # line each in Chinese (:func:`continuation_dropped_line`), the jump to each open again.
    dropped_continuations: list[str] = field(default_factory=list)
    # Continuations on other pages of stories this page's new text no longer gives: left as
    # stories of their own no page leads to (one line each, in Chinese; also in ``warnings``).
    orphaned_continuations: list[str] = field(default_factory=list)
    # What ``--overwrite-edited`` did: hand edits replaced by the page text, stories an editor
    # changed that the text no longer has removed (one line each, in Chinese).
    overwritten: list[str] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)  # stored stories whose text changed: 更正
    revised: list[str] = field(default_factory=list)  # the same of stories never published: 更新
    # The new text shares no story with the page as stored (articles.importing.unrelated).
    unrelated: bool = False
    # Stories of this page (not published nor edited) its new text lost, deleted: named (删去：“…”).
    removed_drafts: list[str] = field(default_factory=list)
    # New stories of a page of an issue already published: still drafts, readers do not see
    # them until published (each named: :func:`story_name`).
    new_drafts: list[str] = field(default_factory=list)
    # Of those, the continuations (上接) not linked to the story they continue: still drafts,
    # not to be published alone (``“…”（上接1版）``; not in ``new_drafts``).
    waiting_continuations: list[str] = field(default_factory=list)
    # Published continuations (上接) on other pages that a story of this page now leads to:
    # joined to it (and it published with them), or held apart on a paper that requires
    # sign-off; one line each, in Chinese, with what an editor must do
    # (:func:`~articles.importing.reportlines.published_merge_line`).
    published_merges: list[str] = field(default_factory=list)
    # Stories 已签发 this import sent back to 待审 (their text changed; names, quoted), and when
    # a publication set for a time waits for them (``本期定于 …``; :mod:`.sentback`).
    sent_back: list[str] = field(default_factory=list)
    sent_back_when: str = ""
    # The jumps of other pages this import opened again (their continuation here was dropped):
    # listed with the page's open jumps (ids; not in ``as_dict``).
    reopened_jumps: list[int] = field(default_factory=list)
    # The stories this import created on the page that are not published (ids; not in
    # ``as_dict``): ``new_drafts`` and ``waiting_continuations`` are worked out from them again
    # once the rest of the run is imported (:func:`articles.importing.settling.reports_settle`).
    new_story_ids: list[int] = field(default_factory=list)
    page_id: int | None = None
    # What the page's PDF did (:mod:`articles.importing.pdfreport`): "" (no PDF), created,
    # updated, unchanged or rematched (zones matched again from the stored PDF); in a dry run
    # what a real run would do.
    pdf_action: str = ""
    # The line saying what the PDF did (``版面 PDF：已更新，3 个热区``; a dry run's
    # :func:`~articles.importing.pdfreport.dry_run_line`), "" without a PDF: not a warning.
    pdf_line: str = ""
    # A preview's PDF on which few of the page's stories are found: a real run refuses it
    # unless told (articles.importing.pdfmismatch); its ``pdf_line`` says so.
    pdf_mismatch: bool = False
    # Why such a PDF cannot be checked, when it has no text layer that can be read
    # (articles.importing.pdfunreadable.SHORT): the desk's box and its refusal say so.
    pdf_unchecked: str = ""
    # The page's PDF that could not be attached after its text was written (a full or read-only
    # media storage, a PDF the recheck refused): the line saying so, naming the file, what was
    # written and what to do; "" when none failed. The page counts as imported, this as a failure.
    pdf_failure: str = ""
    # The file the page's text was kept from when its PDF came alone (the page's text came from
    # a text file: :mod:`articles.importing.textkept`); "" otherwise.
    text_kept_from: str = ""
    # What readers see of a page of an issue already published once the run is in (its
    # continuations of published stories are public at once): the desk's ``Visibility`` as
    # values, its line in ``summary`` (:func:`articles.importing.readers.reports_readers`); {}
    # when not worked out (an issue not published, a dry run).
    readers: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if _PREVIEWING.get():  # made inside :func:`previewing`
            self.dry_run = True

    def page_text_said(self, line: str, story_id: int) -> None:
        """Conflict ``line`` says what the page text changed in story ``story_id``, edited by
        hand (:mod:`articles.importing.pagetext`): the desk links the line to the story, which
        can take that text (:mod:`articles.importing.pagetake`). Kept apart from the fields: a
        report with none holds nothing more (``as_dict``, and its attributes, as before)."""
        self.__dict__.setdefault("_page_text_stories", {})[line] = story_id

    @property
    def page_text_stories(self) -> dict[str, int]:
        """The conflict lines :meth:`page_text_said` recorded: line → story id."""
        return self.__dict__.get("_page_text_stories", {})

    def photo_text_said(self, line: str, photo_id: int) -> None:
        """As :meth:`page_text_said`, for photo ``photo_id`` edited by hand, which keeps the
        page text pending (:mod:`articles.importing.phototext`)."""
        self.__dict__.setdefault("_page_text_photos", {})[line] = photo_id

    @property
    def page_text_photos(self) -> dict[str, int]:
        """The conflict lines :meth:`photo_text_said` recorded: line → photo id."""
        return self.__dict__.get("_page_text_photos", {})

    def photo_left_said(self, line: str, photo_id: int) -> None:
        """Conflict ``line`` says photo ``photo_id`` (an upload or hand edits) was kept though
        the page no longer prints it (:mod:`articles.importing.photowrite`): the desk links the
        line to the photo's 删除 page, the way to drop it. Kept apart, as
        :meth:`page_text_said`."""
        self.__dict__.setdefault("_left_photos", {})[line] = photo_id

    @property
    def left_photos(self) -> dict[str, int]:
        """The conflict lines :meth:`photo_left_said` recorded: line → photo id."""
        return self.__dict__.get("_left_photos", {})

    @property
    def published_kept(self) -> list[str]:
        """The :attr:`conflicts` that are published stories the new text no longer has, kept
        (readers keep their addresses): not hand edits, and the desk says them apart."""
        return [line for line in self.conflicts if _PUBLISHED_KEPT.match(line)]

    @property
    def published_removed(self) -> list[str]:
        """The :attr:`warnings` saying ``--overwrite-edited`` deletes a published story or its
        continuation on this page (readers lose it): the desk lists them apart from the other
        warnings (:func:`~articles.importing.reportlines.published_removed`)."""
        stories, continuations = published_removed(self.warnings)
        photos, teasers = left_removed(self.warnings)
        return stories + continuations + photos + teasers

    @property
    def published_left(self) -> list[str]:
        """The :attr:`conflicts` that are published photos and teasers (导读) the new text no
        longer has, kept (:mod:`articles.importing.publishedleft`): the desk says them apart."""
        photos, teasers = left_kept(self.conflicts)
        return photos + teasers

    @property
    def other_warnings(self) -> list[str]:
        """The :attr:`warnings` that are neither :attr:`published_removed` nor
        :attr:`orphaned_continuations` (the parser's, the PDF's, the paper's): the desk lists
        each group under its own heading."""
        said = {*self.published_removed, *self.orphaned_continuations}
        return [line for line in self.warnings if line not in said]

    @property
    def hand_edit_conflicts(self) -> list[str]:
        """The other :attr:`conflicts`: what an editor changed, kept as the editor saved it."""
        left = set(self.published_left)
        return [c for c in self.conflicts if not _PUBLISHED_KEPT.match(c) and c not in left]

    @property
    def outcome(self) -> str:
        """What happened to the page as a whole: its ``action``, except that a page whose text
        is unchanged but whose PDF is new or changed is ``pdf-created`` or ``pdf-updated`` (its
        image and zones were replaced: the page did change)."""
        if self.action == "unchanged" and self.pdf_action in ("created", "updated"):
            return f"pdf-{self.pdf_action}"
        return self.action

    def as_dict(self) -> dict:
        """The report as JSON-ready values (``import_pages --json``), warnings and conflicts in
        Chinese as the text report gives them, alike ones said once (:func:`warnings_in_chinese`,
        :func:`conflict_in_chinese`); ``summary``, the page's line, and ``clauses``, its count
        clauses as values (``[{"kind", "count", "text"}]``:
        :func:`~articles.importing.reportlines.report_clauses`)."""
        data = asdict(self)
        data["warnings"] = warnings_in_chinese(self.warnings)
        data["conflicts"] = [
            conflict_in_chinese(line, dry_run=self.dry_run) for line in self.conflicts
        ]
        del data["reopened_jumps"]
        del data["new_story_ids"]
        if not self.sent_back:  # (said in ``clauses``; a report without it as before)
            del data["sent_back"], data["sent_back_when"]
        # ``pending_jumps`` stays a list of lines (its shape before); the values are beside it.
        data["pending_jumps"] = [jump.line for jump in self.pending_jumps]
        data["pending_jump_details"] = [asdict(jump) for jump in self.pending_jumps]
        data["outcome"] = self.outcome
        data["summary"] = self.summary
        data["clauses"] = [asdict(clause) for clause in report_clauses(self)]
        return data

    @property
    def summary(self) -> str:
        """The page's line as the command prints it (its PDF's line is printed on its own):
        ``南通日报 2020-07-09 A1版：新建；5 篇稿件、1 张图片、2 条导读；4 处转版待接（A9版尚未导入）``
        (:func:`~articles.importing.reportlines.page_line`; the desk says the same)."""
        return page_line(self)
