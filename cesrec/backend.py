"""Glue between the doors (HTTP server, MCP server) and the agent: the JSON view of a session's state and
`AgentBackend`, the server's ChatBackend over agent.api.RecommenderAgent."""

from __future__ import annotations

from typing import Any

from tools.state import SessionState


def _item(catalog: Any, item: int) -> dict[str, Any]:
    return {
        "item": int(item),
        "title": catalog.titles[item],
        "year": catalog.years[item],
        "genres": list(catalog.genres[item]),
    }


def state_view(state: SessionState, catalog: Any) -> dict[str, Any]:
    """What a UI or API user wants to see: ids resolved to titles, masked/pseudo items with reasons and
    provenance, positions in the original history marked."""
    masked_at = {m.position: m for m in state.masked}
    prefs = state.preferences
    return {
        "user_id": state.user_id,
        "turn": state.turn,
        "history": [
            {**_item(catalog, it), "position": p, "masked": p in masked_at} for p, it in enumerate(state.history)
        ],
        "masked": [
            {**_item(catalog, m.item), "position": m.position, "score": round(float(m.score), 4),
             "reason": m.reason, "kind": m.kind}
            for m in sorted(state.masked, key=lambda m: m.position)
        ],
        "pseudo": [
            {**_item(catalog, p.item), "turn": p.turn, "source": p.source,
             "semantic_score": round(float(p.semantic_score), 4), "srs_score": round(float(p.srs_score), 4),
             "score": round(float(p.score), 4)}
            for p in state.pseudo
        ],
        "preferences": {
            "liked": prefs.liked,
            "disliked": prefs.disliked,
            "liked_items": [_item(catalog, i) for i in prefs.liked_items],
            "disliked_items": [_item(catalog, i) for i in prefs.disliked_items],
            "wishes": list(prefs.wishes),
        },
        "shown_items": [_item(catalog, i) for i in state.shown],
        "rejected_items": [_item(catalog, i) for i in state.rejected],
        "last_recommendations": [r.model_dump() for r in state.last_recommendations],
        "constraints": state.constraints.model_dump(),
    }
