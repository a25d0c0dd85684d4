"""A column break inside a word: jieba's dictionary is searched for a word across the break only
as far as some word opens with the text read so far (the dictionary holds every prefix of its
words, also of a word added later), and a word found is found whatever its length."""

from articles.parsing.layout import _dictionary_word_across
from articles.text import get_jieba


def test_a_word_across_the_break_is_found_at_any_length():
    assert _dictionary_word_across("昨天的新闻发", "布会上")  # 新闻发布会: 5 characters
    assert _dictionary_word_across("我们走进了图", "书馆")


def test_no_word_across_the_break_is_found_where_none_is():
    assert not _dictionary_word_across("他说。", "今天")


def test_a_word_added_to_the_dictionary_is_found_across_the_break():
    jieba = get_jieba()
    word = "邰景翀螺坊"
    assert not _dictionary_word_across("来到邰景", "翀螺坊里")
    jieba.add_word(word)
    try:
        assert all(word[:size] in jieba.dt.FREQ for size in range(1, len(word)))
        assert _dictionary_word_across("来到邰景", "翀螺坊里")
    finally:
        jieba.del_word(word)
