"""Synthetic catalogue + interaction log with the structure of a real one, for scale tests and benchmarks.

What the generator builds (deterministic given the seed):
- clusters ("taste groups"): each has a main genre, one or two secondary genres, a centre year and its own
  plot vocabulary (roles, settings, themes), so an item's text says which cluster it belongs to;
- items: a cluster each (cluster sizes are uneven), genres drawn from the cluster, a year around the
  cluster's centre, a title "The Adjective Noun (1994)", a plot sentence from the cluster's vocabulary, a
  rating (G/PG/PG-13/R), and a popularity weight from a power law (Zipf, exponent `zipf`) over a random
  popularity order -- a few blockbusters, a long tail;
- users: heavy-tailed activity (log-normal lengths, at least `min_len`), two to four taste clusters with
  Dirichlet weights that drift from a start mixture to an end mixture along the sequence (sequential
  drift), an occasional popular item from anywhere (`explore`), and "series" steps where the next item is
  the previous item's neighbour inside its cluster (a sequential signal only an order-aware model sees);
  no item twice per user; timestamps increase along each sequence.

Output: interactions CSV (user_id,item_id,timestamp) + items CSV (item_id,title,genres,year,plot,rated)
that `cesrec.recmodel.prepare.prepare_dataset(name, interactions=..., items=...)` reads, and an item metadata JSONL
(item_id, plot, rated, director, actors) in the `--item-extra` format, so the item texts carry the plot.

    python -m cesrec.evals.bench.synthetic --items 5000 --users 2000 --interactions 100000 --out /tmp/synth
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import pandas as pd

GENRES = ["Action", "Adventure", "Animation", "Children's", "Comedy", "Crime", "Documentary", "Drama",
          "Fantasy", "Film-Noir", "Horror", "Musical", "Mystery", "Romance", "Sci-Fi", "Thriller", "War",
          "Western"]
RATINGS = ["G", "PG", "PG-13", "R"]
ADJECTIVES = ("Silent Crimson Hidden Broken Golden Last Burning Frozen Lonely Wild Dark Bright Savage Lost "
              "Secret Endless Velvet Iron Hollow Distant Electric Forgotten Quiet Restless Scarlet Midnight "
              "Northern Shattered Wandering Sacred Bitter Fading Rising Falling Crooked Painted Sunken Ancient "
              "Reckless Gentle Cold Hungry Stolen Final Twisted Blue Black White Red Green Lucky Strange").split()
NOUNS = ("Harbor River Empire Garden Mirror Storm Frontier Kingdom Road Promise Shadow Letter Dream Island "
         "Machine Witness Ghost Bridge Season Orchard Signal Engine Country Highway Canyon Lantern Voyage "
         "Circus Desert Tower Station Forest Journey Castle Winter Summer Planet Heart Stranger Circle Border "
         "Fortune Hunter Legacy Covenant Horizon Echo Harvest Melody Verdict Outpost").split()
PLACES = ("City Valley Coast Sea North South Moon Heaven Fire Glass Stone Dust Rain Night Tomorrow Yesterday "
          "Paradise Thunder Silver Ashes").split()
FIRST = ("Anna Ben Carla David Elena Frank Grace Hugo Irene Jack Karen Leo Maria Nick Olga Paul Rosa Sam "
         "Tina Victor Wendy Yuri Zoe Omar Lena Marco Nadia Oscar Priya Raul").split()
LAST = ("Adler Brooks Castro Dunn Ellis Ford Garner Hale Ivers Jensen Kent Lowe Marsh Noble Ortiz Price "
        "Quinn Reyes Stone Thorne Underwood Vance Wells Young Zeller Moreau Sato Novak Berg Costa").split()
# plot vocabulary: every cluster draws its own subset, so texts of one cluster share words
ROLES = ("detective soldier farmer scientist teacher thief nurse pilot singer boxer lawyer priest widow "
         "orphan astronaut sheriff journalist chef hacker dancer sailor painter gambler spy witch robot "
         "knight student mechanic runaway veteran inventor diplomat smuggler monk ranger rookie heiress").split()
SETTINGS = ("a small town, a space station, a desert outpost, a haunted mansion, a jungle village, a royal "
            "court, a boarding school, a fishing port, a frozen research base, a crowded city, a prison island, "
            "an underwater lab, a circus camp, a mountain monastery, a border town, a cruise ship, a suburb, "
            "a casino, a battlefield, a vineyard, a newsroom, a hospital, a ranch, an abandoned mine").split(", ")
VERBS = ("must stop, tries to save, falls for, hunts down, uncovers, escapes from, protects, betrays, rebuilds, "
         "investigates, races against, confronts, searches for, defends, outwits, befriends, exposes, "
         "survives, rescues, challenges").split(", ")
THEMES = ("a deadly conspiracy, a lost treasure, an alien signal, a family secret, a cursed artifact, a rival "
          "gang, a corrupt mayor, a runaway train, an ancient prophecy, a stolen fortune, a killer storm, a "
          "forbidden love, a dying empire, a rogue machine, a missing child, a haunted past, a mad general, a "
          "brutal winter, a fake identity, a secret society, a broken promise, a traveling circus, a plague, a "
          "cold case, a heist gone wrong, a dragon, a time loop, a political scandal").split(", ")
TWISTS = ("before it is too late, against all odds, with the help of an unlikely friend, while hiding a secret, "
          "as the world watches, one fateful night, over one long summer, before the war ends, with nothing "
          "left to lose, as old wounds reopen, under a false name, in a race against time").split(", ")


class SyntheticError(ValueError):
    """Impossible generator settings (message names the setting)."""


@dataclass
class SyntheticConfig:
    items: int = 5000
    users: int = 2000
    interactions: int = 100_000
    clusters: int = 0  # 0 = about sqrt(items) / 2, between 8 and 200
    zipf: float = 1.0  # popularity exponent: weight of the r-th most popular item ~ r^-zipf
    explore: float = 0.08  # chance of a popular item from any cluster
    series: float = 0.2  # chance the next item is the previous one's neighbour in its cluster
    min_len: int = 5
    seed: int = 0

    def validate(self) -> None:
        if self.items < 50:
            raise SyntheticError(f"items must be >= 50, got {self.items}")
        if self.users < 10:
            raise SyntheticError(f"users must be >= 10, got {self.users}")
        if self.min_len < 3:
            raise SyntheticError(f"min_len must be >= 3, got {self.min_len}")
        if self.interactions < self.users * self.min_len:
            raise SyntheticError(f"interactions ({self.interactions}) must be >= users * min_len "
                                 f"({self.users * self.min_len})")
        if self.interactions > self.users * self.items // 4:
            raise SyntheticError(f"interactions ({self.interactions}) too dense for {self.users} users x "
                                 f"{self.items} items (at most a quarter of all pairs)")
        if not 0 <= self.explore <= 1 or not 0 <= self.series <= 1 or self.zipf <= 0:
            raise SyntheticError("explore and series must lie in [0, 1] and zipf must be > 0")


@dataclass
class SyntheticData:
    items: pd.DataFrame  # item_id, title, genres, year, plot, rated, cluster
    interactions: pd.DataFrame  # user_id, item_id, timestamp
    item_cluster: np.ndarray  # (items,) cluster of item i (0-based item index)
    popularity: np.ndarray  # (items,) sampling weight
    config: SyntheticConfig


def _cluster_count(cfg: SyntheticConfig) -> int:
    return cfg.clusters or int(np.clip(round(np.sqrt(cfg.items) / 2), 8, 200))


def generate(cfg: SyntheticConfig) -> SyntheticData:
    """Build the catalogue and the interaction log (see the module docstring). One seeded generator, drawn
    from in a fixed order (clusters, items, users): the same config gives the same data."""
    cfg.validate()
    rng = np.random.default_rng(cfg.seed)
    k = _cluster_count(cfg)
    items, item_cluster, popularity = _catalogue(rng, cfg, k)
    pools = _Pools.of(item_cluster, popularity, k)
    lengths = _user_lengths(rng, cfg)
    users_col, items_col, ts_col = [], [], []
    t0 = 880_000_000
    for uid in range(cfg.users):
        seq = _user_sequence(rng, cfg, int(lengths[uid]), pools)
        start = t0 + int(rng.integers(0, 200_000_000))
        gaps = rng.exponential(86_400.0, len(seq)).astype(np.int64) + 1
        users_col.append(np.full(len(seq), uid + 1))
        items_col.append(seq + 1)
        ts_col.append(start + np.cumsum(gaps))
    inter = pd.DataFrame({"user_id": np.concatenate(users_col), "item_id": np.concatenate(items_col),
                          "timestamp": np.concatenate(ts_col)})
    return SyntheticData(items, inter, item_cluster, popularity, cfg)


def _catalogue(rng: np.random.Generator, cfg: SyntheticConfig, k: int) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """Clusters (genres, centre year, vocabulary), then items: uneven cluster sizes, popularity by a power law
    over a random order, titles, genres, plots, people. -> (items frame, item -> cluster, popularity)."""
    n = cfg.items
    # clusters: genres, centre year, vocabulary
    main_genre = rng.integers(0, len(GENRES), k)
    second = [rng.choice(len(GENRES), size=rng.integers(1, 3), replace=False) for _ in range(k)]
    centre_year = rng.integers(1935, 2020, k)
    vocab = [{
        "roles": rng.choice(len(ROLES), 4, replace=False), "settings": rng.choice(len(SETTINGS), 3, replace=False),
        "verbs": rng.choice(len(VERBS), 4, replace=False), "themes": rng.choice(len(THEMES), 3, replace=False),
    } for _ in range(k)]

    # items: uneven cluster sizes, popularity by a power law over a random order
    cluster_share = rng.dirichlet(np.full(k, 2.0))
    item_cluster = rng.choice(k, size=n, p=cluster_share)
    pop_rank = rng.permutation(n) + 1
    popularity = pop_rank.astype(np.float64) ** -cfg.zipf
    years = np.clip(np.round(centre_year[item_cluster] + rng.normal(0, 6, n)), 1920, 2024).astype(int)
    rated = rng.integers(0, len(RATINGS), n)
    titles, genres, plots, directors, actors = [], [], [], [], []
    adj, noun, place = rng.integers(0, len(ADJECTIVES), n), rng.integers(0, len(NOUNS), n), rng.integers(0, len(PLACES), n)
    form = rng.random(n)
    u = rng.random((n, 8))
    for i in range(n):
        c = item_cluster[i]
        v = vocab[c]
        if form[i] < 0.5:
            t = f"The {ADJECTIVES[adj[i]]} {NOUNS[noun[i]]}"
        elif form[i] < 0.8:
            t = f"{NOUNS[noun[i]]} of the {PLACES[place[i]]}"
        else:
            t = f"{ADJECTIVES[adj[i]]} {PLACES[place[i]]}"
        titles.append(f"{t} ({years[i]})")
        g = [GENRES[main_genre[c]]]
        if u[i, 0] < 0.7:
            g.append(GENRES[second[c][int(u[i, 1] * len(second[c]))]])
        genres.append("|".join(dict.fromkeys(g)))
        role = ROLES[v["roles"][int(u[i, 2] * 4)]]
        setting = SETTINGS[v["settings"][int(u[i, 3] * 3)]]
        verb = VERBS[v["verbs"][int(u[i, 4] * 4)]]
        theme = THEMES[v["themes"][int(u[i, 5] * 3)]]
        twist = TWISTS[int(u[i, 6] * len(TWISTS))]
        plots.append(f"A {role} in {setting} {verb} {theme} {twist}.")
        directors.append(f"{FIRST[(c * 7 + int(u[i, 7] * 3)) % len(FIRST)]} {LAST[(c * 11) % len(LAST)]}")
        actors.append(", ".join(f"{FIRST[x % len(FIRST)]} {LAST[(x // len(FIRST)) % len(LAST)]}"
                                for x in rng.integers(0, len(FIRST) * len(LAST), 3)))
    items = pd.DataFrame({"item_id": np.arange(1, n + 1), "title": titles, "genres": genres, "year": years,
                          "plot": plots, "rated": [RATINGS[x] for x in rated], "director": directors,
                          "actors": actors, "cluster": item_cluster})
    return items, item_cluster, popularity


@dataclass
class _Pools:
    """Where a user's picks come from: per-cluster item lists ordered by id (neighbours there = "series")
    with their popularity cumulative sums, each item's place in its cluster, the whole catalogue's."""

    item_cluster: np.ndarray
    members: list[np.ndarray]
    cum: list[np.ndarray]
    pos_in_cluster: np.ndarray
    global_cum: np.ndarray
    cluster_pop: np.ndarray

    @classmethod
    def of(cls, item_cluster: np.ndarray, popularity: np.ndarray, k: int) -> _Pools:
        members = [np.flatnonzero(item_cluster == c) for c in range(k)]
        pos_in_cluster = np.zeros(len(item_cluster), dtype=np.int64)
        for m in members:
            pos_in_cluster[m] = np.arange(len(m))
        return cls(item_cluster, members, [np.cumsum(popularity[m]) for m in members], pos_in_cluster,
                   np.cumsum(popularity), np.array([popularity[m].sum() for m in members]))


def _user_lengths(rng: np.random.Generator, cfg: SyntheticConfig) -> np.ndarray:
    """Heavy-tailed history lengths that sum to about `interactions` (at most half the catalogue each)."""
    raw = rng.lognormal(0.0, 1.0, cfg.users)
    lengths = cfg.min_len + np.floor(raw / raw.sum() * (cfg.interactions - cfg.min_len * cfg.users)).astype(int)
    lengths[: cfg.interactions - lengths.sum()] += 1  # remainder
    return np.minimum(lengths, cfg.items // 2)


def _user_sequence(rng: np.random.Generator, cfg: SyntheticConfig, length: int, pools: _Pools) -> np.ndarray:
    """One user's items (0-based, no repeats, `length` of them): a drifting mixture of 2-4 taste clusters,
    some exploration over the whole catalogue, some series continuations."""
    n, k = len(pools.item_cluster), len(pools.members)
    members, cum = pools.members, pools.cum
    nc = int(rng.integers(2, 5))
    # taste clusters: popular clusters more likely, as in real data
    cl = rng.choice(k, size=nc, replace=False, p=pools.cluster_pop / pools.cluster_pop.sum())
    w0, w1 = rng.dirichlet(np.ones(nc)), rng.dirichlet(np.ones(nc))
    over = 3 * length + 10  # oversample: repeats are dropped below
    frac = np.linspace(0.0, 1.0, over)[:, None]
    mix = (1 - frac) * w0[None] + frac * w1[None]  # sequential drift of the taste mixture
    pick = (rng.random(over)[:, None] > np.cumsum(mix, axis=1)).sum(1)
    pick = np.minimum(pick, nc - 1)
    seq = np.empty(over, dtype=np.int64)
    r = rng.random(over)
    for j in range(nc):
        at = np.flatnonzero(pick == j)
        c = cl[j]
        seq[at] = members[c][np.searchsorted(cum[c], r[at] * cum[c][-1], side="right").clip(0, len(members[c]) - 1)]
    global_cum = pools.global_cum
    ex = rng.random(over) < cfg.explore
    seq[ex] = np.searchsorted(global_cum, rng.random(int(ex.sum())) * global_cum[-1], side="right").clip(0, n - 1)
    # series: the next item continues the previous one inside its cluster
    ser = np.flatnonzero(rng.random(over) < cfg.series)
    ser = ser[ser > 0]
    for a in ser:
        prev = seq[a - 1]
        m = members[pools.item_cluster[prev]]
        seq[a] = m[min(pools.pos_in_cluster[prev] + 1, len(m) - 1)]
    _, first = np.unique(seq, return_index=True)
    seq = seq[np.sort(first)][:length]
    while len(seq) < length:  # a narrow taste ran out of fresh items: top up from the whole catalogue
        extra = np.searchsorted(global_cum, rng.random(length) * global_cum[-1], side="right").clip(0, n - 1)
        extra = extra[~np.isin(extra, seq)]
        _, first = np.unique(extra, return_index=True)
        seq = np.concatenate([seq, extra[np.sort(first)]])[:length]
    return seq


def write(data: SyntheticData, out_dir: str | Path) -> dict[str, Path]:
    """interactions.csv, items.csv, item_extra.jsonl and synthetic.json (the config) under `out_dir`."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"interactions": out / "interactions.csv", "items": out / "items.csv",
             "item_extra": out / "item_extra.jsonl", "config": out / "synthetic.json"}
    data.interactions.to_csv(paths["interactions"], index=False)
    data.items[["item_id", "title", "genres", "year", "plot", "rated"]].to_csv(paths["items"], index=False)
    with open(paths["item_extra"], "w", encoding="utf-8") as fh:
        for rec in data.items[["item_id", "plot", "rated", "director", "actors"]].to_dict("records"):
            rec["item_id"] = str(rec["item_id"])
            fh.write(json.dumps(rec) + "\n")
    paths["config"].write_text(json.dumps({**asdict(data.config), "clusters_used": _cluster_count(data.config),
                                           "interactions_written": len(data.interactions)}, indent=2))
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m cesrec.evals.bench.synthetic", description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=5000)
    ap.add_argument("--users", type=int, default=2000)
    ap.add_argument("--interactions", type=int, default=100_000)
    ap.add_argument("--clusters", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True, help="output directory")
    a = ap.parse_args(argv)
    cfg = SyntheticConfig(items=a.items, users=a.users, interactions=a.interactions, clusters=a.clusters,
                          seed=a.seed)
    try:
        t = time.perf_counter()
        paths = write(generate(cfg), a.out)
    except SyntheticError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(f"wrote {paths['interactions']} and {paths['items']} in {time.perf_counter() - t:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
