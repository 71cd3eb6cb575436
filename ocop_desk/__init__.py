"""OCOP Desk: the domain and application services, one package per job. Nothing here imports QtWidgets or ui/.

Layers, lowest first; a package imports only from packages below it (tests/test_architecture.py checks it,
docs/ARCHITECTURE.md draws it): core < store < fair < checkin < registration | labels | live < reports < cli.
"""

__version__ = "0.1.0"
