"""A photo's picture made for readers: its size read from the file's header, and smaller WebP
copies of it (a reader-sized one and a thumbnail), as the page pictures are WebP
(:mod:`articles.pdfpages.rendering`).

Pure (Pillow, no Django), like :mod:`articles.pdfpages`. The desk keeps the editor's original
(原图); readers get the copies (:mod:`articles.photofiles` stores them).

Why the header: a camera's 11000×9000 JPEG is 99 million pixels, 300 MB once decoded, and
Pillow refuses a file of over 179 million pixels (its decompression-bomb guard) with an error
Django reports as “不是图片或者是已损坏的图片”. Reading the size without decoding lets the desk
say the file is too large and by how much (:func:`image_size`); a JPEG is then decoded at the
smallest scale its DCT gives that is still larger than the widest copy (``Image.draft``: an
eighth of the pixels and memory for that photo).
"""

from __future__ import annotations

import io
import math
import struct
import warnings
import zlib
from dataclasses import dataclass
from typing import BinaryIO

from PIL import ExifTags, Image, ImageOps

#: What Pillow (and a storage) raise for a file that cannot be read or decoded.
UNREADABLE = (OSError, ValueError, SyntaxError, Image.DecompressionBombError)

#: The widths (pixels) of a photo's copies for readers: the thumbnail and the reader's picture
#: (a phone at 3× or a desktop column at 2× is well served by 1200).
THUMBNAIL_WIDTH = 400
READER_WIDTH = 1200
#: WebP quality of the copies (the page pictures' default, ``NEWSROOM_PDF_IMAGE_QUALITY``).
QUALITY = 80
#: The longest side WebP can hold (pixels): a copy of a tall strip (800×17000) is bounded by
#: its height, not made 1200 wide (libwebp refuses it: "Image size exceeds WebP limit").
WEBP_MAX_SIDE = 16383
#: The formats the desk takes (Pillow's names; a camera's MPO is a JPEG with a second picture):
#: every browser shows them as the 原图 link, and Pillow decodes them at a known cost.
FORMATS = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WebP"}


@dataclass(frozen=True)
class Rendition:
    """One copy: ``data`` (WebP bytes) of ``width`` × ``height`` pixels."""

    data: bytes
    width: int
    height: int


def image_size(file: BinaryIO) -> tuple[int, int] | None:
    """The width and height (pixels) of the picture in ``file`` as its header says, without
    decoding it and whatever its size (no decompression-bomb refusal: the caller compares it
    with its own limit); None when no format Pillow reads recognises the file. ``file`` is
    left at its start."""
    Image.init()
    file.seek(0)
    prefix = file.read(16)
    try:
        for name in Image.ID:
            factory, accept = Image.OPEN[name]
            if accept is not None and not accept(prefix):
                continue
            file.seek(0)
            try:
                picture = factory(file, "")
            except (SyntaxError, IndexError, TypeError, ValueError, struct.error, OSError):
                continue
            return picture.size
        return None
    finally:
        file.seek(0)


def fitted(width: int, height: int, max_pixels: int) -> tuple[int, int]:
    """``width`` × ``height`` scaled down, proportions kept, to at most ``max_pixels`` pixels
    (what an editor is told to shrink a photo to); unchanged when it is within."""
    if width * height <= max_pixels:
        return width, height
    scale = math.sqrt(max_pixels / (width * height))
    return max(1, math.floor(width * scale)), max(1, math.floor(height * scale))


def copy_size(width: int, height: int, most_width: int) -> tuple[int, int]:
    """The size (pixels) of a copy at most ``most_width`` wide of a ``width`` × ``height``
    picture: proportions kept, never enlarged, neither side over :data:`WEBP_MAX_SIDE` (a
    2000×40000 strip's 1200-wide copy would be 24000 tall: it is 819×16383)."""
    scale = min(1.0, most_width / width, WEBP_MAX_SIDE / height, WEBP_MAX_SIDE / width)
    if scale >= 1.0:
        return width, height
    return max(1, min(most_width, round(width * scale))), max(
        1, min(WEBP_MAX_SIDE, round(height * scale))
    )


def _encoded(picture: Image.Image, width: int) -> Rendition:
    size = copy_size(picture.width, picture.height, width)
    copy = picture if size == picture.size else picture.resize(size, Image.LANCZOS)
    out = io.BytesIO()
    copy.save(out, format="WEBP", quality=QUALITY, method=0)
    return Rendition(out.getvalue(), copy.width, copy.height)


def _opened(file: BinaryIO, widest: int, *, smallest: bool = False) -> Image.Image:
    """The picture in ``file``, not yet decoded; a JPEG set to decode at the smallest scale of
    its DCT still as large as its widest copy (``Image.draft``; :func:`copy_size`, so a tall
    strip's is bounded by height), or with ``smallest`` at an eighth whatever its copies, so
    that its ``size`` is what decoding it will make."""
    file.seek(0)
    with warnings.catch_warnings():  # a camera's 99 million pixels: within the desk's limit
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        picture = Image.open(file)
    if picture.format in ("JPEG", "MPO"):
        width, height = picture.size
        size = (max(1, width // 8), max(1, height // 8))
        picture.draft("RGB", size if smallest else copy_size(width, height, widest))
    return picture


def decoded_pixels(file: BinaryIO, widest: int = READER_WIDTH) -> int:
    """How many pixels making the copies of the picture in ``file`` (up to ``widest`` pixels
    wide) decodes: all of them for a PNG or WebP, a 64th for a large JPEG (decoded at an
    eighth of its width: an 11000×9000 camera JPEG is 1.5 million). Read from the header, no
    decoding; the time and memory of :func:`renditions` grow with it (≈ 0.1 s and 5–6 bytes
    a pixel: ``bench/photo_bench.py``). Raises what :func:`renditions` raises for a file
    Pillow does not recognise; ``file`` is left at its start."""
    try:
        with _opened(file, widest) as picture:
            return picture.width * picture.height
    finally:
        file.seek(0)


#: The transposition that turns a picture upright, by its EXIF orientation (as
#: ``ImageOps.exif_transpose``, which copies the whole decoded picture even when it turns nothing).
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
#: The orientations whose upright picture is the stored one turned a quarter.
_QUARTER_TURNS = {5, 6, 7, 8}


def decoded_check(file: BinaryIO) -> None:
    """Find a picture cut short or damaged, which Pillow's ``verify`` passes and its copies then
    fail on (``OSError: image file is truncated``): a JPEG decoded (at an eighth of its width
    and height: every byte of it is still read, a 100-million-pixel one decodes 1.6 million),
    a PNG's pixel data inflated to its end (:func:`png_data_check`: its ``verify`` checks only
    the chunks' checksums, so a 3000×2500 PNG whose data was cut in half passed it). Raises
    ``OSError`` or ``ValueError`` for such a file. A WebP's ``verify`` runs its decoder, so it
    is not decoded again here. ``file`` is left at its start."""
    try:
        with _opened(file, READER_WIDTH, smallest=True) as picture:
            kind = picture.format
            if kind in ("JPEG", "MPO"):
                picture.load()
        if kind == "PNG":
            file.seek(0)
            png_data_check(file)
    finally:
        file.seek(0)


#: Bytes a PNG pixel's samples take, by colour type (grey, RGB, palette, grey + alpha, RGBA),
#: in samples; and Adam7's seven passes (first column, first row, column step, row step).
_PNG_SAMPLES = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_ADAM7 = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2))
_ADAM7 += ((0, 1, 1, 2),)
_INFLATE_STEP = 1 << 20


def png_data_check(file: BinaryIO) -> None:
    """Raise ``OSError`` unless the PNG in ``file`` (at its start) holds all its pixels: its
    image data (the ``IDAT`` chunks) inflates to the end of its zlib stream and to at least
    the bytes its header's size, depth, colour type and interlacing need. Nothing is decoded
    or kept: inflated 1 MB at a time (a 3000×2500 RGB PNG, 22 MB of rows, ≈ 0.05 s)."""
    if file.read(8) != b"\x89PNG\r\n\x1a\n":
        raise OSError("不是 PNG 文件")
    inflater, inflated, needed = zlib.decompressobj(), 0, None
    while len(head := file.read(8)) == 8:
        length, kind = struct.unpack(">I4s", head)
        data = file.read(length)
        file.read(4)  # (its checksum: Pillow's verify checked it)
        if kind == b"IHDR":
            needed = _png_bytes(*struct.unpack(">IIBBBBB", data[:13]))
        elif kind == b"IDAT":
            try:
                inflated += len(inflater.decompress(data, _INFLATE_STEP))
                while inflater.unconsumed_tail:
                    inflated += len(inflater.decompress(inflater.unconsumed_tail, _INFLATE_STEP))
            except zlib.error as error:
                raise OSError(f"PNG 图像数据已损坏（{error}）") from error
        elif kind == b"IEND":
            break
    if needed is None or not inflater.eof or inflated < needed:
        raise OSError("PNG 图像数据不完整（文件被截断）")


def _png_bytes(width, height, depth, colour, _compression, _filter, interlace) -> int:
    """The bytes a PNG's rows inflate to (each row's filter byte and its samples)."""
    bits = _PNG_SAMPLES.get(colour, 4) * depth
    passes = _ADAM7 if interlace else ((0, 0, 1, 1),)
    total = 0
    for x0, y0, dx, dy in passes:
        columns, rows = -(-max(width - x0, 0) // dx), -(-max(height - y0, 0) // dy)
        if columns and rows:
            total += rows * (1 + (columns * bits + 7) // 8)
    return total


def _eight_bit(picture: Image.Image) -> Image.Image:
    """``picture`` with 8 bits a channel: a 16-bit greyscale PNG (mode ``I;16``, ``I``) or a
    float picture (``F``) scaled to 0–255, not clipped (a grey of 30000 of 65535 was pure
    white: ``convert`` clips at 255); any other mode as it is."""
    if picture.mode[0] not in "IF":
        return picture
    values = picture if picture.mode in ("I", "F") else picture.convert("I")
    _low, high = values.getextrema()
    if values.mode == "F" and high <= 1.0:
        most = 1.0  # a float picture of 0–1
    elif picture.mode.startswith("I;16") or high <= 65535:
        most = 65535 if high > 255 else 255
    else:
        most = high
    return values.point(lambda value: value * (255 / most)).convert("L")


def renditions(
    file: BinaryIO, widths: tuple[int, ...] = (THUMBNAIL_WIDTH, READER_WIDTH)
) -> tuple[Rendition, ...]:
    """WebP copies of the picture in ``file``, one for each of ``widths`` (pixels; a picture
    narrower than a width is not enlarged: its copy keeps its own size), turned upright as
    its EXIF orientation says and in RGB (or RGBA for a transparent picture; 16-bit and float
    greys scaled to 8 bits first, :func:`_eight_bit`), neither side over
    :data:`WEBP_MAX_SIDE` (:func:`copy_size`). The decoded
    picture is shrunk to the widest copy first (reduced by whole factors, then Lanczos) and
    only that is turned and converted: no second full-size buffer (a 10000×10000 PNG's
    peak 809 → 500 MB: ``bench/photo_bench.py``). Raises ``OSError``, ``ValueError`` or
    ``Image.DecompressionBombError`` for a file Pillow cannot decode (the desk's upload
    refuses those first: :mod:`articles.forms.photoupload`)."""
    with _opened(file, max(widths)) as picture:
        orientation = picture.getexif().get(ExifTags.Base.Orientation, 1)
        mode = "RGBA" if "A" in picture.getbands() or "transparency" in picture.info else "RGB"
        picture = _eight_bit(picture)
        if picture.mode not in ("RGB", "RGBA", "L", "LA"):  # a palette or bitmap: resized only so
            picture = picture.convert(mode)
        turned = orientation in _QUARTER_TURNS
        width, height = (picture.height, picture.width) if turned else picture.size
        size = copy_size(width, height, max(widths))
        if size != (width, height):
            picture = picture.resize(
                size[::-1] if turned else size, Image.LANCZOS, reducing_gap=3.0
            )
        if orientation in _UPRIGHT:
            picture = picture.transpose(_UPRIGHT[orientation])
        upright = picture.convert(mode) if picture.mode != mode else picture
        return tuple(_encoded(upright, width) for width in widths)


#: JPEG quality of the copy shared with share cards and aggregators (:func:`jpeg_copy`).
JPEG_QUALITY = 85


def jpeg_copy(file: BinaryIO, width: int = READER_WIDTH) -> Rendition:
    """A JPEG copy (``data``) of the picture in ``file``, at most ``width`` pixels wide (never
    enlarged: :func:`copy_size`), upright as its EXIF orientation says, a transparent picture
    on white: what share cards and aggregators that show no WebP (WeChat's, some scrapers')
    take. Made from the reader's WebP copy, it has that copy's size. Raises as
    :func:`renditions` does for a file Pillow cannot decode."""
    with _opened(file, width) as opened:
        picture = ImageOps.exif_transpose(_eight_bit(opened))
        size = copy_size(picture.width, picture.height, width)
        if size != picture.size:
            picture = picture.resize(size, Image.LANCZOS, reducing_gap=3.0)
        if "A" in picture.getbands() or "transparency" in picture.info:
            rgba = picture.convert("RGBA")
            picture = Image.new("RGB", rgba.size, "white")
            picture.paste(rgba, mask=rgba.getchannel("A"))
        out = io.BytesIO()
        picture.convert("RGB").save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
        return Rendition(out.getvalue(), picture.width, picture.height)
