"""import_pages with a page's .txt and its PDF side by side: one page, however it is given (a
folder, or the two files with --page); what its line and the run's summary say when only the PDF
changed; and --only-paper, which imports one paper's pages from a folder of several."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

pytest.importorskip("pypdfium2")

from articles.models import Page, PageImage, Publication

pytestmark = pytest.mark.django_db

DAY = "2024-05-20"
THIRD_PAGE = (
    "城市日报三版只有文字\n\n本报讯（记者王成）这一版没有版面 PDF，读者看到的仍是文字列表。\n"
)


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_pages", *map(str, args), "--workers", "0", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def front():
    from tests.pdfpages.builder import front_page

    return front_page()


def paper_folder(root, slug: str, name: str):
    day = root / slug / DAY
    day.mkdir(parents=True)
    (root / slug / "paper.json").write_text(
        json.dumps({"name": name, "slug": slug}), encoding="utf-8"
    )
    return day


@pytest.fixture
def edition(tmp_path, front):
    """城市日报: page 1 as a .txt with its PDF beside it, page 3 as text only."""
    day = paper_folder(tmp_path, "city-daily", "城市日报")
    (day / "1.txt").write_text(front.text, encoding="utf-8")
    (day / "1.pdf").write_bytes(front.pdf)
    (day / "3.txt").write_text(THIRD_PAGE, encoding="utf-8")
    return tmp_path


def changed(pdf: bytes) -> bytes:
    """The same page PDF, other bytes (a comment after its end): a new checksum."""
    return pdf + b"\n% exported again\n"


def test_a_pair_is_one_page_in_the_summary_with_its_files_and_pdfs_counted(edition):
    out, _ = run(edition)
    assert "2 个版面（3 个文件，1 个版面附有 PDF）中导入了 2 个版面：新建 2" in out
    assert Page.objects.count() == 2


def test_the_json_report_counts_pages_files_and_pdfs(edition):
    report = json.loads(run(edition, "--json")[0])
    counts = report["counts"]
    assert (counts["pages"], counts["files"], counts["with_pdf"]) == (2, 3, 1)
    assert counts["totals"] == {"created": 2}
    assert [page["pdf_action"] for page in report["pages"]] == ["created", ""]


def test_a_changed_pdf_beside_unchanged_text_says_the_image_and_zones_were_updated(edition, front):
    run(edition)
    (edition / "city-daily" / DAY / "1.pdf").write_bytes(changed(front.pdf))
    out, _ = run(edition)
    assert "城市日报 2024-05-20 1版：文字未变，更新版面图和热区；" in out
    assert "版面 PDF：已更新" in out
    assert "城市日报 2024-05-20 3版：未变；" in out
    assert "中导入了 2 个版面：更新版面图 1，未变 1" in out
    assert PageImage.objects.get().pdf_checksum  # the new PDF attached


def test_a_dry_run_says_the_same_of_a_changed_pdf_and_writes_nothing(edition, front):
    run(edition)
    before = PageImage.objects.get().pdf_checksum
    (edition / "city-daily" / DAY / "1.pdf").write_bytes(changed(front.pdf))
    out, _ = run(edition, "--dry-run")
    assert "1版：文字未变，将更新版面图和热区；" in out
    assert "版面 PDF：检查通过，将更新" in out
    assert "更新版面图 1，未变 1（试运行：什么也没有写入）" in out
    assert PageImage.objects.get().pdf_checksum == before


def test_a_pdf_added_to_a_page_imported_as_text_says_the_image_was_added(edition):
    pdf = edition / "city-daily" / DAY / "1.pdf"
    kept = pdf.read_bytes()
    pdf.unlink()
    run(edition)
    pdf.write_bytes(kept)
    out, _ = run(edition)
    assert "1版：文字未变，新加版面图和热区；" in out
    assert "新加版面图 1，未变 1" in out


def test_a_page_given_as_its_text_and_its_pdf_with_page_is_one_page(tmp_path, front):
    (tmp_path / "front.txt").write_text(front.text, encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(front.pdf)
    out, _ = run(
        tmp_path / "front.txt",
        tmp_path / "scan.pdf",
        "--paper",
        "城市日报",
        "--date",
        DAY,
        "--page",
        "A1",
    )
    page = Page.objects.get()
    assert page.label == "A1" and page.raw_text == front.text  # the text from the .txt
    assert PageImage.objects.filter(page=page).exists()  # the image from the PDF
    assert "1 个版面（2 个文件，1 个版面附有 PDF）中导入了 1 个版面：新建 1" in out


def test_page_still_refuses_two_pages_and_names_the_files(edition):
    with pytest.raises(CommandError) as refused:
        run(edition / "city-daily" / DAY, "--page", "1")
    message = str(refused.value)
    assert "--page 1 只指一个版面" in message and "1.txt" in message and "3.txt" in message
    assert "一个文本文件加一个 PDF" in message
    assert not Page.objects.exists()


@pytest.fixture
def two_papers(edition):
    day = paper_folder(edition, "river-news", "河畔新闻")
    (day / "2.txt").write_text(
        "河畔新闻二版\n\n本报讯（记者田禾）河畔街道今天开放了新的社区图书室，居民可以借阅图书。\n",
        encoding="utf-8",
    )
    return edition


def test_only_paper_imports_that_papers_pages_and_counts_the_others(two_papers):
    out, _ = run(two_papers, "--only-paper", "城市日報")  # traditional characters fold
    assert set(Publication.objects.values_list("slug", flat=True)) == {"city-daily"}
    assert "2 个版面（3 个文件，1 个版面附有 PDF）中导入了 2 个版面：新建 2" in out
    assert "另有 1 个版面属于别的报纸，按 --only-paper 跳过" in out


def test_only_paper_matching_nothing_says_what_was_found_and_how_to_fix_it(two_papers):
    with pytest.raises(CommandError) as refused:
        run(two_papers, "--only-paper", "晨报")
    message = str(refused.value)
    assert "找到 4 个版面文件（3 个版面），没有一个属于报纸 '晨报'" in message
    assert "城市日报（city-daily）：2 个版面" in message
    assert "河畔新闻（river-news）：1 个版面" in message
    assert "请把 --only-paper 改成其中一份的报名或网址名" in message
    assert not Page.objects.exists()


def test_only_paper_with_paper_is_refused(two_papers):
    with pytest.raises(CommandError, match="两者只能用一个"):
        run(two_papers, "--only-paper", "city-daily", "--paper", "city-daily")
