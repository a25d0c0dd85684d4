"""A readers' letter signed by a group counted (``韦秀兰等五人``) under their neighbourhood
(``朝阳街道``) names no writer: its reporters are none (a neighbourhood is no person, and many
signers are not one writer), while the signature stays the letter's byline. A letter signed by
one reader keeps that reader as its writer, as before. Invented paper, people and places."""

import pytest

from tests.parsing.helpers import parse

LETTER = (
    "读者来信",
    "巷口的水管该修了",
    "　　编辑同志：我们朝阳街道八号院门口的水管漏水快一个月了，冬天一到，路面结冰，老人孩子出门很不方便。希望有关部门尽快修好。",
)
NEXT = (
    "",
    "青少年宫开设书法班",
    "　　本报讯（记者　孟　凡）市青少年宫从下月起开设少儿书法班，每周六上午上课。",
)


@pytest.mark.parametrize(
    "signature",
    ["　　朝阳街道　韦秀兰等五人", "　　朝阳社区　韦秀兰等12人", "　　韦秀兰等六人"],
)
def test_group_signature_names_no_reporter(signature):
    parsed = parse(*LETTER, signature, *NEXT)
    letter, school = parsed.articles
    assert letter.headline == "巷口的水管该修了"
    assert letter.reporters == ()
    assert (school.headline, school.reporters) == ("青少年宫开设书法班", ("孟凡",))


def test_letter_signed_by_one_reader_keeps_the_writer():
    parsed = parse(*LETTER, "　　朝阳街道　韦秀兰", *NEXT)
    assert parsed.articles[0].reporters == ("韦秀兰",)
