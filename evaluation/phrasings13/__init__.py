"""The thirteenth (tuning) phrasing table (split tune13): written from the gazette and from the
way people type on phones and Chinese Q&A sites, for the lead to tune the
assistant on (weighted toward its weakest categories and toward false declines)."""
