"""Entity tagging in the review window: painting, keys, the entity list, suggestions.

`EntityController` is the one object the main window creates; it owns the rest.
"""
