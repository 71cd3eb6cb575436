"""A length in millimetres as the language writes it: "210 mm", "99,1 mm" in Vietnamese (not "210.00 mm")."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QWidget


class MillimetreSpinBox(QDoubleSpinBox):
    """Keeps `decimals` of precision but shows no trailing zeros; the decimal sign is the locale's
    (the application's default locale follows the UI language: see ui/shell/app.py)."""

    def __init__(self, decimals: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(decimals)
        self.setSuffix(" mm")

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text
