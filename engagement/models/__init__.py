"""The office's engagement pipeline: people, requests, matches, hours, recognition."""

from .choices import (  # noqa: F401
    NEEDS_REASON,
    OPEN_STATUSES,
    TRANSITIONS,
    Availability,
    ExpenseKind,
    Helped,
    InvolvementKind,
    Language,
    PartnerStatus,
    RequestStatus,
)
from .people import OnboardingItem, PartnerUser, split_keywords  # noqa: F401
from .recognition import Expense, TariffLevel  # noqa: F401
from .requests import (  # noqa: F401
    Assignment,
    Involvement,
    PartnershipRequest,
    RequestStatusChange,
    ToolUse,
)
