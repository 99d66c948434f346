"""The corpus panel: a lazily fetched list of the store's documents, with filter, search and sort."""
