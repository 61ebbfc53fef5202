"""Small synthetic datasets for fast recmodel tests (ml-100k comes from the top-level conftest)."""

from __future__ import annotations

import numpy as np
import pytest
from cesrec.recmodel.data import Catalog, SequenceDataset


def make_tiny(num_users: int = 40, num_items: int = 30, length: int = 12, seed: int = 0) -> SequenceDataset:
    """Users walk the catalogue in steps of +1 from a random start (a learnable sequential pattern)."""
    rng = np.random.default_rng(seed)
    ext = [""] + [str(i) for i in range(1, num_items + 1)]
    catalog = Catalog(ext, ["<pad>"] + [f"Item {i}" for i in range(1, num_items + 1)], [None] * (num_items + 1),
                      [[] for _ in range(num_items + 1)])
    seqs, tss = [], []
    for _ in range(num_users):
        start = int(rng.integers(0, num_items))
        seqs.append(np.array([(start + k) % num_items + 1 for k in range(length)], dtype=np.int64))
        tss.append(np.arange(length, dtype=np.float64))
    manifest = {"name": "tiny", "users": num_users, "items": num_items, "interactions": num_users * length,
                "max_seq_len": 8, "interactions_sha256": f"tiny-{seed}-{num_users}-{num_items}-{length}"}
    return SequenceDataset("tiny", catalog, [str(u) for u in range(num_users)], seqs, tss, 8, manifest)


@pytest.fixture()
def tiny() -> SequenceDataset:
    return make_tiny()


@pytest.fixture(scope="module", autouse=True)
def _one_thread():
    """The tiny models here gain nothing from intra-op threads, and on a shared 2-core box spinning
    OpenMP workers make them many times slower."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
