"""The shared filters (core.filters with vocabulary.filters): what every listing relies on.

Galleries, catalogues and hub listings filter by axis and audience through these
objects; the tool bank's facets are the same Filter class counted on its index.
"""

import pytest
from django.http import QueryDict
from django.utils import translation

from core.filters import MAX_VALUES, Filter, FilterSet
from core.pagetree import ensure_pair
from videos.models import VideoIndexPage, VideoPage
from vocabulary.filters import audience_filter, axis_filter, classification_filters
from vocabulary.models import Audience, Axis

pytestmark = pytest.mark.django_db


@pytest.fixture
def videos(home_pages):
    """Three classified pages: care/clinicians, care+experience/managers, improvement/managers."""
    home_fr, _ = home_pages
    gallery, _ = ensure_pair(
        home_fr, VideoIndexPage, "videos", fr={"title": "Vidéos"}, en={"title": "Videos"}
    )
    made = {}
    for slug, axes, audiences in (
        ("soins", ["care"], ["clinicians"]),
        ("temoignage", ["care", "experience"], ["managers"]),
        ("amelioration", ["improvement"], ["managers"]),
    ):
        page = VideoPage(title=slug, slug=slug, video_url="https://youtu.be/onMCM7J5NR4")
        page.axes.set(Axis.objects.filter(code__in=axes))
        page.audiences.set(Audience.objects.filter(code__in=audiences))
        gallery.add_child(instance=page)
        page.save_revision().publish()
        made[slug] = page
    return VideoPage.objects.live().child_of(gallery)


def slugs(queryset):
    return sorted(queryset.values_list("slug", flat=True))


def test_axis_options_are_the_three_axes_in_order_labelled_in_the_active_language():
    assert [o.code for o in axis_filter().options] == ["care", "experience", "improvement"]
    french = [o.label for o in axis_filter().options]
    with translation.override("en"):
        english = [o.label for o in axis_filter().options]
    assert french != english
    assert french == [a.label_fr for a in Axis.objects.all()]
    assert english == [a.label_en for a in Axis.objects.all()]


def test_unknown_repeated_and_excess_values_are_ignored():
    query = QueryDict(
        "axis=zzz&axis=care&axis=care&axis=%3Cscript%3E&axis=" + "&axis=".join(["x"] * 50)
    )
    chosen = axis_filter().parse(query)
    assert chosen.selected == ["care"]
    assert [o.selected for o in chosen.options] == [True, False, False]
    # Only the first MAX_VALUES values are read: a known code after them is not.
    late = QueryDict("&".join(["axis=zzz"] * MAX_VALUES + ["axis=experience"]))
    assert axis_filter().parse(late).selected == []


def test_or_within_a_filter_and_across_filters(videos):
    filters = FilterSet(QueryDict("axis=care&axis=improvement"), classification_filters())
    assert slugs(filters.apply(videos)) == ["amelioration", "soins", "temoignage"]
    filters = FilterSet(QueryDict("axis=care&audience=managers"), classification_filters())
    assert slugs(filters.apply(videos)) == ["temoignage"]
    # A page with two chosen axes comes once, not twice.
    filters = FilterSet(QueryDict("axis=care&axis=experience"), classification_filters())
    assert list(filters.apply(videos).values_list("slug", flat=True)).count("temoignage") == 1


def test_counts_apply_every_other_filter(videos, django_assert_num_queries):
    filters = FilterSet(QueryDict("axis=care&audience=managers"), classification_filters())
    with django_assert_num_queries(2):  # one grouped query per filter
        filters.count(videos)
    axis = {o.code: o.count for o in filters.get("axis").options}
    audience = {o.code: o.count for o in filters.get("audience").options}
    # Axes counted among the managers' videos; audiences among the care videos.
    assert axis == {"care": 1, "experience": 1, "improvement": 1}
    assert audience["managers"] == 1 and audience["clinicians"] == 1
    assert all(n == 0 for code, n in audience.items() if code not in ("managers", "clinicians"))


def test_single_choice_filter_keeps_the_first_known_value_and_maps_codes(videos):
    by_slug = Filter(
        "video", "Vidéo", [("a", "A"), ("b", "B")], lookup="slug",
        values={"a": "soins", "b": "amelioration"}, multiple=False,
    )  # fmt: skip
    chosen = by_slug.parse(QueryDict("video=zzz&video=b&video=a"))
    assert chosen.current == "b"
    assert slugs(chosen.apply(videos)) == ["amelioration"]


def test_chips_remove_one_value_and_clear_keeps_the_text():
    filters = FilterSet(
        QueryDict("q=plan&axis=care&axis=experience&audience=managers&page=3"),
        [axis_filter(), audience_filter()],
    )
    chips = filters.chips()
    assert [(c.filter.param, c.option.code) for c in chips] == [
        ("axis", "care"), ("axis", "experience"), ("audience", "managers"),
    ]  # fmt: skip
    first = chips[0].query
    assert first.getlist("axis") == ["experience"] and "page" not in first
    assert first["q"] == "plan"
    assert filters.clear_query(q="plan", sort="").urlencode() == "q=plan"


def test_gallery_shows_counts_beside_each_value(client, videos):
    html = client.get("/fr/videos/?audience=managers").content.decode()
    # « care » among the managers' videos: one (the testimony).
    assert 'name="axis" value="care">' in html
    care = html.split('value="care">', 1)[1].split("</li>", 1)[0]
    assert "(1)" in care
    improvement = html.split('value="improvement">', 1)[1].split("</li>", 1)[0]
    assert "(1)" in improvement


def test_selected_count_is_one_per_chip():
    filters = FilterSet(
        QueryDict("q=plan&axis=care&axis=experience&axis=zzz&audience=managers"),
        [axis_filter(), audience_filter()],
    )
    assert filters.selected_count == len(filters.chips()) == 3
    assert FilterSet(QueryDict("q=plan"), [axis_filter()]).selected_count == 0


def toggle_of(html):
    return html.split('class="filter-toggle"', 1)[1].split("</button>", 1)[0]


def test_gallery_filter_button_says_how_many_values_are_chosen(client, videos):
    """« Filtrer (n) » folds the filters on small screens: the count comes from the server."""
    toggle = toggle_of(client.get("/fr/videos/?axis=care&axis=experience&audience=managers").text)
    assert 'aria-controls="filtres"' in toggle
    assert 'Filtrer (3)<span class="visually-hidden"> filtres choisis</span>' in toggle
    toggle = toggle_of(client.get("/fr/videos/?axis=care&axis=nope").text)
    assert 'Filtrer (1)<span class="visually-hidden"> filtre choisi</span>' in toggle
    assert toggle_of(client.get("/fr/videos/").text).endswith("<span>Filtrer</span>")
    html = client.get("/en/videos/?axis=care").text
    assert 'Filter (1)<span class="visually-hidden"> filter chosen</span>' in toggle_of(html)
    assert 'id="filtres"' in html
