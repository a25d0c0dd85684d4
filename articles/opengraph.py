"""Open Graph and Twitter card tags: what a link shared in a chat or on a social site shows
(its title, words, picture and address).

A view that knows its page (a story, a 版面, an issue) gives ``og`` in its context
(:func:`story_card`, :func:`page_card`, :func:`issue_card`), made only from what the page's
remembered keys already hold, so a kept page never shows another's card; every other page
gets a card from its paper (or the site) and its canonical address. The picture is the story's
first photo with an image, else the page's thumbnail when readers may see that picture
(:func:`articles.selectors.pages.shown_picture`: every story on the page public); addresses are
absolute, on the host the reader asked for.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from articles.addresses import address
from articles.language import TRADITIONAL
from articles.models.photos import PDF_PHOTOS
from articles.public import shortened
from articles.selectors.common import file_url
from articles.selectors.pages import shown_picture

#: ``og:locale`` for each script (a territory is required: Taiwan's for traditional).
LOCALES = {"zh-Hans": "zh_CN", TRADITIONAL: "zh_TW"}


def story_card(article, name: str, description: str, photos: list, pages: list) -> dict:
    """A story's card: its name for readers, its first words, ``article`` type, and its first
    photo whose picture readers are shown (:attr:`~articles.models.Photo.picture_shown`), as
    JPEG (:func:`shared_photo_url`: its 1200-pixel copy for readers made JPEG, which WeChat's
    card and scrapers that show no WebP take; an upload's original may be a camera's 11000
    pixels), else, last, its home page's thumbnail (``pages``: the issue's, with their
    pictures: no query; its size :func:`thumbnail_size`, 240 wide: a ``summary`` card,
    :func:`card_kind`). With a photo, ``image_size`` (width, height in pixels, of
    the copy shared; None when not known) and ``image_alt`` (its caption, else the story's
    name), for ``og:image:width``/``height``/``alt`` and the JSON-LD ``image``."""
    photo = lead_photo(photos)
    card = {"title": name, "description": description, "type": "article", "image": ""}
    card.update(photo_image(photo, name))
    image = card["image"]
    if not image:
        home = next((page for page in pages if page.pk == article.page_id), None)
        picture = shown_picture(home) if home is not None else None  # (public pictures only)
        if picture is not None and picture.thumbnail:
            card["image"] = picture.thumbnail.url
            card["image_size"] = thumbnail_size(picture)
    return card


#: The narrowest picture a ``summary_large_image`` card takes (X's cards documentation: at least
#: 300×157 pixels); a narrower one (a page's 240-pixel thumbnail) makes a ``summary`` card.
LARGE_IMAGE_MIN_WIDTH = 300


#: A page thumbnail's width without ``NEWSROOM_PDF_THUMBNAIL_WIDTH``: the importer's default
#: (``articles.pdfpages.document.PdfLimits.thumbnail_width``, not imported: it loads pypdfium2).
PAGE_THUMBNAIL_WIDTH = 240


def thumbnail_size(picture) -> tuple[int, int]:
    """The size (width, height in pixels) of ``picture``'s thumbnail (a
    :class:`~articles.models.PageImage`), as :func:`articles.pdfpages.rendering` makes it from
    the page image (``picture.width`` × ``picture.height``): ``NEWSROOM_PDF_THUMBNAIL_WIDTH``
    wide (240 by default), never wider than the page image, its height in proportion."""
    wide = getattr(settings, "NEWSROOM_PDF_THUMBNAIL_WIDTH", PAGE_THUMBNAIL_WIDTH)
    width = min(wide, picture.width)
    return width, max(1, round(picture.height * width / picture.width))


def card_kind(card: dict) -> str:
    """The ``twitter:card`` of ``card``: ``summary_large_image`` for a picture known to be at
    least :data:`LARGE_IMAGE_MIN_WIDTH` wide (``image_size``), else ``summary`` (a smaller
    picture, or one of unknown size, is shown as the small square beside the words)."""
    size = card.get("image_size") if card.get("image") else None
    return "summary_large_image" if size and size[0] >= LARGE_IMAGE_MIN_WIDTH else "summary"


#: How long an image's ``alt`` in a card is at most (its caption shortened).
IMAGE_ALT_LENGTH = 120

#: An image's MIME type by its file's ending, for ``og:image:type`` (the formats readers get).
IMAGE_TYPES = {
    ".webp": "image/webp",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
}


def shares_jpeg(photo) -> bool:
    """Whether ``photo`` has a picture its JPEG copy (:func:`shared_photo_url`) is made from:
    its reader's copy, or a picture cut from its page's PDF (which has none). Not an upload
    whose copy is not made yet: its original is never decoded for a reader
    (:mod:`articles.views.sharedphoto`)."""
    if file_url(photo, "rendition"):
        return True
    image = photo.__dict__.get("image")  # (its name, without a FieldFile: see file_url)
    name = getattr(image, "name", image) or ""
    return name.startswith(PDF_PHOTOS)


def lead_photo(photos):
    """The first of ``photos`` (in the order given: print order) whose picture readers are shown
    (:attr:`~articles.models.Photo.picture_shown`) and whose JPEG can be made
    (:func:`shares_jpeg`), or None."""
    return next((p for p in photos if p.picture_shown and shares_jpeg(p)), None)


def photo_image(photo, name: str) -> dict:
    """A card's picture from ``photo`` (None: no picture, ``{"image": ""}``): its JPEG
    (:func:`shared_photo_url`), ``image_size`` (width, height in pixels of its reader's copy,
    which the JPEG keeps; None when not known: a picture cut from the PDF) and ``image_alt``
    (its caption, shortened, else ``name``)."""
    if photo is None:
        return {"image": ""}
    sized = file_url(photo, "rendition") and photo.width and photo.height
    return {
        "image": shared_photo_url(photo),
        "image_size": (photo.width, photo.height) if sized else None,
        "image_alt": shortened(photo.caption, IMAGE_ALT_LENGTH) or name,
    }


def card_key(card: dict) -> tuple:
    """``card``'s values in a tuple (by key), for the key of a remembered page whose head shows
    it: a page whose card changed (another lead photo, its caption) is rendered again."""
    return tuple((key, card[key]) for key in sorted(card))


def shared_photo_url(photo) -> str:
    """The address of ``photo``'s JPEG copy (``/photos/<id>.jpg``,
    :mod:`articles.views.sharedphoto`), relative to the site."""
    return address("articles:photo-jpeg", photo=photo.pk)


def image_type(url: str) -> str:
    """The MIME type of the image at ``url`` by its ending, "" for none known."""
    return next((kind for end, kind in IMAGE_TYPES.items() if url.lower().endswith(end)), "")


def page_card(page, section: str, photos: list) -> dict:
    """A 版面's card: ``A1版 要闻 · 南通日报 2020年7月9日``, and its lead photo (the first of
    ``photos``, the page's in print order, whose JPEG can be made: :func:`lead_photo`) as
    JPEG with its size and alt, as a story's card gives it (:func:`photo_image`); no picture
    without one (never the page's WebP thumbnail, which WeChat's card and some scrapers do not
    show)."""
    issue = page.issue
    title = f"{page.label}版{f' {section}' if section else ''} · {issue.publication.name} " + (
        f"{issue.date.year}年{issue.date.month}月{issue.date.day}日"
    )
    card = {"title": title, "description": f"{title}，版面与全部稿件"}
    card.update(photo_image(lead_photo(photos), title))
    return card


def issue_card(issue, pages: list, image: dict | None = None) -> dict:
    """An issue's card: the paper, the date and number, how many pages, and its lead photo as
    JPEG with its size and alt (``image``: :func:`articles.selectors.photoshares.issue_lead_image`,
    the first photo in print order whose JPEG can be made; its alt the card's title when the
    photo has no caption); no picture without one."""
    day = f"{issue.date.year}年{issue.date.month}月{issue.date.day}日"
    number = f" 第{issue.number}期" if issue.number else ""
    title = f"{issue.publication.name} {day}{number}"
    card = {"title": title, "description": f"{title}，共 {len(pages)} 版", "image": ""}
    card.update(image or {})
    if card["image"]:
        card["image_alt"] = card.get("image_alt") or title
    return card


def card_tags(request, card: dict, *, url: str, site_name: str, language: str) -> SafeString:
    """The ``<meta>`` tags of ``card`` (``title``, ``description``, optional ``type``,
    ``image``, ``image_size`` and ``image_alt``), ``url`` (the page's canonical address, "" for none), the site's name and the
    page's language (``zh-Hans``/``zh-Hant``), every address absolute."""
    absolute = request.build_absolute_uri if request is not None else str
    image = card.get("image") or ""
    properties = [
        ("og:title", card["title"]),
        ("og:description", card.get("description") or card["title"]),
        ("og:type", card.get("type") or "website"),
        ("og:site_name", site_name),
        ("og:locale", LOCALES.get(language, "zh_CN")),
    ]
    if url:
        properties.append(("og:url", absolute(url)))
    if image:
        properties.append(("og:image", absolute(image)))
        if image_type(image):
            properties.append(("og:image:type", image_type(image)))
        if card.get("image_size"):
            properties.append(("og:image:width", str(card["image_size"][0])))
            properties.append(("og:image:height", str(card["image_size"][1])))
        if card.get("image_alt"):
            properties.append(("og:image:alt", card["image_alt"]))
    tags = format_html_join("\n  ", '<meta property="{}" content="{}">', properties)
    return format_html('{}\n  <meta name="twitter:card" content="{}">', tags, card_kind(card))
