"""Article starts weighed by fitted evidence: the named features of a heading run and the start model.

Every line here is invented (names such as 林可舟, places such as 青禾县).
"""

from __future__ import annotations

import json

import pytest

from desktop.proofing import start_model
from desktop.proofing.blocks import split_blocks
from desktop.proofing.pipeline import document_from_text
from desktop.proofing.segment import start_candidates
from desktop.proofing.start_model import SURE, StartModel
from tools.fit_starts import agreeing

# Three stories with neither credit nor dateline (a portal's copy); the first has a sub-heading inside it.
_PORTAL_PAGE = """青禾县新建三座便民桥
青禾县三座便民桥建成通车，青禾县柳湾村、苗家村的村民从此过河不再绕远路。
便民桥由青禾县交通局负责建设，桥长八十米，宽六米，总投资三百万元，今年三月开工。
便民桥让出行更方便
苗家村村民林可舟说，过去到对岸赶集要绕行十多里，如今便民桥修到了家门口，到对岸赶集方便多了。
青禾县交通局表示，明年还将在苗家村新建两座便民桥，让更多村民过河更方便。
柳湾镇举办春季农民运动会
柳湾镇第三届春季农民运动会开幕，来自全镇十二个村的三百多名农民参加比赛。
运动会设拔河、跳绳、挑担等项目，赛场上欢声笑语不断，运动员们个个精神饱满。
北塘区新增三处口袋公园
北塘区三处口袋公园日前对市民开放，公园里种植了海棠、樱花等花木，设有步道和座椅。
附近居民韩松岭说，下班后到公园散散步，心情都好了。
"""


def _evidence(text: str) -> dict[str, tuple[str, ...]]:
    """The evidence of every heading run the rules find (no start model in use)."""
    raw = split_blocks(text)
    start_model.use(StartModel())
    try:
        return {raw[lines[0]].text: features for lines, features in start_candidates(raw)}
    finally:
        start_model.use(None)


@pytest.fixture
def shipped_model():
    start_model.use(None)  # (the weights in resources/calibration/starts.json)
    yield start_model.current()
    start_model.use(None)


def test_a_sub_heading_that_goes_on_with_the_story_above_opens_no_article(shipped_model: StartModel) -> None:
    evidence = _evidence(_PORTAL_PAGE)
    assert "same_story_as_above" in evidence["便民桥让出行更方便"]
    assert "same_story_as_above" not in evidence["柳湾镇举办春季农民运动会"]
    starts = [block.text for block in document_from_text(_PORTAL_PAGE).blocks if block.starts_article]
    assert starts == ["青禾县新建三座便民桥", "柳湾镇举办春季农民运动会", "北塘区新增三处口袋公园"]


def test_without_weights_every_run_the_rules_found_stands() -> None:
    start_model.use(StartModel())
    try:
        starts = [block.text for block in document_from_text(_PORTAL_PAGE).blocks if block.starts_article]
    finally:
        start_model.use(None)
    assert starts == [
        "青禾县新建三座便民桥",
        "便民桥让出行更方便",
        "柳湾镇举办春季农民运动会",
        "北塘区新增三处口袋公园",
    ]


def test_a_run_over_a_dateline_is_the_rules_to_keep_whatever_the_weights() -> None:
    text = _PORTAL_PAGE.replace("柳湾镇第三届", "本报讯 日前，柳湾镇第三届")
    evidence = _evidence(text)
    assert "story_opens_under" in evidence["柳湾镇举办春季农民运动会"]
    start_model.use(StartModel(intercept=-20.0, threshold=0.5))
    try:
        starts = [block.text for block in document_from_text(text).blocks if block.starts_article]
    finally:
        start_model.use(None)
    assert starts == ["青禾县新建三座便民桥", "柳湾镇举办春季农民运动会"]  # (the page's top is sure evidence too)


def test_a_comma_in_a_one_line_heading_is_named_not_in_a_deck() -> None:
    text = """青禾县新建三座便民桥
青禾县三座便民桥建成通车，青禾县柳湾村、苗家村的村民从此过河不再绕远路，出行方便多了。
桥修好了，心也暖了
苗家村村民林可舟说，过去到对岸赶集要绕行十多里，如今便民桥修到了家门口，到对岸赶集方便多了。
柳湾镇举办春季农民运动会
——全镇十二个村，三百多名农民参赛
柳湾镇第三届春季农民运动会开幕，来自全镇十二个村的三百多名农民参加比赛，赛场上欢声笑语不断。
"""
    evidence = _evidence(text)
    assert "comma_in_heading" in evidence["桥修好了，心也暖了"]
    assert "comma_in_heading" not in evidence["柳湾镇举办春季农民运动会"]
    assert "several_lines" in evidence["柳湾镇举办春季农民运动会"]


def test_two_stories_alone_on_a_page_give_no_evidence_of_one_story() -> None:
    text = """青禾县新建三座便民桥
青禾县三座便民桥建成通车，青禾县柳湾村、苗家村的村民从此过河不再绕远路，出行方便多了。
便民桥由青禾县交通局负责建设，桥长八十米，宽六米，总投资三百万元，今年三月开工。
青禾县柳湾村便民桥通车
青禾县柳湾村便民桥日前通车，柳湾村村民从此过河不再绕远路，便民桥长八十米，宽六米。
"""
    assert "same_story_as_above" not in _evidence(text)["青禾县柳湾村便民桥通车"]


def test_the_model_reads_back_what_it_writes_and_knows_its_schema(tmp_path) -> None:
    model = StartModel(0.5, {"same_story_as_above": -1.25}, 0.45, "2026-01-01T00:00Z", "made-up", "abc")
    path = tmp_path / "starts.json"
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    assert start_model.load(path) == model
    assert not model.opens(("same_story_as_above",))  # σ(0.5 − 1.25) ≈ 0.32
    assert model.opens(("same_story_as_above", "story_opens_under"))  # (sure evidence: not the model's to judge)
    assert model.opens(("same_story_as_above", "above_unfinished"))  # (the line breaks' to judge)
    assert "story_opens_under" in SURE
    path.write_text(json.dumps({**model.to_json(), "schema": 99}), encoding="utf-8")
    with pytest.raises(ValueError, match="schema"):
        start_model.load(path)


def test_only_evidence_that_points_the_same_way_on_both_corpora_is_kept() -> None:
    generated = {"(all)": (100, 70), "comma": (20, 5), "blank": (30, 27), "chrome": (15, 3)}
    real = {"(all)": (200, 180), "comma": (12, 6), "blank": (40, 39), "chrome": (11, 11), "rare": (3, 0)}
    assert agreeing(generated, real) == {"comma", "blank"}
