"""Choosing settings on validation data only (never a test split): the turn's fusion weights (`fusion`), its
open-request knobs on the request benchmark's dev half (`requests`), SRS training recipes (`srs`)."""
