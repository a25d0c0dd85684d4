"""增加图片 at the desk: an editor adds a photo to a story — its picture, caption and credit
line — when the page text did not give it as one (a caption read as a body paragraph, a
``文/… 图/…`` story whose picture came later, a picture sent after the page). The photo is
placed on the story's first page after the page's other photos, marked edited by hand (a
re-import of the page keeps it: ``articles/importing/photowrite.py``), and its credit line
credits the photographers it names, as a corrected credit line does
(:func:`~articles.people.typedlines.photographers_follow_credit`). A photo of a story this
editor may not change now (a published story of a paper that requires sign-off) is refused,
as moving a photo into it is (:func:`~articles.admin.storyinlines.refusing_locked_stories`)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Max

from articles.models import Photo

#: What the add form asks for (the page and place follow from the story).
ADD_FIELDS = ["article", "image", "caption", "credit_line"]


def photo_add_form(form_class):
    """``form_class`` (the photo's desk form) for adding: 所属稿件 required, and a picture or a
    caption (a photo with neither shows nothing)."""

    class PhotoAddForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            field = self.fields.get("article")
            if field is not None:
                field.required = True
                field.help_text = "图片放在这篇稿件的第一个版面上，排在该版已有图片之后。"

        def clean(self):
            data = super().clean()
            if not data.get("image") and not (data.get("caption") or "").strip():
                raise ValidationError(
                    "请上传图片或填写图片说明：两样都没有的图片读者什么也看不到。"
                )
            return data

    return PhotoAddForm


def placed(photo: Photo) -> None:
    """Put a new ``photo`` on its story's first page, after the page's other photos."""
    page = photo.article.page
    last = Photo.objects.filter(page=page).aggregate(last=Max("position"))["last"]
    photo.page = page
    photo.position = (last or 0) + 1
