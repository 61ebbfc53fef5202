"""GRU4Rec (Hidasi et al., ICLR 2016), session-parallel mini-batches replaced by padded user sequences.

Same objective as SASRec: full-softmax cross-entropy over the catalogue at every position. Sequences are
right-padded: a GRU is causal, so trailing padding never reaches the real positions, and the score is read
at each row's last real step. Item embeddings are shared between input and output (hidden state is
projected back to the embedding size before the dot product).
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from cesrec.recmodel.neural import NeuralRecommender
from torch import nn


@dataclass
class GRU4RecConfig:
    max_len: int = 50
    hidden: int = 64  # item embedding size (what item_embeddings() returns)
    gru_hidden: int = 128
    layers: int = 1
    dropout: float = 0.3

    def __post_init__(self) -> None:
        if not 0.0 <= self.dropout < 1.0:
            raise ValueError(f"dropout must be in [0, 1), got {self.dropout}")
        if self.max_len < 1 or self.layers < 1:
            raise ValueError("max_len and layers must be >= 1")


class GRU4RecModule(nn.Module):
    def __init__(self, num_items: int, cfg: GRU4RecConfig) -> None:
        super().__init__()
        self.item_emb = nn.Embedding(num_items + 1, cfg.hidden, padding_idx=0)
        nn.init.normal_(self.item_emb.weight, std=0.02)
        self.item_emb.weight.data[0].zero_()
        self.drop = nn.Dropout(cfg.dropout)
        self.gru = nn.GRU(cfg.hidden, cfg.gru_hidden, num_layers=cfg.layers, batch_first=True,
                          dropout=cfg.dropout if cfg.layers > 1 else 0.0)
        self.out = nn.Linear(cfg.gru_hidden, cfg.hidden)
        self.ln = nn.LayerNorm(cfg.hidden)

    def forward(self, seq: torch.Tensor) -> torch.Tensor:
        """seq (B, L) right-padded ids -> hidden (B, L, d)."""
        h, _ = self.gru(self.drop(self.item_emb(seq)))
        return self.ln(self.out(self.drop(h)))


class GRU4Rec(NeuralRecommender):
    name = "gru4rec"
    config_cls = GRU4RecConfig
    pad_side = "right"

    def build_module(self) -> nn.Module:
        return GRU4RecModule(self.num_items, self.config)
