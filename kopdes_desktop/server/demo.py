"""``kopdes-server seed-demo``: a province's worth of cooperatives and demo accounts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdes_desktop.domain.enums import Role
from kopdes_desktop.domain.ids import new_id
from kopdes_desktop.domain.records import Cooperative, RecordType
from kopdes_desktop.domain.regions import RegionCatalog, RegionLevel
from kopdes_desktop.server.accounts import create_user, user_by_username
from kopdes_desktop.server.assignments import (
    assign_cooperatives,
    assign_kabupaten,
    cooperatives_of_kabupaten,
)
from kopdes_desktop.server.cooperative_import import add_cooperatives, existing_villages
from kopdes_desktop.server.models import RecordRow, User
from kopdes_desktop.server.passwords import generate_password

COOPERATIVES_PER_BA = 10
# Names as people in West Kalimantan carry them (Malay, Dayak, Chinese, Javanese, Madurese), so a
# newcomer trying the demo sees the directory at work: "diubah oleh Siti Aminah".
DEMO_NAMES = (
    "Siti Aminah", "Budi Santoso", "Yohanes Apui", "Nurhayati", "Agustinus Lansau",
    "Dewi Lestari", "Rudi Hartono", "Maria Goreti Ayu", "Hendra Wijaya", "Fransiska Dayang",
    "Syarif Abdullah", "Yuliana Lim", "Markus Ajo", "Rahmawati", "Stefanus Ding",
    "Fitriani", "Junaidi", "Lusia Mering", "Agus Salim", "Christina Tjhai",
    "Muhammad Ikhsan", "Veronika Aban", "Dedi Kurniawan", "Hasanah", "Paulus Beleng",
    "Rina Marlina", "Ahmad Fauzi", "Theresia Lidia", "Slamet Riyadi", "Erna Wati",
    "Yosef Ugak", "Halimah", "Andi Pratama", "Selvia Kho", "Ismail Marzuki",
    "Kristina Uyut", "Bambang Sutrisno", "Nurlela", "Antonius Eko", "Wahyuni",
    "Gregorius Jalong", "Suryani", "Abdul Rahman", "Mei Ling Tan",
)  # fmt: skip


def demo_name(index: int, *, from_end: bool = False) -> str:
    """The index-th demo person's name (BAs count from the start of the list, PMOs from its
    end); past the list, names come round again numbered."""
    position = len(DEMO_NAMES) - 1 - index % len(DEMO_NAMES) if from_end else index
    name = DEMO_NAMES[position % len(DEMO_NAMES)]
    lap = index // len(DEMO_NAMES)
    return name if lap == 0 else f"{name} {lap + 1}"


@dataclass(frozen=True, slots=True)
class DemoAccount:
    username: str
    role: Role
    password: str | None  # None: the account existed already and keeps its password
    area: str
    full_name: str = ""

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


def cooperative_name(village_name: str, kind: str) -> str:
    level = "Kelurahan" if kind == "kelurahan" else "Desa"
    return f"Koperasi {level} Merah Putih {village_name}"


def seed_cooperatives(session: Session, catalog: RegionCatalog) -> int:
    """One cooperative for every desa/kelurahan that has none yet."""
    taken = existing_villages(session)
    fresh = [
        Cooperative(
            id=new_id(), name=cooperative_name(desa.name, desa.kind), village_code=desa.code
        )
        for desa in sorted(catalog.at_level(RegionLevel.DESA), key=lambda r: r.code)
        if desa.code not in taken
    ]
    return add_cooperatives(session, fresh)


def _account(
    session: Session, username: str, role: Role, full_name: str, area: str
) -> tuple[DemoAccount, bool]:
    existing = user_by_username(session, username)
    if existing is not None:
        return DemoAccount(username, role, None, area, existing.full_name), False
    password = generate_password()
    create_user(session, username=username, role=role, full_name=full_name, password=password)
    return DemoAccount(username, role, password, area, full_name), True


@dataclass(frozen=True, slots=True)
class DemoSeed:
    cooperatives_added: int
    accounts: list[DemoAccount]

    @property
    def new_accounts(self) -> list[DemoAccount]:
        return [account for account in self.accounts if account.password is not None]


def existing_content(session: Session) -> tuple[int, int]:
    """(accounts, cooperatives) the database holds already."""
    users = session.scalar(select(func.count()).select_from(User)) or 0
    cooperatives = session.scalar(
        select(func.count())
        .select_from(RecordRow)
        .where(RecordRow.record_type == RecordType.COOPERATIVE.value)
    )
    return int(users), int(cooperatives or 0)


def seed_demo(session: Session, catalog: RegionCatalog, bas_per_kabupaten: int = 2) -> DemoSeed:
    added = seed_cooperatives(session, catalog)
    known = frozenset(region.code for region in catalog.kabupaten())
    accounts = [_account(session, "demo-admin", Role.ADMIN, "Admin Dinas Koperasi", "all")[0]]
    bas = 0
    for pmos, kabupaten in enumerate(sorted(catalog.kabupaten(), key=lambda r: r.code)):
        suffix = kabupaten.code.replace(".", "")
        pmo, created = _account(
            session,
            f"demo-pmo-{suffix}",
            Role.PMO,
            demo_name(pmos, from_end=True),
            kabupaten.name,
        )
        if created:
            assign_kabupaten(session, pmo.username, [kabupaten.code], known)
        accounts.append(pmo)
        cooperatives = sorted(cooperatives_of_kabupaten(session, kabupaten.code))
        for number in range(bas_per_kabupaten):
            ba, created = _account(
                session,
                f"demo-ba-{suffix}-{number + 1}",
                Role.BA,
                demo_name(bas),
                kabupaten.name,
            )
            bas += 1
            share = cooperatives[number * COOPERATIVES_PER_BA : (number + 1) * COOPERATIVES_PER_BA]
            if created and share:
                assign_cooperatives(session, ba.username, share)
            accounts.append(ba)
    return DemoSeed(added, accounts)
