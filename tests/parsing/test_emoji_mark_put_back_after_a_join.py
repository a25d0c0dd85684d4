"""An emoji the reader reads as a brief's ``■`` is put back as printed wherever its line ends
up, also joined to the line before it into a set-aside line or a paragraph (a hostile-input
property test found ``（`` / ``🀀标题　　）`` stored as ``（■标题　　）``: a ■ the page never printed)."""

from articles.parsing import parse_page


def test_a_marked_line_joined_to_the_line_before_keeps_its_printed_emoji():
    page = parse_page("（\n🀀标题\u3000\u3000）")
    texts = [aside.text for aside in page.set_aside] + list(page.warnings)
    assert texts and all("■" not in text for text in texts)
    assert any("🀀标题" in text for text in texts)


def test_a_briefs_emoji_title_is_still_read_and_put_back():
    page = parse_page(
        "简讯\n\n🔹农机购置补贴申报启动\u30003月5日起，农户可到乡镇农机站申报购机补贴。\n"
        "🔹春季植树活动开始\u3000今年全市计划植树十万株。\n"
    )
    titles = [line for article in page.articles for line in article.title_lines]
    assert "🔹农机购置补贴申报启动" in titles and not any("■" in t for t in titles)


def test_an_emoji_set_aside_alone_as_a_briefs_mark_keeps_its_printed_emoji():
    """(The property test's ``🀀本报北京4月29日电  （记者彭波）``: the emoji set aside as a brief's
    mark and stored as ``■``.)"""
    for emoji in ("🀀", "🔹🔹"):
        page = parse_page(f"{emoji}本报北京4月29日电  （记者彭波）\n")
        asides = [aside.text for aside in page.set_aside]
        assert "■" not in "".join(asides), asides
        body = "".join(block.text for article in page.articles for block in article.blocks)
        assert emoji in "".join(asides) + body
