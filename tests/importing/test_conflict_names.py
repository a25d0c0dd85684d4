"""The desk links a conflict line to its story or photo by the line's start naming it
(articles/importing/runs.conflict_name): a caption or title printing ``：`` is named whole, not
cut at it (``图为：游客…`` was named ``“图为``)."""

from articles.importing.runs import conflict_name

LEFT = (
    "A1 photo #2 “图为：游客在湖边”: has an uploaded image or hand edits and is no longer in "
    "the page text; kept (delete it at the desk if it is not wanted)"
)
EDITED = (
    "A1 photo #1: edited by hand, left as the editor saved it "
    "(use --overwrite-edited to replace it with the page text)；说明改了"
)


def test_a_caption_with_a_colon_is_named_whole():
    assert conflict_name(LEFT) == "A1版 第2位的图片“图为：游客在湖边”"


def test_a_photo_named_by_its_number_alone_is_named_up_to_the_colon():
    assert conflict_name(EDITED) == "A1版 第1位的图片"
