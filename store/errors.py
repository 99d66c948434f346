"""Errors the store reports to people, as opposed to bugs.

`StoreError` and its subclasses carry a message fit to show a reviewer or print on the
command line as one line; anything else escaping the store is a bug.
"""


class StoreError(Exception):
    """A known, user-facing problem with a store file or a request to it."""


class NewerStoreError(StoreError):
    """The store was written by a newer fasl; opening it here could damage it."""


class NotAStoreError(StoreError):
    """The file exists but is not a SQLite database (or not a fasl store)."""


class StoreLockedError(StoreError):
    """Another process holds the write lock longer than the busy timeout."""
