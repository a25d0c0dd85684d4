"""``/photos/<id>.jpg``: a story's photo as JPEG, for share cards and aggregators.

The readers' copies of a photo are WebP (:mod:`articles.photorenditions`); WeChat's share card
and some scrapers show no WebP, so ``og:image`` and the JSON-LD ``image`` name this address
instead (:func:`articles.opengraph.story_card`), and the feeds enclose it (:mod:`articles.feedphotos`). It
is made (:func:`articles.sharedjpeg.shared_jpeg_data`) from the reader's copy (or, for a
picture cut from its page's PDF, which has none, from that picture, if it decodes within
``NEWSROOM_PHOTO_INLINE_PIXELS``), the same size, when first asked for, and kept by the page
cache (:func:`articles.httpcache.public_cache`) while the photo (its page's and story's tags:
a photo's save, and the worker's copies, bump them), its page, its issue and its story are
unchanged. Only a photo readers may see: of a public issue, printed with no story or a published
one, its picture shown (a 404 otherwise).

An uploaded photo whose reader's copy is not made yet (queued to the worker, or a photo from
before copies existed: ``manage.py photo_renditions``) gives a 404, and its story's card names
its page's thumbnail meanwhile (:func:`articles.opengraph.shares_jpeg`): the original may be a
camera's 100 million pixels, half a gigabyte decoded, which a public request must never do
(the desk bounds the same work and queues big files to the worker).
"""

from __future__ import annotations

from django.http import Http404, HttpResponse

from articles import caching
from articles.httpcache import public_cache
from articles.models import Photo
from articles.opengraph import shares_jpeg
from articles.photorenditions import UNREADABLE
from articles.sharedjpeg import shared_jpeg_data


@public_cache
def photo_jpeg(request, photo: int) -> HttpResponse:
    """The JPEG copy of the photo whose id is ``photo`` (:func:`~articles.photorenditions.jpeg_copy`), or a 404:
    no such photo, not public, no picture shown, no reader's copy yet (an upload's), a picture
    cut from the PDF larger than ``NEWSROOM_PHOTO_INLINE_PIXELS``, or a file that cannot be
    read."""
    photo = Photo.objects.public().filter(pk=photo).select_related("page").first()
    if photo is None or not photo.picture_shown or not shares_jpeg(photo):
        raise Http404("这张图片不存在或暂不公开。")
    caching.depends_on(
        caching.page(photo.page_id),
        caching.issue_frame(photo.page.issue_id),
        *([caching.story(photo.article_id)] if photo.article_id else []),
    )
    try:
        data = shared_jpeg_data(photo)  # (the bytes whose length the feeds enclose)
    except UNREADABLE as error:
        raise Http404("这张图片的文件暂时读不出来。") from error
    if data is None:
        raise Http404("这张图片不存在或暂不公开。")
    return HttpResponse(data, content_type="image/jpeg")
