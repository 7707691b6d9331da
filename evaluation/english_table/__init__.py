"""English phrasing table: English questions answered from the Chinese text (issue 10)."""
