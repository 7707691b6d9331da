"""The nineteenth (tuning) phrasing table (split tune19): written from the gazette for the lead
to tune the assistant on, weighted toward its weakest categories on the last fresh table
(multi-part questions, lookups deep inside long articles, user titles, calculations, hostile
input, dialogue turns)."""
