"""A photo's image as the desk uploads it: a size limit in bytes and in pixels, stated in the
field's help text, and a refusal that says which limit a file is over, by how much, and what
to shrink it to (Django's own “不是图片或者是已损坏的图片” was all a 20000×20000 PNG got:
Pillow refuses over 179 million pixels as a decompression bomb, and Django reports any refusal
as a broken file).

The formats are those every browser shows as the 原图 link and Pillow decodes at a known cost
(:data:`~articles.photorenditions.FORMATS`: JPEG, PNG, WebP; a GIF or TIFF is refused saying to
save it as one of them), and a file cut short or damaged is refused before anything is stored
(Pillow's check passes a truncated JPEG, whose copies then failed: HTTP 500, the original left
in media): :func:`~articles.photorenditions.decoded_check`.

The limits are settings: ``NEWSROOM_PHOTO_MAX_BYTES`` and ``NEWSROOM_PHOTO_MAX_PIXELS`` (at
most Pillow's 179 million, or a file within the limit is still refused as broken). Readers get
WebP copies, not the file (:mod:`articles.photofiles`).
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.admin.widgets import AdminFileWidget
from django.core.exceptions import ValidationError
from django.db import models

from articles.photorenditions import (
    FORMATS,
    READER_WIDTH,
    UNREADABLE,
    decoded_check,
    fitted,
    image_size,
)

#: What the desk is told of a file cut short or damaged (a JPEG whose end is missing, a PNG
#: whose checksums fail), or that is no picture: Django's own words said only “已损坏”.
DAMAGED = "文件不完整或已损坏，请重新导出后上传（JPEG、PNG 或 WebP）。"


def _megabytes(size: int) -> str:
    """``40MB``, ``3.5MB`` (no space: one token, as editors write it)."""
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0") + "MB"


def _pixels(count: int) -> str:
    """``1 亿像素``, ``9900 万像素``: a pixel count as an editor reads it."""
    if count >= 100_000_000:
        return f"{count / 100_000_000:.2f}".rstrip("0").rstrip(".") + " 亿像素"
    return f"{count / 10_000:.0f} 万像素"


def photo_upload_help() -> str:
    """The image field's help text: the formats, the limits, what readers get."""
    limit = settings.NEWSROOM_PHOTO_MAX_PIXELS
    side = int(limit**0.5)
    return (
        f"JPEG、PNG 或 WebP（GIF、TIFF 等请先另存为 JPEG 或 PNG），文件不超过 {_megabytes(settings.NEWSROOM_PHOTO_MAX_BYTES)}，"
        f"不超过 {_pixels(limit)}（如 {side}×{side}）。读者看到的是自动生成的 {READER_WIDTH} "
        "像素宽的 WebP 副本，上传的原图保留在编辑台，读者可点“原图”查看。"
    )


def upload_problem(file) -> str:
    """Why the uploaded ``file`` is too large for a photo (Chinese: its size, the limit, what
    to shrink it to), or ``""``; a file that is no picture is left to Django's own check."""
    limit = settings.NEWSROOM_PHOTO_MAX_BYTES
    if file.size > limit:
        return (
            f"这个文件太大：{_megabytes(file.size)}，上限是 {_megabytes(limit)}。"
            f"请压缩后再上传（如用看图软件另存为质量 85 的 JPEG，或缩小到 {READER_WIDTH * 2} "
            "像素宽左右）。"
        )
    size = image_size(file)
    if size is None:
        return ""
    width, height = size
    most = settings.NEWSROOM_PHOTO_MAX_PIXELS
    if width * height <= most:
        return ""
    fit_w, fit_h = fitted(width, height, most)
    return (
        f"这张图片太大：{width}×{height} 像素（{_pixels(width * height)}），"
        f"上限是 {_pixels(most)}。请缩小到 {fit_w}×{fit_h} 像素以内再上传"
        f"（读者看到的是 {READER_WIDTH} 像素宽的副本，原图不必更大）。"
    )


def format_problem(kind: str | None) -> str:
    """Why a picture of Pillow's format ``kind`` is not taken (Chinese, what to do), or ``""``
    for one of :data:`~articles.photorenditions.FORMATS`."""
    if kind in FORMATS:
        return ""
    return (
        f"编辑台只收 JPEG、PNG 或 WebP 图片，这个文件是 {kind or '未知格式'}。"
        "请在看图软件里另存为 JPEG（照片）或 PNG（图表、截图）后上传。"
    )


class PhotoImageField(forms.ImageField):
    """Django's image field with the photo's limits (:func:`upload_problem`) checked first,
    then its format (:func:`format_problem`) and, for a JPEG, that it decodes to its end
    (:data:`DAMAGED`)."""

    default_error_messages = {"invalid_image": DAMAGED}

    def __init__(self, *args, **kwargs):
        kwargs["help_text"] = photo_upload_help()
        super().__init__(*args, **kwargs)

    def to_python(self, data):
        if data not in self.empty_values and (problem := upload_problem(data)):
            raise ValidationError(problem, code="too_large")
        upload = super().to_python(data)
        if upload is None:
            return None
        if problem := format_problem(getattr(upload.image, "format", None)):
            raise ValidationError(problem, code="format")
        try:
            decoded_check(upload)
        except UNREADABLE as error:
            raise ValidationError(DAMAGED, code="damaged") from error
        return upload


#: ``formfield_overrides`` for the desk's photo forms and rows (the admin's file widget kept).
PHOTO_IMAGE_OVERRIDES = {
    models.ImageField: {"form_class": PhotoImageField, "widget": AdminFileWidget},
}
