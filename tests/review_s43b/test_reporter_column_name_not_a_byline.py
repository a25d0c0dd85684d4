"""The column name ``记者连线`` (a kicker over a story) is read as a byline naming a reporter
``连线``: the page gets an empty story credited to 连线, and the real story loses its kicker.

Rule: names.py ``names_only`` / ``_surname_and_given`` (today's "names after a role word that
are dictionary words", ``（记者 高远）``) take any two or three characters after a common surname
as a name once a role word stands in the line, so 连 (a surname) + 线 is a person. A role word
glued to an ordinary word with no space and no bracket (记者连线, 记者手记) is a column's name,
not a credit. INPUT.md "Bylines": ``本报记者  彭  波``, ``（记者金帅）`` — a byline names people;
"Headlines": column names belong to the headline.
"""

from tests.parsing.helpers import parse


def test_reporter_column_name_is_the_kicker():
    parsed = parse(
        "记者连线",
        "城南队勇夺龙舟赛冠军",
        "本报讯（记者 陆文）昨天，首届龙舟赛决赛在城东举行，城南队夺得冠军。",
    )
    [article] = parsed.articles
    assert article.kicker == "记者连线"
    assert article.headline == "城南队勇夺龙舟赛冠军"
    assert article.reporters == ("陆文",)
