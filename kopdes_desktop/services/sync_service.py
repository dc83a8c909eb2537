"""Signing in, syncing and handing over, as the screens and the command line use them."""

from __future__ import annotations

import logging
import platform
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select

from kopdes_desktop import paths
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.photos import ensure_thumbnail, trim_photo_cache
from kopdes_desktop.services.position_clash import clashes_to_settle
from kopdes_desktop.storage import outbox
from kopdes_desktop.storage.models import Account, RejectedChange
from kopdes_desktop.sync import bundle as handover
from kopdes_desktop.sync import set_aside
from kopdes_desktop.sync.bundle_format import (
    BundleManifest,
    DeviceKeyMissingError,
    new_device_key,
    public_key_of,
)
from kopdes_desktop.sync.client import SyncClient
from kopdes_desktop.sync.engine import SyncEngine, SyncReport
from kopdes_desktop.sync.photo_sync import PhotoPolicy
from kopdes_desktop.sync.pull import staged_pages
from kopdes_desktop.sync.round_progress import ProgressCallback
from kopdes_desktop.sync.token_store import TokenStore
from kopdes_desktop.sync.transport import (
    AuthError,
    ServerRefusedError,
    SyncError,
    Transport,
    is_plain_http_to_another_computer,
    normalise_server_url,
)

log = logging.getLogger(__name__)


class NotSignedInError(Exception):
    code = "not_signed_in"


class SampleDataError(Exception):
    """The window shows the sample data: it never syncs, and no account signs in to it."""

    code = "sample_data"


class UnsentChangesError(Exception):
    """Signing out (or switching account) would strand changes the server never got."""

    code = "unsent_changes"

    def __init__(self, count: int) -> None:
        super().__init__(f"{count} changes are not sent yet")
        self.count = count


@dataclass(frozen=True, slots=True)
class AccountInfo:
    server_url: str
    username: str
    user_id: str
    full_name: str
    role: str
    kabupaten_codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SyncStatus:
    account: AccountInfo | None
    pending_changes: int
    last_sync_server_time: str | None
    unresolved_conflicts: int
    rejected_changes: int  # refused changes still open (not read and dismissed, not re-sent)
    interrupted_pull: bool
    # The server is reached over plain http from another computer (the user allowed it).
    unencrypted_connection: bool = False
    # Changes from the server this laptop could not apply (sync.set_aside), not dismissed.
    set_aside_changes: int = 0

    @property
    def needs_attention(self) -> bool:
        """Something of the last rounds did not go through: only without it is a laptop
        "Tersinkron" (the status bar and `kopdes-desktop status` say so alike)."""
        return bool(self.rejected_changes or self.unresolved_conflicts or self.set_aside_changes)


def _info(row: Account) -> AccountInfo:
    return AccountInfo(
        row.server_url,
        row.username,
        row.user_id,
        row.full_name,
        row.role,
        tuple(row.kabupaten_codes),
    )


class SyncService:
    def __init__(
        self,
        context: ServiceContext,
        *,
        token_store: TokenStore | None = None,
        ca_bundle: str = "",
        allow_insecure_http: bool = False,
        transport_factory: Callable[[str, str], Transport] | None = None,
        photo_policy: PhotoPolicy | None = None,
    ) -> None:
        self._context = context
        self._tokens = token_store or TokenStore(paths.data_dir() / "token.json")
        self._ca_bundle = ca_bundle
        self._allow_insecure_http = allow_insecure_http
        self._transport_factory = transport_factory or (
            lambda url, token: Transport(
                url,
                token=token,
                ca_bundle=self._ca_bundle,
                allow_insecure_http=self._allow_insecure_http,
            )
        )
        self._engine: SyncEngine | None = None
        self.photo_policy = photo_policy or PhotoPolicy()
        account = self.account()
        if account is not None:
            context.act_as(account.user_id, account.role, account.kabupaten_codes)

    def configure_connection(self, *, ca_bundle: str, allow_insecure_http: bool) -> None:
        """Apply changed connection settings from the next request on (no restart needed)."""
        self._ca_bundle = ca_bundle
        self._allow_insecure_http = allow_insecure_http
        self._engine = None

    def connection_is_unencrypted(self) -> bool:
        """The account's server is reached over plain http from another computer (allowed by
        the user): screens keep a warning visible while this is true."""
        account = self.account()
        return account is not None and is_plain_http_to_another_computer(account.server_url)

    # --- account ------------------------------------------------------------------------

    def account(self) -> AccountInfo | None:
        with self._context.database.read() as session:
            row = session.get(Account, 1)
            return _info(row) if row else None

    def sign_in(
        self, server_url: str, username: str, password: str, device_name: str = ""
    ) -> AccountInfo:
        self._refuse_sample_data()
        server_url = normalise_server_url(server_url)
        current = self.account()
        if current and (current.server_url, current.username) != (server_url, username):
            self._refuse_if_unsent()
        client = SyncClient(self._transport_factory(server_url, ""))
        try:
            answer = client.login(username, password, device_name or default_device_name())
        finally:
            client.transport.close()
        self._tokens.save(server_url, username, answer.token)
        self._register_device_key(server_url, username, answer.token, replace=True)
        with self._context.database.write() as session:
            row = session.get(Account, 1) or Account(id=1)
            row.server_url, row.username, row.user_id = server_url, answer.username, answer.user_id
            row.full_name, row.role = answer.full_name, answer.role
            row.kabupaten_codes = list(answer.kabupaten_codes)
            row.device_id = answer.device_id
            row.signed_in_at = outbox.device_now()
            session.merge(row)
        self._context.act_as(answer.user_id, answer.role, answer.kabupaten_codes)
        self._engine = None
        info = self.account()
        assert info is not None
        return info

    def sign_out(self) -> None:
        account = self.account()
        if account is None:
            return
        self._refuse_if_unsent()
        self._tokens.delete(account.server_url, account.username)
        with self._context.database.write() as session:
            session.execute(delete(Account))
        self._engine = None

    def _refuse_if_unsent(self) -> None:
        with self._context.database.read() as session:
            pending = outbox.pending(session)
            exported = outbox.sync_state(session).exported_mutation_id
        unsent = [m for m in pending if m.mutation_id > exported]
        if unsent:
            raise UnsentChangesError(len(unsent))

    # --- syncing -----------------------------------------------------------------------

    def _refuse_sample_data(self) -> None:
        if self._context.sample:
            raise SampleDataError("the sample data never syncs; open your own data to sign in")

    def engine(self) -> SyncEngine:
        self._refuse_sample_data()
        if self._engine is None:
            account = self.account()
            if account is None:
                raise NotSignedInError("sign in to a server first")
            token = self._tokens.load(account.server_url, account.username)
            if not token:
                raise AuthError("no device token on this laptop")
            client = SyncClient(self._transport_factory(account.server_url, token))
            self._engine = SyncEngine(
                self._context.database,
                client,
                paths.photos_dir(),
                on_photo_downloaded=ensure_thumbnail,
                user_id=account.user_id,
                photo_policy=self.photo_policy,
            )
        return self._engine

    def set_photo_policy(self, policy: PhotoPolicy) -> None:
        """Which photos come down with sync (the settings' window and cache limit)."""
        self.photo_policy = policy
        if self._engine is not None:
            self._engine.photo_policy = policy

    def sync(self, progress: ProgressCallback = lambda shown: None) -> SyncReport:
        engine = self.engine()
        account = self.account()
        if account is not None and not self._tokens.load_device_key(
            account.server_url, account.username
        ):
            # Signed in before bundles were signed: get a key now, while the server is near.
            token = self._tokens.load(account.server_url, account.username) or ""
            self._register_device_key(account.server_url, account.username, token)
        try:
            return engine.run(progress)
        finally:
            user_id = account.user_id if account else ""
            trim_photo_cache(self._context.database, user_id, self.photo_policy)

    def photo_client(self) -> SyncClient:
        """A connection of its own for fetching a photo someone opened while a round may run
        (a connection is never shared between threads). The caller closes its transport."""
        self._refuse_sample_data()
        account = self.account()
        if account is None:
            raise NotSignedInError("sign in to a server first")
        token = self._tokens.load(account.server_url, account.username)
        if not token:
            raise AuthError("no device token on this laptop")
        return SyncClient(self._transport_factory(account.server_url, token))

    def _register_device_key(
        self, server_url: str, username: str, token: str, *, replace: bool = False
    ) -> None:
        """Give this device a handover key and register its public half with the server.

        Failure never stops a sign-in or a sync: the laptop then simply cannot export bundles
        yet (export says so), and the next sync tries again.
        """
        if not replace and self._tokens.load_device_key(server_url, username):
            return
        private_key = new_device_key()
        client = SyncClient(self._transport_factory(server_url, token))
        try:
            client.register_device_key(public_key_of(private_key))
        except ServerRefusedError as error:
            log.warning("the server did not register this laptop's handover key: %s", error)
            return
        except SyncError as error:
            log.info("handover key not registered yet (%s); trying at the next sync", error)
            return
        finally:
            client.transport.close()
        self._tokens.save_device_key(server_url, username, private_key)

    def reachable(self) -> bool:
        """A cheap probe of the server (no sign-in needed): has the link come back?"""
        account = self.account()
        if account is None or self._context.sample:
            return False
        transport = self._transport_factory(account.server_url, "")
        transport.retries = 0
        try:
            SyncClient(transport).health()
        except Exception:  # any failure means "not now"
            return False
        finally:
            transport.close()
        return True

    def status(self) -> SyncStatus:
        with self._context.database.read() as session:
            state = outbox.sync_state(session)
            conflicts = clashes_to_settle(session)
            rejected = session.scalar(
                select(func.count())
                .select_from(RejectedChange)
                .where(RejectedChange.dismissed.is_(False))
            )
            pending = outbox.pending_count(session)
            last = state.last_sync_server_time
            not_applied = set_aside.open_count(session)
        return SyncStatus(
            account=self.account(),
            pending_changes=pending,
            last_sync_server_time=last,
            unresolved_conflicts=conflicts or 0,
            rejected_changes=rejected or 0,
            interrupted_pull=staged_pages(self._context.database) > 0,
            unencrypted_connection=self.connection_is_unencrypted(),
            set_aside_changes=not_applied,
        )

    # --- offline handover ---------------------------------------------------------------

    def export_bundle(self, target: Path) -> BundleManifest:
        """Save every unsent change (and its photos) to ``target``, signed by this laptop.

        Raises NotSignedInError, or a ``bundle_format.HandoverError`` (``DeviceKeyMissingError``
        when the laptop has not reached the server since it got its handover key).
        """
        self._refuse_sample_data()
        account = self.account()
        if account is None:
            raise NotSignedInError("a bundle is delivered under the account that made it")
        private_key = self._tokens.load_device_key(account.server_url, account.username)
        with self._context.database.read() as session:
            row = session.get(Account, 1)
            device_id = row.device_id if row is not None else ""
        if not private_key or not device_id:
            raise DeviceKeyMissingError(
                "this laptop cannot sign a bundle yet: sync once while connected, or sign in again"
            )
        signer = handover.BundleAccount(
            user_id=account.user_id,
            username=account.username,
            device_id=device_id,
            server_url=account.server_url,
            private_key=private_key,
        )
        return handover.export_bundle(self._context.database, paths.photos_dir(), target, signer)

    def import_bundle(self, source: Path) -> handover.DeliveryReport:
        """Deliver a bundle made by a laptop of the signed-in account. Raises NotSignedInError,
        a ``bundle_format.HandoverError`` (typed: unreadable, version, too large, signature,
        other account, refused) or a ``SyncError`` when the server cannot be reached."""
        self._refuse_sample_data()
        account = self.account()
        if account is None:
            raise NotSignedInError("sign in with the account that made the bundle")
        # A connection of its own: the window may run a sync round on its thread meanwhile.
        client = self.photo_client()
        try:
            return handover.deliver_bundle(client, source, account.user_id)
        finally:
            client.transport.close()


def default_device_name() -> str:
    return f"{platform.node() or 'laptop'} ({platform.system()})"
