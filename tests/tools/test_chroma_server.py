"""The semantic index on a real Chroma server (`chroma run`, the chromadb package's own CLI) through
`HttpClient` (CESREC_CHROMA_HOST / CESREC_CHROMA_PORT): the same collection, metadata filters and ranking
as the on-disk `PersistentClient`, and the index survives a server restart. The server listens on
127.0.0.1 only and is stopped by the test. Skips (with the reason) only when the `chroma` executable is
missing."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from cesrec.recmodel.data import Catalog
from cesrec.tools.semantic import SemanticIndex, where_clause

# a small catalogue with real texts (titles, genres, plots): enough for filters and a meaningful ranking
_ITEMS = [
    ("Toy Story", 1995, ["Animation", "Children's", "Comedy"], "Toys come to life when their owner leaves the room."),
    ("Alien", 1979, ["Horror", "Sci-Fi"], "A deadly creature stalks the crew of a space freighter."),
    ("Heat", 1995, ["Action", "Crime", "Thriller"], "A detective hunts a crew of professional bank robbers."),
    ("Babe", 1995, ["Children's", "Comedy", "Drama"], "A pig raised by sheepdogs learns to herd sheep."),
    ("Apollo 13", 1995, ["Drama"], "Astronauts fight to return to Earth after an explosion on their spacecraft."),
    ("Star Wars", 1977, ["Action", "Adventure", "Sci-Fi"], "A farm boy joins rebels to fight a galactic empire."),
    ("The Shining", 1980, ["Horror"], "A writer caretaking a snowbound hotel descends into madness."),
    ("Fargo", 1996, ["Crime", "Drama", "Thriller"], "A car salesman's kidnapping scheme goes terribly wrong."),
    ("Aladdin", 1992, ["Animation", "Children's", "Comedy", "Musical"], "A street urchin finds a magic lamp with a genie."),
    ("Blade Runner", 1982, ["Film-Noir", "Sci-Fi"], "A cop hunts rogue replicants in a rainy future city."),
    ("Clueless", 1995, ["Comedy", "Romance"], "A rich Beverly Hills teenager plays matchmaker at school."),
    ("Jaws", 1975, ["Action", "Horror"], "A giant shark terrorises a summer beach town."),
    ("Casablanca", 1942, ["Drama", "Romance", "War"], "A nightclub owner meets his old love in wartime Morocco."),
    ("The Lion King", 1994, ["Animation", "Children's", "Musical"], "A lion cub flees after his father's death and returns as king."),
    ("Die Hard", 1988, ["Action", "Thriller"], "A police officer fights terrorists in a Los Angeles skyscraper."),
    ("Groundhog Day", 1993, ["Comedy", "Romance"], "A weatherman relives the same day over and over."),
    ("The Terminator", 1984, ["Action", "Sci-Fi", "Thriller"], "A cyborg assassin is sent back in time to kill a woman."),
    ("Scream", 1996, ["Horror", "Thriller"], "A masked killer stalks teenagers who know the rules of horror films."),
    ("Braveheart", 1995, ["Action", "Drama", "War"], "A Scottish warrior leads a revolt against the English king."),
    ("Sleepless in Seattle", 1993, ["Comedy", "Romance"], "A widower's son calls a radio show to find him a new wife."),
    ("Unforgiven", 1992, ["Western"], "A retired gunslinger takes one last bounty job."),
    ("Dances with Wolves", 1990, ["Adventure", "Drama", "Western"], "A soldier at a frontier post befriends a Sioux tribe."),
    ("Pulp Fiction", 1994, ["Crime", "Drama"], "Interlocking stories of hitmen, a boxer and a gangster's wife."),
    ("Jumanji", 1995, ["Adventure", "Children's", "Fantasy"], "A magical board game unleashes a jungle into a small town."),
    ("Twister", 1996, ["Action", "Adventure", "Thriller"], "Storm chasers race to study violent tornadoes."),
]
_QUERIES = [
    ("toys that come to life", None),
    ("scary monster in space", None),
    ("a funny romantic movie", where_clause(genres_all=["Comedy"])),
    ("cowboys and gunfights", where_clause(decades=["1990s"])),
    ("robots and the future", where_clause(genres_none=["Horror"])),
]


def _catalog() -> Catalog:
    return Catalog([""] + [str(i) for i in range(1, len(_ITEMS) + 1)], ["<pad>"] + [t for t, *_ in _ITEMS],
                   [None] + [y for _, y, *_ in _ITEMS], [[]] + [g for _, _, g, _ in _ITEMS],
                   plots=[""] + [p for *_, p in _ITEMS])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _chroma_exe() -> str | None:
    # the chromadb package's own CLI, next to this interpreter (the venv) or on PATH
    here = Path(sys.executable).with_name("chroma")
    return str(here) if here.exists() else shutil.which("chroma")


class _ChromaServer:
    """`chroma run --path P --host 127.0.0.1 --port N`, waited for through its heartbeat."""

    def __init__(self, exe: str, path: Path) -> None:
        self.exe, self.path, self.proc = exe, path, None
        self.port = 0

    def start(self, timeout_s: float = 60.0) -> None:
        self.port = _free_port()
        log = open(self.path.parent / f"chroma-{self.port}.log", "w")  # noqa: SIM115 (closed in stop)
        self._log = log
        self.proc = subprocess.Popen([self.exe, "run", "--path", str(self.path), "--host", "127.0.0.1",
                                      "--port", str(self.port)], stdout=log, stderr=subprocess.STDOUT,
                                     env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chroma run exited with {self.proc.returncode}: {self._tail()}")
            try:
                self.client().heartbeat()
                return
            except Exception:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"chroma run did not answer its heartbeat in {timeout_s:.0f} s: {self._tail()}")

    def client(self):
        import chromadb
        from chromadb.config import Settings

        return chromadb.HttpClient(host="127.0.0.1", port=self.port, settings=Settings(anonymized_telemetry=False))

    def _tail(self) -> str:
        self._log.flush()
        return Path(self._log.name).read_text()[-500:]

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=20)
        self.proc = None
        self._log.close()


@pytest.fixture()
def chroma_server(tmp_path) -> Iterator[_ChromaServer]:
    exe = _chroma_exe()
    if exe is None:
        pytest.skip("the `chroma` executable (chromadb's CLI) is not installed: pip install chromadb")
    server = _ChromaServer(exe, tmp_path / "chroma-server")
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _results(index: SemanticIndex) -> list[list[tuple[int, float]]]:
    return [index.search(q, where=w, k=5) for q, w in _QUERIES]


@pytest.mark.timeout(180)
def test_semantic_index_on_a_chroma_server_matches_the_local_one(chroma_server, tmp_path, monkeypatch):
    cat = _catalog()
    monkeypatch.delenv("CESREC_CHROMA_HOST", raising=False)
    local = SemanticIndex(cat, tmp_path / "local").build()
    assert (tmp_path / "local" / "chroma").is_dir()  # PersistentClient under the index directory
    expected = _results(local)

    monkeypatch.setenv("CESREC_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("CESREC_CHROMA_PORT", str(chroma_server.port))
    remote = SemanticIndex(cat, tmp_path / "remote").build()
    assert not (tmp_path / "remote" / "chroma").exists()  # nothing local: the collection is on the server
    col = remote.collection
    assert col.count() == len(_ITEMS)
    assert chroma_server.client().get_collection(remote.collection_name).count() == len(_ITEMS)  # seen by others
    assert col.get(ids=["21"], include=["metadatas"])["metadatas"][0]["g_western"] is True

    got = _results(remote)
    for (q, w), e, g in zip(_QUERIES, expected, got, strict=True):
        assert [i for i, _ in g] == [i for i, _ in e], (q, w)
        assert np.allclose([s for _, s in g], [s for _, s in e], atol=1e-5), (q, w)
    # and both are the exact cosine ranking (25 items: HNSW finds every neighbour)
    for (q, _), g in zip(_QUERIES[:2], got[:2], strict=True):
        assert [i for i, _ in g] == [i for i, _ in remote.search_exact(q, k=5)]
    assert got[0][0][0] == 1 and got[1][0][0] == 2  # Toy Story, Alien
    assert all("Comedy" in cat.genres[i] for i, _ in got[2])
    assert all(cat.years[i] and 1990 <= cat.years[i] < 2000 for i, _ in got[3])

    # the collection lives in the server's --path: a restarted server serves it without re-uploading
    chroma_server.stop()
    chroma_server.start()
    monkeypatch.setenv("CESREC_CHROMA_PORT", str(chroma_server.port))
    again = SemanticIndex(cat, tmp_path / "remote")
    assert chroma_server.client().get_collection(again.collection_name).count() == len(_ITEMS)
    assert _results(again) == got
