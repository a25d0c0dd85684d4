"""A notice signed by an organisation with 謹啟 / 敬启 under its text (``合眾書局謹啟``,
``新华书店　敬启``) ends that notice: the signature is its last line, never a deck line of the
story before or after it (INPUT.md: a signature belongs to the text before it)."""

import pytest

from .helpers import parse


@pytest.mark.parametrize("signature", ["合眾書局謹啟", "新华书店　敬启", "東方出版社謹啟"])
def test_organisation_signature_with_jinqi_ends_its_notice(signature):
    parsed = parse(
        "本店遷址啟事",
        "本店自下月一日起遷往中環新址營業，敬請各界人士垂注。",
        signature,
        "",
        "【本報訊】本市圖書展覽昨日開幕，展出新書三千餘種，參觀者絡繹不絕。",
    )
    assert all(signature not in a.title_lines for a in parsed.articles)
    assert any(signature in a.paragraphs for a in parsed.articles)
