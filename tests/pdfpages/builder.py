"""Page PDFs made by the tests (fpdf2 with Debian's Noto CJK), with the text twin of each page
and where every story's lines were drawn, so tests can check zones against the truth.

Layout of page 1 (600 × 900 pt, three 170 pt columns):

* story 0, L-shaped: headline across the page; body in columns 1–3 of the top band, then on down
  column 1;
* story 1: headline and body in columns 2–3 under story 0's top band;
* a photo (an image) with its caption in column 3;
* story 2: across the bottom band, ending ``（下转第2版）``; page 2 carries its rest
  (``（上接第1版）``) and story 3.

Every text is written here for the tests, in the tests' own words.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import pytest

FONT_DIR = Path("/usr/share/fonts/opentype/noto")
FONT = FONT_DIR / "NotoSansCJK-Regular.ttc"
FONT_BOLD = FONT_DIR / "NotoSansCJK-Bold.ttc"
W, H = 600.0, 900.0
BODY = 10.0
PITCH = 14.0
PER_LINE = 17  # 170 pt of 10 pt characters
COLUMNS = (30.0, 215.0, 400.0)


def need_fonts():
    pytest.importorskip("fpdf")
    if not FONT.exists():
        pytest.skip("Debian's fonts-noto-cjk is not installed (apt-get install fonts-noto-cjk)")


@dataclass
class Story:
    headline: str
    paragraphs: list[str]
    lines: list[tuple[float, float, float, float]] = field(default_factory=list)  # 0–1 boxes

    def text(self) -> str:
        return self.headline + "\n\n" + "\n\n".join(self.paragraphs)


def _sentences(topic: str, words: list[str], n: int) -> list[str]:
    out = []
    for i in range(n):
        a, b, c = (
            words[i % len(words)],
            words[(i * 3 + 1) % len(words)],
            words[(i * 5 + 2) % len(words)],
        )
        out.append(f"{topic}第{i + 1}项工作中，{a}与{b}同步推进，{c}也取得了新进展。")
    return out


def _paragraphs(lead: str, topic: str, words: list[str], sizes: list[int]) -> list[str]:
    paragraphs = []
    for n, size in enumerate(sizes):
        text = "".join(_sentences(topic, words[n:] + words[:n], size))
        paragraphs.append((lead if n == 0 else "") + text)
    return paragraphs


class Page:
    """A page being drawn: text flows into column areas; each story records its lines' boxes."""

    def __init__(self):
        from fpdf import FPDF

        self.pdf = FPDF(unit="pt", format=(W, H))
        self.pdf.set_auto_page_break(False)
        self.pdf.add_page()
        self.pdf.add_font("body", fname=str(FONT), collection_font_number=2)
        self.pdf.add_font(
            "head", fname=str(FONT_BOLD if FONT_BOLD.exists() else FONT), collection_font_number=2
        )

    def headline(self, story: Story, x: float, y: float, size: float = 22.0) -> None:
        self.pdf.set_font("head", size=size)
        self.pdf.text(x, y + size * 0.88, story.headline)
        width = size * len(story.headline)
        story.lines.append((x / W, y / H, (x + width) / W, (y + size) / H))

    def flow(self, story: Story, areas: list[tuple[float, float, float]]) -> None:
        """Write the story's paragraphs into ``areas`` (column x, top y, bottom y) in order."""
        self.pdf.set_font("body", size=BODY)
        lines: list[str] = []
        for paragraph in story.paragraphs:
            text = "\u3000\u3000" + paragraph
            lines.extend(text[i : i + PER_LINE] for i in range(0, len(text), PER_LINE))
        slots = [(x, y) for x, top, bottom in areas for y in _steps(top, bottom)]
        if len(lines) > len(slots):
            raise ValueError(f"{story.headline}: {len(lines)} lines, room for {len(slots)}")
        for line, (x, y) in zip(lines, slots, strict=False):
            self.pdf.text(x, y + BODY * 0.88, line)
            indent = len(line) - len(line.lstrip("\u3000"))
            story.lines.append(
                ((x + indent * BODY) / W, y / H, (x + len(line) * BODY) / W, (y + BODY) / H)
            )

    def photo(self, x: float, y: float, w: float, h: float, colour: tuple = (90, 140, 200)) -> None:
        from PIL import Image

        image = Image.new("RGB", (120, 60), colour)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        buffer.seek(0)
        self.pdf.image(buffer, x=x, y=y, w=w, h=h)

    def caption(self, story: Story, x: float, y: float) -> None:
        self.flow(story, [(x, y, y + PITCH * 3)])

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())


# Characters a browser's PDF writer (Chromium's Skia) draws with a glyph its font shares with a
# Kangxi or CJK radical: its /ToUnicode names the radical, so it wraps the glyph in a marked
# content span whose /ActualText gives the character meant.
RADICALS = {
    "日": "\u2f47",
    "月": "\u2f49",
    "二": "\u2f06",
    "十": "\u2f17",
    "民": "\u2ea0",
    "里": "\u2fa5",
}


def spanned(page: Page, x: float, y: float, drawn: str, meant: str) -> None:
    """``drawn`` written at ``x`` on the baseline ``y`` (points from the page's top left) in
    the current font, inside ``/Span <</ActualText (meant)>> BDC … EMC``: a PDF writer's
    replacement text for glyphs whose own Unicode mapping reads wrong. (fpdf2 has no call for a
    marked-content span: its ``_out`` writes the operators into the page's content stream.)"""
    hex_text = "".join(f"{ord(c):04X}" for c in meant)
    page.pdf._out(f"/Span <</ActualText <FEFF{hex_text}>>> BDC")
    page.pdf.text(x, y, drawn)
    page.pdf._out("EMC")


def browser_text(
    page: Page, x: float, y: float, text: str, size: float = BODY, font: str = "body"
) -> None:
    """``text`` written from ``x`` on the baseline ``y`` (points from the page's top left) in
    ``font`` at ``size`` points one character at a time, as Chromium prints a page to PDF: each
    character of :data:`RADICALS` drawn as its radical, :func:`spanned` with the character."""
    page.pdf.set_font(font, size=size)
    for ch in text:
        if ch in RADICALS:
            spanned(page, x, y, RADICALS[ch], ch)
        else:
            page.pdf.text(x, y, ch)
        x += page.pdf.get_string_width(ch)


def _steps(top: float, bottom: float) -> list[float]:
    out, y = [], top
    while y + BODY <= bottom:
        out.append(y)
        y += PITCH
    return out


@dataclass
class Built:
    pdf: bytes
    text: str
    stories: list[Story]
    caption: Story


def front_page(photo_colour: tuple = (90, 140, 200)) -> Built:
    """Page 1: the L-shaped story, its neighbour, a photo with caption (its picture one colour,
    ``photo_colour``), a story that jumps."""
    need_fonts()
    a = Story(
        "全市推进老旧小区改造",
        _paragraphs(
            "本报讯（记者林小川）",
            "老旧小区改造",
            ["加装电梯", "管网更新", "外墙翻新", "停车位增设", "绿化提升"],
            [6, 5, 6, 5],
        ),
    )
    b = Story(
        "城南新建两座口袋公园",
        _paragraphs(
            "本报讯（记者周雨桐）",
            "口袋公园建设",
            ["健身步道", "儿童乐园", "休憩座椅", "雨水花园"],
            [4, 4],
        ),
    )
    caption = Story("", ["市民在新落成的口袋公园里散步。"], [])
    c = Story(
        "夏季用电高峰提前到来",
        _paragraphs(
            "本报讯（记者吴海燕）",
            "迎峰度夏保供",
            ["变电站检修", "线路巡视", "负荷预测", "应急抢修"],
            [4, 4],
        ),
    )
    c.paragraphs[-1] += "（下转第2版）"
    page = Page()
    page.headline(a, 30, 40)
    page.flow(a, [(30, 80, 300), (215, 80, 300), (400, 80, 300), (30, 300, 580)])
    page.headline(b, 215, 316, size=18)
    page.flow(b, [(215, 350, 580), (400, 350, 440)])
    page.photo(400, 450, 170, 80, photo_colour)
    page.caption(caption, 400, 536)
    page.headline(c, 30, 600)
    page.flow(c, [(30, 640, 860), (215, 640, 860), (400, 640, 860)])
    caption_text = caption.paragraphs[0] + "\n记者 孙立摄"
    page.pdf.set_font("body", size=BODY)
    page.pdf.text(400, 536 + PITCH + BODY * 0.88, "记者 孙立摄")
    caption.lines.append(
        (400 / W, (536 + PITCH) / H, (400 + 6 * BODY) / W, (536 + PITCH + BODY) / H)
    )
    text = "\n\n".join([a.text(), b.text(), caption_text, c.text()]) + "\n"
    return Built(page.bytes(), text, [a, b, c], caption)


def second_page() -> Built:
    """Page 2: the rest of page 1's jumping story, and one more story."""
    need_fonts()
    c = Story(
        "夏季用电高峰提前到来",
        [
            "（上接第1版）"
            + "".join(_sentences("迎峰度夏保供", ["错峰用电", "节能宣传", "用户走访"], 5))
        ],
    )
    d = Story(
        "社区食堂开到家门口",
        _paragraphs(
            "本报讯（记者何晓梅）", "社区助餐服务", ["老人订餐", "营养配餐", "送餐上门"], [5, 4]
        ),
    )
    page = Page()
    page.headline(c, 30, 40)
    page.flow(c, [(30, 80, 400), (215, 80, 400)])
    page.headline(d, 30, 430)
    page.flow(d, [(30, 470, 860), (215, 470, 860), (400, 470, 860)])
    text = "\n\n".join([c.text(), d.text()]) + "\n"
    return Built(page.bytes(), text, [c, d], Story("", []))


def pdf_with_font(base_font: str, subtype: str = "TrueType", text: str = "Page two") -> bytes:
    """A one-page PDF written byte by byte whose text uses the font ``base_font`` **not
    embedded** (no ``/FontFile``), as some prepress exports do: what a font warning is about.
    (fpdf2 always embeds its fonts.) The cross-reference table is computed, so PDFium reads the
    file as it is rather than repairing it."""
    stream = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        f"<< /Type /Font /Subtype /{subtype} /BaseFont /{base_font} "
        f"/Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>".encode("latin-1"),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        f"<< /Type /FontDescriptor /FontName /{base_font} /Flags 6 "
        f"/FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 "
        f"/CapHeight 859 /StemV 80 >>".encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (n, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()
