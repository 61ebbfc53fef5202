"""`./scripts/demo.sh` (`python -m cesrec.demo`): the product's story on the embedded defaults.

1. A scripted conversation through the real product path -- `RecommenderAgent` over the standard ml-100k
   engine (the one `cesrec chat` uses, built on first use) with the embedded LLM (or `--llm openai`): a new
   user (no history) names films they loved, describes what they want, complains about the list and
   critiques one of the films; each turn prints what the user said, the tool calls the LLM made, what the
   agent understood (likes, dislikes, year bounds, descriptions) and the list it produced. Then one dataset
   user says the same first things, so the effect of a viewing history shows.
2. The open-feedback headline: protocol 1 with simulated users who name films, describe, critique and
   complain (`cesrec eval --budget open`), on the same engine, one simulator seed -- a quick version of
   docs/results.md's table, printed next to the full run's figures from evals/results/eval_open.json.

Output goes to stdout (progress bars to stderr); tables are Markdown when piped (cesrec.tables).
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from cesrec.tables import print_table, print_text

# A new user's conversation: films they loved, a description, a complaint about the list, a critique of
# one film of the list. The words are the user's; nothing below depends on which films come back.
NEW_USER_TURNS: tuple[str, ...] = (
    "I loved Star Wars and Raiders of the Lost Ark.",
    "Now something with time travel.",
    "These are too old, something after 1990 please.",
    "Like the first one, but funnier.",
)
# A dataset user (with a viewing history) says the first thing too: same words, a different list.
DATASET_USER = "42"
DATASET_USER_TURNS: tuple[str, ...] = NEW_USER_TURNS[:1]



class DemoError(RuntimeError):
    """The demo cannot run as asked; the message names what fixes it."""


@dataclass
class TurnRecord:
    """One turn of the scripted conversation as the demo saw it."""

    text: str
    reply: str
    calls: list[str]
    understood: str
    recommendations: list[dict] = field(default_factory=list)
    seconds: float = 0.0
    sequence: str = ""

    @property
    def items(self) -> list[int]:
        return [int(r["item"]) for r in self.recommendations]


def _value_list(values: list[Any]) -> str:
    return ", ".join(str(v) for v in values)


def _folded(text: str) -> str:
    return " ".join("".join(c for c in text.lower() if c.isalnum() or c.isspace()).split())


def understood(prefs: Any, catalog: Any) -> str:
    """What the agent has recorded so far (tools.state.Preferences), in one line."""
    likes, avoids = [], []
    for kind, values in (prefs.liked or {}).items():
        if values:
            likes.append(f"{kind} {_value_list(values)}")
    if prefs.liked_items:
        likes.append("films " + _value_list(catalog.label(i) for i in prefs.liked_items))
    for kind, values in (prefs.disliked or {}).items():
        if values:
            avoids.append(f"{kind} {_value_list(values)}")
    if prefs.disliked_items:
        avoids.append("films " + _value_list(catalog.label(i) for i in prefs.disliked_items))
    parts = []
    if likes:
        parts.append("likes " + "; ".join(likes))
    if avoids:
        parts.append("avoids " + "; ".join(avoids))
    if prefs.year_min is not None or prefs.year_max is not None:
        lo = "" if prefs.year_min is None else str(prefs.year_min)
        hi = "" if prefs.year_max is None else str(prefs.year_max)
        parts.append(f"years {lo}-{hi}")
    if prefs.descriptions:
        parts.append("about " + ", ".join(f'"{d}"' for d in prefs.descriptions))
    said = {_folded(d) for d in prefs.descriptions}
    wishes = [w for w in prefs.wishes if _folded(w) not in said]
    if wishes:
        parts.append("wishes " + ", ".join(f'"{w}"' for w in wishes))
    return " | ".join(parts) or "nothing yet"


def sequence_line(h: dict, seen_pseudo: int = 0, seen_masked: set[int] | None = None) -> str:
    """The rewritten sequence after a turn (RecommenderAgent.history): how many history films are kept or
    masked, and the pseudo items (films the user's words stand for) appended this turn."""
    kept = len(h["original"]) - len(h["masked"])
    parts = [f"{kept} history films" + (f" ({len(h['masked'])} masked as outliers)" if h["masked"] else "")]
    new_masked = [m["title"] for m in h["masked"] if m["position"] not in (seen_masked or set())]
    if new_masked:
        parts.append("masked now: " + ", ".join(new_masked))
    added = [p["title"] for p in h["pseudo"][seen_pseudo:]]
    parts.append(f"+ {len(h['pseudo'])} pseudo items" + (", new: " + ", ".join(added) if added else ""))
    return "; ".join(parts)


def timing_text(timings: dict, seconds: float) -> str:
    """'9.8 s: LLM 9.1 s in 1 call, tools 15 ms' from AgentReply.timings (the orchestrating LLM's calls and the
    tools; anything else the turn spent, e.g. a stance judgement, as 'the rest')."""
    if not timings:
        return f"{seconds:.1f} s"
    calls = int(timings.get("llm_calls", 0))
    text = (f"{seconds:.1f} s: LLM {timings.get('llm_s', 0.0):.1f} s in {calls} call{'s' if calls != 1 else ''}, "
            f"tools {1000 * timings.get('tool_s', 0.0):.0f} ms")
    other = float(timings.get("other_s", 0.0))
    return text + (f", the rest of the turn {other:.1f} s" if other >= 0.5 else "")


def _call_text(event: dict) -> str:
    args = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in (event.get("args") or {}).items())
    status = "" if event.get("status", "success") == "success" else f" -> {event['status']}"
    return f"{event['name']}({args}){status}"


def recommendations_table(recs: list[dict], previous: list[int] | None = None) -> Table:
    """The list a turn produced; `new` marks films that were not in the previous turn's list."""
    t = Table(show_header=True, header_style="bold", expand=False)
    t.add_column("#", justify="right")
    t.add_column("title")
    t.add_column("year", justify="right")
    t.add_column("genres")
    if previous is not None:
        t.add_column("new")
    t.add_column("why", overflow="fold", max_width=70)
    for i, r in enumerate(recs, 1):
        cells = [str(i), escape(str(r["title"])), str(r.get("year") or ""), ", ".join(r.get("genres") or [])]
        if previous is not None:
            cells.append("" if int(r["item"]) in previous else "new")
        cells.append(escape(str(r.get("why", ""))))
        t.add_row(*cells)
    return t


def run_conversation(agent: Any, user_id: str, turns: tuple[str, ...] | list[str], console: Console,
                     session_id: str | None = None) -> list[TurnRecord]:
    """Run `turns` as one session of `user_id` through `agent` (a RecommenderAgent) and print each turn."""
    sid = session_id or f"demo-{user_id}-{uuid.uuid4().hex[:8]}"
    agent.new_session(sid, user_id)
    catalog = agent.engine.catalog
    records: list[TurnRecord] = []
    previous: list[int] | None = None
    seen_pseudo, seen_masked = 0, set()
    for n, text in enumerate(turns, 1):
        t0 = time.perf_counter()
        reply = agent.chat(sid, user_id, text)
        seconds = time.perf_counter() - t0
        state = agent.session_state(sid)
        rec = TurnRecord(text=text, reply=" ".join((reply.text or "").split()),
                         calls=[_call_text(e) for e in reply.tool_events],
                         understood=understood(state.preferences, catalog),
                         recommendations=list(reply.recommendations), seconds=seconds)
        h = agent.history(sid)
        rec.sequence = sequence_line(h, seen_pseudo, seen_masked)
        seen_pseudo, seen_masked = len(h["pseudo"]), {m["position"] for m in h["masked"]}
        records.append(rec)
        print_text(console, f"[bold]turn {n} - user {escape(user_id)}:[/bold] {escape(text)}")
        print_text(console, f"  LLM tool calls: {escape('; '.join(rec.calls) or 'none')}")
        print_text(console, f"  understood so far: {escape(rec.understood)}")
        print_text(console, f"  sequence the recommender reads: {escape(rec.sequence)}")
        print_text(console, f"  [bold]cesrec:[/bold] {escape(rec.reply)}  [dim]({timing_text(reply.timings, seconds)})[/dim]")
        console.print()
        if rec.recommendations:
            print_table(recommendations_table(rec.recommendations, previous), console)
            if previous is not None:
                changed = sum(1 for i in rec.items if i not in previous)
                print_text(console, f"  {changed} of {len(rec.items)} films are new since the last turn.")
                console.print()
            previous = rec.items
        else:
            print_text(console, "  (no list this turn)")
            console.print()
    return records


def available_systems(systems: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, str]]:
    """The systems that can run here, and why the others cannot (tuned_fusion needs its validation-fitted
    weights, evals/results/tune_fusion_issue22_valid.json)."""
    from cesrec.evals.protocol.open_baselines import tuned_fusion_weights
    from cesrec.evals.protocol.types import ProtocolError

    skipped: dict[str, str] = {}
    if "tuned_fusion" in systems:
        try:
            tuned_fusion_weights()
        except ProtocolError as e:
            skipped["tuned_fusion"] = str(e)
    return tuple(s for s in systems if s not in skipped), skipped


def open_headline(engine: Any, users: int | None, seed: int, turns: int, progress: bool) -> dict:
    """Protocol 1 under the `open` budget on `engine` (SASRec, its training seed 42), one simulator seed."""
    from cesrec.evals.protocol.open_config import BASELINES, OpenEvalConfig
    from cesrec.evals.protocol.open_eval import run_open_eval

    systems, skipped = available_systems((*BASELINES, "cesrec"))
    cfg = OpenEvalConfig(budgets=("open",), settings=(), backbones=(engine.backbone,), systems=systems,
                         train_seeds=(42,), sim_seeds=(seed,), turns=turns, users=users, dataset=engine.dataset.name)
    res = run_open_eval(cfg, progress=progress, engines={(engine.backbone, 42): engine},
                        command="python -m cesrec.demo")
    res["skipped_systems"] = skipped
    return res


def _p(p: float | None) -> str:
    return "" if p is None else ("<0.001" if p < 0.001 else f"{p:.3f}")


def print_open_headline(res: dict, console: Console) -> None:
    """HR@10 after each turn (turn 0 = the history alone), NDCG@10 at the last, cesrec's paired differences."""
    bb, block = next(iter(res["budgets"]["open"].items()))
    T = res["config"]["turns"]
    table = Table(title=f"Simulated users, open feedback: HR@10 after each turn, NDCG@10 after turn {T} "
                        f"({block['users_kept']} test users, {bb}, simulator seed {res['sim_seeds'][0]})")
    table.add_column("system")
    for t in range(T + 1):
        table.add_column(f"turn {t}", justify="right")
    for col in (f"turn {T} 95% CI", "NDCG@10", "cesrec - system (HR@10)", "p (Holm)"):
        table.add_column(col, justify="right")
    for s in res["config"]["systems"]:
        r = block[s]
        t = block["tests"].get(f"cesrec_vs_{s}")
        lo, hi = r["hr_at_10_ci95"]
        p = t["hr_at_10_p_holm"] if t else None
        table.add_row(f"[bold]{s}[/bold]" if s == "cesrec" else s, *(f"{x:.3f}" for x in r["hr_at_10_by_turn"]),
                      f"[{lo:.3f}, {hi:.3f}]", f"{r['ndcg_at_10']:.3f}", f"{t['diff']:+.3f}" if t else "",
                      _p(p))
    print_table(table, console)
    me = block["cesrec"]["hr_at_10_by_turn"]
    head = (res.get("headline") or {}).get(f"open/{bb}")
    line = f"The conversation takes cesrec's HR@10 from {me[0]:.3f} (the history alone) to {me[-1]:.3f} after {T} turns"
    if head:
        best = head["best_baseline"]
        line += (f"; the best baseline, {best}, reaches {head['baseline_hr_at_10']:.3f} (cesrec - {best}: HR@10 "
                 f"{head['hr_diff']:+.3f}, Holm p {_p(head['hr_p_holm'])}; NDCG@10 {head['ndcg_diff']:+.3f}, "
                 f"Holm p {_p(head['ndcg_p_holm'])})")
    print_text(console, line + ".")
    for name, why in (res.get("skipped_systems") or {}).items():
        print_text(console, f"Not run: {name} ({escape(why)}).")
    print_text(console, f"One training run, one simulator seed, {res['runtime_s']:.0f} s. The full evaluation "
                        "(every budget and backbone, 3 training x 3 simulator seeds, hierarchical-bootstrap CIs): "
                        "`cesrec eval --protocol pipeline --budget open,mixed,headline --train-seeds 3 --seeds 3`, "
                        "reported in docs/results.md#open.")
    console.print()


def run_demo(*, dataset: str = "ml-100k", backbone: str = "sasrec", epochs: int | None = None,
             llm: str | None = None, conversation: bool = True, dataset_user: str | None = DATASET_USER,
             evaluation: bool = True, users: int | None = None, seed: int = 0, turns: int = 3,
             out: Path | None = Path("runs/demo"), console: Console | None = None, progress: bool = True) -> dict:
    """The whole demo; returns {'new_user': [TurnRecord], 'dataset_user': [...], 'open': results, 'seconds'}."""
    from cesrec.agent.api import RecommenderAgent
    from cesrec.agent.llm_config import LLMConfig, LLMConfigError, LLMUnavailableError
    from cesrec.agent.model_files import ModelFilesError
    from cesrec.tools.engine import load_engine

    console = console or Console()
    err = Console(stderr=True)
    t0 = time.perf_counter()
    llm_config = None
    if conversation:
        try:  # before the engine loads: a wrong --llm costs no wait
            llm_config = LLMConfig.from_env(provider=llm)
        except LLMConfigError as e:
            raise DemoError(str(e)) from e
    err.print(f"[dim]loading the {dataset}/{backbone} engine (trained and cached on first use, a few minutes)[/]")
    engine = load_engine(backbone=backbone, dataset=dataset, epochs=epochs, progress=progress)
    result: dict[str, Any] = {}
    print_text(console, "[bold]# cesrec demo[/bold]")
    console.print()
    print_text(console, f"Engine: {dataset}, {backbone} ({engine.dataset.num_items} films, "
                        f"{engine.dataset.num_users} users).")
    console.print()
    if conversation:
        try:
            agent = RecommenderAgent(engine=engine, llm_config=llm_config, checkpointer="memory")
        except (ModelFilesError, LLMUnavailableError, ImportError) as e:
            raise DemoError(f"{e} -- ./scripts/setup.sh installs the embedded LLM; or pass --llm openai with "
                            "OPENAI_BASE_URL, or --no-conversation for the evaluation alone") from e
        err.print("[dim]loading the LLM[/]")
        agent.warm_up()
        print_text(console, f"[bold]## 1. A conversation[/bold] (the agent with {escape(agent.llm_label)}; "
                            "the LLM reads each message and calls the CESRec tools)")
        console.print()
        print_text(console, "A new user: no viewing history, so the conversation builds the whole sequence.")
        console.print()
        result["new_user"] = run_conversation(agent, "demo-newcomer", NEW_USER_TURNS, console)
        if dataset_user and agent.is_known_user(dataset_user):
            n_hist = len(agent.engine.new_session(dataset_user).history)
            print_text(console, f"Dataset user {dataset_user} ({n_hist} films in their history) says the same "
                                "first words: a different list, and the reasons point at what they watched.")
            console.print()
            result["dataset_user"] = run_conversation(agent, dataset_user, DATASET_USER_TURNS, console)
    if evaluation:
        print_text(console, "[bold]## 2. Does the conversation help? (simulated users, open feedback)[/bold]")
        console.print()
        print_text(console, "Each simulated test user has a held-out next film; each turn they give one piece of "
                            "open feedback about it (a film they loved, a description, a critique of a shown "
                            "film, a complaint about the list) and every system ranks the whole catalogue.")
        console.print()
        res = open_headline(engine, users, seed, turns, progress)
        result["open"] = res
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            (out / "eval_open.json").write_text(json.dumps(res, indent=2, default=str))
        print_open_headline(res, console)
    result["seconds"] = time.perf_counter() - t0
    print_text(console, f"demo finished in {result['seconds']:.0f} s"
                        + (f"; results under {out}/" if out is not None and evaluation else ""))
    return result


def demo_command(
    dataset: Annotated[str, typer.Option(help="Dataset (ml-100k or a name registered with `cesrec data prepare`).")] = "ml-100k",
    backbone: Annotated[str, typer.Option(help="Sequential recommender: sasrec | gru4rec.")] = "sasrec",
    epochs: Annotated[int | None, typer.Option(help="Engine variant trained with this many epochs (default: the standard engine `cesrec chat` uses).")] = None,
    llm: Annotated[str | None, typer.Option(help="local (embedded llama.cpp, default) | openai (CESREC_LLM, OPENAI_BASE_URL...).")] = None,
    conversation: Annotated[bool, typer.Option(help="Run the scripted conversation.")] = True,
    dataset_user: Annotated[str, typer.Option(help="A dataset user who also talks ('' skips).")] = DATASET_USER,
    evaluation: Annotated[bool, typer.Option(help="Run the open-feedback evaluation.")] = True,
    users: Annotated[int | None, typer.Option(help="Test users in the evaluation (default: all).")] = None,
    seed: Annotated[int, typer.Option(help="Simulator seed of the evaluation.")] = 0,
    turns: Annotated[int, typer.Option(help="Feedback turns in the evaluation.")] = 3,
    out: Annotated[Path, typer.Option(help="Where the evaluation's results JSON goes.")] = Path("runs/demo"),
) -> None:
    """The product's story: a conversation through the agent, then the open-feedback headline."""
    from cesrec.evals.protocol.types import ProtocolError
    from cesrec.recmodel.data import DataError

    try:
        run_demo(dataset=dataset, backbone=backbone, epochs=epochs, llm=llm, conversation=conversation,
                 dataset_user=dataset_user or None, evaluation=evaluation, users=users, seed=seed, turns=turns,
                 out=out)
    except (DemoError, DataError, ProtocolError) as e:
        typer.secho(f"error: {e}", fg="red", err=True)
        raise typer.Exit(2) from None


def register(app: typer.Typer, bench_app: typer.Typer | None = None) -> None:
    """Add `cesrec demo` to the CLI."""
    app.command("demo")(demo_command)


def main() -> None:
    typer.run(demo_command)


if __name__ == "__main__":
    main()
