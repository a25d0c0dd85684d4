"""A photo's credit naming a minority or foreign photographer, whose name is parted by a middle
dot and runs longer than a Han name (``本报记者 阿卜杜勒·艾尼摄``), is the photo's credit, as
``本报记者 林晓舟摄`` is: not a story's byline (a reviewer's picture page became a story)."""

from articles.parsing import parse_page

PAGE = (
    "岚川日报 2021年8月3日 星期二 A1\n\n"
    "清晨，湖边步道上晨练的市民络绎不绝。\n\n本报记者 林小雨摄\n\n"
    "草原上的那达慕大会吸引了远近牧民。\n\n本报记者 {name}摄\n"
)


def test_a_credit_naming_a_dotted_name_is_the_photo_s():
    parsed = parse_page(PAGE.format(name="巴特尔·乌力吉").encode())
    assert not parsed.articles
    assert [p.photographers for p in parsed.photos] == [("林小雨",), ("巴特尔·乌力吉",)]


def test_a_longer_dotted_name_too():
    parsed = parse_page(PAGE.format(name="热依拉·阿不都热合曼").encode())
    assert not parsed.articles
    assert parsed.photos[1].photographers == ("热依拉·阿不都热合曼",)
