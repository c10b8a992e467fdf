"""`id__any_of`: « this id is one of these » as one SQL parameter on PostgreSQL.

`visible_pages` excludes every staff-only page a visitor may not see. With one view
restriction per staff-only tool (5 % of a catalogue: 2,500 at 50,000 tools), Django's
`id__in` writes one placeholder per id and prepares each value in Python, several
milliseconds per query and per restriction count. On PostgreSQL this lookup sends the
ids as one array (``id = ANY(%s)``); other databases get the usual ``IN`` list.
"""

from django.db.models import IntegerField, Lookup


@IntegerField.register_lookup
class AnyOf(Lookup):
    lookup_name = "any_of"
    prepare_rhs = False

    def get_prep_lookup(self):
        return [int(value) for value in self.rhs]

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        values = self.rhs
        if not values:
            return "1 = 0", []  # nothing is one of no ids
        if connection.vendor == "postgresql":
            return f"{lhs} = ANY(%s)", [*lhs_params, values]
        placeholders = ", ".join(["%s"] * len(values))
        return f"{lhs} IN ({placeholders})", [*lhs_params, *values]
