"""Sign-in, on the site and in Wagtail's admin, throttled per address and per account.

Failed attempts are counted by the one rate limiter (core.ratelimit) in the shared
cache, so every server counts together: `login_address` per client address (through
the trusted proxies only) and `login_account` per user name, whatever address tries
it. Past either limit the form answers 429 with a French message, keeps the user name,
and does not even try the password, so guessing goes no faster by trying harder.
"""

from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import LoginView as WagtailAdminLoginView

from core import ratelimit

THROTTLED = _(
    "Trop de tentatives de connexion. Pour protéger les comptes, réessayez dans "
    "%(minutes)s minutes."
)


def _identities(request):
    username = (request.POST.get("username") or "").strip().casefold()[:150]
    return [
        ("login_address", ratelimit.client_address(request)),
        ("login_account", username),
    ]


class _ThrottledForm:
    """Mixed into the view's login form: refuses before checking the password."""

    throttled_for = 0  # minutes; 0 when the attempt may go ahead

    def clean(self):
        if self.throttled_for:
            raise ValidationError(
                THROTTLED, code="throttled", params={"minutes": self.throttled_for}
            )
        return super().clean()


class ThrottledLoginMixin:
    def get_form_class(self):
        form_class = super().get_form_class()
        return type(f"Throttled{form_class.__name__}", (_ThrottledForm, form_class), {})

    def post(self, request, *args, **kwargs):
        identities = [(name, who) for name, who in _identities(request) if who]
        limited = [name for name, who in identities if ratelimit.is_limited(name, who)]
        form = self.get_form()
        if limited:
            form.throttled_for = max(ratelimit.limit_for(name)[1] for name in limited) // 60 or 1
        if form.is_valid():
            return self.form_valid(form)
        response = self.form_invalid(form)
        if limited:
            response.status_code = 429
        else:
            for name, who in identities:
                ratelimit.hit(name, who)
        return response


class LoginView(ThrottledLoginMixin, auth_views.LoginView):
    """Sign-in for staff and trainers, on the site rather than in the admin."""

    template_name = "core/login.html"
    redirect_authenticated_user = True


class AdminLoginView(ThrottledLoginMixin, WagtailAdminLoginView):
    """Wagtail's admin sign-in with the same limits (editors are staff too)."""
