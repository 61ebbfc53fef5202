"""The Python snippets of README.md and docs/using.md run as written (the embedded LLM swapped for the scripted
chat model and the shared test engine; everything else, the names and the reply's fields, as a reader copies
them). They once read `r.title` from recommendations that are dicts."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
from cesrec.agent.llm_scripted import tool_call

ROOT = Path(__file__).resolve().parents[2]


def _snippet(doc: str) -> str:
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / doc).read_text(), flags=re.S)
    hits = [b for b in blocks if "RecommenderAgent()" in b and "agent.chat(" in b]
    assert len(hits) == 1, f"{doc}: expected one Python snippet that builds RecommenderAgent() and chats"
    return hits[0]


@pytest.mark.parametrize("doc", ["README.md", "docs/using.md"])
def test_python_snippet_runs_as_written(doc, make_agent, monkeypatch):
    import cesrec.agent.api as api

    agent, _ = make_agent([tool_call("update_preferences", like=["Comedy"], dislike=["Horror"])])
    monkeypatch.setattr(api, "RecommenderAgent", lambda *a, **kw: agent)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(_snippet(doc), doc, "exec"), {"__name__": "__snippet__"})
    lines = out.getvalue().splitlines()
    assert len(lines) >= 1 + 5, out.getvalue()  # the reply text, then one line per recommendation
    assert any("Comedy" in ln for ln in lines[1:])
