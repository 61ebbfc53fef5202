"""Settings where CESRec's mechanisms should matter (issue 22), as transformations of the evaluation's users:

- `new_users`: the history cut to its last 0-3 items (cycled over users: 0, 1, 2, 3), so the rewritten sequence is
  (nearly) the whole sequence the SRS sees;
- `noisy_history`: a shared account -- 20-40% of the final history are another user's training items, interleaved at
  random positions (the outlier masking's case);
- `long`: a longer conversation (6 turns) whose first two feedback turns are about a film the user just watched (the
  last history item) before the request drifts to what they want now (the sequence rewrite's case over many turns).

The target is always the user's own held-out item; only the history (and, for `long`, what the first turns talk
about) changes. Every draw is seeded by the user and the setting, so each system sees the same users.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from cesrec.evals.simulator.budget import SimulatorError
from cesrec.evals.simulator.text import _mix

SETTINGS = ("default", "new_users", "noisy_history", "long")
LONG_TURNS = 6
DRIFT_TURNS = 2


def new_user_history(history: Sequence[int], row: int) -> np.ndarray:
    """The last (row mod 4) items: 0, 1, 2 or 3."""
    n = row % 4
    h = np.asarray(history, dtype=np.int64)
    return h[len(h) - n:] if n else h[:0]


def noisy_history(history: Sequence[int], other: Sequence[int], key: object, lo: float = 0.2, hi: float = 0.4,
                  avoid: Sequence[int] = ()) -> tuple[np.ndarray, np.ndarray]:
    """(history with another user's items interleaved, bool flags of the inserted positions). The inserted share of
    the result is drawn in [lo, hi]; items already in the history or in `avoid` (the target) are not inserted."""
    if not 0.0 <= lo <= hi < 1.0:
        raise SimulatorError("noisy_history needs 0 <= lo <= hi < 1")
    rng = np.random.default_rng(_mix("noisy", key) % (2**63))
    own = [int(i) for i in history]
    banned = set(own) | {int(a) for a in avoid} | {0}
    pool = [int(i) for i in dict.fromkeys(int(x) for x in other) if int(i) not in banned]
    share = float(rng.uniform(lo, hi))
    m = min(len(pool), int(round(share * len(own) / (1.0 - share))))
    if m == 0 or not own:
        return np.asarray(own, dtype=np.int64), np.zeros(len(own), dtype=bool)
    start = int(rng.integers(0, len(pool) - m + 1))
    ins = pool[start:start + m]  # a contiguous stretch of the other user's sequence, in its order
    slots = np.sort(rng.choice(len(own) + m, size=m, replace=False))
    out, flags, a, b = [], [], 0, 0
    for pos in range(len(own) + m):
        if b < m and pos == slots[b]:
            out.append(ins[b])
            flags.append(True)
            b += 1
        else:
            out.append(own[a])
            flags.append(False)
            a += 1
    return np.asarray(out, dtype=np.int64), np.asarray(flags, dtype=bool)


def donor(row: int, n_rows: int, key: object = 0) -> int:
    """The other user of a shared account: a different row, fixed per (row, key)."""
    if n_rows < 2:
        raise SimulatorError("a shared account needs at least two users")
    off = 1 + _mix("donor", row, key) % (n_rows - 1)
    return (row + off) % n_rows
