"""Pages imported again whose file changed only how it is saved, not what it says.

The same page re-saved as GB18030, UTF-16 or UTF-8 with a BOM, or with CRLF line ends, has other
bytes (another checksum) but the text stored already. Reported as 更新 an editor would look for a
correction that is not there: such a page is ``unchanged`` and its line says only that the file's
encoding changed (``文字未变（只是文件编码换成了 gb18030）``:
:func:`~articles.importing.reportlines.recoded_words`). Its stored raw text and what it prints
stay as they were; its row takes the new file's checksum and encoding (:data:`RECODED_FIELDS`), so
the next import of these bytes is skipped unparsed (:mod:`articles.importing.unchanged`) and says
the encoding it was read in.
"""

from __future__ import annotations

from articles.bulk import update_rows
from articles.importing.preparing import Prepared, line_sizes_json
from articles.parsing.lineends import single_line_ends

# What such a page's row takes of the new file: its checksum and encoding, its name and the
# parse's warnings (its raw text, the same text, and what it prints stay as they are).
RECODED_FIELDS = ["checksum", "raw_encoding", "source_name", "import_warnings"]


def same_text_recoded(p: Prepared) -> bool:
    """Whether ``p`` (parsed, its locked row ``p.page``) has bytes other than those its row
    stored (another checksum) that decode to the text it stores, read by the same parser with
    the same type sizes: the page re-saved in another encoding or with other line ends
    (compared as the parser reads lines: CRLF, CR and LF alike, a leading BOM dropped)."""
    page = p.page
    return bool(
        page.checksum
        and page.checksum != p.checksum
        and page.parser_version == p.parsed.parser_version
        and page.line_sizes == line_sizes_json(p.item.line_sizes)
        and _lines(page.raw_text) == _lines(p.text)
    )


def recoded_settle(p: Prepared) -> bool:
    """When :func:`same_text_recoded`: ``p``'s report ``unchanged`` with ``recoded`` (the codec
    its bytes were read in; ``same``: the encoding is the stored one, only the line ends or a BOM
    changed) and its row set to the new file (:data:`RECODED_FIELDS`, written now: inside the
    import's transaction); True. Else False, nothing changed."""
    if not same_text_recoded(p):
        return False
    page, encoding = p.page, p.parsed.encoding
    p.report.action = "unchanged"
    p.report.recoded = "same" if encoding == page.raw_encoding else encoding or "utf-8"
    page.checksum = p.checksum  # the next import of these bytes is skipped unparsed
    page.raw_encoding = encoding
    page.source_name = p.item.source_name[:255]
    page.import_warnings = list(p.report.warnings)
    update_rows([page], RECODED_FIELDS)
    return True


def _lines(text: str) -> str:
    """``text`` with its line ends as LF (CR CR LF too, where it is the file's convention, as
    the parser reads it) and no byte-order mark (what tells two saves of one page apart, not
    what they say)."""
    return single_line_ends(text.lstrip("\ufeff")).replace("\r\n", "\n").replace("\r", "\n")
