"""The open evaluation's shards (evals/protocol/open_shards.py, open_merge.py): a shard round-trips its rows, the
merge equals the statistics of one run over the same rows, shards of different fingerprints are refused, the grid
is the largest complete one, and --missing-only runs only what the current fingerprint lacks. Small synthetic
shards, no training."""

from __future__ import annotations

import types

import numpy as np
import pytest
from cesrec.evals.protocol import open_eval
from cesrec.evals.protocol.open_config import OpenEvalConfig
from cesrec.evals.protocol.open_merge import ShardMismatch, merge_shards, select_grid
from cesrec.evals.protocol.open_shards import (
    Shard,
    fingerprint,
    missing_runs,
    read_shard,
    read_shards,
    shard_name,
    write_shard,
)
from cesrec.evals.protocol.open_stats import aggregate_open
from cesrec.evals.protocol.sessions import SessionOutcome

N = 24
CFG = dict(budgets=("open",), settings=(), turns=1, systems=("cesrec", "tuned_fusion", "bm25"))


def _outcome(name: str, rng: np.random.Generator, shift: int) -> SessionOutcome:
    ranks = np.vstack([rng.integers(0, 30, N), (rng.integers(0, 30, N) - shift).clip(0)]).astype(np.int64)
    kinds = np.array([["reference"], ["description"]] * (N // 2), dtype=object)
    variant = np.array(["people", "genre_era"] * (N // 2), dtype=object)
    dropped = np.zeros(N, dtype=bool)
    dropped[3] = True
    return SessionOutcome(name, 0, "structured", ranks, np.full(N, -1), dropped, seconds=1.5,
                          meta={"kinds": kinds, "variant": variant, "described": np.arange(N, dtype=np.int64) % 5})


def _fp(**cfg_changes) -> dict:
    cfg = OpenEvalConfig(**{**CFG, **cfg_changes})
    return {"digest": "x", **fingerprint(cfg, "data-key")}


def _shard(bb: str, ts: int, ss: int, fp: dict | None = None, model: str = "m") -> Shard:
    rng = np.random.default_rng(hash((bb, ts, ss)) % 2 ** 32)
    runs = {"open": {s: _outcome(s, rng, d) for s, d in (("cesrec", 8), ("tuned_fusion", 2), ("bm25", 0))}}
    fp = fp or _fp()
    meta = {"fingerprint": fp, "git_commit": "abc", "machine": "test", "date": "now", "runtime_s": 2.0,
            "engine": {"model": f"{model}-{bb}-{ts}", "embeddings": "e"},
            "hand_ranks": {i: {"bm25": i, "embedding": 20 * i} for i in range(1, 5)},
            "extras": {"open": {"oracle_overlap": {"people": {"pairs": 3, "knn": 0.1, "any": 0.1, "oracle": False}}}}}
    return Shard(bb, ts, ss, meta, runs)


def test_shard_round_trips_its_rows(tmp_path):
    s = _shard("sasrec", 42, 0)
    p = write_shard(s, tmp_path)
    assert p.name == shard_name("sasrec", 42, 0) == "sasrec-t42-s0.npz"
    back = read_shard(p)
    assert back.key == s.key and back.digest == s.digest and back.meta["extras"] == s.meta["extras"]
    assert back.meta["hand_ranks"] == s.meta["hand_ranks"]  # item ids stay ints through JSON
    for name, o in s.runs["open"].items():
        b = back.runs["open"][name]
        assert np.array_equal(b.ranks, o.ranks) and np.array_equal(b.dropped, o.dropped)
        assert list(b.meta["kinds"].ravel()) == list(o.meta["kinds"].ravel())
        assert list(b.meta["variant"]) == list(o.meta["variant"])
        assert np.array_equal(b.meta["described"], o.meta["described"]) and b.seconds == o.seconds
    assert not list(tmp_path.glob("*.tmp.npz"))


def test_merge_equals_one_run_over_the_same_rows(tmp_path):
    shards = [_shard(bb, ts, ss) for bb in ("sasrec", "gru4rec") for ts in (42, 43) for ss in (0, 1)]
    for s in shards:
        write_shard(s, tmp_path)
    res = merge_shards(read_shards(tmp_path), n_boot=20, command="merge")
    cfg = OpenEvalConfig(**CFG, backbones=("sasrec", "gru4rec"), train_seeds=(42, 43), sim_seeds=(0, 1), n_boot=20)
    outcomes = {"open": {bb: {name: {(s.train_seed, s.sim_seed): s.runs["open"][name] for s in shards
                                     if s.backbone == bb} for name in ("cesrec", "tuned_fusion", "bm25")}
                         for bb in ("sasrec", "gru4rec")}}
    direct = aggregate_open(outcomes, cfg)
    assert res["holm_family_size"] == direct.pop("_holm")["family_size"]
    for bb in ("sasrec", "gru4rec"):
        got, want = res["budgets"]["open"][bb], direct["open"][bb]
        assert got["cesrec"] == want["cesrec"] and got["tests"] == want["tests"]
        assert got["users_kept"] == N - 1 and got["per_variant"] == want["per_variant"]
        assert got["oracle_overlap"]["people"]["pairs"] == 3
        dd = got["description_difficulty"]
        assert dd["bm25"]["top10"] == 1.0 and dd["embedding"]["median_rank"] > 10 and dd["sessions"] == 4 * (N - 1)
    assert res["train_seeds_by_backbone"] == {"sasrec": [42, 43], "gru4rec": [42, 43]}
    assert res["coverage"]["covered"]["gru4rec"] == {"train_seeds": [42, 43], "sim_seeds": [0, 1]}
    assert "sasrec/t44/s2" in res["coverage"]["missing"] and not res["coverage"]["complete"]
    assert len(res["shards"]) == 8 and res["headline"]["open/sasrec"]["best_baseline"] in ("tuned_fusion", "bm25")


def test_merge_refuses_shards_of_different_fingerprints():
    a = _shard("sasrec", 42, 0)
    fp = _fp()
    fp["files"] = {**fp["files"], "tools/turn.py": "0" * 16}
    fp["digest"] = "other"
    b = _shard("sasrec", 42, 1, fp=fp)
    with pytest.raises(ShardMismatch, match=r"tools/turn\.py"):
        merge_shards([a, b], n_boot=10)
    c = _shard("sasrec", 42, 1, fp={**_fp(turns=3), "digest": "y"})
    with pytest.raises(ShardMismatch, match=r"config\.turns"):
        merge_shards([a, c], n_boot=10)
    d = _shard("sasrec", 42, 1, model="retrained")
    with pytest.raises(ShardMismatch, match="SRS weights"):
        merge_shards([a, d], n_boot=10)
    e = _shard("sasrec", 42, 1)
    e.meta["engine"]["model"] = "unknown"  # no digest recorded: nothing to compare
    assert merge_shards([a, e], n_boot=10)["coverage"]["covered"]["sasrec"]["sim_seeds"] == [0, 1]


def test_the_model_digest_reads_a_neural_recommenders_module():
    import torch
    from cesrec.evals.protocol.open_shards import model_digest

    def engine(w):
        mod = torch.nn.Linear(2, 2)
        torch.nn.init.constant_(mod.weight, w)
        return types.SimpleNamespace(model=types.SimpleNamespace(module=mod),
                                     semantic=types.SimpleNamespace(embeddings=np.ones((3, 2))))
    a, b = model_digest(engine(1.0)), model_digest(engine(2.0))
    assert a["model"] != "unknown" and a["model"] != b["model"] and a["embeddings"] == b["embeddings"]


def test_the_fingerprint_follows_code_data_and_settings_not_the_grid():
    base = fingerprint(OpenEvalConfig(**CFG), "k")
    assert fingerprint(OpenEvalConfig(**CFG, train_seeds=(1,), sim_seeds=(5,), backbones=("gru4rec",)),
                       "k")["digest"] == base["digest"]
    assert fingerprint(OpenEvalConfig(**CFG), "k2")["digest"] != base["digest"]
    assert fingerprint(OpenEvalConfig(**{**CFG, "turns": 2}), "k")["digest"] != base["digest"]
    files = base["files"]
    assert "tools/turn.py" in files and "evals/protocol/sessions.py" in files and "recmodel/sasrec.py" in files
    assert "evals/results/tune_fusion_issue22_valid.json" in files
    # the rule reader never runs on the structured channel (traced); the text channel parses with it
    assert "tools/stance.py" not in files and "tools/polarity.py" not in files
    assert "evals/protocol/open_merge.py" not in files and "evals/protocol/open_shards.py" not in files
    text = fingerprint(OpenEvalConfig(**CFG, channel="text"), "k")
    assert "tools/stance.py" in text["files"] and text["digest"] != base["digest"]


def test_the_grid_is_the_largest_complete_one():
    shards = [_shard("sasrec", ts, ss) for ts, ss in ((42, 0), (42, 1), (42, 2), (43, 0), (43, 1), (44, 0))]
    grid, left = select_grid(shards)
    assert grid["sasrec"] == ((42, 43), (0, 1))  # 4 cells beat 42 x (0,1,2) = 3 and (42,43,44) x (0,) = 3
    assert sorted(left) == ["sasrec/t42/s2", "sasrec/t44/s0"]
    res = merge_shards(shards, n_boot=10)
    assert res["coverage"]["shards_not_in_grid"] == sorted(left)
    assert sum(s["in_grid"] for s in res["shards"]) == 4


def test_missing_only_runs_only_what_the_fingerprint_lacks(tmp_path, monkeypatch):
    # what the command line below builds (turns 3, the default)
    cfg = OpenEvalConfig(budgets=("open",), settings=(), systems=("cesrec", "tuned_fusion", "bm25"))
    fp = fingerprint(cfg, "data-key")
    args = ["--shards", str(tmp_path), "--backbones", "gru4rec,sasrec", "--train-seeds", "42,43", "--sim-seeds", "0,1",
            "--budgets", "open", "--settings", "", "--systems", "cesrec,tuned_fusion,bm25", "--n-boot", "10"]
    write_shard(_shard("gru4rec", 42, 0, fp=fp), tmp_path)
    write_shard(_shard("sasrec", 42, 1, fp={**fp, "digest": "stale"}), tmp_path)  # older code: runs again
    assert missing_runs(tmp_path, fp["digest"], ("gru4rec", "sasrec"), (42, 43), (0, 1))[:3] == [
        ("gru4rec", 42, 1), ("sasrec", 42, 0), ("sasrec", 42, 1)]
    ran = []

    def fake_job(cfg, bb, ts, sims, base, shard_dir=None, engine=None, progress=False):
        out = []
        for ss in sims:
            ran.append((bb, ts, ss))
            s = _shard(bb, ts, ss, fp=base["fingerprint"])
            write_shard(s, shard_dir)
            out.append(s)
        return out

    monkeypatch.setattr(open_eval, "_run_engine_job", fake_job)
    monkeypatch.setattr("cesrec.recmodel.datasets.open_dataset",
                        lambda *a, **k: types.SimpleNamespace(manifest={"content_key": "data-key"}))
    monkeypatch.setattr("cesrec.evals.machine.machine_line", lambda: "test")
    open_eval.main(["--run", "--missing-only", *args])
    assert ("gru4rec", 42, 0) not in ran and ("sasrec", 42, 1) in ran and len(ran) == 7
    assert ran[:3] == [("gru4rec", 42, 1), ("sasrec", 42, 0), ("sasrec", 42, 1)]
    ran.clear()
    open_eval.main(["--run", "--missing-only", *args, "--results", str(tmp_path / "eval_open.json")])
    assert ran == [] and (tmp_path / "eval_open.json").is_file() and (tmp_path / "eval_open.md").is_file()
