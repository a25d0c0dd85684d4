"""What one process has read of the cache since ``last`` took its current version: each tag's
version and each kept value checked against them (:mod:`articles.caching`), so that a public
page rendered without the page cache reads ``any``, which is ``last`` too (and ``any`` again
after it renders), instead of a dozen tag keys and kept values, one file each on the file cache.

**Why keyed by ``last``, the version written after a change's tags.** A change replaces ``any``
first, then its own tags, then ``last`` (:class:`articles.caching._Bump`; ``last`` is the key of
``any`` written again with a new version, so one read gives both). A version read after ``last`` was seen
with the version L was read after L was written, so after every tag write of every change that
finished (wrote ``last``) before L: it is at least as new as those. A request that reads
``last`` = L at its start therefore finds in this memo nothing older than what a change that
finished before it began wrote, which is what "no one ever sees a stale edit" asks; a change
that finishes later gives ``last`` a new version (never an old one: time and random), and the
next request starts a new memo. Keyed by ``any``'s first write alone, a render that read ``any`` while a
change was writing its tags would leave the tags' old versions under the change's own ``any``,
for every later request to use: a stale page served after the change was complete.

A version in the memo may also be *newer* than L (read while a later change was writing): a
page or kept value is only stored when ``any`` did not move while it rendered, which such a
version implies it did (the change wrote ``any`` before it), so it is never stored under it;
at worst a stored page does not match and renders again. Tags evicted from the cache and added
again with a new version (no content changed) keep the version read first here: pages stored
under either version show the same content.

Kept values are held pickled and unpickled on each use, as the cache gives them: the views
change what they are given (they attach the issue, a page's stories), and two requests (two
threads) never share those objects. A value its caller only reads (``shared``: a story's related
stories, the issues around an issue) is held as it was found instead, and the same objects are
given to every render while ``last`` keeps its version: unpickling them was a tenth of a story
page's time, and nothing changes them. A value its callers change only by setting attributes on
its rows (an issue's pages: each view hands them their issue, the issue page its stories) may
come with a ``copy`` function instead (:func:`articles.queries.copied_rows`): the memo holds
the rows as found and gives each render a copy of its own, made without unpickling (a page
row ≈ 1 µs against ≈ 5). The memo holds at most :data:`MAX_TAGS` versions and
:data:`MAX_KEPT_BYTES` of kept values, then starts again (as ``{% remembered %}`` does); a new
``last`` drops it whole.
"""

from __future__ import annotations

import pickle
from typing import Any

#: Tag versions a process remembers between changes before it starts again (≈ 100 bytes each).
MAX_TAGS = 50_000
#: Bytes of pickled kept values a process remembers between changes before it starts again.
MAX_KEPT_BYTES = 16 * 1024 * 1024


class Generation:
    """What was read of the cache after ``last`` was seen with the version ``mark``:
    ``versions`` ``{tag: version}`` (shared by every render that read the same ``last``) and
    kept values (:func:`kept_value`, :func:`remember_kept`)."""

    __slots__ = ("_kept", "_kept_bytes", "_sizes", "mark", "reused", "versions")

    def __init__(self, mark: str) -> None:
        self.mark = mark
        self.versions: dict[str, str] = {}
        #: Whether a render came after the first with ``last`` unchanged (:func:`generation`):
        #: only then are kept values worth pickling for the next (right after an edit, each
        #: render may be the only one before the next edit).
        self.reused = False
        # key: (pickled value, None, None), (None, the value itself, None) when shared, or
        # (None, the value, its copy function)
        self._kept: dict[str, tuple[bytes | None, Any, Any]] = {}
        self._sizes: dict[str, int] = {}  # key: bytes of the value pickled
        self._kept_bytes = 0

    def remember_versions(self, found: dict[str, str]) -> None:
        """Add tag versions read from the cache (after ``last`` was seen with ``mark``)."""
        if len(self.versions) + len(found) > MAX_TAGS:
            self.versions.clear()
        self.versions.update(found)

    def kept_value(self, key: str) -> tuple[bool, Any]:
        """``(True, value)`` for a kept value remembered under ``key`` (a copy of its own,
        unpickled or made by its ``copy`` function, or the objects every render shares when it
        was remembered ``shared``), else ``(False, None)``."""
        found = self._kept.get(key)
        if found is None:
            return False, None
        pickled, held, copy = found
        if pickled is not None:
            return True, pickle.loads(pickled)
        return True, (held if copy is None else copy(held))

    def remember_kept(self, key: str, value: Any, shared: bool = False, copy=None) -> None:
        """Remember a kept value found current against :attr:`versions` (pickled now, before
        the caller changes it; ``shared``: as it is, for a value no caller changes; ``copy``:
        a copy made now by ``copy(value)``, each render then given a copy of that), once this
        memo has served a second render (:attr:`reused`)."""
        if not self.reused:
            return
        pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)  # shared too: its size
        if self._kept_bytes + len(pickled) > MAX_KEPT_BYTES:
            self._kept.clear()
            self._sizes.clear()
            self._kept_bytes = 0
            if len(pickled) > MAX_KEPT_BYTES:
                return
        self._kept_bytes += len(pickled) - self._sizes.get(key, 0)
        self._sizes[key] = len(pickled)
        if copy is not None:
            self._kept[key] = (None, copy(value), copy)
        else:
            self._kept[key] = (None, value, None) if shared else (pickled, None, None)


_current: list[Generation | None] = [None]


def generation(mark: str) -> Generation:
    """This process's memo for the version ``mark`` of ``last`` (read from the cache just
    now): the one it holds if ``last`` had that version when it was started, else a new one,
    which replaces it."""
    current = _current[0]
    if current is None or current.mark != mark:
        current = _current[0] = Generation(mark)
    else:
        current.reused = True
    return current


def forget() -> None:
    """Drop what this process remembers (tests: a cache cleared under the process)."""
    _current[0] = None
