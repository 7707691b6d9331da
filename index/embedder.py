"""The sentence embedder: the bundled e5 model by default, any sentence-transformers model by name."""

from __future__ import annotations

import os
from functools import lru_cache

import numpy as np

from index.model_builder import MODEL_NAME, WEIGHTS_SHA256, default_model_dir

# e.g. BAAI/bge-small-zh-v1.5 where a hub is reachable, or a local sentence-transformers folder
ENV_MODEL = "NGARI_EMBED_MODEL"
# Below this cosine (bundled model) the best passage is about something else:
# on the dev set answerable questions score >= 0.88, unrelated ones about 0.85.
DEFAULT_MIN_RELEVANCE = 0.865


class Embedder:
    def __init__(self, model_name: str | None = None) -> None:
        from sentence_transformers import SentenceTransformer

        name = model_name or os.environ.get(ENV_MODEL, "")
        self.min_relevance: float | None
        if name:
            self.model_id = name
            self.query_prompt = os.environ.get("NGARI_QUERY_PROMPT", "")
            self.passage_prompt = os.environ.get("NGARI_PASSAGE_PROMPT", "")
            # cosines are on each model's own scale: another model needs its own cut-off
            relevance = os.environ.get("NGARI_MIN_RELEVANCE", "")
            self.min_relevance = float(relevance) if relevance else None
            path = name
        else:
            self.model_id = f"{MODEL_NAME}@{WEIGHTS_SHA256[:12]}"
            self.query_prompt, self.passage_prompt = "query: ", "passage: "
            self.min_relevance = DEFAULT_MIN_RELEVANCE
            path = str(default_model_dir())
        threads = int(os.environ.get("NGARI_TORCH_THREADS", "0") or 0)
        if threads:
            import torch

            torch.set_num_threads(threads)
        self.model = SentenceTransformer(path, device="cpu")
        dimension = (
            getattr(self.model, "get_embedding_dimension", None)
            or self.model.get_sentence_embedding_dimension
        )
        self.dim = int(dimension())

    def passages(self, texts: list[str], progress: bool = False) -> np.ndarray:
        vectors = self.model.encode(
            [self.passage_prompt + t for t in texts],
            batch_size=16,
            normalize_embeddings=True,
            show_progress_bar=progress,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32)

    def queries(self, texts: list[str]) -> np.ndarray:
        """Many questions at once, embedded as queries (the same prompt as `query`)."""
        vectors = self.model.encode(
            [self.query_prompt + t for t in texts],
            batch_size=16,
            normalize_embeddings=True,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)

    def query(self, text: str) -> np.ndarray:
        vector = self.model.encode(
            self.query_prompt + text, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vector, dtype=np.float32)


@lru_cache(maxsize=2)
def shared_embedder(model_name: str = "") -> Embedder:
    """One model per process: the app's users and the batch runner share it."""
    return Embedder(model_name or None)
