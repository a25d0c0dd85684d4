"""The assignment's rules on scores alone (:func:`articles.continuations.assigning.
assignment_decide`): jumps 1, 2, 3 … and parts 10, 11 … as the resolver numbers them."""

from __future__ import annotations

from articles.continuations.assigning import MIN_SCORE, assignment_decide

IN_PRINT = ([1, 2], [10, 11])  # the first 下转 and the first 上接 printed first


def links(decision) -> list[tuple[int, int]]:
    return [(j, p) for j, p, _ in decision.links]


def test_as_many_markers_as_continuations_and_no_word_to_tell_them_apart_pair_in_print_order():
    nothing = dict.fromkeys([(1, 10), (1, 11), (2, 10), (2, 11)], 0.0)
    assert links(assignment_decide(nothing, printed=IN_PRINT)) == [(1, 10), (2, 11)]
    assert links(assignment_decide(nothing, printed=([2, 1], [10, 11]))) == [(1, 11), (2, 10)]


def test_weak_words_agreeing_with_the_order_of_print_pair_in_it():
    weak = {(1, 10): 0.15, (1, 11): 0.1, (2, 10): 0.0, (2, 11): 0.05}
    decision = assignment_decide(weak, printed=IN_PRINT)
    assert links(decision) == [(1, 10), (2, 11)] and decision.ambiguous == []


def test_words_pointing_the_other_way_however_weakly_leave_both_ambiguous():
    against = {(1, 10): 0.0, (1, 11): 0.11, (2, 10): 0.16, (2, 11): 0.0}
    decision = assignment_decide(against, printed=IN_PRINT)
    assert decision.links == []
    assert [(j, near) for j, near, _ in decision.ambiguous] == [(1, [11, 10]), (2, [10, 11])]


def test_words_clearly_against_the_order_of_print_decide():
    clear = {(1, 10): 0.0, (1, 11): 0.7, (2, 10): 0.6, (2, 11): 0.0}
    assert links(assignment_decide(clear, printed=IN_PRINT)) == [(1, 11), (2, 10)]


def test_markers_of_two_pages_pair_each_with_its_own_continuation():
    # 1 (page 1) and 2 (page 3) jump to page 2, whose 10 continues from page 1, 11 from page 3.
    decision = assignment_decide({(1, 10): 0.0, (2, 11): 0.05}, printed=IN_PRINT)
    assert links(decision) == [(1, 10), (2, 11)]


def test_one_continuation_two_markers_near_in_score_links_neither():
    # The best assignment gives 10 to 1 (0.27), but giving it to 2 instead (0.23) is as good.
    decision = assignment_decide({(1, 10): 0.27, (2, 10): 0.23})
    assert decision.links == []
    assert [(j, near) for j, near, _ in decision.ambiguous] == [(1, [10]), (2, [10])]


def test_where_markers_outnumber_continuations_everyday_words_link_nothing():
    scores = {(1, 10): 0.32, (2, 10): 0.0, (3, 10): 0.0, (4, 10): 0.0}
    everyday = dict.fromkeys(scores, 0.0)  # all it shares: 服务, 提供, 组织
    decision = assignment_decide(scores, telling=everyday, printed=([1, 2, 3, 4], [10]))
    assert decision.links == []
    assert sorted(j for j, _, _ in decision.ambiguous) == [1, 2, 3, 4]
    telling = {**everyday, (1, 10): MIN_SCORE}  # 党支部, 志愿服务 as well
    assert links(assignment_decide(scores, telling=telling)) == [(1, 10)]


def test_one_marker_one_continuation_links_whatever_the_words():
    decision = assignment_decide({(1, 10): 0.0}, telling={(1, 10): 0.0}, printed=IN_PRINT)
    assert links(decision) == [(1, 10)]
