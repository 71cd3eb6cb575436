"""The window: Qt widgets only, one package per job like ocop_desk/. Calls the services in ocop_desk/ (never
the ORM directly, never the CLI).

Layers, lowest first; a package imports only from packages below it (tests/test_quality.py checks it,
docs/ARCHITECTURE.md draws it): common < fair | checkin | registration | labels | live | reports | store < shell.
"""
