"""The training catalogue and two modules written from the seeds.

« Le partenariat en contexte d’organisation des soins et services » is the managers'
session given during management committee meetings (seed 003), with seed 001's team
exercise; « Impliquer un usager-ressource dans un projet » follows the IUCPQ project
(seed 004). Tools and videos are looked up by slug and skipped when absent.
"""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page

from core.pagetree import ensure_pair, ensure_translation, french, get_home
from formations.models import TrainingIndexPage, TrainingModulePage
from vocabulary.models import Audience, Axis

ORDER = 40


def _page(slug):
    return Page.objects.filter(slug=slug, locale=french()).first()


def _activity(title, duration, kind, description="", page_slug=None, notes=""):
    return (
        "activity",
        {
            "title": title,
            "duration": duration,
            "kind": kind,
            "description": description,
            "linked_page": _page(page_slug) if page_slug else None,
            "facilitator_notes": notes,
        },
    )


def _linked(tools, videos):
    items = [("video", p) for p in map(_page, videos) if p is not None]
    return items + [("tool", p) for p in map(_page, tools) if p is not None]


def _handout():
    """A small text handout of seed 001's team exercise (made here, no network)."""
    model = get_document_model()
    title = "Fiche d’exercice : cibles d’amélioration et obstacles"
    existing = model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    text = (
        "CIBLES D’AMÉLIORATION ET OBSTACLES DE CHAQUE ÉQUIPE\n\n"
        "En tant qu’équipe, comment voyez-vous :\n\n"
        "1. Vos cibles d’amélioration concernant le partenariat avec les usagers, "
        "les proches et la population ?\n\n\n\n"
        "2. Les obstacles posés par le développement de ce partenariat ?\n"
    )
    document = model(title=title)
    document.file.save("fiche-cibles-amelioration-obstacles.txt", ContentFile(text.encode()))
    document.save()
    return document


MANAGERS_EXERCISE_FR = (
    "exercise",
    {
        "title": "Cibles d’amélioration et obstacles de chaque équipe",
        "instructions": "<p>En équipe, répondez aux deux questions suivantes, puis mettez en "
        "commun.</p>",
        "questions": [
            "En tant qu’équipe, comment voyez-vous vos cibles d’amélioration concernant le "
            "partenariat avec les usagers, les proches et la population ?",
            "En tant qu’équipe, comment voyez-vous les obstacles posés par le développement de "
            "ce partenariat ?",
        ],
    },
)
MANAGERS_EXERCISE_EN = (
    "exercise",
    {
        "title": "Each team’s improvement targets and obstacles",
        "instructions": "<p>As a team, answer the two questions below, then share.</p>",
        "questions": [
            "As a team, what are your improvement targets for partnership with users, families "
            "and the population?",
            "As a team, what obstacles does developing this partnership raise?",
        ],
    },
)


def managers_agenda(english=False):
    a = _activity
    if english:
        return [
            a("Welcome and objectives", 5, "presentation"),
            a("Why partnership?", 15, "presentation",
              "<p>Values (humanism, collaboration, equity) and the demonstrated benefits of "
              "partnership.</p>",
              notes="<p>Start from users’ current expectations: a quality experience, "
              "personalised care, support for their autonomy, improving services WITH them.</p>"),
            a("The three axes, on video", 15, "video",
              "<p>Video: the user as a collaborator in improvement (6 min 3 s).</p>",
              "usager-collaborateur-en-amelioration",
              notes="<p>The player loads from YouTube only when clicked: test it on the room’s "
              "network before the meeting.</p>"),
            a("Partnership in organising care and services", 15, "presentation",
              "<p>Seize the opportunities and support each management: co-construction with "
              "users’ committees, a network of partnership ambassadors, practical tools.</p>",
              notes="<p>CISSS du Bas-Saint-Laurent example: 16 partnership projects under way in "
              "6 different managements.</p>"),
            a("Team exercise: improvement targets and obstacles", 25, "exercise",
              "<p>In small teams, then shared.</p>", "exercice-cibles-amelioration-obstacles",
              notes="<p>Form groups of 3 to 5 managers; write the answers where everyone can "
              "see them and keep them for the follow-up.</p>"),
            a("Tools for success and next steps", 10, "discussion",
              "<p>The tool bank and the advice and support offered to plan the recruitment "
              "and integration of partner users.</p>", "plan-integration-usager-ressource",
              notes="<p>Invite each manager to name one improvement project that could "
              "include a partner user.</p>"),
            a("Evaluation and closing", 5, "discussion"),
        ]  # fmt: skip
    return [
        a("Accueil et objectifs", 5, "presentation"),
        a("Pourquoi le partenariat ?", 15, "presentation",
          "<p>Les valeurs (humanisme, collaboration, équité) et les bénéfices démontrés du "
          "partenariat.</p>",
          notes="<p>Partir des attentes actuelles des usagers : une expérience de qualité, des "
          "soins personnalisés, le soutien de leur autonomie, améliorer les services AVEC "
          "eux.</p>"),
        a("Les trois axes en vidéo", 15, "video",
          "<p>Vidéo : l’usager collaborateur en amélioration (6 min 03 s).</p>",
          "usager-collaborateur-en-amelioration",
          notes="<p>Le lecteur se charge de YouTube seulement au clic : essayez-le sur le "
          "réseau de la salle avant la rencontre.</p>"),
        a("Le partenariat en contexte d’organisation des soins et services", 15, "presentation",
          "<p>Saisir les occasions et accompagner chaque direction : co-construction avec les "
          "comités des usagers, réseau d’ambassadeurs du partenariat, outils pratiques.</p>",
          notes="<p>Exemple du CISSS du Bas-Saint-Laurent : 16 projets de partenariat en cours "
          "dans 6 directions différentes.</p>"),
        a("Exercice d’équipe : cibles d’amélioration et obstacles", 25, "exercise",
          "<p>En sous-groupes, puis mise en commun.</p>", "exercice-cibles-amelioration-obstacles",
          notes="<p>Former des sous-groupes de 3 à 5 gestionnaires ; noter les réponses à la "
          "vue de tous et les conserver pour le suivi.</p>"),
        a("Des outils pour réussir et les prochaines étapes", 10, "discussion",
          "<p>La banque d’outils et le soutien-conseil offert pour planifier le recrutement et "
          "l’intégration des usagers partenaires.</p>", "plan-integration-usager-ressource",
          notes="<p>Inviter chaque gestionnaire à nommer un projet d’amélioration qui pourrait "
          "inclure un usager partenaire.</p>"),
        a("Évaluation et clôture", 5, "discussion"),
    ]  # fmt: skip


TEAMS_EXERCISE_FR = (
    "exercise",
    {
        "title": "Préparer l’intégration d’un usager-ressource",
        "instructions": "<p>À partir d’un projet réel de votre équipe :</p>",
        "questions": [
            "Quel est le besoin du projet et quel savoir expérientiel recherchez-vous ?",
            "Quel rôle l’usager-ressource jouera-t-il, et à quelles rencontres participera-t-il ?",
            "Qui, dans l’équipe, l’accueillera et le soutiendra (employé-partenaire) ?",
            "Comment garder le plan d’intégration simple et favoriser la rétention de "
            "l’usager-ressource ?",
        ],
    },
)
TEAMS_EXERCISE_EN = (
    "exercise",
    {
        "title": "Preparing the integration of a resource user",
        "instructions": "<p>Using a real project of your team:</p>",
        "questions": [
            "What does the project need, and what experiential knowledge are you looking for?",
            "What role will the resource user play, and which meetings will they attend?",
            "Who in the team will welcome and support them (partner employee)?",
            "How will you keep the integration plan simple and help retain the resource user?",
        ],
    },
)


def teams_agenda(english=False):
    a = _activity
    if english:
        return [
            a("Welcome, round table and objectives", 10, "presentation"),
            a("An institution’s project: vision and objectives", 20, "presentation",
              "<p>Users’ involvement complements the staff’s work and contributes to the "
              "continuous improvement of care and services.</p>",
              notes="<p>IUCPQ context: a 2017 evaluation showed partnership practices were not "
              "optimally integrated; 19 projects were then led in partnership (2019 to "
              "2021).</p>"),
            a("Video: the user as a collaborator in improvement", 10, "video", "",
              "usager-collaborateur-en-amelioration"),
            a("The method: analyse the need, recruit, integrate", 30, "presentation",
              "<p>The « involving a user » method, the resource-user status and the "
              "partner-employee role.</p>", "recrutement-usager-partenaire",
              notes="<p>Stress recruitment for topics far from clinical care (governance): "
              "it is the hardest.</p>"),
            a("Break", 10, "break"),
            a("Exercise: preparing the integration plan", 35, "exercise",
              "<p>In project teams.</p>", "plan-integration-usager-ressource",
              notes="<p>Ask each team to name its partner employee before it leaves.</p>"),
            a("Issues and challenges: recruitment and retention", 15, "discussion",
              notes="<p>Also discuss the partnership office’s capacity to meet growing "
              "demand.</p>"),
            a("Evaluation and closing", 5, "discussion"),
        ]  # fmt: skip
    return [
        a("Accueil, tour de table et objectifs", 10, "presentation"),
        a("Le projet d’un établissement : vision et objectifs", 20, "presentation",
          "<p>L’implication des usagers est un complément important au travail des membres du "
          "personnel et contribue à l’amélioration continue des soins et des services.</p>",
          notes="<p>Contexte de l’IUCPQ : une évaluation de 2017 a montré que les pratiques de "
          "partenariat n’étaient pas intégrées de façon optimale ; 19 projets ont ensuite été "
          "menés en partenariat (2019 à 2021).</p>"),
        a("Vidéo : l’usager collaborateur en amélioration", 10, "video", "",
          "usager-collaborateur-en-amelioration"),
        a("La méthode : analyser le besoin, recruter, intégrer", 30, "presentation",
          "<p>La méthodologie « impliquer un usager », le statut d’usager-ressource et le rôle "
          "d’employé-partenaire.</p>", "recrutement-usager-partenaire",
          notes="<p>Insister sur le recrutement pour des volets loin du clinique (gouvernance) : "
          "c’est le plus difficile.</p>"),
        a("Pause", 10, "break"),
        a("Exercice : préparer le plan d’intégration", 35, "exercise",
          "<p>Par équipe de projet.</p>", "plan-integration-usager-ressource",
          notes="<p>Demander à chaque équipe de nommer son employé-partenaire avant de "
          "partir.</p>"),
        a("Enjeux et défis : recrutement et rétention", 15, "discussion",
          notes="<p>Aborder aussi la capacité du Bureau du partenariat à répondre à la "
          "demande grandissante.</p>"),
        a("Évaluation et clôture", 5, "discussion"),
    ]  # fmt: skip


def load(log):
    home = get_home()
    if home is None:
        return
    index, _ = ensure_pair(
        home,
        TrainingIndexPage,
        "formations",
        fr={
            "title": "Formations",
            "show_in_menus": True,
            "introduction": "<p>Des modules pour animer des séances sur le partenariat avec les "
            "usagers : objectifs, déroulement, exercices et matériel.</p>",
        },
        en={
            "title": "Trainings",
            "slug": "trainings",
            "introduction": "<p>Modules for running sessions on partnership with users: "
            "objectives, agenda, exercises and materials.</p>",
        },
        log=log,
    )
    axes = {a.code: a for a in Axis.objects.all()}
    audiences = {a.code: a for a in Audience.objects.all()}

    managers = ensure_module(
        index,
        "partenariat-organisation-soins-services",
        axes=[axes[c] for c in ("care", "experience", "improvement")],
        audiences=[audiences["managers"]],
        fr={
            "title": "Le partenariat en contexte d’organisation des soins et services",
            "summary": "Une séance offerte aux gestionnaires à même leurs rencontres de comité "
            "de gestion, pour sensibiliser aux bienfaits du partenariat et inclure des usagers "
            "partenaires dans les projets d’amélioration continue.",
            "delivery_format": "in_person",
            "objectives": "<ul><li>Situer le partenariat avec les usagers, les proches et la "
            "population, et ses trois axes.</li><li>Reconnaître les bénéfices d’inclure des "
            "usagers partenaires dans un comité de projet d’amélioration continue.</li><li>"
            "Connaître les outils pratiques qui permettent de réussir une démarche de "
            "partenariat.</li><li>Cibler, en équipe, des améliorations et les obstacles.</li>"
            "</ul>",
            "prerequisites": "<p>Aucun. Inscrire la séance à l’ordre du jour d’une rencontre du "
            "comité de gestion.</p>",
            "agenda": managers_agenda(),
            "exercises": [MANAGERS_EXERCISE_FR],
            "materials": [("material", {"kind": "handout", "document": _handout()})],
            "linked_pages": _linked(
                [
                    "exercice-cibles-amelioration-obstacles",
                    "roles-attendus-du-personnel",
                    "plan-integration-usager-ressource",
                ],
                [
                    "usager-partenaire-de-ses-soins",
                    "usager-temoin-de-son-vecu",
                    "usager-collaborateur-en-amelioration",
                ],
            ),  # fmt: skip
            "evaluation": "<p>À la fin de la séance, un court questionnaire : ce que chaque "
            "gestionnaire retient et ce qu’il compte faire. Quelques mois plus tard, un suivi "
            "auprès des directions : les projets d’amélioration qui incluent un usager "
            "partenaire.</p>",
        },
        en={
            "title": "Partnership in organising care and services",
            "summary": "A session given to managers during their management committee "
            "meetings, to show the benefits of partnership and include partner users in "
            "continuous improvement projects.",
            "objectives": "<ul><li>Place partnership with users, families and the population, "
            "and its three axes.</li><li>Recognise the benefits of including partner users in "
            "a continuous improvement project committee.</li><li>Know the practical tools for "
            "a successful partnership.</li><li>As a team, name improvement targets and "
            "obstacles.</li></ul>",
            "prerequisites": "<p>None. Put the session on a management committee meeting’s "
            "agenda.</p>",
            "agenda": managers_agenda(english=True),
            "exercises": [MANAGERS_EXERCISE_EN],
            "evaluation": "<p>At the end of the session, a short questionnaire: what each "
            "manager takes away and plans to do. A few months later, a follow-up with the "
            "managements: the improvement projects that include a partner user.</p>",
        },
        log=log,
    )
    teams = ensure_module(
        index,
        "impliquer-usager-ressource-projet",
        axes=[axes["improvement"]],
        audiences=[audiences[c] for c in ("clinicians", "managers", "patient-partners")],
        fr={
            "title": "Impliquer un usager-ressource dans un projet",
            "summary": "Pour les équipes qui veulent intégrer un usager-ressource dans un projet "
            "ponctuel ou un comité : la méthode, les rôles et le plan d’intégration.",
            "delivery_format": "virtual",
            "objectives": "<ul><li>Expliquer la valeur ajoutée du savoir expérientiel des "
            "usagers.</li><li>Appliquer la méthodologie « impliquer un usager » : analyser le "
            "besoin, recruter, intégrer.</li><li>Préparer le plan d’intégration d’un "
            "usager-ressource.</li></ul>",
            "prerequisites": "<p>Avoir un projet d’amélioration en cours ou prévu.</p>",
            "agenda": teams_agenda(),
            "exercises": [TEAMS_EXERCISE_FR],
            "linked_pages": _linked(
                [
                    "plan-integration-usager-ressource",
                    "recrutement-usager-partenaire",
                    "co-construction-comite-usagers",
                ],
                ["usager-collaborateur-en-amelioration"],
            ),  # fmt: skip
            "evaluation": "<p>Un tour de table à la fin : ce que chaque équipe fera dans son "
            "projet. Les équipes donnent des nouvelles de l’intégration de leur usager-ressource "
            "au Bureau du partenariat.</p>",
        },
        en={
            "title": "Involving a resource user in a project",
            "summary": "For teams that want to bring a resource user into a one-off project or "
            "a committee: the method, the roles and the integration plan.",
            "objectives": "<ul><li>Explain the added value of users’ experiential knowledge."
            "</li><li>Apply the « involving a user » method: analyse the need, recruit, "
            "integrate.</li><li>Prepare a resource user’s integration plan.</li></ul>",
            "prerequisites": "<p>Have an improvement project under way or planned.</p>",
            "agenda": teams_agenda(english=True),
            "exercises": [TEAMS_EXERCISE_EN],
            "evaluation": "<p>A round table at the end: what each team will do in its project. "
            "Teams report to the partnership office on how their resource user’s integration "
            "goes.</p>",
        },
        log=log,
    )
    return managers, teams


def ensure_module(index, slug, axes, audiences, fr, en, log):
    page = TrainingModulePage.objects.child_of(index).filter(slug=slug).first()
    if page is None:
        page = TrainingModulePage(slug=slug, locale=index.locale, **fr)
        page.axes.set(axes)
        page.audiences.set(audiences)
        index.add_child(instance=page)
        page.save_revision().publish()
        log(f"  + TrainingModulePage « {page.title} »")
    ensure_translation(page, log=log, slug=slug, **en)
    return page
