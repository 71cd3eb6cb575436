"""The whole OCOP Desk domain as SQLAlchemy 2 typed ORM classes.

Later features add behaviour in services, not tables: every job's data lives here from the start.
Times are stored in UTC (timezone-aware in Python), money is an integer of đồng.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

# Stable constraint names so Alembic batch migrations and both backends agree.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on every backend (SQLite keeps no zone, PostgreSQL uses timestamptz)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Key/value settings that belong to the database (shared by all stations), e.g. the current event."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Operator(Base):
    """A coordinator who signs in for a shift; named in the audit log and on records they create."""

    __tablename__ = "operator"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class Event(Base):
    """A market day (chợ phiên), possibly running over several days."""

    __tablename__ = "event"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    venue: Mapped[str | None] = mapped_column(String(300))
    province: Mapped[str | None] = mapped_column(String(120))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    resolver_base: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    days: Mapped[list[EventDay]] = relationship(
        back_populates="event", order_by="EventDay.day", cascade="all, delete-orphan"
    )
    booths: Mapped[list[Booth]] = relationship(back_populates="event", cascade="all, delete-orphan")

    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="dates_ordered"),)


class EventDay(Base):
    __tablename__ = "event_day"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    day: Mapped[dt.date] = mapped_column(Date)

    event: Mapped[Event] = relationship(back_populates="days")

    __table_args__ = (UniqueConstraint("event_id", "day"),)


class Producer(Base):
    """A chủ thể OCOP: household business, cooperative (HTX) or company owning certified products."""

    __tablename__ = "producer"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str | None] = mapped_column(String(40))  # household, cooperative, company
    address: Mapped[str | None] = mapped_column(String(500))
    province: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    # Accent- and case-folded name, address and phone for search that works the same on every backend.
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    products: Mapped[list[Product]] = relationship(back_populates="producer")


class Product(Base):
    __tablename__ = "product"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    producer_id: Mapped[int] = mapped_column(ForeignKey("producer.id"), index=True)
    category: Mapped[str | None] = mapped_column(String(120))
    unit: Mapped[str | None] = mapped_column(String(40))
    price: Mapped[int | None] = mapped_column(BigInteger)  # đồng
    star_rating: Mapped[int | None] = mapped_column(Integer)
    certificate_no: Mapped[str | None] = mapped_column(String(120))
    certificate_expires: Mapped[dt.date | None] = mapped_column(Date)
    gtin: Mapped[str | None] = mapped_column(String(14), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    producer: Mapped[Producer] = relationship(back_populates="products")

    __table_args__ = (
        CheckConstraint("star_rating IS NULL OR (star_rating BETWEEN 1 AND 5)", name="star_range"),
        CheckConstraint("price IS NULL OR price >= 0", name="price_positive"),
    )


class Booth(Base):
    """A gian hàng at one event, held by one producer."""

    __tablename__ = "booth"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    zone: Mapped[str | None] = mapped_column(String(60))
    producer_id: Mapped[int] = mapped_column(ForeignKey("producer.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    event: Mapped[Event] = relationship(back_populates="booths")
    producer: Mapped[Producer] = relationship()

    __table_args__ = (UniqueConstraint("event_id", "code"),)


class BoothDay(Base):
    """The days a booth is registered for. A booth with no rows here is expected on every day."""

    __tablename__ = "booth_day"
    id: Mapped[int] = mapped_column(primary_key=True)
    booth_id: Mapped[int] = mapped_column(ForeignKey("booth.id", ondelete="CASCADE"), index=True)
    event_day_id: Mapped[int] = mapped_column(ForeignKey("event_day.id", ondelete="CASCADE"))

    __table_args__ = (UniqueConstraint("booth_id", "event_day_id"),)


class CheckIn(Base):
    """A booth's attendance on one day: at most one row per booth and day (the database enforces it)."""

    __tablename__ = "checkin"
    id: Mapped[int] = mapped_column(primary_key=True)
    booth_id: Mapped[int] = mapped_column(ForeignKey("booth.id", ondelete="CASCADE"))
    event_day_id: Mapped[int] = mapped_column(ForeignKey("event_day.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="present")  # present, left, absent
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    left_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    operator: Mapped[str | None] = mapped_column(String(120))
    station: Mapped[str | None] = mapped_column(String(120))

    booth: Mapped[Booth] = relationship()

    __table_args__ = (
        UniqueConstraint("booth_id", "event_day_id"),
        CheckConstraint("status IN ('present', 'left', 'absent')", name="status_known"),
    )


class Lot(Base):
    """A lô hàng: a batch of one product that a booth brought, the unit a traceability label names."""

    __tablename__ = "lot"
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    booth_id: Mapped[int | None] = mapped_column(ForeignKey("booth.id", ondelete="SET NULL"), index=True)
    event_day_id: Mapped[int | None] = mapped_column(ForeignKey("event_day.id", ondelete="SET NULL"))
    lot_code: Mapped[str] = mapped_column(String(80))
    produced_on: Mapped[dt.date | None] = mapped_column(Date)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    operator: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    product: Mapped[Product] = relationship()
    booth: Mapped[Booth | None] = relationship()

    __table_args__ = (
        UniqueConstraint("product_id", "lot_code"),
        CheckConstraint("quantity >= 0", name="quantity_positive"),
    )


class LabelTemplate(Base):
    """A user-defined label layout (built-in ones ship as data files in resources/)."""

    __tablename__ = "label_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    spec: Mapped[str] = mapped_column(Text)  # JSON
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class PrintJob(Base):
    """One print or PDF of labels or booth cards, for the print log and one-click reprints."""

    __tablename__ = "print_job"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # lot_labels, booth_cards, calibration
    template: Mapped[str] = mapped_column(String(120))
    destination: Mapped[str] = mapped_column(String(500))  # PDF path or printer name
    label_count: Mapped[int] = mapped_column(Integer, default=0)
    operator: Mapped[str | None] = mapped_column(String(120))
    printed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    items: Mapped[list[PrintJobItem]] = relationship(cascade="all, delete-orphan")


class PrintJobItem(Base):
    __tablename__ = "print_job_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("print_job.id", ondelete="CASCADE"), index=True)
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("lot.id", ondelete="SET NULL"), index=True)
    booth_id: Mapped[int | None] = mapped_column(ForeignKey("booth.id", ondelete="SET NULL"))
    copies: Mapped[int] = mapped_column(Integer, default=1)


class LiveSession(Base):
    """A livestream selling session on one event day, with the platform's own totals once it ends."""

    __tablename__ = "live_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_day_id: Mapped[int] = mapped_column(ForeignKey("event_day.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(40), default="tiktok")
    channel: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    planned_start: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    planned_end: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # The platform dashboard's figures, typed in at the end (None = not entered).
    pf_views: Mapped[int | None] = mapped_column(BigInteger)
    pf_unique_viewers: Mapped[int | None] = mapped_column(BigInteger)
    pf_peak_viewers: Mapped[int | None] = mapped_column(BigInteger)
    pf_reach: Mapped[int | None] = mapped_column(BigInteger)
    pf_sku_orders: Mapped[int | None] = mapped_column(BigInteger)
    pf_items_sold: Mapped[int | None] = mapped_column(BigInteger)
    pf_gmv: Mapped[int | None] = mapped_column(BigInteger)
    pf_direct_gmv: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    hosts: Mapped[list[LiveHost]] = relationship(order_by="LiveHost.position", cascade="all, delete-orphan")
    products: Mapped[list[LiveSessionProduct]] = relationship(
        order_by="LiveSessionProduct.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("ended_at IS NULL OR started_at IS NULL OR ended_at >= started_at", name="ends_after_start"),
    )


class LiveHost(Base):
    __tablename__ = "live_host"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("live_session.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)


class LiveSessionProduct(Base):
    """A product featured in a session, in show order, with an optional live (deal) price."""

    __tablename__ = "live_session_product"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("live_session.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    live_price: Mapped[int | None] = mapped_column(BigInteger)

    product: Mapped[Product] = relationship()

    __table_args__ = (UniqueConstraint("session_id", "product_id"),)


class LiveTally(Base):
    """One count event. Totals are sums of these; corrections and undos are rows too, never edits."""

    __tablename__ = "live_tally"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("live_session.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    quantity: Mapped[int] = mapped_column(Integer)  # signed: corrections are negative
    orders: Mapped[int] = mapped_column(Integer, default=0)
    unit_price: Mapped[int] = mapped_column(BigInteger, default=0)  # đồng at the time of the count
    kind: Mapped[str] = mapped_column(String(20), default="count")  # count, correction, undo
    source: Mapped[str | None] = mapped_column(String(20))  # mouse, key, scan, cli
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("live_tally.id", ondelete="SET NULL"))
    operator: Mapped[str | None] = mapped_column(String(120))
    station: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (Index("ix_live_tally_session_product", "session_id", "product_id"),)


class ViewerSnapshot(Base):
    """What the platform showed at one moment, typed in by the coordinator during a session."""

    __tablename__ = "viewer_snapshot"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("live_session.id", ondelete="CASCADE"), index=True)
    taken_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    viewers: Mapped[int | None] = mapped_column(BigInteger)
    views: Mapped[int | None] = mapped_column(BigInteger)
    likes: Mapped[int | None] = mapped_column(BigInteger)
    comments: Mapped[int | None] = mapped_column(BigInteger)
    shares: Mapped[int | None] = mapped_column(BigInteger)
    reach: Mapped[int | None] = mapped_column(BigInteger)
    operator: Mapped[str | None] = mapped_column(String(120))


class AuditEntry(Base):
    """Who changed what, when, from which station."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    operator: Mapped[str | None] = mapped_column(String(120))
    station: Mapped[str | None] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    event_id: Mapped[int | None] = mapped_column(Integer, index=True)
    details: Mapped[str | None] = mapped_column(Text)  # JSON
