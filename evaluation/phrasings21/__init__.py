"""The twenty-first (tuning) phrasing table (split tune21): written from the gazette for the lead
to tune the assistant on, weighted toward its weakest classes on the last tables (stated details
wrongly declined, fact-absent details, declines and look-alikes, answers one sentence deep in a
long article, list questions, calculations, hostile input, user titles, multi-part, dialogues)."""
