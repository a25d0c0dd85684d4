"""Input that is not a page of text is refused with one clear line saying what is wrong."""

import random

import pytest

from articles.parsing import ParseError, decode_page, parse_page


def error_for(data, **kwargs) -> str:
    with pytest.raises(ParseError) as info:
        parse_page(data, **kwargs)
    message = str(info.value)
    assert "\n" not in message, "one line"
    assert len(message) < 200
    return message


def test_empty_file_is_refused_as_empty():
    assert "文件是空的" in error_for(b"")


def test_empty_text_is_refused_as_empty():
    assert "文件是空的" in error_for("")


@pytest.mark.parametrize("data", [b"   \n\t\r\n ", "\u3000\u3000\n\n".encode(), "  \r\n"])
def test_whitespace_only_is_refused_as_blank(data):
    assert "版面只有空白" in error_for(data)


def test_png_image_is_refused_and_named():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(64))
    message = error_for(png)
    assert "PNG 图片" in message
    assert "纯文本" in message


def test_random_bytes_with_nuls_are_refused_as_binary():
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00\x00"
    assert "二进制文件" in error_for(data)


def test_text_with_nul_bytes_is_refused_as_binary():
    assert "二进制文件" in error_for("标题\x00\x00正文。")


def test_control_characters_everywhere_are_refused_as_binary():
    assert "二进制文件" in error_for(b"\x1b[31m\x07\x08" * 100)


@pytest.mark.parametrize("stray", ["\x1b", "\x0b", "\x07\x1b"])
def test_a_short_page_with_a_stray_control_character_is_text_not_binary(stray):
    page = parse_page(f"港口项目开工{stray}\n\n　　本报讯 昨天，港口项目正式开工。".encode())
    assert page.articles  # imported; the character is left out of the story and flagged
    assert stray[-1] not in page.articles[0].headline


def test_bytes_invalid_in_utf8_and_gb18030_name_the_bad_byte():
    data = "正常的文字".encode() + b"\xff\xff\xff" + "更多文字".encode()
    message = error_for(data)
    assert "第 16 字节（十六进制 FF FF FF E6）" in message  # counted from 1; hex as a viewer shows
    assert "UTF-8" in message and "GB18030" in message


def test_high_bytes_that_do_not_read_as_gbk_text_are_refused():
    rng = random.Random(3)
    data = bytes(rng.randrange(1, 256) for _ in range(3000))
    assert "读不出版面的文字" in error_for(data)


def test_utf16_bom_followed_by_garbage_is_refused():
    assert "UTF-16" in error_for(b"\xff\xfe\xfd\x80\x81abc" * 10)


def test_page_over_max_bytes_is_refused_with_both_sizes():
    message = error_for("标题\n\n正文。" * 100, max_bytes=100)
    assert "超过上限 100 字节" in message
    assert "1,700 字节" in message


def test_default_limit_refuses_a_five_megabyte_file():
    assert "超过上限" in error_for(b"a" * (5 * 1024 * 1024))


def test_not_bytes_or_text_is_refused():
    with pytest.raises(ParseError, match="字节或文本"):
        decode_page(12345)  # type: ignore[arg-type]


def test_a_japanese_page_in_shift_jis_is_refused_not_read_as_rare_chinese_characters():
    page = "東京都は本日、新しい交通政策を発表しました。市民の皆様のご協力をお願いします。\n" * 20
    with pytest.raises(ParseError, match="生僻字") as excinfo:
        decode_page(page.encode("shift_jis"))
    assert "UTF-8" in str(excinfo.value)


def test_a_traditional_page_in_big5_still_reads():
    page = "本報訊　立法會昨日三讀通過條例草案，政府將於下月起實施新的交通安排。\n" * 20
    text, encoding = decode_page(page.encode("big5"))
    assert text == page and encoding.startswith("big5")


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>Not Found</body></html>\n",
        "\n  <html lang='zh'>\n<body><p>南通日报</p></body></html>\n",
    ],
)
def test_a_saved_web_page_is_refused_as_html(page):
    with pytest.raises(ParseError, match="网页（HTML"):
        decode_page(page.encode("utf-8"))


def test_a_saved_story_web_page_is_refused_naming_its_title_and_what_to_do():
    page = (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>新桥通车--岚川晚报</title>'
        "</head><body><p>本报讯（记者 林小雨）新桥今天通车。</p></body></html>\n"
    )
    with pytest.raises(ParseError) as excinfo:
        decode_page(page.encode("utf-8"))
    message = str(excinfo.value)
    assert "网页标题“新桥通车--岚川晚报”" in message
    assert "复制版面的文字" in message and "纯文本（.txt）" in message


def test_html_remnants_inside_page_text_still_read():
    page = "标题一\n本报讯 正文写在这里。<br/>\n<br/>\n标题二\n本报讯 又一篇正文。\n"
    assert decode_page(page.encode("utf-8"))[0] == page


_STORY = "<body><p>本报讯（记者 林小雨）新桥今天通车。</p></body></html>\n"


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "<!-- saved from url=(0044)http://epaper.example/ -->\n<!DOCTYPE html><html><head>"
            "<title>新桥通车</title></head>" + _STORY,
            "新桥通车",
        ),
        (
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0'
            ' Strict//EN" "x.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>'
            "岚川晚报</title></head>" + _STORY,
            "岚川晚报",
        ),
        ("<head><meta charset='utf-8'><title>只有头部</title></head>\n" + _STORY, "只有头部"),
        (
            "<!DOCTYPE html><html><head><title>新桥 &amp; 老桥&nbsp;&#8211; 岚川</title>"
            "</head>" + _STORY,
            "新桥 & 老桥 – 岚川",
        ),
        ("<!DOCTYPE html><html><head><title>未闭合的标题\n" + _STORY, "未闭合的标题"),
        (
            "<!DOCTYPE html><html><head><title>" + "长" * 300 + "</title></head>" + _STORY,
            "长" * 60 + "…",
        ),
        (
            "From: <Saved by Blink>\nSubject: =?utf-8?Q?=E6=96=B0=E6=A1=A5?=\nDate: Thu, 9 Jul 2020"
            ' 08:00:00 -0000\nMIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype="text/'
            'html"\n\n------b\nContent-Type: text/html\n\n<!DOCTYPE html><html>' + _STORY,
            "新桥",
        ),
    ],
    ids=["ie-saved-from", "xhtml", "head-first", "entities", "unclosed", "long", "mhtml"],
)
def test_a_web_page_however_a_browser_saved_it_is_refused_naming_its_title(page, title):
    with pytest.raises(ParseError) as excinfo:
        decode_page(page.encode("utf-8"))
    assert f"网页标题“{title}”" in str(excinfo.value)


def test_page_text_opening_with_an_html_comment_is_still_read():
    page = "<!-- 正文 -->\n标题一\n本报讯 正文写在这里。\n"
    assert decode_page(page.encode("utf-8"))[0] == page
