"""What the two neural backbones (SASRec, GRU4Rec) share: padding, batched scoring, save/load.

A backbone supplies an `nn.Module` whose forward maps a padded batch of item ids (B, L) to hidden states
(B, L, d), plus which side it pads on. Output logits are hidden @ item_embedding.T (shared input/output
embeddings), so the catalogue scores and the collaborative embeddings are the same matrix.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import numpy as np
import torch
from cesrec.recmodel.base import MaskLike, SeqLike, SequentialRecommender, apply_mask, pick_device
from cesrec.recmodel.batching import pad_batch
from torch import nn


class NeuralRecommender(SequentialRecommender):
    """Base for torch backbones. Subclasses set `name`, `config_cls`, `pad_side` and `build_module`."""

    name: ClassVar[str] = "neural"
    config_cls: ClassVar[type]
    pad_side: ClassVar[str] = "left"
    train_defaults: ClassVar[dict] = {}  # this backbone's training recipe: TrainConfig fields over its defaults

    def __init__(self, num_items: int, config=None, device: str | None = None, **cfg) -> None:
        if num_items < 1:
            raise ValueError(f"num_items must be >= 1, got {num_items}")
        if config is None:
            names = {f.name for f in dataclasses.fields(self.config_cls)}
            unknown = sorted(set(cfg) - names)
            if unknown:
                raise ValueError(f"unknown {self.name} option(s) {unknown}; valid: {sorted(names)}")
            config = self.config_cls(**cfg)
        self.config = config
        self.num_items = num_items
        self.device = pick_device(device)
        self.module: nn.Module = self.build_module().to(self.device)
        self.train_report: dict = {}

    # -- to implement ---------------------------------------------------------------------------------
    def build_module(self) -> nn.Module:
        raise NotImplementedError

    # -- shared ---------------------------------------------------------------------------------------
    @property
    def max_len(self) -> int:
        return int(self.config.max_len)

    @classmethod
    def train_config(cls, **overrides):
        """The TrainConfig this backbone trains with: its recipe (`train_defaults`) under `overrides`."""
        from cesrec.recmodel.train import TrainConfig

        return TrainConfig(**{**cls.train_defaults, **overrides})

    def fit(self, dataset, **train_cfg) -> dict:
        """Train with full-softmax CE (recmodel.train); `train_cfg` are TrainConfig fields."""
        from cesrec.recmodel.train import train_model

        self.train_report = train_model(self, dataset, self.train_config(**train_cfg))
        return self.train_report

    def logits(self, hidden: torch.Tensor) -> torch.Tensor:
        """hidden (..., d) -> logits (..., num_items + 1) against the shared item embedding table."""
        return hidden @ self.module.item_emb.weight.T

    def final_hidden(self, batch: torch.Tensor) -> torch.Tensor:
        """Hidden state at each row's last real position: (B, d)."""
        h = self.module(batch)
        if self.pad_side == "left":
            return h[:, -1]
        last = (batch != 0).sum(1).clamp(min=1) - 1
        return h[torch.arange(len(batch), device=batch.device), last]

    def _masked_inputs(self, sequences: Sequence[SeqLike], masks: Sequence[MaskLike] | None) -> list[np.ndarray]:
        """Sequences with their masked positions removed, ids checked against the catalogue."""
        if masks is not None and len(masks) != len(sequences):
            raise ValueError(f"got {len(masks)} masks for {len(sequences)} sequences")
        seqs = [apply_mask(s, masks[i] if masks is not None else None) for i, s in enumerate(sequences)]
        for s in seqs:
            if len(s) and (s.min() < 0 or s.max() > self.num_items):
                raise ValueError(f"sequence holds item ids outside 0..{self.num_items}")
        return seqs

    @torch.inference_mode()
    def score(
        self, sequences: Sequence[SeqLike], masks: Sequence[MaskLike] | None = None, batch_size: int = 1024
    ) -> torch.Tensor:
        seqs = self._masked_inputs(sequences, masks)
        was_training = self.module.training
        self.module.eval()
        # one output for all batches, written in place: on a 100k-item catalogue each batch of logits is
        # 400 MB, and a fresh tensor per batch plus a final concatenation cost more than the matmul itself
        out = torch.empty(len(seqs), self.num_items + 1)
        weight = self.module.item_emb.weight
        direct = self.device.type == "cpu" and weight.dtype == torch.float32
        for a in range(0, len(seqs), batch_size):
            batch = pad_batch(seqs[a : a + batch_size], self.max_len, self.pad_side).to(self.device)
            hidden = self.final_hidden(batch)
            if direct:
                torch.mm(hidden, weight.T, out=out[a : a + len(batch)])
            else:  # GPU or half precision: compute there, copy back as float32
                out[a : a + len(batch)] = self.logits(hidden).float().cpu()
        out[:, 0] = float("-inf")
        self.module.train(was_training)
        return out

    @torch.inference_mode()
    def score_topk(
        self,
        sequences: Sequence[SeqLike],
        k: int = 10,
        exclude_history: bool = True,
        masks: Sequence[MaskLike] | None = None,
        batch_size: int = 1024,
        item_chunk: int = 16384,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Top-k (scores, item ids), each (B, k), without materialising the (B, num_items) logits: the
        catalogue is scored in chunks of `item_chunk` items and merged into a running top-k, so memory stays
        O(B * item_chunk) on a large catalogue. History items (after masking) are never returned when
        `exclude_history`. Rows with fewer than k candidates are padded with id 0 and score -inf."""
        if k < 1:
            raise ValueError(f"k must be >= 1, got {k}")
        seqs = self._masked_inputs(sequences, masks)
        was_training = self.module.training
        self.module.eval()
        weight = self.module.item_emb.weight
        n_cols = self.num_items + 1
        all_vals, all_idx = [], []
        for a in range(0, len(seqs), batch_size):
            part = seqs[a : a + batch_size]
            batch = pad_batch(part, self.max_len, self.pad_side).to(self.device)
            hidden = self.final_hidden(batch)
            # (row, item) pairs to exclude: padding id 0 always, the history when asked
            rows = [np.zeros(1, dtype=np.int64) + r for r in range(len(part))]
            cols = [np.zeros(1, dtype=np.int64) for _ in part]
            if exclude_history:
                rows += [np.full(len(s), r, dtype=np.int64) for r, s in enumerate(part)]
                cols += [np.asarray(s, dtype=np.int64) for s in part]
            ex_r = torch.from_numpy(np.concatenate(rows)).to(self.device)
            ex_c = torch.from_numpy(np.concatenate(cols)).to(self.device)
            best_v = torch.full((len(part), k), float("-inf"), device=self.device)
            best_i = torch.zeros((len(part), k), dtype=torch.long, device=self.device)
            for c0 in range(0, n_cols, item_chunk):
                c1 = min(c0 + item_chunk, n_cols)
                chunk = (hidden @ weight[c0:c1].T).float()
                sel = (ex_c >= c0) & (ex_c < c1)
                chunk[ex_r[sel], ex_c[sel] - c0] = float("-inf")
                kk = min(k, c1 - c0)
                v, i = torch.topk(chunk, kk, dim=1)
                merged_v = torch.cat([best_v, v], dim=1)
                merged_i = torch.cat([best_i, i + c0], dim=1)
                best_v, pos = torch.topk(merged_v, k, dim=1)
                best_i = torch.gather(merged_i, 1, pos)
            best_i[~torch.isfinite(best_v)] = 0
            all_vals.append(best_v.cpu())
            all_idx.append(best_i.cpu())
        self.module.train(was_training)
        if not all_vals:
            return torch.empty(0, k), torch.empty(0, k, dtype=torch.long)
        return torch.cat(all_vals), torch.cat(all_idx)

    def item_embeddings(self) -> np.ndarray:
        return self.module.item_emb.weight.detach().float().cpu().numpy().copy()

    def save(self, path: str | Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        torch.save(self.module.state_dict(), path / "model.pt")
        meta = {"model": self.name, "num_items": self.num_items, "model_config": dataclasses.asdict(self.config)}
        (path / "model.json").write_text(json.dumps(meta, indent=2))

    @classmethod
    def load(cls, path: str | Path, device: str | None = None) -> NeuralRecommender:
        path = Path(path)
        meta_path = path / "model.json"
        if not meta_path.exists():
            raise FileNotFoundError(f"{path}: no model.json (not a saved {cls.name} model)")
        meta = json.loads(meta_path.read_text())
        if meta.get("model") != cls.name:
            raise ValueError(f"{path}: holds a {meta.get('model')!r} model, not {cls.name!r}")
        model = cls(meta["num_items"], cls.config_cls(**meta["model_config"]), device=device)
        state = torch.load(path / "model.pt", map_location=model.device, weights_only=True)
        model.module.load_state_dict(state)
        model.module.eval()
        return model
