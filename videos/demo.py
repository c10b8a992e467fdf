"""The gallery and the three videos of seed 001 (real YouTube ids and durations).

Each video gets a poster drawn here with Pillow (no network: never the provider's
thumbnail) and a short summary written from the seeds' description of its axis,
marked as a summary (not a word-for-word transcript).
"""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

from core.pagetree import ensure_pair, ensure_translation, get_home
from videos.models import VideoIndexPage, VideoPage
from vocabulary.models import Audience, Axis

ORDER = 30

AXIS_COLOURS = {"care": "#0b4f8a", "experience": "#5b2a86", "improvement": "#1b5e20"}

VIDEOS = [
    {
        "slug": "usager-partenaire-de-ses-soins",
        "url": "https://youtu.be/onMCM7J5NR4",
        "duration": 308,  # 5:08 (seed 001)
        "axis": "care",
        "audiences": ["clinicians", "physicians", "users-families"],
        "fr": {
            "title": "L’usager partenaire de ses soins et services",
            "description": "<p>Vidéo interne du CISSS de Chaudière-Appalaches sur le premier axe "
            "du partenariat : l’usager participe à ses soins et services.</p>",
            "transcript": "<p>L’usager est partenaire de ses soins et services : il participe aux "
            "décisions et aux actions qui le concernent. Le partenariat est une relation de "
            "collaboration où l’expertise de l’intervenant rencontre le savoir expérientiel de "
            "l’usager.</p><p>Pour y arriver, le personnel donne à l’usager et à ses proches "
            "toutes les informations requises et s’assure de leur compréhension, considère "
            "leurs attentes, besoins, valeurs et préférences, les soutient dans leurs prises de "
            "décision et les implique comme partenaires dans le choix et la réalisation des "
            "interventions.</p>",
        },
        "en": {
            "title": "The user as a partner in their own care and services",
            "description": "<p>An internal video of the CISSS de Chaudière-Appalaches on the first "
            "axis of partnership: users take part in their own care and services (in French).</p>",
            "transcript": "<p>Users are partners in their own care and services: they take part in "
            "the decisions and actions that concern them. Partnership is a collaborative "
            "relationship where the professional’s expertise meets the user’s experiential "
            "knowledge.</p><p>To get there, staff give users and their families all the "
            "information they need and make sure it is understood, consider their expectations, "
            "needs, values and preferences, support them in their decisions and involve them as "
            "partners in choosing and carrying out interventions.</p>",
        },
    },
    {
        "slug": "usager-temoin-de-son-vecu",
        "url": "https://youtu.be/J7J6CfJeVeE",
        "duration": 226,  # 3:46 (seed 001)
        "axis": "experience",
        "audiences": ["managers", "clinicians", "users-families"],
        "fr": {
            "title": "Les partenaires du parcours de l’usager",
            "description": "<p>Vidéo interne du CISSS de Chaudière-Appalaches présentée avec le "
            "deuxième axe du partenariat : l’usager témoin de son vécu.</p>",
            "transcript": "<p>L’usager est témoin de son vécu : l’établissement obtient "
            "des données sur son expérience (captation de l’expérience). "
            "L’évaluation de l’expérience des "
            "usagers mesure la qualité perçue, fait connaître les effets vécus des mesures "
            "implantées et aide à identifier des points d’amélioration pour adapter les soins "
            "et les services.</p><p>Le personnel considère l’expérience des usagers et de leurs "
            "proches au quotidien, ainsi que les données de captation de l’expérience, pour "
            "améliorer sa pratique.</p>",
        },
        "en": {
            "title": "The partners along the user’s journey",
            "description": "<p>An internal video of the CISSS de Chaudière-Appalaches shown with "
            "the second axis of partnership: the user as witness of their experience "
            "(in French).</p>",
            "transcript": "<p>Users are witnesses of their experience: the institution "
            "gathers data on what they live (experience capture). "
            "Evaluating users’ experience measures "
            "perceived quality, shows the effects of the measures put in place and helps find "
            "what to improve so care and services fit the people who use them.</p><p>Staff "
            "consider the day-to-day experience of users and families, and experience data, to "
            "improve their practice.</p>",
        },
    },
    {
        "slug": "usager-collaborateur-en-amelioration",
        "url": "https://www.youtube.com/watch?v=jQeRoDwIEj4",
        "duration": 363,  # 6:03 (seed 001)
        "axis": "improvement",
        "audiences": ["managers", "patient-partners", "committees"],
        "fr": {
            "title": "L’usager collaborateur en amélioration",
            "description": "<p>Vidéo interne du CISSS de Chaudière-Appalaches sur le troisième axe "
            "du partenariat : l’usager contribue par son savoir à l’amélioration des services."
            "</p>",
            "transcript": "<p>L’usager collaborateur en amélioration contribue par son savoir "
            "expérientiel à l’amélioration des soins et services. Les équipes appliquent les "
            "bonnes pratiques et les coresponsabilités définies pour le recrutement et "
            "l’intégration des usagers ou des proches collaborateurs dans une activité "
            "d’amélioration.</p><p>Un soutien-conseil est offert pour analyser le besoin, "
            "planifier le recrutement et réaliser l’intégration des usagers collaborateurs dans "
            "les projets d’amélioration.</p>",
        },
        "en": {
            "title": "The user as a collaborator in improvement",
            "description": "<p>An internal video of the CISSS de Chaudière-Appalaches on the third "
            "axis of partnership: users bring their knowledge to improving services (in "
            "French).</p>",
            "transcript": "<p>Users who collaborate in improvement bring their experiential "
            "knowledge to improving care and services. Teams follow the good practices and "
            "shared responsibilities defined for recruiting and integrating users or family "
            "members in an improvement activity.</p><p>Advice and support are available to "
            "analyse the need, plan the recruitment and integrate collaborating users in "
            "improvement projects.</p>",
        },
    },
]


def make_poster(title, axis_code, filename):
    """A 960×540 PNG drawn locally: a coloured field, a play sign and the title."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    picture = PILImage.new("RGB", (960, 540), AXIS_COLOURS.get(axis_code, "#0b4f8a"))
    draw = ImageDraw.Draw(picture)
    draw.ellipse((400, 150, 560, 310), outline="white", width=8)
    draw.polygon([(458, 190), (458, 270), (522, 230)], fill="white")
    try:
        font = ImageFont.load_default(size=36)
    except (TypeError, OSError):
        font = ImageFont.load_default()
    words, lines, line = title.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) > 840 and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    for number, text in enumerate(lines[:3]):
        draw.text((60, 370 + number * 46), text, fill="white", font=font)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    image = image_model(title=title, file=ImageFile(buffer, name=filename))
    image.save()
    return image


def ensure_index(log=None):
    home = get_home()
    index, index_en = ensure_pair(
        home,
        VideoIndexPage,
        "videos",
        fr={
            "title": "Vidéos",
            "show_in_menus": True,
            "introduction": "<p>De courtes vidéos sur les trois axes du partenariat avec les "
            "usagers et leurs proches.</p>",
        },
        en={
            "title": "Videos",
            "slug": "videos",
            "introduction": "<p>Short videos on the three axes of partnership with users and "
            "their families.</p>",
        },
        log=log,
    )
    return index, index_en


def load(log):
    if get_home() is None:
        return
    index, _ = ensure_index(log)
    axes = {a.code: a for a in Axis.objects.all()}
    audiences = {a.code: a for a in Audience.objects.all()}
    for video in VIDEOS:
        poster = make_poster(video["fr"]["title"], video["axis"], f"{video['slug']}.png")
        common = {
            "video_url": video["url"],
            "duration": video["duration"],
            "poster": poster,
            "transcript_is_summary": True,
        }
        page = VideoPage.objects.child_of(index).filter(slug=video["slug"]).first()
        if page is None:
            page = VideoPage(slug=video["slug"], locale=index.locale, **common, **video["fr"])
            page.axes.set([axes[video["axis"]]])
            page.audiences.set([audiences[c] for c in video["audiences"] if c in audiences])
            index.add_child(instance=page)
            page.save_revision().publish()
            log(f"  + VideoPage « {page.title} »")
        ensure_translation(page, log=log, slug=video["slug"], **video["en"])
