"""Segmentation, the user dictionary and keywords."""

from collections import Counter

import pytest

from articles.text import get_jieba
from search import dictionary
from search.keywords import keywords
from search.text import HMM, analyse, index_token, normalize, query_terms
from tests.factories import SEED


def test_analysis_is_jieba_search_mode_from_one_pass():
    text = normalize(SEED.read_text(encoding="utf-8"))
    jieba = get_jieba()
    search_mode = Counter(w for w in jieba.cut_for_search(text, HMM=HMM) if index_token(w))
    tokens = Counter(analyse(text, normalised=True).tokens)
    assert not search_mode - tokens  # every search-mode token is indexed
    # ... plus the pieces of the words the dictionary does not know.
    unknown = {w for w in jieba.lcut(text, HMM=HMM) if len(w) > 2 and not jieba.dt.FREQ.get(w)}
    extra = tokens - search_mode
    assert extra
    assert all(any(piece in word for word in unknown) for piece in extra)


def test_a_name_inside_a_longer_unknown_word_is_indexed():
    tokens = analyse("贾亮华出席会议").tokens  # jieba's HMM reads 贾亮华 as one word
    assert "贾亮华" in tokens and "贾亮" in tokens and "亮华" in tokens


def test_a_name_learned_after_a_text_was_analysed_changes_its_next_analysis():
    from search import text

    assert "邰景" in analyse("邰景翀出席会议").tokens  # unknown: every piece of it
    text.add_word("邰景翀")  # now a dictionary word: only the dictionary's pieces of it
    assert analyse("邰景翀出席会议").tokens == ["邰景翀", "出席", "会议", "出席会议"]


def test_a_learned_word_inside_a_dictionary_word_becomes_its_piece_and_other_words_are_kept():
    from search import text

    assert "鹉螺" not in analyse("鹦鹉螺化石展出").tokens  # not a word of jieba's dictionary
    kept = text._expansions_for(get_jieba().dt.FREQ)["化石"]
    text.add_word("鹉螺")
    assert analyse("鹦鹉螺化石展出").tokens[:3] == ["鹦鹉", "鹉螺", "鹦鹉螺"]
    # The words without it were not worked out again (an import learns names every batch).
    assert text._expansions_for(get_jieba().dt.FREQ)["化石"] is kept


def test_words_holding_learned_names_are_forgotten_however_often_they_hold_them():
    """(Its cost: one scan of the word list, whatever the names; ``bench/hostile_bench.py``
    style figures, never a timed assertion here.)"""
    from search import text

    long_word = "景翀" * 1_000  # one word holding the name 1,000 times
    table = {"出席": ("出席",), long_word: (), "邰景翀": (), "贾景翀": (), "会议": ("会议",)}
    kept = text._without_words(table, {"景翀", "邰景翀"})
    assert set(kept) == {"出席", "会议"}


def test_a_dictionary_change_not_made_by_add_word_empties_the_remembered_pieces():
    from search import text

    analyse("鹦鹉螺化石展出")
    jieba = get_jieba()
    jieba.add_word("螺化石展")  # straight into jieba: nothing tells which words it changes
    try:
        assert "化石" not in text._expansions_for(jieba.dt.FREQ)
    finally:
        jieba.del_word("螺化石展")


def test_analysis_of_a_text_is_that_of_its_sentences_joined():
    text = "市委书记徐惠民强调，要把节约土地资源放在重要位置。港闸区飞牛小匠成立党支部。"
    parts = [
        analyse(s)
        for s in (
            "市委书记徐惠民强调，",
            "要把节约土地资源放在重要位置。",
            "港闸区飞牛小匠成立党支部。",
        )
    ]
    joined = parts[0] + parts[1] + parts[2]
    assert analyse(text).tokens == joined.tokens


def test_punctuation_and_stop_words_are_not_indexed():
    tokens = analyse("全市打好污染防治攻坚战，的、了和“党建”！").tokens
    assert "，" not in tokens and "的" not in tokens and "“" not in tokens
    assert "党建" in tokens and "污染防治" in tokens and "污染" in tokens  # search mode


def test_dictionary_keeps_names_whole():
    assert query_terms("徐惠民") == ["徐惠民"]
    assert query_terms("飞牛小匠") == ["飞牛小匠"]
    assert "徐惠民" in analyse("市委书记徐惠民强调").tokens


def test_normalisation_is_for_matching_only():
    assert normalize("ＡＩ　赋能（２０２０）") == "ai 赋能(2020)"


def test_keywords_come_from_the_same_words():
    words = analyse(
        "飞牛小匠志愿服务社。飞牛小匠党支部结合自身服务特点。社区共建飞牛小匠便民服务站。"
    ).words
    top = [w for w, _ in keywords(words)]
    assert top[0] == "飞牛小匠"
    assert all(len(w) >= 2 for w in top)
    assert keywords([]) == []


def _reference_keywords(words, limit=8):
    """jieba.analyse.extract_tags's TF-IDF over given words, written out plainly."""
    from articles.tablecache import word_key
    from search.keywords import _keyword_candidate
    from search.text import idf_table

    table, median = idf_table()
    counts = {w: c for w, c in Counter(words).items() if _keyword_candidate(w)}
    total = sum(counts.values())
    scored = sorted((-c / total * table.get(word_key(w), median), w) for w, c in counts.items())
    return [(w, round(-s, 6)) for s, w in scored[:limit]]


@pytest.mark.parametrize("size", [50_000, 5])
def test_keywords_are_tf_idf_over_the_candidates_whatever_was_remembered(monkeypatch, size):
    import search.keywords

    monkeypatch.setattr(
        search.keywords, "_WEIGHTS_SIZE", size
    )  # 5: the remembered weights keep emptying
    for sample in (
        "港口码头的集装箱吞吐量创新高，港口集团表示，码头扩建工程年底完工。2020年 port 港",
        "记者 本报讯 我市 工作 的 了",  # nothing but stop words: no keyword
        "乡村振兴 乡村振兴 产业 产业 人才 人才 文化 文化 生态 生态 组织 组织 农业 农村 农民",
    ):
        words = analyse(sample).words
        for repeat in range(2):  # weights worked out, then remembered
            assert keywords(words) == _reference_keywords(words), (sample, repeat)


def test_keyword_weights_are_jieba_analyse_idf_values():
    import importlib

    from articles.tablecache import word_key
    from search.text import idf_table

    tfidf = importlib.import_module("jieba.analyse.tfidf")  # the module, not the function
    loader = tfidf.IDFLoader(tfidf.DEFAULT_IDF)
    words = ["党建", "污染防治", "会议", "飞牛小匠", "的"]
    table, median = idf_table()
    assert median == loader.median_idf
    assert [table.get(word_key(w), median) for w in words] == [
        loader.idf_freq.get(w, loader.median_idf) for w in words
    ]


def test_dictionary_file_format():
    words = dictionary.parse_dictionary("# comment\n\n徐惠民 nr\n港闸 2000 ns\nＡＢＣ\n")
    assert words == {"徐惠民": (None, "nr"), "港闸": (2000, "ns"), "abc": (None, None)}
    assert "徐惠民" in dictionary.file_words()
    assert not any(w.startswith("#") for w in dictionary.file_words())


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("新华社北京7月8日电", "北京"),
        ("本报如东讯", None),
        ("本报讯", None),
        ("新华社洋口港7月8日电", "洋口港"),
        ("本报南京8日电", "南京"),
    ],
)
def test_places_from_datelines(dateline, place):
    assert dictionary.dateline_place(dateline) == place


def test_learning_adds_unknown_names_once():
    assert dictionary.learn(["欧阳明日"]) == ["欧阳明日"]
    assert dictionary.learn(["欧阳明日", "南通", "x"]) == []
    assert query_terms("欧阳明日") == ["欧阳明日"]


def test_rjieba_and_jieba_give_the_index_the_same_tokens(monkeypatch):
    from articles.text import normalize_for_matching
    from search import text
    from tests.conftest import DATA

    page = normalize_for_matching((DATA / "jumps" / "A2.txt").read_text(encoding="utf-8"))
    monkeypatch.setattr(text, "_segmenter_name", "jieba")
    by_jieba = text.analyse(page, normalised=True)
    spans_jieba = text.tokenize_spans(page[:400])
    monkeypatch.setattr(text, "_segmenter_name", None)
    monkeypatch.setenv("NEWSROOM_SEARCH_SEGMENTER", "rjieba")
    assert text.segmenter_name() == "rjieba"
    for word, (freq, tag) in dictionary.loaded_file_words().items():  # when jieba was chosen
        text._rjieba.add_word(word, freq, tag)
    by_rjieba = text.analyse(page, normalised=True)
    assert by_rjieba.tokens == by_jieba.tokens and by_rjieba.words == by_jieba.words
    assert text.tokenize_spans(page[:400]) == spans_jieba
    assert text.query_terms("用党建品牌") == ["用", "党建", "品牌"]


def test_a_word_added_to_the_dictionary_is_whole_for_the_index_segmenter_too(monkeypatch):
    from search import text

    monkeypatch.setattr(text, "_segmenter_name", None)
    monkeypatch.setenv("NEWSROOM_SEARCH_SEGMENTER", "rjieba")
    assert "江海惠民卡" not in text.query_terms("办理江海惠民卡的市民")
    text.add_word("江海惠民卡")
    assert "江海惠民卡" in text.query_terms("办理江海惠民卡的市民")
    assert "江海惠民卡" in text.analyse("办理江海惠民卡的市民").tokens


def test_an_unknown_segmenter_is_refused_with_the_choices(monkeypatch):
    import pytest

    from search import text

    monkeypatch.setattr(text, "_segmenter_name", None)
    monkeypatch.setenv("NEWSROOM_SEARCH_SEGMENTER", "thulac")
    with pytest.raises(ValueError, match="rjieba, jieba"):
        text.segmenter_name()


def test_the_idf_table_kept_on_disk_reads_back_the_same(tmp_path, monkeypatch):
    import search.text as text
    from articles.tablecache import word_key

    monkeypatch.setenv("NEWSROOM_TABLE_CACHE", str(tmp_path))
    monkeypatch.setattr(text, "_idf", None)
    parsed, median = text.idf_table()  # parsed from the file, and kept
    (kept,) = tmp_path.iterdir()
    monkeypatch.setattr(text, "_idf", None)
    monkeypatch.setattr(text, "_idf_parse", lambda path: pytest.fail("parsed again"))
    table, same_median = text.idf_table()
    assert same_median == median
    words = ["党建", "污染防治", "会议", "飞牛小匠"]
    assert [table.get(word_key(w), 0.0) for w in words] == [
        parsed.get(word_key(w), 0.0) for w in words
    ]
    assert text.IdfTable.from_bytes(kept.read_bytes()[:-1]) is None  # not one: parsed again


def test_keyword_candidates_are_all_chinese_or_letters_only():
    from search.keywords import _keyword_candidate

    assert _keyword_candidate("港口") and _keyword_candidate("port")
    assert not _keyword_candidate("港")  # one character
    assert not _keyword_candidate("记者")  # never a tag
    assert not _keyword_candidate("2020年") and not _keyword_candidate("1.5万")
    assert not _keyword_candidate("5g港口") and not _keyword_candidate("ab")
    assert not _keyword_candidate("ab1")
    assert _keyword_candidate("\u3400\u9fff")  # the ends of the range are Chinese
    # Beyond the range (CJK extension B) a character counts as a letter (str.isalpha).
    assert not _keyword_candidate("\U00020000\U00020001")
    assert _keyword_candidate("\U00020000\U00020001\U00020002")
