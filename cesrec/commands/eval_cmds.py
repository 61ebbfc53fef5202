"""Commands of the evaluation area: `cesrec eval` (protocol 1 pipeline / protocol 2 agent), `cesrec bench understanding`
and `cesrec bench requests` (`cesrec demo`: cesrec/demo.py)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from cesrec.tables import print_table

console = Console(stderr=True)


def _csv(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def _train_seeds(value: str) -> tuple[int, ...]:
    """'3' -> (42, 43, 44) (42 is the product's model); '42,7' -> those seeds; a single seed > 10 -> itself."""
    try:
        if "," in value:
            return tuple(int(v) for v in _csv(value))
        n = int(value)
    except ValueError:
        raise typer.BadParameter(f"--train-seeds takes a count or a comma list of ints, got {value!r}") from None
    if n < 1:
        raise typer.BadParameter("--train-seeds must be >= 1")
    return tuple(range(42, 42 + n)) if n <= 10 else (n,)


def _seeds_by_backbone(value: str | None) -> dict[str, tuple[int, ...]]:
    """'gru4rec=1' -> {'gru4rec': (42,)}; 'gru4rec=42,43;sasrec=5' -> both."""
    out: dict[str, tuple[int, ...]] = {}
    for part in (value or "").split(";"):
        if not part.strip():
            continue
        name, sep, seeds = part.partition("=")
        if not sep or not name.strip():
            raise typer.BadParameter(f"--train-seeds-for takes 'backbone=seeds', got {part!r}")
        out[name.strip()] = _train_seeds(seeds.strip())
    return out


def _open_channel(value: str) -> str:
    """The open evaluation runs one channel: 'structured' unless only 'text' is asked for."""
    chans = _csv(value)
    return "text" if chans == ("text",) else "structured"


def _seeds(value: str) -> tuple[int, ...]:
    """'3' -> (0, 1, 2); '0,5,7' -> those seeds."""
    try:
        if "," in value:
            return tuple(int(v) for v in _csv(value))
        n = int(value)
    except ValueError:
        raise typer.BadParameter(f"--seeds takes a count or a comma list of ints, got {value!r}") from None
    if n < 1:
        raise typer.BadParameter("--seeds must be >= 1")
    return tuple(range(n))


def pipeline_table(metrics: dict, channel: str = "structured") -> Table:
    T = metrics["config"]["turns"]
    t = Table(title=f"Protocol 1 — HR@10 per turn ({channel} channel; CIs and more metrics in report.md)")
    t.add_column("backbone")
    t.add_column("system")
    for turn in range(T + 1):
        t.add_column(f"turn {turn}", justify="right")
    t.add_column("NDCG@10", justify="right")
    t.add_column("vs attribute_filter (T)", justify="right")
    for backbone, bm in metrics["backbones"].items():
        systems = bm["channels"].get(channel) or {}
        for name, rec in systems.items():
            cells = [f"{r['hr_at_10']:.3f}" for r in rec["turns"]]
            test = rec.get("tests", {}).get("vs_attribute_filter", {}).get(f"hr_at_10_turn{T}")
            p = f"{test['mean_diff']:+.3f} p={test['wilcoxon_p']:.2g}" if test else "—"
            t.add_row(backbone, name, *cells, f"{rec['turns'][T]['ndcg_at_10']:.3f}", p)
    return t


def agent_table(metrics: dict) -> Table:
    t = Table(title="Protocol 2 — agent with an LLM orchestrator")
    for col in ("users", "success", "avg turns", "hit@10 last", "tool calls/turn", "valid calls",
                "turn p50 s", "leaked"):
        t.add_column(col, justify="right")
    s = metrics["summary"]
    t.add_row(str(s["users"]), f"{s['success_rate']:.3f}", f"{s['avg_turns_to_success']:.2f}",
              f"{s['hit_at_10_last_turn']:.3f}", f"{s['tool_calls_per_turn']:.2f}",
              f"{s['tool_call_valid_rate']:.3f}", f"{s['turn_latency_p50_s']:.2f}", str(s["leaked_sessions"]))
    return t


def _write_agent_results(metrics: dict, results: Path, out: Path) -> None:
    """Protocol 2's results JSON plus, beside it, its report (`.md`, headed by the command and commit) and the
    session transcripts (`_transcripts.jsonl`), so every file names where it came from."""
    import shutil

    prov = _provenance()
    results.parent.mkdir(parents=True, exist_ok=True)
    md, tr = results.with_suffix(".md"), results.with_name(results.stem + "_transcripts.jsonl")
    transcripts = sorted((out / "transcripts").rglob("*.jsonl"))
    files = {"report": md.name, **({"transcripts": tr.name} if len(transcripts) == 1 else {})}
    results.write_text(json.dumps({**metrics["results_file"], **prov, "files": files}, indent=2))
    report = (out / "report.md").read_text().split("\n", 1)
    md.write_text(f"{report[0]}\n\nCommand: `{prov['command']}`; commit `{prov['git_commit']}` "
                  f"(with {results.name}; nothing edited).\n{report[1] if len(report) > 1 else ''}")
    if len(transcripts) == 1:  # one backbone, one seed: the sessions the report describes
        shutil.copyfile(transcripts[0], tr)


def _provenance() -> dict:
    """The exact command line and git commit, recorded in every results file (evals/provenance.py)."""
    import sys

    from cesrec.evals.provenance import provenance

    return provenance("cesrec " + " ".join(sys.argv[1:]))


def _run_open(ocfg, out: Path, results: Path | None, workers: int, progress: bool) -> None:
    """The open evaluation (open budgets, several budgets or training seeds): eval_open.json in `out`."""
    import sys

    from cesrec.evals.protocol.open_eval import run_open_eval
    from cesrec.evals.protocol.open_report import render_open_markdown, write_results

    if workers < 1:
        raise typer.BadParameter("--workers must be >= 1")
    res = run_open_eval(ocfg, progress=progress, workers=workers, command="cesrec " + " ".join(sys.argv[1:]))
    out.mkdir(parents=True, exist_ok=True)
    write_results(res, out / "eval_open.json")
    if results:
        write_results(res, results)
    console.print(render_open_markdown(res))
    console.print(f"open evaluation finished in {res['runtime_s']:.0f} s; results: {out / 'eval_open.json'}")


def _run_pipeline(cfg, out: Path, results: Path | None, progress: bool) -> None:
    """Protocol 1 (one budget): report.md in `out`, the results JSON in `results`."""
    from cesrec.evals.protocol.pipeline import run_pipeline_eval
    from cesrec.evals.protocol.report import results_file

    t0 = time.perf_counter()
    metrics = run_pipeline_eval(cfg, out_dir=str(out), progress=progress)
    print_table(pipeline_table(metrics), console)
    console.print(f"protocol 1 finished in {time.perf_counter() - t0:.0f} s; report: {out / 'report.md'}")
    if results:
        results.parent.mkdir(parents=True, exist_ok=True)
        results.write_text(json.dumps({**results_file(metrics), **_provenance()}, indent=2))


def _run_agent(acfg, out: Path, results: Path | None, progress: bool) -> None:
    """Protocol 2: the agent with its LLM and the simulated users."""
    from cesrec.evals.protocol.agent import run_agent_eval

    metrics = run_agent_eval(acfg, out_dir=str(out), progress=progress)
    print_table(agent_table(metrics), console)
    if results:
        _write_agent_results(metrics, results, out)


def register(app: typer.Typer, bench_app: typer.Typer) -> None:
    _register_eval(app)
    _register_benches(bench_app)


def _register_eval(app: typer.Typer) -> None:
    """`cesrec eval` (protocol 1 pipeline, the open evaluation, protocol 2 agent)."""
    @app.command("eval")
    def eval_cmd(
        out: Annotated[Path, typer.Option(help="Run directory (config, transcripts, metrics.json, report.md, plots).")],
        protocol: Annotated[str, typer.Option(help="pipeline (protocol 1, LLM-free) | agent (protocol 2).")] = "pipeline",
        dataset: Annotated[str, typer.Option(help="Dataset: ml-100k or a name registered with `cesrec data prepare`.")] = "ml-100k",
        source: Annotated[str | None, typer.Option(help="Data source (default: ../shared when present, else the RecBole wheel).")] = None,
        turns: Annotated[int, typer.Option(help="Feedback turns T.")] = 3,
        backbones: Annotated[str, typer.Option(help="Comma list of SRS backbones (pipeline).")] = "sasrec,gru4rec",
        backbone: Annotated[str, typer.Option(help="SRS backbone (agent protocol).")] = "sasrec",
        seeds: Annotated[str, typer.Option(help="Number of simulator seeds, or a comma list.")] = "3",
        systems: Annotated[str | None, typer.Option(help="Comma list of systems (default: all).")] = None,
        channels: Annotated[str, typer.Option(help="structured,text (pipeline).")] = "structured,text",
        text_systems: Annotated[str | None, typer.Option(help="Systems also run on the text channel (default: all).")] = None,
        users: Annotated[int | None, typer.Option(help="Pipeline: first N users (default all). Agent: sample size.")] = None,
        k: Annotated[int, typer.Option(help="Items shown per turn.")] = 10,
        budget: Annotated[str, typer.Option(help="headline (genre/decade/rating, 1 per turn) | rich (+director/actors) | "
                                            "open (films named, descriptions, critiques, complaints) | mixed (one kind per "
                                            "turn) | a comma list (pipeline: runs the open evaluation).")] = "headline",
        train_seeds: Annotated[str | None, typer.Option(help="Pipeline: SRS training seeds, comma list (e.g. 42,43,44); "
                                                        "runs the open evaluation with CIs over training seeds too.")] = None,
        train_seeds_for: Annotated[str | None, typer.Option(help="Pipeline: other training seeds for one backbone, "
                                                            "e.g. 'gru4rec=1' or 'gru4rec=42,43' ('b=...;b2=...').")] = None,
        workers: Annotated[int, typer.Option(help="Pipeline, open evaluation: processes (one SRS training run each).")] = 1,
        noise: Annotated[float, typer.Option(help="Probability of a vague or wrong simulator answer.")] = 0.10,
        mode: Annotated[str, typer.Option(help="target | target_free (profile = last --profile-size items).")] = "target",
        profile_size: Annotated[int, typer.Option(help="Held-out items in target-free mode.")] = 5,
        stage: Annotated[str, typer.Option(help="test | valid (diagnose on valid, never tune on test).")] = "test",
        epochs: Annotated[int | None, typer.Option(help="Cap SRS training epochs (quick runs; changes the run key).")] = None,
        llm: Annotated[str, typer.Option(help="Agent protocol: local (embedded llama.cpp) | openai (OPENAI_BASE_URL...).")] = "local",
        verbalizer: Annotated[str, typer.Option(help="Agent protocol: template | llm (the simulator's words).")] = "template",
        results: Annotated[Path | None, typer.Option(help="Also write the results JSON here (e.g. evals/results/eval_pipeline.json).")] = None,
        progress: Annotated[bool, typer.Option(help="Progress bars.")] = True,
    ) -> None:
        """Evaluate conversational recommendation with simulated users (see evals/)."""
        from cesrec.evals.protocol.pipeline import PipelineConfig
        from cesrec.evals.protocol.types import ProtocolError

        try:
            budgets = _csv(budget)
            if protocol == "pipeline" and (train_seeds or len(budgets) > 1 or budgets[0] not in ("headline", "rich")):
                from cesrec.evals.protocol.open_config import OpenEvalConfig

                ocfg = OpenEvalConfig(
                    budgets=budgets, backbones=_csv(backbones), train_seeds=_train_seeds(train_seeds or "1"),
                    train_seeds_by_backbone=_seeds_by_backbone(train_seeds_for),
                    channel=_open_channel(channels),
                    sim_seeds=_seeds(seeds), turns=turns, k=k, users=users, stage=stage, noise_rate=noise,
                    dataset=dataset, source=source, train_overrides={"epochs": epochs} if epochs else {},
                    **({"systems": _csv(systems)} if systems else {}),
                )
                _run_open(ocfg, out, results, workers, progress)
            elif protocol == "pipeline":
                cfg = PipelineConfig(
                    dataset=dataset, source=source, backbones=_csv(backbones), seeds=_seeds(seeds), turns=turns,
                    k=k, budget=budget, noise_rate=noise, mode=mode, profile_size=profile_size, stage=stage,
                    users=users, channels=_csv(channels),
                    text_systems=_csv(text_systems) if text_systems else None,
                    train_overrides={"epochs": epochs} if epochs else {},
                    **({"systems": _csv(systems)} if systems else {}),
                )
                _run_pipeline(cfg, out, results, progress)
            elif protocol == "agent":
                from cesrec.evals.protocol.agent import AgentEvalConfig

                acfg = AgentEvalConfig(
                    dataset=dataset, source=source, backbone=backbone, llm=llm, verbalizer=verbalizer,
                    users=users or 20, turns=turns, k=k, budget=budget, noise_rate=noise, seed=_seeds(seeds)[0],
                    stage=stage, train_overrides={"epochs": epochs} if epochs else {},
                )
                _run_agent(acfg, out, results, progress)
            else:
                raise typer.BadParameter(f"--protocol must be pipeline or agent, not {protocol!r}")
        except ProtocolError as e:
            console.print(f"[red]error:[/red] {e}")
            raise typer.Exit(2) from None


def _register_benches(bench_app: typer.Typer) -> None:
    """`cesrec bench understanding`, `cesrec bench requests`."""
    @bench_app.command("understanding")
    def bench_understanding(
        readers: Annotated[str, typer.Option(help="Comma list of rules,llm,combined (llm/combined: one LLM call per "
                                             "utterance, the agent's first call).")] = "rules",
        llm_subset: Annotated[int | None, typer.Option(help="Run the LLM on this many utterances (deterministic "
                                                       "subset); default all.")] = None,
        calls_out: Annotated[Path | None, typer.Option(help="Save the LLM's first calls here (JSONL).")] = None,
        calls_in: Annotated[Path | None, typer.Option(help="Score saved LLM calls instead of calling the LLM.")] = None,
        out: Annotated[Path | None, typer.Option(help="Result JSON (a .md table is written next to it); default "
                                                 "evals/results/bench_understanding.json, or "
                                                 "bench_understanding_openai.json with --llm openai.")] = None,
        llm: Annotated[str | None, typer.Option(help="local (embedded) | openai (any OpenAI-compatible endpoint).")] = None,
        base_url: Annotated[str | None, typer.Option(help="Endpoint for --llm openai (OPENAI_BASE_URL).")] = None,
        model: Annotated[str | None, typer.Option(help="Model name for --llm openai (CESREC_OPENAI_MODEL).")] = None,
        answers_from: Annotated[list[Path] | None, typer.Option(help="Agent bench / protocol 2 result JSON whose "
                                                                "grounded-answer summary to report.")] = None,
    ) -> None:
        """How well the readers of the user's words understand the labelled utterances (evals/data)."""
        from cesrec.evals.bench.understanding import HEADLINE, RESULTS, _fmt, run

        if out is None:
            out = RESULTS / ("bench_understanding_openai.json" if llm == "openai" else "bench_understanding.json")

        wanted = _csv(readers)
        bad = [r for r in wanted if r not in ("rules", "llm", "combined")]
        if bad:
            raise typer.BadParameter(f"unknown reader(s) {', '.join(bad)}: use rules, llm, combined")
        res = run(wanted, llm_subset, calls_in, calls_out, out, llm=llm, base_url=base_url, model=model,
                  answers_from=tuple(answers_from or ()))
        for name, s in res["readers"].items():
            typer.echo(f"{name}: " + ", ".join(f"{k}={_fmt(s.get(k))}" for k in HEADLINE))
        typer.echo(f"results: {out} and {out.with_suffix('.md')}")

    @bench_app.command(
        "requests", context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}
    )
    def bench_requests(ctx: typer.Context) -> None:
        """The hand-judged request benchmark: the agent, its LLM-free path and four baselines at 10 ->
        evals/results/bench_requests.json (all options: `cesrec bench requests --help`)."""
        from cesrec.evals.bench.requests import main as bench_main

        raise typer.Exit(bench_main(list(ctx.args), prog="cesrec bench requests"))
