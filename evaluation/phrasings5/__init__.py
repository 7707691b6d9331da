"""The fifth held-out phrasing table (split heldout5): written from the gazette and from the
way people type on Q&A sites and phone chats, as the lead's final, never-tuned measuring
stick of the session."""
