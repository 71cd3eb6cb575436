"""Label templates: the built-in sheets and rolls (data files in resources/label_templates/) and the
user's own, kept in the `label_template` table. All sizes are millimetres."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, fields, replace
from importlib.resources.abc import Traversable
from typing import Any

from sqlalchemy import select

from ocop_desk.core.errors import DomainError, NotFound, ValidationFailed
from ocop_desk.core.formatting import fmt_decimal
from ocop_desk.core.i18n import translate
from ocop_desk.core.paths import resource_files
from ocop_desk.core.validate import clean_text
from ocop_desk.store import audit
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import LabelTemplate

KINDS = ("sheet", "roll")
_TOLERANCE = 0.05  # mm: printed label stock is specified to a tenth of a millimetre
MAX_MM = 1000.0  # no printer takes a page (or roll label) longer than a metre: a bigger size is a typing slip
NAME_MAX, TITLE_MAX = 120, 200  # label_template.name is String(120)


@dataclass(frozen=True)
class Template:
    """A page (sheet, or one roll label per page) holding a grid of labels."""

    name: str
    title: str
    kind: str  # "sheet" or "roll"
    page_width: float
    page_height: float
    label_width: float
    label_height: float
    columns: int = 1
    rows: int = 1
    margin_left: float = 0.0
    margin_top: float = 0.0
    gap_x: float = 0.0
    gap_y: float = 0.0
    padding: float = 1.5
    builtin: bool = False
    order: int = 100

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def label_origin(self, slot: int) -> tuple[float, float]:
        """Top-left corner (mm) of the label in `slot` (0-based, row by row)."""
        row, col = divmod(slot % self.per_page, self.columns)
        return (self.margin_left + col * (self.label_width + self.gap_x),
                self.margin_top + row * (self.label_height + self.gap_y))

    def display_name(self) -> str:
        """Built-in templates are named from their geometry, in the UI's language; the user's by their title."""
        if not self.builtin:
            return self.title or self.name
        size = f"{fmt_decimal(self.label_width)} × {fmt_decimal(self.label_height)} mm"
        if self.kind == "roll":
            return translate("Labels", "Thermal roll {size}").format(size=size)
        return translate("Labels", "A4 sheet {cols} × {rows} — {size}").format(cols=self.columns, rows=self.rows,
                                                                           size=size)

    def spec(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("builtin")
        return data


_NUMBERS = ("page_width", "page_height", "label_width", "label_height", "margin_left", "margin_top",
            "gap_x", "gap_y", "padding")
_DEFAULTS = {"margin_left": 0.0, "margin_top": 0.0, "gap_x": 0.0, "gap_y": 0.0, "padding": 1.5}


def field_label(key: str) -> str:
    """The name of a template field as the editor shows it."""
    labels = {
        "page_width": translate("Labels", "Page width"), "page_height": translate("Labels", "Page height"),
        "label_width": translate("Labels", "Label width"), "label_height": translate("Labels", "Label height"),
        "margin_left": translate("Labels", "Left margin"), "margin_top": translate("Labels", "Top margin"),
        "gap_x": translate("Labels", "Gap between columns"), "gap_y": translate("Labels", "Gap between rows"),
        "padding": translate("Labels", "Inner margin"), "columns": translate("Labels", "Columns"),
        "rows": translate("Labels", "Rows"), "name": translate("Labels", "Template name"),
        "title": translate("Labels", "Template title"),
    }
    return f"{labels.get(key, key)} ({key})"


def from_spec(data: dict[str, Any], *, builtin: bool = False, where: str = "") -> Template:
    """A template from its JSON spec; every problem is named (field and what to do)."""
    problems: list[str] = []
    known = {f.name for f in fields(Template)} - {"builtin"}
    values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
    # Name and title are typed in the editor: one line, no control characters, and a name that fits its
    # column (found by the fuzzer: a 10,000-character or NUL-bearing name was stored as given).
    name = ""
    try:
        name = clean_text(None if values.get("name") is None else str(values.get("name")),
                          field_label("name"), max_len=NAME_MAX) or ""
    except DomainError as exc:
        problems.append(exc.message)
    else:
        if not name:
            problems.append(translate("Labels", "The template has no name."))
    values["name"] = name
    try:
        values["title"] = clean_text(None if values.get("title") is None else str(values.get("title")),
                                     field_label("title"), max_len=TITLE_MAX) or name
    except DomainError as exc:
        problems.append(exc.message)
    if values.get("kind", "sheet") not in KINDS:
        problems.append(translate("Labels", "Kind must be 'sheet' or 'roll', not '{kind}'.").format(
            kind=str(values.get("kind"))[:40]))
    for key in _NUMBERS:
        raw = values.get(key, _DEFAULTS.get(key))
        try:
            number = float(raw)  # type: ignore[arg-type]
            if isinstance(raw, bool) or not math.isfinite(number) or not 0 <= number <= MAX_MM:
                raise ValueError
        except (TypeError, ValueError, OverflowError):
            problems.append(translate("Labels", "{field} must be a number of millimetres from 0 to {max}, not "
                                                "'{value}'.").format(field=field_label(key), max=f"{MAX_MM:g}",
                                                                     value=str(raw)[:40]))
            number = 0.0
        values[key] = number
    for key in ("columns", "rows"):
        raw = values.get(key, 1)
        if not isinstance(raw, int) or isinstance(raw, bool) or not 1 <= raw <= 50:
            problems.append(translate("Labels", "{field} must be a whole number from 1 to 50, not '{value}'.")
                            .format(field=field_label(key), value=str(raw)[:40]))
            raw = 1
        values[key] = raw
    if problems:
        raise ValidationFailed(translate("Labels", "The label template {name} is not valid.").format(
            name=where or name or "?"), problems)
    template = Template(**{**values, "builtin": builtin})
    check_fits(template)
    return template


def check_fits(t: Template) -> None:
    """Refuse a grid larger than its page, or labels too small for a label's text and QR."""
    if t.label_width < 15 or t.label_height < 12:
        raise DomainError(
            translate("Labels", "Labels of {w} × {h} mm are too small for a QR and its text (at least 15 × 12 mm).")
            .format(w=_mm(t.label_width), h=_mm(t.label_height)),
            hint=translate("Labels", "Check the label size in the template."))
    used_w = t.margin_left + t.columns * t.label_width + (t.columns - 1) * t.gap_x
    used_h = t.margin_top + t.rows * t.label_height + (t.rows - 1) * t.gap_y
    if used_w > t.page_width + _TOLERANCE or used_h > t.page_height + _TOLERANCE:
        raise DomainError(
            translate("Labels", "Template '{name}': the labels need {uw} × {uh} mm but the page is {pw} × {ph} mm.")
            .format(name=t.name, uw=_mm(used_w), uh=_mm(used_h), pw=_mm(t.page_width), ph=_mm(t.page_height)),
            hint=translate("Labels", "Make the labels, margins or gaps smaller, or use fewer columns or rows."))


def _mm(value: float) -> str:
    return fmt_decimal(value)


def builtin_templates() -> list[Template]:
    out = []
    for path in resource_files("label_templates", ".json"):
        out.append(_load_file(path))
    return sorted(out, key=lambda t: (t.order, t.name))


def _load_file(path: Traversable) -> Template:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DomainError(translate("Labels", "Cannot read the label template {path}: {reason}").format(
            path=path, reason=exc)) from exc
    return from_spec(data, builtin=True, where=str(path))


def list_templates(store: Store) -> list[Template]:
    """Built-in templates first, then the user's (by name)."""
    result = builtin_templates()
    with store.reading() as session:
        for row in session.scalars(select(LabelTemplate).order_by(LabelTemplate.name)):
            try:
                result.append(from_spec(json.loads(row.spec), where=row.name))
            except (ValueError, DomainError):
                continue  # a damaged user template must not hide the others; the editor shows it
    return result


def get_template(store: Store, name: str | None) -> Template:
    """The template called `name` (built-in key, title or user name); None means A4 3 × 8."""
    wanted = (name or "a4-3x8").strip()
    templates = list_templates(store)
    for t in templates:
        if wanted.casefold() in (t.name.casefold(), t.title.casefold(), t.display_name().casefold()):
            return t
    raise NotFound(
        translate("Labels", "There is no label template called '{name}'.").format(name=wanted),
        hint=translate("Labels", "Choose one of: {names}.").format(names=", ".join(t.name for t in templates)))


def save_template(store: Store, actor: Actor, spec: dict[str, Any]) -> Template:
    """Create or replace a user template (built-in names are reserved)."""
    template = replace(from_spec(spec), builtin=False)
    if any(b.name.casefold() == template.name.casefold() for b in builtin_templates()):
        raise DomainError(
            translate("Labels", "'{name}' is the name of a built-in template.").format(name=template.name),
            hint=translate("Labels", "Give your template another name."))
    text = json.dumps(template.spec(), ensure_ascii=False)
    with store.transaction() as session:
        row = session.scalar(select(LabelTemplate).where(LabelTemplate.name == template.name))
        if row is None:
            row = LabelTemplate(name=template.name, spec=text)
            session.add(row)
        else:
            row.spec = text
        session.flush()
        audit.record(session, actor, "save", "label_template", row.id, name=template.name)
    return template


def delete_template(store: Store, actor: Actor, name: str) -> None:
    with store.transaction() as session:
        row = session.scalar(select(LabelTemplate).where(LabelTemplate.name == name))
        if row is None:
            raise NotFound(translate("Labels", "There is no user template called '{name}'.").format(name=name))
        audit.record(session, actor, "delete", "label_template", row.id, name=name)
        session.delete(row)
