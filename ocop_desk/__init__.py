"""OCOP Desk: the domain and application services. Nothing here imports QtWidgets or ui/."""

__version__ = "0.1.0"
