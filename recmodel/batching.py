"""Padded id batches and next-item training windows, shared by the neural backbones (scoring) and the
training loop (recmodel.train)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch


def pad_batch(seqs: Sequence[np.ndarray], max_len: int, side: str) -> torch.Tensor:
    """Keep the last `max_len` ids of each sequence, pad with 0 on `side` ('left' or 'right')."""
    out = np.zeros((len(seqs), max_len), dtype=np.int64)
    for r, s in enumerate(seqs):
        s = np.asarray(s, dtype=np.int64)[-max_len:]
        if len(s) == 0:
            continue
        if side == "left":
            out[r, max_len - len(s) :] = s
        else:
            out[r, : len(s)] = s
    return torch.from_numpy(out)


def training_windows(sequences: Sequence[np.ndarray], max_len: int, side: str, all_windows: bool) -> torch.Tensor:
    """(num_windows, max_len + 1) id windows; input = w[:, :-1], next-item targets = w[:, 1:].

    Only the most recent window per user (the original SASRec recipe) or, with `all_windows`, the whole
    history cut from the end into windows of max_len targets each, so long users' older items are used too.
    """
    rows: list[np.ndarray] = []
    span = max_len + 1
    for s in sequences:
        s = np.asarray(s, dtype=np.int64)
        if len(s) < 2:
            continue
        end = len(s)
        while end >= 2:
            rows.append(s[max(0, end - span) : end])
            if not all_windows:
                break
            end -= max_len  # consecutive windows overlap by one item so every transition is a target once
    return pad_batch(rows, span, side)
