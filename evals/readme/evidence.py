"""README: what the open-feedback evaluation with clues from outside the systems shows (issue 22), in a few lines,
from eval_open.json; the full section is docs/results.md#open (evals/readme/open_feedback.py)."""

from pathlib import Path

from .common import ResultsError, load
from .open_feedback import BASE, coverage_text, mechanism_rows, p


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
        f"combines every signal `cesrec` uses with weights fitted on validation users.{_why(r, bbs)}")
    lines.append("")
    mech, gains, losses = [], {}, {}
    for what, _abl, _sign, rows in mechanism_rows(B):
        helps = gains[what] = [f"{b} {bb}" for b, bb, g, ph, _, _ in rows if g > 0 and ph < 0.05]
        hurts = losses[what] = [f"{b} {bb} ({g:+.3f}, p {p(ph)})" for b, bb, g, ph, _, _ in rows if g < 0 and ph < 0.05]
        mech.append(f"{what} " + (f"helps significantly in {', '.join(helps)}" if helps else "**helps nowhere**")
                    + (f" and is significantly worse in {', '.join(hurts)}" if hurts else ""))
    mv = load(root, "masking_valid.json")["mean_hr_at_10"]
    masking_on = any(abl == "cesrec_no_mask" for _, abl, _, _ in mechanism_rows(B))
    lines.append(
        "CESRec's own mechanisms, switched one at a time in every budget and in settings built for them (new users, "
        "shared accounts, long drifting conversations): " + "; ".join(mech) + ". "
        + ("These figures are for the previous defaults (masking on); since commit b470971 the" if masking_on else "The")
        + " automatic outlier masking is **off by default** (`tools/turn_config.py`"
        + ("" if masking_on else "; here `cesrec` masks nothing and `cesrec_mask` turns it on")
        + "), chosen on validation: "
        + (f"it gains significantly only in {', '.join(gains['the outlier masking'])} here"
           if gains["the outlier masking"] else "it gains nothing significant on any test here")
        + ", the simulator's validation users preferred no "
        f"masking (HR@10 {mv['outliers only']:.4f} with it, {mv['none']:.4f} without, `evals/results/masking_valid.json`) and "
        "so did the hand-judged request benchmark's dev half" + _dev(root, "masking_robust", "masking on") + ". The "
        "sequence rewrite stays on" + (" although it helps none of these simulated users" if not gains["the sequence rewrite"]
                                       else "")
        + (f" and costs HR@10 in {', '.join(losses['the sequence rewrite'])}" if losses["the sequence rewrite"] else "")
        + ": on the request benchmark's dev half the films people name, appended to the sequence, help their requests"
        + _dev(root, "no_appended_references", "without them") + " and the pseudo items are level"
        + _dev(root, "no_pseudo_items", "without them") + ". Measured "
        f"{r['date'][:10]}: {coverage_text(r)}"
        + ". Everything, with intervals and every test: [docs/results.md](docs/results.md#open).")
    return "\n".join(lines)


def _why(r: dict, bbs: list[str]) -> str:
    """Why cesrec loses (when it does): its weights against the same weights re-fitted on this simulator."""
    B, H = r["budgets"], r["headline"]
    if all(h["met"] for h in H.values()):
        return ""
    gaps = [f"{B['open'][bb]['cesrec_refit']['hr_at_10'] - B['open'][bb][H['open/' + bb]['best_baseline']]['hr_at_10']:+.3f} ({bb})"
            for bb in bbs if f"open/{bb}" in H and "cesrec_refit" in B["open"][bb]]
    if not gaps:
        return ""
    return (" Why: `cesrec`'s fusion weights were chosen on people's requests (the request benchmark's dev half) and "
            "the earlier simulator, and weight what the user says over the history; re-fitted on this simulator's "
            f"validation users (`cesrec_refit`) it is level with the best baseline under `open` (HR@10 {', '.join(gaps)}), "
            "so the gap is the weighting, and the rewrite and the masking, which `cesrec` adds, do not close it.")


def _dev(root: Path, variant: str, what: str) -> str:
    """' (existing users' nDCG@10 <diff> <what>, p ..., `python -m cesrec.evals.tuning.mechanisms`)' from
    tune_mechanisms_dev.json (the request benchmark's dev half; a dev check, no correction), '' without the file."""
    try:
        t = load(root, "tune_mechanisms_dev.json")["variants"][variant]["vs_defaults"]["existing_ndcg_at_10"]
    except (ResultsError, KeyError):
        return " (`python -m cesrec.evals.tuning.mechanisms`)"
    return (f" (existing users' nDCG@10 {t['diff']:+.4f} {what}, p {p(t['p'])}, `evals/results/tune_mechanisms_dev.json`, "
            "uncorrected dev check)")
