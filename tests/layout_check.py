"""What a layout problem is, as a coordinator would see it: text cut off, widgets on top of each other, parts
outside the window, a window bigger than the screen. `problems(window)` walks a shown window's widgets.

Only widgets a layout (or a splitter) places are judged: the parts Qt builds inside a combo box, a spin box
or a scroll bar are its own business.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import (
    QScreen,
    Qt,  # QtGui's Qt also has mightBeRichText
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QWidget,
)

SLACK = 2  # pixels of rounding a layout may lose at fractional scale factors


def _in_layout(layout: QLayout, widget: QWidget) -> bool:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.widget() is widget:
            return True
        inner = item.layout()
        if inner is not None and _in_layout(inner, widget):
            return True
    return False


def placed(widget: QWidget) -> bool:
    """True when a layout or a splitter of the parent places the widget (not a part of a complex widget)."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return False
    if isinstance(parent, QSplitter):
        return True
    if isinstance(parent, QMainWindow):
        return widget in (parent.centralWidget(), parent.statusBar(), parent.menuBar()) or widget.inherits("QToolBar")
    layout = parent.layout()
    return layout is not None and _in_layout(layout, widget)


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's content: it may lie beyond the viewport and be scrolled to."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = f" '{widget.text()[:40]}'"
    return f"{type(widget).__name__}#{widget.objectName() or '-'}{text}"


def _elided_on_purpose(widget: QWidget, text: str) -> bool:
    return bool(widget.toolTip()) and ("…" in text or "..." in text)


def text_problem(widget: QWidget) -> str | None:
    """The label's or button's text does not fit the rectangle it was given."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or widget.pixmap() is not None and not widget.pixmap().isNull() or widget.hasScaledContents():
            return None
        if _elided_on_purpose(widget, text):
            return None
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK:
                return f"text needs {need}px of height, has {widget.height()}"
            return None
        if widget.buddy() is not None:  # "&Lot:" shows as "Lot:" with L underlined
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        room = widget.contentsRect().width() - 2 * widget.margin() - max(widget.indent(), 0)
        if widget.textFormat() == Qt.TextFormat.RichText or Qt.mightBeRichText(text):
            need = widget.sizeHint().width() - (widget.width() - room)
        else:
            need = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        if need > room + SLACK:
            return f"text needs {need}px of width, has {room}"
        if widget.fontMetrics().height() > widget.contentsRect().height() + SLACK:
            return f"text needs {widget.fontMetrics().height()}px of height, has {widget.contentsRect().height()}"
        return None
    if isinstance(widget, QAbstractButton) and widget.text():
        if _elided_on_purpose(widget, widget.text()):
            return None
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK + 4:
            return f"needs {hint.width()}x{hint.height()}, has {widget.width()}x{widget.height()}"
    return None


def squeezed_problem(widget: QWidget) -> str | None:
    """A field or button given less height than it needs: the frame and text are drawn on top of each other."""
    if not isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractButton)):
        return None
    need = widget.minimumSizeHint().height()
    if widget.minimumHeight() == 0 and need > widget.height() + SLACK:
        return f"{name(widget)} is {widget.height()}px high, needs {need}"
    return None


def header_problems(table: QTableView) -> list[str]:
    """A column whose header title is cut (the model may give a tooltip when it abbreviates on purpose)."""
    header = table.horizontalHeader()
    if not header.isVisible():
        return []
    found = []
    metrics = header.fontMetrics()
    model = table.model()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        need = metrics.horizontalAdvance(title) + 12  # the style sheet's 6px padding each side
        have = header.sectionSize(section)
        if need > have + SLACK and not model.headerData(section, Qt.Orientation.Horizontal,
                                                           Qt.ItemDataRole.ToolTipRole):
            found.append(f"{name(table)}: column '{title}' needs {need}px, has {have}")
    return found


def _visible_widgets(top: QWidget) -> list[QWidget]:
    return [w for w in top.findChildren(QWidget) if w.isVisible() and not w.isWindow() and w.window() is top]


def overlap_problems(parent: QWidget, children: list[QWidget]) -> list[str]:
    found = []
    if isinstance(parent, QStackedWidget):
        return found
    for i, a in enumerate(children):
        for b in children[i + 1:]:
            shared = a.geometry().intersected(b.geometry())
            if shared.width() > SLACK and shared.height() > SLACK:
                found.append(f"{name(a)} overlaps {name(b)} by {shared.width()}x{shared.height()}")
    return found


def outside_problem(widget: QWidget, top: QWidget) -> str | None:
    """Part of the widget lies outside its parent (so it is cut) or outside the window."""
    parent = widget.parentWidget()
    assert parent is not None
    inside = parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK)
    if not inside.contains(widget.geometry()):
        return f"{name(widget)} at {_rect(widget.geometry())} is outside {name(parent)} {_rect(parent.rect())}"
    where = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
    if not top.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(where):
        return f"{name(widget)} at {_rect(where)} is outside the window {_rect(top.rect())}"
    return None


def _rect(r: QRect) -> str:
    return f"{r.x()},{r.y()} {r.width()}x{r.height()}"


def sideways_problem(area: QScrollArea) -> str | None:
    """A scrolled panel that needs sideways scrolling, or cuts its content off at the side (tables may scroll
    sideways; panels may not)."""
    content = area.widget()
    if content is not None and content.width() > area.viewport().width() + SLACK:
        return f"{name(area)} cuts its content at the side ({content.width()}px in {area.viewport().width()})"
    bar = area.horizontalScrollBar()
    if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff and bar.maximum() > SLACK:
        return f"{name(area)} needs sideways scrolling ({bar.maximum()}px)"
    return None


def screen_problem(window: QWidget, screen: QScreen) -> str | None:
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    if frame.width() > area.width() + SLACK or frame.height() > area.height() + SLACK:
        return f"{name(window)} is {frame.width()}x{frame.height()}, the screen {area.width()}x{area.height()}"
    if not area.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(frame):
        return f"{name(window)} at {_rect(frame)} is off the screen {_rect(area)}"
    return None


def problems(window: QWidget, screen: QScreen | None = None) -> list[str]:
    """Every layout problem of a shown top-level window (a main window or a dialog) on `screen` (its own by
    default)."""
    found: list[str] = []
    problem = screen_problem(window, screen or window.screen())
    if problem:
        found.append(problem)
    widgets = [w for w in _visible_widgets(window) if placed(w)]
    by_parent: dict[int, tuple[QWidget, list[QWidget]]] = {}
    for widget in widgets:
        parent = widget.parentWidget()
        assert parent is not None
        by_parent.setdefault(id(parent), (parent, []))[1].append(widget)
        problem = text_problem(widget)
        if problem:
            found.append(f"{name(widget)}: {problem}")
        problem = squeezed_problem(widget)
        if problem:
            found.append(problem)
        if not _scrolled(widget, window):
            problem = outside_problem(widget, window)
            if problem:
                found.append(problem)
        if isinstance(widget, QTableView) and not isinstance(widget, QHeaderView):
            found.extend(header_problems(widget))
        if isinstance(widget, QScrollArea) and not isinstance(widget, QAbstractItemView):
            problem = sideways_problem(widget)
            if problem:
                found.append(problem)
    for parent, children in by_parent.values():
        found.extend(overlap_problems(parent, children))
    return found
