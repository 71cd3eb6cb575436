"""The check-in desk: a scan or a typed code becomes one check-in row; the booth board, undo, the
desk's search-as-you-type index, and the product lots each booth brings.

May import: core, store, fair.
"""
