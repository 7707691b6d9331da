"""The eleventh phrasing table (split tune11, tuning material): written from the gazette and
from the way people type on phones and Chinese Q&A sites."""
