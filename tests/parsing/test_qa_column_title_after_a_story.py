"""A Q&A column's title (``…问答``, ``…答疑``, ``…信箱``) printed after a news story, over its
first question (``问：…``), heads a piece of its own: it is not the news story's section head
(an interview's heads name a topic and follow its own questions)."""

from tests.parsing.helpers import parse


def test_qa_column_after_a_story_is_a_story_of_its_own():
    parsed = parse(
        "街道举办消夏晚会",
        "　　【本报讯】七月十二日晚，街道在文化广场举办消夏晚会，居民自编自演了十二个节目。",
        "医保政策答疑",
        "　　问：外地就医怎样报销？",
        "　　答：先在网上备案，出院时直接结算。",
    )
    assert [a.headline for a in parsed.articles] == ["街道举办消夏晚会", "医保政策答疑"]
    assert "外地就医怎样报销？" in parsed.articles[1].text
    assert "外地就医" not in parsed.articles[0].text


def test_an_interviews_topic_head_over_its_question_stays_its_crosshead():
    parsed = parse(
        "对话社区书记",
        "　　【本报讯】记者日前专访了青石社区书记。",
        "　　问：社区今年最大的变化是什么？",
        "　　答：加装了三部电梯。",
        "谈养老服务",
        "　　问：老人吃饭难怎么解决？",
        "　　答：社区食堂下月开张。",
    )
    assert [a.headline for a in parsed.articles] == ["对话社区书记"]
    assert "谈养老服务" in parsed.articles[0].crossheads
