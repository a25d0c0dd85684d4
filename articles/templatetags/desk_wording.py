"""Template filters that put the desk's stored values in words (templates of the history)."""

from __future__ import annotations

from django import template
from django.apps import apps

from articles.admin.pagetext import conflict_html
from articles.admin.phototext import DELETE_LINK, photo_delete_url
from articles.importing.previewrows import stories_heading
from articles.importing.reports import set_aside_reason
from articles.importing.storedflags import flags_beside_warnings
from articles.importing.upload import conflict_text, warning_text
from articles.joinflags import flags_count_said
from articles.pagepictures import deleted_photos_note

register = template.Library()


def _choices_by_field_name() -> dict[str, dict[str, str]]:
    """``{field verbose name: {stored value: label}}`` for the app's fields with choices."""
    table: dict[str, dict[str, str]] = {}
    for model in apps.get_app_config("articles").get_models():
        for field in model._meta.fields:
            if field.choices:
                table.setdefault(str(field.verbose_name), {}).update(
                    {str(value): str(label) for value, label in field.flatchoices}
                )
    return table


@register.filter
def choice_label(value, field_name):
    """A stored choice (``draft``) as the desk names it (``草稿``), for the field whose verbose
    name is ``field_name`` (a history delta's ``field``); other values unchanged."""
    labels = _choices_by_field_name().get(str(field_name), {})
    return labels.get(str(value), value) if isinstance(value, str) else value


@register.filter
def desk_conflict(line: str, dry_run=False) -> str:
    """An import report's conflict line as the desk says it (:func:`conflict_text`);
    ``{{ line|desk_conflict:report.dry_run }}`` for a preview's (将保留)."""
    return conflict_text(line, dry_run=bool(dry_run))


@register.simple_tag(takes_context=True)
def desk_hand_edit(context, line: str, report):
    """A preview's hand-edit conflict line (:func:`desk_conflict`), and for a photo the import
    keeps though the page no longer prints it (``report.left_photos``) a link to its 删除 page
    when the one looking may delete photos: ``{% desk_hand_edit c report %}``."""
    said = conflict_text(line, dry_run=bool(report.dry_run))
    photo = report.left_photos.get(line)
    url = photo_delete_url(photo, context["request"].user) if photo else ""
    return conflict_html(said, None, url=url, link=DELETE_LINK)


@register.filter
def preview_stories(parsed, report) -> str:
    """The heading of a preview's table of ``parsed``'s stories, agreeing with ``report``'s
    page line (:func:`~articles.importing.previewrows.stories_heading`):
    ``{{ parsed|preview_stories:report }}``."""
    return stories_heading(len(parsed.articles), report.articles)


@register.filter
def set_aside_why(line) -> str:
    """Why the parser set a line aside, in Chinese (``photo-label`` → 图片标注); ``line``: the
    ``SetAside`` (its text tells HTML pasted into the page, 网页代码), or its reason alone."""
    if isinstance(line, str):
        return set_aside_reason(line)
    return set_aside_reason(line.reason, line.text)


@register.filter
def history_actor(record) -> str:
    """Who made a history record: the user, （导入）, （命令行发布） or （系统）."""
    from articles.admin.history import history_actor as actor

    return actor(record)


@register.filter
def desk_warning(line: str) -> str:
    """An import report's warning in Chinese (the parser's are English, for the command)."""
    return warning_text(line)


@register.filter
def desk_log_message(entry) -> str:
    """An admin log entry's message in the desk's words (a spreadsheet row in Chinese)."""
    from articles.admin.changelog import log_message

    return log_message(entry)


@register.filter
def beside_warnings(flags) -> list[dict]:
    """An import report's flags as its preview lists them above its warnings
    (:func:`~articles.importing.storedflags.flags_beside_warnings`: a stray marker said once)."""
    return flags_beside_warnings(list(flags or []))


@register.filter
def flags_count(flags) -> str:
    """The 请先核对 header's ``拿不准的 N 处``, counting only the flags still open
    (:func:`articles.joinflags.flags_count_said`)."""
    return flags_count_said(list(flags or []))


@register.filter
def photos_deletion_notes(photos) -> list[str]:
    """What 删除所选的图片's confirmation says first of ``photos`` (the photos ticked): what
    deleting them leaves on their pages as printed (:func:`~articles.pagepictures.deleted_photos_note`)."""
    note = deleted_photos_note(list(photos))
    return [note] if note else []
