"""A second dispatch from another sender inside a story (申報: 〔本報訊〕 then 〔路透社…電〕 on the
same talks) stays in that story when it repeats a fair share of the story's words; a real page
of 1949 split its lead story in three when the share needed was set higher (0.3) in round 15."""

from tests.parsing.helpers import parse


def test_another_senders_dispatch_on_the_same_talks_stays_in_the_story():
    parsed = parse(
        "三國財長會議下週揭幕",
        "各方立場漸趨接近",
        "",
        "〔本報訊〕東京十二日廣播：日本財政大臣在記者招待會中稱，三國財長會議能否獲致協議，"
        "須視各方是否願意在關稅問題上互相讓步而定。財政大臣又稱，日本政策在使區內貿易暢通，"
        "不擬接受任何有損本國農民之建議。",
        "〔路透社倫敦十一日電〕英國財相訪美歸來後，即開始準備下週在日內瓦舉行之三國財長會議。"
        "一般人士對於此次會議能否獲致協議，仍表懷疑，認為除非各方完全改變其過去所持之態度，"
        "否則會議難有成就。",
    )
    (story,) = parsed.articles
    assert len(story.paragraphs) == 2
    assert "dateline-inside-story" in [flag.kind for flag in parsed.flags]
