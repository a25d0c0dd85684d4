"""The desk's page upload form: page files (or pasted text), with the paper, date and page their
names do not give.

It checks what the editor gave, says in Chinese what is wrong and how to fix it, and hands the
pages to the import service as :class:`~articles.importing.uploaditems.UploadItem` objects (bytes as
uploaded: the importer decodes each page once). Which page and date a file's name gives is the
importer's rule (:func:`articles.importing.sources.file_name_parts`), never repeated here.

A page's PDF (``A1.pdf``) goes with the ``A1.txt`` of the same date and page, or stands alone:
its text is then read from the PDF's text layer here
(:func:`articles.importing.pdfsources.pdf_text_sizes`, the command's rule), with the type sizes
of its headline lines (the parser reads a deck by them: a smaller line over the headline is its
引题), so the preview shows what the parser makes of it. Each PDF is opened and checked against the
``NEWSROOM_PDF_*`` limits before the preview; text counts against ``NEWSROOM_MAX_UPLOAD_BYTES``
(the preview parses it in the request), PDFs against ``NEWSROOM_MAX_UPLOAD_PDF_BYTES``.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator

from articles.forms.uploadfiles import (
    is_pdf,
    pdf_item,
    text_content_problem,
    unreadable_texts,
    upload_bytes,
)
from articles.importing import labelmix
from articles.importing.filenames import GARBLED_NAME, garbled_message, name_label_may_be
from articles.importing.papers import new_paper
from articles.importing.sources import (
    FileNameError,
    derived_slug,
    file_name_parts,
    name_date,
    paper_name_problem,
    paper_slug_problem,
)
from articles.importing.stamps import DATE_WRONG_BOX, LABEL_WRONG_BOX, SAID_WRONG
from articles.importing.uploaditems import UploadItem
from articles.labels import LabelError, normalize_label
from articles.models import Publication


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files; an empty one is let through (``allow_empty_file``): the form names it
    among the upload's other bad files (:func:`~articles.forms.uploadfiles.upload_bytes`)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget",
            MultipleFileInput(attrs={"accept": ".txt,.text,.pdf,text/plain,application/pdf"}),
        )
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = [d for d in data if d] if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(upload, initial) for upload in files]


# At most this many page files in one upload (a whole edition is 8–32 pages).
MAX_UPLOAD_FILES = 100


def _issue_date_problem(when: date) -> str | None:
    """What is wrong with an issue date given on the upload form (outside
    :func:`articles.dates.issue_date_range`, the importer's rule), or None."""
    from articles.dates import is_issue_date, issue_date_range

    if is_issue_date(when):
        return None
    earliest, latest = issue_date_range()
    return f"出版日期 {when.isoformat()} 不在 {earliest.isoformat()} 至 {latest.isoformat()} 之间"


class PageUploadForm(forms.Form):
    """Page files or pasted text, with the paper, date and page the file names do not give."""

    files = MultipleFileField(
        label="版面文件",
        required=False,
        help_text="可一次选多个纯文本文件和版面 PDF。文本的编码自动识别（UTF-8、GB18030/GBK、Big5、UTF-16），"
        "预览里写明按哪种编码读入。文件名是版次，如 A1.txt、"
        "第二版.txt；文件名也可带日期，如 2020-07-09_A1.txt。A1.pdf 与 A1.txt 一起上传时，"
        "文字取自 .txt，PDF 提供版面图和热区；只有 A1.pdf 时，文字取自 PDF 的文字层。",
    )
    text = forms.CharField(
        label="或粘贴版面文本",
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "cols": 100}),
        help_text="粘贴一个版面的全文时，请在下面填写版次。",
    )
    paper = forms.CharField(
        label="报纸",
        max_length=Publication._meta.get_field("name").max_length,
        error_messages={
            "required": "请填写报纸：报名或 URL 标识，如“南通日报”或 nantong-daily。",
            "max_length": "报名最多 %(limit_value)d 个字，现在有 %(show_value)d 个；请用报纸的正式名称。",
        },
        help_text="报名或 URL 标识，如“南通日报”或 nantong-daily；没有的报纸会新建"
        "（预览时会提醒，并给出最接近的已有报纸）。",
        widget=forms.TextInput(attrs={"list": "known-papers", "autocomplete": "off"}),
    )
    paper_slug = forms.CharField(
        label="新报纸的 URL 标识",
        required=False,
        max_length=Publication._meta.get_field("slug").max_length,
        validators=[
            RegexValidator(
                r"\A[a-z0-9-]+\Z",
                "“%(value)s”不能做 URL 标识：它是报纸的网址名（出现在读者看到的网址里），"
                "只能用小写英文字母 a–z、数字和连字符（-），不能有汉字、大写字母、空格或其他符号；"
                "请改写，如 nantong-daily。",
            )
        ],
        help_text="只在新建报纸时需要，如 nantong-daily（小写字母、数字和连字符）。",
    )
    issue_date = forms.DateField(
        label="出版日期",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日"],
        error_messages={
            "invalid": "出版日期不对：不是真实存在的日期（如 2 月 30 日），或格式不对；"
            "请写成 年-月-日，如 2020-07-09。"
        },
        help_text="文件名不带日期时必填，格式 2020-07-09。填写后对所有文件生效。",
    )
    printed_date_wrong = forms.BooleanField(
        label=DATE_WRONG_BOX,
        required=False,
        help_text="版面上印的日期印错了或识别错了（版面文本不能改：它照原样保存）时勾选，并在上面填写"
        "正确的“出版日期”：版面按填写的日期导入，本版记下一条“版面印的日期与出版日期不符”的提醒。",
    )
    page = forms.CharField(
        label="版次",
        required=False,
        max_length=20,
        help_text="只用于粘贴的文本或单个文件名不是版次的文件，如 A1、2、第二版。",
    )
    printed_label_wrong = forms.BooleanField(
        label=LABEL_WRONG_BOX,
        required=False,
        help_text="版面上印的版次印错了或识别错了（如印着“第8版”，其实是第 3 版）时勾选：版面按文件名"
        "或上面“版次”里的版次导入，版面文本照原样保存，本版记下一条“版面印的版次与导入的版次不符”的提醒。",
    )
    overwrite_edited = forms.BooleanField(
        label="覆盖人工修改",
        required=False,
        help_text="勾选后，编辑改过的稿件也用版面文本替换；不勾选则保留并列为冲突。"
        "它不删去已发布的稿件（见下一项）。",
    )
    remove_published = forms.BooleanField(
        label="删去版面文本里已没有的已发布稿件",
        required=False,
        help_text="重发的版面少了一篇已经发布的稿件（或一张读者看得到的图片、一条导读）时：勾选则删去它（读者再打不开它的地址，"
        "或只看到它在别版的部分）；不勾选则保留，读者照常能读，预览会列出它。"
        "只想不让读者看到，不必删去：在“稿件”列表里撤回它。编辑改过的稿件仍要勾选“覆盖人工修改”才会删去。",
    )

    def known_papers(self):
        return Publication.objects.order_by("name")

    def clean_paper(self) -> str:
        return self.cleaned_data["paper"].strip()

    def clean_issue_date(self) -> date | None:
        when = self.cleaned_data["issue_date"]
        if when is not None and (problem := _issue_date_problem(when)):
            raise ValidationError(f"{problem}；请检查“出版日期”。")
        return when

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if data.get("printed_date_wrong") and not data.get("issue_date"):
            self.add_error(
                "printed_date_wrong",
                f"勾选“{DATE_WRONG_BOX}”时，请在“出版日期”里填写这一版正确的出版日期"
                "（版面按它导入）；或不勾选，按版面上印的日期导入。",
            )
            return data
        files = data.get("files") or []
        text = (data.get("text") or "").strip()
        if not files and not text:
            raise ValidationError("请选择至少一个版面文件，或粘贴一个版面的文本。")
        pdfs = sum(is_pdf(upload.name) for upload in files)
        page = self._page(data, texts=len(files) - pdfs + (1 if text else 0), pdfs=pdfs)
        if self.has_error("page"):
            return data
        paper_name, paper_slug = self._paper(data)
        if not self._paper_fits(paper_name, paper_slug):
            return data
        too_big, files = self._check_upload_size(files, text)
        paper = (paper_name, paper_slug)
        items, errors = [], too_big
        if text:  # first: a PDF given with it (and a 版次) goes with it
            item, problem = self._text_item(text, paper, page, data.get("issue_date"))
            errors.extend([problem] if problem else [])
            items.extend([item] if item else [])
        more, problems, failed = self._file_items(files, paper, page, data.get("issue_date"), items)
        items, errors = more, errors + problems
        errors.extend(_same_page_twice(items))
        if page is None:  # every page's label is its file name's: 01.txt beside A1 is refused
            errors.extend(labelmix.upload_problems(items))
        if errors or not items:  # every bad file at once: those that stop it and the others
            raise ValidationError(errors + failed + unreadable_texts(items))
        data["items"] = _print_said_wrong(items, data)  # (a date's 出版日期 checked above)
        data["failed"] = failed  # files left out (each: what is wrong); the others preview
        data["new_paper"] = new_paper(*paper)  # None: an existing paper
        return data

    def _page(self, data, *, texts: int, pdfs: int) -> str | None:
        """The page label given on the form, if any; a "page" error when it is no label, or
        one label for several pages. One page is one text (a file, or pasted) and its PDF, or
        either alone (as ``import_pages --page`` takes them): ``texts`` and ``pdfs`` count
        what was given."""
        if not data.get("page"):
            return None
        try:
            page = normalize_label(data["page"])
        except LabelError:
            self.add_error(
                "page",
                f"“{data['page']}”不是版次：请写数字（4、04、第四版）或字母加数字（A4、B12）。",
            )
            return None
        if texts > 1 or pdfs > 1:
            self.add_error(
                "page",
                "“版次”只能用于一个文件或一段粘贴的文本（可再加上这一版的 PDF），现在有 "
                f"{texts} 个文本、{pdfs} 个 PDF；"
                "请清空“版次”，并把文件按版次命名（A1.txt、A2.txt），或分几次导入。",
            )
            return None
        return page

    @staticmethod
    def _check_upload_size(files, text: str) -> tuple[list[str], list]:
        """What is wrong with each file too large to be a page (it stops the upload, named with
        the upload's other bad files) and the files that are not; raises when there are too many
        files, or the others together are over a whole upload's limit."""
        if len(files) > MAX_UPLOAD_FILES:
            raise ValidationError(
                f"一次最多上传 {MAX_UPLOAD_FILES} 个文件，现在有 {len(files)} 个；请分几次上传。"
            )
        total_limit = settings.NEWSROOM_MAX_UPLOAD_BYTES
        pdf_limit = settings.NEWSROOM_MAX_UPLOAD_PDF_BYTES
        page_limit = min(total_limit, settings.NEWSROOM_MAX_PAGE_BYTES)
        too_big, kept = [], []
        for upload in files:  # one file too big: say so, not "upload fewer pages"
            if not is_pdf(upload.name) and upload.size > page_limit:
                size, limit = _sizes(upload.size, page_limit)
                too_big.append(
                    f"文件“{upload.name}”有 {size}，超过一个版面文本的上限 "
                    f"{limit}：它多半不是版面的文本（一个版面的文本只有几十 KB，"
                    f"一整期的全部版面也不到 {_mb(total_limit)}）。请检查选的文件，导出版面的"
                    f"纯文本（.txt）再上传；版面 PDF 另有上限（每次共 {_mb(pdf_limit)}）。"
                )
            elif is_pdf(upload.name) and upload.size > pdf_limit:
                size, limit = _sizes(upload.size, pdf_limit)
                too_big.append(
                    f"PDF 文件“{upload.name}”有 {size}，超过一次上传 PDF 的上限 "
                    f"{limit}：一个版面的 PDF 通常只有 1–5 MB；请检查选的文件，"
                    "从排版系统导出单个版面的 PDF 再上传。"
                )
            else:
                kept.append(upload)
        pdfs = sum(upload.size for upload in kept if is_pdf(upload.name))
        total = sum(upload.size for upload in kept) - pdfs + len(text.encode("utf-8"))
        if total > total_limit:
            raise ValidationError(
                [
                    *too_big,
                    f"这次上传共 {total:,} 字节，超过一次上传的上限 {total_limit:,} 字节"
                    "（预览要在请求时限内完成）；请分几次上传，每次少选几个版面。",
                ]
            )
        if pdfs > pdf_limit:
            raise ValidationError(
                [
                    *too_big,
                    f"这次上传的 PDF 共 {pdfs:,} 字节，超过一次上传 PDF 的上限 {pdf_limit:,} 字节；"
                    "请分几次上传，每次少选几个版面。",
                ]
            )
        return too_big, kept

    def _file_items(
        self,
        files,
        paper: tuple[str, str],
        page: str | None,
        form_date: date | None,
        given: list[UploadItem],
    ) -> tuple[list[UploadItem], list[str], list[str]]:
        """``given`` (the pasted text's item, if any) and the files' items, a PDF given to the
        text of its page; what stops the upload (a file whose name places no page, or
        contradicts the form: as a bad file name stops ``import_pages`` before it writes); and
        the files left out, each with what is wrong with its content (empty, not a page file,
        a PDF that is none: :mod:`articles.forms.uploadfiles`), as the command goes on past a
        bad file."""
        items: list[UploadItem] = list(given)
        pdfs: list[tuple[str, bytes, date, str]] = []
        errors: list[str] = []
        failed: list[str] = []
        for upload in files:
            raw, problem = upload_bytes(upload)
            if problem:
                failed.append(problem)
                continue
            label, when, problem = self._name_parts(upload.name, page, form_date)
            if problem:  # its content too, when that is no page text either
                errors.append(problem + text_content_problem(upload.name, raw))
            elif is_pdf(upload.name):
                pdfs.append((upload.name, raw, when, label))
            else:
                items.append(UploadItem(upload.name, raw, *paper, when, label))
        for name, raw, when, label in pdfs:
            item, problem = pdf_item(name, raw, items, paper, when, label)
            failed.extend([problem] if problem else [])
            items.extend([item] if item else [])
        return items, errors, failed

    @staticmethod
    def _text_item(
        text: str, paper: tuple[str, str], page: str | None, form_date: date | None
    ) -> tuple[UploadItem | None, str | None]:
        if page is None:
            return None, "粘贴的文本：请在“版次”里填写它是哪一版，如 A1。"
        if form_date is None:
            return None, "粘贴的文本：请填写“出版日期”，格式 2020-07-09。"
        return UploadItem("粘贴的文本", text.encode("utf-8"), *paper, form_date, page), None

    def _paper(self, data) -> tuple[str, str]:
        given = data["paper"]
        existing = (
            Publication.objects.filter(name=given).first()
            or Publication.objects.filter(slug=given).first()
        )
        if existing:
            return existing.name, existing.slug
        return given, data.get("paper_slug") or ""

    def _paper_fits(self, name: str, slug: str) -> bool:
        """Whether a paper not there yet can be made from the form: the importer's rules for its
        name and its slug (given, or the one the importer would make), each on its own field."""
        if Publication.objects.filter(name=name, slug=slug).exists():
            return True
        if problem := paper_name_problem(name):
            self.add_error("paper", f"{problem}。")
            return False
        if problem := paper_slug_problem(slug or derived_slug(name)):
            self.add_error("paper_slug", f"{problem}。")
            return False
        return True

    @staticmethod
    def _name_parts(
        name: str, page: str | None, form_date: date | None
    ) -> tuple[str, date | None, str | None]:
        """The page and date a file's name gives (the importer's resolver,
        :func:`articles.importing.sources.file_name_parts`), or what is wrong, in Chinese."""
        try:
            label, when = file_name_parts(name, issue_date=form_date, label=page)
            named, _ = file_name_parts(name, issue_date=when)
        except FileNameError as exc:
            if exc.reason not in (FileNameError.NO_LABEL, GARBLED_NAME) or not page:
                return "", None, _FILE_NAME_PROBLEMS[exc.reason](name, exc.found)
            return label, when, None  # the name gives no label: the form's is the page's
        if page and not name_label_may_be(named, label):  # (the shell's rule: filenames)
            return (
                "",
                None,
                (
                    f"{name}：文件名是 {named} 版，“版次”却填的是 {label}；"
                    "若文件名没错，请清空“版次”，否则请给文件改名。"
                ),
            )
        if form_date and (named_date := _name_date_or_none(name)) and named_date != form_date:
            return (
                "",
                None,
                (
                    f"{name}：文件名里的日期是 {named_date:%Y-%m-%d}，"
                    f"“出版日期”却填的是 {form_date:%Y-%m-%d}；同一版只能有一个出版日期："
                    "若文件名没错，请清空“出版日期”，否则请给文件改名。"
                ),
            )
        return label, when, None


def _print_said_wrong(items: list[UploadItem], data: dict) -> list[UploadItem]:
    """``items`` with the form's ticks that the print is wrong (:data:`DATE_WRONG_BOX`,
    :data:`LABEL_WRONG_BOX`: the fields :data:`~articles.importing.stamps.SAID_WRONG`) set on
    each: every page of the upload is imported under the date and label given."""
    said = {name: True for name in SAID_WRONG if data.get(name)}
    return [dataclasses.replace(item, **said) for item in items] if said else items


def _name_date_or_none(name: str) -> date | None:
    """The date a file's name holds, ``None`` when it holds none or one no issue may carry
    (then the form's 出版日期 wins, as ``import_pages``' ``--date`` does:
    :func:`articles.importing.filenames.name_date_agrees`)."""
    try:
        return name_date(name)
    except FileNameError:
        return None


_FILE_NAME_PROBLEMS = {
    FileNameError.BAD_DATE: lambda name, found: (
        f"{name}：文件名里的“{found}”不是有效日期；请改名或填写“出版日期”。"
    ),
    FileNameError.OUT_OF_RANGE: lambda name, found: (
        f"{name}：文件名里的{_issue_date_problem(found)}；请改名或填写“出版日期”。"
    ),
    FileNameError.NO_DATE: lambda name, found: (
        f"{name}：文件名里没有日期，请填写“出版日期”（如 2020-07-09），"
        "或把文件改名为“2020-07-09_A1.txt”。"
    ),
    GARBLED_NAME: lambda name, found: (
        garbled_message(name, found, given="“版次”（只选这一个文件时）").replace(": ", "：", 1)
        + "。"
    ),
    FileNameError.NO_LABEL: lambda name, found: (
        f"{name}：无法从文件名看出是哪一版；请把文件改名为版次（如 A1.txt、第二版.txt），"
        "或只选这一个文件并在“版次”里填写。" + (f"{found}。" if found else "")
    ),
}


def _sizes(size: int, limit: int) -> tuple[str, str]:
    """A size over a limit and the limit, as editors read them (:func:`_mb`), or in bytes when
    the two would read the same (``2.0 MB，超过…上限 2.0 MB`` says nothing)."""
    if _mb(size) == _mb(limit):
        return f"{size:,} 字节", f"{limit:,} 字节"
    return _mb(size), _mb(limit)


def _mb(size: int) -> str:
    """A size in bytes as editors read it: ``2.0 MB``, ``512 KB``."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def _same_page_twice(items: list[UploadItem]) -> list[str]:
    errors = []
    seen: dict[tuple, str] = {}
    for item in items:
        key = (item.issue_date, item.label)
        if key in seen:
            errors.append(
                f"{item.name} 和 {seen[key]} 都是 {item.issue_date:%Y-%m-%d} 的 {item.label} 版；"
                "同一版只能导入一个文件，请去掉其中一个。"
            )
        seen[key] = item.name
    return errors
