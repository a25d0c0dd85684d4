"""``/photos/<id>.jpg``: a story's photo as JPEG, for share cards and aggregators.

The readers' copies of a photo are WebP (:mod:`articles.photorenditions`); WeChat's share card
and some scrapers show no WebP, so ``og:image`` and the JSON-LD ``image`` name this address
instead (:func:`articles.opengraph.story_card`). It is made from the reader's copy (or, for a
photo without one, a picture cut from its page's PDF, from its image), the same size, when first
asked for, and kept by the page cache (:func:`articles.httpcache.public_cache`) while the photo,
its page, its issue and its story are unchanged. Only a photo readers may see: of a public issue,
printed with no story or a published one, its picture shown (a 404 otherwise).
"""

from __future__ import annotations

from django.http import Http404, HttpResponse

from articles import caching
from articles.httpcache import public_cache
from articles.models import Photo
from articles.photorenditions import UNREADABLE, jpeg_copy


@public_cache
def photo_jpeg(request, photo: int) -> HttpResponse:
    """The JPEG copy of the photo whose id is ``photo`` (:func:`~articles.photorenditions.jpeg_copy`), or a 404:
    no such photo, not public, no picture shown, or a file that cannot be read."""
    photo = Photo.objects.public().filter(pk=photo).select_related("page").first()
    if photo is None or not photo.picture_shown:
        raise Http404("这张图片不存在或暂不公开。")
    caching.depends_on(
        caching.PHOTOS,
        caching.page(photo.page_id),
        caching.issue_frame(photo.page.issue_id),
        *([caching.story(photo.article_id)] if photo.article_id else []),
    )
    source = photo.rendition if photo.rendition else photo.image
    try:
        with source.open("rb") as file:
            copy = jpeg_copy(file)
    except UNREADABLE as error:
        raise Http404("这张图片的文件暂时读不出来。") from error
    return HttpResponse(copy.data, content_type="image/jpeg")
