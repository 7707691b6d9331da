"""The twentieth held-out phrasing table (split heldout20): written fresh from the gazette, spread
over the whole text (clauses rarely asked included), and from the way people type on phones and
Chinese Q&A sites, as the lead's final, never-tuned measuring stick."""
