"""The editorial workflow's names, in French, shown translated in the English admin.

Wagtail stores a workflow's and a task's name in a plain field. The migration that sets
the workflow up stores the French names below; the admin shows each name through
gettext, so an English admin reads the English name and a name an editor typed shows
as typed.
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_noop as N_

WORKFLOW_NAME = N_("Approbation par les modérateurs")
TASK_NAME = N_("Approbation des modérateurs")


def translated_name(name):
    """A workflow's or task's name in the admin's language (unchanged when unknown)."""
    return gettext(name) if name else name
