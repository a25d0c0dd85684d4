"""A box of regional briefs labelled ``…传真`` (``基层传真``, ``各县传真``), the label alone in its
block over titled briefs, heads the box, not its first brief: that brief has no kicker (INPUT.md,
"Page furniture": boxes). Invented places and people."""

from tests.parsing.helpers import decks, parse


def test_the_fax_box_label_is_no_kicker_of_its_first_brief():
    parsed = parse(
        "基层传真",
        "",
        "东岗乡开展普法宣传",
        "",
        "本报讯（通讯员　周海生）连日来，东岗乡司法所深入十个村开展普法宣传。",
        "",
        "西塘镇新建五处便民驿站",
        "",
        "本报讯（通讯员　包玉芳）近日，西塘镇新建的五处便民驿站投入使用。",
    )
    assert decks(parsed) == [
        ("", "东岗乡开展普法宣传", ""),
        ("", "西塘镇新建五处便民驿站", ""),
    ]
