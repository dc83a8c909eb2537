"""Everything the screens may call, in one object handed to the UI at start-up."""

from __future__ import annotations

from kopdes_desktop.domain.regions import RegionCatalog
from kopdes_desktop.services import sample_data
from kopdes_desktop.services.context import ServiceContext
from kopdes_desktop.services.cooperatives import CooperativeService
from kopdes_desktop.services.home_service import HomeService
from kopdes_desktop.services.inbox import InboxService
from kopdes_desktop.services.opportunities import OpportunityService
from kopdes_desktop.services.overview import OverviewService
from kopdes_desktop.services.people import PeopleService
from kopdes_desktop.services.photo_fetch import PhotoService
from kopdes_desktop.services.refusals import RefusalService
from kopdes_desktop.services.sync_service import SyncService
from kopdes_desktop.services.visits import VisitService
from kopdes_desktop.sync.photo_sync import PhotoPolicy


class AppServices:
    def __init__(
        self,
        context: ServiceContext,
        *,
        ca_bundle: str = "",
        allow_insecure_http: bool = False,
        photo_policy: PhotoPolicy | None = None,
    ) -> None:
        self.context = context
        self.sync = SyncService(
            context,
            ca_bundle=ca_bundle,
            allow_insecure_http=allow_insecure_http,
            photo_policy=photo_policy,
        )
        self.cooperatives = CooperativeService(context)
        self.visits = VisitService(context)
        self.opportunities = OpportunityService(context)
        self.overview = OverviewService(context)
        self.inbox = InboxService(context)
        self.refusals = RefusalService(context)
        self.home = HomeService(context)
        self.people = PeopleService(context)
        self.photos = PhotoService(context, lambda: self.sync)

    @property
    def catalog(self) -> RegionCatalog:
        return self.context.catalog

    @property
    def database_path(self) -> str:
        return str(self.context.database.path)

    @property
    def sample(self) -> bool:
        """These services work on the sample data ("Data contoh"), which never syncs."""
        return self.context.sample

    def sample_data_offered(self) -> bool:
        """Sample data is offered while no account is signed in (in a database of its own)."""
        return not self.context.sample and self.sync.account() is None

    def prepare_sample_data(self) -> int:
        """Create (once) and fill the sample database; returns its number of cooperatives."""
        return sample_data.prepare(self.catalog)
