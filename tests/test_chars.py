from desktop.proofing.chars import common_ends


def test_common_ends_count_the_shared_start_then_the_shared_end():
    assert common_ends("青禾县新修三座桥", "青禾县新建三座桥") == (4, 3)
    assert common_ends("会上", "会上") == (2, 0)
    assert common_ends("", "柳湾") == (0, 0)


def test_common_ends_never_overlap_where_a_repeated_character_was_removed():
    # "好好学习" -> "好学习": the start shares one 好, the end may only use what is left
    head, tail = common_ends("好好学习", "好学习")
    assert (head, tail) == (1, 2)
    assert "好好学习"[head : len("好好学习") - tail] == "好"
    assert "好学习"[head : len("好学习") - tail] == ""
