"""``fold`` is one table, whichever way it is looked up: the Basic Multilingual Plane through the
fast tuple, text with a character beyond it (Extension B Han) through the dict."""

from articles.text import _FOLD_TABLE, fold, folding_to, folding_to_any


def test_folding_beyond_the_basic_plane_still_folds_the_whole_text():
    astral = next(chr(code) for code in _FOLD_TABLE if code > 0xFFFF)
    text = f"報紙，臺灣{astral}𠀀　ＡＢＣ"
    assert fold(text) == text.translate(_FOLD_TABLE)
    assert fold(text)[:5] == "报纸,台湾" and fold(text)[5] != astral


def test_folding_of_every_basic_plane_character_follows_the_table():
    text = "".join(chr(code) for code in range(0x20, 0xD800))
    assert fold(text) == text.translate(_FOLD_TABLE)
    assert len(fold(text)) == len(text)


def test_simplified_text_with_full_width_punctuation_folds_without_the_table():
    text = "今天上午，市长（左）说：好！对吗？是的；　完"
    assert fold(text) == "今天上午,市长(左)说:好!对吗?是的; 完"


def test_each_character_between_full_width_punctuation_folds_as_the_table_says():
    # The common punctuation is swapped first; any other folding character still goes through
    # the table, whether it is alone or next to the punctuation.
    for code in range(0x20, 0xD800):
        text = f"，{chr(code)}（中）"
        assert fold(text) == text.translate(_FOLD_TABLE), hex(code)


def _matching_form_in_full(text: str) -> str:
    import unicodedata

    from articles.text import _MATCH_TABLE

    return unicodedata.normalize("NFKC", fold(text)).translate(_MATCH_TABLE).lower()


def test_matching_form_of_bracketed_headings_still_swaps_the_brackets():
    from articles.text import normalize_for_matching

    assert normalize_for_matching("【本报讯】轉第三版：ＡＢ") == "[本报讯]转第三版:ab"


def test_matching_form_is_the_whole_table_whether_or_not_the_text_needs_it():
    # Texts without any character of the last table skip it; the result is the same either way.
    from articles.text import normalize_for_matching

    for code in range(0x20, 0xD800, 7):
        for text in (f"今天{chr(code)}上午", f"【{chr(code)}】", chr(code)):
            assert normalize_for_matching(text) == _matching_form_in_full(text), hex(code)


def test_invisible_format_characters_fold_to_a_space_keeping_the_length():
    text = "（下转\u200bA2版）记者\ufeff钱立\u2060"
    assert fold(text) == "(下转 A2版)记者 钱立 "
    assert len(fold(text)) == len(text)


def test_kangxi_radicals_fold_to_the_ideograph_they_look_like():
    assert fold("第⼆版 4⽉29⽇电 ⾧") == "第二版 4月29日电 长"


def test_folds_are_remembered_up_to_a_bound_and_long_texts_are_not_kept():
    from articles import text as module

    memory = fold.__self__
    memory.clear()
    # (the fold is remembered as its own fold too: rules fold a text they were given folded)
    assert fold("報紙") == "报纸" and memory == {"報紙": "报纸", "报纸": "报纸"}
    long = "臺" * (module._FOLD_CACHED + 1)
    assert fold(long) == "台" * len(long) and long not in memory
    for number in range(module._FOLDS_KEPT + 1):
        fold(f"第{number}版")
    assert len(memory) <= module._FOLDS_KEPT and fold("第0版") == "第0版"


def test_a_fold_folding_changes_again_is_not_remembered_as_its_own():
    # OpenCC's table folds 薴 to 苧 and 苧 to 苎: the fold of 薴麻 is no fold of itself.
    memory = fold.__self__
    memory.clear()
    assert fold("薴麻，") == "苧麻," and "苧麻," not in memory
    assert fold("苧麻,") == "苎麻,"
    assert fold("報紙，") == "报纸," and memory["报纸,"] == "报纸,"


def test_what_folds_to_any_of_some_characters_is_what_folds_to_each():
    wanted = "讯电报A "
    assert folding_to_any(wanted) == {found for ch in wanted for found in folding_to(ch)}
    assert {"訊", "電", "報", "Ａ", "\u3000"} <= folding_to_any(wanted)
