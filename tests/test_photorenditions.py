"""A photo's copies made from its decoded picture (:mod:`articles.photorenditions`): turned upright
as the camera's EXIF orientation says, transparent pictures kept transparent, and the pixels
decoding takes read from the header (a camera JPEG at a fraction, a PNG whole), which decides
whether the desk's save makes them or the task worker does."""

from __future__ import annotations

import io

from PIL import Image

from articles.photorenditions import decoded_pixels, renditions


def encoded(picture: Image.Image, kind: str, **options) -> io.BytesIO:
    out = io.BytesIO()
    picture.save(out, format=kind, **options)
    out.seek(0)
    return out


def test_a_picture_taken_on_its_side_is_turned_upright():
    picture = Image.new("RGB", (1800, 1200), (255, 255, 255))
    picture.paste((200, 0, 0), (0, 0, 900, 1200))  # the left half red, as stored
    exif = Image.Exif()
    exif[0x0112] = 6  # stored turned: shown turned a quarter clockwise
    thumb, reader = renditions(encoded(picture, "JPEG", exif=exif.tobytes(), quality=90))
    assert (reader.width, reader.height) == (1200, 1800)
    assert (thumb.width, thumb.height) == (400, 600)
    with Image.open(io.BytesIO(reader.data)) as shown:
        assert shown.size == (1200, 1800)
        top, bottom = shown.getpixel((600, 100)), shown.getpixel((600, 1700))
    assert top[0] > 150 and top[1] < 80  # the stored left half is now on top
    assert bottom == (255, 255, 255) or min(bottom) > 230


def test_a_transparent_palette_png_keeps_its_transparency():
    picture = Image.new("P", (1600, 800), 0)
    picture.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    picture.paste(1, (800, 0, 1600, 800))
    _, reader = renditions(encoded(picture, "PNG", transparency=0))
    with Image.open(io.BytesIO(reader.data)) as shown:
        assert shown.mode == "RGBA" and shown.size == (1200, 600)
        red, green, _, alpha = shown.getpixel((1100, 300))
        assert shown.getpixel((100, 300))[3] == 0 and red > 240 and green < 10 and alpha == 255


def test_a_small_greyscale_picture_is_not_enlarged():
    thumb, reader = renditions(encoded(Image.new("L", (300, 200), 90), "PNG"))
    assert (reader.width, reader.height) == (300, 200) == (thumb.width, thumb.height)


def test_decoding_a_camera_jpeg_takes_a_fraction_of_its_pixels_and_a_png_all():
    jpeg = encoded(Image.new("RGB", (4800, 3600)), "JPEG")
    assert decoded_pixels(jpeg) == 1200 * 900  # decoded at a quarter of its width
    assert jpeg.tell() == 0
    assert decoded_pixels(encoded(Image.new("RGB", (4800, 3600)), "PNG")) == 4800 * 3600
