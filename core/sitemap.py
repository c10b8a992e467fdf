"""A sitemap with both languages, as a sitemap index of pages of at most 2,000 URLs.

wagtail.contrib.sitemaps lists only the default site root's tree (wagtail#12420), so
the English pages would be missing. This one walks every locale's tree and, like
Wagtail's, keeps only live public pages. At 5,000 tools one sitemap was 674 KB built
in about 900 ms on every request: `/sitemap.xml` is now an index of
`/sitemap-pages.xml?p=N`, each a slice of the tree, and all of them are served from the
page cache (core/page_cache.py) until the next publication.
"""

from django.contrib.sitemaps import views as sitemap_views
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from core import sites


class BilingualSitemap(Sitemap):
    limit = 2000

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        query = None
        for root in roots:
            tree = Page.objects.descendant_of(root, inclusive=True)
            query = tree if query is None else query | tree
        return query.live().public().order_by("path").defer_streamfields().specific()

    def get_wagtail_site(self):
        site = sites.site_for_request(self.request)
        return site or Site.objects.select_related("root_page").get(is_default_site=True)


def sitemap_index(request):
    return sitemap_views.index(
        request,
        sitemaps={"pages": BilingualSitemap(request)},
        sitemap_url_name="sitemap-section",
        content_type="application/xml",
    )


def sitemap(request, section):
    return sitemap_views.sitemap(
        request,
        sitemaps={"pages": BilingualSitemap(request)},
        section=section,
        template_name="sitemap.xml",
        content_type="application/xml",
    )
