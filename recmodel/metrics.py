"""Full-ranking evaluation: every catalogue item is a candidate (never sampled negatives).

The user's input history is excluded from the ranking, except the target itself (a re-consumed item must
still count). Rank = number of candidates scoring strictly above the target plus half the ties; HR@k = [rank < k],
NDCG@k = 1 / log2(rank + 2) when rank < k (one relevant item, so IDCG = 1).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch

KS = (5, 10, 20)


def target_ranks(scores: torch.Tensor, targets: torch.Tensor, histories: Sequence[np.ndarray]) -> torch.Tensor:
    """0-based rank of each target among all items, history excluded. scores (B, N+1), col 0 = padding."""
    scores = scores.clone().float()
    tgt = scores.gather(1, targets[:, None])  # taken before masking: a re-consumed target still counts
    if len(histories):
        rows = np.concatenate([np.full(len(h), r, dtype=np.int64) for r, h in enumerate(histories)])
        cols = np.concatenate([np.asarray(h, dtype=np.int64) for h in histories])
        scores[torch.from_numpy(rows), torch.from_numpy(cols)] = float("-inf")
    scores[:, 0] = float("-inf")
    scores.scatter_(1, targets[:, None], float("-inf"))  # the target never outranks itself
    # ties (e.g. popularity counts, an untrained model) would flatter a "strictly greater" rank; count
    # half of them, the expected position under a random tie-break
    return (scores > tgt).sum(1).double() + 0.5 * (scores == tgt).sum(1).double()


def metrics_from_ranks(ranks: torch.Tensor | np.ndarray, ks: Sequence[int] = KS) -> dict[str, float]:
    r = torch.as_tensor(ranks, dtype=torch.float64)
    out: dict[str, float] = {}
    for k in ks:
        hit = r < k
        out[f"hr@{k}"] = float(hit.double().mean())
        out[f"ndcg@{k}"] = float(torch.where(hit, 1.0 / torch.log2(r + 2.0), torch.zeros_like(r)).mean())
    return out


def evaluate(model, dataset, stage: str = "valid", batch_size: int = 512, ks: Sequence[int] = KS,
             exclude_history: bool = True, users: Sequence[int] | np.ndarray | None = None) -> dict:
    """HR/NDCG@ks over all users of `dataset` (or the user indices `users`) for stage 'valid' or 'test'; also
    returns 'users'. `exclude_history=False` keeps already-seen items as candidates: what RecBole's full-sort
    evaluator does for sequential models (it passes no history index for them), and why its figures run lower."""
    inputs, targets = dataset.split(stage)
    if users is not None:
        inputs, targets = [inputs[u] for u in users], targets[np.asarray(users, dtype=np.int64)]
    ranks = []
    for a in range(0, len(inputs), batch_size):
        seqs = inputs[a : a + batch_size]
        tg = torch.as_tensor(targets[a : a + batch_size], dtype=torch.long)
        scores = model.score(seqs)
        ranks.append(target_ranks(scores, tg, seqs if exclude_history else []))
    all_ranks = torch.cat(ranks) if ranks else torch.empty(0)
    out = metrics_from_ranks(all_ranks, ks)
    out["users"] = len(inputs)
    out["stage"] = stage
    return out
