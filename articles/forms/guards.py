"""What every desk form checks before it saves: text that no page prints
(:class:`PrintedTextForm`), and a change made after the form was opened (the lost-update
guards: :class:`LostUpdateGuard` for a story's forms, :class:`RowVersionGuard` for the other
forms of imported content; README: A stale form is refused).

A form carries the version of what it shows from when it was rendered (a hidden field); the save
is refused with “已被修改” when the stored version differs, and nothing is overwritten.
"""

from __future__ import annotations

import hashlib

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property

from articles.models import Article, ArticlePart, Status
from articles.signoff import status_change_cause
from articles.text import CONTROL_CHARACTERS


def fingerprint(value) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:20]


def article_version(article_pk: int, *, with_status: bool = False) -> str:
    """A fingerprint of a story as stored (its fields' save time and every part's text).

    ``with_status``: the story's 状态 follows after a colon (``3f…:published``). The story form
    and a history revert set 状态, and publishing, withdrawing, signing off and sending back
    write it in bulk without a save time (``articles.publishing``, ``articles.signoff``), so
    a state changed meanwhile must make those forms stale too; in clear, the refusal can say
    from what to what (:func:`stale_form_message`)."""
    stored = Article.objects.filter(pk=article_pk).values_list("updated_at", "status").first()
    updated, status = stored or (None, "")
    parts = ArticlePart.objects.filter(article_id=article_pk).order_by("pk")
    body = list(parts.values_list("pk", "title_lines", "blocks"))
    version = fingerprint((str(updated), body))
    return f"{version}:{status}" if with_status else version


def rows_version(instance, columns: list[str], related: tuple[str, ...] = ()) -> str:
    """A fingerprint of ``instance``'s stored ``columns`` (attribute names: ``article_id``)
    and of every column of its ``related`` rows (reverse accessors of ``instance``'s model,
    such as ``"credits"`` for a photo), ordered by id. One query per model.

    Values rather than a save time: the importer and the matching of zones rewrite these rows
    in bulk, which sets no timestamp."""
    model = type(instance)
    rows: list = [list(model._default_manager.filter(pk=instance.pk).values_list(*columns))]
    for name in related:
        relation = model._meta.get_field(name)
        other = relation.related_model
        every = [f.attname for f in other._meta.concrete_fields]
        found = other._default_manager.filter(**{relation.field.name: instance.pk})
        rows.append(list(found.order_by("pk").values_list(*every)))
    return fingerprint(rows)


_STALE = (
    "{what}在您打开之后已被修改（重新导入或其他编辑保存了它），为免覆盖那次修改，"
    "本次没有保存。请先复制您的改动，点“打开最新内容”看最新内容后再改。"
)
_UNVERSIONED = (
    "这个表单缺少打开时的版本信息，无法确认{what}在此期间没有被修改，为免覆盖别人的修改，"
    "本次没有保存。请先复制您的改动，点“打开最新内容”重新打开后再改。"
)
STALE_FORM_MESSAGE = _STALE.format(what="这篇稿件")
UNVERSIONED_FORM_MESSAGE = _UNVERSIONED.format(what="这篇稿件")
STATUS_CHANGED_MESSAGE = (
    "这篇稿件在您打开之后已被修改：状态由“{before}”改为“{after}”（{cause}）。为免把状态改回去，"
    "本次没有保存。请先复制您的改动，点“打开最新内容”，在最新内容上再改；确要改回“{before}”，"
    "请在那里选定状态后保存。"
)
#: Why a state changed, when its newest version does not say an edit of the text did it.
STATE_CHANGED_BY_HAND = "其他编辑发布、撤回、签发或退回了它"
#: A history revert refused as stale: nothing of the editor's to copy, the version to choose again.
REVERT_STALE_MESSAGE = (
    "{what}在您打开这一页之后已被修改（{cause}），本次没有恢复，{what}保持现在的内容。"
    "请点“打开最新内容”，看这个版本与稿件现在的差别，确认后再恢复；或回到修改历史重新选择版本。"
)


def form_changed(form) -> bool:
    """Whether a desk form's save changes anything: a field besides the stale-form guard's
    hidden ``loaded_version`` (which an untouched form sends too) differs from what it showed."""
    return bool(set(form.changed_data) - {"loaded_version"})


def stale_form_message(
    loaded: str,
    current: str,
    *,
    what: str = "这篇稿件",
    story_pk: int | None = None,
    revert: bool = False,
) -> str:
    """Why a form opened at version ``loaded`` may not save over ``current`` (they differ):
    the form carried no version; a story's 状态 changed (versions ending in ``:<status>``,
    :func:`article_version`), said from what to what and why (story ``story_pk``'s newest
    version: an edit of its text sent it back to 待审, :func:`articles.signoff.status_change_cause`,
    else :data:`STATE_CHANGED_BY_HAND`); or else ``what`` (``这张图片``) changed. ``revert``: the
    refusal of a history revert (:data:`REVERT_STALE_MESSAGE`), which has no edit to copy."""
    if not loaded:
        return _UNVERSIONED.format(what=what)
    before, after = loaded.rpartition(":")[2], current.rpartition(":")[2]
    state_changed = (
        ":" in loaded
        and ":" in current
        and before != after
        and {before, after} <= set(Status.values)
    )
    if revert:
        cause = "重新导入或其他编辑保存了它"
        if state_changed:
            cause = f"状态由“{Status(before).label}”改为“{Status(after).label}”，{_cause(story_pk, before, after)}"
        return REVERT_STALE_MESSAGE.format(what=what, cause=cause)
    if state_changed:
        return STATUS_CHANGED_MESSAGE.format(
            before=Status(before).label,
            after=Status(after).label,
            cause=_cause(story_pk, before, after),
        )
    return _STALE.format(what=what)


def _cause(story_pk: int | None, before: str, after: str) -> str:
    found = status_change_cause(story_pk, before, after) if story_pk is not None else ""
    return found or STATE_CHANGED_BY_HAND


CONTROL_CHARACTER_MESSAGE = (
    "含有不可见的控制字符（例如从 Word 或 OCR 文本粘贴带来的换页符、ESC）：请删去它们后再保存。"
)


def _has_control_characters(value) -> bool:
    if isinstance(value, str):
        return CONTROL_CHARACTERS.search(value) is not None
    if isinstance(value, list | tuple):
        return any(_has_control_characters(item) for item in value)
    if isinstance(value, dict):
        return any(_has_control_characters(item) for item in value.values())
    return False


def _typed_line_breaks(data, names: list[str]):
    """``data`` (a bound form's POST) with the line breaks of the textareas ``names`` as typed:
    a browser sends every line break of a textarea as CRLF (HTML's form submission), which
    the stored text, written with LF, never holds. ``data`` itself when none has a CR."""
    sent = [name for name in names if any("\r" in v for v in _values(data, name))]
    if not sent:
        return data
    data = data.copy()
    for name in sent:
        typed = [v.replace("\r\n", "\n").replace("\r", "\n") for v in _values(data, name)]
        if hasattr(data, "setlist"):
            data.setlist(name, typed)
        else:
            data[name] = typed[0]
    return data


def _values(data, name: str) -> list[str]:
    values = data.getlist(name) if hasattr(data, "getlist") else [data.get(name)]
    return [v for v in values if isinstance(v, str)]


class PrintedTextForm(forms.ModelForm):
    """Every form of the desk: text that no page prints (control characters, see
    :data:`articles.text.CONTROL_CHARACTERS`) is refused on its field, the same rule as the
    spreadsheet import's, so a feed, an XLSX export or PostgreSQL never meets it.

    Only what would be stored counts as a change (:attr:`changed_data`, hence
    :func:`form_changed` and an inline's save): a textarea's line breaks are read as typed
    (LF, not the browser's CRLF), and a text field sent as it was shown but for white space
    the field's cleaning drops (a trailing space, a line break inside a paragraph, spaces
    an imported text kept at a paragraph's ends) is unchanged. A space the cleaning keeps
    (inside a paragraph) is an edit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            areas = [n for n, f in self.fields.items() if isinstance(f.widget, forms.Textarea)]
            self.data = _typed_line_breaks(self.data, [self.add_prefix(n) for n in areas])

    @cached_property
    def changed_data(self) -> list[str]:
        return [name for name in super().changed_data if not self._sent_as_shown(name)]

    def _sent_as_shown(self, name: str) -> bool:
        """Whether text field ``name`` was sent as the form showed it, once both are cleaned
        (its stored value, as the field renders it, through the field's own cleaning)."""
        field, bound = self.fields[name], self[name]
        text = isinstance(field, forms.CharField) or getattr(field, "edits_text", False)
        if not text or field.show_hidden_initial:
            return False
        try:
            return field.to_python(field.prepare_value(bound.initial)) == field.to_python(
                bound.data
            )
        except ValidationError:
            return False

    def clean(self):
        data = super().clean()
        for name, value in list(data.items()):
            if _has_control_characters(value):
                self.add_error(name, CONTROL_CHARACTER_MESSAGE)
        return data


class VersionGuard(PrintedTextForm):
    """A desk form that refuses to save over a change made after it was opened.

    The form carries :meth:`current_version` from when it was rendered, as the hidden field
    ``loaded_version`` (which the admin's fields or fieldsets must list, or the browser never
    sends it); on save the stored version must still match. A changed row (a re-import,
    another editor) or a form without the field is refused with a message
    (:func:`stale_form_message`), and ``is_stale`` tells the template to offer the fresh form
    (``templates/admin/articles/includes/stale_form.html``, which names :attr:`what`)."""

    loaded_version = forms.CharField(label="打开时的版本", widget=forms.HiddenInput, required=False)
    is_stale = False
    #: What the form edits, as the refusal names it.
    what = "这篇稿件"
    #: A history revert's form (``…/history/<version>/``: :class:`articles.admin.base.DeskGuards`
    #: sets it), refused in a revert's words.
    revert = False

    def current_version(self) -> str:
        """The version of what the form shows, as stored now (a short string)."""
        raise NotImplementedError

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["loaded_version"] = self.current_version()

    def clean(self):
        data = super().clean()
        if not self.instance.pk:
            return data
        loaded, current = data.get("loaded_version") or "", self.current_version()
        if loaded != current:
            self.is_stale = True
            raise ValidationError(self.stale_message(loaded, current))
        return data

    def _post_clean(self):
        """Django's (the typed values onto the instance); for a refused stale form the
        instance's columns are read back as stored, so the page shown again (its heading,
        breadcrumbs and title name the instance) names what is saved, not what was typed and
        refused. The fields still show what the editor typed."""
        super()._post_clean()
        if self.is_stale:
            names = {f.name for f in self.instance._meta.concrete_fields}
            self.instance.refresh_from_db(fields=[n for n in self.fields if n in names])

    def stale_message(self, loaded: str, current: str) -> str:
        """The refusal of a save opened at ``loaded`` over ``current`` (:func:`stale_form_message`)."""
        return stale_form_message(loaded, current, what=self.what, revert=self.revert)


class LostUpdateGuard(VersionGuard):
    """A story's forms: the version is the story's :func:`article_version`. Subclasses say
    which story via :meth:`story_pk`."""

    def story_pk(self) -> int | None:
        raise NotImplementedError

    def current_version(self) -> str:
        return article_version(self.story_pk())

    def stale_message(self, loaded: str, current: str) -> str:
        """As any form's, a changed 状态 said with its cause (the story's newest version)."""
        return stale_form_message(
            loaded, current, what=self.what, story_pk=self.story_pk(), revert=self.revert
        )


class RowVersionGuard(VersionGuard):
    """The other desk forms of imported content (a photo, a page, a teaser, an issue): the
    version is :func:`rows_version` of the columns the form writes (the admin loads the row
    afresh for a save, so only those can be overwritten) and of the rows its inlines edit
    (:attr:`guarded_rows`)."""

    #: The reverse accessors of the rows the admin's inlines edit with the form.
    guarded_rows: tuple[str, ...] = ()

    def current_version(self) -> str:
        fields = self._meta.model._meta.concrete_fields
        columns = [f.attname for f in fields if f.name in self.fields]
        return rows_version(self.instance, columns, self.guarded_rows)
