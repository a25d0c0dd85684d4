"""A jump marker whose 第 or 版 is misread by OCR as its look-alike (``（下轉笫四版）``,
``（上接第一板）``) is no marker: the forward one stays in the paragraph's text with no jump, the
backward one becomes the continued part's headline.

笫/第 and 板/版 are the commonest OCR confusions of those glyphs on scanned pages of every
decade. INPUT.md ("Encoding and layout"): OCR output of old pages has misread characters; the
importer must not crash on it and should still find the markers. Invented county and people.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize("marker", ["（下轉笫四版）", "（下转笫四版）", "(下轉笫4版)"])
def test_forward_marker_with_misread_di_is_a_marker(marker):
    parsed = parse(
        "青川縣召開春耕生產會議",
        "本報訊 三月五日，青川縣召開春耕生產動員會議，部署全縣春耕生產工作。",
        f"會議要求，各鄉鎮要抓緊做好種子、化肥、農藥的調運工作，確保不誤農時。{marker}",
        "河口鄉興修水利",
        "本報訊 河口鄉今冬明春共興修小型水利工程四十七處。",
    )
    first = parsed.articles[0]
    assert first.continued_on == "4"
    assert (
        first.paragraphs[-1]
        == "會議要求，各鄉鎮要抓緊做好種子、化肥、農藥的調運工作，確保不誤農時。"
    )


@pytest.mark.parametrize("marker", ["（上接第一板）", "（上接笫一版）"])
def test_backward_marker_with_misread_ban_is_a_marker(marker):
    parsed = parse(
        marker,
        "各鄉鎮要組織農技人員深入田間地頭，指導農民科學種田。",
        "會議還表彰了去年農業生產先進集體和先進個人。",
    )
    [article] = parsed.articles
    assert article.headline == ""
    assert article.continued_from == "1"
    assert len(article.paragraphs) == 2
