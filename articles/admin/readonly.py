"""A desk form shown read-only (a viewer; an editor's published story on a paper that requires
sign-off) reads as the paper does: the body as its paragraphs and crossheads, title lines one
after another, and no hidden field of the form (the stale-form guard's ``loaded_version``).

Django's admin shows a read-only field as the stored value (a JSON list for ``blocks``:
``[{"kind": "paragraph", "text": "入冬以来…"}]``) under a label made from the field's name when
it is no model field (``Loaded version: None``). :class:`ReadableWhenReadOnly` swaps those
fields, in the fieldsets of a form the user may not change, for the displays below
(:data:`READABLE`) and drops the hidden ones (:data:`HIDDEN_FIELDS`).
"""

from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from articles.models import Block

#: Form fields a read-only form leaves out: the lost-update guard's version, hidden when the
#: form is editable and meaningless to a reader.
HIDDEN_FIELDS = frozenset({"loaded_version"})
#: Stored JSON fields, and the display each is shown as when the form is read-only.
READABLE = {"blocks": "body_shown", "title_lines": "title_lines_shown"}


def body_html(blocks) -> SafeString:
    """A part's ``blocks`` (``[{"kind": "paragraph"|"crosshead", "text": …}]``) as the story
    page reads them: each paragraph a ``<p>``, each crosshead a bold line of its own; ``—``
    when there are none."""
    shown = [b for b in blocks or [] if isinstance(b, dict) and b.get("text")]
    if not shown:
        return format_html('<span class="desk-muted">{}</span>', "—")
    return format_html(
        '<div class="desk-body">{}</div>',
        format_html_join(
            "",
            "{}",
            (
                (
                    format_html('<p class="desk-crosshead"><strong>{}</strong></p>', b["text"])
                    if b.get("kind") == Block.CROSSHEAD
                    else format_html("<p>{}</p>", b["text"]),
                )
                for b in shown
            ),
        ),
    )


def title_lines_html(lines) -> SafeString:
    """Title lines as printed, one a line (引题, 主题, 副题); ``—`` when there are none."""
    shown = [str(line) for line in lines or [] if str(line).strip()]
    if not shown:
        return format_html('<span class="desk-muted">{}</span>', "—")
    return format_html_join(mark_safe("<br>"), "{}", ((line,) for line in shown))


def _readable(names):
    """A fieldset's ``fields`` with the hidden ones dropped and the JSON ones swapped, each
    display once (a line of several fields stays a line)."""
    out = []
    for name in names:
        if isinstance(name, list | tuple):
            line = _readable(name)
            if line:
                out.append(tuple(line))
        elif name not in HIDDEN_FIELDS:
            shown = READABLE.get(name, name)
            if shown not in out:
                out.append(shown)
    return out


class ReadableWhenReadOnly:
    """A ModelAdmin or inline whose read-only form reads as the paper does (see the module's
    docstring). Read-only means: an object this user may view but not change."""

    def _read_only(self, request, obj) -> bool:
        return obj is not None and not self.has_change_permission(request, obj)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not self._read_only(request, obj):
            return fieldsets
        return [(name, {**opts, "fields": _readable(opts["fields"])}) for name, opts in fieldsets]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if self._read_only(request, obj):
            model_fields = {f.name for f in self.model._meta.get_fields()}
            fields += [shown for name, shown in READABLE.items() if name in model_fields]
        return fields

    @admin.display(description="正文")
    def body_shown(self, obj) -> SafeString:
        return body_html(getattr(obj, "blocks", None))

    @admin.display(description="标题行")
    def title_lines_shown(self, obj) -> SafeString:
        return title_lines_html(getattr(obj, "title_lines", None))
