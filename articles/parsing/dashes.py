"""The dashes that cue a deck line's role (INPUT.md "Headlines": a kicker often ends with ``——``,
a subheadline may start with it).

Papers print the cue as one or two em dashes, a doubled hyphen, or, in some typesetting, the
box-drawing dash (``──``, U+2500: ``──官兵冒雨行軍四十公里``). The dash stays in the stored line:
it was printed.
"""

SUBTITLE_DASHES = ("——", "—", "--", "──", "─")
