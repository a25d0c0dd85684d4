"""Photos in the feeds: an Atom ``<link rel="enclosure">`` for each photo of an entry, so an
aggregator shows the picture with the story (RFC 4287 §4.2.7.2: ``href``, ``type``, ``length``
in bytes).

Each photo whose picture readers are shown (:attr:`~articles.models.Photo.picture_shown`) is
enclosed by the copy the story page and its card share (the 1200-pixel copy for readers, else
the image: :func:`articles.opengraph.story_card`), its type by its file's ending and its length
as the storage says it. A file the storage cannot size (gone, unreachable) is left out rather
than given a wrong length.
"""

from __future__ import annotations

from django.core.files.storage import default_storage
from django.utils.feedgenerator import Enclosure

from articles.models import Article, Photo
from articles.opengraph import image_type
from articles.selectors.common import file_url


def photo_enclosure(photo: Photo) -> Enclosure | None:
    """The enclosure of ``photo``'s shared copy (address relative to the site: the feed makes
    it absolute), or None: no picture shown, no type known, or a file the storage cannot size.
    One look at the storage (a file's size), no query."""
    if not photo.picture_shown:
        return None
    field = "rendition" if photo.rendition else "image"
    url = file_url(photo, field)
    kind = image_type(url)
    if not url or not kind:
        return None
    try:
        length = default_storage.size(getattr(photo, field).name)
    except (OSError, NotImplementedError):
        return None
    return Enclosure(url, str(length), kind)


def with_enclosures(stories: list[Article]) -> None:
    """Give each of ``stories`` ``enclosures``: its photos' (:func:`photo_enclosure`), in
    print order. One query, none for no story."""
    found: dict[int, list[Enclosure]] = {story.pk: [] for story in stories}
    if found:
        photos = Photo.objects.filter(article_id__in=list(found)).order_by(
            "article_id", "page__sequence", "position"
        )
        for photo in photos.only("article_id", "image", "rendition", "rendition_state"):
            enclosure = photo_enclosure(photo)
            if enclosure is not None:
                found[photo.article_id].append(enclosure)
    for story in stories:
        story.enclosures = found[story.pk]
