"""File formats and the upload kept between preview and confirm: CSV as Excel wants it (UTF-8
with a BOM), read back as UTF-8 or GB18030 (what Excel on Chinese Windows saves)."""

from __future__ import annotations

from django.utils import timezone
from django.utils.http import content_disposition_header
from import_export.formats import base_formats
from import_export.tmp_storages import TempFolderStorage


class ExcelCSV(base_formats.CSV):
    """CSV that Excel opens with the Chinese intact: UTF-8 with a byte-order mark."""

    def export_data(self, dataset, **kwargs):
        return "\ufeff" + super().export_data(dataset, **kwargs)

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes):
            in_stream = decode_table_text(in_stream)
        return super().create_dataset(in_stream.lstrip("\ufeff"), **kwargs)


class NamedSheetXLSX(base_formats.XLSX):
    """XLSX whose sheet is named for what it holds (``稿件``), not tablib's ``Tablib Dataset``."""

    def export_data(self, dataset, **kwargs):
        if not dataset.title:
            dataset.title = "导出"
        return super().export_data(dataset, **kwargs)


FORMATS = [ExcelCSV, NamedSheetXLSX, base_formats.JSON]


def export_filename(model, file_format) -> str:
    """An export's file name in the desk's words: ``稿件-2026-11-30.csv`` (today, local time)."""
    day = timezone.localdate().isoformat()
    return f"{model._meta.verbose_name_plural}-{day}.{file_format.get_extension()}"


def attachment(response, filename: str):
    """Give ``response`` a Content-Disposition that carries a Chinese ``filename`` intact
    (``filename*=utf-8''…``, RFC 6266, with an ASCII fallback for old clients)."""
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def decode_table_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030; a clear error otherwise."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"无法读取这个文件：第 {exc.start + 1} 个字节既不是 UTF-8 也不是 GB18030 编码；"
            "请在 Excel 里“另存为” CSV UTF-8 或 Excel 工作簿（.xlsx）后再导入。"
        ) from None


class TolerantTempStorage(TempFolderStorage):
    """The uploaded spreadsheet between preview and confirm; text read as UTF-8 or GB18030."""

    def read(self):
        if "b" in self.read_mode:
            return super().read()
        with open(self.get_full_path(), "rb") as file:
            return decode_table_text(file.read())
