"""Chinese surnames, as the name rules read them (:mod:`~articles.parsing.names`): the common
single-character ones and the compound ones; and what a surname tells apart, a unit's desk
signing where a correspondent's name would stand (``通讯员 交警宣``)."""

from __future__ import annotations

SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝国"
    # (less common, and hardly ever a word's first character: 屠可心, 郁达夫, 赖, 洪, 冼 …)
    "赖洪郁屠胥栗鄢谌奚粟冼蔺阚郜邰裘嵇昝逯亓扈晁芮阙邸辜"
    "朴玄"  # (Korean Chinese families': 朴东日, 玄哲浩)
)
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "令狐",
    "司徒",
    "夏侯",
    "轩辕",
    "端木",
    "独孤",
    "南宫",
    "西门",
    "呼延",
)


def publicity_desk(folded: str) -> bool:
    """A unit's publicity desk by its short name, as it signs a story it supplied
    (``通讯员 交警宣``, ``法宣``, ``甬公宣``: the unit's abbreviation, then 宣 for 宣传): two to four
    characters ending in 宣 whose first is no common surname (``文宣``, ``李宣`` stay names)."""
    return (
        2 <= len(folded) <= 4
        and folded[-1] == "宣"
        and folded[0] not in SURNAMES
        and not folded.startswith(COMPOUND_SURNAMES)
    )
