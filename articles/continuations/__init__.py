"""Continuations: stitch ``（下转A2版）`` / ``（上接A1版）`` across pages into one story.

A forward jump on page X that points to page Y is linked to a part on Y that starts with a
matching backward marker (``上接X``; ``上接第一版`` matches page ``1`` and ``A1``). When several
stories jump from X to Y at once, each is matched by what it says: the continuation's repeated
(or shortened) headline against the story's deck, and its opening words against the story's text
(jieba word overlap). A match is taken only when it is clear (a margin over every rival);
otherwise the jump is left *ambiguous* with its candidates for an editor to pick.

Linking moves the continuation's parts into the story (after the part that jumped) and removes
the placeholder story the continuation had while it was alone. Resolution looks at the whole
issue each time a page is imported, so the order pages arrive in does not matter. Editors' links
(``manual``) and unlinks (``unlinked``) are decisions the resolver never undoes.

One module per step, data flowing down:

* ``matching``: page labels and scores, pure (how well each part continues each marker);
* ``assigning``: the decisions, pure (which marker takes which part: by the text, by the markers
  themselves, by the order of print, by the print's other evidence);
* ``matcher``: the exact best assignment of a small group, pure;
* ``teasermarks``: a 下转 closing an entry of a front page's 导读 box, which leads to a story,
  not to a continuation (it leaves a contested group);
* ``seams``: that other evidence, pure (a sentence cut at the jump that goes on under the 上接,
  names only the two halves share, a continuation that cannot follow a finished sentence);
* ``merging``: moving parts between stories, with the :class:`MergeContext` one resolution
  passes along (emptied stories removed together at its end);
* ``resolution``: reads an issue's jumps, asks ``matching`` and ``assigning``, writes through
  ``merging``;
* ``editing``: the editors' fixes (link by hand, unlink, reset);
* ``problems``: the broken chains (``check_jumps``, the desk, the publishing gate), and the
  stories served whole on two pages that were kept as one (``check_jumps``, the import report);
* ``misprints``: a 下转 whose printed page number is wrong, linked to the continuation another
  page prints;
* ``weaklinks``: the links ``check_jumps`` lists to check (those, and links made by the order
  of print alone);
* ``copies``: a story an e-paper served whole on every page it ran on is one story (by its text);
* ``headlines``: a stitched continuation's repeated (or shortened) headline under its backward
  marker, which the parser keeps as text, becomes its title lines when the story's deck says it.

The names below are the public ones; import them from here.
"""

from articles.continuations.copies import CopyEdit
from articles.continuations.crosscopies import CrossPageCopy, cross_page_copies
from articles.continuations.editing import (
    JumpError,
    StoryWouldGo,
    confirm_label,
    jump_confirm,
    jump_link_manually,
    jump_reset,
    jump_unlink,
    story_loss_warning,
    story_taken_whole,
)
from articles.continuations.matching import backward_matches, page_find
from articles.continuations.merging import (
    MergeContext,
    copy_takes_over,
    jump_link,
    jumps_link,
    part_detach,
    part_release,
)
from articles.continuations.problems import (
    JumpProblem,
    jump_problems,
    jumps_mark_held,
    weighed_parts,
)
from articles.continuations.resolution import (
    held_jumps_resolve,
    issue_jumps_resolve,
    jumps_resolve,
)
from articles.continuations.weaklinks import (
    MisprintLink,
    PrintOrderLink,
    WeakLink,
    misprint_links,
    print_order_links,
)

__all__ = [
    "CopyEdit",
    "CrossPageCopy",
    "JumpError",
    "JumpProblem",
    "MergeContext",
    "MisprintLink",
    "PrintOrderLink",
    "StoryWouldGo",
    "WeakLink",
    "backward_matches",
    "confirm_label",
    "copy_takes_over",
    "cross_page_copies",
    "held_jumps_resolve",
    "issue_jumps_resolve",
    "jump_confirm",
    "jump_link",
    "jump_link_manually",
    "jump_problems",
    "jump_reset",
    "jump_unlink",
    "jumps_link",
    "jumps_mark_held",
    "jumps_resolve",
    "misprint_links",
    "page_find",
    "part_detach",
    "part_release",
    "print_order_links",
    "story_loss_warning",
    "story_taken_whole",
    "weighed_parts",
]
