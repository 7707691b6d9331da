"""The fourth phrasing table (split tune4): written from the gazette and from the way people
type on phones and Q&A sites, as tuning material; its failures are read and fixed by class."""
