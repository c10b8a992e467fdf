"""« Quoi de neuf » under the home page, in French and in English.

Its text is in nouveautes/demo_content/; what it lists is the other apps' demo content,
loaded before it (ORDER): right after loading, all of it is new.
"""

from pathlib import Path

from core.pagetree import ensure_pair, get_home, read_content
from nouveautes.models import WhatsNewPage

ORDER = 90
CONTENT = Path(__file__).resolve().parent / "demo_content"
SLUG = "quoi-de-neuf"


def load(log):
    home = get_home()
    if home is None:
        return
    ensure_pair(
        home,
        WhatsNewPage,
        SLUG,
        fr=read_content(CONTENT, "fr", SLUG),
        en=read_content(CONTENT, "en", SLUG),
        log=log,
    )
