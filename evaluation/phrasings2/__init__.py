"""The second held-out phrasing table (split heldout2): written after the first table's
held-out half had been looked at, by a separate author, never to be tuned on."""
