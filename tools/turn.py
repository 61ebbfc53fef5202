"""One conversation turn: the turn operations (pure: state in, new state out), reading the engine through the
narrow interfaces of tools/item_space.py (`TurnSpace`, `SignalSource`); the turn's knobs (`TurnConfig`) and
fusion weights live in tools/turn_config.py.

A turn: `apply_feedback` (validate + accumulate preferences, queue the feedback) then
`recommend_with_feedback`: mask disliked + outlier history items -> construct pseudo interactions from the
queued feedback -> SRS scores on the masked+pseudo sequence, blended with the masked history's scores
(`turn_scores`, TurnConfig.pseudo_weight) -> accumulated constraints act on the ranking -> exclude
consumed/shown/rejected (never pseudo) items -> top-k with a one-line "why" each.

Constraints (`TurnConfig.constraint_mode`):
- "filter": items are ranked first by how many liked constraint groups they satisfy (each liked genre is a
  group; decade, director, actor, writer and rating are one group each), then by SRS score. With at least k
  items satisfying everything this is exactly a hard filter; with fewer it relaxes gracefully instead of
  returning an empty list. Disliked values and items are always hard exclusions.
- "boost": SRS score + gamma * std(SRS scores) * (groups satisfied) — a calibrated soft version.
- "off": no constraint on the ranking (the paper as published).
What was applied is recorded in `state.constraints`.
"""

from __future__ import annotations

import numpy as np
from cesrec.tools.construct import construct_pseudo_interactions
from cesrec.tools.feedback import Feedback, FeedbackError, parse_feedback_rules, validate_feedback
from cesrec.tools.item_space import SignalSource, TurnSpace
from cesrec.tools.masking import mask_disliked, mask_outliers
from cesrec.tools.ranking import constrained_scores, constraint_groups, top_k, zscore
from cesrec.tools.state import AppliedConstraints, Preferences, Recommendation, SessionState
from cesrec.tools.threads import single_threaded
from cesrec.tools.turn_config import TurnConfig


def _merge(into: dict[str, list[str]], add: dict[str, list[str]]) -> dict[str, list[str]]:
    out = {k: list(v) for k, v in into.items()}
    for kind, vals in add.items():
        bucket = out.setdefault(kind, [])
        bucket += [v for v in vals if v not in bucket]
    return {k: v for k, v in out.items() if v}


def _remove(frm: dict[str, list[str]], rm: dict[str, list[str]]) -> dict[str, list[str]]:
    out = {k: [v for v in vals if v not in rm.get(k, [])] for k, vals in frm.items()}
    return {k: v for k, v in out.items() if v}


def apply_feedback(engine: TurnSpace, state: SessionState, feedback: Feedback | str) -> SessionState:
    """Validate `feedback` (text goes through the rule parser) against the catalogue, fold it into the
    accumulated preferences, queue it for pseudo construction and advance the turn.

    Empty feedback is a documented no-op (the same state comes back). Unknown attribute values or item
    ids raise FeedbackError naming the field and value. A value said positively now overrides an earlier
    negative one and vice versa; disliked items join `rejected`. Pseudo items the user now rejects (the item
    itself or a disliked attribute of it) leave the pseudo sequence: it must not keep steering the SRS
    towards what was just refused. A new year bound replaces the old one; descriptions accumulate (last 5)."""
    if isinstance(feedback, str):
        feedback = parse_feedback_rules(feedback, engine.catalog, state)
    elif not isinstance(feedback, Feedback):
        raise FeedbackError(f"feedback must be a Feedback or a string, got {type(feedback).__name__}")
    fb = validate_feedback(feedback, engine.catalog, strict=True)
    if fb.is_empty():
        return state
    p = state.preferences
    liked = _merge(_remove(p.liked, fb.disliked_attributes), fb.liked_attributes)
    disliked = _merge(_remove(p.disliked, fb.liked_attributes), fb.disliked_attributes)
    liked_items = [i for i in p.liked_items if i not in fb.disliked_items and i not in fb.liked_items]
    liked_items += list(fb.liked_items)  # a film named again becomes the most recent reference
    disliked_items = [i for i in p.disliked_items if i not in fb.liked_items]
    disliked_items += [i for i in fb.disliked_items if i not in disliked_items]
    wishes = list(p.wishes)
    if fb.free_text.strip():
        wishes = (wishes + [fb.free_text.strip()[:500]])[-10:]
    descriptions = list(p.descriptions)
    if fb.description.strip():
        descriptions = (descriptions + [fb.description.strip()])[-5:]
    year_min = fb.year_min if fb.year_min is not None else p.year_min
    year_max = fb.year_max if fb.year_max is not None else p.year_max
    if year_min is not None and year_max is not None and year_min > year_max:
        # the newer statement wins over a contradicting old bound
        year_min, year_max = (fb.year_min, None) if fb.year_min is not None else (None, fb.year_max)
    prefs = Preferences(liked=liked, disliked=disliked, liked_items=liked_items[-20:],
                        disliked_items=disliked_items, year_min=year_min, year_max=year_max,
                        descriptions=descriptions, wishes=wishes)
    rejected = list(state.rejected) + [i for i in fb.disliked_items if i not in state.rejected]
    pseudo = list(state.pseudo)
    if pseudo and (fb.disliked_items or any(fb.disliked_attributes.values())):
        refused = engine.disliked_mask(prefs)
        pseudo = [q for q in pseudo if not refused[q.item]]
    return state.model_copy(update={
        "preferences": prefs,
        "rejected": rejected,
        "pseudo": pseudo,
        "turn": state.turn + 1,
        "pending_feedback": fb,
    })


def _why(engine: TurnSpace, state: SessionState, item: int, groups: list[tuple[str, np.ndarray]],
         context: tuple | None = None) -> str:
    matched = [d for d, m in groups if m[item]]
    bits = []
    if matched:
        bits.append("matches " + ", ".join(matched))
    # the collaborative reason first: people who loved a film the user named also watched this one
    fans = [r for r in reversed(state.preferences.liked_items) if item in engine.neighbours.ids[r][:50]]
    if fans:
        bits.append(f"often watched by people who loved {engine.catalog.label(fans[0])}")
        return "; ".join(bits)
    near = engine.similar_in_sequence(state, item, top=1, context=context)
    if near:
        if near[0]["item"] in state.preferences.liked_items:
            role = "which you loved"
        else:
            role = "a pseudo item from your feedback" if near[0]["role"] == "pseudo" else "your history"
        bits.append(f"close to {near[0]['title']} ({role})")
    if not bits:
        bits.append("ranked high by the sequential model for your recent history")
    return "; ".join(bits)


def evidence_context(prefs: Preferences) -> str | None:
    """Which open-feedback evidence the session holds: 'refs', 'desc', 'refs+desc' or None (attributes)."""
    refs, desc = bool(prefs.liked_items), bool(prefs.descriptions)
    if refs and desc:
        return "refs+desc"
    return "refs" if refs else ("desc" if desc else None)


def turn_scores(engine: SignalSource, state: SessionState, config: TurnConfig) -> np.ndarray:
    """The score vector a turn ranks by (before constraints and exclusions).

    Attribute feedback only: (1 - w) * z(SRS(masked history)) + w * z(SRS(masked history + pseudo items)),
    w = pseudo_weight -- the rewritten sequence nudges the ranking instead of replacing the user's own
    signal (z-scores make logit vectors comparable); w = 1 is the paper (the rewritten sequence alone).

    Once the user has pointed at films or described what they want, what they just said outweighs an
    old history: the turn is a weighted sum of z-scored signals -- the SRS on the history, the SRS on the
    rewritten sequence (referenced films and retrieved pseudo items appended), the collaborative
    neighbours of the referenced films, their semantic neighbours and the description's -- with weights
    per evidence context (`config.fusion`, chosen on validation users; see evals/tuning/fusion.py)."""
    ctx = evidence_context(state.preferences) if config.use_evidence else None
    if ctx is None:
        w = config.pseudo_weight
        if not state.pseudo or w >= 1.0:
            return engine.srs_scores(state).astype(np.float64)
        base = engine.srs_scores(state.model_copy(update={"pseudo": []})).astype(np.float64)
        if w == 0.0:
            return base
        return (1.0 - w) * zscore(base) + w * zscore(engine.srs_scores(state).astype(np.float64))
    weights = config.fusion.get(ctx, {})
    mix = config.mixture.get(ctx) or {}
    wanted = {n for n, w in weights.items() if w} | {e for e in mix if e != "fused"}
    signals: dict[str, np.ndarray] = {}
    if wanted & {"history", "rewrite"}:
        signals["history"] = engine.srs_scores(state.model_copy(update={"pseudo": []}))
    if "rewrite" in wanted:
        signals["rewrite"] = engine.srs_scores(state) if state.pseudo else signals["history"]
    signals.update(engine.evidence(state.preferences, config.knn_decay, config.description_decay,
                                   config.lexical_weight))
    z = {name: zscore(v) for name, v in signals.items()}
    total = np.zeros(engine.num_items + 1, dtype=np.float64)
    unscored = np.zeros(engine.num_items + 1, dtype=bool)
    for name, w in weights.items():
        if w and name in z:
            fin = np.isfinite(z[name])
            # an item a signal cannot score stays out whatever the weight's sign (w < 0 times -inf was +inf,
            # and +inf plus another signal's -inf NaN, in the fusion search's negative weights)
            total += w * np.where(fin, z[name], 0.0)
            unscored |= ~fin
    total[unscored] = -np.inf
    total[0] = -np.inf
    if mix:
        total = mixture_scores(total, z, mix)
    return total


def mixture_scores(fused: np.ndarray, z: dict[str, np.ndarray], mix: dict[str, list[float]]) -> np.ndarray:
    """log sum_e share_e * softmax(sharpness_e * x_e): x_e is the fused score or one z-scored signal."""
    parts = []
    for e, (share, sharp) in mix.items():
        x = fused if e == "fused" else z.get(e)
        if x is None or share <= 0:
            continue
        x = np.where(np.isfinite(x), x, -np.inf)
        x[0] = -np.inf
        logits = sharp * x
        m = logits[1:].max()
        logp = logits - (m + np.log(np.exp(logits[1:] - m).sum()))
        parts.append(np.log(share) + logp)
    if not parts:
        return fused
    out = np.logaddexp.reduce(np.stack(parts), axis=0)
    out[0] = -np.inf
    return out


def latest_request(feedback: Feedback | None, previous: Preferences | None = None) -> Preferences | None:
    """The user's current request after this turn's feedback: the liked values and year bounds that rank first,
    the earlier requests' values being a soft boost (tools/ranking.constrained_scores `current`).

    A turn that names values refines the previous request: its values replace the previous request's values of
    the same kind (westerns after a war film: westerns) and keep the other kinds ("from the 90s" after westerns:
    90s westerns); a new year bound replaces the old one. A turn that only describes content or names films asks
    for something new: no value of its own ranks first. A turn that only refuses something, or adds nothing,
    keeps the previous request (None before any request: every accumulated value ranks as `mode` says)."""
    if feedback is None:
        return previous
    named = {k: list(v) for k, v in feedback.liked_attributes.items() if v}
    bounds = feedback.year_min is not None or feedback.year_max is not None
    if named or bounds:
        base = previous or Preferences()
        liked = {k: list(v) for k, v in base.liked.items() if k not in named}
        liked.update(named)
        ymin, ymax = (feedback.year_min, feedback.year_max) if bounds else (base.year_min, base.year_max)
        return Preferences(liked=liked, year_min=ymin, year_max=ymax)
    if feedback.description.strip() or feedback.liked_items:
        return Preferences()
    return previous


def rank_items(engine: TurnSpace, state: SessionState, k: int, config: TurnConfig,
               latest: Preferences | None = None
               ) -> tuple[list[tuple[int, float]], AppliedConstraints, list[tuple[str, np.ndarray]]]:
    """Top-k (item, score) for the state's current sequence with constraints applied (no state change).
    `latest`: the turn's new request (`latest_request`); its values rank first, earlier ones are a boost."""
    scores = turn_scores(engine, state, config)
    prefs = state.preferences
    seen = state.seen_items()
    excluded = seen | {engine.copy_of[i] for i in seen if i in engine.copy_of} | set(prefs.liked_items) \
        | engine.never_shown
    eff, groups = constrained_scores(scores, prefs, engine, config.constraint_mode, excluded, config.boost_gamma,
                                     current=latest)
    mode = config.constraint_mode
    top = [(i, float(scores[i])) for i, _ in top_k(eff, k)]
    full = _count_full(eff, groups) if groups else int(np.isfinite(eff).sum())
    hard = None if latest is None else {d for d, _ in constraint_groups(engine, latest)}
    relaxed = [d for d, m in groups if (hard is None or d in hard) and any(not m[i] for i, _ in top)]
    applied = AppliedConstraints(mode=mode, required=prefs.liked if mode != "off" else {},
                                 excluded=prefs.disliked if mode != "off" else {}, relaxed=relaxed,
                                 candidates=full)
    return top, applied, groups


def _count_full(eff: np.ndarray, groups: list[tuple[str, np.ndarray]]) -> int:
    """Admissible items that satisfy every liked constraint group."""
    ok = np.isfinite(eff)
    for _, m in groups:
        ok &= m
    return int(ok.sum())


def prepare_sequence(engine: TurnSpace, state: SessionState, config: TurnConfig | None = None) -> SessionState:
    """The rewrite part of a turn: mask disliked + outliers, then construct pseudo items from the queued
    feedback. Before any feedback (turn 0) the history is left as it is."""
    cfg = config or engine.config
    if state.turn >= 1:
        if cfg.mask_disliked_history:
            state = mask_disliked(engine, state)
        if cfg.mask_method:
            state = mask_outliers(engine, state, method=cfg.mask_method, k=cfg.mask_k, similarity=cfg.similarity,
                                  max_fraction=cfg.max_mask_fraction, window=engine.window)
    if state.pending_feedback is not None:
        state = construct_pseudo_interactions(engine, state, m=cfg.pseudo_m, candidates=cfg.pseudo_candidates,
                                              beta=cfg.pseudo_beta, retrieval=cfg.retrieval,
                                              append_references=cfg.append_references)
    return state


def recommend_with_feedback(engine: TurnSpace, state: SessionState, k: int = 10,
                            config: TurnConfig | None = None) -> tuple[SessionState, list[Recommendation]]:
    """mask -> construct -> scores (see turn_scores) -> constraints -> exclude consumed/shown/rejected and
    the films the user named (retrieved pseudo items stay eligible) -> top-k with a one-line why. The returned state records the
    shown items, the recommendations and the applied constraints."""
    if not isinstance(k, int) or isinstance(k, bool) or k < 1:
        raise ValueError(f"k must be a positive integer, got {k!r}")
    cfg = config or engine.config
    latest = latest_request(state.pending_feedback, state.request)
    if latest is not None:  # a value the user has since refused is no longer asked for
        refused = state.preferences.disliked
        kept = {k: [v for v in vs if v not in refused.get(k, [])] for k, vs in latest.liked.items()}
        latest = latest.model_copy(update={"liked": {k: vs for k, vs in kept.items() if vs}})
    with single_threaded():
        state = prepare_sequence(engine, state, cfg)
        top, applied, groups = rank_items(engine, state, k, cfg, latest)
        c = engine.catalog
        ctx = engine.sequence_context(state)
        recs = [
            Recommendation(item=i, title=c.titles[i], year=c.years[i], genres=list(c.genres[i]),
                           score=round(s, 4), why=_why(engine, state, i, groups, ctx))
            for i, s in top
        ]
    shown = list(state.shown) + [r.item for r in recs if r.item not in state.shown]
    new = state.model_copy(update={"shown": shown, "last_recommendations": recs, "constraints": applied,
                                   "request": latest})
    return new, recs


__all__ = [
    "apply_feedback",
    "evidence_context", "turn_scores", "mixture_scores", "latest_request", "rank_items", "prepare_sequence",
    "recommend_with_feedback",
]
