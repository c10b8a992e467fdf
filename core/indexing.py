"""Search and reference index updates once per object after a bulk load, not once per save.

Loading the demo saves each page several times (the page, its revisions, its publication,
its translation), and Wagtail updates its search index and its reference index after
every save: 1,400 updates for some 500 objects, a third of the load's time. Inside
`deferred_index_updates()` a save is only noted; on the way out each saved object is
queued once, through the same Wagtail tasks the signals would have queued (run at once
by the immediate backend, by the worker in production). Deletions keep their usual,
immediate handling for the search index; their references are removed on the way out.
"""

import copy
from contextlib import contextmanager

from django.db.models.signals import post_delete, post_save
from wagtail.models import ReferenceIndex
from wagtail.search import index as search_index
from wagtail.search.signal_handlers import post_save_signal_handler as search_on_save
from wagtail.search.tasks import insert_or_update_object_task
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task


def _search_models():
    return [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]


@contextmanager
def deferred_index_updates():
    saved = {}  # {model: {pk, …}} in the order first saved
    deleted = []

    def note_save(sender, instance, raw=False, **kwargs):
        if not raw and instance.pk is not None:
            saved.setdefault(sender, {})[instance.pk] = None

    def note_delete(sender, instance, **kwargs):
        saved.get(sender, {}).pop(instance.pk, None)  # nothing left to index
        if sender in ReferenceIndex.tracked_models:
            deleted.append(copy.copy(instance))  # Django clears the instance's pk afterwards

    models = _search_models()
    for model in models:
        post_save.disconnect(search_on_save, sender=model)
    post_save.connect(note_save, weak=False, dispatch_uid="deferred-index-save")
    post_delete.connect(note_delete, weak=False, dispatch_uid="deferred-index-delete")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="deferred-index-save")
        post_delete.disconnect(dispatch_uid="deferred-index-delete")
        for model in models:
            post_save.connect(search_on_save, sender=model)

    for instance in deleted:
        ReferenceIndex.remove_for_object(instance)
        ReferenceIndex.remove_references_to(instance)
    indexed = set(models)
    for model, pks in saved.items():
        meta = model._meta
        for pk in pks:
            if model in indexed:
                insert_or_update_object_task.enqueue(meta.app_label, meta.model_name, str(pk))
            if model in ReferenceIndex.tracked_models:
                update_reference_index_task.enqueue(meta.app_label, meta.model_name, str(pk))
