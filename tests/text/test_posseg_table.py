"""jieba's part-of-speech tagger as the parser loads it (articles.text.get_posseg): the same
word → tag table as jieba's own loader makes, with the dictionary's strings shared."""

from __future__ import annotations

import sys

from articles.text import _shared_word_tags, get_jieba, get_posseg


def test_the_shared_table_takes_the_dictionarys_word_strings_and_one_string_per_tag():
    words = {"".join(["北", "京"]): 10, "大学": 5, "前缀": 0}
    table = {"".join(["北", "京"]): "".join(["n", "s"]), "大学": "".join(["n", "s"])}
    table["外来"] = "".join(["n", "z"])  # a word the frequencies lack keeps its own key
    shared = _shared_word_tags(table, words)
    assert shared == table
    (beijing,) = [word for word in shared if word == "北京"]
    assert beijing is next(word for word in words if word == "北京")
    assert beijing is not next(word for word in table if word == "北京")
    assert shared["北京"] is shared["大学"]  # one "ns"


def test_the_parsers_tagger_table_is_jiebas_own_with_the_dictionarys_strings():
    jieba = get_jieba()
    own = get_posseg().POSTokenizer(jieba.dt).word_tag_tab  # jieba's loader: the file again
    shared = _shared_word_tags(own, jieba.dt.FREQ)
    assert shared == own and len(shared) > 300_000

    posseg = get_posseg()
    assert get_posseg() is posseg and sys.modules["jieba.posseg"] is posseg
    table = posseg.dt.word_tag_tab
    (word,) = [w for w in table if w == "北京"]
    assert word is next(w for w in jieba.dt.FREQ if w == "北京")
    assert table["北京"] == own["北京"] == "ns"


def test_tags_kept_on_disk_read_back_as_the_same_table_with_the_dictionarys_strings():
    from articles.text import _tags_from_bytes, _tags_to_bytes

    words = {"北京": 10, "北": 0, "大学": 5, "前缀": 0, "学习": 3}
    table = {"北京": "ns", "大学": "n", "学习": "v"}
    data = _tags_to_bytes(table, words)
    back = _tags_from_bytes(data, words)
    assert back == table
    (beijing,) = [word for word in back if word == "北京"]
    assert beijing is next(word for word in words if word == "北京")
    # Words learned after the table was kept come after the dictionary's: the table still fits.
    learned = {**words, "徐惠民": 1, "徐惠": 0}
    assert _tags_from_bytes(data, learned) == table


def test_tags_kept_for_other_words_or_another_order_are_not_used():
    from articles.text import _tags_from_bytes, _tags_to_bytes

    words = {"北京": 10, "大学": 5, "学习": 3}
    data = _tags_to_bytes({"北京": "ns", "大学": "n", "学习": "v"}, words)
    assert _tags_from_bytes(data, {"大学": 5, "北京": 10, "学习": 3}) is None
    assert _tags_from_bytes(data, {"北京": 10, "大学": 5}) is None
    assert _tags_from_bytes(data[:-1], words) is None
    # A table with a word the dictionary lacks is not kept at all.
    assert _tags_to_bytes({"北京": "ns", "外来": "nz"}, words) is None


def test_the_tagger_made_from_the_kept_tags_is_jiebas_own(tmp_path, monkeypatch):
    """A fresh process: the first load keeps the tags, the next one reads them; both tag as
    jieba's own loader does."""
    import subprocess

    script = (
        "import sys; from articles.text import get_jieba, get_posseg; j = get_jieba(); "
        "p = get_posseg(); own = p.POSTokenizer(j.dt).word_tag_tab; "
        "print(p.dt.word_tag_tab == own, [tuple(x) for x in p.cut('我县早稻喜获丰收')])"
    )
    env = {**__import__("os").environ, "NEWSROOM_TABLE_CACHE": str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    ]
    assert [path.name.startswith("newsroom-tags-") for path in tmp_path.iterdir()] == [True]
    assert runs[0] == runs[1] and runs[0].startswith("True ")
