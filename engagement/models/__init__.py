"""The office's engagement pipeline: people, requests, matches, hours, recognition."""

from engagement.models.choices import (  # noqa: F401
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
from engagement.models.people import OnboardingItem, PartnerUser, split_keywords  # noqa: F401
from engagement.models.recognition import Expense, TariffLevel  # noqa: F401
from engagement.models.requests import (  # noqa: F401
    Assignment,
    Involvement,
    PartnershipRequest,
    RequestStatusChange,
    ToolUse,
)
