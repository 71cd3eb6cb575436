"""The fair being run: events and their days, which event is current, the producers and products
(the catalogue), and the sample fair.

May import: core, store.
"""
