"""The forty-fifth session's phrasing classes (tune50 and heldout50)."""
