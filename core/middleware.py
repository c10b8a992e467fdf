from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation


class FrenchFirstLocaleMiddleware(LocaleMiddleware):
    """Language from the URL prefix only; anything unprefixed is French.

    Django's LocaleMiddleware would follow Accept-Language for `/`. The Charter of the
    French language asks for French by default, so `/` always redirects to `/fr/`.
    """

    def process_request(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        # Django redirects an unprefixed 404 to its /fr/ twin when that path exists: the
        # API's JSON « not found » would become a redirect to a page 404.
        if response.status_code == 404 and request.path_info.startswith("/api/"):
            return response
        return super().process_response(request, response)


class SecurityHeadersMiddleware:
    """Content-Security-Policy on the public site; the admin keeps Wagtail's own needs.

    Wagtail's admin uses inline scripts and previews pages in a same-origin iframe, so
    it gets no CSP here and X-Frame-Options SAMEORIGIN instead of DENY.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(("/admin/", "/django-admin/")):
            response.setdefault("X-Frame-Options", "SAMEORIGIN")
        else:
            response.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response
