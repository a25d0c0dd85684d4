"""File formats and the upload kept between preview and confirm: CSV as Excel wants it (UTF-8
with a BOM), read back as UTF-8 or GB18030 (what Excel on Chinese Windows saves); the upload
itself kept in the site's cache (:class:`KeptUpload`)."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import logging
from uuid import uuid4

from django.core.cache import cache
from django.utils.http import content_disposition_header
from import_export.formats import base_formats
from import_export.tmp_storages import BaseStorage

from articles.cachehealth import CACHE_ERRORS
from articles.parsing import ParseError, decoding

logger = logging.getLogger(__name__)


class ExcelCSV(base_formats.CSV):
    """CSV that Excel opens with the Chinese intact: UTF-8 with a byte-order mark."""

    def export_data(self, dataset, **kwargs):
        return "\ufeff" + super().export_data(dataset, **kwargs)

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            in_stream = decode_table_text(in_stream)
        text = in_stream.lstrip("\ufeff")
        refuse_cut_rows(text)
        return super().create_dataset(text, **kwargs)


def refuse_cut_rows(text: str) -> None:
    """Raise ``ValueError`` when CSV ``text`` ends in the middle of a row: its last row has
    fewer cells than its header (cut inside a quoted cell, whose quote then runs to the end, or
    between two cells). Whole characters, so :func:`decode_table_text` read it: a reviewer's
    export cut there was read as rows to update and rows to ignore, the rest dropped silently.
    Returns None for a whole table (or one of fewer than two rows)."""
    rows = [row for row in csv.reader(io.StringIO(text)) if row]
    if len(rows) < 2 or len(rows[-1]) >= len(rows[0]):
        return
    raise ValueError(
        f"无法读取这个文件：表格在第 {len(rows)} 行中途结束（表头有 {len(rows[0])} 列，最后一行只有 "
        f"{len(rows[-1])} 列），后面的行都没有了，像是导出、复制或上传时被截断了；"
        "请重新导出完整的表格再导入。"
    )


class NamedSheetXLSX(base_formats.XLSX):
    """XLSX whose sheet is named for what it holds (``稿件``), not tablib's ``Tablib Dataset``."""

    def export_data(self, dataset, **kwargs):
        if not dataset.title:
            dataset.title = "导出"
        return super().export_data(dataset, **kwargs)


FORMATS = [ExcelCSV, NamedSheetXLSX, base_formats.JSON]


def attachment(response, filename: str):
    """Give ``response`` a Content-Disposition that carries a Chinese ``filename`` intact
    (``filename*=utf-8''…``, RFC 6266, with an ASCII fallback for old clients)."""
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def decode_table_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030; a clear error otherwise (``ValueError``,
    ``无法读取这个文件：…``): a file that ends inside a character, and is whole before it, is
    said to be cut off, with the byte where it stops (:func:`_refuse_cut_off`); any other names
    the byte (counted from 1 in the whole file, BOM included) and line where reading stops
    (:func:`_undecodable`)."""
    bom = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        return raw[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        _refuse_cut_off(raw, exc, "utf-8", bom)  # before GB18030 reads its tail as two Han
        utf8_at = bom + exc.start
    if bom:  # marked UTF-8: reading it as GB18030 would only garble the Chinese before
        raise _undecodable(raw, utf8_at, "文件以 UTF-8 标记（BOM）开头，但")
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        _refuse_cut_off(raw, exc, "gb18030", 0)
        gb_at = exc.start
    if utf8_at > gb_at:  # the file reads as UTF-8 further: it is UTF-8 with a bad byte
        raise _undecodable(raw, utf8_at, "前面的内容是 UTF-8，但")
    raise _undecodable(raw, gb_at, "")


def _undecodable(raw: bytes, at: int, what: str) -> ValueError:
    """The error for ``raw`` that reads in neither encoding from byte ``at`` (0-based, in the
    whole file) on: the byte counted from 1, its line, the bytes there in hex; ``what`` says
    which encoding the file is when that is known (a BOM, or UTF-8 reading further)."""
    line = raw.count(b"\n", 0, at) + 1
    where = f"（第 {line} 行，十六进制 {raw[at : at + 4].hex(' ').upper()}）"
    if what:
        return ValueError(
            f"无法读取这个文件：{what}第 {at + 1} 个字节{where}不是 UTF-8，像是这里的字损坏了；"
            f"请在 Excel 里打开，改正第 {line} 行后“另存为” CSV UTF-8 或 Excel 工作簿（.xlsx），"
            "或重新导出后再导入。"
        )
    return ValueError(
        f"无法读取这个文件：第 {at + 1} 个字节既不是 UTF-8 也不是 GB18030 编码{where}；"
        "请在 Excel 里“另存为” CSV UTF-8 或 Excel 工作簿（.xlsx）后再导入。"
    )


def _refuse_cut_off(raw: bytes, error: UnicodeDecodeError, encoding: str, offset: int) -> None:
    """Raise ``ValueError`` if ``raw`` (``error`` got decoding ``raw[offset:]``, after a BOM, in
    ``encoding``) stops inside its last character while the bytes before it read whole: an
    export, copy or upload cut short. Told by the page importer's rule
    (:mod:`articles.parsing.decoding`: UTF-8 with some non-ASCII text before, or GB18030 that
    reads as Chinese), said for a spreadsheet: re-saving in another encoding, as the usual
    advice goes, cannot bring the missing bytes back. Returns None otherwise."""
    try:
        if encoding == "utf-8":
            decoding._refuse_cut_off(raw[offset:], error, offset)
        else:
            decoding._refuse_cut_off_in(raw[offset:], error, encoding)
    except ParseError:
        left = raw[offset + error.start :]
        read = "" if encoding == "utf-8" else f"（按 {encoding} 读）"
        raise ValueError(
            f"无法读取这个文件{read}：它在第 {len(raw)} 字节处中途结束，最后一个字只剩前 "
            f"{len(left)} 个字节（十六进制 {left.hex(' ').upper()}），表格不完整，像是导出、"
            "复制或上传时被截断了；请重新导出完整的表格再导入（另存为别的编码补不回缺的字节）。"
        ) from None


class UploadGone(Exception):
    """A spreadsheet's confirm found no upload to import: ``imported`` when that upload was
    confirmed before (or is being imported by another request: 确认导入 pressed twice), else it
    expired or was never kept. ``str()`` is the desk's message: what happened, that nothing was
    imported this time, and what to do."""

    def __init__(self, *, imported: bool):
        self.imported = imported
        if imported:
            message = (
                "这份表格已经确认导入过了（或正在导入：“确认导入”是不是按了两次？），"
                "这一次没有再导入；结果见列表和各条记录的历史。要再改，请重新导出、改好后再导入。"
            )
        else:
            message = (
                "这份表格的预览已经失效（预览后一天内没有确认，或网站的缓存被清空了），"
                "这一次没有导入任何内容：请重新选择文件、预览后再确认导入。"
            )
        super().__init__(message)


class UploadNotKept(Exception):
    """The cache that keeps a spreadsheet between preview and confirm (Redis) could not be
    reached: at the preview (``step="preview"``: the file could not be kept, so nothing can be
    previewed) or at the confirm (``"confirm"``: the kept file could not be read or claimed).
    Nothing was imported either way. ``str()`` is the desk's message: what failed, that nothing
    was imported, and what to do; ``error`` is the cache's own error (also in the log line)."""

    def __init__(self, error: BaseException, *, step: str):
        self.error = error
        self.step = step
        if step == "preview":
            message = (
                f"这份表格没能暂存，所以没有预览，也没有导入任何内容：网站的缓存服务（Redis）"
                f"连不上（{error}）。请稍后重新选择文件预览；一直这样请告诉管理员检查 Redis"
                "（REDIS_URL）。"
            )
        else:
            message = (
                f"暂存的表格现在读不到，这一次没有导入任何内容：网站的缓存服务（Redis）连不上"
                f"（{error}）。请稍后回到预览页再按“确认导入”（缓存恢复后，一天内的预览仍然有效）；"
                "一直这样请告诉管理员检查 Redis（REDIS_URL）。"
            )
        super().__init__(message)


def _cache_call(step: str, call, *args):
    """``call(*args)`` on the cache; a cache error (:data:`articles.cachehealth.CACHE_ERRORS`)
    is logged as one warning line and raised as :class:`UploadNotKept` for ``step``."""
    try:
        return call(*args)
    except CACHE_ERRORS as error:
        logger.warning(
            "表格导入的暂存文件：缓存服务连不上（%s），这一步（%s）没有完成", error, step
        )
        raise UploadNotKept(error, step=step) from error


class KeptUpload(BaseStorage):
    """The uploaded spreadsheet between preview and confirm, kept in the site's cache (Redis
    across hosts, the one host's disk cache otherwise; django-import-export's default, a file in
    the web server's ``/tmp``, is missing when the confirm reaches another host and was left
    behind by every preview never confirmed) for :data:`LIFETIME` seconds, under a random name.
    The cache's expiry is the clean-up: a preview never confirmed leaves nothing behind.

    While the cache cannot be reached (Redis down) the desk says so in Chinese and imports
    nothing (:class:`UploadNotKept`): the preview shows the message on its form, the confirm on
    the import page; never a server error. Why the cache and not a file (django-import-export's
    ``MediaStorage``): the confirm's once-only claim needs an atomic ``add`` that every host
    sees, and an upload in the media storage would need its own clean-up of abandoned
    previews; a cache outage costs only a retry of the spreadsheet's import, said as such.

    Text formats are read back as UTF-8 or GB18030 (:func:`decode_table_text`). An upload is
    imported once: the confirm claims it first (:meth:`claim`, ``cache.add``, atomic on every
    backend), so a second confirm, at once or later, raises :class:`UploadGone`
    (``imported=True``) instead of importing the rows again; an upload expired or unknown raises
    it with ``imported=False``. :meth:`release` gives the claim back when the import stopped
    before it finished."""

    LIFETIME = 24 * 3600  # seconds: a preview left over lunch or overnight can still be confirmed
    PREFIX = "sheet-upload:"
    CLAIMED = "sheet-upload-claimed:"

    unkept: UploadNotKept | None = None  # the preview's save failed (read() raises it)

    def save(self, data):
        """Keep ``data``; a cache error is kept for :meth:`read` (django-import-export calls
        ``save`` outside the ``try`` that turns a read error into the form's message)."""
        if not self.name:
            self.name = uuid4().hex
        try:
            _cache_call("preview", cache.set, self.PREFIX + self.name, bytes(data), self.LIFETIME)
        except UploadNotKept as unkept:
            self.unkept = unkept

    def read(self):
        if self.unkept is not None:
            raise self.unkept
        step = "confirm"
        raw = _cache_call(step, cache.get, self.PREFIX + str(self.name))
        if raw is None:
            claimed = _cache_call(step, cache.get, self.CLAIMED + str(self.name))
            raise UploadGone(imported=claimed is not None)
        return raw if "b" in self.read_mode else decode_table_text(raw)

    def remove(self):
        """Forget the upload once imported (the claim stays: a later confirm is told why); with
        the cache down it is left to expire."""
        with contextlib.suppress(UploadNotKept):
            _cache_call("remove", cache.delete, self.PREFIX + self.name)

    @classmethod
    def claim(cls, name: str) -> None:
        """Take upload ``name`` for one confirm; raise :class:`UploadGone` when it is gone or
        another confirm took it, :class:`UploadNotKept` when the cache cannot be reached."""
        if _cache_call("confirm", cache.get, cls.PREFIX + name) is None:
            claimed = _cache_call("confirm", cache.get, cls.CLAIMED + name)
            raise UploadGone(imported=claimed is not None)
        if not _cache_call("confirm", cache.add, cls.CLAIMED + name, True, cls.LIFETIME):
            raise UploadGone(imported=True)

    @classmethod
    def release(cls, name: str) -> None:
        """Let upload ``name`` be confirmed again (its import stopped before it finished); with
        the cache down the claim cannot be given back and lapses with the upload."""
        with contextlib.suppress(UploadNotKept):
            _cache_call("release", cache.delete, cls.CLAIMED + name)
