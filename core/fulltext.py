"""The raw full-text SQL against Wagtail's search tables, in one place.

Why it exists: Wagtail's database backends (django-modelsearch) match a page against
``title || body`` on PostgreSQL, a concatenation that no index serves, so every search
reads every index entry (wagtail/wagtail#6546, "postgres_search does not use index";
the combined index proposed in #6548 was not merged). On SQLite the backend joins the
FTS5 table the slow way round (one MATCH per index entry: a third of a second at 5,000
tools). The functions here test the title and the body separately, which lets
PostgreSQL start from their GIN indexes, and ask SQLite's FTS table first. The matches
are the backends' own: every word, in the title or the body.

Two shapes: `matching_ids` (ids of one model's entries, for the tool bank's in-memory
index) and `page_condition` (a queryset condition with a rank, for site search).
Where neither engine applies, Wagtail's backend answers.
"""

import operator
from functools import reduce

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import DatabaseError, connection, transaction
from django.db.models import F, Func, IntegerField, Q
from django.db.models.lookups import Exact, GreaterThan

# A word in the title counts this many times a word in the body (Page indexes its title
# with boost 2; PostgreSQL ranks the title and body vectors separately).
TITLE_RANK_FACTOR = 2


def search_config():
    return settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG") or "simple"


def matching_ids(model, queryset, text):
    """The ids of `model`'s live entries whose index entry has every word of `text`.

    `queryset` is what Wagtail's backend searches when neither engine applies. A text
    the engine cannot parse finds nothing rather than failing.
    """
    content_type = ContentType.objects.get_for_model(model)
    if connection.vendor == "postgresql":
        return _ids_from_sql(*_postgres_ids_sql(text, content_type.pk))
    if connection.vendor == "sqlite":
        terms = " ".join(f'"{term}"' for term in text.split())
        sql = (
            "SELECT e.object_id FROM wagtailsearch_indexentry e "
            "WHERE e.content_type_id = %s AND e.id IN ("
            "SELECT rowid FROM wagtailsearch_indexentry_fts "
            "WHERE wagtailsearch_indexentry_fts MATCH %s)"
        )
        try:
            # No savepoint: on SQLite a failed statement leaves the transaction usable.
            return _ids_from_sql(sql, [content_type.pk, terms])
        except DatabaseError:
            # No FTS5 table (SQLite built without it), or FTS5 refused the text: the
            # backend decides, and finds nothing if it cannot parse the text either.
            pass
    try:
        with transaction.atomic():
            results = queryset.search(text, operator="and", order_by_relevance=False)
            return {int(pk) for pk in results.get_queryset().values_list("pk", flat=True)}
    except DatabaseError:
        return set()


def _postgres_ids_sql(text, content_type_id):
    config = search_config()
    if len(text.split()) == 1:
        # One word is in the title or in the body: no concatenation to match
        # (a third of the time for a word most entries contain).
        sql = (
            "SELECT CAST(e.object_id AS bigint) FROM wagtailsearch_indexentry e, "
            "plainto_tsquery(%s::regconfig, %s) q "
            "WHERE e.content_type_id = %s AND (e.title @@ q OR e.body @@ q)"
        )
        return sql, [config, text, content_type_id]
    # Both GIN indexes narrow the candidates first (any word), then every word must match.
    # plainto_tsquery accepts any text: no savepoint needed.
    sql = (
        "SELECT CAST(e.object_id AS bigint) FROM wagtailsearch_indexentry e, "
        "plainto_tsquery(%s::regconfig, %s) q_all, "
        "CAST(replace(CAST(plainto_tsquery(%s::regconfig, %s) AS text), '&', '|') "
        "AS tsquery) q_any "
        "WHERE e.content_type_id = %s AND (e.title @@ q_any OR e.body @@ q_any) "
        "AND (e.title || e.body) @@ q_all"
    )
    return sql, [config, text, config, text, content_type_id]


def _ids_from_sql(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {int(row[0]) for row in cursor.fetchall()}


def page_condition(word_forms):
    """(condition, rank) on PostgreSQL: pages with every word, each in one of its forms.

    `word_forms` holds, per word, the forms that may match it (« usager », « usagers »);
    each form holds only letters, digits and underscores, safe to quote in a raw tsquery.
    """
    config = search_config()
    word_queries = [
        SearchQuery(" | ".join(f"'{form}'" for form in forms), search_type="raw", config=config)
        for forms in word_forms
    ]
    any_word = reduce(operator.or_, word_queries)
    # A stop word (« de », « l ») gives an empty tsquery, which matches nothing: such a
    # word must not veto the others, but a query made only of stop words finds nothing.
    # numnode() of a constant is folded when the query is planned.
    # The NOT NULL test keeps the join to the index entry an INNER join (the numnode
    # alternative would make Django promote it to LEFT OUTER), so PostgreSQL may start
    # from the GIN indexes of the index entries when the words are selective.
    condition = Q(index_entries__title__isnull=False) & Q(GreaterThan(_numnode(any_word), 0))
    for word_query in word_queries:
        condition &= (
            Q(index_entries__title=word_query)
            | Q(index_entries__body=word_query)
            | Q(Exact(_numnode(word_query), 0))
        )
    rank = SearchRank(F("index_entries__title"), any_word) * F(
        "index_entries__title_norm"
    ) * TITLE_RANK_FACTOR + SearchRank(F("index_entries__body"), any_word)
    return condition, rank


def _numnode(tsquery):
    return Func(tsquery, function="numnode", output_field=IntegerField())
