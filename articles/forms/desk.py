"""The desk's forms for stories and issues: the body editor and the forms of imported content
(guarded against lost updates by ``articles.forms.guards``). Jump fixes are in
:mod:`articles.forms.jumps`.

Each form checks its input, says in Chinese what is wrong and how to fix it, and calls the
service that does the work (``articles.continuations``, ``articles.publishing``,
``articles.importing``).
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from articles.forms.guards import (
    LostUpdateGuard,
    PrintedTextForm,
    RowVersionGuard,
    article_version,
    fingerprint,
    rows_version,
)
from articles.forms.jumps import (  # noqa: F401  (the jump fix form used to live here)
    JumpFixForm,
    PartChoiceField,
    jump_fix_version,
)
from articles.labels import LabelError, normalize_label
from articles.models import (
    Article,
    ArticlePart,
    Block,
    Byline,
    Issue,
    Photo,
    PhotoCredit,
    Publication,
    Status,
    Teaser,
)
from articles.namechars import byline_char_problem
from articles.people.bylinenotes import notes_typed
from articles.storynames import quoted

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
    #: Text the desk's forms compare as cleaned (``articles.forms.guards.PrintedTextForm``).
    edits_text = True

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
    edits_text = True

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


#: The story form's refusal of a 电头 longer than the column (Django's max_length parameters):
#: a dateline pasted with the lead's first sentence is the usual cause.
DATELINE_TOO_LONG = (
    "电头太长：现在有 %(show_value)d 个字，最多 %(limit_value)d 个。电头只是稿件开头的"
    "“本报讯”或“新华社北京7月8日电”这一段，后面的文字属于正文，请移到正文里。"
)


class ArticleDeskForm(LostUpdateGuard):
    """The story form (fields from the admin's fieldsets), guarded against lost updates: its
    version holds the story's 状态 too (the form sets it; a publication or withdrawal made
    meanwhile is not undone by a save) and the photos and reporters its inlines edit. A 电头
    over its column's length is refused saying what a dateline is (:data:`DATELINE_TOO_LONG`)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "dateline" in self.fields:
            self.fields["dateline"].error_messages["max_length"] = DATELINE_TOO_LONG

    def story_pk(self) -> int | None:
        return self.instance.pk

    def current_version(self) -> str:
        story, _, status = article_version(self.instance.pk, with_status=True).rpartition(":")
        inlines = rows_version(self.instance, ["pk"], ("photos", "bylines"))
        return f"{fingerprint((story, inlines))}:{status}"

    def clean_byline(self) -> str:
        """A changed 署名 holding a character no page prints (an emoji) is refused, naming it
        (:func:`articles.namechars.byline_char_problem`): the reporters follow the byline, and
        ``记者 周小满😀`` would drop 周小满. So is a 区分说明 typed after a name that none of the
        namesakes bearing it has (:mod:`articles.people.bylinenotes`: ``记者 王明（财经部）``).
        A byline stored so (imported) may stay as it is."""
        byline = self.cleaned_data.get("byline") or ""
        if byline != (self.initial.get("byline") or ""):
            problem = byline_char_problem(byline) or notes_typed(byline).refused
            if problem:
                raise forms.ValidationError(problem)
        return byline


class ArticlePartForm(PrintedTextForm):
    title_lines = TitleLinesField(label="标题行")
    blocks = BlocksField(label="正文")

    class Meta:
        model = ArticlePart
        fields = ["title_lines", "blocks"]


class ArticlePartBodyForm(PrintedTextForm):
    """A part's body inside the story form. Its printed title lines are shown there, not edited:
    the story has one headline (the form's 引题/主题/副题)."""

    blocks = BlocksField(label="正文")

    class Meta:
        model = ArticlePart
        fields = ["blocks"]


class ArticlePartDeskForm(LostUpdateGuard, ArticlePartForm):
    """One printed part edited on its own page: guarded by its story's version (inside the
    story form the parts ride on the story's guard)."""

    class Meta(ArticlePartForm.Meta):
        fields = ["title_lines", "blocks", "loaded_version"]

    def story_pk(self) -> int | None:
        return self.instance.article_id


class PersonRowsFormSet(forms.BaseInlineFormSet):
    """The rows of people credited on a story (记者) or a photo (摄影): a person picked in two
    rows is refused naming the person and the rows, in Chinese (Django's own duplicate message
    names the model field, ``请修改person的重复数据``), before Django's check; nothing is saved."""

    def _role(self) -> str:
        field = self.form.base_fields.get("person")
        return str(field.label) if field is not None and field.label else "人员"

    def clean(self):
        role, first_row, doubled = self._role(), {}, {}
        for number, form in enumerate(self.forms, 1):
            data = getattr(form, "cleaned_data", None)
            if not data or self._should_delete_form(form) or data.get("person") is None:
                continue
            person = data["person"]
            if person.pk in first_row:
                form.add_error(
                    "person",
                    f"{person.name}已列在第{first_row[person.pk]}行：同一{role}只列一行，"
                    "请删去这一行。",
                )
                doubled[person.pk] = person.name
            else:
                first_row[person.pk] = number
        if doubled:
            names = "、".join(doubled.values())
            raise ValidationError(
                f"{role}{names}列了两次：同一人只能列一行，请删去重复的那一行后再保存。"
            )
        super().clean()


class BylineForm(PrintedTextForm):
    class Meta:
        model = Byline
        fields = ["person", "order"]
        labels = {"person": "记者", "order": "顺序"}


class PhotoCreditForm(PrintedTextForm):
    class Meta:
        model = PhotoCredit
        fields = ["person", "order"]
        labels = {"person": "摄影", "order": "顺序"}


def story_choice_label(article: Article) -> str:
    """A story as the desk's pickers offer it (所属稿件, 指向稿件): its paper, date and first page
    before its name (``2020-07-09 南通日报 A1版 · 简讯``), since headlines recur from day to day
    (简讯, 图片新闻, a column's name) and a name alone cannot tell one day's from another's. No
    query when the story's issue, paper and page are loaded (``select_related``)."""
    issue = article.issue
    return (
        f"{issue.date.isoformat()} {issue.publication.name} "
        f"{article.page.label}版 · {article.name_for_editors()}"
    )


def _story_choices():
    """The stories a picker of the desk offers, with what :func:`story_choice_label` shows."""
    return Article.objects.select_related("issue__publication", "page")


class PhotoDeskForm(RowVersionGuard):
    """A photo's desk form: refused when its caption, credit line, image, story or
    photographers changed after it was opened (a re-import corrects captions).

    所属稿件 must be a story of the photo's own issue (printed on its page or another page of
    that issue): a story of another day or paper is refused on the field, or readers would see
    the photo in a story it was never printed with and its page would link there."""

    what = "这张图片"
    guarded_rows = ("credits",)

    class Meta:
        model = Photo
        fields = ["image", "caption", "credit_line", "article", "loaded_version"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("article")
        if field is not None:
            field.queryset = _story_choices()
            field.label_from_instance = story_choice_label

    def clean_article(self):
        story = self.cleaned_data.get("article")
        page = self.instance.page if self.instance.page_id else None
        if story is None or page is None or story.issue_id == page.issue_id:
            return story
        issue = page.issue
        raise ValidationError(
            f"所选稿件{quoted(story.name_for_editors())}刊于 {story.issue.date.isoformat()} "
            f"{story.issue.publication.name}，不是这张图片所在的一期（{issue.date.isoformat()} "
            f"{issue.publication.name} {page.label}版）：图片只能归入同一期里的稿件。"
            "请按日期和版次重新选择，或留空。"
        )


class IssueDeskForm(RowVersionGuard):
    """An issue's desk form (its 期号): refused when the number changed after it was opened."""

    what = "这一期"

    class Meta:
        model = Issue
        fields = ["number", "loaded_version"]


class PublicationDeskForm(RowVersionGuard):
    """A paper's desk form (报名, URL 标识, 发布须经签发): refused when what it writes changed after
    it was opened, so a form opened before another chief editor turned 发布须经签发 on cannot
    turn it off again unseen (README: Sign-off; A stale form is refused).

    The version covers all three columns whoever opens the form: for an editor who may not sign
    off, 发布须经签发 is shown read-only and not sent, yet the page that showed it is as stale, and
    one version for every role lets a form rendered for one user be checked for another."""

    what = "这份报纸"
    versioned = ("name", "slug", "review_required")

    def current_version(self) -> str:
        return rows_version(self.instance, list(self.versioned))

    def clean_slug(self) -> str:
        """The URL 标识 of a paper with a published issue stays as it is: it is the first segment
        of every public address of the paper (``/<paper>/<date>/article/<id>/``, its pages,
        issues, sections and feeds), which readers, search engines and other sites hold, and
        the site keeps no record of a paper's old slugs to redirect them. Refused on the field,
        saying why; a paper with no published issue yet may still change it."""
        slug = self.cleaned_data.get("slug")
        before = self.instance.slug if self.instance.pk else None
        if before is None or slug == before:
            return slug
        published = Issue.objects.filter(
            publication_id=self.instance.pk, status=Status.PUBLISHED
        ).count()
        if published:
            raise ValidationError(
                f"这份报纸已有 {published} 期发布，读者、搜索引擎和其他网站记着的每个网址都以"
                f"“/{before}/”开头：URL 标识改成“{slug}”，这些网址就全都打不开了，所以不能改，"
                f"本次没有保存。请保留“{before}”；只改报名不影响网址。"
            )
        return slug

    class Meta:
        model = Publication
        fields = ["name", "slug", "review_required", "loaded_version"]
        help_texts = {
            "slug": "本报所有网址的第一段（/标识/日期/…）。已有发布的期后不能再改：旧网址会全部失效。"
        }


TEASER_TITLE_REQUIRED = (
    "请填写导读的标题行（每行一个，按印刷顺序）：没有标题的导读，读者看不出它指向什么。"
    "不想改动标题行，请离开本页，不要保存。"
)


class TeaserForm(RowVersionGuard):
    """A teaser's desk form: refused when what it edits changed after it was opened (a
    re-import rewrites teasers; matching sets their story)."""

    what = "这条导读"
    title_lines = TitleLinesField(
        label="标题行",
        help_text="每行一个标题行。",
        required=True,
        error_messages={"required": TEASER_TITLE_REQUIRED},
    )

    class Meta:
        model = Teaser
        fields = [
            "loaded_version",
            "page",
            "position",
            "title_lines",
            "target_label",
            "target_section",
            "marker",
            "target_article",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("target_article")
        if field is not None:  # named by date, paper and page, as the autocomplete offers it
            field.queryset = _story_choices()
            field.label_from_instance = story_choice_label

    def clean_target_label(self) -> str:
        """The 目标版次 as the importer stores it (:func:`articles.labels.normalize_label`:
        ``Ａ３``, ``a3`` → ``A3``, ``第三版`` → ``3``), so the public page links the teaser to the
        page of that label; what is no label (``A0``, ``头版``) is refused, saying why."""
        typed = self.cleaned_data.get("target_label") or ""
        try:
            return normalize_label(typed)
        except LabelError:
            raise ValidationError(
                f"“{typed}”不是版次：请写导读指向的版次，如 A3、3 或 第三版（版次从 1 开始）。"
            ) from None

    def clean_target_article(self):
        """The story the teaser announces: one of the teaser's own issue (a teaser points
        readers inside the edition it is printed in), else refused naming both issues."""
        story = self.cleaned_data.get("target_article")
        page = self.cleaned_data.get("page") or (
            self.instance.page if self.instance.page_id else None
        )
        if story is None or page is None or story.issue_id == page.issue_id:
            return story
        issue = page.issue
        raise ValidationError(
            f"所选稿件{quoted(story.name_for_editors())}刊于 {story.issue.date.isoformat()} "
            f"{story.issue.publication.name}，不是这条导读所在的一期（{issue.date.isoformat()} "
            f"{issue.publication.name} {page.label}版）：导读只能指向同一期里的稿件。"
            "请按日期和版次重新选择，或留空。"
        )
