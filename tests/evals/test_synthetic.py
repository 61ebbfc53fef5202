"""Scale pieces (issue 11): the synthetic catalogue generator, the mini-batch alignment adapter, the sampled
softmax for large catalogues, and the benchmark's memory sampler."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
import torch
from cesrec.evals.bench.synthetic import SyntheticConfig, SyntheticError, generate, main, write
from cesrec.recmodel.prepare import prepare_dataset
from cesrec.tools.alignment import AlignmentConfig, _batches, alignment_metrics, fit_alignment, train_adapter

SMALL = SyntheticConfig(items=600, users=300, interactions=9000, seed=3)


@pytest.fixture(scope="module")
def synth():
    return generate(SMALL)


def test_generator_is_deterministic(synth):
    again = generate(SMALL)
    pd.testing.assert_frame_equal(synth.items, again.items)
    pd.testing.assert_frame_equal(synth.interactions, again.interactions)
    other = generate(SyntheticConfig(items=600, users=300, interactions=9000, seed=4))
    assert not synth.interactions.equals(other.interactions)


def test_generator_structure(synth):
    inter, items = synth.interactions, synth.items
    assert len(inter) == SMALL.interactions
    assert inter["user_id"].nunique() == SMALL.users
    per_user = inter.groupby("user_id")
    assert per_user.size().min() >= SMALL.min_len
    assert not inter.duplicated(["user_id", "item_id"]).any()  # no item twice per user
    assert per_user["timestamp"].apply(lambda t: bool(np.all(np.diff(t.to_numpy()) > 0))).all()
    # power law: the most popular tenth of the items takes a large share, the median item little
    counts = inter["item_id"].value_counts()
    top = counts.iloc[: len(items) // 10].sum() / len(inter)
    assert top > 0.3, top
    assert counts.iloc[0] > 10 * counts.median()
    # taste clusters: most of a user's interactions fall in the user's four most frequent clusters
    cl = synth.item_cluster[inter["item_id"].to_numpy() - 1]
    share = pd.Series(cl).groupby(inter["user_id"].to_numpy()).apply(
        lambda c: c.value_counts().iloc[:4].sum() / len(c))
    assert share.median() > 0.8, share.median()
    # item texts: "Title (year)", genres from the list, a plot sentence; genres follow the cluster
    assert all(re.fullmatch(r".+ \((19|20)\d\d\)", t) for t in items["title"])
    assert all(p.endswith(".") and len(p.split()) >= 6 for p in items["plot"])
    main_genre = items.groupby("cluster")["genres"].agg(lambda g: g.str.split("|").str[0].value_counts().iloc[0] / len(g))
    assert (main_genre == 1.0).all()


def test_generator_rejects_impossible_settings():
    with pytest.raises(SyntheticError, match="interactions"):
        generate(SyntheticConfig(items=100, users=50, interactions=10))
    with pytest.raises(SyntheticError, match="too dense"):
        generate(SyntheticConfig(items=100, users=20, interactions=1000))


def test_written_files_prepare(tmp_path, synth):
    paths = write(synth, tmp_path / "s")
    ds = prepare_dataset("synthetic-test", interactions=paths["interactions"], items=paths["items"],
                         item_extra=paths["item_extra"], cache_dir=tmp_path / "prepared")
    assert ds.num_users == SMALL.users and ds.num_items == SMALL.items
    assert ds.manifest["interactions"] == SMALL.interactions
    i = 1
    assert ds.catalog.years[i] == int(synth.items.loc[0, "year"])
    assert ds.catalog.genres[i] == synth.items.loc[0, "genres"].split("|")
    text = ds.catalog.text(i)
    assert synth.items.loc[0, "plot"] in text and "Genres:" in text


def test_cli_writes_and_reports_bad_settings(tmp_path, capsys):
    assert main(["--items", "200", "--users", "50", "--interactions", "1000", "--out", str(tmp_path / "o")]) == 0
    assert (tmp_path / "o" / "interactions.csv").exists() and (tmp_path / "o" / "items.csv").exists()
    assert main(["--items", "10", "--out", str(tmp_path / "bad")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: items must be >= 50")


# -- alignment ------------------------------------------------------------------------------------------


def _toy_alignment(n: int, d_sem: int = 48, d_col: int = 16, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Semantic vectors and collaborative vectors that are a noisy nonlinear function of them."""
    rng = np.random.default_rng(seed)
    sem = rng.normal(size=(n + 1, d_sem)).astype(np.float32)
    sem /= np.linalg.norm(sem, axis=1, keepdims=True)
    w = rng.normal(size=(d_sem, d_col)).astype(np.float32)
    col = np.tanh(sem @ w) + 0.05 * rng.normal(size=(n + 1, d_col)).astype(np.float32)
    sem[0] = col[0] = 0.0
    return sem, col.astype(np.float32)


def test_batches_cover_every_item_once_without_a_tiny_last_batch():
    parts = _batches(1000, 300, torch.Generator().manual_seed(0))
    assert len(parts) == 4 and {len(p) for p in parts} == {250}
    assert sorted(torch.cat(parts).tolist()) == list(range(1000))


def test_adapter_trains_in_minibatches_with_bounded_steps(monkeypatch):
    import cesrec.tools.alignment as al

    sem, col = _toy_alignment(3000)
    cfg = AlignmentConfig(hidden=64, batch_size=256, epochs=400, eval_every=10, patience=3, max_steps=300, full_batch_max=0)
    sizes: list[int] = []
    real_loss = al._loss

    def spy(model, x, y, loss, tau):
        sizes.append(len(x))
        return real_loss(model, x, y, loss, tau)

    monkeypatch.setattr(al, "_loss", spy)
    ad = train_adapter(sem, col, np.arange(1, 2401), "infonce", cfg, valid_items=np.arange(2401, 2701))
    # at most max_steps steps, every loss on at most batch_size items (never |train| x |train| logits)
    assert 0 < ad.steps <= cfg.max_steps
    assert max(sizes) <= cfg.batch_size and len(sizes) >= ad.steps
    res = fit_alignment(sem, col, np.arange(1, 3001), cfg)
    for loss in ("mse", "infonce"):
        rep = res.report[loss]
        assert rep["steps"] <= cfg.max_steps
        # it learned the map: held-out items land near their own collaborative vector far above chance (10/3000)
        assert rep["heldout"]["recall_self@10"] > 0.2, rep
    assert res.adapted.shape == col.shape and not res.adapted[0].any()


def test_early_stopping_stops_before_the_step_bound():
    sem, col = _toy_alignment(1500, seed=1)
    cfg = AlignmentConfig(hidden=32, batch_size=128, epochs=10_000, eval_every=5, patience=2, max_steps=3000, full_batch_max=0,
                          lr=3e-2)
    ad = train_adapter(sem, col, np.arange(1, 1201), "mse", cfg, valid_items=np.arange(1201, 1501))
    assert ad.steps < cfg.max_steps  # stopped by the validation loss, not by the bounds


def test_full_batch_recipe_is_kept_for_comparison():
    sem, col = _toy_alignment(400, seed=2)
    cfg = AlignmentConfig(hidden=32, batch_size=0, epochs=7)
    ad = train_adapter(sem, col, np.arange(1, 301), "infonce", cfg, valid_items=np.arange(301, 351))
    assert ad.steps == 7  # one full batch per epoch, no early stopping


def _naive_metrics(pred, col, items, pool, k=10):
    unit = lambda x: x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)  # noqa: E731
    pu = unit(col[pool])
    pos = {int(p): j for j, p in enumerate(pool)}
    s_hits = n_hits = 0
    for it in items:
        sp, st = unit(pred[it]) @ pu.T, unit(col[it]) @ pu.T
        j = pos[int(it)]
        s_hits += int(j in np.argsort(-sp, kind="stable")[:k])
        st[j] = sp[j] = -np.inf
        n_hits += int(int(np.argmax(st)) in np.argsort(-sp, kind="stable")[:k])
    return s_hits / len(items), n_hits / len(items)


def test_chunked_metrics_equal_the_sorting_definition():
    rng = np.random.default_rng(5)
    col = rng.normal(size=(801, 8)).astype(np.float32)
    pred = col + rng.normal(scale=0.8, size=col.shape).astype(np.float32)
    pred[::7] = np.round(pred[::7])  # some exact ties
    col[1::9] = col[2::9][: len(col[1::9])]  # duplicate collaborative vectors: tied similarities
    pool = np.arange(1, 801)
    items = rng.choice(pool, 150, replace=False)
    got = alignment_metrics(pred, col, items, pool, chunk=16)
    s, n = _naive_metrics(pred, col, items, pool)
    assert got["recall_self@10"] == round(s, 4) and got["recall_neighbour@10"] == round(n, 4)


# -- SASRec sampled softmax -----------------------------------------------------------------------------


def test_sasrec_uses_sampled_softmax_beyond_the_threshold(tmp_path, synth, monkeypatch):
    import cesrec.recmodel.train as train_mod
    from cesrec.recmodel.runs import fit_model

    paths = write(synth, tmp_path / "s")
    ds = prepare_dataset("synthetic-sampled", interactions=paths["interactions"], items=paths["items"],
                         cache_dir=tmp_path / "prepared")
    monkeypatch.setattr(train_mod, "FULL_SOFTMAX_MAX_ITEMS", 100)
    monkeypatch.setattr(train_mod, "SAMPLED_NEGATIVES", 64)
    torch.set_num_threads(1)
    _, report, _, _ = fit_model(ds, "sasrec", epochs=3, patience=3, hidden=16, progress=False)
    assert report["loss"].startswith("sampled softmax (64 ")
    # it learns: far above a random ranking's HR@10 (10 / 600 items)
    assert report["best_valid"]["hr@10"] > 3 * 10 / SMALL.items, report["best_valid"]
    monkeypatch.setattr(train_mod, "FULL_SOFTMAX_MAX_ITEMS", 20_000)
    _, report, _, _ = fit_model(ds, "sasrec", epochs=1, hidden=16, progress=False)
    assert report["loss"] == "full softmax"


def test_sampled_softmax_log_q():
    from cesrec.recmodel.train import sampling_log_q

    w = torch.tensor([[0, 1, 1, 1, 2], [0, 0, 1, 3, 3]])
    lq = sampling_log_q(w, 4, 10)
    assert lq[0] == float("-inf")
    q = lq[1:].exp() / 10
    assert torch.isclose(q.sum(), torch.tensor(1.0))
    assert q[0] > q[2] > q[3]  # item 1 seen 4 times, item 3 twice, item 4 never (smoothed)


def test_rss_sampler_tracks_nested_stages():
    from cesrec.evals.bench.scale import RssSampler

    s = RssSampler(interval=0.01)
    s.begin("outer")
    s.begin("inner")
    block = np.ones(40 * 2**20 // 8)  # 40 MB
    inner = s.end("inner")
    del block
    outer = s.end("outer")
    s.stop()
    assert outer >= inner >= 40
