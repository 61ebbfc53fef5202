"""README: what the open-feedback evaluation with clues from outside the systems shows (issue 22), in a few lines,
from eval_open.json; the full section is docs/results.md#open (evals/readme/open_feedback.py)."""

from pathlib import Path

from .common import load
from .open_feedback import BASE, coverage_text, p


def render(root: Path) -> str:
    r = load(root, "eval_open.json")
    B, H = r["budgets"], r["headline"]
    bbs = list(r["config"]["backbones"])
    met = all(h["met"] for h in H.values())
    lines = ["## Simulated users whose clues come from outside the systems", ""]
    verdict = ("`cesrec` beats the best baseline" if met else "**`cesrec` does not beat the best baseline**")
    heads = "; ".join(
        f"{k.split('/')[0]} ({k.split('/')[1]}): `cesrec` {h['cesrec_hr_at_10']:.3f} vs `{h['best_baseline']}` "
        f"{h['baseline_hr_at_10']:.3f} HR@10 (Holm p {p(h['hr_p_holm'])}), NDCG@10 {h['ndcg_diff']:+.3f} "
        f"(p {p(h['ndcg_p_holm'])})" for k, h in H.items())
    srs = "; ".join(f"{bb} {B['open'][bb]['srs_only']['hr_at_10']:.3f}" for bb in bbs if "srs_only" in B["open"][bb])
    lines.append(
        f"Simulated users describe the film they want in hand-written words, name films chosen by people, genre and era "
        f"or their own history (never by a system's similarity), critique and complain; every system ranks the whole "
        f"catalogue after {r['config']['turns']} turns. With those clues {verdict} "
        f"(the pre-declared test, HR@10 and NDCG@10 under `open` and `mixed`, Holm p < 0.05): {heads}. The history alone "
        f"(`srs_only`) reaches {srs} under `open`. Baselines: {', '.join(f'`{s}`' for s in BASE)}; `tuned_fusion` "
        f"combines every signal `cesrec` uses with weights fitted on validation users.")
    lines.append("")
    mech = []
    for abl, what in (("cesrec_no_pseudo", "the sequence rewrite"), ("cesrec_no_mask", "the outlier masking")):
        rows = [(b, bb, B[b][bb]["tests"][f"cesrec_vs_{abl}"]) for b in B for bb in B[b]
                if f"cesrec_vs_{abl}" in B[b][bb].get("tests", {})]
        helps = [f"{b} {bb}" for b, bb, t in rows if t["diff"] > 0 and t["hr_at_10_p_holm"] < 0.05]
        hurts = [f"{b} {bb} ({t['diff']:+.3f}, p {p(t['hr_at_10_p_holm'])})" for b, bb, t in rows
                 if t["diff"] < 0 and t["hr_at_10_p_holm"] < 0.05]
        mech.append(f"{what} " + (f"helps significantly in {', '.join(helps)}" if helps else "**helps nowhere**")
                    + (f" and is significantly worse in {', '.join(hurts)}" if hurts else ""))
    mv = load(root, "masking_valid.json")["mean_hr_at_10"]
    lines.append(
        "CESRec's own mechanisms, removed one at a time in every budget and in settings built for them (new users, "
        "shared accounts, long drifting conversations): " + "; ".join(mech) + ". Both stay on by default, and that "
        "is a product choice, not a measured gain: the rewritten sequence and the masked items are what the session "
        "shows and explains; on validation users the masking was level or slightly worse (HR@10 "
        f"{mv['outliers only']:.4f} with it, {mv['none']:.4f} without, `evals/results/masking_valid.json`). Measured "
        f"{r['date'][:10]}: {coverage_text(r)}"
        + ". Everything, with intervals and every test: [docs/results.md](docs/results.md#open).")
    return "\n".join(lines)
