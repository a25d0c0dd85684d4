"""The photo an issue's share card gives (:func:`articles.opengraph.issue_card`): its lead photo."""

from __future__ import annotations

from articles import caching
from articles.models import Issue, Photo
from articles.opengraph import lead_photo, photo_image

#: How many of an issue's photos, in print order, are looked at for its lead photo: one whose
#: JPEG cannot be made (an upload waiting for its copies, a picture failed) is passed over.
LOOKED_AT = 20


def issue_lead_photo(issue: Issue) -> Photo | None:
    """The first photo of ``issue`` in print order (its pages by sequence, each page's photos by
    position) that readers may see (:meth:`~articles.querysets.PhotoQuerySet.public`), whose
    picture is shown and whose shared JPEG can be made (:func:`~articles.opengraph.lead_photo`),
    among its first :data:`LOOKED_AT`; None without one. One query."""
    photos = (
        Photo.objects.public()
        .filter(page__issue_id=issue.pk)
        .order_by("page__sequence", "position")
        .only("caption", "image", "rendition", "rendition_state", "width", "height")
    )
    return lead_photo(list(photos[:LOOKED_AT]))


def issue_lead_image(issue: Issue) -> dict:
    """The picture of ``issue``'s card (:func:`articles.opengraph.photo_image` of
    :func:`issue_lead_photo`, its alt "" for a photo without a caption: the card's title then),
    kept (:func:`articles.caching.kept`) under the issue's tag, which a photo saved on any of its
    pages bumps: strings and numbers only. One query when not kept."""
    return caching.kept(
        f"lead-image:{issue.pk}",
        lambda: photo_image(issue_lead_photo(issue), ""),
        lambda _: [caching.issue(issue.pk)],
        shared=True,  # read only: copied into the card
    )
