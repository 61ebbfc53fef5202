"""One SASRec training step on ml-100k, before and after issue 23's speed changes, measured side by side.

"before" is the step as it was until commit 8828e65 (attention dropout inside torch's SDPA, nn.Dropout masks
drawn with bernoulli_, F.cross_entropy over the whole (positions x items) logits under autocast), "after" is
today's (recmodel.sasrec.FastDropout, manual attention with that dropout on CPU, recmodel.train.ChunkedSoftmaxCE);
both are patched into the same model class here so nothing else differs. Same batches, same weights, fp32
and CPU bf16, interleaved `--repeats` times (a shared machine's load moves under a benchmark; the minimum
and the median of the repeats are reported). Also a torch.profiler table of the "after" step.

    python scripts/profile_srs_step.py --threads 1 --out evals/results/srs_step_profile.json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(prog="python scripts/profile_srs_step.py", description=__doc__.splitlines()[0])
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--max-lens", default="50,200")
    ap.add_argument("--batches", type=int, default=8, help="timed batches per measurement")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    from cesrec.evals.machine import machine_line
    from cesrec.evals.provenance import provenance
    from cesrec.recmodel import sasrec as S
    from cesrec.recmodel import train as T
    from cesrec.recmodel.batching import training_windows
    from cesrec.recmodel.datasets import open_dataset
    from cesrec.recmodel.registry import build_model

    new = (S.CausalSelfAttention.forward, T._NextItemCE.forward, S.FastDropout.forward)

    def old_attn(self, x, allowed, queries=None):
        b, n, d = x.shape
        h, m = self.heads, queries or n
        q, k, v = self.qkv(x).split(d, dim=2)
        q = q[:, n - m:].reshape(b, m, h, d // h).transpose(1, 2)
        k, v = (t.reshape(b, n, h, d // h).transpose(1, 2) for t in (k, v))
        y = F.scaled_dot_product_attention(q, k, v, attn_mask=allowed[:, :, n - m:],
                                           dropout_p=self.dropout if self.training else 0.0)
        return self.resid_drop(self.proj(y.transpose(1, 2).reshape(b, m, d)))

    def old_ce(self, inp, tgt):
        hidden = self.module(inp)
        keep = tgt != 0
        logits = hidden[keep] @ self.module.item_emb.weight.T
        logits[:, 0] = float("-inf")
        return F.cross_entropy(logits.float(), tgt[keep])

    def old_drop(self, x):
        return F.dropout(x, self.p, self.training)

    def patch(before: bool) -> None:
        S.CausalSelfAttention.forward, T._NextItemCE.forward, S.FastDropout.forward = \
            (old_attn, old_ce, old_drop) if before else new

    out: dict = {**provenance("python scripts/profile_srs_step.py " + " ".join(sys.argv[1:] if argv is None else argv)),
                 "machine": machine_line(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                 "batch_size": 128, "dropout": 0.3, "results": {}}
    for L in [int(x) for x in args.max_lens.split(",")]:
        ds = open_dataset("ml-100k", max_seq_len=L)
        w = training_windows([ds.train_sequence(u) for u in range(ds.num_users)], L, "left", True)
        perm = torch.randperm(len(w), generator=torch.Generator().manual_seed(0))

        def step(net, opt, b, bf16):
            inp, tgt = b[:, :-1], b[:, 1:].clone()
            tgt[inp == 0] = 0
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
                loss = net(inp, tgt)
            opt.zero_grad()
            loss.backward()
            opt.step()

        def measure(bf16: bool, ds=ds, L=L, w=w, perm=perm) -> float:
            torch.manual_seed(0)
            m = build_model("sasrec", ds.num_items, device="cpu", max_len=L, dropout=0.3)
            net, opt = T._NextItemCE(m.module), torch.optim.AdamW(m.module.parameters(), lr=2e-3)
            batches = [w[perm[(a * 128) % len(w):(a * 128) % len(w) + 128]] for a in range(args.batches + 2)]
            for b in batches[:2]:
                step(net, opt, b, bf16)
            t = time.perf_counter()
            for b in batches[2:]:
                step(net, opt, b, bf16)
            return (time.perf_counter() - t) / args.batches * 1000

        times: dict = {}
        loads = []
        for _ in range(args.repeats):
            loads.append(os.getloadavg()[0])
            for bf16 in (False, True):
                for before in (True, False):
                    patch(before)
                    times.setdefault(f"{'bf16' if bf16 else 'fp32'}_{'before' if before else 'after'}", []).append(
                        round(measure(bf16), 1))
        patch(False)
        res = {k: {"ms_per_batch": v, "min": min(v), "median": statistics.median(v)} for k, v in times.items()}
        for p in ("fp32", "bf16"):
            res[f"{p}_after_over_before_min"] = round(res[f"{p}_after"]["min"] / res[f"{p}_before"]["min"], 3)
            res[f"{p}_after_over_before_median"] = round(res[f"{p}_after"]["median"] / res[f"{p}_before"]["median"], 3)
        res["batches_per_epoch"] = -(-len(w) // 128)
        res["load_average_1min"] = [round(x, 2) for x in loads]
        from torch.profiler import ProfilerActivity, profile

        torch.manual_seed(0)
        m = build_model("sasrec", ds.num_items, device="cpu", max_len=L, dropout=0.3)
        net, opt = T._NextItemCE(m.module), torch.optim.AdamW(m.module.parameters(), lr=2e-3)
        with profile(activities=[ProfilerActivity.CPU]) as prof:
            for a in range(3):
                step(net, opt, w[perm[a * 128:(a + 1) * 128]], True)
        top = sorted(prof.key_averages(), key=lambda e: e.self_cpu_time_total, reverse=True)[:10]
        total = sum(e.self_cpu_time_total for e in prof.key_averages())
        res["profile_after_bf16_top_ops_share"] = {e.key: round(e.self_cpu_time_total / total, 3) for e in top}
        out["results"][f"max_len_{L}"] = res
        print(json.dumps({k: v for k, v in res.items() if "profile" not in k}), flush=True)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, indent=1) + "\n")
    return out


if __name__ == "__main__":
    main()
