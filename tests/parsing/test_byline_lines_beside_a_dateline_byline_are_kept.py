"""A byline line under the title (``本报记者 张海``) of a story whose dateline brackets a byline too
(``本报讯（记者 周涛）``) is kept in the story's byline as printed (it was dropped: a printed line
in no story and not set aside); the reporters stay the dateline's."""

from tests.parsing.helpers import only_article

TEXT = "本报讯（记者 周涛）城东新开一条公交线，全长十二公里，沿途设站二十个。"


def test_a_byline_line_over_a_dateline_with_its_own_byline_is_kept_in_the_byline():
    article = only_article("城东新开一条公交线", "本报记者 张海", TEXT)
    assert article.byline == "本报记者 张海 记者 周涛"
    assert article.reporters == ("周涛",)
    assert article.paragraphs == (TEXT,)


def test_a_byline_line_over_a_plain_dateline_is_the_byline_as_before():
    article = only_article("城东新开一条公交线", "本报记者 张海", "本报讯 城东新开一条公交线。")
    assert article.byline == "本报记者 张海"
    assert article.reporters == ("张海",)
