"""校对 tells the editor that ``营业班班长`` and ``濠河河长`` are slips to be cut to ``班长``/``河长``.

README (Proofreading): a character doubled by a print join or OCR is flagged, "told apart from"
correct text, and ``articles/proofreading/doubled.py`` rule 4 leaves alone "a place or body
ending in X followed by its head (义工社社长, 管护站站长, 信息化厅厅长)". Its list of such
endings (``_INSTITUTIONS``) lacks 班 and 河, so the head of a work team (营业班班长, 检修班班长,
炊事班班长) and a river chief under the 河长制 (濠河河长, printed in every local paper) are
flagged 重复字 with the advice 应为「班长」 / 应为「河长」: a proofreader following it would
print a wrong title, and every such story of an issue carries a false alarm (``proofread``
exits non-zero).

Steps: ``check_text`` on a sentence naming 营业班班长 or 濠河河长 (or ``manage.py proofread`` on
an issue printing them).
"""

import pytest

from articles.proofreading import check_text


@pytest.mark.parametrize(
    "sentence",
    [
        "海门供电所营业班班长郑高表示，这次停电是用电负荷攀升所致。",
        "检修班班长李明带领班组成员连夜抢修线路。",
        "濠河河长王刚每周至少巡河一次，发现问题及时交办。",
    ],
)
def test_the_head_of_a_team_or_river_is_no_doubled_character(sentence):
    assert [f for f in check_text(sentence) if f.kind == "doubled"] == []
