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
:data:`MAX_KEPT_BYTES` of kept values, then starts again (as ``{% remembered %}`` does).

**Past a change.** A new ``last`` drops the tag versions whole, but not the kept values: each is
held with the tag versions it was kept under and when it expires, as the cache holds it
(:func:`articles.caching.kept`), and the next memo *carries* it. A carried value is given to a
render only once its tags' versions, read in the new memo, are the ones it was kept under and
it has not expired: the check the cache's copy of it gets, so it is exactly as fresh, without
reading and unpickling that copy again (right after an edit, a story page's issue pages,
上一篇/下一篇 and related stories: a third of what an edit cost the page besides its own story).
A value is remembered from the first render that finds or works it out: it costs no pickling
then (the bytes the cache gave or was given are held).

**Why tag versions are not carried past a change** (unlike kept values, each of which is checked
again). Keeping the versions of the tags no change touched since would spare the first render
after a change a read per such tag (a story page right after an edit reads 8 tag versions, 7 of
which the edit did not touch). It needs a *change journal*: each change records which tags it
replaced, and a new memo keeps the versions of the old memo's other tags. Measured with a
perfect journal (the memo told exactly which tags the change replaced, at no read;
``bench/uncached_bench.py``'s lines after an edit, 2026-12-03): the story page 5 % less CPU
time, the 版面 page 7 %, the issue 4 % — a real journal reads at least one key more each time
``last`` changes. It was not built, because the simple journal weakens the guarantee
(``tests/public/test_scoped_caching.py``, "…process died…", fails on it): a change
writes its tags, then takes a number from a shared counter (``incr``, atomic on Redis and
diskcache, not on Django's file cache), records its tags under that number, then writes
``last``; a memo carries versions across the numbers between its counter reading and the new
one. A process killed between its tag writes and its number (an import stopped mid-way,
``tests/resilience``) leaves tags replaced with no record, and every memo would keep their old
versions (a stale page until the process restarts), where today the memo keyed by ``last``,
which then holds that change's first write, reads every tag again. Taking the number first does
not help: a memo cannot tell which earlier numbers were still writing their tags while it read.
A design that keeps the guarantee: each of a change's two writes of ``any`` an atomic
get-and-set (``SET … GET`` on Redis, a transaction on diskcache); after the second, and only if
it replaced the change's own first write (nothing written between), a record under the second
write's token: the change's tags and the token its first write replaced. A memo whose ``last``
is that replaced token keeps the versions of every other tag; with no record (not yet written,
a chain broken by another change, the process killed, evicted) it reads every tag again. It costs a read of the record at each
new ``last`` and backend-specific writes, for the 4–7 % above at best.
"""

from __future__ import annotations

import pickle
import time
from typing import Any

#: Tag versions a process remembers between changes before it starts again (≈ 100 bytes each).
MAX_TAGS = 50_000
#: Bytes of pickled kept values a process remembers between changes before it starts again.
MAX_KEPT_BYTES = 16 * 1024 * 1024


class Generation:
    """What was read of the cache after ``last`` was seen with the version ``mark``:
    ``versions`` ``{tag: version}`` (shared by every render that read the same ``last``) and
    kept values (:func:`kept_value`, :func:`remember_kept`), each with the tag versions it was
    found current against and when it expires, so that a later memo (a change made since) may
    check it against the tags' versions then, rather than read and unpickle it from the cache
    again (:meth:`carried_value`)."""

    __slots__ = ("_carried", "_kept", "_kept_bytes", "_sizes", "mark", "reused", "versions")

    def __init__(self, mark: str, earlier: Generation | None = None) -> None:
        self.mark = mark
        self.versions: dict[str, str] = {}
        #: Whether a render came after the first with ``last`` unchanged (:func:`generation`).
        self.reused = False
        # key: ((pickled value, None, None), (None, the value itself, None) when shared, or
        # (None, the value, its copy function), the versions it was found current against,
        # when it expires (a Unix time))
        self._kept: dict[str, tuple[tuple[bytes | None, Any, Any], dict, float]] = {}
        # The same, remembered by an earlier memo and not checked since (:meth:`carried_value`).
        self._carried: dict[str, tuple[tuple[bytes | None, Any, Any], dict, float]] = {}
        self._sizes: dict[str, int] = {}  # key: bytes of the value pickled
        self._kept_bytes = 0
        if earlier is not None:
            self._carried = {**earlier._carried, **earlier._kept}
            self._sizes = dict(earlier._sizes)
            self._kept_bytes = earlier._kept_bytes

    def remember_versions(self, found: dict[str, str]) -> None:
        """Add tag versions read from the cache (after ``last`` was seen with ``mark``)."""
        if len(self.versions) + len(found) > MAX_TAGS:
            self.versions.clear()
        self.versions.update(found)

    def kept_value(self, key: str) -> tuple[bool, Any]:
        """``(True, value)`` for a kept value remembered under ``key`` and found current in
        this memo (a copy of its own, unpickled or made by its ``copy`` function, or the
        objects every render shares when it was remembered ``shared``), else ``(False,
        None)``."""
        found = self._kept.get(key)
        if found is None:
            return False, None
        return True, _given(found[0])

    def carried_value(self, key: str, current) -> tuple[bool, Any]:
        """A kept value an earlier memo remembered under ``key`` (a change was made since), as
        :meth:`kept_value` gives it, if ``current(versions)`` says its tags still have the
        versions it was kept under (read in this memo) and it has not expired: the check the
        cache's copy of it gets (:func:`articles.caching.kept`). Else ``(False, None)``, and it
        is forgotten."""
        found = self._carried.get(key)
        if found is None:
            return False, None
        if time.time() < found[2] and current(found[1]):
            taken = self._carried.pop(key, None)  # None: this memo started again meanwhile
            if taken is not None:
                self._kept[key] = taken
                return True, _given(taken[0])
        self.drop_carried(key)
        return False, None

    def drop_carried(self, key: str) -> None:
        """Forget the carried value under ``key`` (its tags changed, or it expired)."""
        if self._carried.pop(key, None) is not None:
            self._kept_bytes -= self._sizes.pop(key, 0)

    def remember_kept(
        self,
        key: str,
        value: Any,
        shared: bool = False,
        copy=None,
        *,
        versions: dict | None = None,
        expires: float = 0.0,
        pickled: bytes | None = None,
    ) -> None:
        """Remember a kept value found current against :attr:`versions` (``versions``: the
        tag versions it is kept under; ``expires``: when it expires, a Unix time, after which
        no later memo takes it): pickled now, before the caller changes it (``pickled``: the
        value's bytes as the cache holds them, when the caller has them); ``shared``: as it is,
        for a value no caller changes; ``copy``: a copy made now by ``copy(value)``, each
        render then given a copy of that."""
        if pickled is None:  # shared too: its size
            pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        if self._kept_bytes + len(pickled) > MAX_KEPT_BYTES:
            self._kept.clear()
            self._carried.clear()
            self._sizes.clear()
            self._kept_bytes = 0
            if len(pickled) > MAX_KEPT_BYTES:
                return
        self._carried.pop(key, None)
        self._kept_bytes += len(pickled) - self._sizes.get(key, 0)
        self._sizes[key] = len(pickled)
        if copy is not None:
            held = (None, copy(value), copy)
        else:
            held = (None, value, None) if shared else (pickled, None, None)
        self._kept[key] = (held, versions or {}, expires)


def kept_entry(stored) -> tuple | None:
    """``(versions, expires, pickled value, None)`` of what :func:`articles.caching.kept`
    stored, ``(versions, 0.0, None, value)`` for a ``(value, versions)`` pair stored by the
    code before (expired: never carried past a change), or None."""
    if isinstance(stored, tuple) and len(stored) == 3 and isinstance(stored[2], bytes):
        return (*stored, None)
    if isinstance(stored, tuple) and len(stored) == 2 and isinstance(stored[1], dict):
        return (stored[1], 0.0, None, stored[0])
    return None


def _given(held: tuple[bytes | None, Any, Any]) -> Any:
    """What a render is given of a remembered value: unpickled from its bytes, the held value
    itself (shared), or a copy of it (its copy function)."""
    pickled, value, copy = held
    if pickled is not None:
        return pickle.loads(pickled)
    return value if copy is None else copy(value)


_current: list[Generation | None] = [None]


def generation(mark: str) -> Generation:
    """This process's memo for the version ``mark`` of ``last`` (read from the cache just
    now): the one it holds if ``last`` had that version when it was started, else a new one,
    which replaces it."""
    current = _current[0]
    if current is None or current.mark != mark:
        # What the memo before remembered is carried, to be checked again (Generation.carried).
        current = _current[0] = Generation(mark, current)
    else:
        current.reused = True
    return current


def forget() -> None:
    """Drop what this process remembers (tests: a cache cleared under the process)."""
    _current[0] = None
