"""A picture printed apart from the story the text links it to (its caption under it, another
story's text nearer than that story's) is a picture item of its own
(articles/pdfpages/pictureitems.py, articles/importing/pdfphotos.py). A page drawn here after a
real county page's layout: a picture item at the foot, under a story that runs across the top."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.models import Article, Photo
from tests.pdfpages.builder import Page, Story, _paragraphs
from tests.pdfpages.conftest import run


def picture_item_page() -> tuple[bytes, str]:
    """A story across the top; at the foot a picture item (photo, its title, its caption ending
    in the photographer's name) in column 1 and another story in columns 2–3. The page's text,
    as a .txt beside the PDF would give it."""
    top = Story(
        "社区开展垃圾分类宣传",
        _paragraphs(
            "本报讯（记者周雨桐）",
            "垃圾分类宣传",
            ["社区广场", "宣传展板", "志愿者讲解", "居民参与"],
            [4, 4, 4],
        ),
    )
    right = Story(
        "城南新建两座口袋公园",
        _paragraphs(
            "本报讯（记者何晓梅）",
            "口袋公园建设",
            ["健身步道", "儿童乐园", "休憩座椅", "雨水花园"],
            [5, 5],
        ),
    )
    title = Story("科普知识进社区", [])
    caption = Story(
        "",
        [
            "5月19日，县科技局在社区广场举行科普宣传活动，分发科普读物两千多份。"
            "图为志愿者向居民讲解防灾知识。（孙立）"
        ],
    )
    page = Page()
    page.headline(top, 30, 40)
    page.flow(top, [(30, 80, 400), (215, 80, 400), (400, 80, 400)])
    page.photo(30, 440, 170, 120)
    page.headline(title, 30, 566, size=18)
    page.flow(caption, [(30, 592, 700)])
    page.headline(right, 215, 440)
    page.flow(right, [(215, 480, 860), (400, 480, 860)])
    text = "\n\n".join([top.text(), title.headline + "\n" + caption.paragraphs[0], right.text()])
    return page.bytes(), text + "\n"


# -- picture items ------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("with_text", [False, True], ids=["pdf-alone", "txt-and-pdf"])
def test_a_picture_printed_apart_from_the_story_before_it_is_no_story_s(folder, with_text):
    pdf, text = picture_item_page()
    (folder / "1.pdf").write_bytes(pdf)
    if with_text:
        (folder / "1.txt").write_text(text, encoding="utf-8")
    run(folder.parent.parent)
    photo = Photo.objects.get()
    assert photo.caption.startswith("科普知识进社区") and photo.image
    assert photo.article is None


@pytest.mark.django_db
@pytest.mark.parametrize("with_text", [False, True], ids=["pdf-alone", "txt-and-pdf"])
def test_the_report_names_the_photo_set_apart_the_story_it_left_and_why(folder, with_text):
    pdf, text = picture_item_page()
    (folder / "1.pdf").write_bytes(pdf)
    if with_text:
        (folder / "1.txt").write_text(text, encoding="utf-8")
    out, _ = run(folder.parent.parent)
    (line,) = [ln for ln in out.splitlines() if "不再归入" in ln]
    assert line.strip().startswith("注意：版面 PDF：1版的图片“科普知识进社区 5月19日，县科…”")
    assert "离稿件“社区开展垃圾分类宣传”较远，别的文字离它更近" in line
    assert "请在编辑台把它归回去" in line


@pytest.mark.django_db
def test_a_photo_set_apart_before_is_not_reported_again(folder):
    from articles.importing.pdfs import page_rematch

    pdf, text = picture_item_page()
    (folder / "1.txt").write_text(text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(pdf)
    run(folder.parent.parent)
    assert page_rematch(Photo.objects.get().page).photos == []


@pytest.mark.django_db
def test_a_photo_in_its_story_s_columns_keeps_its_story(folder, pages):
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder.parent.parent)
    photo = Photo.objects.get()
    assert photo.image and photo.article.headline == "城南新建两座口袋公园"


@pytest.mark.django_db
def test_a_photo_an_editor_linked_keeps_its_story_when_matched_again(folder):
    from django.utils import timezone

    from articles.importing.pdfs import page_rematch

    pdf, text = picture_item_page()
    (folder / "1.txt").write_text(text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(pdf)
    run(folder.parent.parent)
    story = Article.objects.get(headline="社区开展垃圾分类宣传")
    Photo.objects.update(article=story, edited_at=timezone.now())
    page_rematch(Photo.objects.get().page)
    assert Photo.objects.get().article == story


# -- a re-parse -----------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("dry_run", [True, False], ids=["trial", "real"])
def test_a_reparse_leaves_a_picture_item_standing_alone_and_the_page_unchanged(folder, dry_run):
    """The text links the picture to the story above it; the PDF's reading unlinked it at
    import. Re-parsing the stored text (no new reading) must not link it again: a fresh
    reviewer's re-parse attached it to an unrelated published story and marked it updated."""
    from articles.importing import page_reparse

    pdf, _ = picture_item_page()
    (folder / "1.pdf").write_bytes(pdf)
    run(folder.parent.parent)
    photo = Photo.objects.get()
    assert photo.article is None
    stamps = dict(Article.objects.values_list("pk", "updated_at"))

    report = page_reparse(page=photo.page, dry_run=dry_run)

    assert report.action == "unchanged"
    assert Photo.objects.get().article is None
    assert dict(Article.objects.values_list("pk", "updated_at")) == stamps


@pytest.mark.django_db
def test_a_reparse_keeps_a_picture_item_an_editor_linked(folder):
    from django.utils import timezone

    from articles.importing import page_reparse

    pdf, _ = picture_item_page()
    (folder / "1.pdf").write_bytes(pdf)
    run(folder.parent.parent)
    story = Article.objects.get(headline="社区开展垃圾分类宣传")
    Photo.objects.update(article=story, edited_at=timezone.now())

    page_reparse(page=Photo.objects.get().page)

    assert Photo.objects.get().article == story


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("dry_run", [True, False], ids=["trial", "real"])
def test_a_reparse_reads_the_stored_pdf_and_parses_with_no_transaction_open(
    folder, dry_run, monkeypatch
):
    """The picture's link the re-parse makes needs the PDF's characters: its write is rolled
    back, the PDF read outside any transaction, and written again (on SQLite a transaction holds
    the one write lock from its start)."""
    from articles import parsing, pdfpages
    from articles.importing import page_reparse
    from tests.writelock import watch

    pdf, _ = picture_item_page()
    (folder / "1.pdf").write_bytes(pdf)
    run(folder.parent.parent)
    opened = watch(monkeypatch, pdfpages, "open_pdf")
    parsed = watch(monkeypatch, parsing, "parse_decoded")

    report = page_reparse(page=Photo.objects.get().page, dry_run=dry_run)

    assert report.action == "unchanged" and Photo.objects.get().article is None
    assert opened and not any(opened)
    assert parsed == [False]
