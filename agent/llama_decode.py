"""Greedy, grammar-constrained decoding over llama_cpp.Llama with KV prefix reuse.

Why not `Llama.create_completion(grammar=...)`: its sampler chain runs the grammar over the whole
152k-token vocabulary for every generated token. Like llama.cpp's own common sampler we first take the
argmax, ask the grammar whether that single token is allowed (almost always yes), and only run the
grammar over the full vocabulary when it is not. Same output as full-vocabulary greedy constrained
decoding, a fraction of the cost.
"""

from __future__ import annotations

import ctypes
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass
class DecodeResult:
    text: str
    prompt_tokens: int
    cached_tokens: int
    completion_tokens: int
    prefill_s: float
    decode_s: float
    truncated: bool


class _Grammar:
    """A llama.cpp grammar sampler used only as an acceptor (apply + accept), freed on close."""

    def __init__(self, llama, gbnf: str) -> None:
        import llama_cpp

        self._lc = llama_cpp
        self.ptr = llama_cpp.llama_sampler_init_grammar(llama._model.vocab, gbnf.encode(), b"root")
        if not self.ptr:
            raise ValueError("invalid GBNF grammar (llama.cpp could not parse it)")
        self.n_vocab = llama.n_vocab()
        # One-entry and full-vocabulary candidate arrays, allocated once per grammar.
        self._one = (llama_cpp.llama_token_data * 1)()
        self._one_arr = llama_cpp.llama_token_data_array(data=self._one, size=1, selected=-1, sorted=False)
        self._full = (llama_cpp.llama_token_data * self.n_vocab)()
        self._full_np = np.ctypeslib.as_array(self._full).view(
            np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)])
        )
        self._full_np["id"] = np.arange(self.n_vocab, dtype=np.int32)

    def allows(self, token: int, logit: float) -> bool:
        self._one[0].id, self._one[0].logit, self._one[0].p = token, logit, 0.0
        self._one_arr.size, self._one_arr.selected = 1, -1
        self._lc.llama_sampler_apply(self.ptr, ctypes.byref(self._one_arr))
        return np.isfinite(self._one[0].logit)

    def best_allowed(self, logits: np.ndarray) -> int:
        self._full_np["logit"] = logits
        self._full_np["p"] = 0.0
        arr = self._lc.llama_token_data_array(data=self._full, size=self.n_vocab, selected=-1, sorted=False)
        self._lc.llama_sampler_apply(self.ptr, ctypes.byref(arr))
        masked = self._full_np["logit"]
        if not np.isfinite(masked).any():
            raise RuntimeError("grammar allows no token (internal grammar error)")
        return int(np.argmax(masked))

    def accept(self, token: int) -> None:
        self._lc.llama_sampler_accept(self.ptr, token)

    def close(self) -> None:
        if self.ptr:
            self._lc.llama_sampler_free(self.ptr)
            self.ptr = None


def decode(
    llama,
    tokens: Sequence[int],
    gbnf: str,
    max_tokens: int,
    on_text: Callable[[str], None] | None = None,
) -> DecodeResult:
    """Greedy constrained generation for `tokens` (caller holds the model's lock)."""
    import llama_cpp

    vocab = llama._model.vocab
    tokens = list(tokens)
    # KV prefix reuse: keep the cached tokens that match, re-evaluate the rest (at least one token so
    # fresh logits exist).
    prev = llama.input_ids[: llama.n_tokens]
    n = min(len(prev), len(tokens))
    diff = np.nonzero(np.asarray(prev[:n]) != np.asarray(tokens[:n], dtype=prev.dtype))[0]
    lcp = int(diff[0]) if len(diff) else n
    lcp = min(lcp, len(tokens) - 1)
    t0 = time.perf_counter()
    llama.n_tokens = lcp
    llama.eval(tokens[lcp:])
    t1 = time.perf_counter()

    grammar = _Grammar(llama, gbnf)
    out_ids: list[int] = []
    text_bytes = b""
    emitted = 0
    truncated = True
    try:
        for _ in range(max_tokens):
            logits = np.ctypeslib.as_array(llama._ctx.get_logits_ith(-1), shape=(grammar.n_vocab,))
            tok = int(np.argmax(logits))
            if not grammar.allows(tok, float(logits[tok])):
                tok = grammar.best_allowed(logits)
            if llama_cpp.llama_vocab_is_eog(vocab, tok):
                truncated = False
                break
            grammar.accept(tok)
            out_ids.append(tok)
            text_bytes += llama.detokenize([tok], special=True)
            if on_text:
                # Emit only complete UTF-8 sequences (a token can end mid-character).
                try:
                    s = text_bytes.decode("utf-8")
                except UnicodeDecodeError:
                    s = None
                if s is not None and len(s) > emitted:
                    on_text(s[emitted:])
                    emitted = len(s)
            llama.eval([tok])
    finally:
        grammar.close()
    t2 = time.perf_counter()
    return DecodeResult(
        text=text_bytes.decode("utf-8", errors="replace"),
        prompt_tokens=len(tokens),
        cached_tokens=lcp,
        completion_tokens=len(out_ids),
        prefill_s=t1 - t0,
        decode_s=t2 - t1,
        truncated=truncated,
    )
