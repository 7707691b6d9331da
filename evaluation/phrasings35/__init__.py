"""The thirty-fifth (tuning) phrasing table (split tune35): written from the gazette for the lead
to tune the assistant on, weighted toward its weakest classes on the last tables (stated details
wrongly declined, bare fact-absent yes/no predicates next to a neighbour that states a similar one,
declines for Tibet towns, other provinces and other schemes, answers one sentence deep in a long
article, list questions, calculations, hostile input, user titles, multi-part questions and
dialogues that continue lookups)."""
