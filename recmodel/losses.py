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


class ChunkedSoftmaxCE(torch.autograd.Function):
    """Mean full-softmax cross-entropy of hidden states h (T, d) against every item embedding (N+1, d), in
    float32, one block of CE_ROW_CHUNK rows at a time: the (T, N+1) logits are never held whole. Forward keeps
    only each row's log-sum-exp; backward recomputes a block's logits and turns them into the gradient
    (softmax - one-hot) in place. One extra matmul buys what F.cross_entropy over whole logits spends on
    memory traffic (the logits, their float32 copy, log_softmax's output, nll's dense gradient and
    log_softmax's backward, each (T, N+1)): an ml-100k training step on one CPU thread is ~20% faster (see
    evals/notes/srs_tuning.md). Column 0 (padding) is never a class. Same loss and gradients as
    F.cross_entropy up to float rounding (tests/recmodel/test_train_recipe.py)."""

    @staticmethod
    def forward(ctx, h: torch.Tensor, emb: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        dev = h.device.type
        # under CPU bf16 autocast the block matmuls run in bf16 like the rest of the step (the logits had bf16
        # precision before as well); softmax, log-sum-exp and the gradients' accumulation stay float32
        low = torch.bfloat16 if torch.is_autocast_enabled(dev) and torch.get_autocast_dtype(dev) == torch.bfloat16 \
            else None
        with torch.autocast(dev, enabled=False):
            h, emb = h.float(), emb.float()
            hl, el = (h.to(low), emb.to(low)) if low else (h, emb)
            lse = torch.empty(len(h), device=h.device)
            for a in range(0, len(h), CE_ROW_CHUNK):
                block = (hl[a : a + CE_ROW_CHUNK] @ el.T).float()
                block[:, 0] = float("-inf")
                lse[a : a + CE_ROW_CHUNK] = torch.logsumexp(block, 1)
            loss = (lse - (hl[:, None, :] @ el[target][:, :, None]).float().reshape(-1)).mean()
        ctx.save_for_backward(hl, el, target, lse)
        ctx.full = (h.dtype, emb.dtype)
        return loss

    @staticmethod
    def backward(ctx, grad: torch.Tensor):
        hl, el, target, lse = ctx.saved_tensors
        scale = grad / max(1, len(hl))
        gh, gemb = torch.empty(hl.shape, device=hl.device), torch.zeros(el.shape, device=hl.device)
        with torch.autocast(hl.device.type, enabled=False):
            for a in range(0, len(hl), CE_ROW_CHUNK):
                hb = hl[a : a + CE_ROW_CHUNK]
                p = torch.mm(hb, el.T).float().sub_(lse[a : a + CE_ROW_CHUNK, None]).exp_()  # softmax
                p[:, 0] = 0.0
                p[torch.arange(len(hb), device=hl.device), target[a : a + CE_ROW_CHUNK]] -= 1.0
                p.mul_(scale)
                pl = p.to(hl.dtype)
                gh[a : a + CE_ROW_CHUNK] = pl @ el
                gemb += pl.T @ hb
        return gh.to(ctx.full[0]), gemb.to(ctx.full[1]), None


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
