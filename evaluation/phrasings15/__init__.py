"""The fifteenth (tuning) phrasing table (split tune15): written from the gazette and from the
way people type on phones, speak into voice input and title posts on Chinese Q&A sites, for the
lead to tune the assistant on (weighted toward its weakest categories and toward false declines
of questions the gazette does answer)."""
