"""The sixteenth held-out phrasing table (split heldout16): written from the gazette and from the
way people type on phones and Chinese Q&A sites, as the lead's final, never-tuned measuring
stick."""
