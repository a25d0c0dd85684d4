"""A photo's copies made from its decoded picture (:mod:`articles.photorenditions`): turned upright
as the camera's EXIF orientation says, transparent pictures kept transparent, and the pixels
decoding takes read from the header (a camera JPEG at a fraction, a PNG whole), which decides
whether the desk's save makes them or the task worker does."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from articles.photorenditions import (
    copy_size,
    decoded_check,
    decoded_pixels,
    png_data_check,
    renditions,
)


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


def test_a_tall_strips_copies_are_bounded_by_webps_height():
    assert copy_size(2000, 40000, 1200) == (819, 16383)
    assert copy_size(800, 17000, 400) == (400, 8500)
    assert copy_size(3000, 2000, 1200) == (1200, 800)
    assert copy_size(300, 200, 1200) == (300, 200)  # never enlarged


def grey_of(rendition) -> int:
    with Image.open(io.BytesIO(rendition.data)) as shown:
        return shown.convert("L").getpixel((shown.width // 2, shown.height // 2))


def test_a_16_bit_grey_png_is_scaled_to_8_bits_not_clipped_to_white_and_other_modes_keep_theirs():
    picture = Image.new("I;16", (600, 400), 30000)  # 30000 of 65535: a middle grey
    thumb, reader = renditions(encoded(picture, "PNG"))
    assert 110 <= grey_of(reader) <= 122 and 110 <= grey_of(thumb) <= 122
    _other_modes_keep_their_colours()


def test_a_32_bit_grey_of_16_bit_values_is_scaled_too():
    picture = Image.new("I", (60, 40), 30000)  # what Pillow makes of some 16-bit PNGs
    out = io.BytesIO()
    picture.convert("I;16").save(out, format="PNG")
    out.seek(0)
    assert 110 <= grey_of(renditions(out)[1]) <= 122


def _other_modes_keep_their_colours():
    cmyk = Image.new("CMYK", (60, 40), (0, 255, 255, 0))  # red in ink
    with Image.open(io.BytesIO(renditions(encoded(cmyk, "JPEG"))[1].data)) as shown:
        red = shown.getpixel((30, 20))
    assert red[0] > 200 and red[1] < 60 and red[2] < 60
    grey_alpha = Image.new("LA", (60, 40), (100, 128))
    with Image.open(io.BytesIO(renditions(encoded(grey_alpha, "PNG"))[1].data)) as shown:
        assert shown.mode == "RGBA" and abs(shown.getpixel((30, 20))[3] - 128) < 8
    palette = Image.new("P", (60, 40), 1)
    palette.putpalette([0, 0, 0, 0, 128, 0] + [0] * 762)
    with Image.open(io.BytesIO(renditions(encoded(palette, "PNG", transparency=0))[1].data)) as s:
        assert s.mode == "RGB" or s.getpixel((30, 20))[3] == 255
        assert abs(s.getpixel((30, 20))[1] - 128) < 10


def test_a_jpeg_cut_short_is_found_by_decoding_it():
    out = encoded(Image.effect_noise((300, 200), 60).convert("RGB"), "JPEG")
    cut = io.BytesIO(out.getvalue()[: len(out.getvalue()) // 2])
    with pytest.raises(OSError, match="truncated"):
        decoded_check(cut)
    decoded_check(out)  # whole: nothing said


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png(width: int, height: int, rows: bytes, *, interlace: int = 0) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, interlace)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", rows)
        + _chunk(b"IEND", b"")
    )


def _data_cut_in_half(data: bytes) -> bytes:
    """The PNG ``data`` with its image data cut in half, every chunk's checksum right."""
    with Image.open(io.BytesIO(data)) as picture:
        width, height = picture.size
    idat = b"".join(_idat_chunks(data))
    return _png(width, height, idat[: len(idat) // 2])


def _idat_chunks(data: bytes):
    at = 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        if data[at + 4 : at + 8] == b"IDAT":
            yield data[at + 8 : at + 8 + length]
        at += 12 + length


def test_a_png_whose_data_was_cut_in_half_is_found_though_verify_passes_it():
    """A reviewer's 3000×2500 PNG, its data cut in half with right checksums: Pillow's verify
    passed it and the worker failed on it (image file is truncated)."""
    whole = encoded(Image.linear_gradient("L").resize((3000, 2500)).convert("RGB"), "PNG")
    half = _data_cut_in_half(whole.getvalue())
    with Image.open(io.BytesIO(half)) as picture:
        picture.verify()
    with pytest.raises(OSError, match="不完整"):
        decoded_check(io.BytesIO(half))
    decoded_check(whole)  # whole: nothing said


@pytest.mark.parametrize("mode", ["RGB", "RGBA", "P", "L", "LA", "1", "I;16"])
def test_every_kind_of_whole_png_passes_the_data_check(mode):
    png_data_check(encoded(Image.new(mode, (37, 23)), "PNG"))


@pytest.mark.parametrize("size", [(1, 1), (9, 3), (37, 23)])
def test_an_interlaced_png_needs_its_seven_passes_rows(size):
    """Adam7: a whole interlaced PNG passes (Pillow decodes it), one short of a row does not."""
    width, height = size
    passes = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2))
    rows = b""
    for x0, y0, dx, dy in (*passes, (0, 1, 1, 2)):
        columns, count = -(-max(width - x0, 0) // dx), -(-max(height - y0, 0) // dy)
        if columns:
            rows += (b"\0" + b"\x7f" * 3 * columns) * count
    whole = _png(width, height, zlib.compress(rows), interlace=1)
    with Image.open(io.BytesIO(whole)) as picture:
        picture.load()
    png_data_check(io.BytesIO(whole))
    short = _png(width, height, zlib.compress(rows[:-4]), interlace=1)
    with pytest.raises(OSError, match="不完整"):
        png_data_check(io.BytesIO(short))
