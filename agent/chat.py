"""Terminal chat (`cesrec chat`): streamed answers, tool activity, recommendations as a table.

Slash commands: /history (original, masked and pseudo items), /reset [history], /quit. Sessions are checkpointed,
so `cesrec chat --session ID` resumes a conversation after a restart.
"""

from __future__ import annotations

from collections.abc import Callable

from cesrec.agent.api import AgentReply, AgentTurnError, RecommenderAgent
from cesrec.agent.llm_config import LLMUnavailableError
from cesrec.tools.lexicon import is_blank
from rich.console import Console
from rich.markup import escape
from rich.table import Table

HELP = ("Commands: /history  /reset [ids or titles, comma-separated; [] = empty]  /quit   "
        "(anything else is a message to the recommender)")


def recommendations_table(recs: list[dict]) -> Table:
    t = Table(show_header=True, header_style="bold", expand=False)
    t.add_column("#", justify="right")
    t.add_column("title")
    t.add_column("year", justify="right")
    t.add_column("genres")
    t.add_column("why", overflow="fold", max_width=60)
    for i, r in enumerate(recs, 1):
        t.add_row(str(i), r["title"], str(r.get("year") or ""), ", ".join(r.get("genres") or []), r.get("why", ""))
    return t


def history_tables(agent: RecommenderAgent, session_id: str) -> list[Table]:
    h = agent.history(session_id)
    masked = {m["position"] for m in h["masked"]}
    orig = Table(title=f"original history ({len(h['original'])} items, oldest first)", show_header=False)
    orig.add_column("pos", justify="right")
    orig.add_column("title")
    for p, it in enumerate(h["original"]):
        orig.add_row(str(p), f"[strike dim]{it['title']}[/]" if p in masked else it["title"])
    m = Table(title="masked (hidden from the recommender)")
    m.add_column("pos", justify="right")
    m.add_column("title")
    m.add_column("reason", overflow="fold", max_width=70)
    for x in h["masked"]:
        m.add_row(str(x["position"]), x["title"], x["reason"])
    ps = Table(title="pseudo items (appended from your feedback)")
    ps.add_column("turn", justify="right")
    ps.add_column("title")
    ps.add_column("from feedback", overflow="fold", max_width=60)
    for x in h["pseudo"]:
        ps.add_row(str(x["turn"]), x["title"], x["source"])
    return [orig, m, ps]


def run_turn(agent: RecommenderAgent, session_id: str, user_id: str, text: str, console: Console) -> AgentReply | None:
    """One streamed turn printed to the console; errors are printed, never raised."""
    reply: AgentReply | None = None
    started = False
    try:
        for ev in agent.stream(session_id, user_id, text):
            if ev.type == "tool_start":
                args = ", ".join(f"{k}={v!r}" for k, v in ev.data["args"].items() if v not in ([], "", None))
                console.print(f"[dim]  → {ev.data['name']}({args})[/]")
            elif ev.type == "tool_end":
                mark = "[green]✓[/]" if ev.data["status"] == "success" else "[red]✗[/]"
                extra = "" if ev.data["status"] == "success" else f" {ev.data['text'][:160]}"
                console.print(f"[dim]  {mark} {ev.data['name']} {ev.data['ms']:.0f} ms{extra}[/]")
            elif ev.type == "token":
                if not started:
                    console.print("[bold cyan]cesrec>[/] ", end="")
                    started = True
                console.print(ev.data["text"], end="", soft_wrap=True, highlight=False, markup=False)
            elif ev.type == "final":
                reply = ev.data["reply"]
    except (AgentTurnError, LLMUnavailableError, ValueError) as e:
        console.print(f"\n[red]error:[/] {e}")
        return None
    if reply is None:
        return None
    if not started:
        console.print(f"[bold cyan]cesrec>[/] {reply.text}", highlight=False)
    else:
        console.print()
        g = reply.grounding or {}
        if g.get("source") == "rendered from tool results":
            # the streamed answer named what the tools did not return: show the answer written from the results
            console.print(f"[yellow]  (that answer named {', '.join(g.get('unsupported') or [])}, which the tools did "
                          f"not return; from the results:)[/]")
            console.print("[bold cyan]cesrec>[/] ", end="")
            console.print(reply.text, highlight=False, markup=False)
    if reply.recommendations:
        console.print(recommendations_table(reply.recommendations))
    t = reply.timings
    console.print(f"[dim]  {t.get('total_s', 0):.1f} s (LLM {t.get('llm_s', 0):.1f} s, "
                  f"{t.get('llm_calls', 0)} calls; tools {1000 * t.get('tool_s', 0):.0f} ms)[/]")
    return reply


def _reset(agent: RecommenderAgent, session_id: str, user_id: str, arg: str, console: Console) -> None:
    """`/reset`: back to the starting history; `/reset 50, Heat (1995)`: start over with that history instead
    (as `--history`); `/reset []`: with an empty one. A bad entry is named and nothing changes."""
    from cesrec.agent.history import HistoryError, parse_history_text

    try:
        entries = None if not arg else [] if arg == "[]" else parse_history_text(arg)
        state = agent.reset(session_id, user_id, history=entries)
    except HistoryError as e:
        console.print(f"[red]{escape(str(e))}[/] (session unchanged)")
        return
    what = "original history" if entries is None else f"{len(state.history)} items given"
    console.print(f"[yellow]session reset: {what}, no preferences[/]")


def run_chat(agent: RecommenderAgent, session_id: str, user_id: str, console: Console | None = None,
             read: Callable[[str], str] = input, history: list[int | str] | None = None) -> None:
    """The REPL. `read` is injectable for tests. `history`: the session's starting history (ids and/or
    titles) when it is created here; see RecommenderAgent.new_session."""
    console = console or Console()
    state = agent.new_session(session_id, user_id, history)
    console.print(f"[bold]CESRec chat[/] — user {user_id}, session [cyan]{session_id}[/] "
                  f"(resume with --session {session_id}); LLM: {agent.llm_label}")
    origin = agent.origin(state)
    if not state.history:
        who = "new user" if origin["new_user"] else "no history"
        console.print(f"[dim]{who}: your history starts empty; tell me films or kinds of film you like "
                      f"(popular films until then). turn {state.turn}. {HELP}[/]")
    else:
        given = " (given)" if origin["history_source"] == "caller" else ""
        console.print(f"[dim]{len(state.history)} items in your history{given}, turn {state.turn}. {HELP}[/]")
    while True:
        try:
            text = read("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            console.print()
            return
        if is_blank(text):  # zero-width and format characters are no message either
            continue
        if text.startswith("/"):
            cmd = text.split()[0].lower()
            if cmd in ("/quit", "/exit", "/q"):
                return
            if cmd == "/history":
                for t in history_tables(agent, session_id):
                    console.print(t)
            elif cmd == "/reset":
                _reset(agent, session_id, user_id, text[len("/reset"):].strip(), console)
            else:
                console.print(f"[yellow]unknown command {cmd}[/]. {HELP}")
            continue
        run_turn(agent, session_id, user_id, text, console)
