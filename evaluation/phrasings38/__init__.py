"""The thirty-eighth held-out phrasing table (split heldout38): written fresh from the gazette,
weighted toward clauses the earlier tables asked least, and from the way people type on phones and
Chinese Q&A sites, as the lead's never-tuned measuring stick."""
