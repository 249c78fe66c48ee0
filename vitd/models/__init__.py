"""Content models: one module per content file, each declaring its model and its spec.

The models are the single place where content field names are spelled.
"""
