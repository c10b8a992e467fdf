"""The editorial workflow's names: stored in French, shown in the admin's language.

Wagtail stores a workflow's and a task's name in a plain field and shows it straight from
the instance in dozens of templates (status side panel, workflow history, settings, dashboard,
reports, notification e-mails), in messages (`_("Submit to %(workflow_name)s") % …`,
« Workflow '%(object)s' updated. ») and in JSON (task chooser, log entries). Rather than
copying those templates, the loaded instance's name knows how to show itself: `post_init`
swaps a known French name for a `TranslatedName` (below), `pre_save` stores a known name back
as its French msgid whatever the language it was typed or shown in (the English admin's form
reads « Moderators approval »). A name an administrator types shows as typed.

Why not `gettext_lazy`: Wagtail's `Workflow.__str__` and `Task.__str__` return `self.name`,
and `str()` of an object whose `__str__` returns a lazy proxy raises TypeError (the workflow
report, the history's `{{ task }}`, every success message and log label call it).

The workflow log entries copy the names into their JSON data and label when they are
written: `pre_save` stores the French msgid there too, `post_init` shows them translated
(page history: « 'Moderators approval' started. Next step 'Moderators approval' »).
"""

from functools import cache

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_init, post_save, pre_save
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_noop as N_
from wagtail.models import BaseLogEntry, Task, Workflow

WORKFLOW_NAME = N_("Approbation par les modérateurs")
TASK_NAME = N_("Approbation des modérateurs")

# The names each kind of object may carry, as the French msgids stored in the database.
# Kept apart: both translate to « Moderators approval » in English.
WORKFLOW_NAMES = (WORKFLOW_NAME,)
TASK_NAMES = (TASK_NAME,)


class TranslatedName(str):
    """A known name, in the admin's language.

    Its text is the translation in the language active when the instance was loaded (the
    admin's: Wagtail activates it before the view runs), so whatever uses the text directly
    (`"%s" % workflow`, whose `__str__` returns the name; JSON; concatenation) reads the
    admin's language. `str()` and formatting translate again in the language active at that
    moment, so templates (which escape `str(value)`) and messages rendered under
    `translation.override` — the notification e-mails, in each recipient's language — follow.
    """

    def __new__(cls, msgid):
        name = super().__new__(cls, gettext(msgid))
        name.msgid = msgid
        return name

    def __str__(self):
        return gettext(self.msgid)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __reduce__(self):
        return (TranslatedName, (self.msgid,))


@cache
def _msgids_by_text(names):
    """Every text that stands for one of `names`: the msgid itself and its translations."""
    texts = {}
    for msgid in names:
        for code, _label in settings.LANGUAGES:
            with translation.override(code):
                texts.setdefault(gettext(msgid), msgid)
        texts[msgid] = msgid
    return texts


def known_name(value, names):
    """The msgid among `names` that `value` is, or translates to in a configured language."""
    if isinstance(value, TranslatedName):
        return value.msgid if value.msgid in names else None
    if isinstance(value, str):
        return _msgids_by_text(names).get(value)
    return None


def shown_translated(value, names):
    msgid = known_name(value, names)
    return value if msgid is None else TranslatedName(msgid)


def stored_in_french(value, names):
    msgid = known_name(value, names)
    return value if msgid is None else msgid


def names_for(model):
    if issubclass(model, Workflow):
        return WORKFLOW_NAMES
    if issubclass(model, Task):
        return TASK_NAMES
    return ()


# --- Workflow and Task -------------------------------------------------------------------


def show_name_translated(sender, instance, **kwargs):
    """post_init (and post_save): a known name shows in the active language."""
    if "name" in instance.__dict__:  # not deferred
        instance.name = shown_translated(instance.name, names_for(sender))


def store_name_in_french(sender, instance, **kwargs):
    """pre_save: a known name, in whatever language, is stored as its French msgid."""
    instance.name = stored_in_french(instance.name, names_for(sender))


# --- Log entries ------------------------------------------------------------------------


def _log_names(instance, convert):
    """Apply `convert(value, names)` to the names a log entry holds.

    Wagtail's workflow actions (« wagtail.workflow.start » …) copy the workflow's name into
    `data["workflow"]["title"]` and task names into its `task` and `next`; the label of an
    entry about a workflow or task object (site history) is that object's name.
    """
    fields = instance.__dict__
    data = fields.get("data")
    workflow = data.get("workflow") if isinstance(data, dict) else None
    if isinstance(workflow, dict) and str(fields.get("action")).startswith("wagtail.workflow."):
        if "title" in workflow:
            workflow["title"] = convert(workflow["title"], WORKFLOW_NAMES)
        for key in ("task", "next"):
            if isinstance(workflow.get(key), dict) and "title" in workflow[key]:
                workflow[key]["title"] = convert(workflow[key]["title"], TASK_NAMES)
    if fields.get("label") and fields.get("content_type_id"):
        model = _name_models_by_content_type().get(fields["content_type_id"])
        if model is not None:
            instance.label = convert(fields["label"], names_for(model))


def _name_models_by_content_type():
    # ContentType's own cache answers (no cache here: test databases recreate the rows).
    return {ContentType.objects.get_for_model(model).pk: model for model in name_models()}


def show_log_names_translated(sender, instance, **kwargs):
    _log_names(instance, shown_translated)


def store_log_names_in_french(sender, instance, **kwargs):
    _log_names(instance, stored_in_french)


# --- Wiring ------------------------------------------------------------------------------


@cache
def name_models():
    """Workflow and every concrete Task model (GroupApprovalTask and any an app adds)."""
    return [model for model in apps.get_models() if issubclass(model, (Workflow, Task))]


def connect_signals():
    """Called from HubConfig.ready(). Model signals fire for the concrete class only."""
    for model in name_models():
        uid = f"hub.workflow:{model._meta.label}"
        post_init.connect(show_name_translated, sender=model, dispatch_uid=uid)
        pre_save.connect(store_name_in_french, sender=model, dispatch_uid=uid)
        # After saving, the instance (the success message, the next page) shows translated.
        post_save.connect(show_name_translated, sender=model, dispatch_uid=uid)
    for model in apps.get_models():
        if issubclass(model, BaseLogEntry):
            uid = f"hub.workflow:{model._meta.label}"
            post_init.connect(show_log_names_translated, sender=model, dispatch_uid=uid)
            pre_save.connect(store_log_names_in_french, sender=model, dispatch_uid=uid)
