"""Photos as rows: one per photo (报纸 + 日期 + 版次 + 位置); caption, credit and photographers
are editable."""

from __future__ import annotations

from functools import partial

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from import_export import fields

from articles.crediting import photo_credits_set, photographers_recorded
from articles.editing import photo_stories_update
from articles.importing.phototext import pending_settled, photo_name
from articles.models import Photo
from articles.pendingtext import PENDING_TEXT
from articles.people.namecells import shown_names
from articles.signoff import edit_reason, published_edit_refusal, published_issue_refusal
from articles.spreadsheets.base import NaturalKeyResource, people_named
from articles.spreadsheets.keys import DATE, PAGE, PAPER, POSITION
from articles.spreadsheets.widgets import text_field


class PhotoResource(NaturalKeyResource):
    """One row per photo, keyed by 报纸 + 日期 + 版次 + 位置; caption, credit and photographers
    are editable (a changed photo is marked as edited by hand, and the story it is printed with
    is updated as by the photo's own form: 更新时间, a history record, its cached pages)."""

    key_columns = (PAPER, DATE, PAGE, POSITION)
    noun = "张图片"
    names_column = "摄影"

    paper = fields.Field(
        attribute="page__issue__publication__name", column_name=PAPER, readonly=True
    )
    issue_date = fields.Field(column_name=DATE, readonly=True)
    page_label = fields.Field(attribute="page__label", column_name=PAGE, readonly=True)
    position = fields.Field(attribute="position", column_name=POSITION, readonly=True)
    caption = text_field(Photo, "caption", "图片说明")
    credit_line = text_field(Photo, "credit_line", "署名行")
    photographers = fields.Field(column_name="摄影", readonly=True)
    article = fields.Field(column_name="所属稿件（只读）", readonly=True)

    class Meta:
        model = Photo
        fields = (
            "paper",
            "issue_date",
            "page_label",
            "position",
            "caption",
            "credit_line",
            "photographers",
            "article",
            "fingerprint",
        )
        import_id_fields = ("paper", "issue_date", "page_label", "position")
        skip_unchanged = True
        report_skipped = True

    def get_queryset(self):
        return Photo.objects.select_related("page__issue__publication", "article").prefetch_related(
            "credits__person"
        )

    def find(self, found):
        return Photo.objects.filter(page=found["page"], position=found["position"]).first()

    def missing_message(self, found):
        return f"{found['page']}没有位置为 {found['position']} 的图片；请核对版次和位置"

    def dehydrate_issue_date(self, photo):
        return photo.page.issue.date.isoformat()

    def dehydrate_photographers(self, photo):  # (a namesake with their 区分说明)
        credits = sorted(photo.credits.all(), key=lambda c: c.order)
        return "、".join(shown_names(c.person for c in credits))

    def dehydrate_article(self, photo):
        return photo.article.title if photo.article else ""

    def _current_names(self, photo) -> list[str]:
        credits = photo.credits.order_by("order").select_related("person")
        return shown_names(c.person for c in credits)

    def import_instance(self, instance, row, **kwargs):
        """The row's cells (:meth:`NaturalKeyResource.import_instance`), refused as a whole
        when they change a photo of a story the importing user may not change now, as the
        photo's form is read-only to them (``articles.signoff.published_edit_refusal``; a
        photo standing alone, ``published_issue_refusal``)."""
        story = instance.article if instance.pk and instance.article_id else None
        before = (instance.caption, instance.credit_line, instance.article_id)
        errors: dict = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as exc:
            errors = exc.update_error_dict(errors)
        names = getattr(instance, "_new_names", None)
        changed = (instance.caption, instance.credit_line, instance.article_id) != before or (
            names is not None and names != self._current_names(instance)
        )
        user = kwargs.get("user")
        if not changed or not instance.pk:
            locked = ""
        elif story is not None:
            locked = published_edit_refusal(story, user)
        else:  # standing alone: readers see it with its issue
            locked = published_issue_refusal(instance.page.issue, user)
        if locked:
            errors.setdefault(NON_FIELD_ERRORS, []).append(locked)
        if errors:
            raise ValidationError(errors)

    def skip_row(self, instance, original, row, import_validation_errors=None):
        names = getattr(instance, "_new_names", None)
        if (
            not import_validation_errors
            and names is not None
            and names != self._current_names(original)
        ):
            return False
        return super().skip_row(instance, original, row, import_validation_errors)

    def import_setup(self) -> None:
        super().import_setup()
        self._stories: set[int | None] = set()  # the stories of the photos changed
        self._pending: list[str] = []  # rows whose photo's page text stays pending

    def after_save_instance(self, instance, row, **kwargs):
        """A changed row saved: its photographers (the 摄影 column); its page text pending
        cleared when the row typed it in, as the photo's form does
        (:func:`~articles.importing.phototext.pending_settled`), else said (:meth:`after_import`:
        the file's author never saw it); its story is updated once the whole file is in."""
        names = getattr(instance, "_new_names", None)
        if names is not None and names != self._current_names(instance):
            photo_credits_set(instance, people_named(names, instance))
            getattr(instance, "_prefetched_objects_cache", {}).pop("credits", None)
            photographers_recorded(instance)  # the row's history record keeps them
        self._stories.add(instance.article_id)
        pending_settled(instance)
        if said := (instance.page_text_pending or {}).get("changes"):
            self._pending.append(
                pending_row_line(getattr(self, "_row_number", None), instance, said)
            )

    def after_import(self, dataset, result, **kwargs):
        """The stories the changed photos are printed with are updated as the photo's own form
        does (:func:`photo_stories_update`), each once however many of its photos changed; in
        the import's transaction (a preview's is rolled back). ``result.page_text_pending``: a
        line for each row whose photo keeps its page text pending (:func:`pending_row_line`), for
        the preview and the result."""
        super().after_import(dataset, result, **kwargs)
        photo_stories_update(self._stories, rule=partial(edit_reason, user=kwargs.get("user")))
        result.page_text_pending = self._pending


def pending_row_line(row: int | None, photo: Photo, changes: list[str]) -> str:
    """What a spreadsheet import says of row ``row``, which saved ``photo`` (its page at hand)
    while the page's re-sent text of it (``changes``: ``说明“…”→“…”``) is not taken: it stays
    pending (版面文本有改动未采用), to be checked on the photo's form."""
    where = f"第 {row} 行" if row else "表格"
    return (
        f"{where}改了{photo_name(photo)}，它{PENDING_TEXT}（{'；'.join(changes)}）："
        "表格没有用上版面文本，它仍列在“版面文本有改动未采用”里。请在图片页点“查看改动”核对："
        "版面改对了的，点“采用版面文本”。"
    )
