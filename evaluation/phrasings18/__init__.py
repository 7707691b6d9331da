"""The eighteenth held-out phrasing table (split heldout18): written from the gazette, favouring
the clauses the earlier tables asked least, and from the way people type on phones and Chinese Q&A
sites, as the lead's final, never-tuned measuring stick."""
