"""A photo printed on a page PDF gets its picture cut from the PDF when the page is imported
(articles/importing/pdfphotos.py): the image box its caption is next to, as printed; never
over what an editor uploaded; one file however often the page is imported."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

pytest.importorskip("pypdfium2")

from articles.models import Photo, Zone
from tests.pdfpages.builder import BODY, PITCH, Page, Story, need_fonts
from tests.pdfpages.conftest import run

pytestmark = pytest.mark.django_db


def _import(folder, built, pdf: bytes | None = None) -> str:
    (folder / "1.txt").write_text(built.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(built.pdf if pdf is None else pdf)
    out, _ = run(folder.parent.parent)
    return out


def _pdf_pictures(name: str) -> list[str]:
    """The pictures cut from the PDF whose picture ``name`` is, in its folder: the files named
    after that PDF's SHA-256. (Another test's PDF may share the folder, its first two hex
    digits: the generated PDFs carry their creation time, so one in 256 pairs does.)"""
    folder, file = name.rsplit("/", 1)
    sha = file.split("-", 1)[0]
    return [
        f for f in default_storage.listdir(folder)[1] if f.endswith(".webp") and f.startswith(sha)
    ]


def test_the_photo_gets_the_picture_printed_above_its_caption(folder, pages):
    one, _ = pages
    _import(folder, one)
    photo = Photo.objects.get()
    assert photo.image.name.startswith("photos/pdf/") and photo.image.name.endswith(".webp")
    with default_storage.open(photo.image.name) as handle, Image.open(handle) as picture:
        assert picture.format == "WEBP"
        # The builder draws the image 170 × 80 pt: at the import's 150 dpi about 354 × 167.
        assert abs(picture.width - 170 * 150 / 72) <= 3
        assert abs(picture.height - 80 * 150 / 72) <= 3
        red, green, blue = picture.convert("RGB").getpixel(
            (picture.width // 2, picture.height // 2)
        )
        assert (red, green, blue) == pytest.approx((90, 140, 200), abs=12)  # the image's colour


def test_importing_the_page_again_keeps_one_file(folder, pages):
    one, _ = pages
    _import(folder, one)
    name = Photo.objects.get().image.name
    _import(folder, one)  # the same PDF and text: unchanged
    changed = one.text.replace("口袋公园建设第1项", "口袋公园建设第一项")
    (folder / "1.txt").write_text(changed, encoding="utf-8")
    run(folder.parent.parent)  # text changed, the same PDF: zones matched again
    assert Photo.objects.get().image.name == name
    assert _pdf_pictures(name) == [name.rsplit("/", 1)[1]]


def test_a_picture_an_editor_uploaded_is_kept_when_a_new_pdf_comes(folder, pages):
    one, _ = pages
    _import(folder, one)
    photo = Photo.objects.get()
    uploaded = default_storage.save("photos/2024/05/mine.jpg", ContentFile(b"editor's picture"))
    Photo.objects.filter(pk=photo.pk).update(image=uploaded)
    out = _import(folder, one, pdf=one.pdf + b"\n% re-exported\n")  # a changed PDF
    assert "版面 PDF：已更新" in out
    assert Photo.objects.get().image.name == uploaded


def test_a_new_pdf_replaces_the_picture_cut_from_the_old_one(
    folder, pages, django_capture_on_commit_callbacks
):
    one, _ = pages
    _import(folder, one)
    old = Photo.objects.get().image.name
    with django_capture_on_commit_callbacks(execute=True):  # the old file removed after commit
        _import(folder, one, pdf=one.pdf + b"\n% re-exported\n")
    new = Photo.objects.get().image.name
    assert new != old and new.startswith("photos/pdf/")
    assert default_storage.exists(new) and not default_storage.exists(old)


def _caption_without_picture():
    need_fonts()
    story = Story(
        "河畔步道今日开放",
        ["本报讯（记者陶文亮）河畔步道全长三公里，沿途设有休息亭和观景台，今天起向市民开放。"],
    )
    caption = Story("", ["志愿者在步道入口为市民发放导览图。"])
    page = Page()
    page.headline(story, 30, 40)
    page.flow(story, [(30, 80, 300)])
    page.caption(caption, 400, 400)
    page.pdf.set_font("body", size=BODY)
    page.pdf.text(400, 400 + PITCH + BODY * 0.88, "记者 顾青摄")
    text = story.text() + "\n\n" + caption.paragraphs[0] + "\n记者 顾青摄\n"
    return page.bytes(), text


def test_a_caption_with_no_picture_near_it_gets_no_picture(folder):
    pdf, text = _caption_without_picture()
    (folder / "1.txt").write_text(text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(pdf)
    run(folder.parent.parent)
    photo = Photo.objects.get()
    assert Zone.objects.filter(photo=photo).exists()  # its caption was found on the page
    assert not photo.image


def test_a_photo_no_longer_printed_goes_with_its_cut_picture(folder, pages):
    one, _ = pages
    _import(folder, one)
    caption = "市民在新落成的口袋公园里散步。\n记者 孙立摄\n\n"
    (folder / "1.txt").write_text(one.text.replace(caption, ""), encoding="utf-8")
    out, _ = run(folder.parent.parent)
    assert not Photo.objects.exists()
    assert "no longer in the page text; kept" not in out


def test_matching_the_zones_again_gives_a_photo_without_one_its_picture(folder, pages):
    from articles.importing.pdfs import page_rematch

    one, _ = pages
    _import(folder, one)
    photo = Photo.objects.get()
    name = photo.image.name
    with default_storage.open(name) as handle, Image.open(handle) as picture:
        size = picture.size
    default_storage.delete(name)
    Photo.objects.filter(pk=photo.pk).update(image="")  # as a page imported before PDF photos
    page_rematch(photo.page)  # the desk's 重新匹配热区: rendered from the stored PDF
    assert Photo.objects.get().image.name == name
    with default_storage.open(name) as handle, Image.open(handle) as picture:
        assert picture.size == size  # the same pixels as cut from the page image


def test_readers_see_the_picture_on_the_page_and_the_story(client, pdf_edition):
    photo = Photo.objects.get(page__label="1")
    for url in (photo.page.get_absolute_url(), photo.article.get_absolute_url()):
        html = client.get(url).content.decode()
        assert photo.image.url in html
        assert "图片暂缺" not in html
