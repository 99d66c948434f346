"""Pure text logic for fasl: decoding, Arabic normalisation, auto-split, entity suggestions.

Nothing here imports Qt or SQL, so every function is tested without a GUI or a database.
"""
