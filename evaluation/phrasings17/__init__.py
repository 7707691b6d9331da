"""The seventeenth (tuning) phrasing table (split tune17): written from the gazette for the lead
to tune the assistant on, weighted toward its weakest categories on the last fresh table (user
titles, fact-absent questions, calculations, other places/schemes/years, false declines of
in-scope details, dialogue turns, hostile input) and toward articles earlier tuning tables
asked little."""
