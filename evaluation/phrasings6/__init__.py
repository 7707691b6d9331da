"""The sixth phrasing table (split tune6): written from the gazette and from the way people
type on phones and Q&A sites, as tuning material weighted to the weakest categories; its
failures are read and fixed by class, never one sentence at a time."""
