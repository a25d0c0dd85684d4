"""Page text arrives as UTF-8 (with or without BOM), GB18030/GBK, Big5, Big5-HKSCS, UTF-16 with
BOM, CRLF lines; bytes that fit several encodings are read as the one that gives real Chinese."""

import codecs

import pytest

from articles.parsing import ParseError, decode_page, parse_page
from articles.parsing.decoding import chinese_score

PAGE = (
    "全市打好污染防治攻坚战\n"
    "\n"
    "本报讯（记者金帅）6日，考核督查动员培训会召开。黄巍东出席会议并讲话。\n"
    "\n"
    "黄巍东指出，今年是最为关键的一年，一季度没有组织现场考评，（下轉第四版）\n"
)


def summary(page):
    (article,) = page.articles
    return article.title_lines, article.reporters, article.paragraphs, article.continued_on


WANT = summary(parse_page(PAGE))


def test_reference_page_parses_as_expected():
    assert WANT == (
        ("全市打好污染防治攻坚战",),
        ("金帅",),
        (
            "本报讯（记者金帅）6日，考核督查动员培训会召开。黄巍东出席会议并讲话。",
            "黄巍东指出，今年是最为关键的一年，一季度没有组织现场考评，",
        ),
        "4",
    )


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE.encode("gbk"), "gb18030"),
        (PAGE.encode("gb18030"), "gb18030"),
        (PAGE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), "utf-16"),
        (PAGE.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
        (PAGE.replace("\n", "\r\n").encode("gbk"), "gb18030"),
        (PAGE.replace("\n", "\r").encode("utf-8"), "utf-8"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "gbk",
        "gb18030",
        "utf16-le-bom",
        "utf16-be-bom",
        "crlf",
        "gbk-crlf",
        "cr",
    ],
)
def test_every_encoding_and_line_end_gives_the_same_page(data, encoding):
    page = parse_page(data)
    assert page.encoding == encoding
    assert summary(page) == WANT


def test_bom_inside_text_string_is_dropped():
    assert summary(parse_page("\ufeff" + PAGE)) == WANT


def test_crlf_does_not_leave_carriage_returns_in_text():
    page = parse_page(PAGE.replace("\n", "\r\n"))
    for article in page.articles:
        assert all("\r" not in p for p in article.paragraphs)
        assert all("\r" not in t for t in article.title_lines)


def test_gb18030_only_characters_decode():
    # 𠮷 (U+20BB7) is outside GBK; GB18030 encodes it in four bytes.
    text = "𠮷野家开业\n\n本报讯（记者金帅）𠮷野家昨日开业。顾客很多。\n"
    page = parse_page(text.encode("gb18030"))
    assert page.encoding == "gb18030"
    assert page.articles[0].title_lines == ("𠮷野家开业",)


# Traditional Chinese: Big5 and Big5-HKSCS ----------------------------------------------------

TRADITIONAL = (
    "市議會通過新年度預算案\n"
    "\n"
    "本報訊（記者陳志明）立法會昨日舉行會議，議員以大比數通過新一年度的財政預算案。"
    "財政司司長表示，政府將增加對醫療、教育和房屋的投入。\n"
    "\n"
    "多名議員在會上發言，關注長者的生活開支及青年人的就業機會，（下轉第四版）\n"
)
# 佢哋 (they), 嘅 (of), 㗎 (sentence end): Cantonese, in Big5-HKSCS only.
HONG_KONG = TRADITIONAL.replace("議員在會上發言", "議員話佢哋嘅意見㗎")
TRADITIONAL_WANT = summary(parse_page(TRADITIONAL))
HONG_KONG_WANT = summary(parse_page(HONG_KONG))


def test_traditional_reference_pages_parse_as_expected():
    assert TRADITIONAL_WANT[:2] == (("市議會通過新年度預算案",), ("陳志明",))
    assert TRADITIONAL_WANT[3] == "4"
    assert HONG_KONG_WANT[2][1].startswith("多名議員話佢哋嘅意見㗎")
    with pytest.raises(UnicodeEncodeError):
        HONG_KONG.encode("big5")


@pytest.mark.parametrize(
    ("text", "data", "encoding"),
    [
        (TRADITIONAL, TRADITIONAL.encode("big5"), "big5"),
        (TRADITIONAL, TRADITIONAL.replace("\n", "\r\n").encode("big5"), "big5"),
        (HONG_KONG, HONG_KONG.encode("big5hkscs"), "big5hkscs"),
        (TRADITIONAL, TRADITIONAL.encode("utf-8"), "utf-8"),
        (TRADITIONAL, TRADITIONAL.encode("utf-16"), "utf-16"),
        (PAGE, PAGE.encode("gb18030"), "gb18030"),
        (PAGE, PAGE.encode("utf-8"), "utf-8"),
        (PAGE, codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE, PAGE.encode("utf-16"), "utf-16"),
    ],
    ids=[
        "big5",
        "big5-crlf",
        "big5-hkscs",
        "traditional-utf8",
        "traditional-utf16",
        "gb18030",
        "utf8",
        "utf8-bom",
        "utf16",
    ],
)
def test_the_same_page_in_each_encoding_reads_the_same(text, data, encoding):
    page = parse_page(data)
    assert page.encoding == encoding
    assert summary(page) == summary(parse_page(text))
    assert decode_page(data)[0].replace("\r\n", "\n") == text


# Bytes that fit several encodings ---------------------------------------------------------------

# GBK bytes of simplified text that are valid Big5 as well (as a good share of GBK pages are).
AMBIGUOUS_SIMPLIFIED = [
    "长江大保护十年禁渔见成效",
    "重点工程指挥部半年工作讲评会召开",
    "港口集装箱吞吐量创新高",
]


@pytest.mark.parametrize("text", AMBIGUOUS_SIMPLIFIED)
def test_gbk_bytes_that_are_valid_big5_too_are_read_as_gbk(text):
    data = text.encode("gbk")
    as_big5 = data.decode("big5")  # no error: the bytes fit both
    assert as_big5 != text
    assert chinese_score(text) > chinese_score(as_big5) + 0.3
    assert decode_page(data) == (text, "gb18030")


def test_big5_bytes_read_as_gb18030_score_far_below_the_traditional_text():
    data = TRADITIONAL.encode("big5")
    as_gb = data.decode("gb18030")  # no error: GB18030 maps nearly every byte pair
    assert chinese_score(TRADITIONAL) > chinese_score(as_gb) + 0.3
    assert decode_page(data) == (TRADITIONAL, "big5")


def test_gbk_bytes_in_a_file_one_would_take_for_utf8_are_read_as_gbk(tmp_path):
    path = tmp_path / "A1.txt"
    path.write_bytes(PAGE.encode("gbk"))
    page = parse_page(path.read_bytes())
    assert page.encoding == "gb18030"
    assert summary(page) == WANT


def test_utf8_pages_take_the_fast_path_without_scoring(monkeypatch):
    def fail(text):
        raise AssertionError("scored a UTF-8 page")

    monkeypatch.setattr("articles.parsing.decoding.chinese_score", fail)
    assert parse_page(PAGE.encode("utf-8")).encoding == "utf-8"


# A known encoding, given ------------------------------------------------------------------------


def test_a_given_encoding_skips_detection():
    data = TRADITIONAL.encode("big5hkscs")
    assert decode_page(data, encoding="big5hkscs") == (TRADITIONAL, "big5hkscs")
    assert summary(parse_page(data, encoding="BIG5-HKSCS")) == TRADITIONAL_WANT
    assert decode_page(PAGE.encode("gbk"), encoding="GBK") == (PAGE, "gbk")


def test_bytes_that_do_not_decode_in_the_given_encoding_are_refused_clearly():
    with pytest.raises(
        ParseError, match=r"版面不是所给的 utf-8 编码：第 1 字节.*请给出正确的 --encoding"
    ):
        decode_page(TRADITIONAL.encode("big5"), encoding="utf-8")


def test_an_unknown_encoding_is_refused_clearly():
    with pytest.raises(ParseError, match=r"没有名为 .* 的文字编码"):
        decode_page(b"abc", encoding="no-such-codec")
    with pytest.raises(ParseError, match=r"没有名为 .* 的文字编码"):
        decode_page(b"abc", encoding="base64")


def test_a_given_encoding_does_not_let_binary_through():
    with pytest.raises(ParseError, match="二进制文件"):
        decode_page(b"\x00\x01\x02" * 100, encoding="latin-1")
    with pytest.raises(ParseError, match="PNG"):
        decode_page(b"\x89PNG\r\n\x1a\n" + bytes(100), encoding="latin-1")


# Bytes that are no Chinese text -----------------------------------------------------------------


def test_binary_bytes_are_still_refused_with_the_clear_error():
    with pytest.raises(ParseError, match="这像是二进制文件"):
        decode_page(bytes(range(256)) * 4)


def test_bytes_in_no_chinese_encoding_are_refused_with_a_guess():
    japanese = "東京都の天気は晴れです。明日は雨が降るでしょう。" * 4
    with pytest.raises(ParseError, match=r"读不出版面的文字.*--encoding euc_jis_2004") as error:
        decode_page(japanese.encode("euc_jp"))
    assert "\n" not in str(error.value)
    # Given as the error says, it reads.
    assert decode_page(japanese.encode("euc_jp"), encoding="euc_jis_2004")[0] == japanese


def test_noise_without_nul_bytes_is_refused_without_a_guess():
    noise = bytes(b for b in range(0x80, 0x100)) * 8
    with pytest.raises(ParseError, match=r"读不出版面的文字.*请把文件另存为 UTF-8$"):
        decode_page(noise)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_saved_without_its_mark_is_read_by_where_its_nul_bytes_stand(codec):
    text, encoding = decode_page(PAGE.replace("\n", "\r\n").encode(codec))
    assert encoding == codec
    assert summary(parse_page(text)) == WANT


def test_binary_with_nul_bytes_on_both_sides_is_still_refused_as_binary():
    data = bytes(range(256)) * 40
    with pytest.raises(ParseError, match="二进制"):
        decode_page(data)


def test_utf16_without_mark_of_another_language_is_refused():
    # Korean saved as UTF-16 without its mark: NULs in place, but no Chinese to read.
    with pytest.raises(ParseError):
        decode_page(("서울 시청 앞 광장에서 행사가 열렸다.\n" * 30).encode("utf-16-le"))


# Telling a single reading Chinese enough without the common characters' table ------------------

# A page only GB18030 reads (its GBK bytes are no Big5): one decoding, nothing to choose.
ONLY_GB = (
    "全市群众热情参加植树活动\n\n本报讯 昨日，全市三万人参加义务植树，确保春季造林任务完成。\n"
)


def test_a_single_reading_that_is_plainly_chinese_needs_no_common_character_table():
    from articles.parsing import decoding

    data = ONLY_GB.encode("gbk")
    with pytest.raises(UnicodeDecodeError):
        data.decode("big5")
    decoding._common_characters.cache_clear()
    assert decode_page(data) == (ONLY_GB, "gb18030")
    assert decoding._common_characters.cache_info().currsize == 0  # never made


def test_the_lower_bound_says_yes_only_where_the_exact_score_does():
    from articles.parsing import decoding

    texts = [
        ONLY_GB,
        TRADITIONAL,
        TRADITIONAL.encode("big5").decode("gb18030"),  # Big5 bytes read as GB18030: mojibake
        "東京都の天気は晴れです。".encode("shift_jis").decode("gb18030", "replace"),
        "鬯鬱鬲鬻鬼魁魂魃魄魅",  # rare characters, no words
        "abc 123",
    ]
    for cached in (False, True):
        for text in texts:
            for floor in (0.0, 0.3, 0.5, 1.0, 1.5, 1.9):
                if not cached:
                    decoding._common_characters.cache_clear()
                assert decoding._scores_at_least(text, floor) == (
                    decoding.chinese_score(text) >= floor
                ), (text, floor, cached)


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8], ids=["plain", "bom"])
def test_utf8_text_cut_inside_its_last_character_is_said_to_be_cut_off(bom):
    data = bom + "南通日报\n本报讯 记者 王明\n".encode() + "生".encode()[:2]
    with pytest.raises(ParseError) as refused:
        decode_page(data)
    message = str(refused.value)
    assert "中途结束" in message and "截断" in message
    assert f"第 {len(data)} 字节" in message
    assert "另存为" not in message


def test_ascii_then_a_cut_byte_is_not_called_cut_off_utf8():
    with pytest.raises(ParseError) as refused:
        decode_page(b"abc\xe7")
    assert "中途结束" not in str(refused.value)


def test_a_file_that_goes_on_in_another_encoding_is_refused_naming_the_line():
    """UTF-8 Chinese, then text pasted from a GBK file: no one decoding reads it, and “save it as
    UTF-8” would not help; the refusal names the line where GBK starts."""
    first = "南通高质量发展走在前列\n本报讯（记者王明）昨天，全市重大项目推进会召开。\n"
    second = "会议要求，各地各部门要坚持项目为王，推动重点工程早开工、早见效。\n"
    data = first.encode("utf-8") + second.encode("gbk")
    with pytest.raises(ParseError) as excinfo:
        decode_page(data)
    message = str(excinfo.value)
    assert "文件前 2 行是 UTF-8，第 3 行起" in message
    assert "按 gb18030 读得通" in message and "混了两种编码" in message
    assert "请把文件另存为 UTF-8" not in message


def test_a_gbk_page_with_a_few_utf8_bytes_is_not_called_mixed():
    """Too little UTF-8 Han before the first bad byte to say the file starts as UTF-8: the
    whole file is read as GB18030 as before."""
    data = PAGE.encode("gbk")
    assert decode_page(data)[1] == "gb18030"


def test_a_gbk_file_that_goes_on_in_utf8_is_refused_naming_the_line():
    first = "南通高质量发展走在前列\n本报讯（记者王明）昨天，全市重大项目推进会召开。\n"
    second = "会议要求，各地各部门要坚持项目为王，推动重点工程早开工、早见效。\n"
    with pytest.raises(ParseError) as excinfo:
        decode_page(first.encode("gbk") + second.encode("utf-8"))
    message = str(excinfo.value)
    assert "文件前 2 行按 gb18030 读得通，第 3 行起" in message and "混了两种编码" in message


def test_a_page_forced_to_read_as_latin1_is_refused_saying_it_reads_as_western_letters():
    # (a reviewer's run: the refusal said the reading was rare Han characters)
    data = (
        "岚川县新建口袋公园\n\n本报讯（记者 顾言）岚川县城区两座口袋公园日前建成开放。\n".encode()
    )
    with pytest.raises(ParseError) as caught:
        decode_page(data, encoding="latin-1")
    said = str(caught.value)
    assert "不是中文，是西文字母和符号（如“å²å·" in said and "生僻字" not in said
    assert "--encoding utf-8" in said


def test_a_utf8_page_forced_to_read_as_utf16_is_refused_naming_the_scripts_it_reads_as():
    # (a reviewer's run: 西文字母和符号（如“駦鶷韦ꖊ”）, though those are Han and Yi, no Western letter)
    data = (
        "岚川县新建口袋公园\n\n本报讯（记者 顾言）岚川县城区两座口袋公园日前建成开放。\n".encode()
    )
    with pytest.raises(ParseError) as caught:
        decode_page(data, encoding="utf-16")
    said = str(caught.value)
    assert "西文字母" not in said and "罕用汉字" in said and "不成文的字符" in said
    assert "--encoding utf-8" in said


def test_a_zip_given_as_a_page_is_refused_saying_to_unpack_it():
    with pytest.raises(ParseError) as caught:
        decode_page(b"PK\x03\x04" + b"\x00" * 40)
    said = str(caught.value)
    assert "ZIP 压缩包" in said and "请先解压" in said and "导入解压出的文件夹" in said


# A GB18030 page with Russian lines: Cyrillic and Greek are in GB2312 itself (rows 6 and 7), and
# « » (GB18030 four-byte sequences) stand around a Russian firm's name.
RUSSIAN_ADVERT = (
    "濱江商埠新開電車路線\n"
    "\n"
    "【本埠消息】道裏至南崗電車路線，昨日開始通車，乘客甚多。\n"
    "\n"
    "秋林洋行　ТОРГОВЫЙ ДОМ «ЧУРИН И КО»\n"
    "МАНУФАКТУРА СУКНО ЧАЙ САХАР\n"
    "ПРИСТАНЬ КИТАЙСКАЯ УЛИЦА\n"
)


def test_a_gb18030_page_with_russian_lines_is_read_without_being_told_its_encoding():
    data = RUSSIAN_ADVERT.replace("\n", "\r\n").encode("gb18030")
    text, encoding = decode_page(data)
    assert encoding == "gb18030"
    assert text.replace("\r\n", "\n") == RUSSIAN_ADVERT
