"""The training losses of the neural backbones (recmodel.train runs them): full-softmax next-item cross-entropy,
on CPU in row blocks (`ChunkedSoftmaxCE`), and beyond FULL_SOFTMAX_MAX_ITEMS a logQ-corrected sampled softmax
(`_NextItemCE` wraps a backbone so the whole loss is one forward)."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

# Full softmax costs (batch x positions x catalogue) logits per step: 128 x 50 x 100k floats is 2.5 GB
# before gradients. Beyond FULL_SOFTMAX_MAX_ITEMS the loss is a sampled softmax instead: SAMPLED_NEGATIVES
# items drawn once per step (shared by every position) from popularity^0.75, with the logQ correction
# (Bengio & Senecal 2008; Yi et al. 2019) so the estimate stays unbiased for the full softmax; accidental hits
# (a negative equal to the target) are masked. Small catalogues (ml-100k, ml-1m) keep the exact full softmax.
FULL_SOFTMAX_MAX_ITEMS = 20_000
SAMPLED_NEGATIVES = 4096


def sampling_log_q(windows: torch.Tensor, num_items: int, negatives: int) -> torch.Tensor:
    """log(expected count of each item among `negatives` draws from popularity^0.75); -inf for padding."""
    counts = torch.bincount(windows.reshape(-1), minlength=num_items + 1).double()
    q = (counts + 1.0) ** 0.75
    q[0] = 0.0
    q = q / q.sum()
    return torch.log(q * negatives).float()


CE_ROW_CHUNK = 256  # rows of logits per block in the chunked full-softmax loss (CPU)
# bytes of softmax probabilities the forward may keep for the backward (the rows beyond recompute their block):
# ml-100k's step keeps all of them (6,400 x 1,683 in bf16: 22 MB; max_seq_len 200 in float32: 172 MB)
CE_KEEP_BYTES = 256 * 2**20


class ChunkedSoftmaxCE(torch.autograd.Function):
    """Mean full-softmax cross-entropy of hidden states h (T, d) against every item embedding (N+1, d), one
    block of CE_ROW_CHUNK rows at a time: the (T, N+1) float32 logits are never held whole. Forward computes
    each block's exp(logits - row max) once (float32 arithmetic) and keeps it, unnormalised, in the matmul dtype
    (bf16 under CPU bf16 autocast, where the backward's matmuls read it in bf16 anyway; else float32) for up to
    CE_KEEP_BYTES. The backward then needs only the two gradient matmuls over the kept rows, with the softmax's
    normalisation and the one-hot folded into the small (T, d) / (N+1, d) sides:
    dL/dh = (E @ emb) / Z - emb[target], dL/demb = E^T @ (h / Z) - scatter(h at target). Rows beyond the budget
    recompute their block's logits in the backward. So what F.cross_entropy over whole logits spends on memory
    traffic (the logits, their float32 copy, log_softmax's output, nll's dense gradient, log_softmax's
    backward) is gone, and the backward no longer repeats the forward's matmul and exp (evals/notes/srs_tuning.md).
    Column 0 (padding) is never a class. Same loss and gradients as F.cross_entropy up to float rounding
    (tests/recmodel/test_train_recipe.py). Not twice differentiable."""

    @staticmethod
    def forward(ctx, h: torch.Tensor, emb: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        dev = h.device.type
        # under CPU bf16 autocast the matmuls run in bf16 like the rest of the step; the softmax's arithmetic,
        # log-sum-exp and the gradients' accumulation stay float32
        low = torch.bfloat16 if torch.is_autocast_enabled(dev) and torch.get_autocast_dtype(dev) == torch.bfloat16 \
            else None
        with torch.autocast(dev, enabled=False):
            h, emb = h.float(), emb.float()
            hl, el = (h.to(low), emb.to(low)) if low else (h, emb)
            n_rows, n_cols = len(h), len(emb)
            keep = min(n_rows, CE_KEEP_BYTES // max(1, n_cols * hl.element_size()))
            keep -= keep % CE_ROW_CHUNK if keep < n_rows else 0  # whole blocks only
            kept = torch.empty(keep, n_cols, dtype=hl.dtype, device=h.device)  # exp(logits - row max)
            lse = torch.empty(n_rows, device=h.device)
            norm = torch.empty(keep, device=h.device)  # 1 / sum of a kept row
            for a in range(0, n_rows, CE_ROW_CHUNK):
                hb, rows = hl[a : a + CE_ROW_CHUNK], slice(a, a + CE_ROW_CHUNK)
                if a >= keep:
                    block = (hb @ el.T).float()
                    block[:, 0] = float("-inf")
                    lse[rows] = torch.logsumexp(block, 1)
                    continue
                if low is None:  # float32: the block is computed where it stays
                    block = torch.mm(hb, el.T, out=kept[rows])
                    block[:, 0] = float("-inf")
                    top = block.amax(1, keepdim=True)
                    block.sub_(top).exp_()
                else:  # bf16 logits -> float32 (logit - max) -> exp stored in bf16
                    block = hb @ el.T
                    block[:, 0] = float("-inf")
                    top = block.amax(1, keepdim=True).float()
                    torch.exp(torch.sub(block, top, out=torch.empty(block.shape, device=h.device)), out=kept[rows])
                total = kept[rows].sum(1, dtype=torch.float32)
                norm[rows] = total.reciprocal()
                lse[rows] = top.reshape(-1) + total.log()
            loss = (lse - (hl[:, None, :] @ el[target][:, :, None]).float().reshape(-1)).mean()
        ctx.save_for_backward(hl, el, target, lse, kept, norm)
        ctx.full = (h.dtype, emb.dtype)
        return loss

    @staticmethod
    @torch.autograd.function.once_differentiable
    def backward(ctx, grad: torch.Tensor):
        hl, el, target, lse, kept, norm = ctx.saved_tensors
        n_rows, keep = len(hl), len(kept)
        scale = grad.float() / max(1, n_rows)
        gh, gemb = torch.empty(hl.shape, device=hl.device), torch.zeros(el.shape, device=hl.device)
        with torch.autocast(hl.device.type, enabled=False):
            if keep:  # softmax = kept / Z: the 1/Z and the one-hot go to the (T, d) sides
                gh[:keep] = (kept @ el).float().mul_(norm[:, None]).sub_(el[target[:keep]].float())
                gemb += kept.T @ (hl[:keep].float() * norm[:, None]).to(hl.dtype)
                gemb.index_add_(0, target[:keep], hl[:keep].float(), alpha=-1.0)
            rows = torch.arange(CE_ROW_CHUNK, device=hl.device)
            for a in range(keep, n_rows, CE_ROW_CHUNK):
                hb = hl[a : a + CE_ROW_CHUNK]
                p = torch.mm(hb, el.T).float().sub_(lse[a : a + CE_ROW_CHUNK, None]).exp_()  # softmax
                p[:, 0] = 0.0
                p[rows[: len(hb)], target[a : a + CE_ROW_CHUNK]] -= 1.0
                pl = p.to(hl.dtype)
                gh[a : a + CE_ROW_CHUNK] = pl @ el
                gemb += pl.T @ hb
        return gh.mul_(scale).to(ctx.full[0]), gemb.mul_(scale).to(ctx.full[1]), None


class _NextItemCE(nn.Module):
    """Wraps a backbone so the whole loss is one forward (what DDP needs to see). `log_q` (N+1,) switches
    to the sampled softmax described above."""

    def __init__(self, module: nn.Module, log_q: torch.Tensor | None = None, negatives: int = 0) -> None:
        super().__init__()
        self.module = module
        self.negatives = negatives
        self.register_buffer("log_q", log_q if log_q is not None else torch.zeros(0), persistent=False)

    def forward(self, inp: torch.Tensor, tgt: torch.Tensor) -> torch.Tensor:
        hidden = self.module(inp)
        keep = tgt != 0
        h, t = hidden[keep], tgt[keep]
        emb = self.module.item_emb.weight
        if not self.negatives and h.device.type == "cpu":
            return ChunkedSoftmaxCE.apply(h, emb, t)
        if not self.negatives:  # GPU: one fused matmul + cross-entropy is the fast path there
            logits = h @ emb.T
            logits[:, 0] = float("-inf")  # padding is never a next item
            return F.cross_entropy(logits.float(), t)
        neg = torch.multinomial(self.log_q.exp(), self.negatives, replacement=True)
        pos = (h * emb[t]).sum(-1, keepdim=True) - self.log_q[t][:, None]
        negl = (h @ emb[neg].T - self.log_q[neg][None, :]).masked_fill(neg[None, :] == t[:, None], float("-inf"))
        logits = torch.cat([pos, negl], dim=1).float()
        return F.cross_entropy(logits, torch.zeros(len(t), dtype=torch.long, device=t.device))
