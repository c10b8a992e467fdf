"""The partnership hub's page types, one module per page type (imported here for Django).

Policy, axis pages, methodology, integrated model, projects, news with an RSS feed,
glossary, request forms and generic content pages. Every public listing goes through
core.access.visible_pages and the page's locale, and none runs a query per listed item.
"""

from hub.models.axes import AxisPage, classified_page_models
from hub.models.base import INTRO_FEATURES, HubBasePage
from hub.models.forms import CONSENT_FIELD, HONEYPOT_FIELD, RequestFormField, RequestFormPage
from hub.models.glossary import GlossaryPage
from hub.models.integrated_model import IntegratedModelPage
from hub.models.methodology import MethodologyPage
from hub.models.news import NewsIndexPage, NewsPage
from hub.models.pages import ContentPage, HubPage
from hub.models.policy import PolicyPage
from hub.models.projects import ProjectIndexPage, ProjectPage, ProjectStatus

__all__ = [
    "AxisPage",
    "CONSENT_FIELD",
    "ContentPage",
    "GlossaryPage",
    "HONEYPOT_FIELD",
    "HubBasePage",
    "HubPage",
    "INTRO_FEATURES",
    "IntegratedModelPage",
    "MethodologyPage",
    "NewsIndexPage",
    "NewsPage",
    "PolicyPage",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectStatus",
    "RequestFormField",
    "RequestFormPage",
    "classified_page_models",
]
