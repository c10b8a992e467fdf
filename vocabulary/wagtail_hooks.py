from wagtail.snippets.models import register_snippet

from vocabulary.views import VocabularyViewSetGroup

register_snippet(VocabularyViewSetGroup)
