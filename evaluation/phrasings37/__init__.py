"""The thirty-seventh (tuning) phrasing table (split tune37): written from the gazette for the lead
to tune the assistant on, weighted toward fact-absent questions (bare yes/no, amounts, dates,
bodies, hotlines, procedures the text never gives), English questions in several registers, yes/no
eligibility on all seven documents, stated details asked with side words the text never uses,
lookups on rarely asked clauses, Q&A-site titles, declines with their look-alikes, calculations,
hostile input, multi-part questions and dialogues."""
