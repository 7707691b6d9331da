"""The assistant a command line shares between its handlers, built only when one asks for it.

`assistant` and `evaluation` both use it; a test injects a stand-in or a shared real one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Tools:
    injected: Any = None

    def assistant(self) -> Any:
        if self.injected is None:
            from assistant.engine import Assistant

            self.injected = Assistant()
        return self.injected

    def corpus(self) -> Any:
        """The calculators need the corpus only, not the model: do not load the model for it."""
        if self.injected is not None:
            return self.injected.corpus
        from corpus import load_corpus

        return load_corpus()
