"""A deterministic stand-in embedder: hashed character bigrams, so tests need no model."""

from __future__ import annotations

import hashlib

import numpy as np


class FakeEmbedder:
    def __init__(self, model_id: str = "fake-bigram-64", dim: int = 64) -> None:
        self.model_id = model_id
        self.dim = dim

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        for a, b in zip(text, text[1:], strict=False):
            digest = hashlib.md5((a + b).encode()).digest()
            vector[digest[0] % self.dim] += 1.0
        norm = np.linalg.norm(vector)
        return vector / norm if norm else vector

    def passages(self, texts: list[str], progress: bool = False) -> np.ndarray:
        return np.stack([self._vector(t) for t in texts])

    def query(self, text: str) -> np.ndarray:
        return self._vector(text)
