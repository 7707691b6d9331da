"""The twenty-seventh (tuning) phrasing table (split tune27): written from the gazette for the lead
to tune the assistant on, weighted toward its weakest classes on the last tables (stated details
wrongly declined, bare fact-absent yes/no details, declines for Tibet towns and other provinces,
answers one sentence deep in a long article, list questions, calculations, hostile input, user
titles, multi-part questions and dialogues that continue lookups)."""
