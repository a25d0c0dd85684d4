"""The pure page-PDF package: refusing bad PDFs, rendering, page text, and story zones, on PDFs
the tests make (tests/pdfpages/builder.py)."""

from __future__ import annotations

import io
import re

import pytest

pytest.importorskip("pypdfium2")

from articles.parsing import parse_page
from articles.pdfpages import (
    Box,
    Char,
    PageLayout,
    PartText,
    PdfLimits,
    PdfPageError,
    match_parts,
    open_pdf,
    page_text,
    read_page,
    render_page,
)
from tests.pdfpages.builder import front_page, need_fonts, pdf_with_font, second_page


def layout_of(data: bytes, limits: PdfLimits | None = None):
    limits = limits or PdfLimits()
    with open_pdf(data, limits) as document:
        return read_page(document, 0, limits)


def centre(box: tuple[float, float, float, float]) -> tuple[float, float]:
    return (box[0] + box[2]) / 2, (box[1] + box[3]) / 2


def inside(point: tuple[float, float], rects: list[Box]) -> bool:
    return any(r.x0 <= point[0] <= r.x1 and r.y0 <= point[1] <= r.y1 for r in rects)


def sentences(text: str) -> list[str]:
    return sorted(s for s in re.split(r"[。\s]", text) if s)


def test_each_story_zone_covers_its_lines_and_no_other_storys():
    built = front_page()
    layout = layout_of(built.pdf)
    parts = [PartText(n, s.text()) for n, s in enumerate(built.stories)]
    parts.append(PartText("photo", built.caption.paragraphs[0] + "记者 孙立摄", images=True))
    zones = match_parts(layout, parts)
    truth = [*built.stories, built.caption]
    for n, zone in enumerate(zones):
        assert zone.found, f"part {zone.key} not found"
        for line in truth[n].lines:
            assert inside(centre(line), zone.rects), (zone.key, line)
        for m, other in enumerate(truth):
            if m != n:
                for line in other.lines:
                    assert not inside(centre(line), zone.rects), (zone.key, "covers", m, line)


def test_the_l_shaped_story_gets_more_than_one_rectangle_and_the_photo_its_image():
    built = front_page()
    layout = layout_of(built.pdf)
    zones = match_parts(
        layout,
        [
            PartText("l", built.stories[0].text()),
            PartText("b", built.stories[1].text()),
            PartText("photo", built.caption.paragraphs[0], images=True),
        ],
    )
    assert len(zones[0].rects) >= 2
    image = layout.images[0]
    assert inside(((image.x0 + image.x1) / 2, (image.y0 + image.y1) / 2), zones[2].rects)


def test_a_part_whose_text_is_not_on_the_page_gets_no_zone():
    layout = layout_of(front_page().pdf)
    (zone,) = match_parts(
        layout, [PartText("x", "这段文字根本没有印在这一版上，任何地方都找不到。")]
    )
    assert not zone.found and zone.rects == []


def test_text_from_the_pdf_gives_the_same_stories_as_the_text_file():
    for built in (front_page(), second_page()):
        layout = layout_of(built.pdf)
        from_pdf, from_txt = parse_page(page_text(layout)), parse_page(built.text)
        assert [a.headline for a in from_pdf.articles] == [a.headline for a in from_txt.articles]
        for a, b in zip(from_pdf.articles, from_txt.articles, strict=True):
            assert sentences(a.text) == sentences(b.text)
            assert [m.label for m in a.markers] == [m.label for m in b.markers]
        assert [p.caption for p in from_pdf.photos] == [p.caption for p in from_txt.photos]


def test_the_jump_reads_from_the_second_pages_pdf():
    parsed = parse_page(page_text(layout_of(second_page().pdf)))
    assert parsed.articles[0].continued_from == "1"


@pytest.mark.parametrize(("image_format", "pillow_format"), [("jpeg", "JPEG"), ("webp", "WEBP")])
def test_a_page_renders_to_its_image_format_with_a_thumbnail(image_format, pillow_format):
    from PIL import Image

    limits = PdfLimits(dpi=72, thumbnail_width=100, image_format=image_format)
    with open_pdf(front_page().pdf, limits) as document:
        rendered = render_page(document, 0, limits)
    image = Image.open(io.BytesIO(rendered.image))
    assert image.format == pillow_format and image.mode == "RGB"
    assert image.size == (600, 900) == (rendered.width, rendered.height)
    thumbnail = Image.open(io.BytesIO(rendered.thumbnail))
    assert thumbnail.format == pillow_format and thumbnail.size == (100, 150)


def test_pages_rendered_one_after_another_into_one_buffer_are_each_as_rendered_alone():
    from articles.pdfpages import RenderBuffer, render_image

    limits = PdfLimits(dpi=72)
    small = bytes(_fpdf().output())  # 600 × 900 points, one word
    pages = [front_page().pdf, second_page().pdf, small, front_page().pdf]
    alone = []
    for data in pages:
        with open_pdf(data, limits) as document:
            alone.append(render_image(document, 0, limits).tobytes())
    into = RenderBuffer()
    for data, expected in zip(pages, alone, strict=True):
        with open_pdf(data, limits) as document:
            image = render_image(document, 0, limits, into=into)
            assert image.tobytes() == expected  # nothing of the page before shows through
            image.close()
    assert len(set(alone)) == 3


def _fpdf(pages: int = 1, text: bool = True):
    need_fonts()
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(600, 900))
    for _ in range(pages):
        pdf.add_page()
        if text:
            pdf.set_font("helvetica", size=12)
            pdf.text(50, 50, "page")
    return pdf


@pytest.mark.parametrize(
    ("data", "limits", "says"),
    [
        (
            lambda: b"just some text, not a PDF",
            PdfLimits(),
            "不是 PDF.*只导入文字时，不给这个 PDF 即可",
        ),
        (lambda: b"", PdfLimits(), "PDF 文件是空的（0 字节）"),
        (lambda: b"%PDF-1.7\n1 0 obj garbage", PdfLimits(), "损坏"),
        (
            lambda: bytes(_fpdf(3).output()),
            PdfLimits(max_pages=2),
            "PDF 有 3 页，超过一份 PDF 的上限（2 页）.*拆成每份不超过 2 页.*--pdf-pages",
        ),
        (lambda: bytes(_fpdf().output()), PdfLimits(max_bytes=100), "字节"),
    ],
    ids=["not-a-pdf", "empty", "corrupt", "too-many-pages", "too-many-bytes"],
)
def test_bad_pdfs_are_refused_with_a_clear_error(data, limits, says):
    with pytest.raises(PdfPageError, match=says), open_pdf(data(), limits):
        pass


def test_an_encrypted_pdf_is_refused():
    pdf = _fpdf()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    with pytest.raises(PdfPageError, match="加密"), open_pdf(bytes(pdf.output())):
        pass


def test_a_pdf_without_pages_is_refused():
    import pypdfium2

    buffer = io.BytesIO()
    pypdfium2.PdfDocument.new().save(buffer)
    # PDFium itself refuses a document with no page as damaged: the page tree says why.
    with pytest.raises(PdfPageError, match=r"没有任何页面"), open_pdf(buffer.getvalue()):
        pass


def test_a_page_too_large_to_render_is_refused():
    limits = PdfLimits(dpi=300, max_pixels=1_000_000)
    with pytest.raises(PdfPageError, match="像素"):
        layout_of(bytes(_fpdf().output()), limits)


def test_a_decompression_bomb_is_refused_before_rendering():
    limits = PdfLimits(max_image_pixels=1000)  # the photo is 120 × 60 pixels
    with pytest.raises(PdfPageError, match="解压炸弹"):
        layout_of(front_page().pdf, limits)


def test_a_pdf_without_a_text_layer_gives_a_warning():
    layout = layout_of(bytes(_fpdf(text=False).output()))
    assert not layout.has_text
    assert any("没有文字层" in w for w in layout.warnings)
    assert page_text(layout).strip() == ""


def test_a_font_neither_embedded_nor_standard_is_named_in_a_warning():
    layout = layout_of(pdf_with_font("SimSun"))
    assert layout.has_text
    assert [w for w in layout.warnings if "字体" in w] == [
        "PDF 没有嵌入字体“SimSun”，版面图用替代字体绘制，可能与印刷不同；请导出时嵌入全部字体"
    ]


def test_a_standard_font_not_embedded_gives_no_warning():
    layout = layout_of(pdf_with_font("Helvetica", subtype="Type1"))
    assert layout.has_text and layout.warnings == []


@pytest.mark.parametrize("data", [lambda: front_page().pdf, lambda: pdf_with_font("SimSun")])
def test_a_page_read_with_what_its_check_found_is_the_page_read_whole(data):
    from articles.pdfpages import check_page

    data = data()
    with open_pdf(data) as document:
        objects = check_page(document, 0)
    with open_pdf(data) as document:
        assert read_page(document, 0, objects=objects) == read_page(document, 0)
    assert objects.images or objects.font_warnings  # the photo's box, or the missing font


def test_a_packed_layout_unpacks_to_the_same_characters_images_and_warnings():
    from articles.pdfpages.packed import PackedLayout

    layout = layout_of(front_page().pdf)
    layout.warnings.append("a warning")
    packed = PackedLayout.pack(layout)
    assert packed.unpack() == layout
    assert len(packed.text) == len(layout.chars) and len(packed.boxes) == 4 * len(layout.chars)
    assert packed.unpack().chars is not packed.unpack().chars  # each caller's own list


def test_packing_refuses_a_character_that_is_not_one_code_point():
    from articles.pdfpages.packed import PackedLayout

    layout = PageLayout(width=100, height=100, chars=[Char("ab", Box(0, 0, 0.1, 0.1), 9.0)])
    with pytest.raises(ValueError, match="not one code point"):
        PackedLayout.pack(layout)


def test_zones_matched_on_the_packed_page_are_those_matched_on_the_page_as_read():
    from articles.pdfpages.packed import PackedLayout

    built = front_page()
    layout = layout_of(built.pdf)
    parts = [PartText(n, s.text()) for n, s in enumerate(built.stories)]
    parts.append(PartText("photo", built.caption.paragraphs[0], images=True))
    parts.append(PartText("absent", "这段文字不在版面上出现过"))
    assert match_parts(PackedLayout.pack(layout), parts) == match_parts(layout, parts)


def test_folding_a_packed_page_keeps_each_folded_character_pointing_at_its_own():
    from articles.pdfpages.zones import _folded, fold_page

    def chars(text: str) -> list[Char]:
        return [Char(t, Box(0, 0, 0.1, 0.1), 9.0) for t in text]

    for text in ("全角ＡＢＣ１２３与繁體", "空　格 与㈠括号"):  # one to one; dropped and widened
        folded, where = fold_page(text)
        assert (folded, list(where)) == _folded(chars(text))


def test_a_page_character_found_for_two_parts_is_placed_with_the_later_one():
    from articles.pdfpages.zones import PartZone, _owned

    zones = [
        PartZone("a", coverage=1.0, chars=[0, 1, 2]),
        PartZone("b", coverage=0.2, chars=[3]),  # not placed: too little found
        PartZone("c", coverage=1.0, chars=[2, 4]),  # 2 folded to two characters, one each
    ]
    assert _owned(zones, 0.5) == {0: [0, 1], 2: [2, 4]}
    zones[2].chars = [4, 5]
    assert _owned(zones, 0.5) == {0: [0, 1, 2], 2: [4, 5]}


def test_a_rectangle_is_kept_off_a_neighbours_lines_without_the_lines_of_parts_far_away():
    from articles.pdfpages.zones import _Neighbours

    def row(x0: float, y: float, n: int) -> list[tuple[float, float, float, float]]:
        return [(x0 + 0.02 * i, y, x0 + 0.02 * (i + 1), y + 0.02) for i in range(n)]

    # Part 0 in the top left, part 1 right below it, part 2 at the bottom right of the page.
    box = row(0.1, 0.1, 5) + row(0.1, 0.13, 5) + row(0.7, 0.9, 5)
    near = _Neighbours(box, {0: [0, 1, 2, 3, 4], 1: [5, 6, 7, 8, 9], 2: [10, 11, 12, 13, 14]})
    around = Box(0.1, 0.1, 0.2, 0.15)  # part 0 stretched down over part 1's line
    # Part 1's line, each character less a quarter on each side; part 2 never looked at.
    (line,) = near.others(around, 0)
    assert line.as_list() == [0.105, 0.135, 0.195, 0.145]
    assert sorted(near._lines) == [1]
    # Over the edge of part 1's characters, not over what they cover: touching is not covering.
    assert near.others(Box(0.1, 0.1, 0.2, 0.1325), 0) == []
