"""Datasets in, metrics and a Markdown report out, through the same entry points users have."""
