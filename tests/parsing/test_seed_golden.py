"""The seed front page must parse to exactly what tests/data/seed-A1.expected.json describes."""

import json

import pytest

from articles.parsing import parse_page

EXPECTED_FIELDS = (
    "title_lines",
    "kicker",
    "headline",
    "dateline",
    "reporters",
    "paragraphs",
    "crossheads",
)


@pytest.fixture(scope="module")
def expected(request):
    from tests.conftest import DATA

    return json.loads((DATA / "seed-A1.expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def parsed():
    from tests.conftest import ROOT

    return parse_page((ROOT / "seeds/nantong-daily/2020-07-09/A1.txt").read_bytes())


def test_seed_has_five_articles_one_photo_two_teasers(parsed):
    assert (len(parsed.articles), len(parsed.photos), len(parsed.teasers)) == (5, 1, 2)


@pytest.mark.parametrize("index", range(5))
def test_seed_article_matches_expectation_field_by_field(parsed, expected, index):
    want = expected["articles"][index]
    got = parsed.articles[index]
    assert got.title_lines == tuple(want["title_lines"])
    for name in EXPECTED_FIELDS:
        if name in want:
            value = getattr(got, name)
            assert (list(value) if isinstance(value, tuple) else value) == want[name], name
    assert got.continued_on == want["continued_on"]


def test_headline_printed_after_its_body_lands_on_that_body(parsed):
    second = parsed.articles[1]
    assert "市级城建重点工程指挥部半年工作讲评会召开" in second.title_lines
    assert second.paragraphs[0].startswith("本报讯（记者朱文君 卢兆欣）昨日下午")
    assert parsed.articles[2].title_lines == ("全市打好污染防治攻坚战", "二季度考核督查启动")


def test_every_deck_line_is_one_of_kicker_headline_subheadline(parsed):
    for article in parsed.articles:
        roles = " ".join([article.kicker, article.headline, article.subheadline])
        for line in article.title_lines:
            assert line in roles


def test_column_breaks_are_rejoined(parsed):
    first = parsed.articles[0]
    assert any("重大项目建设取得实质性突破" in p for p in first.paragraphs)
    assert any("盘活存量闲置低效土地资源" in p for p in first.paragraphs)


def test_crosshead_stays_inside_article_five(parsed):
    fifth = parsed.articles[4]
    assert fifth.crossheads == ("在社会组织中打造党建品牌",)
    kinds = [b.kind for b in fifth.blocks]
    assert kinds.index("crosshead") == 2


def test_forward_markers_are_removed_and_kept_as_jumps_to_a2(parsed, expected):
    jumps = [a.continued_on for a in parsed.articles]
    assert jumps == [a["continued_on"] for a in expected["articles"]]
    assert sum(1 for j in jumps if j == "A2") == 4
    for article in parsed.articles:
        assert all("下转" not in p for p in article.paragraphs)
    assert parsed.articles[2].paragraphs[-1].endswith("一季度没有组织现场考评，")


def test_photo_caption_credit_and_photographer(parsed, expected):
    want = expected["photos"][0]
    photo = parsed.photos[0]
    assert (photo.caption, photo.credit_line, list(photo.photographers)) == (
        want["caption"],
        want["credit_line"],
        want["photographers"],
    )


def test_teasers_record_target_page_and_section(parsed, expected):
    got = [(list(t.title_lines), t.target_label, t.target_section) for t in parsed.teasers]
    want = [(t["title_lines"], t["target_page"], t["target_section"]) for t in expected["teasers"]]
    assert got == want


def test_stray_page_label_is_ignored(parsed, expected):
    assert list(parsed.ignored_lines) == expected["ignored_lines"]
    assert parsed.unplaced_lines == ()
    assert parsed.warnings == ()


def test_positions_follow_print_order(parsed):
    items = sorted(
        [a.position for a in parsed.articles]
        + [p.position for p in parsed.photos]
        + [t.position for t in parsed.teasers]
    )
    assert items == list(range(1, 9))
    assert parsed.photos[0].position < parsed.articles[4].position
