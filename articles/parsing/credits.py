"""Photo credits and captions: the patterns that tell a picture's credit and caption lines.

Split from :mod:`~articles.parsing.patterns` (which keeps the datelines, bylines and names these
build on). A credit says who took or gave a picture (INPUT.md, "Bylines, datelines, credits"):
a photographer (``记者 许丛军摄``, ``图/王某``), an agency (``新华社发``) or a source (``读者提供``,
``资料图片``); a caption is the text block the credit closes. Matched on the folded copy
(:func:`articles.text.fold`: 攝 = 摄, 圖 = 图, 報 = 报), like every pattern of the parser.
"""

from __future__ import annotations

import re

from articles.parsing.hinted import Hinted
from articles.parsing.letternames import IN_NAME, LETTER_NAME  # (Zoë Müller/摄: letters too)
from articles.parsing.patterns import _NAME as _HAN_NAME
from articles.parsing.patterns import _ROLE
from articles.text import HAN

# A name in a credit: a Han name (patterns._NAME) or one in letters (图/Tom Smith).
_NAME = rf"(?:{_HAN_NAME}|{LETTER_NAME})"
# The brackets a credit may stand in: （）, (), 【】, 〔〕, [].
_OPEN = r"[（(【〔\[]"
_CLOSE = r"[）)】〕\]]"
# Who gave a picture: 图片由市气象局提供, 市气象局供图; the giver's unit, role and name may be
# spaced apart, as a credit prints them (通讯员 钱多多 供图, 岚城文旅局 钱多多 供图, 视觉中国 供图).
_PICTURE_GIVER = (
    rf"图片由[^（）()。，,]{{1,20}}?提供|[{HAN}](?:[ \u3000]?[{HAN}]){{1,15}}[ \u3000]*供图"
)
# Where a picture came from, as Taiwan and Hong Kong papers print it: 讀者提供, 圖／消防局提供,
# 取自某某臉書, 資料照 (folded: 读者提供, 图/…, 取自…, 资料照).
_PICTURE_SOURCE = rf"(?:(?!以上|由)[{HAN}]){{2,10}}提供|图\s*[/:]\s*[^（）()/:。，,]{{2,20}}?提供|取自[^（）()。，,]{{1,20}}|资料照|档案照|档案图片"
# Who took a picture, named by the desk alone (no name printed): 本报摄, 記者攝 (folded: 记者摄),
# 新华社记者摄, 本报记者摄, 本報通訊員攝 (a correspondent, as papers of the 1950s-70s print it),
# 本報攝影部攝 (the paper's photo department).
_DESK_CREDIT = (
    rf"(?:(?:本报|本刊|本台|[{HAN}]{{1,5}}社)(?:特约|摄影)?(?:记者|通讯员)|(?:特约|摄影)?记者"
    r"|(?:本报|本刊|本台)(?:摄影(?:部|组|科|室))?)\s*摄影?"
)
# A picture agency (a stock-photo library) named alone as a picture's credit, as mainland papers
# print it under a caption: 视觉中国, 东方IC, IC photo, CFP, 人民图片, 新华图片, 全景视觉.
_PICTURE_AGENCY = r"视觉中国|东方IC|IC\s*photo|CFP|人民图片|新华图片|中新图片|全景视觉|图虫创意"
# Whose picture it is, named by where it came from with 图片 or 照片 after (网络图片, 网上图片,
# 美联社图片, 新华社图片, 中通社圖片 folded, 路透社资料图片): alone on its own line under a caption,
# the caption's credit, as the same words in brackets at the caption's end are.
_SOURCE_PICTURE = rf"网络图片|网上图片|[{HAN}]{{1,5}}社\s*(?:[资資]料)?(?:图片|照片)"
# An author's mark printed before a credit line, as before a byline (◎孙立 摄, ○本报记者 孙立 摄):
# a credit still (a caption's mark, ■, opens the caption, not its credit line).
_CREDIT_MARK = r"(?:[◎○]\s*)?"
# What parts a credit's role word from the names: a slash or colon, a bullet as papers in
# Southeast Asia print it (摄影●某某, 图■某某), or a bar as posts pasted from WeChat do (图｜某某).
_CREDIT_SEP = r"[/／:：●•■◆|｜]"
# Before a photographer's name the middle dot parts the label too (图·林晓, 摄影·林晓), as in a
# byline's 文·唐宁　图·许川: a label, never a piece of a foreign name (约翰·史密斯). Not before a
# giver's words (图·说…, a column's name, is no credit).
_NAME_SEP = r"[/／:：●•■◆|｜·・]"
# Whose picture it is when an organisation gave it: 图/中国科学院深海研究所, 摄影：市消防救援支队
# (more than a name holds; a name after the slash is the first branch of CREDIT_RE).
_GIVER_AFTER = rf"(?:图|图片|摄影)\s*{_CREDIT_SEP}\s*[{HAN}][{HAN}·]{{1,24}}"
# A school class before a pupil's name, as a school's paper credits its pupils (高二（6）班　许嘉诚):
# the photographer's unit.
_SCHOOL_CLASS = r"(?:[一二三四五六七八九]年级|[初高][一二三])\s*[（(]\s*[0-9]{1,2}\s*[）)]\s*班"
# A photographer named by title before the names (摄影, 特约摄影, 本报摄影记者, 新华社摄影师): a
# picture's credit with or without 摄 after the names, as 摄影 alone is (INPUT.md, "Bylines,
# datelines, credits": the forms listed are a minimum).
_PHOTOGRAPHER = rf"(?:本报|本刊|[{HAN}]{{1,5}}社)?(?:特约|首席)?摄影(?:记者|师)?"
# How a picture was taken, printed before the photographer's name in a credit and set off from it
# by a space (无人机航拍 王某 摄): part of the credit, never the caption's last words.
_HOW_TAKEN = r"(?:无人机|直升机)?航拍"
# A credit line opening with the photographer's title (特约摄影 王某, 本报摄影记者 王某): ``title``.
PHOTOGRAPHER_TITLE_RE = re.compile(rf"^{_CREDIT_MARK}{_OPEN}?\s*(?P<title>{_PHOTOGRAPHER})")
CREDIT_RE = Hinted(
    re.compile(
        # 图/顾晓岚, 影像/顾晓岚, 摄影：王某, 摄影 王某 (a space alone parts 摄影 from the names:
        # ``spaced``; the photographer's title too: 特约摄影 王某, 本报摄影记者 王某)
        # (a two-character name may be spaced out to the width of three: 图/陈  默); the photographer's
        # unit may stand before the name: 摄影/校融媒体中心　赵一鸣 (``unit``)
        rf"^{_CREDIT_MARK}{_OPEN}?\s*(?:图|图片|影像|{_PHOTOGRAPHER}|文/图|文图)"
        rf"(?:\s*{_NAME_SEP}\s*|(?P<spaced>(?:(?<=摄影)|(?<=摄影记者)|(?<=摄影师))[ \u3000]+))"
        rf"(?:(?P<unit>[{HAN}]{{2,20}}|{_SCHOOL_CLASS})[ \u3000]+)??"
        rf"(?P<whoafter>{_NAME}(?:[\s、]+{_NAME}){{0,3}})\s*{_CLOSE}?$"
        # an agency (新华社发; 新华社稿: a picture it sent, as papers of the 1950s-70s print it), a desk
        # or a giver (tried before names: 受访者供图 is a giver, not a name)
        rf"|^{_CREDIT_MARK}{_OPEN}?\s*(?P<agency>新华社发|中新社发|新华社|(?:{_PICTURE_AGENCY})(?:\s*供图)?|{_SOURCE_PICTURE}|[{HAN}]{{1,5}}社[发稿]|(?:本报|本刊)?资料(?:图片|照片|图|照)|图片来源\s*[:：]\s*[^（）()。，,]{{2,20}}|{_DESK_CREDIT}|{_PICTURE_GIVER}|{_PICTURE_SOURCE}|{_GIVER_AFTER})\s*(?:[（(][^（）()]{{0,20}}[）)])?\s*{_CLOSE}?$"
        # (a photographer's picture an agency sent, the agency in brackets after: 王强摄（新华社发）,
        # as the national dailies print it: ``release``)
        # (how the picture was taken may stand first, part of the credit: 无人机航拍 王强 摄: ``how``)
        rf"|^{_CREDIT_MARK}{_OPEN}?\s*(?:(?P<how>{_HOW_TAKEN})[ \u3000]+)?"
        rf"(?P<who>[{IN_NAME}][{IN_NAME}\s\u3000、]*?)\s*(?:摄影?(?:报道)?|供图|/摄影?)"
        rf"(?:\s*[（(](?P<release>[{HAN}]{{1,5}}社发)[）)])?\s*{_CLOSE}?$"
    ),
    # each branch's own words: 图 摄 影 (图/, 摄影, …摄, 影像/), 社 (新华社发), 资料, 提供, 取自, 档案, 供图,
    # the agencies (视觉中国, 全景视觉, 东方IC, IC photo, CFP)
    "[图摄影社资提取档供视全IC]",
)
# A line break left as HTML in a web page's text (…乱子草。<br/>本报记者 某某 摄): a gap.
_HTML_BREAK = r"<[bB][rR]\s*/?>"
TRAILING_CREDIT_RE = re.compile(
    # …正在作业。本报记者 韩  雪 摄 (a name may be spaced out: _NAME)
    rf"(?<=[。！？!?”」）)])(?:[\s\u3000]|{_HTML_BREAK})*(?P<credit>{_OPEN}?\s*(?:{_ROLE})[\s\u3000]*{_NAME}"
    rf"(?:[\s\u3000、]+(?:{_ROLE})?[\s\u3000]*{_NAME})*\s*摄影?(?:报道)?\s*{_CLOSE}?)$"
)
# A foreign agency named short, as overseas papers print it in brackets after a caption or a
# story (路透, 美聯社, 法新社; folded): a closed list, since two characters in brackets are
# otherwise a person's name (（梅卉）), and one ending in 社 may name a commune (（东风公社）).
AGENCY_TAG = r"(?:路透|美联|法新|共同|德新|塔斯|埃菲|安莎|韩联|合众|彭博)社?|中央社|美国之音"
AGENCY_TAG_RE = re.compile(rf"(?:{AGENCY_TAG})")
# An agency named where a credit names who took the picture, before /摄 or 摄 (新华社/摄, 路透社 摄,
# 视觉中国/摄, Getty Images/摄, AFP/摄, IC photo/摄; folded, letters in either case): the picture is
# the agency's, credited to no person (a wire agency by 社, a picture library by its name, the
# foreign libraries and wires by the letters they sign with).
AGENCY_WHO_RE = re.compile(
    rf"(?:[{HAN}]{{1,5}}社|{AGENCY_TAG}|{_PICTURE_AGENCY}|Getty\s*Images|AFP|AP|EPA|Reuters|Xinhua"
    r"|CNS|VCG|Imaginechina|Bloomberg|Kyodo|Yonhap|dpa|ANSA|Shutterstock|Alamy)(?:\s*供图)?",
    re.IGNORECASE,
)
# A paper or broadcaster named alone as a picture's source: (海峡时报), （联合早报）, (本港台).
_OUTLET = (
    rf"[{HAN}]{{1,8}}(?:日报|晚报|晨报|早报|时报|商报|周报|快报|画报|导报|通讯社|新闻社|电视台|"
    r"广播电台|新闻网)"
)
_WHO = rf"(?:[{HAN}·]{{2,5}}|{LETTER_NAME})"  # a name in a caption's bracketed credit
# A credit at the end of a caption line, in brackets: （林嘉文攝）, (網上圖片), (AAP資料圖), (AAP),
# (路透社資料圖).
CAPTION_CREDIT_RE = re.compile(
    # an agency that sent a named photographer's picture, after the caption's last sentence:
    # …。新华社发（钱立 摄） (then the names in brackets are read as below)
    rf"(?:(?<=[。！？!?”」])[{HAN}]{{1,5}}社发\s*)?"
    # （本報攝）, （記者攝）: the desk took it, no name (tried before names: 本报 is no name)
    rf"{_OPEN}\s*(?:(?P<desk>{_DESK_CREDIT})"
    # （林嘉文攝）, （記者王小明攝）, （本報記者 王小明攝）, （記者王小明／攝影）
    rf"|(?:{_ROLE})?\s*(?P<who>{_WHO}(?:[\s、]+{_WHO}){{0,3}})\s*(?:/\s*)?摄影?(?:报道)?"
    # (an agency's file picture, 路透社資料圖, like a letters agency's, AAP資料圖: a source; an
    # agency's picture, AP圖片, 路透社圖片)
    # (本报资料图片: the paper's own file picture; CFP供图: a picture library's, by its letters)
    rf"|(?P<source>网上图片|网络图片|(?:本报|本刊)?[资資]料图片?|(?:本报|本刊)?[资資]料照片"
    rf"|[A-Za-z]{{2,10}}\s*(?:[资資]料图片?|图片|照片|供图)?|(?:{_PICTURE_AGENCY})\s*供图"
    rf"|[{HAN}]{{1,5}}社\s*(?:[资資]料(?:图片?|照片?)|图片|照片)|{_PICTURE_GIVER}"
    # 图/温鸿, 图/保护区管理处　温　鸿 (the photographer's unit before the name, a name spaced)
    # (摄影：学生会宣传部, 图片：市消防支队: an organisation's picture, a credit under a label or mark)
    rf"|{_PICTURE_SOURCE}|图\s*[/:]\s*(?:(?:[{HAN}]{{2,12}}|{_SCHOOL_CLASS})[ \u3000]+)?{_NAME}(?:[\s、]+{_NAME}){{0,3}}"
    rf"|{_GIVER_AFTER})"
    # a drawing's drawer (工程技术组绘, 钱立 绘图: a person or a unit), a credit only on a marked
    # caption (图：…, ■…, 图为…): see pictures._credit_fits
    # (a cartoon's drawer, a space then 作: 丁一帆　作)
    rf"|(?P<drawn>[{HAN}·][{HAN}·\s、]{{1,14}}?)(?:\s*(?:/\s*)?(?:绘图|绘制|绘|制图)|[ \u3000]+作)"
    # an organisation that supplied the picture (桐江电影制片厂供稿: as it supplies a story's text,
    # closings.SUPPLIER_RE), a credit only on a marked caption (■…, 图为…, …剧照：…): see
    # pictures._credit_fits
    rf"|(?P<supplied>[{HAN}]{{2,15}}供稿)"
    # a paper alone (海峡时报): see pictures._credit_fits
    rf"|(?P<outlet>{_OUTLET})"
    # an agency that sent the picture (新华社发: a picture's credit, as 电 is a story's), an
    # agency alone (法新社, 新华社稿, 路透社), or names alone (陈维连): these two a credit only on
    # a caption (a caption mark ■, or 图为…)
    rf"|(?P<sent>[{HAN}]{{1,5}}社发)|(?P<agency>[{HAN}]{{1,5}}社稿?)|(?P<named>[{HAN}·][{HAN}·\s、]{{1,12}}))\s*{_CLOSE}$"
)
# A picture source in brackets printed before its caption on the same line ((网上图片)某楼外景。):
# the credit, and the rest of the line (one sentence) the caption.
LEADING_SOURCE_RE = re.compile(
    r"^[（(]\s*(?:网上图片|网络图片|资料图片?|资料照片)\s*[）)]\s*(?=[^（）()。]{4,60}[。！？!?]?$)"
)
# A credit glued to the end of its caption after a gap (…发起冲击。　　杨　帆摄, …特点。　受访者供图):
# what follows the last sentence and a run of spaces, checked by CREDIT_RE; 图/ opens a credit
# glued without a gap too (…一笼只蒸一张。图/某某, …分类垃圾桶。图：某某), so does a giver's
# credit (…抢修现场。受访者供图, …新厂房。受访单位供图: 供图 ends no sentence), and so does a name and
# 摄 with the agency that sent the picture after it (…翻耕土地。王强摄（新华社发）).
GAPPED_CREDIT_RE = re.compile(
    rf"(?<=[。！？!?”」）)])(?:[ \t\u3000]+|{_HTML_BREAK}|(?=图\s*[/／:：])|(?=[{HAN}]{{2,10}}供图$)"
    rf"|(?=[{HAN}·][{HAN}·\s\u3000、]{{1,12}}摄影?\s*[（(][{HAN}]{{1,5}}社发[）)]$))"
    rf"(?P<credit>[^。！？!?\s\u3000][^。！？!?]{{1,36}})$"
)
# A picture's source that makes a caption of the sentence before it without a caption mark:
# 网上图片, 讀者提供, 取自某某臉書, 資料照, 圖：王小明 (not letters alone: (GDP) is no credit).
# (供图: who supplied it, 视觉中国供图, 受访者供图, as mainland papers print it)
PICTURE_SOURCE_WORD_RE = re.compile(r"图片|照片|提供|供图|取自|资料照|档案照|^图")
# What a news picture's caption opens with: the day it was taken (5月20日，…; 3日，…).
DATED_CAPTION_RE = re.compile(r"^\s*(?:\d{1,2}月)?\d{1,2}日[，,]")
# …or says where and when it was taken, as agency captions do (这是10月7日在某地拍摄的…, 摄于…).
# …or shows a scene at its moment and place, a time word then 在 and the place (…今天在市府广場
# 展示，…; 昨天上午在…): what a picture shows happening, as a wire agency captions it.
SHOT_CAPTION_RE = re.compile(
    r"拍摄的|摄于|(?:今天|昨天|今日|昨日|前天|当天|日前|\d{1,2}日)(?:上午|下午|中午|晚上|傍晚|清晨|凌晨)?在"
)
# The mark printed before a caption: ■ ██, or 图： as Hong Kong papers print it (圖：請願居民…).
CAPTION_MARK_RE = re.compile(r"^(?:[■□◆●▲█▇▉]+|图\s*[:：](?=[^（）()]{5}))\s*")
# The words a caption points at its picture with: 图为…, 上图：…, 左图…, a film still's 剧照：…
CAPTION_PHRASE_RE = re.compile(r"图为|[上下左右]图[:：为]|图中|图片为|剧照[:：]")
# What an organisation's name ends with, after 图/ in a credit (图/市气象局, 图/某研究所).
_ORGANISATION_END = (
    r"局|院|所|中心|协会|学会|公司|集团|委员会|馆|站|厅|支队|大队|学校|大学|中学|小学|医院|银行"
)
# What each part of a caption for several pictures opens with: 上图：…, 下图为…, 左图, 图一：, 图①.
CAPTION_POINTER_RE = re.compile(
    r"^\s*(?:[上下左右中]图|图\s*[一二三四五六七八九1-9①-⑨])\s*(?:[:：为]|[（(])"
)
# A credit that names an agency, an archive, a source or an organisation, not the photographers
# (新华社发 names its photographer when 摄 follows: 新华社发（钱立 摄）).
AGENCY_CREDIT_RE = re.compile(
    rf"(?:新华社|中新社)发(?![^摄]{{0,24}}摄)|供图|提供|取自|[资資]料|档案|来源|网上图片|网络图片|{_PICTURE_AGENCY}|"
    r"^[（(]?\s*[A-Za-z]|社\s*(?:图片|照片)|"
    r"社[发稿]?\s*[）)]?$|^[（(]?图片由|"
    rf"^[（(]?\s*(?:图|图片)\s*[/／:：]\s*[{HAN}]{{2,20}}(?:{_ORGANISATION_END})\s*[）)]?$"
)
# What the person did, printed after the names: 摄, 供图, 文/图.
# (文·图, 文·摄, 图·文: the middle dot parts the writer's and photographer's roles as / does)
CREDIT_SUFFIX_RE = re.compile(
    r"(?:文\s*[/·•・]\s*[图摄]|图\s*[/·•・]\s*文|摄影?|供图|报道|文/图|文图|文|图|/)(?=\s*$)"
)
# 摄 set off from the names before it by a space (孔令武  摄): a credit's suffix, not 拍摄's end.
SPACED_SUFFIX_RE = re.compile(rf"[{HAN}·][ \u3000]+摄影?(?:报道)?\s*{_CLOSE}?$")
# An artwork's title with its kind in brackets, as a 副刊 prints a painting or a calligraphy
# (渔港晨光（国画）, 春山图（水墨）), and the artist's credit under it: names, a space, 作 (李某  作).
ARTWORK_TITLE_RE = re.compile(
    r"[（(](?:国画|油画|水彩画?|水墨画?|版画|书法|篆刻|剪纸|漫画|素描|年画|工笔画?|写意|雕塑|"
    r"摄影|速写|彩墨画?|农民画|木刻画?|套色木刻|宣传画)(?:作品)?[）)]$"
)
ARTWORK_CREDIT_RE = re.compile(rf"^(?P<who>{_NAME}(?:[\s、]+{_NAME}){{0,2}})[ \u3000]+作$")
# A drawing's credit alone on its line, as a picture's credit (朱　平　画, 李明 绘): names, a space,
# then what they did (画, 绘, 插图, 刻 for a woodcut). Under its caption it is that picture's.
DRAWN_CREDIT_RE = re.compile(
    rf"^(?P<who>{_NAME}(?:[\s、]+{_NAME}){{0,2}})[ \u3000]+(?:画|绘|插图|木刻|刻)$"
)
# The agency that sent a photographer's picture, in brackets after the credit (王强摄（新华社发）):
# what :data:`CREDIT_RE` reads as ``release``; the credit names the photographer, not the agency.
RELEASE_AFTER_RE = re.compile(rf"(?<=[摄影])\s*[（(][{HAN}]{{1,5}}社发[）)]\s*{_CLOSE}?\s*$")
# A credit naming the writer with the pictures (文图/周明, 文/图/周明, 文·图/周明, 图·文/周明, or
# after the names: 周明 文·摄): under a title it is the story's byline, not a picture's credit.
_WORDS_AND_PICTURES = r"(?:文\s*[/·•・]\s*[图摄]|图\s*[/·•・]\s*文|文图|图文)"
WORDS_AND_PICTURES_RE = re.compile(
    rf"^{_OPEN}?\s*{_WORDS_AND_PICTURES}|(?<=[\s\u3000]){_WORDS_AND_PICTURES}\s*{_CLOSE}?$"
)
# A byline that names each person's part after the name, a slash or a space between
# (本报记者 张帆/文 李响/图, 记者 张帆 文  实习生 李响 摄, ■本报记者 张帆/文): roles and names, each
# name with its part (文 wrote, 图/摄/摄影 took the pictures), an author's mark (■, ◎) before it.
_PART = r"(?:\s*[/／]\s*|[ \u3000]+)(?:文|图|摄影?)"
PARTS_BYLINE_RE = re.compile(
    rf"^(?:[□■◎●○◇◆]\s*)?(?:{_ROLE})[\s\u3000]*{_NAME}{_PART}"
    rf"(?:[\s\u3000]+(?:{_ROLE})?[\s\u3000]*{_NAME}{_PART}){{0,3}}$"
)
# The writer's part in such a byline: 文 after a name, a slash or a space before it.
WRITER_PART_RE = re.compile(r"(?:[/／]\s*|[ \u3000])文(?=[\s\u3000]|$)")
