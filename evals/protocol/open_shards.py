"""The open evaluation accumulated across sessions (issue 22): each (backbone, SRS training seed, simulator seed) run
is one shard under evals/results/eval_open_runs/ -- its raw per-user rows for every budget/setting and system, the
diagnostics the report needs, the commit it ran at and a fingerprint of the code and data its figures depend on.
`merge_shards` rebuilds eval_open.json from every compatible shard (user-level averaging over seeds, one Holm family
over all tests, exactly open_stats.aggregate_open on the same rows) and refuses to mix shards whose fingerprints
differ.

Shard file: `<backbone>-t<train seed>-s<sim seed>.npz` (numpy, no pickles), key `meta` a JSON string, and per
(label, system) the arrays `<label>|<system>|ranks` (uint16, turns+1 x users: 0-based full-ranking rank of the
target), `|dropped` (bool), `|accept` (int8), `|kinds` / `|variant` (uint8 codes into meta's vocabularies),
`|described` (int32: the film a hand-written description described, 0 none); meta's `hand_ranks`: the target's
BM25 / embedding rank for each hand-written description (item id -> ranks)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from cesrec.evals.protocol.open_config import OpenEvalConfig
from cesrec.evals.protocol.sessions import SessionOutcome
from cesrec.evals.protocol.types import ProtocolError

FORMAT = 1
ROOT = Path(__file__).resolve().parents[2]
SHARD_DIR = ROOT / "evals" / "results" / "eval_open_runs"
# What a shard's rows depend on: the protocol, the simulator and its hand-written clues, the product code the systems
# call (tools/: engine, fusion, masking, rewrite, constraints, the attribute vocabulary; recmodel/: the SRS) and the
# validation-fitted weights tuned_fusion / cesrec_refit read; the data enters through its content key.
FINGERPRINT_GLOBS = ("evals/protocol/*.py", "evals/simulator/*.py", "evals/data/film_descriptions_*.py",
                     "evals/data/franchises.py", "evals/data/__init__.py", "evals/bench/description_difficulty.py",
                     "evals/results/tune_fusion_issue22_valid.json", "tools/*.py", "recmodel/*.py")
# Left out, so that work on them does not make shards stale:
# - the reading path: a run traced with sys.setprofile (every budget and setting, every system, structured channel)
#   only imports tools/stance.py and tools/mentions.py (tools/feedback.py imports them; parse_feedback_rules never
#   runs), tools/polarity.py only builds its GENRE_WORDS constant at import (used by stance.py alone), and
#   tools/stance_values.py, agent/understand.py and agent/stance_llm.py are not even loaded. The text channel
#   (channel='text') parses the user's words with the rule reader: then they count (code_files).
# - what only writes or reads shards (format, statistics, merge, report) or is never run by the protocol (the agent
#   protocol).
READING_PATH = ("tools/stance.py", "tools/stance_values.py", "tools/polarity.py", "tools/mentions.py")
# (this file too: a change to the shard format bumps FORMAT, which is in the fingerprint)
NOT_IN_ROWS = ("evals/protocol/open_stats.py", "evals/protocol/open_merge.py", "evals/protocol/open_report.py",
               "evals/protocol/open_shards.py", "evals/protocol/report.py", "evals/protocol/agent.py")
# the run configuration that must match between shards (the grid itself -- backbones and seeds -- and the merge's
# own bootstrap size are not part of it)
GRID_FIELDS = ("backbones", "train_seeds", "train_seeds_by_backbone", "sim_seeds", "sim_seeds_by_backbone", "n_boot")
# the issue-22 grid: what the README counts as missing
TARGET_GRID = {"backbones": ("sasrec", "gru4rec"), "train_seeds": (42, 43, 44), "sim_seeds": (0, 1, 2)}


def code_files(root: Path = ROOT, channel: str = "structured") -> dict[str, str]:
    """relative path -> sha256 (first 16 hex digits) of every file the fingerprint covers."""
    skip = NOT_IN_ROWS + (() if channel == "text" else READING_PATH)
    out: dict[str, str] = {}
    for g in FINGERPRINT_GLOBS:
        for p in sorted(root.glob(g)):
            rel = p.relative_to(root).as_posix()
            if rel not in skip and p.is_file():
                out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()[:16]
    return out


def run_config(cfg: OpenEvalConfig) -> dict[str, Any]:
    return {k: v for k, v in json.loads(json.dumps(asdict(cfg), default=list)).items() if k not in GRID_FIELDS}


def fingerprint(cfg: OpenEvalConfig, data_key: str, root: Path = ROOT) -> dict[str, Any]:
    files = code_files(root, cfg.channel)
    conf = run_config(cfg)
    blob = json.dumps({"format": FORMAT, "files": files, "data": data_key, "config": conf}, sort_keys=True)
    return {"digest": hashlib.sha256(blob.encode()).hexdigest()[:16], "data": data_key, "config": conf, "files": files}


def shard_name(backbone: str, train_seed: int, sim_seed: int) -> str:
    return f"{backbone}-t{train_seed}-s{sim_seed}.npz"


def model_digest(engine: Any) -> dict[str, str]:
    """sha256 of the SRS weights and of the item-text embeddings: two shards of one (backbone, training seed) must
    have scored with the same model, every shard with the same embeddings."""
    def sha(arrays: list[np.ndarray]) -> str:
        h = hashlib.sha256()
        for a in arrays:
            h.update(np.ascontiguousarray(a).tobytes())
        return h.hexdigest()[:16]

    m = engine.model
    module = m if hasattr(m, "state_dict") else getattr(m, "module", None)  # recmodel's NeuralRecommender.module
    sd = module.state_dict() if module is not None and hasattr(module, "state_dict") else {}
    weights = [v.detach().float().cpu().numpy() for _, v in sorted(sd.items())]
    return {"model": sha(weights) if weights else "unknown", "embeddings": sha([engine.semantic.embeddings])}


@dataclass
class Shard:
    backbone: str
    train_seed: int
    sim_seed: int
    meta: dict[str, Any]
    runs: dict[str, dict[str, SessionOutcome]] = field(default_factory=dict)  # label -> system -> outcome

    @property
    def key(self) -> tuple[str, int, int]:
        return self.backbone, self.train_seed, self.sim_seed

    @property
    def digest(self) -> str:
        return self.meta["fingerprint"]["digest"]


def _codes(values: np.ndarray, vocab: list[str]) -> np.ndarray:
    for v in np.unique(values.astype(str)) if values.size else ():
        if v not in vocab:
            vocab.append(v)
    idx = {v: i for i, v in enumerate(vocab)}
    return np.vectorize(lambda v: idx[str(v)], otypes=[np.uint8])(values) if values.size else values.astype(np.uint8)


def write_shard(shard: Shard, directory: Path) -> Path:
    """One shard file (atomic: written beside, then renamed)."""
    arrays: dict[str, np.ndarray] = {}
    kinds_vocab: list[str] = [""]
    variant_vocab: list[str] = [""]
    runs_meta: dict[str, dict[str, Any]] = {}
    for label, by_sys in shard.runs.items():
        for s, o in by_sys.items():
            k = f"{label}|{s}|"
            if o.ranks.max(initial=0) >= 2 ** 16:
                raise ProtocolError("ranks beyond uint16")
            arrays[k + "ranks"] = np.asarray(o.ranks).astype(np.uint16)
            arrays[k + "dropped"] = np.asarray(o.dropped, dtype=bool)
            arrays[k + "accept"] = np.asarray(o.accept_turn).astype(np.int8)
            kinds = o.meta.get("kinds")
            if kinds is not None:
                arrays[k + "kinds"] = _codes(np.asarray(kinds, dtype=object), kinds_vocab)
            if o.meta.get("variant") is not None:
                arrays[k + "variant"] = _codes(np.asarray(o.meta["variant"], dtype=object), variant_vocab)
            if o.meta.get("described") is not None:
                arrays[k + "described"] = np.asarray(o.meta["described"]).astype(np.int32)
            runs_meta.setdefault(label, {})[s] = {"seconds": round(float(o.seconds), 2),
                                                  "regenerations": int(o.regenerations)}
    meta = {**shard.meta, "format": FORMAT, "backbone": shard.backbone, "train_seed": shard.train_seed,
            "sim_seed": shard.sim_seed, "runs": runs_meta, "kinds_vocab": kinds_vocab, "variant_vocab": variant_vocab}
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / shard_name(*shard.key)
    tmp = path.with_name(path.stem + ".tmp.npz")
    blob = np.frombuffer(json.dumps(meta, default=_jsonable).encode(), dtype=np.uint8)
    np.savez_compressed(tmp, meta=blob, **arrays)
    tmp.replace(path)
    return path


def _jsonable(o: Any) -> Any:
    if hasattr(o, "tolist"):
        return o.tolist()
    if isinstance(o, (set, tuple)):
        return list(o)
    return str(o)


def _meta(z: Any) -> dict[str, Any]:
    meta = json.loads(z["meta"].tobytes().decode())
    # JSON keys are strings: the hand-written descriptions' ranks are keyed by item id
    meta["hand_ranks"] = {int(k): v for k, v in (meta.get("hand_ranks") or {}).items()}
    return meta


def read_shard(path: Path) -> Shard:
    with np.load(path, allow_pickle=False) as z:
        meta = _meta(z)
        if meta.get("format") != FORMAT:
            raise ProtocolError(f"{path.name}: shard format {meta.get('format')}, this code reads {FORMAT}")
        kv, vv = np.array(meta["kinds_vocab"], dtype=object), np.array(meta["variant_vocab"], dtype=object)
        runs: dict[str, dict[str, SessionOutcome]] = {}
        for label, by_sys in meta["runs"].items():
            for s, info in by_sys.items():
                k = f"{label}|{s}|"
                o_meta: dict[str, Any] = {}
                if k + "kinds" in z:
                    o_meta["kinds"] = kv[z[k + "kinds"]]
                if k + "variant" in z:
                    o_meta["variant"] = vv[z[k + "variant"]]
                if k + "described" in z:
                    o_meta["described"] = z[k + "described"].astype(np.int64)
                runs.setdefault(label, {})[s] = SessionOutcome(
                    s, meta["sim_seed"], meta["fingerprint"]["config"].get("channel", "structured"),
                    z[k + "ranks"].astype(np.int64), z[k + "accept"].astype(np.int64), z[k + "dropped"].astype(bool),
                    regenerations=info.get("regenerations", 0), seconds=info["seconds"], meta=o_meta)
    return Shard(meta["backbone"], int(meta["train_seed"]), int(meta["sim_seed"]), meta, runs)


def read_shards(directory: Path) -> list[Shard]:
    if not directory.is_dir():
        return []
    return [read_shard(p) for p in sorted(directory.glob("*.npz")) if not p.name.endswith(".tmp.npz")]


def shard_digests(directory: Path) -> dict[tuple[str, int, int], str]:
    """(backbone, training seed, simulator seed) -> fingerprint digest of every shard there (meta only)."""
    out = {}
    for p in sorted(directory.glob("*.npz")) if directory.is_dir() else ():
        if p.name.endswith(".tmp.npz"):
            continue
        with np.load(p, allow_pickle=False) as z:
            m = _meta(z)
        out[(m["backbone"], int(m["train_seed"]), int(m["sim_seed"]))] = m["fingerprint"]["digest"]
    return out


def missing_runs(directory: Path, digest: str, backbones: tuple[str, ...], train_seeds: tuple[int, ...],
                 sim_seeds: tuple[int, ...]) -> list[tuple[str, int, int]]:
    """The grid's (backbone, training seed, simulator seed) with no shard of this fingerprint, in the order they run:
    training seed first, then backbone (so every backbone gets its first seed before any gets a second)."""
    have = {k for k, d in shard_digests(directory).items() if d == digest}
    return [(bb, ts, ss) for ts in train_seeds for bb in backbones for ss in sim_seeds if (bb, ts, ss) not in have]
