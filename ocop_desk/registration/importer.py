"""Registration import: producers, products and booths from the organisers' Excel or CSV file.

All or nothing: every bad row is reported (sheet, row, column, problem) and nothing is written while
any row is bad. Re-importing an updated file matches producers, products and booths by their codes
(or, where the file has no codes, by name within the producer), updates what changed, adds what is
new and never duplicates. `preview` computes the same report without writing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from ocop_desk.checkin.search import CATALOG_VERSION_KEY
from ocop_desk.checkin.search import invalidate as invalidate_search
from ocop_desk.core.codes import path_problem
from ocop_desk.core.errors import ValidationFailed
from ocop_desk.core.formatting import fmt_date
from ocop_desk.core.i18n import translate
from ocop_desk.fair.events import add_event, choose_event, current_event_in
from ocop_desk.registration.headers import GROUP_FIELDS, IGNORED_FIELDS, PRODUCT_FIELDS
from ocop_desk.registration.read import Table, read_registration
from ocop_desk.registration.values import (
    CellProblem,
    blob_fast,
    parse_cell_date,
    parse_code,
    parse_days,
    parse_gtin,
    parse_kind,
    parse_phone,
    parse_price,
    parse_product_code,
    parse_stars,
    parse_text,
)
from ocop_desk.registration.values import fold_fast as fold
from ocop_desk.store import audit
from ocop_desk.store.audit import Actor
from ocop_desk.store.database import Store
from ocop_desk.store.models import Booth, BoothDay, Event, Producer, Product
from ocop_desk.store.settings import set_setting

PARSERS: dict[str, Callable[[object], Any]] = {
    "producer_code": parse_code, "producer_name": parse_text, "producer_kind": parse_kind,
    "address": lambda v: parse_text(v, 500), "province": lambda v: parse_text(v, 120), "phone": parse_phone,
    "contact": lambda v: parse_text(v, 200), "product_code": parse_product_code, "product_name": parse_text,
    "category": lambda v: parse_text(v, 120), "unit": lambda v: parse_text(v, 40), "price": parse_price,
    "stars": parse_stars, "certificate_no": lambda v: parse_text(v, 120), "certificate_expires": parse_cell_date,
    "gtin": parse_gtin, "description": lambda v: parse_text(v, 5000), "booth_code": lambda v: parse_code(v, 40),
    "zone": lambda v: parse_text(v, 60), "days": parse_days,
}
# file field -> model attribute
PRODUCER_ATTRS = {"producer_name": "name", "producer_kind": "kind", "address": "address", "province": "province",
                  "phone": "phone", "contact": "contact_person"}
PRODUCT_ATTRS = {"product_name": "name", "category": "category", "unit": "unit", "price": "price",
                 "stars": "star_rating", "certificate_no": "certificate_no",
                 "certificate_expires": "certificate_expires", "gtin": "gtin", "description": "description"}


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: str
    message: str

    def __str__(self) -> str:
        if self.row is None:
            return translate("Import", "Sheet '{sheet}': {message}").format(sheet=self.sheet, message=self.message)
        return translate("Import", "Sheet '{sheet}', row {row}, column '{column}': {message}").format(
            sheet=self.sheet, row=self.row, column=self.column, message=self.message)


@dataclass
class Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    def total(self) -> int:
        return self.added + self.updated + self.unchanged


@dataclass
class SheetReport:
    name: str
    header_row: int
    rows: int
    skipped: int
    used: list[tuple[str, str]]  # (header as written, field)
    ignored: list[str]


@dataclass
class ImportReport:
    path: str
    kind: str
    event_id: int | None
    event_name: str
    event_created: bool
    sheets: list[SheetReport] = field(default_factory=list)
    ignored_sheets: list[str] = field(default_factory=list)
    producers: Counts = field(default_factory=Counts)
    products: Counts = field(default_factory=Counts)
    booths: Counts = field(default_factory=Counts)
    problems: list[Problem] = field(default_factory=list)
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, object]:
        return {
            "file": self.path, "kind": self.kind, "event_id": self.event_id, "event": self.event_name,
            "event_created": self.event_created, "written": self.written,
            "sheets": [{"name": s.name, "header_row": s.header_row, "rows": s.rows, "skipped": s.skipped,
                        "used": [{"header": h, "field": f} for h, f in s.used], "ignored": s.ignored}
                       for s in self.sheets],
            "ignored_sheets": self.ignored_sheets,
            **{name: vars(getattr(self, name)) for name in ("producers", "products", "booths")},
            "problems": [{"sheet": p.sheet, "row": p.row, "column": p.column, "message": p.message}
                         for p in self.problems],
        }


def _producer_blob(name: str, address: str | None, phone: str | None, code: str) -> str:
    """Exactly `catalog.producer_search_text`, computed faster (an import folds every row)."""
    return blob_fast(name, address, phone, code)


def _product_blob(name: str, code: str, gtin: str | None, category: str | None) -> str:
    """Exactly `catalog.product_search_text`."""
    return blob_fast(name, code, gtin, category)


# -- from tables to records -----------------------------------------------------------------------------


@dataclass
class _Rec:
    sheet: str
    row: int
    values: dict[str, Any]
    headers: dict[str, str]

    def where(self, fld: str) -> tuple[str, int, str]:
        return self.sheet, self.row, self.headers.get(fld, fld)


def _records(tables: list[Table], problems: list[Problem]) -> list[_Rec]:
    out: list[_Rec] = []
    for table in tables:
        headers = {c.field: c.header for c in table.columns if c.field}
        fill_down = bool(table.fields & set(PRODUCT_FIELDS)) and bool(table.fields & set(GROUP_FIELDS))
        carried: dict[str, Any] = {}
        for number, cells in table.rows:
            values: dict[str, Any] = {}
            for col, raw in zip(table.columns, cells, strict=True):
                if raw is None or not col.field or col.field in IGNORED_FIELDS:
                    continue
                try:
                    value = PARSERS[col.field](raw)
                except CellProblem as exc:
                    problems.append(Problem(table.sheet, number, col.header, str(exc)))
                    values[col.field] = _BAD
                    continue
                if value is not None:
                    values[col.field] = value
            if not values:
                continue  # only a row number or a note
            if fill_down:
                if "producer_code" in values or "producer_name" in values:
                    carried = {k: v for k, v in values.items() if k in GROUP_FIELDS}
                else:  # merged or left blank under the producer's first row
                    for key, value in carried.items():
                        values.setdefault(key, value)
            out.append(_Rec(table.sheet, number, values, headers))
    return out


_BAD = object()  # a cell that failed to parse (already reported)


def _ok(value: Any) -> Any:
    return None if value is _BAD else value


@dataclass
class _ProducerIn:
    key: str
    code: str | None
    fields: dict[str, Any]
    where: tuple[str, int, str]


@dataclass
class _Plan:
    event_id: int | None
    event_name: str
    event_days: dict[dt.date, int]
    producers_new: list[dict[str, Any]] = field(default_factory=list)
    producers_upd: list[dict[str, Any]] = field(default_factory=list)
    products_new: list[dict[str, Any]] = field(default_factory=list)  # producer given as "producer_code"
    products_upd: list[dict[str, Any]] = field(default_factory=list)
    booths_new: list[dict[str, Any]] = field(default_factory=list)
    booths_upd: list[dict[str, Any]] = field(default_factory=list)
    booth_days: dict[str, list[dt.date]] = field(default_factory=dict)  # booth code -> days (replace)


def _auto_code(prefix: str, name: str, taken: set[str]) -> str:
    if path_problem(f"{prefix}-0", product=True) is not None:  # the producer's code would not make a web path
        prefix = "SP"
    digest = hashlib.sha1(fold(name).encode()).hexdigest().upper()
    for width in range(6, 41):
        code = f"{prefix}-{digest[:width]}"[:60]
        if code not in taken:
            return code
    raise AssertionError("hash collision")  # pragma: no cover


def _plan(session: Session, recs: list[_Rec], report: ImportReport, event_id: int | None,
          title: str, today: dt.date) -> _Plan:
    problems = report.problems
    # -- the event -------------------------------------------------------------------------------------
    if event_id is None:
        event_id = current_event_in(session, today=today)
    event = session.get(Event, event_id) if event_id is not None else None
    if event is None:
        report.event_created, report.event_name = True, title
        plan = _Plan(None, title, {today: 0})
    else:
        report.event_id, report.event_name = event.id, event.name
        plan = _Plan(event.id, event.name, {d.day: d.id for d in event.days})

    # -- producers in the file -------------------------------------------------------------------------
    stored = {p.code: p for p in session.scalars(select(Producer))}
    stored_by_name: dict[str, Producer] = {}
    for p in stored.values():
        stored_by_name.setdefault(fold(p.name), p)
    file_producers: dict[str, _ProducerIn] = {}
    name_to_code: dict[str, str] = {}
    for rec in recs:
        code, name = _ok(rec.values.get("producer_code")), _ok(rec.values.get("producer_name"))
        if code and name:
            name_to_code.setdefault(fold(name), code)

    def producer_key(rec: _Rec) -> str | None:
        code, name = _ok(rec.values.get("producer_code")), _ok(rec.values.get("producer_name"))
        if code:
            return "code:" + code
        if name:
            known = name_to_code.get(fold(name)) or (stored_by_name[fold(name)].code
                                                     if fold(name) in stored_by_name else None)
            return "code:" + known if known else "name:" + fold(name)
        return None

    for rec in recs:
        key = producer_key(rec)
        if key is None:
            continue
        fields = {f: _ok(rec.values[f]) for f in PRODUCER_ATTRS if rec.values.get(f) not in (None, _BAD)}
        entry = file_producers.get(key)
        if entry is None:
            code = key[5:] if key.startswith("code:") else None
            file_producers[key] = _ProducerIn(key, code, fields, rec.where("producer_name"))
            continue
        new_name = fields.get("producer_name")
        old_name = entry.fields.get("producer_name")
        if new_name and old_name and fold(new_name) != fold(old_name):
            sheet, row, column = rec.where("producer_name")
            problems.append(Problem(sheet, row, column, translate(
                "Import", "producer {code} is named '{name}' here but '{other}' on row {row}.").format(
                code=entry.code, name=new_name, other=old_name, row=entry.where[1])))
        for f, v in fields.items():
            entry.fields.setdefault(f, v)

    taken_codes = set(stored)
    codes: dict[str, str] = {}
    for key, entry in file_producers.items():
        name = entry.fields.get("producer_name")
        if entry.code is None:
            assert name
            entry.code = _auto_code("CT", name, taken_codes)
        taken_codes.add(entry.code)
        codes[key] = entry.code
        have = stored.get(entry.code)
        if have is None:
            if not name:
                continue  # referenced by code only: reported below as an unknown producer where used
            new_row: dict[str, Any] = {attr: entry.fields.get(f) for f, attr in PRODUCER_ATTRS.items()}
            new_row["code"] = entry.code
            new_row["search_text"] = _producer_blob(new_row["name"], new_row["address"], new_row["phone"], entry.code)
            plan.producers_new.append(new_row)
            report.producers.added += 1
        else:
            changes = {attr: entry.fields[f] for f, attr in PRODUCER_ATTRS.items()
                       if f in entry.fields and entry.fields[f] != getattr(have, attr)}
            if changes:
                merged = {a: changes.get(a, getattr(have, a)) for a in ("name", "address", "phone")}
                changes.update(id=have.id, search_text=_producer_blob(
                    merged["name"], merged["address"], merged["phone"], have.code))
                plan.producers_upd.append(changes)
                report.producers.updated += 1
            else:
                report.producers.unchanged += 1
    known_codes = set(stored) | {r["code"] for r in plan.producers_new}

    resolved: dict[int, str | None] = {}

    def producer_code_for(rec: _Rec) -> str | None:
        """The producer a row belongs to; reports a missing or unknown one once per row."""
        if id(rec) not in resolved:
            resolved[id(rec)] = _row_producer(rec)
        return resolved[id(rec)]

    def _row_producer(rec: _Rec) -> str | None:
        key = producer_key(rec)
        if key is None:
            sheet, row, column = rec.where("producer_name" if "producer_name" in rec.headers else "producer_code")
            problems.append(Problem(sheet, row, column, translate("Import", "the producer is missing.")))
            return None
        code = codes[key]
        if code not in known_codes:
            sheet, row, column = rec.where("producer_code")
            problems.append(Problem(sheet, row, column, translate(
                "Import", "unknown producer '{code}': it is not in the producers sheet nor already stored.").format(
                code=code)))
            return None
        return code

    _plan_products(session, recs, plan, report, producer_code_for, stored)
    _plan_booths(session, recs, plan, report, producer_code_for)
    for rec in recs:  # rows that name nothing
        v = rec.values
        if not any(_ok(v.get(f)) for f in ("producer_code", "producer_name", "product_code", "product_name",
                                           "booth_code")) and not any(x is _BAD for x in v.values()):
            fld = next((f for f in ("product_name", "producer_name") if f in rec.headers), "product_name")
            sheet, row, column = rec.where(fld)
            problems.append(Problem(sheet, row, column, translate("Import", "the name is missing.")))
    return plan


def _plan_products(session: Session, recs: list[_Rec], plan: _Plan, report: ImportReport,
                   producer_code_for: Callable[[_Rec], str | None], stored_producers: dict[str, Producer]) -> None:
    problems = report.problems
    # Plain rows, not ORM objects: a large catalogue loads several times faster.
    columns = [Product.id, Product.code, Product.producer_id, *(getattr(Product, a) for a in PRODUCT_ATTRS.values())]
    stored: dict[str, Any] = {p.code: p for p in session.execute(select(*columns))}
    by_name = {(p.producer_id, fold(p.name)): p for p in stored.values()}
    gtins = {p.gtin: p.code for p in stored.values() if p.gtin}
    producer_ids = {code: p.id for code, p in stored_producers.items()}
    seen_codes: dict[str, int] = {}
    seen_names: dict[tuple[str, str], int] = {}
    seen_gtins: dict[str, int] = {}
    taken = set(stored)
    for rec in recs:
        v = rec.values
        if "product_name" not in v and "product_code" not in v:
            continue
        producer_code = producer_code_for(rec)
        code, name = _ok(v.get("product_code")), _ok(v.get("product_name"))
        if producer_code is None or (v.get("product_code") is _BAD or v.get("product_name") is _BAD):
            continue
        existing = stored.get(code) if code else None
        if existing is None and code is None and name and producer_code in producer_ids:
            existing = by_name.get((producer_ids[producer_code], fold(name)))
        if existing is None and not name:
            sheet, row, column = rec.where("product_name")
            problems.append(Problem(sheet, row, column, translate("Import", "the product name is missing.")))
            continue
        sheet, row, column = rec.where("product_code" if code else "product_name")
        ident = code or ""
        if code and code in seen_codes:
            problems.append(Problem(sheet, row, column, translate(
                "Import", "product code {code} is already used on row {row}.").format(code=code, row=seen_codes[code])))
            continue
        if name and (producer_code, fold(name)) in seen_names and not code:
            problems.append(Problem(sheet, row, column, translate(
                "Import", "'{name}' of this producer is already listed on row {row}.").format(
                name=name, row=seen_names[(producer_code, fold(name))])))
            continue
        if code:
            seen_codes[code] = row
        if name:
            seen_names[(producer_code, fold(name))] = row
        gtin = _ok(v.get("gtin"))
        if gtin:
            owner = gtins.get(gtin)
            mine = existing.code if existing else code
            if gtin in seen_gtins or (owner and owner != mine):
                gs, gr, gc = rec.where("gtin")
                other = f"{translate('Import', 'row')} {seen_gtins[gtin]}" if gtin in seen_gtins else owner
                problems.append(Problem(gs, gr, gc, translate("Import", "GTIN {gtin} already belongs to {other}.")
                                        .format(gtin=gtin, other=other)))
                continue
            seen_gtins[gtin] = row
        fields = {attr: _ok(v[f]) for f, attr in PRODUCT_ATTRS.items() if v.get(f) not in (None, _BAD)}
        if existing is None:
            assert name is not None
            ident = code or _auto_code(producer_code, name, taken)
            taken.add(ident)
            new = {attr: fields.get(attr) for attr in PRODUCT_ATTRS.values()}
            new.update(code=ident, producer_code=producer_code,
                       search_text=_product_blob(name, ident, new["gtin"], new["category"]))
            plan.products_new.append(new)
            report.products.added += 1
            continue
        changes = {a: val for a, val in fields.items() if val != getattr(existing, a)}
        if producer_ids.get(producer_code) != existing.producer_id:
            changes["producer_code"] = producer_code
        if changes:
            merged = {a: changes.get(a, getattr(existing, a)) for a in ("name", "gtin", "category")}
            changes.update(id=existing.id, search_text=_product_blob(
                merged["name"], existing.code, merged["gtin"], merged["category"]))
            plan.products_upd.append(changes)
            report.products.updated += 1
        else:
            report.products.unchanged += 1


def _plan_booths(session: Session, recs: list[_Rec], plan: _Plan, report: ImportReport,
                 producer_code_for: Callable[[_Rec], str | None]) -> None:
    problems = report.problems
    stored: dict[str, tuple[Booth, str]] = {}
    listed: dict[int, set[int]] = {}
    if plan.event_id is not None:
        rows = session.execute(select(Booth, Producer.code).join(Producer, Booth.producer_id == Producer.id)
                               .where(Booth.event_id == plan.event_id)).all()
        stored = {b.code.upper(): (b, pcode) for b, pcode in rows}
        for booth_id, day_id in session.execute(select(BoothDay.booth_id, BoothDay.event_day_id).join(
                Booth, BoothDay.booth_id == Booth.id).where(Booth.event_id == plan.event_id)):
            listed.setdefault(booth_id, set()).add(day_id)
    wanted: dict[str, dict[str, Any]] = {}
    for rec in recs:
        v = rec.values
        code = _ok(v.get("booth_code"))
        if not code:
            continue
        code = code.upper()
        producer_code = producer_code_for(rec)
        if producer_code is None:
            continue
        sheet, row, column = rec.where("booth_code")
        entry = wanted.get(code)
        if entry is not None and entry["producer_code"] != producer_code:
            problems.append(Problem(sheet, row, column, translate(
                "Import", "duplicate booth code {code}: row {row} gives it to another producer.").format(
                code=code, row=entry["row"])))
            continue
        days = _ok(v.get("days"))
        if days:
            outside = [d for d in days if d not in plan.event_days]
            if outside:
                ds, dr, dc = rec.where("days")
                problems.append(Problem(ds, dr, dc, translate("Import", "{day} is not a day of the event '{event}'.")
                                        .format(day=fmt_date(outside[0]), event=plan.event_name)))
                continue
        if entry is None:
            wanted[code] = {"producer_code": producer_code, "zone": _ok(v.get("zone")), "days": days, "row": row}
        else:
            entry["zone"] = entry["zone"] or _ok(v.get("zone"))
            entry["days"] = entry["days"] or days
    for code, entry in wanted.items():
        current = stored.get(code)
        if entry["days"]:
            plan.booth_days[code] = entry["days"]
        if current is None:
            plan.booths_new.append({"code": code, "zone": entry["zone"], "producer_code": entry["producer_code"]})
            report.booths.added += 1
            continue
        booth, producer_code = current
        changes: dict[str, Any] = {}
        if entry["zone"] and entry["zone"] != booth.zone:
            changes["zone"] = entry["zone"]
        if producer_code != entry["producer_code"]:
            changes["producer_code"] = entry["producer_code"]
        same_days = not entry["days"] or {plan.event_days[d] for d in entry["days"]} == listed.get(booth.id, set())
        if not same_days:
            changes.setdefault("days_only", True)
        if changes:
            changes["id"] = booth.id
            plan.booths_upd.append(changes)
            report.booths.updated += 1
        else:
            plan.booth_days.pop(code, None)
            report.booths.unchanged += 1


# -- public entry points ---------------------------------------------------------------------------------


def _prepare(path: Path, session: Session, event_id: int | None, today: dt.date) -> tuple[ImportReport, _Plan]:
    result = read_registration(path)
    report = ImportReport(str(path), result.kind, None, "", False, ignored_sheets=result.ignored_sheets)
    for table in result.tables:
        report.sheets.append(SheetReport(table.sheet, table.header_row, len(table.rows), table.skipped,
                                         [(c.header, c.field or "") for c in table.used()],
                                         [c.header for c in table.ignored()]))
    if not result.tables:
        report.problems.append(Problem(path.name, None, "", translate(
            "Import", "no header row found. The file needs a row of column headers such as 'Tên sản phẩm', "
                      "'Tên chủ thể', 'Gian hàng' (or the English names).")))
        return report, _Plan(None, "", {})
    title = next((t for t in result.titles if len(t) >= 4), "") or path.stem
    recs = _records(result.tables, report.problems)
    if not recs:
        report.problems.append(Problem(result.tables[0].sheet, None, "", translate(
            "Import", "there are no data rows under the header row.")))
    plan = _plan(session, recs, report, event_id, " ".join(title.split())[:300], today)
    report.problems.sort(key=lambda p: (p.sheet, p.row or 0))
    return report, plan


def preview(store: Store, path: str | Path, event_id: int | None = None, *,
            today: dt.date | None = None) -> ImportReport:
    """What importing `path` would change (and every problem it has), without writing anything."""
    with store.reading() as session:
        report, _ = _prepare(Path(path), session, event_id, today or dt.date.today())
    return report


def import_registration(store: Store, actor: Actor, path: str | Path, event_id: int | None = None, *,
                        today: dt.date | None = None) -> ImportReport:
    """Import `path` into the event (the current one; a new one named after the file's title when there is
    none). Raises ValidationFailed listing every bad row, in which case nothing was written."""
    path = Path(path)
    today = today or dt.date.today()
    with store.transaction() as session:
        report, plan = _prepare(path, session, event_id, today)
        if report.problems:
            raise ValidationFailed(
                translate("Import", "{file} was not imported: {n} problem(s) found.").format(
                    file=path.name, n=len(report.problems)),
                [str(p) for p in report.problems],
                hint=translate("Import", "Nothing was changed. Correct these rows in the file and import it again."),
            )
        _apply(session, actor, plan, report, today)
        audit.record(session, actor, "import", "event", report.event_id, event_id=report.event_id,
                     file=path.name, sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                     event_created=report.event_created,
                     producers=vars(report.producers), products=vars(report.products), booths=vars(report.booths))
        report.written = True
    invalidate_search(store)
    return report


def _apply(session: Session, actor: Actor, plan: _Plan, report: ImportReport, today: dt.date) -> None:
    if plan.event_id is None:
        event = add_event(session, actor, plan.event_name, today, today)
        choose_event(session, actor.station, event.id)
        plan.event_id, report.event_id = event.id, event.id
        plan.event_days = {d.day: d.id for d in event.days}
    set_setting(session, CATALOG_VERSION_KEY, uuid.uuid4().hex)  # desks rebuild their search index
    if plan.producers_new:
        session.execute(insert(Producer), plan.producers_new)
    if plan.producers_upd:
        session.execute(update(Producer), plan.producers_upd)
    producer_ids: dict[str, int] = {c: i for c, i in session.execute(select(Producer.code, Producer.id))}

    def with_producer(row: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in row.items() if k not in ("producer_code", "days_only")}
        if "producer_code" in row:
            out["producer_id"] = producer_ids[row["producer_code"]]
        return out

    if plan.products_new:
        session.execute(insert(Product), [with_producer(r) for r in plan.products_new])
    if plan.products_upd:
        session.execute(update(Product), [with_producer(r) for r in plan.products_upd])
    if plan.booths_new:
        session.execute(insert(Booth), [dict(with_producer(r), event_id=plan.event_id) for r in plan.booths_new])
    booth_updates = [with_producer(r) for r in plan.booths_upd]
    booth_updates = [r for r in booth_updates if len(r) > 1]
    if booth_updates:
        session.execute(update(Booth), booth_updates)
    if plan.booth_days:
        booth_ids: dict[str, int] = {c: i for c, i in session.execute(
            select(Booth.code, Booth.id).where(Booth.event_id == plan.event_id))}
        ids = [booth_ids[c] for c in plan.booth_days]
        session.execute(delete(BoothDay).where(BoothDay.booth_id.in_(ids)))
        session.execute(insert(BoothDay), [{"booth_id": booth_ids[code], "event_day_id": plan.event_days[d]}
                                           for code, days in plan.booth_days.items() for d in days])
    session.flush()

