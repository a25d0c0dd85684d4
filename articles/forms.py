"""Forms of the editors' desk: the body editor, page upload with preview, jump fixes, publishing.

The admin views stay thin: each form checks its input, says in Chinese what is wrong and how to
fix it, and calls the service that does the work (``articles.importing``,
``articles.continuations``, ``articles.publishing``).
"""

from __future__ import annotations

import hashlib
from datetime import date

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from import_export.forms import SelectableFieldsExportForm

from articles.continuations import JumpError, jump_link_manually, jump_reset, jump_unlink, page_find
from articles.importing.sources import (
    FileNameError,
    derived_slug,
    file_name_parts,
    paper_name_problem,
    paper_slug_problem,
)
from articles.importing.upload import UploadItem
from articles.labels import LabelError, normalize_label
from articles.models import (
    Article,
    ArticlePart,
    Block,
    Byline,
    Jump,
    JumpDirection,
    Page,
    PhotoCredit,
    Publication,
    Teaser,
)

# --------------------------------------------------------------------------------------------
# The body editor: JSON blocks <-> plain text an editor can type
# --------------------------------------------------------------------------------------------

CROSSHEAD_PREFIX = "## "

BODY_HELP = (
    "段落之间空一行；以“## ”（两个井号加一个空格）开头的一行是小标题；"
    "同一段内的换行保存时会合并成一段。段落本身以“#”或“\\”开头时，前面再加一个“\\”"
    "（如“\\## 不是小标题”）。"
)
TITLE_LINES_HELP = "每行一个标题行，按印刷顺序（引题、主题、副题）。"


def _join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as one: Chinese joins directly, Latin words keep a space."""
    text = ""
    for line in lines:
        if text and text[-1].isascii() and text[-1].isalnum() and line[0].isascii():
            text += " "
        text += line
    return text


def blocks_from_text(text: str) -> list[dict]:
    """The editor's text as body blocks (see :data:`BODY_HELP`)."""
    blocks: list[dict] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            blocks.append({"kind": Block.PARAGRAPH, "text": _join_lines(pending)})
            pending.clear()

    for raw in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
        elif line == "##" or line.startswith(CROSSHEAD_PREFIX):
            flush()
            heading = line[2:].strip()
            if heading:
                blocks.append({"kind": Block.CROSSHEAD, "text": heading})
        elif line[:1] == "\\" and line[1:2] in ("#", "\\"):
            pending.append(line[1:])  # an escaped "#" or "\\" at the start of a paragraph
        else:
            pending.append(line)
    flush()
    return blocks


def text_from_blocks(blocks: list[dict]) -> str:
    """Body blocks as the editor's text; ``blocks_from_text(text_from_blocks(b)) == b``."""
    chunks = []
    for block in blocks or []:
        text = block.get("text", "")
        if block.get("kind") == Block.CROSSHEAD:
            chunks.append(CROSSHEAD_PREFIX + text)
        elif text[:1] in ("#", "\\"):
            chunks.append("\\" + text)
        else:
            chunks.append(text)
    return "\n\n".join(chunks)


class BlocksField(forms.Field):
    """``ArticlePart.blocks`` edited as text: blank lines between paragraphs, ``## `` crossheads."""

    widget = forms.Textarea(attrs={"rows": 18, "cols": 100, "class": "vLargeTextField"})

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", BODY_HELP)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, list):
            return text_from_blocks(value)
        return value or ""

    def to_python(self, value):
        if isinstance(value, list):
            return value
        return blocks_from_text(value)

    def has_changed(self, initial, data):
        return (initial or []) != self.to_python(data)


class TitleLinesField(forms.Field):
    """``title_lines`` edited one per line."""

    widget = forms.Textarea(attrs={"rows": 4, "cols": 100})

    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", TITLE_LINES_HELP)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return "\n".join(value)
        return value or ""

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        return [line.strip() for line in (value or "").splitlines() if line.strip()]

    def has_changed(self, initial, data):
        return list(initial or []) != self.to_python(data)


def article_version(article_pk: int) -> str:
    """A fingerprint of a story as stored (its fields' save time and every part's text)."""
    updated = Article.objects.filter(pk=article_pk).values_list("updated_at", flat=True).first()
    parts = ArticlePart.objects.filter(article_id=article_pk).order_by("pk")
    body = [
        (pk, title_lines, blocks)
        for pk, title_lines, blocks in parts.values_list("pk", "title_lines", "blocks")
    ]
    return hashlib.sha256(repr((str(updated), body)).encode()).hexdigest()[:20]


STALE_FORM_MESSAGE = (
    "这篇稿件在您打开之后已被修改（重新导入或其他编辑保存了它），为免覆盖那次修改，"
    "本次没有保存。请先复制您的改动，点“打开最新内容”看最新内容后再改。"
)
UNVERSIONED_FORM_MESSAGE = (
    "这个表单缺少打开时的版本信息，无法确认稿件在此期间没有被修改，为免覆盖别人的修改，"
    "本次没有保存。请先复制您的改动，点“打开最新内容”重新打开后再改。"
)


class LostUpdateGuard(forms.ModelForm):
    """A story's forms refuse to save over a change made after they were opened.

    The form carries the story's :func:`article_version` from when it was rendered, as the
    hidden field ``loaded_version`` (which the admin's fieldsets must list, or the browser never
    sends it); on save the stored version must still match. A changed story (a re-import,
    another editor) or a form without the field is refused with a message, and ``is_stale``
    tells the template to offer the fresh form. Subclasses say which story via
    :meth:`story_pk`.
    """

    loaded_version = forms.CharField(widget=forms.HiddenInput, required=False)
    is_stale = False

    def story_pk(self) -> int | None:
        raise NotImplementedError

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["loaded_version"] = article_version(self.story_pk())

    def clean(self):
        data = super().clean()
        if not self.instance.pk:
            return data
        loaded = data.get("loaded_version")
        if loaded != article_version(self.story_pk()):
            self.is_stale = True
            raise ValidationError(STALE_FORM_MESSAGE if loaded else UNVERSIONED_FORM_MESSAGE)
        return data


class ArticleDeskForm(LostUpdateGuard):
    """The story form (fields from the admin's fieldsets), guarded against lost updates."""

    def story_pk(self) -> int | None:
        return self.instance.pk


class ArticlePartForm(forms.ModelForm):
    title_lines = TitleLinesField(label="标题行")
    blocks = BlocksField(label="正文")

    class Meta:
        model = ArticlePart
        fields = ["title_lines", "blocks"]


class ArticlePartDeskForm(LostUpdateGuard, ArticlePartForm):
    """One printed part edited on its own page: guarded by its story's version (inside the
    story form the parts ride on the story's guard)."""

    class Meta(ArticlePartForm.Meta):
        fields = ["title_lines", "blocks", "loaded_version"]

    def story_pk(self) -> int | None:
        return self.instance.article_id


class BylineForm(forms.ModelForm):
    class Meta:
        model = Byline
        fields = ["person", "order"]
        labels = {"person": "记者", "order": "顺序"}


class PhotoCreditForm(forms.ModelForm):
    class Meta:
        model = PhotoCredit
        fields = ["person", "order"]
        labels = {"person": "摄影", "order": "顺序"}


class TeaserForm(forms.ModelForm):
    title_lines = TitleLinesField(label="标题行", help_text="每行一个标题行。")

    class Meta:
        model = Teaser
        fields = [
            "page",
            "position",
            "title_lines",
            "target_label",
            "target_section",
            "marker",
            "target_article",
        ]


# --------------------------------------------------------------------------------------------
# Page upload: files (or pasted text) -> preview (nothing written) -> confirm
# --------------------------------------------------------------------------------------------


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.text,text/plain"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data if d]
        return [single(data, initial)] if data else []


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
        help_text="可一次选多个纯文本文件（UTF-8 或 GB18030）。文件名是版次，如 A1.txt、"
        "第二版.txt；文件名也可带日期，如 2020-07-09_A1.txt。",
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
        help_text="报名或 URL 标识，如“南通日报”或 nantong-daily；没有的报纸会新建。",
        widget=forms.TextInput(attrs={"list": "known-papers", "autocomplete": "off"}),
    )
    paper_slug = forms.SlugField(
        label="新报纸的 URL 标识",
        required=False,
        max_length=Publication._meta.get_field("slug").max_length,
        help_text="只在新建报纸时需要，如 nantong-daily（小写字母、数字和连字符）。",
    )
    issue_date = forms.DateField(
        label="出版日期",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日"],
        error_messages={"invalid": "出版日期格式不对：请写成 年-月-日，如 2020-07-09。"},
        help_text="文件名不带日期时必填，格式 2020-07-09。填写后对所有文件生效。",
    )
    page = forms.CharField(
        label="版次",
        required=False,
        max_length=20,
        help_text="只用于粘贴的文本或单个文件名不是版次的文件，如 A1、2、第二版。",
    )
    overwrite_edited = forms.BooleanField(
        label="覆盖人工修改",
        required=False,
        help_text="勾选后，编辑改过的稿件也用版面文本替换；不勾选则保留并列为冲突。",
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
        files = data.get("files") or []
        text = (data.get("text") or "").strip()
        if not files and not text:
            raise ValidationError("请选择至少一个版面文件，或粘贴一个版面的文本。")
        page = self._page(data, sources=len(files) + (1 if text else 0))
        if self.has_error("page"):
            return data
        paper_name, paper_slug = self._paper(data)
        if not self._paper_fits(paper_name, paper_slug):
            return data
        self._check_upload_size(files, text)
        paper = (paper_name, paper_slug)
        items, errors = self._file_items(files, paper, page, data.get("issue_date"))
        if text:
            item, problem = self._text_item(text, paper, page, data.get("issue_date"))
            errors.extend([problem] if problem else [])
            items.extend([item] if item else [])
        errors.extend(_same_page_twice(items))
        if errors:
            raise ValidationError(errors)
        data["items"] = items
        return data

    def _page(self, data, *, sources: int) -> str | None:
        """The page label given on the form, if any; a "page" error when it is no label, or
        one label for several files."""
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
        if sources > 1:
            self.add_error(
                "page",
                f"“版次”只能用于一个文件或一段粘贴的文本，现在有 {sources} 个；"
                "请清空“版次”，并把文件按版次命名（A1.txt、A2.txt），或分几次导入。",
            )
            return None
        return page

    @staticmethod
    def _check_upload_size(files, text: str) -> None:
        if len(files) > MAX_UPLOAD_FILES:
            raise ValidationError(
                f"一次最多上传 {MAX_UPLOAD_FILES} 个文件，现在有 {len(files)} 个；请分几次上传。"
            )
        total = sum(upload.size for upload in files) + len(text.encode("utf-8"))
        total_limit = settings.NEWSROOM_MAX_UPLOAD_BYTES
        if total > total_limit:
            raise ValidationError(
                f"这次上传共 {total:,} 字节，超过一次上传的上限 {total_limit:,} 字节"
                "（预览要在请求时限内完成）；请分几次上传，每次少选几个版面。"
            )

    def _file_items(
        self, files, paper: tuple[str, str], page: str | None, form_date: date | None
    ) -> tuple[list[UploadItem], list[str]]:
        items: list[UploadItem] = []
        errors: list[str] = []
        for upload in files:
            raw, problem = _upload_bytes(upload)
            if problem is None:
                label, when, problem = self._name_parts(upload.name, page, form_date)
            if problem:
                errors.append(problem)
                continue
            items.append(UploadItem(upload.name, raw, *paper, when, label))
        return items, errors

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
        except FileNameError as exc:
            return "", None, _FILE_NAME_PROBLEMS[exc.reason](name, exc.found)
        return label, when, None


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
    FileNameError.NO_LABEL: lambda name, found: (
        f"{name}：无法从文件名看出是哪一版；请把文件改名为版次（如 A1.txt、第二版.txt），"
        "或只选这一个文件并在“版次”里填写。"
    ),
}


def _upload_bytes(upload) -> tuple[bytes, str | None]:
    """An uploaded page file's bytes (read, not decoded: the importer decodes each page once),
    or what is wrong with it."""
    limit = settings.NEWSROOM_MAX_PAGE_BYTES
    suffix = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if suffix not in ("txt", "text", ""):
        return b"", (
            f"{upload.name}：只接受纯文本的版面文件（.txt），请把版面导出为 UTF-8 或 GB18030 文本。"
        )
    if upload.size > limit:
        return b"", (
            f"{upload.name}：文件有 {upload.size:,} 字节，超过上限 {limit:,} 字节；"
            "一个版面的文本远小于此，请确认选的是单个版面的文本文件。"
        )
    try:
        return upload.read(), None
    except OSError as exc:
        return b"", f"{upload.name}：无法读取（{exc}），请重新选择该文件。"


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


# --------------------------------------------------------------------------------------------
# Jumps: pick a candidate, unlink, or hand back to the resolver
# --------------------------------------------------------------------------------------------


class PartChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, part: ArticlePart) -> str:
        lead = next((b["text"] for b in part.blocks if b.get("kind") == Block.PARAGRAPH), "")
        title = " ".join(part.title_lines) or part.article.title or "（无标题）"
        return f"{part.page.label}版 第{part.position}篇 “{title}” —— {lead[:60]}"


class JumpFixForm(forms.Form):
    """An editor's decision on one continuation marker."""

    LINK, UNLINK, RESET = "link", "unlink", "reset"
    ACTIONS = [
        (LINK, "接续到所选分段"),
        (UNLINK, "断开：这里没有接续"),
        (RESET, "交还自动匹配"),
    ]

    action = forms.ChoiceField(choices=ACTIONS, widget=forms.HiddenInput)
    part = PartChoiceField(
        queryset=ArticlePart.objects.none(),
        required=False,
        widget=forms.RadioSelect,
        label="接续分段",
        empty_label=None,
    )

    def __init__(self, *args, jump: Jump, **kwargs):
        super().__init__(*args, **kwargs)
        self.jump = jump
        self.fields["part"].queryset = self.choice_queryset(jump)

    @staticmethod
    def choice_queryset(jump: Jump):
        """Forward jump: the parts on the target page (candidates first). Backward jump: the
        story parts on the page it says it continues, whose forward markers point here."""
        pages = {p.label: p for p in Page.objects.filter(issue_id=jump.part.page.issue_id)}
        target = page_find(pages, jump.target_label)
        parts = (
            ArticlePart.objects.select_related("page", "article")
            .filter(page=target)
            .exclude(article_id=jump.part.article_id)
            .order_by("position")
        )
        if jump.direction == JumpDirection.FORWARD:
            return parts
        return parts.filter(jumps__direction=JumpDirection.FORWARD)

    def clean(self):
        data = super().clean()
        if data.get("action") == self.LINK and not data.get("part"):
            raise ValidationError("请先在列表里选中一段接续，再点“接续到所选分段”。")
        return data

    @transaction.atomic
    def save(self) -> str:
        """Apply the decision; returns a message for the editor. Raises ValidationError."""
        action, part, jump = self.cleaned_data["action"], self.cleaned_data.get("part"), self.jump
        try:
            if action == self.LINK and jump.direction == JumpDirection.FORWARD:
                jump_link_manually(jump=jump, part=part)
                return f"已接续：{jump.part.page.label}版“{jump.part.article.title}”下接 {part.page.label}版 第{part.position}篇。"
            if (
                action == self.LINK
            ):  # a backward marker: link the forward marker of the chosen story
                forward = part.jumps.get(direction=JumpDirection.FORWARD)
                jump_link_manually(jump=forward, part=jump.part)
                return f"已接续：{part.page.label}版“{part.article.title}”下接 {jump.part.page.label}版 第{jump.part.position}篇。"
            if action == self.UNLINK:
                jump_unlink(jump=jump)
                return f"已断开：{jump.part.page.label}版 第{jump.part.position}篇的{jump.marker}不再接续，自动匹配也不会再改动它。"
            jump_reset(jump=jump)
            jump.refresh_from_db()
            return f"已交还自动匹配，当前状态：{jump.get_state_display()}。"
        except JumpError as exc:
            raise ValidationError(f"无法处理这个转版：{exc}") from None


# --------------------------------------------------------------------------------------------
# Publishing and re-parsing
# --------------------------------------------------------------------------------------------


class IssuePublishForm(forms.Form):
    acknowledge_broken = forms.BooleanField(
        label="已知悉未接好的转版，仍然发布",
        required=False,
        help_text="读者会看到停在“（下转…）”处的稿件。最好先把上面列出的转版处理好。",
    )


class PageReparseForm(forms.Form):
    overwrite_edited = forms.BooleanField(
        label="覆盖人工修改",
        required=False,
        help_text="不勾选时，编辑改过的稿件保持原样，并列为冲突（与导入规则相同）。",
    )


class ColumnExportForm(SelectableFieldsExportForm):
    """The spreadsheet export form, its column checkboxes labelled with the Chinese headers."""

    def _get_field_label(self, resource, field_name: str) -> str:
        field = resource.fields.get(field_name)
        return str(field.column_name) if field else field_name
