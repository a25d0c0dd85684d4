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
