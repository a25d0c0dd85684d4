"""An e-paper's name alone on the page's first line (``东湖晚报电子版``, ``某某日报数字报``), no
date line under it, is the masthead: the paper's name as printed is the page's, whatever kind
of paper it names, as ``南洲侨报电子版`` was (the importer takes the edition word off:
tests/importing/test_masthead_edition_word.py). A site's slogan after such a name
(``东湾日报网上版　新闻资讯　广告尽在其中``) names no paper.

INPUT.md ("Encoding and layout"): mastheads are furniture, never a headline.
"""

from tests.parsing.helpers import parse, reasons

STORY = ("", "市区新开三条公交线路", "", "本报讯　市公交公司昨日宣布，下月起新开三条公交线路。")


def test_an_e_paper_name_alone_on_line_one_is_the_masthead_naming_the_paper():
    for name in ("东湖晚报电子版", "西岭日报数字报"):
        parsed = parse(name, *STORY)
        assert parsed.metadata.paper == name
        assert reasons(parsed)[name] == "masthead"
        assert [a.headline for a in parsed.articles] == ["市区新开三条公交线路"]
    # (a site's slogan after the name: furniture, but no paper's name)
    assert parse("东湾日报网上版　新闻资讯　广告尽在其中", *STORY).metadata.paper == ""
