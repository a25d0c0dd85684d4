"""Front-page teasers whose pointer is printed with ASCII arrows (``>>>第2版``, ``>>A2``) are not
read as teasers: every teaser title and pointer is glued into the first story's deck
(主题 ``全市中小学今秋开学 >>>第2版``, 副题 ``城南老街重新开放 >>>第5版 春耕生产有序推进``).

An editor sees the front-page story headlined with the teaser box, its real headline pushed into
the 副题, and no teaser linking to the inner pages. The same teasers with ``→第2版``, ``▶▶A2版``
or ``详见第2版`` are read. INPUT.md, "Teasers (导读)": front-page pointers to inner pages (title
lines then the target page) are not articles; "Headlines": furniture is not a headline.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    ("first", "second", "labels"),
    [
        (">>>第2版", ">>>第5版", ["2", "5"]),
        (">>A2", ">>A5", ["A2", "A5"]),
        ("第2版>>", "第5版>>", ["2", "5"]),
    ],
)
def test_arrow_pointers_make_teasers_not_a_deck(first, second, labels):
    parsed = parse(
        "全市中小学今秋开学",
        first,
        "",
        "城南老街重新开放",
        second,
        "",
        "春耕生产有序推进",
        "",
        "本报讯（记者 李明）今年全市计划播种面积一百万亩，目前各项准备工作已基本就绪。",
    )
    assert [a.title_lines for a in parsed.articles] == [("春耕生产有序推进",)]
    assert [t.target_label for t in parsed.teasers] == labels
    assert [t.title_lines for t in parsed.teasers] == [
        ("全市中小学今秋开学",),
        ("城南老街重新开放",),
    ]
