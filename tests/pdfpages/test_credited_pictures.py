"""A picture printed with its credit and no caption is a photo of its page
(articles/pdfpages/creditedpictures.py, articles/importing/pdfcredited.py): the picture, an
empty caption, the credit as printed and the photographers it names. An image printed with
neither caption nor credit (a logo, a rule, an advertisement) stays no photo. Pages drawn here:
a story with a picture in its columns, the credit over the picture's corner or on the line
under it, as a real county page of 2011 prints ``陈维连/摄`` over its photo."""

from __future__ import annotations

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone
from PIL import Image

pytest.importorskip("pypdfium2")

from articles.models import Article, Photo, Zone
from articles.pdfpages import Box, Char, PageLayout, PartText, PartZone
from tests.pdfpages.builder import BODY, Page, Story, _paragraphs
from tests.pdfpages.conftest import run

pytestmark = pytest.mark.django_db

PICTURE = (215.0, 80.0, 355.0, 150.0)  # x, y, width, height in points


def _bridge() -> Story:
    return Story(
        "跨河大桥主体结构完工",
        _paragraphs(
            "本报讯（记者黎晓帆）",
            "大桥建设",
            ["桥墩浇筑", "钢梁吊装", "桥面铺装", "护栏安装"],
            [5, 4, 5],
        ),
    )


def credited_page(credit: str, where: str = "on") -> tuple[bytes, Story]:
    """The story: column 1 down the page, a picture over columns 2 and 3 with ``credit``
    printed over its bottom corner in another face (``on``) or on the line under it, smaller
    than the text (``under``), the story going on under the picture."""
    story = _bridge()
    page = Page()
    page.headline(story, 30, 40)
    x, y, w, h = PICTURE
    page.photo(x, y, w, h)
    if where == "on":
        page.pdf.set_font("head", size=BODY)
        page.pdf.text(470, y + h - 15 + BODY * 0.88, credit)
        top = y + h + 15
    else:
        page.pdf.set_font("body", size=9)
        page.pdf.text(460, y + h + 4 + 9 * 0.88, credit)
        top = y + h + 30
    page.flow(story, [(30, 80, 420), (215, top, 420), (400, top, 420)])
    return page.bytes(), story


def _import(folder, pdf: bytes, story: Story | None = None, *flags: str) -> str:
    (folder / "1.pdf").write_bytes(pdf)
    if story is not None:
        (folder / "1.txt").write_text(story.text() + "\n", encoding="utf-8")
    out, _ = run(folder.parent.parent, *flags)
    return out


def _story_text(headline: str) -> str:
    article = Article.objects.get(headline=headline)
    return "\n".join(b["text"] for part in article.parts.all() for b in part.blocks)


# -- a picture with its credit is a photo -----------------------------------------------------


@pytest.mark.parametrize("with_text", [False, True], ids=["pdf-alone", "txt-and-pdf"])
def test_a_picture_with_its_credit_on_it_is_a_photo_of_the_page(folder, with_text):
    pdf, story = credited_page("陈维连 摄")
    out = _import(folder, pdf, story if with_text else None)
    photo = Photo.objects.get()
    assert (photo.caption, photo.credit_line) == ("", "陈维连 摄")
    assert [c.person.name for c in photo.credits.all()] == ["陈维连"]
    assert photo.article is None and Zone.objects.filter(photo=photo).exists()
    with default_storage.open(photo.image.name) as handle, Image.open(handle) as picture:
        # the picture's box, 355 × 150 pt, at the import's 150 dpi: about 740 × 313 pixels
        assert abs(picture.width - PICTURE[2] * 150 / 72) <= 3
        assert abs(picture.height - PICTURE[3] * 150 / 72) <= 3
    assert "1版有一张图片只印了署名“陈维连 摄”、没有说明" in out
    assert "陈维连" not in _story_text(story.headline)


@pytest.mark.parametrize(
    ("credit", "photographers"),
    [("本报记者 王明/摄", ["王明"]), ("新华社发", [])],
)
def test_a_picture_with_its_credit_under_it_is_a_photo_and_the_story_keeps_its_text(
    folder, credit, photographers
):
    pdf, story = credited_page(credit, where="under")
    _import(folder, pdf)
    photo = Photo.objects.get()
    assert (photo.caption, photo.credit_line) == ("", credit)
    assert [c.person.name for c in photo.credits.all()] == photographers
    assert photo.image
    text = _story_text(story.headline)
    assert credit not in text.replace("\u3000", " ")  # not glued to the story's last paragraph
    assert story.paragraphs[-1] in text


def test_readers_see_the_picture_and_its_photographer_on_the_page(client, folder):
    from tests.public.conftest import publish_everything

    pdf, _ = credited_page("陈维连 摄")
    _import(folder, pdf)
    publish_everything()
    photo = Photo.objects.get()
    html = client.get(photo.page.get_absolute_url()).content.decode()
    assert photo.image.url in html and "陈维连" in html
    assert 'alt="图片（陈维连 摄）"' in html  # (no caption: not an empty alt, read as decoration)


# -- what stays no photo -------------------------------------------------------------------------


def test_images_with_neither_caption_nor_credit_stay_no_photos(folder):
    """A picture with nothing under it but the story's text, a logo with a credit-like line
    under it wider than the logo, and a rule: none is a photo, as before."""
    story = _bridge()
    page = Page()
    page.headline(story, 30, 40)
    page.photo(*PICTURE)  # a picture, the story's text under it
    page.photo(30, 440, 18, 18)  # a logo, a line under it
    page.pdf.set_font("body", size=9)
    page.pdf.text(30, 462 + 9 * 0.88, "新华社发")
    page.photo(30, 500, 540, 2)  # a rule
    page.flow(story, [(30, 80, 420), (215, 240, 420), (400, 240, 420)])
    _import(folder, page.bytes())
    assert not Photo.objects.exists()


def test_a_photo_of_the_text_keeps_its_picture_and_no_second_photo_is_made(folder, pages):
    one, _ = pages  # builder.front_page: a caption under its picture, then 记者 孙立摄
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    _import(folder, one.pdf)
    photo = Photo.objects.get()
    assert photo.caption.startswith("市民在新落成的口袋公园里散步") and photo.image


def test_a_photo_of_the_text_with_the_same_credit_is_not_made_twice(folder):
    """The text gives the photo (a caption the PDF does not print near the picture, and its
    credit): that photo is the picture's, no second one is made for the credit."""
    pdf, story = credited_page("陈维连 摄")
    (folder / "1.txt").write_text(
        story.text() + "\n\n大桥合龙后的夜景灯光璀璨。\n陈维连 摄\n", encoding="utf-8"
    )
    _import(folder, pdf)
    photo = Photo.objects.get()
    assert photo.caption == "大桥合龙后的夜景灯光璀璨。"


def test_a_background_under_many_lines_is_no_picture():
    """A scan with its text over it: a credit among its lines makes it no photo."""
    from articles.pdfpages import credited_pictures

    chars = []
    for n in range(6):
        chars += _line("扫描出来的一行文字" * 2, 0.1, 0.1 + n * 0.03)
    chars += _line("记者 孙立 摄", 0.6, 0.3)
    layout = PageLayout(width=500.0, height=500.0, chars=chars, images=[Box(0.05, 0.05, 0.95, 0.4)])
    assert credited_pictures(layout, [], []) == []


def test_a_credit_a_photo_of_the_text_found_is_that_photo_s():
    from articles.pdfpages import credited_pictures

    chars = _line("记者 孙立 摄", 0.6, 0.3)
    layout = PageLayout(width=500.0, height=500.0, chars=chars, images=[Box(0.05, 0.05, 0.95, 0.4)])
    assert [p.credit for p in credited_pictures(layout, [], [])] == ["记者 孙立 摄"]
    caption = PartText(0, "记者 孙立 摄", images=True)
    found = PartZone(0, chars=list(range(len(chars))))  # its caption found, no picture near it
    assert credited_pictures(layout, [caption], [found]) == []


def _line(text: str, x: float, y: float, size: float = 0.02) -> list[Char]:
    return [
        Char(c, Box(x + n * size, y, x + (n + 1) * size, y + size), 10.0)
        for n, c in enumerate(text)
    ]


# -- imported again ----------------------------------------------------------------------------


def test_the_photo_stays_one_row_when_the_page_is_imported_and_matched_again(folder):
    from articles.importing.pdfs import page_rematch

    pdf, story = credited_page("陈维连 摄")
    _import(folder, pdf, story)
    photo = Photo.objects.get()
    changed = story.text().replace("大桥建设第1项", "大桥建设第一项", 1)
    (folder / "1.txt").write_text(changed + "\n", encoding="utf-8")
    out, _ = run(folder.parent.parent)  # new text, the same PDF: the text's import, zones again
    assert "重新匹配" in out or "未变" in out
    page_rematch(photo.page)  # the desk's 重新匹配热区
    again = Photo.objects.get()
    assert (again.pk, again.image.name, again.credit_line) == (
        photo.pk,
        photo.image.name,
        "陈维连 摄",
    )
    assert Zone.objects.filter(photo=again).count() == 1


def test_a_caption_an_editor_wrote_stays_when_a_new_pdf_comes(folder):
    pdf, _ = credited_page("陈维连 摄")
    _import(folder, pdf)
    Photo.objects.update(caption="大桥合龙后的夜景。", edited_at=timezone.now())
    _import(folder, pdf + b"\n% re-exported\n")
    photo = Photo.objects.get()
    assert photo.caption == "大桥合龙后的夜景。"


def test_a_picture_no_longer_printed_with_its_credit_loses_its_photo(folder):
    pdf, story = credited_page("陈维连 摄")
    _import(folder, pdf)
    page = Page()
    page.headline(story, 30, 40)
    page.photo(*PICTURE)
    page.flow(story, [(30, 80, 420), (215, 245, 420), (400, 245, 420)])
    _import(folder, page.bytes())
    assert not Photo.objects.exists()


def test_the_pdf_of_another_page_gives_no_photo_and_its_warning_is_said(folder):
    """A text none of whose stories the PDF prints (another page's PDF, a reviewer's 申报 page
    beside a county paper's PDF): the credited picture is not this page's photo, and the page's
    warning that no story was found is said (its zone had hidden it)."""
    pdf, _ = credited_page("陈维连 摄")
    other = Story(
        "市民公园今起免费开放",
        [
            "本报讯（记者周岚）经过半年改造，城南的市民公园今天起向市民免费开放。",
            "园内新建了儿童游乐区和一条环湖健身步道，每天开放时间为早六点至晚十点。",
        ],
    )
    out = _import(folder, pdf, other, "--attach-unmatched-pdf")  # (else refused: pdfmismatch)
    assert not Photo.objects.exists()
    assert "这一版的稿件一篇也没有在 PDF 上找到" in out


def test_an_edited_photo_follows_its_picture_when_the_new_pdf_numbers_it_otherwise(folder):
    """A reviewer's edited photo was shown twice after a new PDF of its page: the PDF numbered
    the picture otherwise, the edited row kept its old number and lost its zone, and a second
    row was made for the same picture. Here a small logo drawn before the picture in the new
    PDF makes it the page's second image."""
    pdf, story = credited_page("陈维连 摄")
    _import(folder, pdf)
    photo = Photo.objects.get()
    Photo.objects.filter(pk=photo.pk).update(caption="大桥合龙后的夜景。", edited_at=timezone.now())
    page = Page()
    page.photo(520, 20, 40, 20)  # a logo, no credit: no photo, but image number 0 now
    page.headline(story, 30, 40)
    x, y, w, h = PICTURE
    page.photo(x, y, w, h)
    page.pdf.set_font("head", size=BODY)
    page.pdf.text(470, y + h - 15 + BODY * 0.88, "陈维连 摄")
    page.flow(story, [(30, 80, 420), (215, y + h + 15, 420), (400, y + h + 15, 420)])
    _import(folder, page.bytes())
    again = Photo.objects.get()
    assert again.pk == photo.pk and again.caption == "大桥合龙后的夜景。"
    assert again.position != photo.position
    assert Zone.objects.filter(photo=again).count() == 1
