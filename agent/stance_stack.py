"""The judge's and the stance model's readings of a value weighed together (issue 21, item 4; round 22 of
evals/notes/stance_judge.md).

Until round 21 the two readings met in hand-set rules (agent.stance_model.combine: the model vetoes a side it
puts on the other with p >= VETO_P, fills an abstained value with p >= FILL_P, ...). Those rules read one
probability at a time, so a judge sure of its side lost to a model barely sure of the other (a veto, asked back),
and a value both read weakly kept its side. Here a small multinomial logistic regression reads them together --
the judge step's side and whether it abstained, the judge's answer probabilities, the model's probabilities and
the kind of value -- and gives each value's probability of being liked, refused or neither; a value goes to the
likelier side when that side is at least STACK_P probable, else to neither side (asked back, as a vetoed one is).

The weights (agent/stance_stack.json, a few hundred bytes) are fitted by `python -m cesrec.evals.tuning.stance_stack`
on development batches the stance model never trained on (fresh #19-#36), from the committed judge calls and the
product's model; that command also prints the leave-one-batch-out figures the choice rests on.
Inference is a dot product (no extra model, no extra LLM call).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

STACK = True  # off: agent.stance_model.combine's rules, as before round 22
STACK_FILE = Path(__file__).with_name("stance_stack.json")
SIDES = (-1, 0, 1)  # the classes, in the order of the weights' rows
KINDS = ("genre", "decade", "person", "item")
FEATURES = ("side_liked", "side_refused", "side_none", "abstained", "judged", "judge_yes", "judge_no",
            "judge_unsure", "model_want", "model_avoid", "model_neither", "model_logodds", "judge_logodds",
            "side_x_model_logodds", "side_x_judge_logodds", *(f"kind_{k}" for k in KINDS))
# Features recorded by judge_feedback while this is a list (the fitting command collects them this way, so the
# features fitted on are the product's own): (features, target key, label, side after the rules of combine).
RECORD: list | None = None


class StackMissing(RuntimeError):
    """agent/stance_stack.json is absent or unreadable (it is committed; the fitting command rewrites it)."""


def features(side: int, abstained: bool, judge: dict[str, float] | None, model: dict[str, float],
             kind: str) -> list[float]:
    """One value's features: `side` the judge step's (+1 / -1 / 0), `judge` its answer probabilities (None when the
    judge was not asked about it), `model` the stance model's, `kind` the value's key kind."""
    jy, jn, ju = (judge["yes"], judge["no"], judge["unsure"]) if judge else (0.0, 0.0, 0.0)
    pw, pa, pn = model["want"], model["avoid"], model["neither"]
    lm = math.log(pw + 1e-4) - math.log(pa + 1e-4)
    lj = (math.log(jy + 1e-3) - math.log(jn + 1e-3)) if judge else 0.0
    return [float(side == 1), float(side == -1), float(side == 0), float(abstained), float(judge is not None),
            jy, jn, ju, pw, pa, pn, lm, lj, side * lm, side * lj, *(float(kind == k) for k in KINDS)]


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, Any]:
    try:
        w = json.loads(Path(path).read_text())
    except (OSError, ValueError) as e:
        raise StackMissing(f"{path}: {e}; rebuild it with python -m cesrec.evals.tuning.stance_stack") from e
    if tuple(w.get("features", ())) != FEATURES or tuple(w.get("sides", ())) != SIDES:
        raise StackMissing(f"{path} was fitted on other features; rebuild it with "
                           "python -m cesrec.evals.tuning.stance_stack")
    return w


def weights(path: Path | None = None) -> dict[str, Any]:
    """The fitted weights: {"W": [[...] per side], "b": [...], "p": STACK_P at fitting, ...}."""
    return _load(str(path or STACK_FILE))


def probabilities(x: list[float], w: dict[str, Any] | None = None) -> dict[int, float]:
    """{-1: p refused, 0: p neither, 1: p liked} for one value's features."""
    w = w or weights()
    z = [sum(a * b for a, b in zip(row, x, strict=True)) + b0 for row, b0 in zip(w["W"], w["b"], strict=True)]
    m = max(z)
    e = [math.exp(v - m) for v in z]
    s = sum(e)
    return {side: v / s for side, v in zip(SIDES, e, strict=True)}


def decide(ps: dict[int, float], p: float) -> int:
    """The likelier side when it is at least `p` probable, else 0 (neither)."""
    best = 1 if ps[1] >= ps[-1] else -1
    return best if ps[best] >= p else 0


def combine(out, targets, preds: dict, scores: dict[str, dict[str, float]], abstained=(), fixed=(),
            w: dict[str, Any] | None = None):
    """The judge step's reading `out` with each value's side decided by the weights: `targets` (tools.
    stance_values Target), `preds` {target key: the model's probabilities}, `scores` {label: the judge's answer
    probabilities}. Values a construction fixed (`fixed`: labels) are left alone. -> (Feedback, {label: change}):
    "want" / "avoid" for a value put on a side it was not on, "vetoed" for one taken off its side (asked back)."""
    from cesrec.agent.stance_model import _with_sides, side_of
    from cesrec.tools.stance_values import without_values

    w = w or weights()
    drop, sides, changes = set(), {}, {}
    for t in targets:
        ps = preds.get(t.key)
        lab = " ".join(t.label.split())[:60]
        if ps is None or lab in fixed:
            continue
        side = side_of(out, t.key)
        new = decide(probabilities(features(side, lab in abstained, scores.get(lab), ps, t.key[0]), w), w["p"])
        if new == side:
            continue
        if new == 0:
            drop.add(t.key)
            changes[lab] = "vetoed"
        else:
            sides[t.key] = "want" if new > 0 else "avoid"
            changes[lab] = sides[t.key]
    out = without_values(out, drop | set(sides))
    if sides:
        out = _with_sides(out, sides)
    return out, changes
