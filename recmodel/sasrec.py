"""SASRec (Kang & McAuley, ICDM 2018): causal self-attention over the item sequence.

Trained by recmodel.train with full-softmax cross-entropy over the whole catalogue at every position
(the strong variant; the paper's BCE with one sampled negative is much weaker). Pre-LayerNorm blocks with a
final LayerNorm (stable without warm-up), learned absolute positions over a left-padded window so the most
recent item always sits at the last position, and item embeddings shared between input and output.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from cesrec.recmodel.neural import NeuralRecommender
from torch import nn


@dataclass
class SASRecConfig:
    max_len: int = 50
    hidden: int = 64
    layers: int = 2
    heads: int = 1
    dropout: float = 0.3  # embedding, attention and feed-forward dropout (evals/notes/srs_tuning.md, issue 23)
    ffn_mult: int = 4

    def __post_init__(self) -> None:
        if self.hidden % self.heads:
            raise ValueError(f"hidden ({self.hidden}) must be divisible by heads ({self.heads})")
        if not 0.0 <= self.dropout < 1.0:
            raise ValueError(f"dropout must be in [0, 1), got {self.dropout}")
        if self.max_len < 1 or self.layers < 1:
            raise ValueError("max_len and layers must be >= 1")


class FastDropout(nn.Module):
    """Inverted dropout whose mask comes from one uniform draw compared with p: on CPU ~2.5x faster than
    nn.Dropout's bernoulli_ (a tenth of an ml-100k training step went to drawing dropout masks), the same
    distribution, seeded by torch's generator like nn.Dropout. GPU keeps nn.Dropout's kernel."""

    def __init__(self, p: float) -> None:
        super().__init__()
        self.p = p

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not self.training or self.p == 0.0:
            return x
        if x.device.type != "cpu":
            return F.dropout(x, self.p, True)
        return x * (torch.rand(x.shape, device=x.device) >= self.p).to(x.dtype) * (1.0 / (1.0 - self.p))


class CausalSelfAttention(nn.Module):
    def __init__(self, cfg: SASRecConfig) -> None:
        super().__init__()
        self.heads = cfg.heads
        self.qkv = nn.Linear(cfg.hidden, 3 * cfg.hidden)
        self.proj = nn.Linear(cfg.hidden, cfg.hidden)
        self.dropout = cfg.dropout
        self.attn_drop = FastDropout(cfg.dropout)
        self.resid_drop = FastDropout(cfg.dropout)

    def forward(self, x: torch.Tensor, allowed: torch.Tensor, queries: int | None = None) -> torch.Tensor:
        """Self-attention over x (B, L, d); only the last `queries` positions ask (all when None)."""
        b, n, d = x.shape
        h, m = self.heads, queries or n
        q, k, v = self.qkv(x).split(d, dim=2)
        q = q[:, n - m :]
        q = q.reshape(b, m, h, d // h).transpose(1, 2)
        k, v = (t.reshape(b, n, h, d // h).transpose(1, 2) for t in (k, v))
        mask = allowed[:, :, n - m :]
        if self.training and self.dropout and x.device.type == "cpu":  # SDPA's dropout draws with bernoulli_
            att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(d // h))
            att = att.masked_fill(~mask, float("-inf")).softmax(-1)
            y = self.attn_drop(att).to(v.dtype) @ v
        else:
            y = F.scaled_dot_product_attention(
                q, k, v, attn_mask=mask, dropout_p=self.dropout if self.training else 0.0
            )
        return self.resid_drop(self.proj(y.transpose(1, 2).reshape(b, m, d)))


class Block(nn.Module):
    def __init__(self, cfg: SASRecConfig) -> None:
        super().__init__()
        self.ln1 = nn.LayerNorm(cfg.hidden)
        self.attn = CausalSelfAttention(cfg)
        self.ln2 = nn.LayerNorm(cfg.hidden)
        self.ffn = nn.Sequential(
            nn.Linear(cfg.hidden, cfg.ffn_mult * cfg.hidden),
            nn.GELU(),
            nn.Linear(cfg.ffn_mult * cfg.hidden, cfg.hidden),
            FastDropout(cfg.dropout),
        )

    def forward(self, x: torch.Tensor, allowed: torch.Tensor, queries: int | None = None) -> torch.Tensor:
        x = x[:, x.shape[1] - (queries or x.shape[1]) :] + self.attn(self.ln1(x), allowed, queries)
        return x + self.ffn(self.ln2(x))


class SASRecModule(nn.Module):
    def __init__(self, num_items: int, cfg: SASRecConfig) -> None:
        super().__init__()
        self.cfg = cfg
        self.item_emb = nn.Embedding(num_items + 1, cfg.hidden, padding_idx=0)
        self.pos_emb = nn.Embedding(cfg.max_len, cfg.hidden)
        self.drop = FastDropout(cfg.dropout)
        self.blocks = nn.ModuleList(Block(cfg) for _ in range(cfg.layers))
        self.ln_f = nn.LayerNorm(cfg.hidden)
        self.apply(self._init)

    @staticmethod
    def _init(m: nn.Module) -> None:
        if isinstance(m, nn.Linear):
            nn.init.normal_(m.weight, std=0.02)
            nn.init.zeros_(m.bias)
        elif isinstance(m, nn.Embedding):
            nn.init.normal_(m.weight, std=0.02)
            if m.padding_idx is not None:
                m.weight.data[m.padding_idx].zero_()

    def forward(self, seq: torch.Tensor, last_only: bool = False) -> torch.Tensor:
        """seq (B, L) left-padded ids, L <= max_len -> hidden (B, L, d), or (B, 1, d) for the last position
        only with `last_only` (scoring: the final block then computes one query instead of L)."""
        b, n = seq.shape
        pos = torch.arange(self.cfg.max_len - n, self.cfg.max_len, device=seq.device)
        # sqrt(d) scaling as in the paper keeps item signal above the positional one at init
        x = self.item_emb(seq) * math.sqrt(self.cfg.hidden) + self.pos_emb(pos)
        x = self.drop(x)
        real = seq != 0
        # causal + key padding; every position may attend to itself so padded rows never go all -inf (NaN)
        causal = torch.tril(torch.ones(n, n, dtype=torch.bool, device=seq.device))
        allowed = causal & real[:, None, :]
        allowed = (allowed | torch.eye(n, dtype=torch.bool, device=seq.device))[:, None]
        for i, blk in enumerate(self.blocks):
            x = blk(x, allowed, 1 if last_only and i == len(self.blocks) - 1 else None)
        return self.ln_f(x)


class SASRec(NeuralRecommender):
    name = "sasrec"
    config_cls = SASRecConfig
    pad_side = "left"
    # chosen across datasets on validation NDCG@10 (issue 23; evals/tuning/srs.py --suite, tune_srs.json,
    # evals/notes/srs_tuning.md): TrainConfig's constant lr 2e-3 with early stopping (patience 10, at most 100
    # epochs) and dropout 0.3 -- the run's length comes from the data. The 20-epoch cosine (lr 4e-3, dropout 0.2)
    # lost 21% validation NDCG@10 on a long-history dataset; the 'plateau' end (probe + cooldown) lost 1.3% on a
    # 25k-item synthetic one, past the 1% allowed. bf16 where the CPU has it natively.
    train_defaults = {"cpu_bf16": True}

    def build_module(self) -> nn.Module:
        return SASRecModule(self.num_items, self.config)

    def final_hidden(self, batch: torch.Tensor) -> torch.Tensor:
        return self.module(batch, last_only=True)[:, -1]
