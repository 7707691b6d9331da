"""The third held-out phrasing table (split heldout3): written from the gazette and from the
way people type on Q&A sites and phone chats, as the lead's final measuring stick; never
tuned on."""
