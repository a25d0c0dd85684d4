"""A short paragraph shaped as a picture's caption, printed with no credit of its own where a
story's byline or closing line credits its pictures (``文/唐宁 图/许川``, ``本报记者 韩墨 文/图``):
:func:`caption_shaped`.

INPUT.md ("Bylines, datelines, credits"): a caption is the paragraph a picture's credit closes.
Where the story's own credit line names the photographer, its pictures need no credit of their
own, and a page's text gives their captions after the story's text (or after its closing credit
line): one short finished sentence saying what the picture shows. A story's own short closing
sentence differs from one: it tells what will happen (将), what was learnt (记者了解到，…) or
what it all comes to (此外，…; 目前，…), not a scene.

The shapes:

* one sentence without a comma (``评弹艺人在茶馆里演出。``): :data:`_PLAIN_CAPTION_RE`;
* one opened by a picture's mark (``▲ 7月6日，种粮大户驾驶收割机抢收早稻。``), which may hold a
  comma: :data:`_MARKED_CAPTION_RE`;
* a scene: where or on what day the picture was taken, a comma, then someone doing something
  there (``书屋里，孩子们在灯下读书。``, ``11月3日清晨，观鸟爱好者正在湖畔架起相机。``):
  :func:`_scene_caption`.
"""

from __future__ import annotations

import re

from articles.parsing.pictures import one_sentence
from articles.text import HAN, fold

# An unnumbered caption: one short sentence saying what the picture shows, without a comma and
# without a future (将, 即将: a story's closing line tells what will happen; a picture shows
# what is there): 展厅内展出的宋代抄手砚。, 观众在互动区体验研墨。
_PLAIN_CAPTION_RE = re.compile(r"^[^，,；;：:将]{4,30}[。]$")
# A caption opened by a picture's mark (▲ 7月6日，种粮大户驾驶收割机抢收早稻。): the mark says it is
# a caption, so it may hold a comma; still one finished sentence of at most _MARKED_LONGEST
_MARKED_CAPTION_RE = re.compile(r"^[▲△■□◆]\s*[^；;：:将]{4,60}[。]$")
LONGEST = 31  # characters: a caption without a mark (the paragraph before them runs longer)
_MARKED_LONGEST = 62  # characters, with the mark: a marked caption's one sentence
# A scene (folded): its setting, one comma, what someone does there, one full stop; no future.
_SCENE_RE = re.compile(
    r"^(?P<setting>[^，,；;：:。！？!?]{3,14})[，,](?P<scene>[^，,；;：:。！？!?将]{3,26})。$"
)
# The setting of a scene: a place named by where in it (书屋里, 展厅内, 舞台上, 灯光下, 大门外,
# 湖边, 工地现场), not opened by a preposition or a reporting word (在…上, 据…, 随着…)…
_PLACE_RE = re.compile(
    rf"^(?!在|于|据|从|自|随着|对|为|经|通过|截至|截止)[{HAN}]{{2,12}}"
    r"(?:内|里|旁|边|外|上|下|门口|现场|一角|附近)$"
)
# …and no word that ends as a place does and sets no scene (事实上, 总体上, 一定程度上, 此外, 另外,
# 之外, 以外, 这种情况下)
_NO_PLACE_RE = re.compile(
    r"(?:事实|实际|总体|基本|原则|整体|本质|表面|历史|理论|客观|主观|意义|程度|此|之|以|另|况)[上下外内里]$"
)
# …or the day it was taken (11月3日, 11月3日清晨, 十一月三日上午)
_DAY_RE = re.compile(
    rf"^[0-9０-９一二三四五六七八九十]{{1,3}}月[0-9０-９一二三四五六七八九十]{{1,3}}日[{HAN}]{{0,3}}$"
)
# Someone doing something: 在 (市民在安静阅读), 正 (工人正吊装), 着 (孩子们忙着堆雪人)
_DOING_RE = re.compile(r"[在正着]")


def caption_shaped(text: str) -> bool:
    """Whether the paragraph ``text`` (stripped) is shaped as a caption (see the module
    docstring): one short sentence saying what a picture shows, without a comma
    (:data:`_PLAIN_CAPTION_RE`), opened by a picture's mark (:data:`_MARKED_CAPTION_RE`) or a
    scene (:func:`_scene_caption`)."""
    if _PLAIN_CAPTION_RE.match(text) is not None:
        return True
    if len(text) <= LONGEST and _scene_caption(fold(text)):
        return True
    return (
        len(text) <= _MARKED_LONGEST
        and _MARKED_CAPTION_RE.match(text) is not None
        and one_sentence(text)
    )


def _scene_caption(folded: str) -> bool:
    """A scene (folded ``text``, :data:`_SCENE_RE`): where the picture was taken (a place named
    by where in it, :data:`_PLACE_RE`, but no word of discourse, :data:`_NO_PLACE_RE`) or on
    what day (:data:`_DAY_RE`), then someone doing something there (:data:`_DOING_RE`): ``书屋里，
    孩子们在灯下读书。``. A story's short closing sentence sets no such scene (``记者了解到，此事已经
    办妥。``, ``此外，市民还可在网上预约。``, ``目前，工程进展顺利。``)."""
    match = _SCENE_RE.match(folded)
    if match is None or _DOING_RE.search(match.group("scene")) is None:
        return False
    setting = match.group("setting").strip()
    if _DAY_RE.match(setting) is not None:
        return True
    return _PLACE_RE.match(setting) is not None and _NO_PLACE_RE.search(setting) is None
