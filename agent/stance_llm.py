"""The LLM as a per-value stance judge (issue 21, item 4).

After the readers found the catalogue values a message names (tools.stance_values.stance_targets), ONE extra
LLM call asks, for each value in the user's own words, whether the user wants it, wants to avoid it, or neither.
The answer is one JSON object whose keys the grammar fixes (the values' words, in order) and whose values it
limits to "yes" / "no" / "unsure" (want / avoid / neither), so the 1.5B model decides only the stances and
cannot add, drop or rename a value. (A first prompt asking for "want"/"avoid"/"neither" directly, with fewer
rules, was worse on the development sentences: genre F1 0.83 against 0.92.) The verdicts then move each value to its side (tools.stance_values.apply_verdicts).

The call goes to a small llama.cpp context of its own (same GGUF, `JUDGE_CTX` tokens): the orchestrator's long
system prompt stays in its context's KV cache, and the judge's fixed instructions and examples stay in this
one, so a judgement costs the message and the answer only.

Interface:
- `Completer`: (system, user, gbnf) -> the model's text. `local_completer(chat_model)` makes one for the embedded
  LLM (agent.llm_local.ChatLlamaCppLocal); `recorded_completer(path, inner)` replays / records calls as JSONL so a
  benchmark is re-scored without calling the LLM again.
- `judge_values(text, labels, complete)` -> {label: stance}.
- `judge_feedback(text, feedback, catalog, state, complete, gate=...)` -> (Feedback, JudgeTrace): the
  understanding step's call; the gate (STANCE_GATE) lets only values with a stance cue in their sentence take a
  verdict, and makes no LLM call when no value has one.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cesrec.tools.stance_values import (
    Target,
    apply_verdicts,
    construction_side,
    only_rated_negative,
    scope_of,
    stance_cue,
    stance_targets,
    value_keys,
    with_values_of,
    without_spans,
    without_values,
)

if TYPE_CHECKING:
    from cesrec.recmodel.data import Catalog
    from cesrec.tools.state import Feedback, SessionState

Completer = Callable[[str, str, str], str]
# Which values take the judge's verdict (all the values of a message are asked about together, so the model reads
# them in context):
#   "always"          every value the user named;
#   "cue" / "broad"   every value, when the message holds a stance cue (tools.stance_values.stance_cue: a negator,
#                     an aversion / refusal word, a word VADER rates negative; "broad": any word VADER rates);
#   "clause" / "sentence" / "sentence_broad"
#                     a value whose own clause / sentence (up to a sentence end or "but") holds a cue (broad cues
#                     for "sentence_broad"); the others keep the readers' side and no call is made when none has one;
#   "scoped"          a value whose own sentence holds a broad cue, or, when the message holds none, a liked value
#                     the judge refuses (a refusal the readers found with no cue word comes from the context).
#                     A value asked about as a question takes the next sentence, its answer, into its sentence
#                     ("Mysteries? nah, I'm good"), and the values' own words are no cue ("Raiders of the Lost
#                     Ark"): tools.stance_values.scope_of / without_spans (2026-12-05).
# "scoped" was chosen on the development sentences (evals/data/stance_dev.py: as good as "always") and the
# utterance benchmark's dev half (0 flips, as without the judge; "always" flips Sci-Fi in "a sci-fi movie but
# nothing before 1980", a cue in another part of the message); figures in evals/notes/stance_judge.md.
STANCE_GATE = "scoped"
GATES = ("off", "cue", "broad", "always", "clause", "sentence", "sentence_broad", "scoped")
# The judge's answer probability needed to move a value to the side the readers did not give it (decide()).
# 0: measured 0.5-0.9 on the development data (evals/notes/stance_judge.md, 2026-12-05 04:00): the 1.5B judge is
# as sure of its wrong answers (sarcasm, "I'm good on thrillers, thanks": p 0.96) as of its right ones, so a
# threshold removed more right moves than flips (fresh batch #1: 0.782/20 flips at 0, 0.739/19 at 0.5).
MIN_MOVE_P = 0.0
# Keep a value whose side is in doubt on neither side (decide()): the judge "unsure" on a value whose sentence
# holds a stance cue is left out rather than left with the readers (fresh #1: 20 -> 18 flips, genre F1 0.782 ->
# 0.765; development sentences 16 -> 14, 0.924 -> 0.912; the benchmark's dev half unchanged at 0 flips).
ABSTAIN = True
# Values whose side follows from a construction of the grammar (tools.stance_values.construction_side: two
# negations cancel, "I'm not not into sci-fi"; the value a comparison is made against is refused, "sci-fi over
# fantasy", "anything is better than another romance") take that side, whatever the readers and the judge say:
# both put them on the wrong side, the judge with p 0.6-0.95 (evals/notes/stance_judge.md, third round).
CONSTRUCTIONS = True
# A like the judge turns into a refusal when the only cue in the value's sentence is a word VADER rates negative
# (no negator, no aversion or refusal word: "I'm mad about animation", "westerns are a problem for me") is kept
# on neither side: the judge is right on about half of such moves (development batches: 4 flips, 3 right
# refusals). Chosen leave-one-batch-out: flips DEV_CASES 9 -> 7, fresh #2 10 -> 8, fresh #1 and the dev half
# unchanged; genre F1 0.940 -> 0.942, 0.911 -> 0.910 (evals/notes/stance_judge.md, third round).
DOUBT_RATED_ONLY = True
JUDGE_CTX = 1024
MAX_TARGETS = 8  # a message naming more values is judged on the first eight; the rest keep the reader's side

SYSTEM_RULES = """You help a movie recommender understand a user. Read the user's message as a whole, the way a person \
would, and decide for each item whether the user wants to watch it.
- Idioms and double negatives often sound negative but mean the user is keen: "can't get enough of", "never gets \
old", "I'd never say no to", "nothing against", "not half bad", "crazy about", "my weakness".
- A comparison the item wins means yes ("nothing beats X", "nobody does it like X"); one it loses means no \
("anything is better than X").
- Polite or positive words can still refuse: "I'm good, thanks", "I'll leave that to others", "I've had plenty \
of", "give it a rest".
- Words that describe the film ("a brutal war film", "a scary horror film") and who it is for ("for the kids") \
are part of what the user asks for.
Answer "yes" if the user wants to watch it, "no" if the user does not want it, "unsure" if the message does not \
say."""
# few-shot examples (written for the prompt, none from the utterance benchmark or the development set; some of the
# idioms named in the rules above resemble development sentences, which flatters the development figures)
EXAMPLES = [("I can never get enough of horror", ["horror"], ["yes"]),
            ("I'm fine without sci-fi", ["sci-fi"], ["no"]),
            ("a dark, violent crime film", ["crime"], ["yes"]),
            ("I've had my fill of war films, a comedy would be nice", ["war films", "comedy"], ["no", "yes"]),
            ("anything but musicals", ["musicals"], ["no"]),
            ("nothing but westerns tonight", ["westerns"], ["yes"]),
            ("romance is sweet, just not my thing", ["romance"], ["no"]),
            ("no actor tops Gene Hackman", ["Gene Hackman"], ["yes"]),
            ("nothing too gory, it is for family night with the kids", ["kids"], ["yes"]),
            ("I'd never turn down a thriller", ["thriller"], ["yes"])]
ANSWERS = {"yes": "want", "no": "avoid", "unsure": "neither"}  # the model's word -> the stance


def _system() -> str:
    lines = [SYSTEM_RULES, "Examples:"]
    for text, labels, answers in EXAMPLES:
        lines.append(f"{judge_user(text, labels)} " + json.dumps(dict(zip(labels, answers, strict=True))))
    return "\n".join(lines)


def _gbnf_literal(s: str) -> str:
    return json.dumps(s).replace("\\", "\\\\").replace('"', '\\"')


def judge_gbnf(labels: list[str]) -> str:
    """One JSON object: exactly `labels` as keys, in order, each "yes" / "no" / "unsure" (ANSWERS)."""
    parts = []
    for n, lab in enumerate(labels):
        sep = "" if n == 0 else ", "
        parts.append(f'"{sep}{_gbnf_literal(lab)}: " st')
    answer = " | ".join(f'"\\"{s}\\""' for s in ANSWERS)
    return f'root ::= "{{" {" ".join(parts)} "}}"\nst ::= {answer}\n'


SCORE_SPEC = "#scores "  # the third argument of a scored call: this prefix + the labels as JSON (no grammar)


def score_spec(labels: list[str]) -> str:
    """The request for the probability of each answer per label (a scoring Completer: local_completer)."""
    return SCORE_SPEC + json.dumps(labels, ensure_ascii=False)


def judge_user(text: str, labels: list[str]) -> str:
    """The user turn: the message and the words of its values, in the fixed examples' format."""
    return f"Message: {' '.join(text.split())}\nItems: {', '.join(labels)} ->"


def parse_scores(out: str, labels: list[str]) -> dict[str, dict[str, float]]:
    """{label: {"yes": p, "no": p, "unsure": p}} from a judge's output: a scored call's probabilities, or a
    grammar call's answer (probability 1)."""
    try:
        obj = json.loads(out)
    except (ValueError, TypeError):
        return {}
    if not isinstance(obj, dict):
        return {}
    res: dict[str, dict[str, float]] = {}
    for lab in labels:
        v = obj.get(lab)
        if isinstance(v, str) and v in ANSWERS:
            res[lab] = {a: float(a == v) for a in ANSWERS}
        elif isinstance(v, dict) and all(isinstance(v.get(a), int | float) for a in ANSWERS):
            res[lab] = {a: float(v[a]) for a in ANSWERS}
    return res


def parse_judgement(out: str, labels: list[str]) -> dict[str, str]:
    """{label: "want" | "avoid" | "neither"}: each label's most probable answer."""
    return {lab: ANSWERS[max(ANSWERS, key=lambda a: ps[a])] for lab, ps in parse_scores(out, labels).items()}


def _labels_of(targets: list[Target]) -> list[str]:
    out: list[str] = []
    for t in targets:
        lab = " ".join(t.label.split())[:60]
        if lab and lab not in out:
            out.append(lab)
    return out[:MAX_TARGETS]


def judge_scores(text: str, labels: list[str], complete: Completer,
                 system: str | None = None) -> dict[str, dict[str, float]]:
    """{label: {"yes": p, "no": p, "unsure": p}} for the user's words `labels` in `text` (one LLM call): a
    scoring completer (`scored` attribute: local_completer) gives each answer's probability, any other the
    grammar-constrained answer (probability 1)."""
    if not labels:
        return {}
    spec = score_spec(labels) if getattr(complete, "scored", False) else judge_gbnf(labels)
    return parse_scores(complete(system or SYSTEM, judge_user(text, labels), spec), labels)


def judge_values(text: str, labels: list[str], complete: Completer, system: str | None = None,
                 min_p: float = 0.0) -> dict[str, str]:
    """{label: "want" | "avoid" | "neither"} for the user's words `labels` in `text` (one LLM call); an answer
    less probable than `min_p` counts as "neither"."""
    out: dict[str, str] = {}
    for lab, ps in judge_scores(text, labels, complete, system).items():
        best = max(ANSWERS, key=lambda a: ps[a])
        out[lab] = ANSWERS[best] if ps[best] >= min_p else "neither"
    return out


@dataclass
class JudgeTrace:
    asked: bool
    labels: list[str] = field(default_factory=list)
    verdicts: dict[str, str] = field(default_factory=dict)
    ms: float = 0.0
    reason: str = ""
    p: dict[str, float] = field(default_factory=dict)  # each label's answer probability
    abstained: list[str] = field(default_factory=list)  # labels kept on neither side
    fixed: dict[str, str] = field(default_factory=dict)  # labels whose side a construction fixed (CONSTRUCTIONS)
    model: dict[str, str] | None = None  # the trained stance model's changes (agent.stance_model.combine)
    model_ms: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"asked": self.asked, "labels": self.labels, "verdicts": self.verdicts, "ms": round(self.ms, 1),
                **({"p": self.p} if self.p else {}), **({"abstained": self.abstained} if self.abstained else {}),
                **({"fixed": self.fixed} if self.fixed else {}),
                **({"model": self.model, "model_ms": round(self.model_ms, 1)} if self.model is not None else {}),
                **({"reason": self.reason} if self.reason else {})}


def judge_feedback(text: str, feedback: Feedback, catalog: Catalog, state: SessionState | None,
                   complete: Completer | None, gate: str = STANCE_GATE,
                   also: Feedback | None = None, abstain: bool | None = None,
                   constructions: bool | None = None) -> tuple[Feedback, JudgeTrace]:
    """The reading `feedback` of `text` with the stance of each value as the LLM judges it (_judge_step), then,
    when the completer carries a trained stance model (`complete.stance_model`: [(text, span)] -> probabilities;
    stance_judge_for attaches the product's, agent.stance_model), the model's veto and fill
    (agent.stance_model.combine, VETO_P / FILL_P): a value the model puts on the other side (p >= VETO_P) is
    kept on neither side (asked back), a value the judge abstained on takes the side the model is sure of."""
    out, trace = _judge_step(text, feedback, catalog, state, complete, gate, also, abstain, constructions)
    model = getattr(complete, "stance_model", None) if complete is not None else None
    if model is None:
        return out, trace
    from cesrec.agent import stance_model as smod

    merged = with_values_of(feedback, also) if also is not None else feedback
    targets = [t for t in stance_targets(text, merged, catalog, state) if t.span]
    if not targets:
        return out, trace
    t0 = time.perf_counter()
    ps = model([(text, t.span) for t in targets])
    out, trace.model = smod.combine(out, targets, {t.key: p for t, p in zip(targets, ps, strict=True)},
                                    smod.VETO_P, smod.FILL_P, abstained=set(trace.abstained), fixed=set(trace.fixed),
                                    neither_p=smod.NEITHER_P, move_p=smod.MOVE_P, doubt_p=smod.DOUBT_P,
                                    seconds=({t.key: smod.side_of(also, t.key) for t in targets}
                                             if smod.MOVE_SECONDED and also is not None else None))
    trace.model_ms = (time.perf_counter() - t0) * 1000
    # what the turn asks back (agent.clarify reads `abstained`): a vetoed value is on neither side now, a filled
    # one is saved and must not be asked about
    changed = trace.model or {}
    trace.abstained = sorted({a for a in trace.abstained if changed.get(a) not in ("want", "avoid")}
                             | {lab for lab, c in changed.items() if c in ("vetoed", "doubted")})
    return out, trace


def _judge_step(text: str, feedback: Feedback, catalog: Catalog, state: SessionState | None,
                complete: Completer | None, gate: str = STANCE_GATE,
                also: Feedback | None = None, abstain: bool | None = None,
                constructions: bool | None = None) -> tuple[Feedback, JudgeTrace]:
    """The reading `feedback` of `text` with the stance of each value as the LLM judges it.

    gate: which values take a verdict (STANCE_GATE's comment). With no completer, no value the user named, or no
    cue where the gate needs one, `feedback` comes back unchanged and no call is made.
    `also`: another reading of the same words (the rule reading): a value it has that `feedback` lost (a merge of
    two readings that disagreed drops the value) is judged too, and kept on the judged side when the judge says
    "want" or "avoid"."""
    if complete is None:
        return feedback, JudgeTrace(False, reason="no LLM")
    abstain = ABSTAIN if abstain is None else abstain
    base = feedback
    lost: set = set()
    if also is not None:
        feedback = with_values_of(base, also)
        lost = value_keys(feedback) - value_keys(base)
    targets = stance_targets(text, feedback, catalog, state)
    if not targets:
        return base, JudgeTrace(False, reason="no value")
    fixed = _fixed_sides(text, targets) if (CONSTRUCTIONS if constructions is None else constructions) else {}
    # the values' own words are no cue ("Raiders of the Lost Ark", "Dead Man Walking"): the cues are looked
    # for in the message with every value's words blanked
    bare = without_spans(text, [t.span for t in targets if t.span])
    if gate in ("cue", "broad") and not stance_cue(bare, broad=gate == "broad"):
        return _with_fixed(base, feedback, targets, fixed, lost), JudgeTrace(False, reason="no stance cue",
                                                                             fixed=_fixed_labels(targets, fixed))
    judged, refusals_only = _gated(bare, targets, gate)
    judged = [t for t in judged if t.key not in fixed]
    if not judged:
        return _with_fixed(base, feedback, targets, fixed, lost), JudgeTrace(
            False, reason=f"no stance cue in a value's {gate}", fixed=_fixed_labels(targets, fixed))
    labels = _labels_of(targets)
    t0 = time.perf_counter()
    try:
        scores = judge_scores(text, labels, complete)
    except Exception as e:  # noqa: BLE001 - the judge only refines a reading; a failure keeps the reading
        return base, JudgeTrace(True, labels, {}, (time.perf_counter() - t0) * 1000, f"judge failed: {e}"[:200])
    ms = (time.perf_counter() - t0) * 1000
    verdicts = {lab: ANSWERS[max(ANSWERS, key=lambda a: ps[a])] for lab, ps in scores.items()}
    by_key: dict = {k: ("want" if side > 0 else "avoid") for k, side in fixed.items()}
    drop: set = set()
    for t in judged:
        ps = scores.get(" ".join(t.label.split())[:60])
        if ps is None:
            continue
        side = decide(t.sign, t.key in lost, ps, stance_cue(scope_of(bare, t.span, "sentence"), broad=True),
                      refusals_only, abstain)
        if DOUBT_RATED_ONLY and side < 0 < t.sign and t.key not in lost and not refusals_only \
                and only_rated_negative(scope_of(bare, t.span, "sentence")):
            side = 0
        if side == 0:
            drop.add(t.key)
        elif side != t.sign or t.key in lost:
            by_key[t.key] = "want" if side > 0 else "avoid"
    out = apply_verdicts(feedback, by_key)
    # a lost value comes back only with a clear verdict; an abstention keeps the value on neither side
    out = without_values(out, drop | {k for k in lost if k not in by_key})
    dropped = sorted(lab for t in targets if t.key in drop and (lab := " ".join(t.label.split())[:60]))
    return out, JudgeTrace(True, labels, verdicts, ms, p={lab: round(max(ps.values()), 3) for lab, ps in scores.items()},
                           abstained=dropped, fixed=_fixed_labels(targets, fixed))


def _fixed_sides(text: str, targets: list[Target]) -> dict:
    """{key: +1 | -1} for the values whose side a construction of the grammar fixes (CONSTRUCTIONS)."""
    out: dict = {}
    for t in targets:
        side = construction_side(text, t, targets)
        if side is not None:
            out[t.key] = side
    return out


def _fixed_labels(targets: list[Target], fixed: dict) -> dict[str, str]:
    return {" ".join(t.label.split())[:60]: ("want" if fixed[t.key] > 0 else "avoid") for t in targets if t.key in fixed}


def _with_fixed(base: Feedback, feedback: Feedback, targets: list[Target], fixed: dict, lost: set) -> Feedback:
    """The reading with no judge's verdict: `base`, or, when a construction fixes some values' sides, the
    merged reading with those values on their sides and the other values the merge lost left out."""
    if not fixed:
        return base
    out = apply_verdicts(feedback, {k: ("want" if s > 0 else "avoid") for k, s in fixed.items()})
    return without_values(out, {k for k in lost if k not in fixed})


def _gated(bare: str, targets: list[Target], gate: str) -> tuple[list[Target], bool]:
    """(the values that take the judge's verdict under `gate`, whether the judge may only add refusals); `bare`:
    the message with the values' own words blanked."""
    judged = targets
    refusals_only = False
    if gate in ("clause", "sentence", "sentence_broad"):
        # only values whose own clause / sentence holds a stance cue take the verdict (all are asked about)
        scope = gate.split("_")[0]
        judged = [t for t in targets if stance_cue(scope_of(bare, t.span, scope), broad=gate.endswith("_broad"))]
    elif gate == "scoped":
        # a value takes the verdict when its own sentence holds a cue, or when the message holds none at all (a
        # refusal in plain words: "I'm all set with war movies"); not when the only cue is in another part of the
        # message ("a sci-fi movie but nothing before 1980": "nothing" is about the years)
        if stance_cue(bare, broad=True):
            judged = [t for t in targets if stance_cue(scope_of(bare, t.span, "sentence"), broad=True)]
        else:
            # with no cue word at all, a refusal the rule reader found comes from the context (a complaint about
            # the list just shown: "so many dramas"), which the judge does not see: it stands; the judge may only
            # find refusals in plain words the readers took for likes
            refusals_only = True
    return judged, refusals_only


def decide(sign: int, lost: bool, ps: dict[str, float], cue: bool, refusals_only: bool = False,
           abstain: bool = ABSTAIN) -> int:
    """The side (+1 liked, -1 refused, 0 neither) of one judged value. `sign`: the readers' side (for a `lost`
    value, the rule reading's: the LLM's arguments had it on the other side); `ps`: the judge's answer
    probabilities; `cue`: its sentence holds a stance cue.

    - the judge agreeing with the readers keeps the value where it is;
    - the judge moves a value to the other side (or brings back a lost one) only when its answer is at least
      MIN_MOVE_P probable;
    - with `abstain`, a value whose side is in doubt is kept on neither side (a value left out costs recall, a
      value on the wrong side is a flip): the judge against the readers below MIN_MOVE_P, and "unsure" on a value
      whose sentence holds a cue; without it, the readers' side stands;
    - `refusals_only` (a message with no cue word): the judge may only turn a like into a refusal."""
    best = max(ANSWERS, key=lambda a: ps[a])
    v = {"yes": 1, "no": -1}.get(best, 0)
    sure = ps[best] >= MIN_MOVE_P
    if refusals_only:
        return -1 if (v < 0 and sure) else (0 if lost else sign)
    if lost:
        return v if sure else 0
    if v == sign:
        return sign
    if v != 0 and sure:
        return v
    if abstain and (v != 0 or cue):
        return 0
    return sign


SYSTEM = _system()


# --------------------------------------------------------------------------------------------------------
# Completers
# --------------------------------------------------------------------------------------------------------


def _chatml(system: str, user: str) -> str:
    return (f"<|im_start|>system\n{system}<|im_end|>\n<|im_start|>user\n{user}<|im_end|>\n"
            "<|im_start|>assistant\n")


def local_completer(chat_model: Any, n_ctx: int = JUDGE_CTX, max_tokens: int = 96) -> Completer:
    """A Completer over the embedded LLM's GGUF (an agent.llm_local.ChatLlamaCppLocal), in a llama.cpp context of
    its own (the orchestrator's cached prompt prefix is left alone)."""
    from cesrec.agent.llama_decode import decode
    from cesrec.agent.llm_local import _load_llama

    state: dict[str, Any] = {}
    seen: dict[tuple[str, str, str], str] = {}  # a retried call in the same turn asks the same question
    load_lock = threading.Lock()

    def complete(system: str, user: str, gbnf: str) -> str:
        key = (system, user, gbnf)
        if key in seen:
            return seen[key]
        with load_lock:
            if "llama" not in state:
                state["llama"], state["lock"] = _load_llama(chat_model.model_path, n_ctx, chat_model.n_threads,
                                                            chat_model.seed)
        llama, lock = state["llama"], state["lock"]
        with lock:
            tokens = llama.tokenize(_chatml(system, user).encode("utf-8"), add_bos=False, special=True)
            if len(tokens) + max_tokens > n_ctx:
                raise ValueError(f"judge prompt of {len(tokens)} tokens does not fit {n_ctx}")
            if gbnf.startswith(SCORE_SPEC):
                out = json.dumps(_score_labels(llama, _chatml(system, user), json.loads(gbnf[len(SCORE_SPEC):])),
                                 ensure_ascii=False)
            else:
                out = decode(llama, tokens, gbnf, max_tokens).text
        if len(seen) > 256:
            seen.clear()
        seen[key] = out
        return out

    complete.scored = True  # type: ignore[attr-defined]
    return complete


def _eval_logits(llama: Any, tokens: list[int]) -> Any:
    """The next-token logits after `tokens`, re-evaluating only what the context's KV cache does not hold."""
    import numpy as np

    prev = llama.input_ids[: llama.n_tokens]
    n = min(len(prev), len(tokens))
    diff = np.nonzero(np.asarray(prev[:n]) != np.asarray(tokens[:n], dtype=prev.dtype))[0]
    lcp = min(int(diff[0]) if len(diff) else n, len(tokens) - 1)
    llama.n_tokens = lcp
    llama.eval(tokens[lcp:])
    return np.ctypeslib.as_array(llama._ctx.get_logits_ith(-1), shape=(llama.n_vocab(),)).copy()


def _score_labels(llama: Any, prompt: str, labels: list[str]) -> dict[str, dict[str, float]]:
    """Each label's answer probabilities, read from the model's next-token distribution where the answer
    starts (softmax over the first tokens of "yes" / "no" / "unsure"), label after label in the output's
    order, the most probable answer written before the next label: the same answers as greedy decoding
    under judge_gbnf's grammar, with their probabilities (so an unsure judgement can be told from a sure one)."""
    import numpy as np

    lead = '{"x": "'
    base = llama.tokenize(lead.encode(), add_bos=False, special=False)
    ids = [llama.tokenize((lead + a).encode(), add_bos=False, special=False)[len(base)] for a in ANSWERS]
    out, res = "{", {}
    for n, lab in enumerate(labels):
        out += ("" if n == 0 else ", ") + json.dumps(lab, ensure_ascii=False) + ': "'
        logits = _eval_logits(llama, llama.tokenize((prompt + out).encode("utf-8"), add_bos=False, special=True))
        z = logits[ids] - logits[ids].max()
        p = np.exp(z) / np.exp(z).sum()
        res[lab] = {a: round(float(x), 4) for a, x in zip(ANSWERS, p, strict=True)}
        out += list(ANSWERS)[int(np.argmax(p))] + '"'
    return res


def warm_up_judge(complete: Completer) -> float:
    """Load the judge's llama.cpp context and prefill its fixed instructions and examples (they stay in its KV
    cache), so a user's first judged turn pays only for the message: measured before this, the first judged turn
    of a process cost ~45 s more at load 8. Returns the seconds it took."""
    t0 = time.perf_counter()
    judge_values("I can never get enough of westerns", ["westerns"], complete)
    model = getattr(complete, "stance_model", None)
    if model is not None:
        model([("I can never get enough of westerns", (26, 34))])
    return time.perf_counter() - t0


def stance_judge_for(llm: Any) -> Completer | None:
    """The stance judge for the agent's LLM: the embedded model (a ChatLlamaCppLocal, judged in a context of its
    own); None for any other LLM (an OpenAI-compatible endpoint: its readers' polarity stands). It carries the
    trained stance model (`stance_model`, agent.stance_model.product_reader): StanceModelMissing, saying how to
    train it, when it was never trained."""
    if llm is None or not hasattr(llm, "model_path") or not hasattr(llm, "n_threads"):
        return None
    from cesrec.agent.stance_model import product_reader

    key = (str(llm.model_path), int(llm.n_threads), int(getattr(llm, "seed", 0)))
    with _JUDGES_LOCK:
        if key not in _JUDGES:
            judge = local_completer(llm)
            judge.stance_model = product_reader()  # type: ignore[attr-defined]
            _JUDGES[key] = judge
        return _JUDGES[key]


_JUDGES: dict[tuple[str, int, int], Completer] = {}
_JUDGES_LOCK = threading.Lock()


def recorded_completer(path: str | Path, inner: Completer | None = None, scored: bool | None = None,
                       command: str | None = None) -> Completer:
    """Replays judge calls recorded in the JSONL `path` (keyed by system prompt, user message and grammar or
    score request); a call not there goes to `inner` and is appended, or raises KeyError when there is no
    `inner`. `scored`: whether it asks for answer probabilities (default: as `inner`; without one, True).
    `command`: the command recording; before the first call this process appends, a `{"_meta": {"command",
    "date"}}` record names it (replay skips such records)."""
    path = Path(path)
    seen: dict[tuple[str, str, str], str] = {}
    if path.is_file():
        for line in path.read_text().splitlines():
            if line.strip():
                r = json.loads(line)
                if "_meta" not in r:
                    seen[(r["system"], r["user"], r["gbnf"])] = r["out"]
    lock = threading.Lock()
    wrote_meta: list[bool] = []

    def complete(system: str, user: str, gbnf: str) -> str:
        k = (system, user, gbnf)
        if k in seen:
            return seen[k]
        if inner is None:
            raise KeyError(f"no recorded judge call for {user!r}")
        t0 = time.perf_counter()
        out = inner(system, user, gbnf)
        ms = (time.perf_counter() - t0) * 1000
        with lock:
            seen[k] = out
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a") as f:
                if not wrote_meta:
                    wrote_meta.append(True)
                    f.write(json.dumps({"_meta": {"command": command or "", "date": datetime.now(UTC).isoformat(
                        timespec="seconds")}}) + "\n")
                f.write(json.dumps({"system": system, "user": user, "gbnf": gbnf, "out": out, "ms": round(ms, 1)},
                                   ensure_ascii=False) + "\n")
        return out

    if scored is None:  # as the inner judge; replaying alone: as the recorded calls
        scored = getattr(inner, "scored", False) if inner else any(k[2].startswith(SCORE_SPEC) for k in seen)
    complete.scored = scored  # type: ignore[attr-defined]
    return complete
