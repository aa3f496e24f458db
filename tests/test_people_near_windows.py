"""people-names finds a titled name's forms one Chinese character away, and no window with another character there."""

from __future__ import annotations

from desktop.proofing.checks import people


def test_a_form_one_chinese_character_away_is_found_at_any_position_but_the_surname():
    found = people._page_variants(frozenset({"林可舟"}), "会上，林可州说，林柯舟也说。")
    assert found["林可舟"] == {"林可州": 2, "林柯舟": 1}


def test_no_window_where_a_non_chinese_character_or_a_line_end_stands_in_the_name():
    found = people._page_variants(frozenset({"林可舟"}), "林可，林可A，林A舟，林可\n舟。")
    assert not found.get("林可舟")


def test_the_first_form_with_a_chinese_character_there_is_the_window():
    forms = (("林可", 1), ("林可舟", 2))
    assert people._near_window("林A舟", 0, forms) is None
    assert people._near_window("林柯", 0, forms) == "林柯"
    assert people._near_window("林可州", 0, forms) == "林可州"
