"""Training recipes: the cosine schedule, per-backbone defaults, why a run stopped, stable run keys, CPU bf16."""

from __future__ import annotations

import dataclasses
import math

import pytest
import torch
from cesrec.recmodel import train as train_mod
from cesrec.recmodel.runs import fit_model, full_train_config, resolve_run, run_key
from cesrec.recmodel.sasrec import SASRec
from cesrec.recmodel.train import TrainConfig, _Cooldown, _lr_factor, cooldown_epochs


def test_cosine_warms_up_then_decays_to_zero():
    cfg = TrainConfig(epochs=10, lr_schedule="cosine", warmup_epochs=1.0)
    f = _lr_factor(cfg, steps_per_epoch=20)
    warm = [f(s) for s in range(20)]
    assert warm == sorted(warm) and warm[0] < 0.1 and math.isclose(warm[-1], 1.0)
    tail = [f(s) for s in range(20, 200)]
    assert all(a >= b for a, b in zip(tail, tail[1:], strict=False)), "cosine decay must be monotone after warm-up"
    assert f(199) < 1e-3 and f(200) == 0.0
    assert all(_lr_factor(TrainConfig(), 20)(s) == 1.0 for s in (0, 57, 10_000))


def test_warmup_is_bounded_and_one_step_runs_do_not_divide_by_zero():
    f = _lr_factor(TrainConfig(epochs=1, lr_schedule="cosine", warmup_epochs=5.0), steps_per_epoch=1)
    assert f(0) == 1.0 and f(1) == 0.0
    g = _lr_factor(TrainConfig(epochs=10, lr_schedule="cosine", warmup_epochs=5.0), steps_per_epoch=10)
    assert math.isclose(g(9), 1.0), "warm-up is capped at a tenth of the run"


@pytest.mark.parametrize("bad", [{"lr_schedule": "linear"}, {"warmup_epochs": -1.0}])
def test_bad_recipe_is_refused_naming_the_field(bad):
    with pytest.raises(ValueError, match=next(iter(bad))):
        TrainConfig(**bad)


def test_sasrec_brings_its_recipe_and_overrides_win():
    cfg = full_train_config("sasrec", {})
    assert {k: cfg[k] for k in SASRec.train_defaults} == SASRec.train_defaults
    assert full_train_config("sasrec", {"lr_schedule": "constant", "epochs": 7})["epochs"] == 7
    assert full_train_config("gru4rec", {}) == dataclasses.asdict(TrainConfig())


def test_run_keys_of_constant_schedule_runs_did_not_change():
    """Runs trained before schedules existed keep their keys (their caches stay valid); a schedule changes it."""
    manifest = {"name": "x", "content_key": "abc"}
    old_fields = {f.name for f in dataclasses.fields(TrainConfig)} - {
        "lr_schedule", "warmup_epochs", "cpu_bf16", "plateau_patience", "cooldown_frac", "valid_sample"}
    new = dataclasses.asdict(TrainConfig())
    old = {k: v for k, v in new.items() if k in old_fields}
    assert run_key("gru4rec", {}, new, manifest) == run_key("gru4rec", {}, old, manifest)
    cos = dataclasses.asdict(TrainConfig(lr_schedule="cosine"))
    assert run_key("gru4rec", {}, cos, manifest) != run_key("gru4rec", {}, new, manifest)
    bf = dataclasses.asdict(TrainConfig(cpu_bf16=True))
    assert run_key("gru4rec", {}, bf, manifest) == run_key("gru4rec", {}, new, manifest), "hardware numerics only"


def test_default_sasrec_run_differs_from_cosine_run(tiny):
    assert resolve_run(tiny, "sasrec")[1] != resolve_run(tiny, "sasrec", lr_schedule="cosine")[1]
    assert resolve_run(tiny, "sasrec")[1] == resolve_run(tiny, "sasrec", lr_schedule="constant", patience=10)[1]


def test_report_says_why_training_stopped(tiny):
    _, rep, *_ = fit_model(tiny, "sasrec", hidden=16, epochs=3, lr_schedule="cosine", progress=False)
    assert rep["stopped_by"] == "schedule_end" and rep["epochs_run"] == 3
    _, rep, *_ = fit_model(tiny, "sasrec", hidden=16, epochs=3, lr_schedule="constant", progress=False)
    assert rep["stopped_by"] == "cap"
    _, rep, *_ = fit_model(tiny, "sasrec", hidden=16, epochs=50, patience=1, lr=1e-6, lr_schedule="constant",
                           progress=False)
    assert rep["stopped_by"] == "early_stopping" and rep["epochs_run"] < 50
    # the plateau schedule: the probe's end starts the cooldown, whose end is the schedule's
    _, rep, *_ = fit_model(tiny, "sasrec", hidden=16, epochs=50, lr_schedule="plateau", plateau_patience=1, lr=1e-6,
                           progress=False)
    assert rep["stopped_by"] == "schedule_end" and rep["probe_epochs"] is not None and rep["epochs_run"] < 50


def test_cpu_bf16_only_where_the_cpu_has_it(tiny, monkeypatch):
    monkeypatch.setattr(train_mod, "cpu_has_native_bf16", lambda: False)
    _, rep, *_ = fit_model(tiny, "sasrec", hidden=16, epochs=1, progress=False, device="cpu")
    assert rep["amp"] is None
    monkeypatch.setattr(train_mod, "cpu_has_native_bf16", lambda: True)
    _, rep, *_ = fit_model(tiny, "sasrec", hidden=16, epochs=1, progress=False, device="cpu")
    assert rep["amp"] == "bfloat16"
    _, rep, *_ = fit_model(tiny, "sasrec", hidden=16, epochs=1, progress=False, device="cpu", cpu_bf16=False)
    assert rep["amp"] is None


def test_bf16_training_still_learns(tiny, monkeypatch):
    """Under CPU bf16 autocast the loss still falls and the scores stay float32 (inference is never bf16)."""
    monkeypatch.setattr(train_mod, "cpu_has_native_bf16", lambda: True)
    model, rep, *_ = fit_model(tiny, "sasrec", hidden=16, epochs=15, patience=15, progress=False, device="cpu")
    curve = [c["valid_ndcg10"] for c in rep["curve"]]
    assert max(curve) > curve[0]
    assert model.score([tiny.train_sequence(0)]).dtype == torch.float32


def test_plateau_schedule_is_flat_until_started_then_decays_to_zero():
    f = _lr_factor(TrainConfig(lr_schedule="plateau"), steps_per_epoch=10)
    assert isinstance(f, _Cooldown) and all(f(s) == 1.0 for s in (0, 5, 10_000))
    f.start(100, 40)
    tail = [f(s) for s in range(100, 141)]
    assert tail[0] == 1.0 and tail[-1] == 0.0 and all(a >= b for a, b in zip(tail, tail[1:], strict=False))
    assert f(500) == 0.0
    assert cooldown_epochs(TrainConfig(), 4) == 3 and cooldown_epochs(TrainConfig(), 40) == 10


def test_plateau_run_probes_then_cools_down_and_keeps_old_keys(tiny):
    _, rep, _, tcfg = fit_model(tiny, "sasrec", hidden=16, epochs=60, lr_schedule="plateau", plateau_patience=2,
                                lr=0.01, progress=False)
    probe = rep["probe_epochs"]
    assert probe is not None and rep["stopped_by"] == "schedule_end"
    best_at_probe = max(c["epoch"] for c in rep["curve"] if c["epoch"] <= probe
                        and c["valid_ndcg10"] == max(d["valid_ndcg10"] for d in rep["curve"] if d["epoch"] <= probe))
    assert rep["epochs_run"] == probe + cooldown_epochs(TrainConfig(**tcfg), best_at_probe)
    assert rep["best_valid"]["ndcg@10"] == max(c["valid_ndcg10"] for c in rep["curve"]) or \
        abs(rep["best_valid"]["ndcg@10"] - max(c["valid_ndcg10"] for c in rep["curve"])) < 1e-5
    # the new fields at their defaults leave every earlier run key as it was; set, they change it
    manifest = {"name": "x", "content_key": "abc"}
    cos = dataclasses.asdict(TrainConfig(lr_schedule="cosine"))
    older = {k: v for k, v in cos.items() if k not in ("plateau_patience", "cooldown_frac", "valid_sample")}
    assert run_key("sasrec", {}, cos, manifest) == run_key("sasrec", {}, older, manifest)
    assert run_key("sasrec", {}, {**cos, "valid_sample": 20}, manifest) != run_key("sasrec", {}, cos, manifest)
    pl = dataclasses.asdict(TrainConfig(lr_schedule="plateau"))
    assert run_key("sasrec", {}, {**pl, "plateau_patience": 3}, manifest) != run_key("sasrec", {}, pl, manifest)


def test_validation_sample_decides_and_the_full_split_confirms(tiny):
    _, rep, *_ = fit_model(tiny, "sasrec", hidden=16, epochs=4, valid_sample=15, progress=False)
    assert rep["valid_sample"]["users"] == 15
    assert rep["best_valid"]["users"] == tiny.num_users  # the reported best is on every validation user
    assert rep["valid_sample"]["best_valid_on_sample"]["users"] == 15
    _, full, *_ = fit_model(tiny, "sasrec", hidden=16, epochs=4, progress=False)
    assert full["valid_sample"] is None and full["best_valid"]["users"] == tiny.num_users


def test_chunked_softmax_ce_matches_cross_entropy():
    from cesrec.recmodel import train as tr

    torch.manual_seed(0)
    h = torch.randn(600, 16, requires_grad=True)  # 600 rows: three blocks of CE_ROW_CHUNK, the last one short
    emb = torch.randn(41, 16, requires_grad=True)
    t = torch.randint(1, 41, (600,))
    logits = h @ emb.T
    logits[:, 0] = float("-inf")
    ref = torch.nn.functional.cross_entropy(logits, t)
    gh_ref, ge_ref = torch.autograd.grad(ref, (h, emb))
    got = tr.ChunkedSoftmaxCE.apply(h, emb, t)
    gh, ge = torch.autograd.grad(got, (h, emb))
    assert torch.allclose(got, ref, atol=1e-5)
    assert torch.allclose(gh, gh_ref, atol=1e-6) and torch.allclose(ge, ge_ref, atol=1e-6)
    assert ge[0].abs().max() == 0  # padding is never a class
    with torch.autocast("cpu", dtype=torch.bfloat16):  # float32 inside autocast too
        assert tr.ChunkedSoftmaxCE.apply(h, emb, t).dtype == torch.float32


@pytest.mark.parametrize("keep_rows", [600, 256, 0])
def test_chunked_softmax_ce_keeps_what_fits_and_recomputes_the_rest(keep_rows, monkeypatch):
    """The forward keeps exp(logits - max) of as many whole blocks as CE_KEEP_BYTES allows (all, one of three,
    none); the backward's folded gradients equal F.cross_entropy's either way, in float32 and (to bf16 rounding)
    under CPU bf16 autocast."""
    from cesrec.recmodel import losses

    monkeypatch.setattr(losses, "CE_KEEP_BYTES", keep_rows * 41 * 4)
    torch.manual_seed(1)
    h = torch.randn(600, 16, requires_grad=True)
    emb = torch.randn(41, 16, requires_grad=True)
    t = torch.randint(1, 41, (600,))
    logits = h @ emb.T
    logits[:, 0] = float("-inf")
    ref = torch.nn.functional.cross_entropy(logits, t)
    gh_ref, ge_ref = torch.autograd.grad(ref, (h, emb))
    got = losses.ChunkedSoftmaxCE.apply(h, emb, t)
    gh, ge = torch.autograd.grad(got, (h, emb))
    assert torch.allclose(got, ref, atol=1e-5)
    assert torch.allclose(gh, gh_ref, atol=1e-6) and torch.allclose(ge, ge_ref, atol=1e-6)
    assert ge[0].abs().max() == 0
    with torch.autocast("cpu", dtype=torch.bfloat16):
        low = losses.ChunkedSoftmaxCE.apply(h, emb, t)
    gh, ge = torch.autograd.grad(low, (h, emb))
    assert abs(low.item() - ref.item()) < 0.01 * ref.item()
    assert (gh - gh_ref).norm() < 0.02 * gh_ref.norm() and (ge - ge_ref).norm() < 0.02 * ge_ref.norm()
    assert ge[0].abs().max() == 0


def test_fast_dropout_keeps_the_expectation_and_is_off_in_eval():
    from cesrec.recmodel.sasrec import FastDropout

    d = FastDropout(0.3)
    torch.manual_seed(0)
    y = d(torch.ones(200_000))
    assert abs(float((y == 0).float().mean()) - 0.3) < 0.01 and abs(float(y.mean()) - 1.0) < 0.01
    d.eval()
    x = torch.randn(5, 7)
    assert d(x) is x
