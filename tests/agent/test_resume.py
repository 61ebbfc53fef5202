"""A session survives killing the process (SIGKILL) and resumes from the SQLite checkpoint."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent('''
    import json, os, sys, time
    from cesrec.agent.api import RecommenderAgent
    from cesrec.agent.llm_scripted import ScriptedChatModel, tool_call
    from cesrec.recmodel.sources import shared_ml100k_dir
    from cesrec.recmodel.metadata import ml100k_item_extra
    from cesrec.tools.engine import CESRecEngine

    d = shared_ml100k_dir()
    # the engine the test session built (tests/conftest.py: data_kwargs), loaded from its cache
    eng = CESRecEngine.load("ml-100k", "sasrec", source=d, item_extra=ml100k_item_extra(d),
                            epochs=int(os.environ.get("CESREC_TEST_EPOCHS", "3")))
    mode, db = sys.argv[1], sys.argv[2]
    if mode == "first":
        llm = ScriptedChatModel(responses=[tool_call("update_preferences", like=["Comedy"]),
                                           "Comedies it is."])
        agent = RecommenderAgent(engine=eng, llm=llm, checkpointer="sqlite", sessions_path=db)
        r = agent.chat("sess-1", "42", "I want comedies")
        print(json.dumps({"state": agent.session_state("sess-1").model_dump(mode="json"),
                          "recs": [x["item"] for x in r.recommendations]}), flush=True)
        time.sleep(600)  # the test kills us with SIGKILL
    else:
        llm = ScriptedChatModel(responses=[tool_call("recommend", k=5), "More comedies."])
        agent = RecommenderAgent(engine=eng, llm=llm, checkpointer="sqlite", sessions_path=db)
        before = agent.session_state("sess-1")
        r = agent.chat("sess-1", "42", "more please")
        print(json.dumps({"before": before.model_dump(mode="json"),
                          "prompt": [m.content for m in llm.seen[0]],
                          "recs": [x["item"] for x in r.recommendations],
                          "after_turn": agent.session_state("sess-1").turn}), flush=True)
''')


def test_resume_after_kill(engine, tmp_path):
    script = tmp_path / "run.py"
    script.write_text(SCRIPT)
    db = tmp_path / "sessions.sqlite"
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    p1 = subprocess.Popen([sys.executable, str(script), "first", str(db)], stdout=subprocess.PIPE, text=True,
                          env=env)
    try:
        line = p1.stdout.readline()
        assert line, "first process produced no output"
        first = json.loads(line)
    finally:
        p1.send_signal(signal.SIGKILL)  # no clean shutdown: only what was committed survives
        p1.wait(timeout=30)
    assert p1.returncode == -signal.SIGKILL

    p2 = subprocess.run([sys.executable, str(script), "second", str(db)], capture_output=True, text=True,
                        env=env, timeout=600)
    assert p2.returncode == 0, p2.stderr[-2000:]
    second = json.loads(p2.stdout.strip().splitlines()[-1])
    assert second["before"] == first["state"]  # identical state after the kill
    prompt = "\n".join(second["prompt"])
    assert '"I want comedies"' in prompt  # the conversation continues: earlier request in the context note
    assert "Saved: likes Comedy" in prompt  # saved preferences reach the LLM
    assert not set(second["recs"]) & set(first["recs"])  # already shown items are not repeated
    assert all("Comedy" in engine.catalog.genres[i] for i in second["recs"])
