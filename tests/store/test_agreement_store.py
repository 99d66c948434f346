"""Agreement read from a real store: the hand-computed figures come back end to end."""
from __future__ import annotations

import json

import pytest
from team_fixture import BOUNDARY_SHARE, KAPPA, make_team_store, review

from fasl.store.agreement import Scope, compare_reviewers, reviewer_pairs, shared_documents
from fasl.store.db import open_store
from fasl.store.documents import ReviewState
from fasl.store.entities import EntityState, add_suggestions, get_entities, set_states
from fasl.store.errors import StoreError
from fasl.store.reviews import set_state


@pytest.fixture
def team(tmp_path):
    db = open_store(make_team_store(tmp_path / "team.sqlite"))
    yield db
    db.close()


def _ids(db):
    return {row["name"]: row["id"] for row in db["documents"].rows}


def test_store_figures_match_the_hand_computation(team):
    report = compare_reviewers(team, "amal", "badr")
    assert report.documents == 3
    assert report.result.lines == 11
    assert report.result.kappa == pytest.approx(KAPPA)
    assert report.result.boundary_share == pytest.approx(BOUNDARY_SHARE)
    assert report.result.entities["PERS"].exact_f1 == pytest.approx(2 / 3)
    assert report.result.entities["GPE"].partial_f1 == 1.0
    assert [d.name for d in report.result.documents] == ["doc1.txt", "doc3.txt", "doc2.txt"]
    data = report.as_dict(top=2)
    json.dumps(data)  # plain values only
    assert data["entities"]["ALL"]["exact_f1"] == pytest.approx(4 / 9)
    assert [d["name"] for d in data["most_disagreed"]] == ["doc1.txt", "doc3.txt"]


def test_only_documents_both_marked_done_unless_worked_scope(team):
    ids = _ids(team)
    set_state(team, ids["doc1.txt"], "badr", ReviewState.IN_PROGRESS)
    assert shared_documents(team, "amal", "badr") == sorted([ids["doc2.txt"], ids["doc3.txt"]])
    report = compare_reviewers(team, "amal", "badr")
    assert report.documents == 2
    worked = compare_reviewers(team, "amal", "badr", scope=Scope.WORKED)
    assert worked.documents == 3
    assert worked.result.kappa == pytest.approx(KAPPA)


def test_pending_and_rejected_suggestions_do_not_count(team):
    ids = _ids(team)
    doc2 = ids["doc2.txt"]
    add_suggestions(team, doc2, "amal", [(0, 5, "GPE", "عنوان")])
    before = compare_reviewers(team, "amal", "badr").result.entities
    assert "GPE" in before and before["GPE"].count_a == 1  # doc1's GPE only
    pending = get_entities(team, doc2, "amal", (EntityState.PENDING,))
    set_states(team, [e.id for e in pending], "amal", EntityState.REJECTED)
    assert compare_reviewers(team, "amal", "badr").result.entities == before
    set_states(team, [e.id for e in pending], "amal", EntityState.ACCEPTED)
    after = compare_reviewers(team, "amal", "badr").result.entities
    assert after["GPE"].count_a == 2


def test_unedited_zones_compare_as_the_automatic_ones(team):
    ids = _ids(team)
    set_state(team, ids["doc2.txt"], "chadi", ReviewState.DONE)  # accepted the auto zones
    report = compare_reviewers(team, "amal", "chadi")
    assert report.documents == 1
    assert report.result.lines == 3


def test_unknown_or_same_reviewer_is_a_clear_error(team):
    with pytest.raises(StoreError, match=r"no reviewer 'zed'.*amal, badr"):
        compare_reviewers(team, "amal", "zed")
    with pytest.raises(StoreError, match="two different reviewers"):
        compare_reviewers(team, "amal", "amal")


def test_pairs_and_cancel(team):
    ids = _ids(team)
    review(team, ids["doc2.txt"], "doc2.txt", "chadi", 0)
    assert reviewer_pairs(team) == [("amal", "badr"), ("amal", "chadi"), ("badr", "chadi")]
    seen = []
    report = compare_reviewers(team, "amal", "badr", progress=lambda d, t, n: seen.append(d),
                               cancelled=lambda: len(seen) >= 1)
    assert report.cancelled and report.documents == 1
    assert seen == [1]


def test_no_shared_documents_gives_undefined_figures(team):
    ids = _ids(team)
    review(team, ids["doc2.txt"], "doc2.txt", "chadi", 0, done=False)
    report = compare_reviewers(team, "amal", "chadi")
    assert report.documents == 0
    assert report.result.kappa is None and report.result.boundary_share is None
