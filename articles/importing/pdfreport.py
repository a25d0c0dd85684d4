"""What attaching a page's PDF did, as the import's report and the desk say it (Chinese)."""

from __future__ import annotations

from dataclasses import dataclass, field

from articles.zonechecks import old_picture_line


@dataclass
class PdfReport:
    """What attaching a page's PDF did: ``action`` (created, updated, unchanged), zones made, the
    parts not found on the page, what reading the PDF warned about, and what matching did to
    the page's photos that an editor should know (``photos``: a photo unlinked from its story
    as printed apart from it, a photo made of a picture printed with its credit alone;
    :mod:`articles.importing.pdfmatch`), in Chinese."""

    action: str = ""
    zones: int = 0
    unmatched: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    photos: list[str] = field(default_factory=list)
    # False: the PDF has no text layer that can be read (its warnings say so); no part could be
    # looked for, so none is said as not found.
    has_text: bool = True
    # The zones the page had that went with its old picture: a PDF nothing can check attached
    # as told (--attach-unmatched-pdf, the desk's box: articles.importing.pdfunreadable).
    dropped: int = 0
    # The hand zones kept that were drawn on an older picture than the page's now, to be
    # checked (articles.zonechecks).
    old_hand: int = 0

    def lines(self) -> list[str]:
        """:meth:`status_line` and then :meth:`warning_lines`."""
        return [self.status_line(), *self.warning_lines()]

    def status_line(self) -> str:
        """What attaching did (``版面 PDF：已更新，3 个热区``): the page's report line for its
        PDF, not a warning."""
        done = _PDF_ACTIONS.get(self.action, self.action)
        line = f"版面 PDF：{done}，{self.zones} 个热区"
        if self.dropped:
            line += (
                f"（本版原有的 {self.dropped} 个热区已随旧的版面图去掉：这个 PDF 无法据此划分热区，"
                "请在编辑台上手工重划）"
            )
        return line

    def warning_lines(self) -> list[str]:
        """What an editor should check: the parts not found on the page (none said when it has
        no text layer to look for them in), the hand zones drawn on the old picture, what
        matching did to its photos, and what reading the PDF warned about (``版面 PDF：…``
        each)."""
        unmatched = self.unmatched if self.has_text else []
        out = [f"版面 PDF：未在版面上找到“{u}”，没有热区" for u in unmatched]
        if unmatched and not self.zones:
            out.append(_NONE_FOUND)
        out += [old_picture_line(self.old_hand)] if self.old_hand else []
        return out + [f"版面 PDF：{line}" for line in self.photos + self.warnings]


# Not one of the page's stories found on its PDF: the PDF of another page or day, or a text layer
# that cannot be read (scrambled, vertical, outlines); the picture is still attached.
_NONE_FOUND = (
    "版面 PDF：这一版的稿件一篇也没有在 PDF 上找到：请确认这个 PDF 是本版（同一版次、同一天）的，"
    "或它的文字层可用；页面图已挂上，热区请在编辑台上核对"
)


# What attaching a PDF did (``PdfReport.action``), as the report line says it.
_PDF_ACTIONS = {
    "created": "新建",
    "updated": "已更新",
    "unchanged": "未变",
    "rematched": "重新匹配",
}


def dry_run_action(checksum: str, index: int, current) -> str:
    """What a real run would do with a page's PDF that a dry run only checked: ``created``,
    ``updated`` or ``unchanged``. ``current`` is the page's ``PageImage`` (or None: no page or
    no PDF yet); the PDF is the same when its SHA-256 ``checksum`` and page ``index`` are those
    kept."""
    if current is None:
        return "created"
    if current.pdf_checksum == checksum and current.pdf_page == index:
        return "unchanged"
    return "updated"


def dry_run_line(action: str) -> str:
    """The dry run's line (Chinese) for a PDF a real run would treat as ``action``
    (:func:`dry_run_action`), or, for ``rematched``, for a page whose stories would change
    without a PDF coming with them: a real run matches its zones again from its stored PDF
    (:mod:`articles.importing.rematch`)."""
    if action == "unchanged":
        return "版面 PDF：未变"
    if action == "rematched":
        return "版面 PDF：将按已存的 PDF 重新匹配热区（试运行不计算热区）"
    done = "将更新" if action == "updated" else "将新建"
    return f"版面 PDF：检查通过，{done}（试运行不渲染页面图，也不计算热区；PDF 上只印了署名的图片导入时另计）"
