"""BLAS/torch thread control for a turn's small matmuls (used by the turn operations, the catalogue
explanations, the tests and the turn benchmark)."""

from __future__ import annotations

import threading
from contextlib import contextmanager

import torch
from threadpoolctl import ThreadpoolController

_THREADS = ThreadpoolController()
_THREADS_LOCK = threading.Lock()
_THREADS_DEPTH = 0


@contextmanager
def single_threaded():
    """Run a turn's small matmuls on one BLAS and one torch thread.

    A turn is a handful of tiny matrix-vector products; a multi-threaded BLAS/OpenMP pool has to wake its
    sleeping workers for each of them, which on a loaded machine costs tens of milliseconds (measured: a
    1,683 x 384 matvec took 40 ms after an idle gap with 2 OpenBLAS threads, 0.14 ms with 1). Re-entrant;
    restores the previous settings on exit."""
    global _THREADS_DEPTH
    with _THREADS_LOCK:
        _THREADS_DEPTH += 1
        outer = _THREADS_DEPTH == 1
    if not outer:  # thread limits are process-wide: the outermost holder sets and restores them
        try:
            yield
        finally:
            with _THREADS_LOCK:
                _THREADS_DEPTH -= 1
        return
    torch_threads = torch.get_num_threads()
    try:
        with _THREADS.limit(limits=1, user_api="blas"):
            if torch_threads != 1:
                torch.set_num_threads(1)
            yield
    finally:
        if torch_threads != 1:
            torch.set_num_threads(torch_threads)
        with _THREADS_LOCK:
            _THREADS_DEPTH -= 1


__all__ = ["single_threaded"]
