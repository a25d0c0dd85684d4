"""A sound written three times on purpose (咚咚咚, 哈哈哈, 嘻嘻嘻, 滴滴滴, 轰轰轰; 叮叮叮当当当) is no
doubled-character slip; function words tripled, runs beside a pair of another character and
stuck keys still are (articles/proofreading/doubled.py, its last rule)."""

import pytest

from articles.proofreading import check_text


def doubled(text):
    return [f for f in check_text(text) if f.kind == "doubled"]


@pytest.mark.parametrize(
    "text",
    [
        "半夜里，门外忽然传来咚咚咚的敲门声。",  # 咚: jieba tags it a sound (o)
        "听完这个故事，大家哈哈哈地笑成一团。",  # 哈哈哈: a word of jieba's dictionary
        "几个孩子嘻嘻嘻地躲到了大树后面。",
        "她一边浇花一边啦啦啦地哼着小曲。",
        "工地上的打桩机轰轰轰地响了一整天。",
        "床头的闹钟滴滴滴地叫个不停。",
        "小狗冲着陌生人汪汪汪叫了几声。",
        "锣鼓敲得叮叮叮当当当，热闹极了。",  # AAABBB, both sounds
        "远处传来咚咚咚咚咚的鼓点。",  # five times: still a sound, not a slip
    ],
)
def test_a_sound_written_three_times_or_more_on_purpose_is_no_finding(text):
    assert doubled(text) == []


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("市民反映的的的问题已经解决。", "的的的"),
        ("这是是是新的开始。", "是是是"),
        ("他终于来了了了。", "了了了"),
        ("工地上一派轰轰轰烈烈的景象。", "轰轰轰"),  # 轰轰烈烈 with one 轰 too many
        ("楼道里" + "咚" * 13 + "的响声。", "咚" * 13),  # a stuck key, not a knock
    ],
)
def test_function_words_uneven_forms_and_stuck_keys_are_still_found(text, run):
    (found,) = doubled(text)
    assert found.text == run


@pytest.mark.parametrize(("text", "pair"), [("这是我的的书", "的的"), ("他来了了", "了了")])
def test_a_doubled_function_word_is_still_found(text, pair):
    (found,) = doubled(text)
    assert found.text == pair
