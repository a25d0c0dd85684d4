"""Photos in the feeds: an Atom ``<link rel="enclosure">`` for each photo of an entry, so an
aggregator shows the picture with the story (RFC 4287 §4.2.7.2: ``href``, ``type``, ``length``
in bytes).

Each photo whose picture readers are shown (:attr:`~articles.models.Photo.picture_shown`) is
enclosed by its 1200-pixel WebP copy for readers (the picture the story page shows), or, for a
picture cut from its page's PDF (which has no copy), by that picture; its type by its file's
ending and its length as the storage says it. Never by an upload's original (a camera's full
size, its EXIF with the place it was taken): a photo whose copy is not made yet is left out
until it is, as its share card leaves it out (:func:`articles.opengraph.shares_jpeg`). Not the
share card's JPEG (``/photos/<id>.jpg``, :mod:`articles.views.sharedphoto`): it is made when
first asked for, so its length is not known without making it, and the photo rows keep no file
sizes. A file the storage cannot size (gone, unreachable) is left out rather than given a wrong
length.

Sizing a file is one storage call (a ``HEAD`` on S3), so a feed render sizes at most
:data:`SIZED_AT_MOST` photos: the first stories' (the newest), the rest enclosing none.
"""

from __future__ import annotations

from django.core.files.storage import default_storage
from django.utils.feedgenerator import Enclosure

from articles.models import Article, Photo
from articles.opengraph import image_type, shares_jpeg
from articles.selectors.common import file_url

#: How many photos one feed render looks up in the storage at most (a feed has up to 200
#: entries; a ``HEAD`` each on S3 would be hundreds of sequential requests per render).
SIZED_AT_MOST = 40


def photo_enclosure(photo: Photo) -> Enclosure | None:
    """The enclosure of ``photo``'s picture for readers (address relative to the site: the
    feed makes it absolute), or None: no picture shown, no copy yet (an upload's original is
    never enclosed), no type known, or a file the storage cannot size. One look at the storage
    (a file's size), no query."""
    if not photo.picture_shown or not shares_jpeg(photo):
        return None
    field = "rendition" if file_url(photo, "rendition") else "image"  # (a picture cut from the PDF)
    url = file_url(photo, field)
    kind = image_type(url)
    if not url or not kind:
        return None
    try:
        length = default_storage.size(getattr(photo, field).name)
    except (OSError, NotImplementedError):
        return None
    return Enclosure(url, str(length), kind)


def with_enclosures(stories: list[Article], at_most: int | None = None) -> None:
    """Give each of ``stories`` ``enclosures``: its photos' (:func:`photo_enclosure`), in
    print order, for the photos of the first stories up to ``at_most`` storage look-ups
    (:data:`SIZED_AT_MOST` by default). One query, none for no story."""
    found: dict[int, list[Enclosure]] = {story.pk: [] for story in stories}
    if found:
        photos = Photo.objects.filter(article_id__in=list(found)).order_by(
            "article_id", "page__sequence", "position"
        )
        by_story: dict[int, list[Photo]] = {}
        for photo in photos.only("article_id", "image", "rendition", "rendition_state"):
            by_story.setdefault(photo.article_id, []).append(photo)
        left = SIZED_AT_MOST if at_most is None else at_most
        for story in stories:
            for photo in by_story.get(story.pk, ()):
                if left <= 0:
                    break
                if photo.picture_shown and shares_jpeg(photo):
                    left -= 1  # (a storage look-up)
                enclosure = photo_enclosure(photo)
                if enclosure is not None:
                    found[story.pk].append(enclosure)
    for story in stories:
        story.enclosures = found[story.pk]
