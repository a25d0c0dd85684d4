"""The fidelity bench's own scoring (bench/fidelity.py): a known mismatch is counted, so the bench
cannot report 100 % for a page the importer got wrong, and a right page scores full marks."""

import json

import pytest

from bench.fidelity import (
    MadePage,
    MadePart,
    find_editions,
    import_edition,
    score_edition,
    score_page,
)

PAGE_1 = """全县秋收进度过半

本报讯（记者 石小峰）全县各乡镇抓住晴好天气抢收晚稻，截至昨日已收割十二万亩。

各地组织农机手连夜作业，确保颗粒归仓。县农业农村局要求，（下转第二版）

冬季运动会开幕

本报讯（记者 何晓雨）全县第五届冬季运动会昨天在县体育场开幕，六百多名运动员参加比赛。
"""

PAGE_2 = """（上接第一版）十月底前全面完成秋收秋种任务。

乡村道路养护有了新办法

本报讯（记者 石小峰）今年起，全县在各乡镇推行道路养护“路长制”，每条村道都有专人负责。
"""


def story(headline, first_words, dateline="本报讯", **extra):
    return {
        "kicker": "",
        "headline": headline,
        "subheadline": "",
        "dateline": dateline,
        "first_words": first_words,
        **extra,
    }


@pytest.fixture
def two_page_folder(tmp_path):
    """Two pages with truth files; the truth of page 2 deliberately claims a dateline the page
    does not print (本报北京1日电), so exactly one dateline must be counted as missed."""
    folder = tmp_path / "mini" / "2025-06-03"
    folder.mkdir(parents=True)
    (folder / "1.txt").write_text(PAGE_1, encoding="utf-8")
    (folder / "2.txt").write_text(PAGE_2, encoding="utf-8")
    truths = {
        "1": {
            "stories": [
                story(
                    "全县秋收进度过半", "全县各乡镇抓住晴好天气", id="qiushou", reporters=["石小峰"]
                ),
                story("冬季运动会开幕", "全县第五届冬季运动会", reporters=["何晓雨"]),
            ],
            "jumps": [{"to": "2", "story": "qiushou"}],
        },
        "2": {
            "stories": [
                {"id": "qiushou", "continued_from": "1", "first_words": "十月底前全面完成"},
                story("乡村道路养护有了新办法", "今年起，全县在各乡镇", dateline="本报北京1日电"),
            ],
        },
    }
    for label, truth in truths.items():
        (folder / f"{label}.truth.json").write_text(json.dumps(truth, ensure_ascii=False))
    (folder / "edition.json").write_text(
        json.dumps(
            {
                "paper": "青岫县报",
                "slug": "qingxiu",
                "date": "2025-06-03",
                "pages": [{"file": "1.txt", "page": "1"}, {"file": "2.txt", "page": "2"}],
            },
            ensure_ascii=False,
        )
    )
    return tmp_path / "mini"


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("order", [[0, 1], [1, 0]], ids=["given", "reversed"])
def test_bench_counts_the_planted_dateline_miss_and_scores_the_rest_right(two_page_folder, order):
    (edition,) = find_editions([two_page_folder])
    assert edition.style == "mini"

    made = import_edition(edition, order, workers=0)
    tally = score_edition(edition, made, "given")

    assert tally.counts["datelines found"] == [2, 3]  # the planted miss, and only it
    assert tally.counts["decks exact"] == [3, 3]
    assert tally.counts["story miscount"] == [0, 4]
    assert tally.counts["jumps stitched"] == [1, 1]
    assert tally.counts["reporters found"] == [2, 2]
    (miss,) = tally.mismatches
    assert miss["kind"] == "dateline" and miss["made"] == "本报讯"
    assert not tally.met()


def part(article, headline, text, dateline="本报讯", kicker="", subheadline=""):
    return MadePart(
        article=article,
        kicker=kicker,
        headline=headline,
        subheadline=subheadline,
        dateline=dateline,
        reporters=[],
        title_lines=[],
        text=text,
    )


def test_a_split_story_a_furniture_deck_and_a_lost_photo_are_each_counted(two_page_folder):
    (edition,) = find_editions([two_page_folder])
    truth = edition.pages[0]
    truth.photos = [{"caption": "社员在田间收割晚稻。", "credit": "记者 石小峰摄"}]
    made = MadePage(
        label="1",
        parts=[
            # the page stamp taken as the kicker: the deck is not exact, the title is still found
            part(
                1,
                "全县秋收进度过半",
                "本报讯全县各乡镇抓住晴好天气抢收晚稻",
                kicker="青岫县报 第一版",
            ),
            # one story split in two: 3 made for 2 real
            part(2, "冬季运动会开幕", "本报讯全县第五届冬季运动会昨天开幕"),
            part(3, "六百多名运动员", "参加比赛。", dateline=""),
        ],
        photos=[{"caption": "社员在田间收割晚稻。", "credit": ""}],  # credit lost
    )

    tally, ids = score_page("mini/1.txt", truth, made)

    assert tally.counts["decks exact"] == [1, 2]
    assert tally.counts["title found"] == [2, 2]
    assert tally.counts["story miscount"] == [1, 2]
    assert tally.counts["datelines found"] == [2, 2]
    assert tally.counts["photos found"] == [0, 1]
    assert ids == {"qiushou": 1}
    kinds = sorted(m["kind"] for m in tally.mismatches)
    assert kinds == ["deck", "photo", "reporters", "reporters", "story count"]


def test_a_jump_left_as_two_stories_is_not_stitched(two_page_folder):
    (edition,) = find_editions([two_page_folder])
    made = {
        "1": MadePage(
            "1",
            [
                part(1, "全县秋收进度过半", "全县各乡镇抓住晴好天气"),
                part(2, "冬季运动会开幕", "全县第五届冬季运动会"),
            ],
        ),
        # the continuation stored as its own story (#3), not as a part of #1
        "2": MadePage(
            "2",
            [
                part(3, "", "十月底前全面完成秋收秋种任务", dateline=""),
                part(4, "乡村道路养护有了新办法", "今年起，全县在各乡镇"),
            ],
        ),
    }

    tally = score_edition(edition, made, "given")

    assert tally.counts["jumps stitched"] == [0, 1]
    assert [m["made"] for m in tally.mismatches if m["kind"] == "jump"] == [
        "two stories: “全县秋收进度过半” and “十月底前全面完成秋收秋种任务”"
    ]


def test_a_photo_stored_with_the_wrong_story_or_with_none_is_counted(two_page_folder):
    (edition,) = find_editions([two_page_folder])
    truth = edition.pages[0]
    truth.photos = [
        {"caption": "农机手连夜收割晚稻。", "credit": "记者 石小峰摄", "story": "qiushou"},
        {"caption": "运动员入场。", "credit": "记者 何晓雨摄", "story": "qiushou"},
        {"caption": "晚霞映照田野。", "credit": "记者 石小峰摄", "story": None},
    ]
    made = MadePage(
        label="1",
        parts=[
            part(1, "全县秋收进度过半", "本报讯全县各乡镇抓住晴好天气抢收晚稻"),
            part(2, "冬季运动会开幕", "本报讯全县第五届冬季运动会昨天开幕"),
        ],
        photos=[
            {"caption": "农机手连夜收割晚稻。", "credit": "记者 石小峰摄", "article": 1},
            {"caption": "运动员入场。", "credit": "记者 何晓雨摄", "article": 2},
            {"caption": "晚霞映照田野。", "credit": "记者 石小峰摄", "article": None},
        ],
    )

    tally, _ = score_page("mini/1.txt", truth, made)

    assert tally.counts["photos found"] == [3, 3]
    assert tally.counts["photos linked"] == [2, 3]
    assert [m["kind"] for m in tally.mismatches if m["kind"] == "photo story"] == ["photo story"]


def test_a_picture_printed_as_its_credit_alone_is_found_only_without_a_caption(two_page_folder):
    (edition,) = find_editions([two_page_folder])
    truth = edition.pages[0]
    truth.photos = [{"caption": "", "credit": "石小峰摄", "story": "qiushou"}]
    parts = [part(1, "全县秋收进度过半", "本报讯全县各乡镇抓住晴好天气抢收晚稻")]
    alone = {"caption": "", "credit": "石小峰摄", "article": 1}
    captioned = {"caption": "农机手连夜收割晚稻。", "credit": "记者 石小峰摄", "article": 1}

    found, _ = score_page("mini/1.txt", truth, MadePage(label="1", parts=parts, photos=[alone]))
    missed, _ = score_page("mini/1.txt", truth, MadePage("1", parts, photos=[captioned]))

    assert found.counts["photos found"] == [1, 1]
    assert missed.counts["photos found"] == [0, 1]
