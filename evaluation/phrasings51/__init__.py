"""The forty-sixth session's phrasing classes (tune51 and heldout51)."""
