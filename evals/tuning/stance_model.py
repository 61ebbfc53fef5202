"""Train the product's stance model (agent/stance_model.py) on all the development and training batches and cache
it (issue 21, item 4; evals/notes/stance_judge.md, fifth, seventh and eighth rounds).

    python -m cesrec.evals.tuning.stance_model [--force] [--quiet] [--keep-others]   # scripts/setup.sh runs it

Deterministic (one thread per model, fixed seeds), one model per seed of agent.stance_model.SEEDS trained in
parallel processes (~17 min on 2 cores, measured); cached in agent.stance_model.model_dir() under a
fingerprint of its data and settings, so a cached model is kept. It lives in evals because its data does
(evals/data: agent.stance_model.TRAIN_BATCHES -- DEV_CASES, TRAIN_CASES, fresh batches #1-#18, the dev half of
utterances.jsonl, the training batches w1-w10 (round 9 added w11-w15: rejected); never a held-out record); the
product only loads the result (agent.stance_model.product_model).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from cesrec.agent.stance_model import EPOCHS, SEEDS, TRAIN_BATCHES, TRAIN_COMMAND, StanceModel, model_path


def training_examples() -> list:
    """All the development pairs (evals/bench/stance_model_lobo.py), each (message, span) once."""
    from cesrec.evals.bench.stance_model_lobo import examples_of
    from cesrec.evals.bench.understanding import load_catalog

    data = examples_of(TRAIN_BATCHES, load_catalog())
    seen, exs = set(), []
    for n in TRAIN_BATCHES:
        for e in data[n]:
            if (e.text, e.span) not in seen:
                seen.add((e.text, e.span))
                exs.append(e)
    return exs


def _train_seed(seed: int) -> dict:
    """One model of the ensemble, in a process of its own with one thread (the same sums in the same order on
    every machine)."""
    import torch

    torch.set_num_threads(1)
    m = StanceModel().train(training_examples(), seed=seed, epochs=EPOCHS)
    return {"enc": m.enc.state_dict(), "head": m.head.state_dict()}


def train_product(force: bool = False, quiet: bool = False, keep_others: bool = False) -> Path:
    """Train the product's models on all the development batches (deterministic) and cache them; a cached model
    is kept unless `force`. After training, the cache's models of other fingerprints are removed unless
    `keep_others` (another checkout of the repository may want them: it trains its own again)."""
    import torch

    path = model_path()
    if path.is_file() and not force:
        if not quiet:
            print(f"stance model cached: {path}")
        return path
    t0 = time.perf_counter()
    workers = max(1, min(len(SEEDS), os.cpu_count() or 1))
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as ex:
        models = list(ex.map(_train_seed, SEEDS))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    torch.save({"models": models, "seeds": list(SEEDS), "command": TRAIN_COMMAND}, tmp)
    tmp.replace(path)
    if not quiet:
        print(f"trained the stance model ({len(SEEDS)} seeds, {workers} processes) in "
              f"{time.perf_counter() - t0:.0f} s: {path}")
    # models of other fingerprints (older data or settings) are ~180 MB each and never read again by this checkout
    for stale in path.parent.glob("stance-model-*.pt"):
        if stale != path and not keep_others:
            stale.unlink()
            if not quiet:
                print(f"removed a stance model of other data or settings: {stale}")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cesrec.evals.tuning.stance_model",
                                 description=__doc__.split("\n\n")[0])
    ap.add_argument("--force", action="store_true", help="train again even when cached")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--keep-others", action="store_true", help="keep cached models of other data or settings")
    a = ap.parse_args(argv)
    train_product(force=a.force, quiet=a.quiet, keep_others=a.keep_others)
    return 0


if __name__ == "__main__":
    sys.exit(main())
