"""The JPEG copy a photo is shared as (share cards, aggregators: ``/photos/<id>.jpg``): at most
the reader's width, never enlarged, upright, a transparent picture on white."""

from __future__ import annotations

import io

from PIL import Image

from articles.photorenditions import READER_WIDTH, jpeg_copy


def encoded(picture: Image.Image, kind: str, **options) -> io.BytesIO:
    out = io.BytesIO()
    picture.save(out, format=kind, **options)
    out.seek(0)
    return out


def test_a_wide_picture_is_made_the_readers_width_and_a_small_one_kept():
    wide = jpeg_copy(encoded(Image.new("RGB", (2400, 1000), "red"), "WEBP"))
    assert (wide.width, wide.height) == (READER_WIDTH, 500)
    small = jpeg_copy(encoded(Image.new("RGB", (300, 200), "red"), "PNG"))
    assert Image.open(io.BytesIO(small.data)).format == "JPEG"
    assert (small.width, small.height) == (300, 200)


def test_a_transparent_picture_is_on_white():
    clear = Image.new("RGBA", (20, 20), (255, 0, 0, 0))
    copy = Image.open(io.BytesIO(jpeg_copy(encoded(clear, "PNG")).data))
    assert min(copy.getpixel((10, 10))) > 240  # white, not black


def test_a_photo_turned_by_its_exif_is_made_upright():
    exif = Image.Exif()
    exif[0x0112] = 6  # turned a quarter: shown 100 wide and 200 tall
    turned = encoded(Image.new("RGB", (200, 100), "blue"), "JPEG", exif=exif)
    copy = jpeg_copy(turned)
    assert (copy.width, copy.height) == (100, 200)
