# ruff: noqa: E501 (one tool per block reads best)
"""The tool bank (FR + EN) and about 25 tools drawn from the practices in the seeds.

Sources: the CISSS de Chaudière-Appalaches policy (roles expected of staff, the team
exercise on improvement targets and obstacles, support to analyse the need, plan the
recruitment and integrate users), the CIUSSS de la Capitale-Nationale integrated model
(partner approach, experience evaluation, users' and residents' committees), the CISSS
du Bas-Saint-Laurent deployment (co-construction with users' committees, ambassadors,
manager trainings) and the IUCPQ project (resource users, employee-partner, « impliquer
un usager » methodology, integration plan).
"""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.pagetree import child_by_slug, ensure_translation, get_home
from home.models import HomeFeaturedPage
from outils.models import ToolDocument, ToolIndexPage, ToolPage, ToolRelatedTool
from vocabulary.models import Audience, Axis, ToolType

ORDER = 20

CISSS_CA = "CISSS de Chaudière-Appalaches"
CIUSSS_CN = "CIUSSS de la Capitale-Nationale"
CISSS_BSL = "CISSS du Bas-Saint-Laurent"
IUCPQ = "Institut universitaire de cardiologie et de pneumologie de Québec"

# slug, en_slug, type, axes, audiences, tags, languages, staff_only, year, source,
# (fr title, fr summary, fr when), (en title, en summary, en when), steps fr, steps en
TOOLS = [
    dict(
        slug="plan-integration-usager-ressource",
        en_slug="resource-user-integration-plan",
        type="template",
        axes=["improvement"],
        audiences=["managers", "patient-partners"],
        tags=["intégration", "usager-ressource", "accueil"],
        langs="fr",
        staff=False,
        year=2021,
        source=IUCPQ,
        fr=(
            "Plan d’intégration d’un usager-ressource",
            "Un gabarit pour planifier l’accueil, le soutien et le suivi d’un usager-ressource qui se joint à un projet ou à un comité.",
            "Dès qu’un usager-ressource est recruté, avant la première rencontre du projet.",
        ),
        en=(
            "Resource user integration plan",
            "A template to plan the welcome, support and follow-up of a resource user joining a project or a committee.",
            "As soon as a resource user is recruited, before the project’s first meeting.",
        ),
        steps_fr=[
            ("Accueillir", "Présenter l’équipe, le projet et le rôle attendu."),
            ("Soutenir", "Nommer une personne-ressource et prévoir les documents à l’avance."),
            ("Faire le suivi", "Faire le point après les premières rencontres."),
        ],
        steps_en=[
            ("Welcome", "Introduce the team, the project and the expected role."),
            ("Support", "Name a contact person and send documents ahead of time."),
            ("Follow up", "Take stock after the first meetings."),
        ],
    ),
    dict(
        slug="recrutement-usager-partenaire",
        en_slug="recruiting-a-partner-user",
        type="guide",
        axes=["improvement"],
        audiences=["managers", "clinicians"],
        tags=["recrutement", "usager partenaire"],
        langs="fr",
        staff=False,
        year=2021,
        source=IUCPQ,
        fr=(
            "Recruter un usager partenaire",
            "Les étapes pour définir le profil recherché, joindre des usagers et choisir la personne qui apportera son savoir expérientiel au projet.",
            "Quand un projet d’amélioration gagnerait à compter sur le point de vue d’un usager.",
        ),
        en=(
            "Recruiting a partner user",
            "The steps to define the profile you need, reach users and choose the person who will bring their experiential knowledge to the project.",
            "When an improvement project would benefit from a user’s point of view.",
        ),
        steps_fr=[
            ("Analyser le besoin", "Préciser le projet et la contribution attendue de l’usager."),
            (
                "Planifier le recrutement",
                "Décrire le profil et les moyens de joindre des candidats.",
            ),
            ("Réaliser l’intégration", "Accueillir l’usager et prévoir son soutien."),
        ],
        steps_en=[
            ("Analyse the need", "Clarify the project and what the user is expected to bring."),
            ("Plan the recruitment", "Describe the profile and how to reach candidates."),
            ("Carry out the integration", "Welcome the user and plan their support."),
        ],
    ),
    dict(
        slug="questionnaire-experience-usager",
        en_slug="user-experience-questionnaire",
        type="evaluation",
        axes=["experience"],
        audiences=["managers", "users-families"],
        tags=["expérience usager", "sondage", "qualité perçue"],
        langs="both",
        staff=False,
        year=2020,
        source=CIUSSS_CN,
        fr=(
            "Questionnaire sur l’expérience des usagers",
            "Un questionnaire pour mesurer la qualité perçue des soins et services et repérer des points d’amélioration avec les usagers et leurs proches.",
            "Pour connaître les effets vécus des mesures mises en place ou préparer un plan d’action.",
        ),
        en=(
            "User experience questionnaire",
            "A questionnaire to measure the perceived quality of care and services and find areas for improvement with users and their families.",
            "To learn how users experience the measures put in place, or to prepare an action plan.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="roles-attendus-du-personnel",
        en_slug="expected-roles-of-staff",
        type="factsheet",
        axes=["care", "improvement"],
        audiences=["clinicians", "physicians", "researchers"],
        tags=["rôles et responsabilités", "politique"],
        langs="fr",
        staff=False,
        year=2018,
        source=CISSS_CA,
        fr=(
            "Rôles attendus du personnel en partenariat",
            "Les rôles attendus des médecins, intervenants, sages-femmes, employés, chercheurs et stagiaires pour établir un partenariat avec les usagers et leurs proches.",
            "Pour situer sa pratique par rapport à la politique de partenariat ou accueillir un nouveau membre de l’équipe.",
        ),
        en=(
            "Roles expected of staff in partnership",
            "The roles expected of physicians, clinicians, midwives, employees, researchers and trainees to build a partnership with users and their families.",
            "To situate your practice against the partnership policy, or to welcome a new team member.",
        ),
        steps_fr=[
            (
                "Informer",
                "Donner toutes les informations requises et s’assurer de leur compréhension.",
            ),
            ("Considérer", "Tenir compte des attentes, besoins, valeurs et préférences."),
            ("Soutenir", "Soutenir l’usager dans ses prises de décision."),
            (
                "Impliquer",
                "Impliquer l’usager comme partenaire dans le choix et la réalisation des interventions.",
            ),
        ],
        steps_en=[
            ("Inform", "Give all the information needed and make sure it is understood."),
            ("Consider", "Take expectations, needs, values and preferences into account."),
            ("Support", "Support users in their decisions."),
            ("Involve", "Involve users as partners in choosing and carrying out interventions."),
        ],
    ),
    dict(
        slug="co-construction-comite-usagers",
        en_slug="co-construction-with-users-committees",
        type="guide",
        axes=["improvement"],
        audiences=["committees", "managers"],
        tags=["co-construction", "comité des usagers"],
        langs="fr",
        staff=False,
        year=2022,
        source=CISSS_BSL,
        fr=(
            "Co-construire avec les comités des usagers",
            "Comment créer des occasions de co-construction avec les comités des usagers et de résidents et consolider les liens avec l’établissement.",
            "Au lancement d’un projet qui touche l’organisation des soins et services.",
        ),
        en=(
            "Co-construction with users’ committees",
            "How to create opportunities to co-construct with users’ and residents’ committees and strengthen their ties with the institution.",
            "When launching a project about how care and services are organised.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="exercice-cibles-amelioration-obstacles",
        en_slug="improvement-targets-and-obstacles-exercise",
        type="template",
        axes=["improvement"],
        audiences=["managers", "clinicians"],
        tags=["animation", "équipe", "amélioration continue"],
        langs="fr",
        staff=False,
        year=2018,
        source=CISSS_CA,
        fr=(
            "Exercice d’équipe : cibles d’amélioration et obstacles",
            "Un exercice à animer en équipe : quelles sont vos cibles d’amélioration en partenariat avec les usagers, les proches et la population, et quels obstacles voyez-vous ?",
            "En rencontre d’équipe, pour amorcer une démarche de partenariat.",
        ),
        en=(
            "Team exercise: improvement targets and obstacles",
            "An exercise to run with your team: what are your improvement targets for partnership with users, families and the population, and what obstacles do you see?",
            "In a team meeting, to start a partnership approach.",
        ),
        steps_fr=[
            ("Cibles", "Chaque membre note les cibles d’amélioration de l’équipe."),
            ("Obstacles", "L’équipe nomme les obstacles au partenariat."),
            ("Priorités", "L’équipe retient deux ou trois actions."),
        ],
        steps_en=[
            ("Targets", "Each member writes down the team’s improvement targets."),
            ("Obstacles", "The team names the obstacles to partnership."),
            ("Priorities", "The team keeps two or three actions."),
        ],
    ),
    dict(
        slug="analyse-besoin-partenariat",
        en_slug="partnership-needs-analysis",
        type="checklist",
        axes=["improvement"],
        audiences=["managers"],
        tags=["soutien-conseil", "recrutement"],
        langs="fr",
        staff=True,
        year=2019,
        source=CISSS_CA,
        fr=(
            "Grille d’analyse du besoin de partenariat",
            "La grille interne du soutien-conseil pour analyser le besoin, planifier le recrutement et réaliser l’intégration d’usagers collaborateurs dans un projet d’amélioration.",
            "Avant de demander un usager partenaire pour un projet.",
        ),
        en=(
            "Partnership needs analysis grid",
            "The internal advisory grid to analyse the need, plan recruitment and integrate collaborating users into an improvement project.",
            "Before requesting a partner user for a project.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="statut-usager-ressource",
        en_slug="resource-user-status",
        type="factsheet",
        axes=["improvement"],
        audiences=["patient-partners", "managers"],
        tags=["usager-ressource", "reconnaissance"],
        langs="fr",
        staff=False,
        year=2021,
        source=IUCPQ,
        fr=(
            "Le statut d’usager-ressource",
            "Ce que signifie le statut d’usager-ressource : son rôle dans les projets ponctuels et les comités, et ce que l’établissement offre en retour.",
            "Pour présenter le rôle à un usager intéressé ou à une équipe.",
        ),
        en=(
            "The resource user status",
            "What the resource user status means: its role in short projects and committees, and what the institution offers in return.",
            "To present the role to an interested user or to a team.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="role-employe-partenaire",
        en_slug="employee-partner-role",
        type="factsheet",
        axes=["improvement"],
        audiences=["clinicians", "managers"],
        tags=["employé-partenaire", "rôles et responsabilités"],
        langs="fr",
        staff=True,
        year=2021,
        source=IUCPQ,
        fr=(
            "Le rôle d’employé-partenaire",
            "La fiche interne qui décrit le rôle d’employé-partenaire : accompagner l’usager-ressource dans l’équipe et faire le lien avec le Bureau du partenariat.",
            "Quand une équipe accueille un usager-ressource pour la première fois.",
        ),
        en=(
            "The employee-partner role",
            "The internal fact sheet describing the employee-partner role: supporting the resource user in the team and liaising with the partnership office.",
            "When a team welcomes a resource user for the first time.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="retention-usagers-ressources",
        en_slug="keeping-resource-users-involved",
        type="guide",
        axes=["improvement"],
        audiences=["managers"],
        tags=["usager-ressource", "rétention"],
        langs="fr",
        staff=True,
        year=2022,
        source=IUCPQ,
        fr=(
            "Garder l’engagement des usagers-ressources",
            "Des pistes internes pour la rétention des usagers-ressources : un plan d’intégration à la mesure du projet, de la reconnaissance et un suivi régulier.",
            "Quand des usagers-ressources se retirent des projets ou que le plan d’intégration semble imposant.",
        ),
        en=(
            "Keeping resource users involved",
            "Internal ideas to keep resource users involved: an integration plan sized to the project, recognition and regular follow-up.",
            "When resource users drop out of projects or the integration plan feels heavy.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="aide-memoire-decision-partagee",
        en_slug="shared-decision-checklist",
        type="checklist",
        axes=["care"],
        audiences=["clinicians", "physicians", "users-families"],
        tags=["décision partagée", "soins"],
        langs="both",
        staff=False,
        year=2019,
        source=CISSS_CA,
        fr=(
            "Aide-mémoire de la décision partagée",
            "Les questions à se poser avec l’usager pour une prise de décision partagée et éclairée sur ses soins et services.",
            "Lors d’un choix de traitement ou d’intervention.",
        ),
        en=(
            "Shared decision-making checklist",
            "The questions to go through with the user for a shared and informed decision about their care and services.",
            "When choosing a treatment or an intervention.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="preparer-ma-rencontre",
        en_slug="preparing-my-appointment",
        type="form",
        axes=["care"],
        audiences=["users-families"],
        tags=["soins", "préparation"],
        langs="fr",
        staff=False,
        year=2020,
        source=CIUSSS_CN,
        fr=(
            "Préparer ma rencontre avec l’équipe",
            "Un formulaire que l’usager ou ses proches remplissent avant un rendez-vous : questions, attentes et préférences à discuter avec l’équipe.",
            "Quelques jours avant un rendez-vous ou une rencontre d’équipe.",
        ),
        en=(
            "Preparing my appointment with the team",
            "A form users or their families fill in before an appointment: questions, expectations and preferences to discuss with the team.",
            "A few days before an appointment or a team meeting.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="attentes-besoins-valeurs",
        en_slug="expectations-needs-values",
        type="checklist",
        axes=["care"],
        audiences=["clinicians"],
        tags=["soins", "préférences"],
        langs="fr",
        staff=False,
        year=2019,
        source=CISSS_CA,
        fr=(
            "Considérer les attentes, besoins, valeurs et préférences",
            "Un aide-mémoire pour recueillir ce qui compte pour l’usager et en tenir compte dans le plan d’intervention.",
            "À l’évaluation initiale et à chaque révision du plan d’intervention.",
        ),
        en=(
            "Considering expectations, needs, values and preferences",
            "A checklist to gather what matters to the user and take it into account in the intervention plan.",
            "At the initial assessment and whenever the intervention plan is reviewed.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="verifier-comprehension",
        en_slug="checking-understanding",
        type="checklist",
        axes=["care"],
        audiences=["clinicians", "physicians"],
        tags=["communication", "soins"],
        langs="fr",
        staff=False,
        year=2020,
        source=CISSS_CA,
        fr=(
            "S’assurer de la compréhension de l’usager",
            "Des façons simples de vérifier que l’usager et ses proches ont bien compris l’information nécessaire à leur prise en charge personnelle.",
            "Après avoir donné une information importante ou un enseignement.",
        ),
        en=(
            "Checking that the user understood",
            "Simple ways to check that users and their families understood the information they need to manage their own care.",
            "After giving important information or teaching.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="plan-action-experience",
        en_slug="experience-action-plan",
        type="template",
        axes=["experience"],
        audiences=["managers"],
        tags=["expérience usager", "plan d’action"],
        langs="fr",
        staff=False,
        year=2021,
        source=CIUSSS_CN,
        fr=(
            "Gabarit de plan d’action à partir de l’expérience des usagers",
            "Transformer les résultats de l’évaluation de l’expérience en actions concrètes, avec les responsables et les échéances.",
            "Après un sondage ou un groupe de discussion sur l’expérience.",
        ),
        en=(
            "Action plan template from user experience",
            "Turn the results of an experience evaluation into concrete actions, with owners and deadlines.",
            "After a survey or a focus group about experience.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="groupe-discussion-experience",
        en_slug="experience-focus-group",
        type="guide",
        axes=["experience"],
        audiences=["managers", "researchers"],
        tags=["expérience usager", "groupe de discussion"],
        langs="fr",
        staff=False,
        year=2020,
        source=CIUSSS_CN,
        fr=(
            "Animer un groupe de discussion sur l’expérience",
            "Préparer, animer et analyser un groupe de discussion avec des usagers et des proches pour comprendre leur expérience réelle.",
            "Quand un questionnaire ne suffit pas à comprendre ce que vivent les usagers.",
        ),
        en=(
            "Running an experience focus group",
            "Prepare, run and analyse a focus group with users and families to understand what they actually experience.",
            "When a questionnaire is not enough to understand what users go through.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="mesurer-qualite-percue",
        en_slug="measuring-perceived-quality",
        type="evaluation",
        axes=["experience"],
        audiences=["managers", "committees"],
        tags=["qualité perçue", "indicateurs"],
        langs="fr",
        staff=False,
        year=2021,
        source=CIUSSS_CN,
        fr=(
            "Mesurer la qualité perçue",
            "Des indicateurs et une méthode pour mesurer la qualité perçue et suivre l’effet des améliorations dans le temps.",
            "Pour renforcer ou maintenir les activités qui favorisent la qualité attendue.",
        ),
        en=(
            "Measuring perceived quality",
            "Indicators and a method to measure perceived quality and follow the effect of improvements over time.",
            "To strengthen or maintain the activities that support the expected quality.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="satisfaction-comite-usagers",
        en_slug="users-committee-satisfaction-survey",
        type="evaluation",
        axes=["experience"],
        audiences=["committees"],
        tags=["comité des usagers", "satisfaction"],
        langs="fr",
        staff=False,
        year=2020,
        source=CIUSSS_CN,
        fr=(
            "Évaluer la satisfaction : outil des comités des usagers",
            "Un outil pour aider les comités des usagers et de résidents à évaluer le degré de satisfaction à l’égard des soins et services.",
            "Une fois par année, ou après un changement important dans les services.",
        ),
        en=(
            "Assessing satisfaction: a tool for users’ committees",
            "A tool to help users’ and residents’ committees assess satisfaction with care and services.",
            "Once a year, or after a major change in services.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="droits-des-usagers",
        en_slug="users-rights",
        type="factsheet",
        axes=["care", "experience"],
        audiences=["committees", "users-families"],
        tags=["droits", "comité des usagers"],
        langs="both",
        staff=False,
        year=2019,
        source=CIUSSS_CN,
        fr=(
            "Connaître et défendre les droits des usagers",
            "Une fiche pour promouvoir et défendre les droits des usagers et l’amélioration de leurs conditions de vie.",
            "Pour informer un usager, un proche ou un nouveau membre de comité.",
        ),
        en=(
            "Knowing and defending users’ rights",
            "A fact sheet to promote and defend users’ rights and the improvement of their living conditions.",
            "To inform a user, a family member or a new committee member.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="reseau-ambassadeurs-partenariat",
        en_slug="partnership-ambassadors-network",
        type="guide",
        axes=["improvement"],
        audiences=["managers"],
        tags=["ambassadeurs", "déploiement"],
        langs="fr",
        staff=True,
        year=2022,
        source=CISSS_BSL,
        fr=(
            "Réseau d’ambassadeurs du partenariat",
            "Le guide interne du bureau de partenariat décentralisé : rôle des ambassadeurs dans les directions et soutien méthodologique offert.",
            "Quand une direction désigne un ambassadeur du partenariat.",
        ),
        en=(
            "Partnership ambassadors network",
            "The internal guide to the decentralised partnership office: the ambassadors’ role in each directorate and the methodological support offered.",
            "When a directorate appoints a partnership ambassador.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="presentation-comite-de-gestion",
        en_slug="management-committee-presentation",
        type="presentation",
        axes=["improvement", "care"],
        audiences=["managers"],
        tags=["formation", "gestionnaires"],
        langs="fr",
        staff=True,
        year=2022,
        source=CISSS_BSL,
        fr=(
            "Présentation pour les comités de gestion",
            "La présentation interne utilisée pour former les gestionnaires à même leurs rencontres de comité de gestion.",
            "Pour sensibiliser un comité de gestion aux bienfaits du partenariat.",
        ),
        en=(
            "Presentation for management committees",
            "The internal presentation used to train managers during their management committee meetings.",
            "To show a management committee the benefits of partnership.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="video-usager-partenaire-de-ses-soins",
        en_slug="video-user-partner-in-care",
        type="video",
        axes=["care"],
        audiences=["users-families", "clinicians"],
        tags=["vidéo", "soins"],
        langs="fr",
        staff=False,
        year=2018,
        source=CISSS_CA,
        link="https://youtu.be/onMCM7J5NR4",
        fr=(
            "Vidéo : l’usager partenaire de ses soins et services",
            "Une vidéo de cinq minutes qui présente l’usager partenaire de ses soins et services.",
            "Pour lancer une discussion d’équipe ou accueillir un nouvel employé.",
        ),
        en=(
            "Video: the user as partner in their care",
            "A five-minute video presenting the user as partner in their own care and services.",
            "To open a team discussion or welcome a new employee.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="video-usager-collaborateur-amelioration",
        en_slug="video-user-collaborator-in-improvement",
        type="video",
        axes=["improvement"],
        audiences=["managers", "patient-partners"],
        tags=["vidéo", "amélioration continue"],
        langs="fr",
        staff=False,
        year=2018,
        source=CISSS_CA,
        link="https://www.youtube.com/watch?v=jQeRoDwIEj4",
        fr=(
            "Vidéo : l’usager collaborateur en amélioration",
            "Une vidéo de six minutes sur la contribution des usagers, par leur savoir, à l’amélioration des services.",
            "Avant d’intégrer un usager à un comité d’amélioration continue.",
        ),
        en=(
            "Video: the user as collaborator in improvement",
            "A six-minute video on how users contribute their knowledge to improving services.",
            "Before bringing a user onto a continuous improvement committee.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="reconnaitre-savoir-experientiel",
        en_slug="recognising-experiential-knowledge",
        type="factsheet",
        axes=["improvement"],
        audiences=["patient-partners", "clinicians"],
        tags=["savoir expérientiel", "reconnaissance"],
        langs="fr",
        staff=False,
        year=2021,
        source=CIUSSS_CN,
        fr=(
            "Reconnaître le savoir expérientiel",
            "Pourquoi et comment reconnaître le savoir expérientiel de l’usager comme essentiel et complémentaire aux savoirs des autres membres de l’équipe.",
            "Quand une équipe accueille un usager partenaire dans ses travaux.",
        ),
        en=(
            "Recognising experiential knowledge",
            "Why and how to recognise the user’s experiential knowledge as essential and complementary to the knowledge of other team members.",
            "When a team welcomes a partner user into its work.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="bilan-projet-partenariat",
        en_slug="partnership-project-review",
        type="template",
        axes=["improvement"],
        audiences=["managers", "researchers"],
        tags=["bilan", "retombées"],
        langs="fr",
        staff=False,
        year=2022,
        source=IUCPQ,
        fr=(
            "Gabarit de bilan d’un projet mené en partenariat",
            "Documenter les retombées d’un projet mené avec des usagers : ce qui a changé pour les usagers, pour l’équipe et pour les pratiques.",
            "À la fin d’un projet, pour en partager les apprentissages.",
        ),
        en=(
            "Partnership project review template",
            "Document the outcomes of a project carried out with users: what changed for users, for the team and for practices.",
            "At the end of a project, to share what was learned.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="engagement-confidentialite-usager",
        en_slug="user-confidentiality-agreement",
        type="form",
        axes=["improvement"],
        audiences=["patient-partners"],
        tags=["confidentialité", "intégration"],
        langs="fr",
        staff=True,
        year=2021,
        source=IUCPQ,
        fr=(
            "Formulaire d’engagement et de confidentialité",
            "Le formulaire interne que l’usager-ressource signe à son arrivée dans un comité : engagement, confidentialité et coordonnées du répondant.",
            "À la première rencontre d’un usager-ressource dans un comité.",
        ),
        en=(
            "Commitment and confidentiality form",
            "The internal form a resource user signs when joining a committee: commitment, confidentiality and the contact person’s details.",
            "At a resource user’s first committee meeting.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
    dict(
        slug="guide-recherche-partenariat",
        en_slug="partnership-research-guide",
        type="guide",
        axes=["improvement", "experience"],
        audiences=["researchers"],
        tags=["recherche", "innovation"],
        langs="en",
        staff=False,
        year=2020,
        source=CIUSSS_CN,
        fr=(
            "Impliquer des usagers dans un projet de recherche",
            "Un guide (en anglais) pour associer des usagers partenaires aux projets de recherche et d’innovation, de la question de recherche à la diffusion.",
            "Dès la conception d’un projet de recherche.",
        ),
        en=(
            "Involving users in a research project",
            "A guide to involving partner users in research and innovation projects, from the research question to dissemination.",
            "From the design of a research project onwards.",
        ),
        steps_fr=[],
        steps_en=[],
    ),
]

RELATED = {
    "plan-integration-usager-ressource": [
        "recrutement-usager-partenaire",
        "statut-usager-ressource",
    ],
    "recrutement-usager-partenaire": [
        "plan-integration-usager-ressource",
        "analyse-besoin-partenariat",
    ],
    "questionnaire-experience-usager": ["plan-action-experience"],
}

# Tiny documents written in code so downloads work offline and in tests.
PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
    b"/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
    b"4 0 obj<</Length 60>>stream\nBT /F1 18 Tf 72 720 Td (Plan d'integration - gabarit) Tj ET\n"
    b"endstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
DOCUMENTS = {
    "plan-integration-usager-ressource": (
        "Gabarit — plan d’intégration d’un usager-ressource",
        "plan-integration-usager-ressource.pdf",
        PDF_BYTES,
    ),
    "analyse-besoin-partenariat": (
        "Grille interne — analyse du besoin de partenariat",
        "grille-analyse-besoin.txt",
        "Grille d’analyse du besoin (usage interne)\n\n1. Quel est le projet ?\n"
        "2. Quelle contribution attend-on de l’usager ?\n3. Quel profil recherche-t-on ?\n".encode(),
    ),
}


def _body(summary, steps, heading):
    blocks = [{"type": "paragraph", "value": f"<p>{summary}</p>"}]
    if steps:
        blocks.append(
            {
                "type": "steps",
                "value": {
                    "heading": heading,
                    "steps": [{"title": t, "text": f"<p>{text}</p>"} for t, text in steps],
                },
            }
        )
    return blocks


def ensure_index(log=None):
    """The tool bank under each home page (FR « outils », EN « tools»)."""
    home_fr = get_home()
    if home_fr is None:
        return None, None
    index = child_by_slug(home_fr, "outils")
    if index is None:
        index = ToolIndexPage(
            title="Banque d’outils",
            slug="outils",
            locale=home_fr.locale,
            show_in_menus=True,
            introduction="<p>Des outils pour impliquer les usagers et leurs proches : filtrez par axe, "
            "public et type, ou cherchez par mot-clé.</p>",
        )
        home_fr.add_child(instance=index)
        index.save_revision().publish()
        index.refresh_from_db()
        if log:
            log("  + ToolIndexPage « Banque d’outils » (/fr/outils/)")
    index_en, _ = ensure_translation(
        index,
        log=log,
        title="Tool bank",
        slug="tools",
        introduction="<p>Tools to involve users and their families: filter by axis, audience and "
        "type, or search by keyword.</p>",
    )
    return index, index_en


def _document(slug):
    title, filename, content = DOCUMENTS[slug]
    Document = get_document_model()
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save(filename, ContentFile(content), save=False)
        document.file_size = len(content)
        document.save()
    return document


def load(log):
    index, _index_en = ensure_index(log)
    if index is None:
        return
    axes = {a.code: a for a in Axis.objects.all()}
    audiences = {a.code: a for a in Audience.objects.all()}
    types = {t.code: t for t in ToolType.objects.all()}
    pages = {}
    for spec in TOOLS:
        page = child_by_slug(index, spec["slug"])
        if page is None:
            title, summary, when = spec["fr"]
            page = ToolPage(
                title=title,
                slug=spec["slug"],
                locale=index.locale,
                summary=summary,
                when_to_use=f"<p>{when}</p>",
                body=_body(summary, spec["steps_fr"], "Comment procéder"),
                tool_type=types[spec["type"]],
                material_languages=spec["langs"],
                staff_only=spec["staff"],
                year=spec["year"],
                source_institution=spec["source"],
                external_url=spec.get("link", ""),
                source_id=f"demo-{spec['slug']}",
            )
            page.axes = [axes[c] for c in spec["axes"]]
            page.audiences = [audiences[c] for c in spec["audiences"]]
            page.tags.add(*spec["tags"])
            if spec["slug"] in DOCUMENTS:
                page.attached_documents = [ToolDocument(document=_document(spec["slug"]))]
            index.add_child(instance=page)
            page.save_revision().publish()
            page.refresh_from_db()
            log(f"  + ToolPage « {title} »{' (personnel)' if spec['staff'] else ''}")
        pages[spec["slug"]] = page
    # Editor-chosen related tools, once both ends exist (then the English copies).
    for slug, others in RELATED.items():
        page = pages[slug]
        if page.related_tool_links.exists():
            continue
        page.related_tool_links = [ToolRelatedTool(tool=pages[o]) for o in others if o in pages]
        page.save_revision().publish()
    for spec in TOOLS:
        title, summary, when = spec["en"]
        ensure_translation(
            pages[spec["slug"]],
            log=log,
            title=title,
            slug=spec["en_slug"],
            summary=summary,
            when_to_use=f"<p>{when}</p>",
            body=_body(summary, spec["steps_en"], "How to proceed"),
        )
    _feature_on_home(index, pages)


def _feature_on_home(index, pages):
    """Point the home page's call to action at the tool bank and feature three tools."""

    home = get_home()
    changed = False
    if home.call_to_action_page_id is None:
        home.call_to_action_page = index
        changed = True
    if not home.featured_pages.exists():
        featured = ["plan-integration-usager-ressource", "questionnaire-experience-usager",
                    "co-construction-comite-usagers"]  # fmt: skip
        home.featured_pages = [HomeFeaturedPage(page=pages[s]) for s in featured]
        changed = True
    if changed:
        home.save_revision().publish()
