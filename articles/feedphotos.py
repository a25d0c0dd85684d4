"""Photos in the feeds: an Atom ``<link rel="enclosure">`` for each photo of an entry, so an
aggregator shows the picture with the story (RFC 4287 §4.2.7.2: ``href``, ``type``, ``length``
in bytes).

Each photo whose picture readers are shown (:attr:`~articles.models.Photo.picture_shown`) is
enclosed by its shared JPEG, ``/photos/<id>.jpg`` (:mod:`articles.views.sharedphoto`, the
picture share cards give): aggregators and podcast-style readers expect JPEG, and some show no
WebP (the enclosure was the 1200-pixel WebP copy). Its ``length`` is the JPEG's as kept on the
photo when it was made (:func:`articles.sharedjpeg.shared_jpeg_known`: with the readers' copies,
or by ``manage.py photo_renditions`` for photos from before and pictures cut from page PDFs);
a photo whose JPEG's length is not known for its current picture is left out until it is,
never given a guessed length. Never an upload's original (a camera's full size, its EXIF with
the place it was taken): a photo whose copy is not made yet has no JPEG.

A feed render encloses at most :data:`SIZED_AT_MOST` photos: the first stories' (the newest),
the rest enclosing none (a feed has up to 200 entries, a story many photos).
"""

from __future__ import annotations

from django.utils.feedgenerator import Enclosure

from articles.models import Article, Photo
from articles.opengraph import shared_photo_url
from articles.sharedjpeg import shared_jpeg_known

#: How many photos one feed render encloses at most (the newest stories' first).
SIZED_AT_MOST = 40

#: The enclosures' type: the shared copy is always JPEG (:func:`~articles.photorenditions.jpeg_copy`).
JPEG = "image/jpeg"


def photo_enclosure(photo: Photo) -> Enclosure | None:
    """The enclosure of ``photo``'s shared JPEG (address relative to the site: the feed makes
    it absolute) by its known length, or None: no picture shown, no JPEG (no reader's copy or
    picture cut from the PDF), or its length not known for the picture it has now. No query,
    no storage."""
    if not photo.picture_shown:
        return None
    length = shared_jpeg_known(photo)
    if length is None:
        return None
    return Enclosure(shared_photo_url(photo), str(length), JPEG)


def with_enclosures(stories: list[Article], at_most: int | None = None) -> None:
    """Give each of ``stories`` ``enclosures``: its photos' (:func:`photo_enclosure`), in
    print order, for the photos of the first stories up to ``at_most`` enclosures
    (:data:`SIZED_AT_MOST` by default). One query, none for no story."""
    found: dict[int, list[Enclosure]] = {story.pk: [] for story in stories}
    if found:
        photos = Photo.objects.filter(article_id__in=list(found)).order_by(
            "article_id", "page__sequence", "position"
        )
        fields = ("article_id", "image", "rendition", "rendition_state")
        by_story: dict[int, list[Photo]] = {}
        for photo in photos.only(*fields, "shared_jpeg_bytes", "shared_jpeg_from"):
            by_story.setdefault(photo.article_id, []).append(photo)
        left = SIZED_AT_MOST if at_most is None else at_most
        for story in stories:
            for photo in by_story.get(story.pk, ()):
                if left <= 0:
                    break
                enclosure = photo_enclosure(photo)
                if enclosure is not None:
                    left -= 1
                    found[story.pk].append(enclosure)
    for story in stories:
        story.enclosures = found[story.pk]
