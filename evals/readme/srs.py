"""README: the "Measured results" preamble and "Sequential recommenders" (bench_srs.json + the peer files)."""
# ruff: noqa: E501

from __future__ import annotations

import re
from pathlib import Path

from .common import RESULTS, J, ResultsError, cores, day, f3, hm, load, n, need

PEER_NAMES = {"recbole": "RecBole", "rectools": "RecTools"}


def render_intro(root: Path) -> str:
    d = load(root, "bench_srs.json")["dataset"]
    return f"""Each section names the machine and the date of its measurement and what else ran at the time; medians
throughout. Raw JSON in `evals/results/`; every figure under this heading is rendered from those files by
`python -m cesrec.evals.readme.tables` (`--check` says whether the README still matches them). Metrics are full
ranking over all {n(d['items'])} items ({d['name']}) with the user's history excluded — never sampled negatives.
`scripts/reproduce.sh --list` names the command behind every file in `evals/results/` (`--quick` re-runs the
cheap ones and re-renders this part of the README, `--full` all of them)."""


def _peer_label(root: Path, key: str) -> tuple[str, J]:
    tool = key.split("_")[0]
    f = load(root, f"bench_srs_peer_{key}.json")
    return f"{PEER_NAMES.get(tool, tool)} {f[f'{tool}_version']}", f


def _threshold(targets: J, pattern: str) -> tuple[str, float]:
    for k in targets.keys():
        m = re.fullmatch(pattern, k)
        if m:
            return k, float(m.group(1))
    raise ResultsError(f"evals/results/bench_srs.json: no field 'targets' matching {pattern}")


def render(root: Path) -> str:
    # One section, read top to bottom in the README's order; each part below writes one of its paragraphs or
    # tables from the same run (bench_srs.json), so a part names only the fields it prints.
    r = load(root, "bench_srs.json")
    labels = {k: _peer_label(root, k) for k in r["peers"].keys()}
    L = _heading_and_table(r, labels)
    L.append(_ours(r))
    L.append(_rectools(r, labels))
    L.append(_recbole(r, labels))
    L += _targets(r)
    L.append(_why_recbole_reports_less(r))
    L.append(_scoring_speed(r))
    if (Path(root) / RESULTS / "bench_scoring.json").exists():
        L.append(_scoring_alone(root, r))
    tuning = render_tuning(root)
    if tuning:
        L += ["", tuning]
    return "\n".join(L)


def _quiet(r: J) -> bool:
    return max(r["load_average_1min_samples"]) < 1.5


def _met(tg: J, k: str) -> str:
    return "met" if tg[k]["met"] else "**missed**"


def _heading_and_table(r: J, labels: dict[str, tuple[str, J]]) -> list[str]:
    bb, peers = r["backbones"], r["peers"]
    sas = bb["sasrec"]
    f32 = sas.get("fp32_same_recipe")
    hw, _, sw = r["machine"].partition("; ")
    torch_v = need(re.search(r"torch (\S+?),", sw), "evals/results/bench_srs.json: 'machine' names no torch version").group(1)
    hw = hw.replace("no GPU", "**no GPU** (none was lent to this task, so the CUDA/AMP, 1M-item GPU scoring and DDP-on-GPU checks were not run; CPU paths unchanged)")
    end = max(p["date"] for p in peers.values())
    la = sas["load_average_1min_before_after_training"]
    thr = r["train_threads"]
    cmd = r["command"].replace("python -m evals.", "python -m cesrec.evals.")
    quiet = _quiet(r)
    busy = ("The machine was quiet" if quiet else
            f"The machine was not quiet throughout (1-minute load average up to {max(r['load_average_1min_samples'])} in the samples)")
    order = ("in parallel, so every wall time below is inflated by the same contention" if r["peer_mode"] == "parallel"
             else "one after another, each process alone with its torch threads")
    reuse = r["peer_mode"] == "reuse"
    if reuse:  # ours re-measured, the peers' figures from their own earlier run (bench_srs_peer_*.json)
        end = r["date"]
    L = [f"### Sequential recommenders (`{cmd}`, {r['dataset']['name']} leave-one-out)", ""]
    L.append(f"""Measured {day(r['date'])} {hm(r['date'])}{'' if reuse else '–' + hm(end)} UTC on {hw}, torch
{torch_v}, {thr} torch thread{'s' if thr > 1 else ''} per process. {busy}: 1-minute load
average {la[0]} when training started, {la[1]} when ours finished, {r['load_average_1min_samples'][-1]} at the end (`load_average_1min_samples` in the
JSON). {f"Our models trained in this run; **the peers' figures are reused** (`--peer reuse`) from their own run of {day(min(p['date'] for p in peers.values()))} (`bench_srs_peer_<peer>.json`, same machine type, not re-measured here), so the time ratios below compare runs under different loads" if reuse else f"Our SASRec/EASE and {'both' if len(peers) == 2 else f'the {len(peers)}'} peers trained **in the same run, {order}**"} (ours took {sas['epoch_seconds_median']:.1f} s per epoch here).
Full ranking over all {n(r['dataset']['items'])} items, history excluded; everything in `evals/results/bench_srs.json`
(+ `bench_srs.md`, `bench_srs_peer_<peer>.json/.log`){'' if 'gru4rec' in bb else '; GRU4Rec was left out of this run to save CPU'}.
""")
    L.append("| model | valid HR@10 | valid NDCG@10 | test HR@10 | test NDCG@10 | train s (to best epoch) | epochs (best) | stopped by | recommend p50 ms | users/s @100k items |")
    L.append("|---|---|---|---|---|---|---|---|---|---|")
    for name, b in bb.items():
        ups = b["scoring_users_per_s"]
        L.append(f"| {name} | {f3(b['valid_hr_at_10'])} | {f3(b['valid_ndcg_at_10'])} | {f3(b['hr_at_10'])} | {f3(b['ndcg_at_10'])} | "
                 f"{b['train_seconds']:.1f} | {b['epochs_run']} ({b['best_epoch']}) | {b['stopped_by'] or 'n/a'} | "
                 f"{b['recommend_p50_ms']:.2f} | {'n/a' if ups is None else f'{ups:.0f}'} |")
    for key, p in peers.items():
        L.append(f"| {labels[key][0]} SASRec (peer) | {f3(p['valid_hr_at_10'])} | {f3(p['valid_ndcg_at_10'])} | {f3(p['hr_at_10'])} | "
                 f"{f3(p['ndcg_at_10'])} | {p['train_seconds']:.1f} | {p['epochs']} ({p['best_epoch']}) | {p['stopped_by']} | n/a | n/a |")
    if f32:
        L.append(f"| sasrec, fp32 (same recipe, no bf16) | n/a | {f3(f32['valid_ndcg_at_10'])} | {f3(f32['hr_at_10'])} | {f3(f32['ndcg_at_10'])} | "
                 f"{f32['train_seconds']:.1f} | {f32['epochs_run']} ({f32['best_epoch']}) | {f32['stopped_by']} | n/a | n/a |")
    L.append("")
    return L


def _ours(r: J) -> str:
    sas = r["backbones"]["sasrec"]
    f32 = sas.get("fp32_same_recipe")
    tc = sas["train_config"]
    recipe = {"cosine": f"linear warm-up ({tc['warmup_epochs']:g} epoch) then cosine decay of the learning rate to 0 over {tc['epochs']} epochs",
              "plateau": (f"constant learning rate until validation NDCG@10 has not improved for {tc.get('plateau_patience')} epochs, then the best epoch's "
                          f"weights and optimizer state back and a cosine decay to 0 over max(3, {tc.get('cooldown_frac')} x that epoch) epochs (at most {tc['epochs']} in all)"),
              }.get(tc.get("lr_schedule"), f"constant learning rate, at most {tc['epochs']} epochs")
    bf = (f" Trained under bf16 autocast (this CPU has native AVX512-BF16; `cpu_bf16`), which the peers do not use; "
          f"the same recipe in fp32 took {f32['epoch_seconds_median']:.1f} s per epoch and {f32['train_seconds']:.1f} s to its best epoch "
          f"(ratio below)." if sas.get("amp") and f32 else "")
    return (f"""- **Ours (SASRec)**: hidden {sas['model_config']['hidden']}, {sas['model_config']['layers']} layers, {sas['model_config']['heads']} head{'s' if sas['model_config']['heads'] > 1 else ''}, dropout {sas['model_config']['dropout']}, full-softmax CE at every position
  of every {sas['model_config']['max_len']}-item window of each history, AdamW lr {tc['lr']:g} (weight decay {tc['weight_decay']:g}), batch {tc['batch_size']}, {recipe};
  early stopping on validation NDCG@10 (patience {tc['patience']}) keeps the best epoch. Recipe chosen on validation only
  (`evals/notes/srs_tuning.md`, `python -m cesrec.evals.tuning.srs`); it ended by `{sas['stopped_by']}`.{bf}""")


def _rectools(r: J, labels: dict[str, tuple[str, J]]) -> str:
    sas, peers = r["backbones"]["sasrec"], r["peers"]
    rt_label, rt = labels["rectools_sasrec"]
    rtp, c = peers["rectools_sasrec"], rt["config"]
    default_factors = need(re.search(r"default is (\d+)", rtp["note"]), "evals/results/bench_srs.json: peers.rectools_sasrec.note names no default factor count").group(1)
    stop = "**stopped by early stopping**" if rtp["stopped_by"] == "early_stopping" else f"stopped by `{rtp['stopped_by']}`"
    return (f"""- **{rt_label} SASRec** (`scripts/setup_rectools.sh` → `.venv-rectools`, `evals/bench/rectools_peer.py`): RecTools'
  defaults ({c['n_blocks']} blocks, {c['n_heads']} heads, dropout {c['dropout_rate']}, lr {c['lr']:g}, batch {c['batch_size']}) with {c['n_factors']} factors like ours and RecBole's
  (RecTools' default is {default_factors}), {c['loss']} loss, id embeddings only. The validation
  item is held out by RecTools' own `get_val_mask_func`; RecTools has no stopping rule of its own, so it ran
  under Lightning's `EarlyStopping` on RecTools' `val_loss` (patience {rt['args']['patience']}, cap {n(rtp['epoch_cap'])} epochs) with the best
  epoch's weights restored: it {stop} at epoch {rtp['epochs']} (best {rtp['best_epoch']}). Note what that recipe
  sees: RecTools' data preparator keeps only each user's most recent `session_max_len + 1` = {c['session_max_len'] + 1} training
  interactions (one window per user), so it trains on a part of the training interactions and items only (test
  targets it never saw are scored -inf); our SASRec trains on every {sas['model_config']['max_len']}-item window of
  each history and RecBole on every prefix. That is part of the gap to ours; a RecTools run with a longer
  `session_max_len` was not measured.""")


def _recbole(r: J, labels: dict[str, tuple[str, J]]) -> str:
    sas, peers = r["backbones"]["sasrec"], r["peers"]
    rb_label, rb = labels["recbole_sasrec"]
    rbp, a = peers["recbole_sasrec"], rb["args"]
    eq = r["equal_epochs"]["recbole_sasrec"]
    ours_curve = {e["epoch"]: e["valid_ndcg10"] for e in sas["curve"]}
    rb_curve = {e["epoch"] + 1: e["ours_valid_ndcg10"] for e in rbp["curve"]}  # RecBole counts epochs from 0
    e2 = 2
    ratio = rbp["epoch_seconds_median"] / sas["epoch_seconds_median"]
    capped = rbp["stopped_by"] == "cap"
    # a second equal-epoch point where RecBole ran more than one epoch (on a loaded machine it may run only one)
    second = (f"; at epoch {e2} {f3(rb_curve[e2])} vs {f3(ours_curve[e2])}"
              if e2 != eq["epoch"] and e2 in rb_curve and e2 in ours_curve else "")
    return (f"""- **{rb_label} SASRec** (`scripts/setup_recbole.sh`, `evals/bench/recbole_peer.py`): its defaults (hidden {a['hidden']},
  {a['layers']} layers, {a['heads']} heads, dropout {a['dropout']}), CE loss, early stopping on its valid NDCG@10 with stopping_step {a['stopping_step']} and a
  {a['epochs']}-epoch cap. It **{'did not reach its early stopping' if capped else 'stopped by its early stopping'}**: one RecBole epoch trains on every prefix of every
  sequence and took {n(min(rb['epoch_seconds']))}–{n(max(rb['epoch_seconds']))} s here, so the run's {n(rbp['time_budget_s'])} s budget stopped it after {rbp['epochs']} epochs
  (`stopped_by: {rbp['stopped_by']}`). Equal-epoch reading instead (our evaluator, validation, per-epoch curves in the JSON):
  at epoch {eq['epoch']} RecBole {f3(eq['peer_valid_ndcg10'])} vs ours {f3(eq['ours_valid_ndcg10'])} — **RecBole {'learns more' if eq['peer_valid_ndcg10'] > eq['ours_valid_ndcg10'] else 'does not learn more'} per epoch** (each of its epochs took
  {ratio:.0f}x ours in wall time here){second}. The margin over RecBole at its own stopping is
  not established.
""")


def _targets(r: J) -> list[str]:
    bb, peers, tg = r["backbones"], r["peers"], r["targets"]
    sas, ease = bb["sasrec"], bb["ease"]
    f32 = sas.get("fp32_same_recipe")
    L: list[str] = []
    best, fastest = r["ratios"]["best_peer"], r["ratios"]["fastest_peer"]
    k_ndcg, x_ndcg = _threshold(tg, r"ndcg_ge_([\d.]+)x_best_peer")
    k_time, x_time = _threshold(tg, r"time_to_best_le_([\d.]+)x_fastest_peer")
    k_rec, x_rec = _threshold(tg, r"recommend_p50_le_([\d.]+)ms")
    k_ups, x_ups = _threshold(tg, r"scoring_ge_(\d+)_users_per_s")
    capped_peers = [k for k, p in peers.items() if p["stopped_by"] == "cap" and k != best]
    cap_note = "".join(f" ({PEER_NAMES[k.split('_')[0]]} capped at {peers[k]['epochs']} epochs: {f3(peers[k]['ndcg_at_10'])})" for k in capped_peers)
    met = lambda k: _met(tg, k)  # noqa: E731
    ndcg_met = met(k_ndcg) + (" against the peers as run; not established against RecBole at its own stopping" if tg[k_ndcg]["met"] and capped_peers else "")
    sd = sas["scoring_detail"]
    L.append("| target (same run) | measured | |")
    L.append("|---|---|---|")
    L.append(f"| NDCG@10 >= {x_ndcg:g} x best peer | {sas['ndcg_at_10']:.4f} / {PEER_NAMES[best.split('_')[0]]} {peers[best]['ndcg_at_10']:.4f} = **{r['ratios']['ndcg_ours_over_best_peer']:.3f} x**{cap_note} | {ndcg_met} |")
    L.append(f"| time to best epoch <= {x_time:g} x fastest peer | {n(sas['train_seconds'])} s / {PEER_NAMES[fastest.split('_')[0]]} {n(peers[fastest]['train_seconds'])} s = **{r['ratios']['time_to_best_ours_over_fastest_peer']:.3f} x** | {met(k_time)} |")
    if "time_to_best_fp32_le_0.5x_fastest_peer" in tg:
        L.append(f"| the same, ours in fp32 (no bf16) | {n(f32['train_seconds'])} s / {PEER_NAMES[fastest.split('_')[0]]} {n(peers[fastest]['train_seconds'])} s = **{r['ratios']['time_to_best_ours_fp32_over_fastest_peer']:.3f} x** | {met('time_to_best_fp32_le_0.5x_fastest_peer')} |")
    L.append(f"| SASRec above EASE | NDCG@10 {f3(sas['ndcg_at_10'])} vs {f3(ease['ndcg_at_10'])}, HR@10 {f3(sas['hr_at_10'])} vs {f3(ease['hr_at_10'])} | {met('sasrec_beats_ease')} |")
    L.append(f"| recommend() p50 <= {x_rec:g} ms | {sas['recommend_p50_ms']:.2f} ms | {met(k_rec)} |")
    L.append(f"| >= {n(x_ups)} users/s on the product path, {sd['num_items'] // 1000}k items | **{sd['users_per_s']:.0f} users/s** | {met(k_ups)} |")
    L.append("")
    return L


def _why_recbole_reports_less(r: J) -> str:
    rbp = r["peers"]["recbole_sasrec"]
    own, incl = rbp["recbole_own_metrics_test"], rbp["ours_history_included_test"]
    return (f"""**Why RecBole's own evaluator reports less.** For the same trained model RecBole's evaluator gives lower
figures than ours (this run: test NDCG@10 {own['ndcg@10']:.4f} vs {rbp['ndcg_at_10']:.4f}). The cause is history
exclusion, not the split or filtering: the exported atomic file reproduces our leave-one-out split exactly
(positions as timestamps, TO + LS valid_and_test, no filtering configured), but RecBole's
`FullSortEvalDataLoader.collate_fn` passes **no history index for sequential models** (it returns `None`
where general models get their history), so every item the user has already rated stays a candidate, and a
SASRec trained on next-item prediction scores recently seen items high enough to push the held-out item
down. The peer also scores the RecBole model with our evaluator and the history left in
(`evaluate(..., exclude_history=False)`): **{incl['ndcg@10']:.5f} vs RecBole's own {own['ndcg@10']:.4f} (HR@10 {incl['hr@10']:.5f} vs {own['hit@10']:.4f})** —
the same number — against {rbp['ndcg_at_10']:.4f} with the history excluded
(`peers.recbole_sasrec.ours_history_included_test` / `recbole_own_metrics_test` / `ndcg_at_10`).
`tests/recmodel/test_recmodel_metrics.py::test_recbole_gap_is_history_exclusion` reproduces both numbers
on a fixed small case (a scorer that ranks the next item first but seen items higher still: ours gives the
perfect score, RecBole's procedure and ours with the history included both give the same lower value).
""")


def _scoring_speed(r: J) -> str:
    sas, tg = r["backbones"]["sasrec"], r["targets"]
    sd = sas["scoring_detail"]
    quiet = _quiet(r)
    k_ups, x_ups = _threshold(tg, r"scoring_ge_(\d+)_users_per_s")
    met = lambda k: _met(tg, k)  # noqa: E731
    lens = need(re.search(r"random lengths (\d+)\.\.(\d+)", sd["note"]), "evals/results/bench_srs.json: backbones.sasrec.scoring_detail.note names no sequence lengths")
    h, items, batch = sas["model_config"]["hidden"], sd["num_items"], sd["batch"]
    gflop, mb = 2 * batch * h * items / 1e9, batch * items * 4 / 1e6
    split = sd["seconds_per_batch_split"]
    return (f"""**Scoring speed on the product path.** The product (`cesrec.tools.engine.CESRecEngine.srs_scores`) and the
evaluation (`cesrec.recmodel.metrics.evaluate`) both call `{sd['path']}` — full logits, because fusion and
the target's rank need every score — so that is what is measured, in one configuration: batches of {n(batch)}
users (random lengths {lens.group(1)}–{lens.group(2)}, with masks), {sd['threads']} torch threads, synthetic {items // 1000}k-item catalogue. **{sd['users_per_s']:.0f} users/s**
({n(sd['users_per_cpu_second'])} users per CPU-second; load average {sd['load_average_1min_before_after'][0]} during the measurement), target {n(x_ups)}: **{met(k_ups).strip('*')}**. Profile of
one batch: sequence encoder {split['encoder']:.2f} s, catalogue matmul ({n(batch)} x {h} by {h} x {items // 1000}k, {gflop:.0f} GFLOP, {mb:.0f} MB of output)
{split['catalogue_matmul']:.2f} s. `score()` now writes each batch's logits in place into one preallocated output (no per-batch tensors,
no concatenation); that saved no measurable time for one batch, where the cost is the matmul and writing
{mb:.0f} MB of fresh output. In this run ({cores(r['machine'], 'evals/results/bench_srs.json')} cores, {'quiet' if quiet else 'shared with other jobs'}), the target is {met(k_ups).strip('*')}.
`score_topk` (chunked top-k) ran at {sd['score_topk10_users_per_s_same_config']:.0f} users/s in the same configuration.
Settings were chosen on validation only (`evals/notes/srs_tuning.md`).""")


def _scoring_alone(root: Path, r: J) -> str:
    _, x_ups = _threshold(r["targets"], r"scoring_ge_(\d+)_users_per_s")
    sc = load(root, "bench_scoring.json")
    b = sc["backbones"]["sasrec"]
    loads = [x["load_average_1min_before_after"][0] for x in b["runs"]]
    return (f"""
**Scoring alone** (`{sc['command']}`, commit `{sc['git_commit'][:12]}`, {sc['date'][:16].replace('T', ' ')}, {sc['machine']}): the same
path and configuration with nothing trained beside it, {sc['repeats']} measurements: **{b['users_per_s_median']:.0f} users/s**
(median; {', '.join(f"{x:.0f}" for x in b['users_per_s'])}; load average {min(loads)}–{max(loads)} before each) —
target {n(x_ups)}: **{'met' if b['target_2000_met'] else 'missed'}**.""")


def render_tuning(root: Path) -> str:
    """The per-dataset table of tune_srs.json (issue 23): the chosen SASRec recipe against the previous default
    (and, for a merged file with an earlier run, against that run's figures: the same recipe before a code change)."""
    if not (Path(root) / RESULTS / "tune_srs.json").exists():
        return ""
    t = load(root, "tune_srs.json")
    ds = t["datasets"]
    chosen = t["chosen_recipe"]
    cmd = t["command"]
    if cmd.startswith("python scripts/tune_srs_suite.py"):  # the suite's first home, same code (see its commit)
        cmd += "`; today `python -m cesrec.evals.tuning.srs --suite"
    parts = t.get("parts") or []
    if parts:
        cmd = "`, `".join(p["command"] for p in parts) + f"`, run side by side, then `{cmd}"
    L = [f"#### The default recipe across datasets (`{cmd}`, commit `{t['git_commit'][:12]}`, validation only)", ""]
    how = (f"{len(parts)} suite processes side by side" if len(parts) > 1 else
           "one suite process" if parts else "one training at a time")
    L.append(f"""Measured {t['started']} – {t['finished']} on {t['machine']}, {how} on a machine shared with
other jobs (`load_average_1min_after` per run in the JSON). The previous default recipe (constant lr 0.002, dropout 0.3,
early stopping with patience 10, at most 100 epochs) against each candidate on the same prepared data, same code,
same seed (42); a candidate may become the default only if its best validation NDCG@10 is at least
{1 - t['max_loss']:.2f} x the previous default's on **every** dataset. Chosen: **{"the previous default (no candidate kept that everywhere)" if chosen == "previous_default" else chosen}**. Time to best = wall seconds
from the start of training to the end of the best epoch's evaluation.
""")
    cands = [c for c in t["candidate_recipes"].keys()]
    early = t.get("earlier_run")
    head = "| dataset | users / items | max_seq_len | previous default: best valid NDCG@10 (epoch / run) | s to best |"
    sep = "|---|---|---|---|---|"
    for c in cands:
        head += f" {c}: best valid NDCG@10 (epoch / run) | s to best | ratio |"
        sep += "---|---|---|"
    if early:
        head += f" same recipe at `{early['git_commit'][:7]}`: best valid NDCG@10 (epoch / run) | ratio now / then |"
        sep += "---|---|"
    L += [head, sep]
    for name, r in ds.items():
        if "previous_default" not in r:
            continue
        p, d = r["previous_default"], r["data"]
        at = r.get("measured_at_commit")  # a merged file's dataset not re-measured: the earlier run's figures
        label = f"{name} (not re-measured: figures at `{at[:7]}`)" if at else name
        row = (f"| {label} | {n(d['users'])} / {n(d['items'])} | {d['max_seq_len']}{' (from the data)' if d.get('max_seq_len_choice') else ''} | "
               f"{p['best_valid_ndcg_at_10']:.4f} ({p['best_epoch']} / {p['epochs_run']}) | {p['time_to_best_s']:.0f} |")
        for c in cands:
            x = r.get("candidates", {}).get(c)
            if x is None:
                row += " not run | | |"
                continue
            ratio = x["best_valid_ndcg_at_10"] / p["best_valid_ndcg_at_10"]
            row += (f" {x['best_valid_ndcg_at_10']:.4f} ({x['best_epoch']} / {x['epochs_run']}) | {x['time_to_best_s']:.0f} | "
                    f"{ratio:.3f}{'' if ratio >= 1 - t['max_loss'] else ' **(fails)**'} |")
        if early:
            e = r.get("earlier", {}).get("previous_default")
            row += (" (the same run) | |" if at else " not in that run | |" if e is None else
                    f" {e['best_valid_ndcg_at_10']:.4f} ({e['best_epoch']} / {e['epochs_run']}) | "
                    f"{p['best_valid_ndcg_at_10'] / e['best_valid_ndcg_at_10']:.3f} |")
        L.append(row)
    runs = [r["previous_default"] for r in ds.values() if "previous_default" in r] + \
        [x for r in ds.values() for x in r.get("candidates", {}).values()]
    loads = [x["load_average_1min_after"] for x in runs]
    if loads:
        L.append("")
        L.append(f"Seconds move with the shared machine's load (1-minute load average {min(loads)}–{max(loads)} after the runs), "
                 "so compare epochs, not seconds, within a row: the recipes share the code, the seed and, until a "
                 "candidate's schedule departs from the previous default's, every epoch.")
    if early:
        checks = early.get("checks") or {}
        tried = "; ".join(f"{c}: " + ", ".join(f"{k} {v:.3f}" for k, v in ch["ratio_to_previous_default"].items())
                          + (" (kept)" if ch["passes"] else " (rejected)") for c, ch in checks.items())
        L.append("")
        L.append(f"The earlier run (`{early['command']}`, commit `{early['git_commit'][:12]}`, {early['started']} – "
                 f"{early['finished']}) measured the same previous default before the training-step changes since then "
                 f"(last column) and tried candidates against it (best valid NDCG@10 ratio to the previous default: {tried or 'none'}); "
                 f"it chose **{early['chosen_recipe']}**.")
    missing = [k for k in ("ml-100k", "ml-100k-full", "synthetic-25k", "synthetic-long")
               if k not in ds or "previous_default" not in ds[k]]
    if missing:
        L.append("")
        L.append(f"Not measured in this run: {', '.join(missing)}.")
    return "\n".join(L)


def render_front(root: Path) -> str:
    """The README's short account of the sequential recommender (issue 23): the default recipe, its best
    validation NDCG@10 on every dataset of the suite (tune_srs.json) and the ratios to the peers in both
    precisions (bench_srs.json); the full tables are in docs/results.md."""
    t, b = load(root, "tune_srs.json"), load(root, "bench_srs.json")
    ra, tg = b["ratios"], b["targets"]
    peer = ra["fastest_peer"]
    pk = b["peers"][peer]
    ours = b["backbones"]["sasrec"]
    chosen = ("the previous default: no candidate kept within 1% of it on every dataset"
              if t["chosen_recipe"] == "previous_default" else t["chosen_recipe"])
    L = ["## The sequential recommender", "",
         f"""SASRec's default recipe: constant learning rate 0.002, dropout 0.3, early stopping on validation NDCG@10
(patience 10, at most 100 epochs), bf16 autocast where the CPU has native bf16, `max_seq_len` from the data
(90th percentile of history lengths, capped at 200) -- chosen across datasets on validation only ({chosen};
`evals/results/tune_srs.json`, commit `{t['git_commit'][:7]}`):""", "",
         "| dataset | users / items | max_seq_len | best valid NDCG@10 (epoch / run) |", "|---|---|---|---|"]
    for name, r in t["datasets"].items():
        if "previous_default" not in r:
            continue
        p, d = r["previous_default"], r["data"]
        at = r.get("measured_at_commit")
        L.append(f"| {name}{f' (at `{at[:7]}`)' if at else ''} | {n(d['users'])} / {n(d['items'])} | "
                 f"{d['max_seq_len']} | {p['best_valid_ndcg_at_10']:.4f} ({p['best_epoch']} / {p['epochs_run']}) |")
    L += ["", f"""Against the peers on ml-100k, trained side by side in one run ({day(b['date'])}, commit `{b['git_commit'][:7]}`,
full ranking; `evals/results/bench_srs.json`): test NDCG@10 {ours['ndcg_at_10']:.4f} vs {peer} {pk['ndcg_at_10']:.4f}
(**{ra['ndcg_ours_over_best_peer']:.3f}x** the best peer); time to the best epoch **{ra['time_to_best_ours_over_fastest_peer']:.3f}x**
the fastest peer's in bf16 ({tg['time_to_best_le_0.5x_fastest_peer']['detail']}) and
**{ra['time_to_best_ours_fp32_over_fastest_peer']:.3f}x** in fp32 ({tg['time_to_best_fp32_le_0.5x_fastest_peer']['detail']});
wall seconds on a shared 2-core machine, so the ratios, not the seconds, carry over. Peers' configurations, GRU4Rec,
EASE and RecBole: [docs/results.md](docs/results.md#srs)."""]
    return "\n".join(L) + "\n"
