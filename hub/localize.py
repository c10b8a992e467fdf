"""wagtail-localize's two shortcuts to a live page, kept for those who may publish it.

The editorial workflow (hub/migrations/0002_editorial_workflow.py) lets Editors write
and submit but not publish. wagtail-localize asks for no publish right in two places:

- « Synchroniser les pages traduites » with « Publier immédiatement » ticked publishes
  every translated page at once, whoever is signed in;
- « Convertir en alias de page » asks only for the edit right, yet it replaces the live
  translated page by the source page's content at once.

wagtail-localize offers no hook for either view, so carrefour/urls.py routes their two
URLs here, before Wagtail's admin URLs (the first matching pattern wins): the views below
are wagtail-localize's own public view class and function, with the publish check in
front. Its URL names still reverse to the same paths, so every link and redirect it
makes (listing buttons, its `before_edit_page` hook, the translation editor) reaches the
checked views. The other ways around were worse: a middleware matches raw paths and
runs outside the admin's URL decorators; replacing its `register_admin_urls` hook means
touching Wagtail's hook registry. Should wagtail-localize move these URLs, the tests in
hub/tests/test_translation_workflow.py fail.
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist
from django.forms import HiddenInput
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.models import DraftStateMixin, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.views.convert import convert_to_alias
from wagtail_localize.views.update_translations import UpdateTranslationsView

# The name of wagtail-localize's « Convertir en alias de page » page action menu item.
CONVERT_TO_ALIAS_ACTION = "localize-convert-to-alias"


def may_publish_translation(translation, user):
    """Whether `user` may publish the object a wagtail-localize translation writes to.

    A page not yet created (a sync creates it) is judged by its source page: the
    editorial workflow grants the same rights on both languages.
    """
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        target = translation.source.get_source_instance()
    if isinstance(target, Page):
        return target.permissions_for_user(user).can_publish()
    # A snippet: without drafts, a sync with publishing saves it, as « change » would.
    action = "publish" if isinstance(target, DraftStateMixin) else "change"
    return ModelPermissionPolicy(type(target)).user_has_permission(user, action)


class ModeratedUpdateTranslationsView(UpdateTranslationsView):
    """The sync view, « Publier immédiatement » withheld from those who may not publish.

    The field is disabled rather than removed: Django then ignores whatever a request
    sends for it (its value stays False) and wagtail-localize's `form_valid`, which reads
    it, syncs without publishing. Its template draws the checkbox by hand, so the field is
    also hidden, and ours says why in its place.
    """

    template_name = "hub/admin/update_translations.html"

    def dispatch(self, request, *args, **kwargs):
        self.publish_withheld = None  # known once the translation source is loaded
        return super().dispatch(request, *args, **kwargs)

    def may_publish(self):
        if self.publish_withheld is None:
            translations = self.object.translations.filter(enabled=True)
            self.publish_withheld = not all(
                may_publish_translation(translation, self.request.user)
                for translation in translations.select_related("source", "target_locale")
            )
        return not self.publish_withheld

    def get_form(self):
        form = super().get_form()
        if not self.may_publish():
            field = form.fields["publish_translations"]
            field.disabled = True
            field.widget = HiddenInput()
        return form

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["publish_withheld"] = not self.may_publish()
        return context

    def form_valid(self, form):
        response = super().form_valid(form)
        if not self.may_publish() and self.request.POST.get("publish_translations"):
            messages.warning(
                self.request,
                _(
                    "Les traductions ont été synchronisées, mais pas publiées : seules les "
                    "personnes qui peuvent publier les pages traduites peuvent les publier."
                ),
            )
        return response


def moderated_convert_to_alias(request, page_id):
    """wagtail-localize's « Convertir en alias de page », for those who may publish the page.

    Others (who may edit it, else wagtail-localize refuses them itself) go back to the
    page's edit view with a message; the page stays as it is.
    """
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        permissions = page.permissions_for_user(request.user)
        if permissions.can_edit() and not permissions.can_publish():
            messages.error(
                request,
                _(
                    "Seules les personnes qui peuvent publier la page « %(title)s » peuvent "
                    "la convertir en alias : la conversion remplace aussitôt la page en "
                    "ligne. Demandez-le à un modérateur."
                )
                % {"title": page.get_admin_display_title()},
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
    return convert_to_alias(request, page_id)


def _admin_view(view):
    """What Wagtail's admin URLs wrap every view in (wagtail/admin/urls): sign-in, no cache."""
    return never_cache(require_admin_access(view))


# Declared in carrefour/urls.py before `admin/`; same paths as wagtail-localize's own
# (`wagtail_localize:update_translations` and `wagtail_localize:convert_to_alias`).
urlpatterns = [
    path(
        "admin/localize/update/<int:translation_source_id>/",
        _admin_view(ModeratedUpdateTranslationsView.as_view()),
    ),
    path(
        "admin/localize/page/<int:page_id>/convert_to_alias/",
        _admin_view(moderated_convert_to_alias),
    ),
]


def without_convert_to_alias(menu_items, context):
    """The page editor's menu without « Convertir en alias de page » for who may not publish.

    Called from hub's `construct_page_action_menu` hook (hub/wagtail_hooks.py); the view
    refuses them anyway, this only spares them a button that cannot work.
    """
    tester = context.get("user_page_permissions_tester")
    if tester is not None and not tester.can_publish():
        menu_items[:] = [item for item in menu_items if item.name != CONVERT_TO_ALIAS_ACTION]
