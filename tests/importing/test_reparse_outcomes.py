"""What reparse_pages says and keeps: a page the parser reads as stored is 未变, one it reads
otherwise 更新 (将更新 in a trial run), both counted on the run's last line; the page keeps its
file's encoding and checksum, and a page re-parsed or imported again under a new parser version
records that version, so the next import of its file is not parsed.

The new parser is played by the stored text itself (``Page.raw_text`` changed), or by an older
``parser_version`` on the page's row."""

from __future__ import annotations

import hashlib
from io import StringIO

import pytest
from django.core.management import call_command

from articles import parsing
from articles.importing import PageInput, page_reparse, pages_import
from articles.models import Article, Page
from tests.factories import SEED, SEED_DATE, import_text

pytestmark = pytest.mark.django_db

PARK = "城东新建口袋公园\n\n本报讯（记者秦远）城东街道今年新建三座口袋公园，方便居民就近休闲。\n"
TRADITIONAL = (
    "城東新建口袋公園\n\n本報訊（記者秦遠）城東街道今年新建三座口袋公園，方便居民就近休閒。\n"
)
CANTEEN = "社区食堂推出老年套餐\n\n本报讯（记者柯岚）城东社区食堂本周推出老年套餐，每份十二元。\n"


def import_file(data: bytes, label: str = "A1") -> str:
    """Import ``data`` as the command does (a page whose bytes are stored is not parsed): its
    outcome."""
    item = PageInput(
        paper_name="南通日报",
        paper_slug="nantong-daily",
        issue_date=SEED_DATE,
        label=label,
        data=data,
        source_name=f"{label}.txt",
    )
    (report,) = pages_import([item])
    return report.outcome


def reparse(*args: str) -> list[str]:
    out = StringIO()
    call_command("reparse_pages", "--paper", "nantong-daily", *args, stdout=out, stderr=StringIO())
    return out.getvalue().splitlines()


@pytest.fixture
def two_pages():
    import_text(PARK, "A1")
    import_text(CANTEEN, "A2")
    # What a parser reading A1 otherwise does: its stored text no longer gives its rows.
    Page.objects.filter(label="A1").update(raw_text=PARK + "\n" + CANTEEN)


@pytest.fixture
def parses(monkeypatch):
    """The texts the parser read."""
    seen: list[str] = []
    real = parsing.parse_decoded

    def counting(text, encoding, **kwargs):
        seen.append(text)
        return real(text, encoding, **kwargs)

    monkeypatch.setattr(parsing, "parse_decoded", counting)
    return seen


def test_a_trial_run_names_the_pages_the_parser_changes_and_counts_both(two_pages):
    output = reparse("--dry-run")
    assert output[0].startswith("南通日报 2020-07-09 A1版：将更新")
    assert output[1].startswith("南通日报 2020-07-09 A2版：未变")
    assert output[-1] == "重新解析了 2 个版面：将更新 1，未变 1（试运行：什么也没有写入）"
    assert Article.objects.count() == 2


def test_a_real_run_says_the_same_and_after_it_every_page_is_unchanged(two_pages):
    output = reparse()
    assert output[0].startswith("南通日报 2020-07-09 A1版：更新")
    assert output[1].startswith("南通日报 2020-07-09 A2版：未变")
    assert output[-1] == "重新解析了 2 个版面：更新 1，未变 1"
    assert Article.objects.count() == 3
    assert reparse()[-1] == "重新解析了 2 个版面：更新 0，未变 2"


def test_a_story_saved_by_the_reparse_makes_the_page_updated():
    import_text(PARK, "A1")
    Page.objects.update(raw_text=PARK.replace("三座", "四座"))
    assert page_reparse(page=Page.objects.get(), dry_run=True).outcome == "updated"
    assert page_reparse(page=Page.objects.get()).outcome == "updated"
    assert "四座" in Article.objects.get().parts.get().blocks[0]["text"]
    assert page_reparse(page=Page.objects.get()).outcome == "unchanged"


def test_a_reparsed_big5_page_keeps_its_encoding_and_the_checksum_of_its_bytes():
    data = TRADITIONAL.encode("big5")
    import_text(data, "A1")
    encoding = Page.objects.get().raw_encoding
    assert encoding.startswith("big5") or encoding == "cp950"
    # Read otherwise by the new parser, so that the re-parse writes the page.
    Page.objects.update(raw_text=TRADITIONAL + "\n" + TRADITIONAL.replace("三座", "四座"))
    assert reparse()[-1] == "重新解析了 1 个版面：更新 1，未变 0"
    page = Page.objects.get()
    assert page.raw_encoding == encoding
    assert page.checksum == hashlib.sha256(data).hexdigest()


def test_a_page_the_parser_reads_as_stored_takes_the_new_parser_version(parses):
    """After an upgrade: a page stored by an older parser, re-parsed, is 未变 but records the
    version, so that importing its file again is not even parsed."""
    data = SEED.read_text(encoding="utf-8").encode("gb18030")
    import_text(data, "A1")
    Page.objects.update(parser_version=parsing.PARSER_VERSION - 1)
    assert reparse("--dry-run")[-1].endswith("将更新 0，未变 1（试运行：什么也没有写入）")
    assert Page.objects.get().parser_version == parsing.PARSER_VERSION - 1  # a trial writes nothing
    assert reparse()[-1] == "重新解析了 1 个版面：更新 0，未变 1"
    assert Page.objects.get().parser_version == parsing.PARSER_VERSION
    parses.clear()
    assert import_file(data) == "unchanged"
    assert parses == []


def test_the_same_file_after_a_parser_upgrade_is_parsed_again(parses):
    """An import skips a page only when its row's parser version is the parser's: a page stored
    by the parser before is parsed again (its rules reach it) and then records the version."""
    data = PARK.encode("utf-8")
    import_text(data, "A1")
    Page.objects.update(parser_version=parsing.PARSER_VERSION - 1)
    parses.clear()
    import_file(data)
    assert parses == [PARK]
    assert Page.objects.get().parser_version == parsing.PARSER_VERSION
    parses.clear()
    assert import_file(data) == "unchanged"
    assert parses == []
