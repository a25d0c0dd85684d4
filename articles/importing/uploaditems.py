"""The pages of a desk upload (:class:`UploadItem`, what the form hands the import service) and
their files waiting in Django's default storage between the preview and the confirmation, and
for the background import (:mod:`articles.importing.runs`): under ``imports/``, named by their
SHA-256, so that the session and the run keep only names and JSON.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from django.core.files.storage import default_storage

from articles.importing.preparing import PageInput, line_sizes_json, line_sizes_read
from articles.importing.stamps import SAID_WRONG
from articles.mediastore import store_whole

# Where uploaded files wait between the preview and the import (default storage).
WAITING_DIR = "imports"


def waiting_file(data: bytes, suffix: str, owner: str = "") -> str:
    """Keep ``data`` in default storage until it is imported; returns its name there
    (``imports/ab/abcdef…-<owner>.txt``, by SHA-256 and ``owner``, the desk session it was
    previewed in: the same file twice in one session is stored once, while two editors who
    preview the same file each have their own copy, so one's confirmation, which removes its
    files, cannot take the file from under the other's preview)."""
    checksum = hashlib.sha256(data).hexdigest()
    owned = f"-{owner}" if owner else ""
    name = f"{WAITING_DIR}/{checksum[:2]}/{checksum}{owned}{suffix}"
    return store_whole(name, data)  # (a stub a full disk left under the name is replaced)


def waiting_read(name: str) -> bytes:
    """The bytes of a file :func:`waiting_file` kept. Raises ``OSError`` when it is gone."""
    with default_storage.open(name, "rb") as handle:
        return handle.read()


def waiting_names(data: dict) -> list[str]:
    """The stored files of one item in its session form."""
    return [name for name in (data.get("file"), data.get("pdf_file")) if name]


@dataclass(frozen=True)
class UploadItem:
    """One page to import: what the command would pass to ``page_import``, and the page's PDF
    (``pdf``, empty for none: a one-page PDF, its image and zones attached after the page is
    written). For a page uploaded as a PDF alone, ``data`` is its text layer, and
    ``line_sizes`` the type size in points of that text's headline lines by line number
    (1-based: :func:`articles.importing.pdfsources.pdf_text_sizes`), which the parser reads its decks
    by (:class:`~articles.importing.preparing.PageInput`); None for a text file, whose lines
    are not its PDF's lines."""

    name: str
    data: bytes
    paper_name: str
    paper_slug: str
    issue_date: date
    label: str
    pdf: bytes = b""
    pdf_name: str = ""
    line_sizes: dict[int, float] | None = field(default=None, hash=False)
    # The upload's 删去版面文本里已没有的已发布稿件 (PageInput.remove_published).
    remove_published: bool | None = None
    replace_unrelated: bool = False  # (PageInput's: the desk's tick box)
    # The print said wrong (PageInput's, stamps.SAID_WRONG: DATE_WRONG_BOX, LABEL_WRONG_BOX ticked).
    printed_date_wrong: bool = False
    printed_label_wrong: bool = False
    # Attach its PDF though few of the page's stories are on it (pdfmismatch.BOX ticked).
    attach_unmatched_pdf: bool = False

    def as_session(self, owner: str = "") -> dict:
        """The item as JSON, its bytes kept in default storage (:func:`waiting_file`, under
        ``owner``: the desk session's)."""
        return {
            "name": self.name,
            "file": waiting_file(self.data, ".txt", owner),
            "pdf_file": waiting_file(self.pdf, ".pdf", owner) if self.pdf else "",
            "pdf_name": self.pdf_name,
            "paper_name": self.paper_name,
            "paper_slug": self.paper_slug,
            "issue_date": self.issue_date.isoformat(),
            "label": self.label,
            "line_sizes": line_sizes_json(self.line_sizes),
            "remove_published": self.remove_published,
            "replace_unrelated": self.replace_unrelated,
            **{name: getattr(self, name) for name in SAID_WRONG},
            "attach_unmatched_pdf": self.attach_unmatched_pdf,
        }

    @classmethod
    def from_session(cls, data: dict) -> UploadItem:
        """The item :meth:`as_session` gave. Raises ``OSError`` when its files are gone."""
        return cls(
            name=data["name"],
            data=waiting_read(data["file"]),
            paper_name=data["paper_name"],
            paper_slug=data["paper_slug"],
            issue_date=date.fromisoformat(data["issue_date"]),
            label=data["label"],
            pdf=waiting_read(data["pdf_file"]) if data.get("pdf_file") else b"",
            pdf_name=data.get("pdf_name", ""),
            line_sizes=line_sizes_read(data.get("line_sizes")),
            remove_published=data.get("remove_published"),
            replace_unrelated=bool(data.get("replace_unrelated")),
            **{name: bool(data.get(name)) for name in SAID_WRONG},
            attach_unmatched_pdf=bool(data.get("attach_unmatched_pdf")),
        )

    def as_input(self) -> PageInput:
        pdf_text = bool(self.pdf) and self.name == self.pdf_name
        return PageInput(
            paper_name=self.paper_name,
            paper_slug=self.paper_slug,
            issue_date=self.issue_date,
            label=self.label,
            # (a scan alone has no text: its stored page keeps its own, as the command's "")
            data="" if pdf_text and not self.data else self.data,
            source_name=self.name,
            line_sizes=self.line_sizes,
            # a PDF alone: its text layer; a page whose text came from a text file keeps that
            # text (articles/importing/textkept.py), as the command does
            pdf_text=pdf_text,
            remove_published=self.remove_published,
            replace_unrelated=self.replace_unrelated,
            **{name: getattr(self, name) for name in SAID_WRONG},
        )
