"""The hub's demo content, written from the seeds (../shared/seeds/), French then English.

000: news on the adoption of the policy (CISSS de Chaudière-Appalaches); 001: the policy
in detail; 002: the integrated model (CIUSSS de la Capitale-Nationale); 003: deployment
at CISSS du Bas-Saint-Laurent; 004: the IUCPQ project. Figures are the seeds' own.
"""

import datetime

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from core.models import SiteSettings
from core.pagetree import english, ensure_page, ensure_pair, ensure_translation, french, get_home
from hub.models import (
    AxisPage,
    ContentPage,
    GlossaryPage,
    HubPage,
    IntegratedModelPage,
    MethodologyPage,
    NewsIndexPage,
    NewsPage,
    PolicyPage,
    ProjectIndexPage,
    ProjectPage,
    RequestFormField,
    RequestFormPage,
)
from vocabulary.models import Audience, Axis

ORDER = 50


def p(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def stream(block_type, values):
    return [{"type": block_type, "value": value} for value in values]


def items(*texts):
    return stream("item", [{"text": t} for t in texts])


# --- Policy (seed 001) ------------------------------------------------------------------

POLICY_FR = {
    "title": "Politique de partenariat avec les usagers, les proches et la population",
    "search_description": (
        "Pourquoi une politique, nos valeurs, les trois axes du partenariat, les rôles de "
        "chacun et les prochaines étapes."
    ),
    "introduction": p(
        "Adoptée en juin 2018 par le CISSS de Chaudière-Appalaches, la politique encadre le "
        "partenariat avec les usagers, leurs proches et la population, dans les soins et "
        "services directs comme dans leur organisation et leur amélioration."
    ),
    "why": p(
        "Le partenariat avec les usagers s’appuie sur les orientations du ministère, sur les "
        "normes d’agrément et sur la vision de l’établissement."
    ),
    "sources": stream(
        "source",
        [
            {
                "title": "Plan stratégique 2015-2020 du MSSS",
                "issuer": "Ministère de la Santé et des Services sociaux",
                "description": p(
                    "Le partenariat avec les usagers est un des principes structurants du "
                    "plan. Le MSSS considère la volonté des usagers :"
                )
                + ul(
                    "à préserver leur autonomie;",
                    "à être engagés dans leurs soins et services;",
                    "à être partie prenante du système de santé.",
                ),
            },
            {
                "title": (
                    "Cadre de référence sur l’approche de partenariat entre les usagers, leurs "
                    "proches et les acteurs en santé et services sociaux"
                ),
                "issuer": "MSSS, 2018",
                "description": p("Le cadre ministériel qui définit l’approche de partenariat."),
            },
            {
                "title": "Normes d’agrément",
                "issuer": "Une approche transversale",
                "description": p(
                    "Les normes d’agrément insistent sur la création d’une culture axée sur "
                    "les soins centrés sur l’usager et sa famille, et sur l’amélioration des "
                    "soins et services avec l’usager."
                ),
            },
        ],
    ),
    "vision": (
        "« Le CISSS de Chaudière-Appalaches place les usagers au cœur de la nouvelle "
        "organisation de services et les implique dans les décisions qui les concernent afin "
        "qu’ils vivent une expérience de soins et de services qui réponde à leurs besoins. »"
    ),
    "values": stream(
        "value",
        [
            {
                "name": "Humanisme",
                "introduction": "L’humanisme dans une culture de partenariat :",
                "principles": [
                    "Le respect de l’expérience et des savoirs",
                    "La reconnaissance que la personne est experte de sa condition",
                    "La prépondérance du consentement aux soins et aux services",
                    "Le réel partage du pouvoir décisionnel",
                    "Un comportement bienveillant de la part du personnel",
                ],
            },
            {
                "name": "Collaboration",
                "introduction": "La collaboration dans une culture de partenariat :",
                "principles": [
                    "Un réel espace participatif",
                    "La complémentarité des savoirs; la coconstruction",
                    "La confiance",
                    "Une communication adéquate",
                    "Le relationnel",
                    "Prise de décision partagée; prise de décision éclairée",
                ],
            },
            {
                "name": "Équité",
                "introduction": "L’équité dans une culture de partenariat :",
                "principles": [
                    "La prise en compte de l’opinion",
                    "Des services adaptés aux besoins de la personne",
                    "Des occasions de participation accessibles",
                    "Une représentativité de la population dans l’établissement",
                ],
            },
        ],
    ),
    "expectations": ul(
        "Pour respecter les attentes actuelles des usagers;",
        "Pour faire vivre une expérience de qualité aux usagers et à leurs proches : en "
        "personnalisant les soins et services, en soutenant l’autonomie des usagers, en "
        "améliorant les soins et services <strong>avec</strong> eux.",
    ),
    "goal": p(
        "Le but de la politique est d’encadrer et d’implanter les assises permettant de "
        "développer un partenariat optimal et significatif avec les usagers, les proches et la "
        "population :"
    )
    + ul(
        "dans les soins et services directs;",
        "dans l’organisation et l’amélioration des soins et services.",
    ),
    "definition": p(
        "Le partenariat se définit par une <strong>relation de collaboration</strong> entre "
        "l’établissement et, d’une part, les usagers et leurs proches, d’autre part, la "
        "population. Cette relation repose sur des objectifs communs, la confiance, la "
        "collaboration et la complémentarité.",
        "<strong>Partenariat = relation</strong> : l’expertise de l’intervenant et le savoir "
        "expérientiel de l’usager.",
    ),
    "users_partnership": p(
        "Pour favoriser ce partenariat, l’organisation s’appuie sur un modèle qui se décline "
        "en trois axes :"
    ),
    "axes": stream(
        "axis",
        [
            {
                "axis": "care",
                "title": "L’usager partenaire de ses soins et services",
                "description": "Participation à ses soins.",
            },
            {
                "axis": "experience",
                "title": "L’usager témoin de son vécu",
                "description": "Obtenir des données sur son expérience.",
            },
            {
                "axis": "improvement",
                "title": "L’usager collaborateur en amélioration",
                "description": "Contribution par son savoir à l’amélioration des services.",
            },
        ],
    ),
    "videos": stream(
        "video",
        [
            {
                "title": "L’usager partenaire de ses soins et services (5 min 08 s)",
                "video_url": "https://youtu.be/onMCM7J5NR4",
            },
            {
                "title": "Les partenaires du parcours de l’usager (3 min 46 s)",
                "video_url": "https://youtu.be/J7J6CfJeVeE",
            },
            {
                "title": "L’usager collaborateur en amélioration (6 min 03 s)",
                "video_url": "https://www.youtube.com/watch?v=jQeRoDwIEj4",
            },
        ],
    ),
    "population_partnership": p(
        "Les citoyens, individuellement ou membres d’une communauté d’appartenance "
        "(utilisateurs ou non du réseau de la santé et des services sociaux), peuvent "
        "contribuer à améliorer l’offre de services de santé à la population par une "
        "participation citoyenne qui s’exprime de diverses façons :"
    )
    + ul(
        "participation à des consultations publiques;",
        "participation à des forums de population;",
        "participation à diverses instances permanentes (conseil d’administration, etc.).",
    ),
    "conditions": p("Pour y arriver :")
    + ul(
        "des rôles et responsabilités bien définis;",
        "une culture portée par tous;",
        "des processus, des mécanismes et des bonnes pratiques.",
    ),
    "roles": stream(
        "actor",
        [
            {
                "actor": (
                    "Médecins, intervenants, sages-femmes, employés, chercheurs et stagiaires"
                ),
                "introduction": "Rôles attendus :",
                "responsibilities": [
                    "Établir un partenariat avec les usagers et leurs proches.",
                    "Développer, s’il y a lieu, et mobiliser les compétences requises au "
                    "continuum de la participation dans leurs pratiques envers les usagers "
                    "et leurs proches :",
                    "en leur donnant toutes les informations requises à leur prise en charge "
                    "personnelle, et en s’assurant de leur compréhension;",
                    "en considérant leurs attentes, besoins, valeurs et préférences;",
                    "en les soutenant dans leurs prises de décision;",
                    "en les impliquant comme partenaires dans le choix et la réalisation des "
                    "interventions;",
                    "en considérant l’expérience des usagers et de leurs proches au quotidien "
                    "ainsi que les données de captation de l’expérience pour améliorer leur "
                    "pratique;",
                    "en appliquant les bonnes pratiques et les coresponsabilités définies pour "
                    "le recrutement et l’intégration des usagers ou des proches collaborateurs "
                    "lors d’une participation à une activité d’amélioration des soins et "
                    "services.",
                ],
            },
            {
                "actor": (
                    "Direction de la qualité, de l’évaluation, de la performance et de "
                    "l’éthique (DQEPE)"
                ),
                "introduction": "Axe usager collaborateur en amélioration :",
                "responsibilities": [
                    "Offrir soutien-conseil et accompagnement pour analyser le besoin, "
                    "planifier le recrutement et réaliser l’intégration des usagers "
                    "collaborateurs dans les projets d’amélioration.",
                    "Rendre des outils disponibles dans l’intranet (onglet CISSS / partenariat "
                    "avec les usagers et leurs proches).",
                ],
            },
        ],
    ),
    "benefits": stream(
        "benefit",
        [
            {
                "trend": "up",
                "text": "Des soins, des services et des approches cliniques adaptés aux "
                "besoins des usagers et de leurs proches",
            },
            {
                "trend": "up",
                "text": "La qualité de l’expérience et la satisfaction des usagers et des proches",
            },
            {"trend": "up", "text": "L’adhésion et l’implication dans les soins et services"},
            {"trend": "down", "text": "Les erreurs et les réadmissions"},
        ],
    ),
    "next_steps": items(
        "Mise en place d’un comité de développement stratégique, qui débutera ses travaux à "
        "l’automne 2018.",
        "Diverses stratégies d’appropriation et d’implantation seront mises en œuvre.",
        "Des communications supplémentaires pour vous informer : surveillez notre cahier "
        "spécial à l’automne 2018.",
        "Des outils sont déjà disponibles dans l’intranet; d’autres suivront.",
    ),
    "version": "1.0",
    "adoption_date": datetime.date(2018, 6, 1),
    "adopted_by": "CISSS de Chaudière-Appalaches",
}

POLICY_EN = {
    "title": "Policy on partnership with users, families and the population",
    "slug": "partnership-policy",
    "search_description": (
        "Why a policy, our values, the three axes of partnership, everyone’s roles and the "
        "next steps."
    ),
    "introduction": p(
        "Adopted in June 2018 by the CISSS de Chaudière-Appalaches, the policy frames "
        "partnership with users, their families and the population, in direct care and "
        "services as well as in their organisation and improvement."
    ),
    "why": p(
        "Partnership with users rests on the ministry’s orientations, on accreditation "
        "standards and on the institution’s vision."
    ),
    "sources": stream(
        "source",
        [
            {
                "title": "MSSS Strategic Plan 2015-2020",
                "issuer": "Ministère de la Santé et des Services sociaux",
                "description": p(
                    "Partnership with users is one of the plan’s structuring principles. The "
                    "ministry considers users’ wish:"
                )
                + ul(
                    "to preserve their autonomy;",
                    "to be engaged in their care and services;",
                    "to be stakeholders in the health system.",
                ),
            },
            {
                "title": (
                    "Reference framework on the partnership approach between users, their "
                    "families and health and social services actors"
                ),
                "issuer": "MSSS, 2018",
                "description": p("The ministry’s framework defining the partnership approach."),
            },
            {
                "title": "Accreditation standards",
                "issuer": "A cross-cutting approach",
                "description": p(
                    "Accreditation standards stress building a culture of care centred on the "
                    "user and family, and improving care and services with the user."
                ),
            },
        ],
    ),
    "vision": (
        "“The CISSS de Chaudière-Appalaches places users at the heart of the new organisation "
        "of services and involves them in the decisions that concern them so that they live a "
        "care and service experience that meets their needs.”"
    ),
    "values": stream(
        "value",
        [
            {
                "name": "Humanism",
                "introduction": "Humanism in a culture of partnership:",
                "principles": [
                    "Respect for experience and knowledge",
                    "Recognising that the person is an expert on their own condition",
                    "The primacy of consent to care and services",
                    "Real sharing of decision-making power",
                    "Caring behaviour from staff",
                ],
            },
            {
                "name": "Collaboration",
                "introduction": "Collaboration in a culture of partnership:",
                "principles": [
                    "A real space for participation",
                    "Complementary knowledge; co-construction",
                    "Trust",
                    "Appropriate communication",
                    "Relationships",
                    "Shared decision-making; informed decision-making",
                ],
            },
            {
                "name": "Equity",
                "introduction": "Equity in a culture of partnership:",
                "principles": [
                    "Taking opinions into account",
                    "Services adapted to the person’s needs",
                    "Accessible opportunities to participate",
                    "The population represented within the institution",
                ],
            },
        ],
    ),
    "expectations": ul(
        "To meet users’ current expectations;",
        "To give users and their families a quality experience: by personalising care and "
        "services, by supporting users’ autonomy, by improving care and services "
        "<strong>with</strong> them.",
    ),
    "goal": p(
        "The policy aims to frame and put in place the foundations for an optimal and "
        "meaningful partnership with users, families and the population:"
    )
    + ul(
        "in direct care and services;",
        "in the organisation and improvement of care and services.",
    ),
    "definition": p(
        "Partnership is defined as a <strong>collaborative relationship</strong> between the "
        "institution and, on the one hand, users and their families, on the other hand, the "
        "population. It rests on common goals, trust, collaboration and complementarity.",
        "<strong>Partnership = relationship</strong>: the clinician’s expertise and the "
        "user’s experiential knowledge.",
    ),
    "users_partnership": p(
        "To foster this partnership, the organisation relies on a model with three axes:"
    ),
    "axes": stream(
        "axis",
        [
            {
                "axis": "care",
                "title": "The user as a partner in their care and services",
                "description": "Taking part in one’s own care.",
            },
            {
                "axis": "experience",
                "title": "The user as a witness of their experience",
                "description": "Gathering data on their experience.",
            },
            {
                "axis": "improvement",
                "title": "The user as a collaborator in improvement",
                "description": "Contributing their knowledge to improving services.",
            },
        ],
    ),
    "videos": stream(
        "video",
        [
            {
                "title": "The user as a partner in their care and services (5:08, in French)",
                "video_url": "https://youtu.be/onMCM7J5NR4",
            },
            {
                "title": "The partners along the user’s pathway (3:46, in French)",
                "video_url": "https://youtu.be/J7J6CfJeVeE",
            },
            {
                "title": "The user as a collaborator in improvement (6:03, in French)",
                "video_url": "https://www.youtube.com/watch?v=jQeRoDwIEj4",
            },
        ],
    ),
    "population_partnership": p(
        "Citizens, individually or as members of a community (whether or not they use the "
        "health and social services network), can help improve the health services offered "
        "to the population through citizen participation in several ways:"
    )
    + ul(
        "taking part in public consultations;",
        "taking part in population forums;",
        "taking part in standing bodies (board of directors, etc.).",
    ),
    "conditions": p("To get there:")
    + ul(
        "clearly defined roles and responsibilities;",
        "a culture everyone carries;",
        "processes, mechanisms and good practices.",
    ),
    "roles": stream(
        "actor",
        [
            {
                "actor": "Physicians, clinicians, midwives, employees, researchers and trainees",
                "introduction": "Expected roles:",
                "responsibilities": [
                    "Build a partnership with users and their families.",
                    "Develop where needed, and use, the skills the continuum of participation "
                    "calls for in their practice with users and families:",
                    "by giving them all the information they need to manage their own care, "
                    "and making sure they understand it;",
                    "by considering their expectations, needs, values and preferences;",
                    "by supporting them in their decisions;",
                    "by involving them as partners in choosing and carrying out interventions;",
                    "by considering users’ and families’ day-to-day experience and experience "
                    "data to improve their practice;",
                    "by applying the good practices and shared responsibilities defined for "
                    "recruiting and integrating users or family collaborators in an activity "
                    "to improve care and services.",
                ],
            },
            {
                "actor": "Quality, evaluation, performance and ethics directorate (DQEPE)",
                "introduction": "User as a collaborator in improvement axis:",
                "responsibilities": [
                    "Offer advice and support to analyse the need, plan the recruitment and "
                    "integrate user collaborators in improvement projects.",
                    "Make tools available on the intranet (CISSS tab / partnership with users "
                    "and their families).",
                ],
            },
        ],
    ),
    "benefits": stream(
        "benefit",
        [
            {
                "trend": "up",
                "text": "Care, services and clinical approaches adapted to the needs of users "
                "and their families",
            },
            {
                "trend": "up",
                "text": "The quality of the experience and the satisfaction of users and families",
            },
            {"trend": "up", "text": "Adherence to and involvement in care and services"},
            {"trend": "down", "text": "Errors and readmissions"},
        ],
    ),
    "next_steps": items(
        "A strategic development committee will be set up and start its work in the autumn "
        "of 2018.",
        "Various ownership and implementation strategies will be carried out.",
        "More communications to keep you informed: watch for our special section in the "
        "autumn of 2018.",
        "Tools are already available on the intranet; more will follow.",
    ),
    "adopted_by": "CISSS de Chaudière-Appalaches",
}


def minimal_pdf(lines):
    """A one-page PDF with a few lines of text (no library: the format is plain text)."""
    text = " ".join(
        f"({line.encode('latin-1', 'replace').decode('latin-1')}) Tj T*" for line in lines
    )
    content = f"BT /F1 12 Tf 14 TL 72 760 Td {text} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


def policy_document():
    Document = get_document_model()
    title = "Politique de partenariat avec les usagers, les proches et la population (juin 2018)"
    document = Document.objects.filter(title=title).first()
    if document is None:
        pdf = minimal_pdf(
            [
                "Politique de partenariat avec les usagers, les proches et la population",
                "CISSS de Chaudiere-Appalaches - Direction de la qualite, de l'evaluation,",
                "de la performance et de l'ethique - Juin 2018",
                "(document de demonstration du Carrefour du partenariat)",
            ]
        )
        document = Document(title=title)
        document.file.save("politique-partenariat-2018.pdf", ContentFile(pdf), save=False)
        document.save()
    return document


# --- Axis pages -------------------------------------------------------------------------

AXES = [
    {
        "code": "care",
        "fr": {
            "slug": "axe-partenaire-de-ses-soins",
            "title": "L’usager partenaire de ses soins et services",
            "search_description": "La participation de l’usager à ses propres soins.",
            "introduction": p(
                "Premier axe du partenariat avec les usagers et leurs proches : la "
                "participation de l’usager à ses soins."
            ),
            "definition": p(
                "L’usager et ses proches participent aux décisions et aux interventions qui "
                "les concernent. L’intervenant apporte son expertise, l’usager son savoir "
                "expérientiel : il est reconnu comme expert de sa condition."
            ),
            "examples": stream(
                "example",
                [
                    {
                        "title": "Informer",
                        "text": "Donner à l’usager toutes les informations requises à sa prise "
                        "en charge personnelle et s’assurer de sa compréhension.",
                    },
                    {
                        "title": "Décider ensemble",
                        "text": "Soutenir l’usager dans ses prises de décision en considérant "
                        "ses attentes, besoins, valeurs et préférences.",
                    },
                    {
                        "title": "Agir en partenaires",
                        "text": "Impliquer l’usager comme partenaire dans le choix et la "
                        "réalisation des interventions.",
                    },
                ],
            ),
        },
        "en": {
            "slug": "axis-partner-in-care",
            "title": "The user as a partner in their care and services",
            "search_description": "The user taking part in their own care.",
            "introduction": p(
                "First axis of partnership with users and families: the user takes part in "
                "their own care."
            ),
            "definition": p(
                "Users and their families take part in the decisions and interventions that "
                "concern them. The clinician brings expertise, the user brings experiential "
                "knowledge: they are recognised as an expert on their own condition."
            ),
            "examples": stream(
                "example",
                [
                    {
                        "title": "Inform",
                        "text": "Give users all the information they need to manage their own "
                        "care and make sure they understand it.",
                    },
                    {
                        "title": "Decide together",
                        "text": "Support users in their decisions, considering their "
                        "expectations, needs, values and preferences.",
                    },
                    {
                        "title": "Act as partners",
                        "text": "Involve users as partners in choosing and carrying out "
                        "interventions.",
                    },
                ],
            ),
        },
    },
    {
        "code": "experience",
        "fr": {
            "slug": "axe-temoin-de-son-vecu",
            "title": "L’usager témoin de son vécu",
            "search_description": "La captation de l’expérience des usagers et des proches.",
            "introduction": p(
                "Deuxième axe : obtenir des données sur l’expérience des usagers et de leurs "
                "proches pour améliorer les soins et services."
            ),
            "definition": p(
                "L’établissement recueille le vécu des usagers et de leurs proches "
                "(captation de l’expérience) et s’en sert pour adapter ses pratiques."
            ),
            "examples": stream(
                "example",
                [
                    {
                        "title": "Mesurer la qualité perçue",
                        "text": "Questionnaires et entretiens sur l’expérience de soins.",
                    },
                    {
                        "title": "Connaître les effets vécus",
                        "text": "Savoir comment les mesures implantées sont vécues par la "
                        "clientèle.",
                    },
                    {
                        "title": "Cibler les améliorations",
                        "text": "Identifier des points d’amélioration visant à adapter les "
                        "soins et les services à la clientèle.",
                    },
                ],
            ),
        },
        "en": {
            "slug": "axis-witness-of-experience",
            "title": "The user as a witness of their experience",
            "search_description": "Capturing the experience of users and families.",
            "introduction": p(
                "Second axis: gathering data on the experience of users and families to "
                "improve care and services."
            ),
            "definition": p(
                "The institution gathers what users and families live through (experience "
                "capture) and uses it to adapt its practices."
            ),
            "examples": stream(
                "example",
                [
                    {
                        "title": "Measure perceived quality",
                        "text": "Questionnaires and interviews on the care experience.",
                    },
                    {
                        "title": "Know the effects as lived",
                        "text": "Learn how the measures put in place are experienced by users.",
                    },
                    {
                        "title": "Target improvements",
                        "text": "Identify improvements that adapt care and services to users.",
                    },
                ],
            ),
        },
    },
    {
        "code": "improvement",
        "fr": {
            "slug": "axe-collaborateur-en-amelioration",
            "title": "L’usager collaborateur en amélioration",
            "search_description": "La contribution du savoir des usagers à l’amélioration.",
            "introduction": p(
                "Troisième axe : l’usager contribue par son savoir à l’amélioration des soins "
                "et des services."
            ),
            "definition": p(
                "Des usagers partenaires et des usagers-ressources participent à des projets, "
                "à des comités d’amélioration continue et à l’élaboration de lignes "
                "directrices ou de politiques organisationnelles."
            ),
            "examples": stream(
                "example",
                [
                    {
                        "title": "Comités d’amélioration continue",
                        "text": "Un usager partenaire siège au comité de projet d’une direction.",
                    },
                    {
                        "title": "Sécurité des soins",
                        "text": "Des usagers-ressources participent aux comités concernant la "
                        "sécurité de l’usager.",
                    },
                    {
                        "title": "Co-construction avec les comités des usagers",
                        "text": "Concevoir avec eux des améliorations concrètes qui répondent "
                        "aux besoins des usagers.",
                    },
                ],
            ),
        },
        "en": {
            "slug": "axis-collaborator-in-improvement",
            "title": "The user as a collaborator in improvement",
            "search_description": "Users’ knowledge contributing to improvement.",
            "introduction": p(
                "Third axis: users contribute their knowledge to improving care and services."
            ),
            "definition": p(
                "Partner users and resource users take part in projects, continuous "
                "improvement committees and the drafting of guidelines or organisational "
                "policies."
            ),
            "examples": stream(
                "example",
                [
                    {
                        "title": "Continuous improvement committees",
                        "text": "A partner user sits on a directorate’s project committee.",
                    },
                    {
                        "title": "Safety of care",
                        "text": "Resource users take part in committees on user safety.",
                    },
                    {
                        "title": "Co-construction with users’ committees",
                        "text": "Design with them concrete improvements that meet users’ needs.",
                    },
                ],
            ),
        },
    },
]


# --- Methodology (seeds 001, 003, 004) ---------------------------------------------------

STEP_TOOLS = [
    ["exercice-cibles-amelioration-obstacles", "impliquer-usager-ressource-projet"],
    ["recrutement-usager-partenaire"],
    ["plan-integration-usager-ressource", "roles-attendus-du-personnel"],
    ["co-construction-comite-usagers", "partenariat-organisation-soins-services"],
    ["questionnaire-experience-usager"],
]

STEPS_FR = [
    (
        "Analyser le besoin",
        "L’équipe de projet et son gestionnaire, avec le soutien du Bureau du partenariat",
        p(
            "Précisez pourquoi impliquer un usager : le projet, la décision à prendre, ce que "
            "le savoir expérientiel apportera."
        ),
        [
            "Le but du projet et la place de l’usager sont écrits en une phrase.",
            "Le type de contribution attendu est choisi (consultation, collaboration, "
            "co-construction).",
            "Le gestionnaire appuie la démarche.",
        ],
    ),
    (
        "Planifier le recrutement",
        "Le gestionnaire du projet et le Bureau du partenariat",
        p(
            "Décrivez le profil recherché, le nombre de rencontres et leur durée, puis "
            "choisissez la façon de recruter (comité des usagers, réseau d’usagers-ressources)."
        ),
        [
            "Le profil recherché est décrit.",
            "Le calendrier et le lieu des rencontres sont connus.",
            "Le recrutement pour des volets éloignés du clinique (gouvernance) est prévu plus tôt.",
        ],
    ),
    (
        "Intégrer l’usager partenaire",
        "Le gestionnaire et un employé-partenaire de l’équipe",
        p(
            "Accueillez l’usager, présentez l’équipe, les rôles de chacun et les règles de "
            "confidentialité. Adaptez le plan d’intégration au projet : il ne doit pas être "
            "trop lourd."
        ),
        [
            "Une rencontre d’accueil a eu lieu.",
            "Les rôles attendus du personnel et de l’usager sont présentés.",
            "L’usager sait à qui s’adresser en cas de question.",
        ],
    ),
    (
        "Travailler ensemble",
        "Toute l’équipe de projet, usager compris",
        p(
            "Donnez à l’usager un réel espace de participation : documents envoyés à "
            "l’avance, parole à chaque rencontre, décisions prises ensemble."
        ),
        [
            "Les documents sont envoyés avant chaque rencontre, en langage clair.",
            "L’avis de l’usager est noté et suivi.",
            "Les décisions tiennent compte de la complémentarité des savoirs.",
        ],
    ),
    (
        "Évaluer et reconnaître",
        "Le gestionnaire, avec le Bureau du partenariat",
        p(
            "Faites le bilan avec l’usager et montrez-lui ce que sa contribution a changé. "
            "Reconnaissez son apport : c’est aussi ce qui favorise la rétention des "
            "usagers-ressources."
        ),
        [
            "Le bilan de la participation est fait avec l’usager.",
            "Ce que la contribution a changé est écrit dans la fiche du projet.",
            "L’usager reçoit une reconnaissance de sa participation.",
        ],
    ),
]

STEPS_EN = [
    (
        "Analyse the need",
        "The project team and its manager, supported by the partnership office",
        p(
            "State why you want to involve a user: the project, the decision to be made, what "
            "experiential knowledge will bring."
        ),
        [
            "The project’s aim and the user’s place are written in one sentence.",
            "The expected kind of contribution is chosen (consultation, collaboration, "
            "co-construction).",
            "The manager supports the approach.",
        ],
    ),
    (
        "Plan the recruitment",
        "The project manager and the partnership office",
        p(
            "Describe the profile you are looking for, the number and length of meetings, then "
            "choose how to recruit (users’ committee, network of resource users)."
        ),
        [
            "The profile sought is described.",
            "The schedule and place of meetings are known.",
            "Recruiting for areas far from clinical work (governance) starts earlier.",
        ],
    ),
    (
        "Integrate the partner user",
        "The manager and a partner employee of the team",
        p(
            "Welcome the user, introduce the team, everyone’s roles and the confidentiality "
            "rules. Fit the integration plan to the project: it must not be too heavy."
        ),
        [
            "A welcome meeting took place.",
            "The roles expected of staff and of the user are presented.",
            "The user knows whom to ask questions.",
        ],
    ),
    (
        "Work together",
        "The whole project team, user included",
        p(
            "Give the user a real space to take part: documents sent ahead, a voice at every "
            "meeting, decisions made together."
        ),
        [
            "Documents are sent before each meeting, in plain language.",
            "The user’s opinion is recorded and followed up.",
            "Decisions draw on complementary knowledge.",
        ],
    ),
    (
        "Evaluate and recognise",
        "The manager, with the partnership office",
        p(
            "Review the participation with the user and show them what their contribution "
            "changed. Recognise their input: it also helps keep resource users involved."
        ),
        [
            "The review of the participation is done with the user.",
            "What the contribution changed is written on the project page.",
            "The user receives recognition for taking part.",
        ],
    ),
]


def method_steps(steps, tool_ids):
    return stream(
        "step",
        [
            {
                "title": title,
                "who": who,
                "description": description,
                "checklist": checklist,
                "tools": ids,
            }
            for (title, who, description, checklist), ids in zip(steps, tool_ids, strict=True)
        ],
    )


def tool_ids_by_slug(locale):
    wanted = {slug for slugs in STEP_TOOLS for slug in slugs}
    found = dict(Page.objects.filter(slug__in=wanted, locale=locale).values_list("slug", "pk"))
    return [[found[s] for s in slugs if s in found] for slugs in STEP_TOOLS]


# --- Integrated model (seed 002) ----------------------------------------------------------

MODEL_FR = {
    "title": "Modèle intégré du partenariat avec l’usager",
    "search_description": (
        "L’approche usager partenaire, l’évaluation de l’expérience, la collaboration avec "
        "les comités, la recherche et l’innovation."
    ),
    "introduction": p(
        "Le Bureau du partenariat avec l’usager et de l’éthique (BPUE) a le mandat de "
        "coordonner et de soutenir la culture de partenariat au sein du CIUSSS de la "
        "Capitale-Nationale. Le recours au partenariat avec l’usager permet d’enrichir les "
        "réflexions et d’influencer les décisions organisationnelles afin de mettre en place "
        "des offres de service de qualité adaptées aux besoins des usagers.",
        "Le modèle intégré instaure une culture de partenariat au bénéfice de tous en "
        "considérant le vécu, les savoirs, les perceptions et les préoccupations des usagers "
        "et des proches. L’interrelation et la complémentarité de ses composantes sont en "
        "cohérence avec les valeurs de l’organisation et en respect des droits des usagers.",
    ),
    "mission": (
        "Instaurer une culture de partenariat en considérant le vécu et le savoir des usagers "
        "afin de contribuer tous ensemble à l’amélioration de la qualité et de la sécurité des "
        "soins et services dans une perspective de responsabilité sociale."
    ),
    "components": stream(
        "component",
        [
            {
                "title": "L’approche usager partenaire",
                "description": "",
                "aims": [
                    "Considérer l’usager comme un membre à part entière de l’équipe",
                    "Impliquer l’usager dans les réflexions et les décisions concernant ses "
                    "propres soins et services, dans des projets ou des comités "
                    "d’amélioration continue et dans l’élaboration de lignes directrices ou "
                    "de politiques organisationnelles",
                    "Reconnaître son savoir expérientiel comme essentiel et complémentaire aux "
                    "savoirs des autres membres de l’équipe",
                ],
            },
            {
                "title": "L’évaluation de l’expérience des usagers",
                "description": "",
                "aims": [
                    "Mesurer la qualité perçue",
                    "Connaître les effets vécus des mesures implantées",
                    "Identifier des points d’amélioration visant à adapter les soins et les "
                    "services à la clientèle",
                    "Renforcer ou maintenir les structures et les activités mises en place qui "
                    "favorisent l’atteinte de la qualité attendue",
                ],
            },
            {
                "title": "La collaboration avec les comités des usagers et les comités de "
                "résidents",
                "description": "",
                "aims": [
                    "Promouvoir et défendre les droits des usagers",
                    "Promouvoir l’amélioration de la qualité des conditions de vie des usagers",
                    "Évaluer le degré de satisfaction à l’égard des soins et des services",
                ],
            },
            {
                "title": "Les projets de recherche et d’innovation",
                "description": "Le modèle s’ouvre sur la recherche et l’innovation menées "
                "avec les usagers.",
                "aims": [
                    "Associer les usagers aux projets de recherche et d’innovation de "
                    "l’établissement",
                ],
            },
        ],
    ),
    "benefits_introduction": p(
        "Le partenariat avec l’usager constitue un apport positif et est reconnu comme une "
        "pratique de gestion essentielle au bien-être de tous. Des responsables de rencontres "
        "en témoignent :"
    ),
    "benefits": items(
        "L’évaluation de l’expérience des usagers aide à faire notre plan d’action, à "
        "améliorer nos pratiques et à trouver des actions pour améliorer les services.",
        "La collaboration avec les comités des usagers permet de cibler des améliorations "
        "concrètes qui répondent aux besoins des usagers.",
        "Le savoir expérientiel d’usagers partenaires permet d’échanger et de travailler avec "
        "des usagers plutôt que de décider pour eux.",
        "La diversité des façons de prendre en compte l’expérience et les points de vue des "
        "usagers et de leurs proches permet de comprendre le savoir expérientiel réel pour se "
        "centrer sur les besoins des usagers.",
    ),
    "contact": p(
        "Bureau du partenariat avec l’usager et de l’éthique, CIUSSS de la Capitale-Nationale "
        ": 418 663-5354, poste 11044, ou "
        '<a href="mailto:bpue.ciussscn@ssss.gouv.qc.ca">bpue.ciussscn@ssss.gouv.qc.ca</a>.'
    ),
}

MODEL_EN = {
    "title": "Integrated model of partnership with users",
    "slug": "integrated-model",
    "search_description": (
        "The partner-user approach, experience evaluation, collaboration with committees, "
        "research and innovation."
    ),
    "introduction": p(
        "The Office of partnership with users and ethics (BPUE) coordinates and supports the "
        "culture of partnership at the CIUSSS de la Capitale-Nationale. Partnership with "
        "users enriches reflection and influences organisational decisions so that quality "
        "services meet users’ needs.",
        "The integrated model builds a culture of partnership that benefits everyone by "
        "considering what users and families have lived, know, perceive and care about. Its "
        "components are interrelated and complementary, consistent with the organisation’s "
        "values and respectful of users’ rights.",
    ),
    "mission": (
        "Build a culture of partnership that considers users’ experience and knowledge so "
        "that, together, we improve the quality and safety of care and services with a sense "
        "of social responsibility."
    ),
    "components": stream(
        "component",
        [
            {
                "title": "The partner-user approach",
                "description": "",
                "aims": [
                    "Consider the user a full member of the team",
                    "Involve the user in reflection and decisions about their own care and "
                    "services, in projects or continuous improvement committees and in "
                    "drafting guidelines or organisational policies",
                    "Recognise their experiential knowledge as essential and complementary "
                    "to the knowledge of other team members",
                ],
            },
            {
                "title": "Evaluating users’ experience",
                "description": "",
                "aims": [
                    "Measure perceived quality",
                    "Know how the measures put in place are experienced",
                    "Identify improvements that adapt care and services to users",
                    "Strengthen or maintain the structures and activities that help reach the "
                    "expected quality",
                ],
            },
            {
                "title": "Collaboration with users’ committees and residents’ committees",
                "description": "",
                "aims": [
                    "Promote and defend users’ rights",
                    "Promote better living conditions for users",
                    "Evaluate satisfaction with care and services",
                ],
            },
            {
                "title": "Research and innovation projects",
                "description": "The model opens onto research and innovation carried out "
                "with users.",
                "aims": ["Involve users in the institution’s research and innovation projects"],
            },
        ],
    ),
    "benefits_introduction": p(
        "Partnership with users is a positive contribution, recognised as a management "
        "practice essential to everyone’s well-being. Meeting leads say so:"
    ),
    "benefits": items(
        "Evaluating users’ experience helps us build our action plan, improve our practices "
        "and find actions that improve services.",
        "Working with users’ committees helps target concrete improvements that meet users’ needs.",
        "Partner users’ experiential knowledge lets us talk and work with users rather than "
        "decide for them.",
        "The many ways of taking into account the experience and views of users and their "
        "families help us understand real experiential knowledge and focus on users’ needs.",
    ),
    "contact": p(
        "Office of partnership with users and ethics, CIUSSS de la Capitale-Nationale: "
        "418 663-5354, extension 11044, or "
        '<a href="mailto:bpue.ciussscn@ssss.gouv.qc.ca">bpue.ciussscn@ssss.gouv.qc.ca</a>.'
    ),
}


# --- Projects (seeds 003 and 004) -----------------------------------------------------

PROJECTS = [
    {
        "slug": "deploiement-partenariat-bas-saint-laurent",
        "axes": ["improvement"],
        "audiences": ["managers", "committees"],
        "fr": {
            "title": "Déploiement de l’approche de partenariat au CISSS du Bas-Saint-Laurent",
            "institution": "CISSS du Bas-Saint-Laurent",
            "direction": (
                "Direction de la qualité, de l’évaluation, de la performance et de l’éthique"
            ),
            "status": "in_progress",
            "partner_users_count": 9,
            "summary": (
                "La co-construction, une stratégie gagnante : trois années de réalisations "
                "qui ont servi de rampe de lancement à l’approche de partenariat dans la "
                "région."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": p(
                        "Bien qu’ayant dû modifier sa structure initiale en raison de la "
                        "pandémie, le projet a été la rampe de lancement de l’approche de "
                        "partenariat au CISSS du Bas-Saint-Laurent. Le partenariat en contexte "
                        "d’organisation des soins et services a d’ailleurs le vent dans les "
                        "voiles."
                    ),
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Saisir les occasions…",
                        "steps": [
                            {
                                "title": "Répondre aux directions",
                                "text": p(
                                    "Déployer l’approche selon les besoins et les "
                                    "demandes des directions."
                                ),
                            },
                            {
                                "title": "Commencer par l’organisation des soins",
                                "text": p(
                                    "Débuter par le partenariat en contexte "
                                    "d’organisation des soins et services pour donner "
                                    "une grande visibilité à l’approche."
                                ),
                            },
                            {
                                "title": "Former les gestionnaires",
                                "text": p(
                                    "Offrir des formations à tous les gestionnaires à "
                                    "même leurs rencontres de comité de gestion."
                                ),
                            },
                            {
                                "title": "Co-construire",
                                "text": p(
                                    "Créer des occasions grâce à la co-construction "
                                    "avec les comités des usagers."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "… et accompagner en s’adaptant aux diverses réalités",
                        "steps": [
                            {
                                "title": "Des outils pratiques",
                                "text": p(
                                    "Fournir des outils pratiques pour réussir une "
                                    "démarche de partenariat."
                                ),
                            },
                            {
                                "title": "Un bureau décentralisé",
                                "text": p(
                                    "Un réseau d’ambassadeurs du partenariat dans les "
                                    "directions, soutenu par la DQEPE."
                                ),
                            },
                            {
                                "title": "Un accompagnement sur mesure",
                                "text": p(
                                    "Accompagner chaque direction selon ses besoins, "
                                    "sa capacité et sa maturité en partenariat."
                                ),
                            },
                        ],
                    },
                },
            ],
            "results": ul(
                "16 projets de partenariat en cours dans 6 directions différentes;",
                "une banque d’outils pour intégrer facilement les bonnes pratiques;",
                "formation des différents acteurs : 6 directions, 9 usagers partenaires, "
                "2 comités d’usagers, plusieurs gestionnaires et intervenants, les acteurs des "
                "MDA-MA;",
                "un comité permanent de coordination de l’approche de partenariat.",
            ),
            "user_contribution": p(
                "Les gestionnaires ont été sensibilisés aux bénéfices d’inclure des usagers "
                "partenaires dans leurs comités de projet d’amélioration continue. Le "
                "potentiel de partenariat des membres des comités des usagers s’est amélioré "
                "et les liens entre l’établissement et les comités des usagers et de "
                "résidents se sont consolidés."
            ),
        },
        "en": {
            "slug": "partnership-deployment-bas-saint-laurent",
            "title": "Deploying the partnership approach at the CISSS du Bas-Saint-Laurent",
            "direction": "Quality, evaluation, performance and ethics directorate",
            "summary": (
                "Co-construction, a winning strategy: three years of achievements that "
                "launched the partnership approach in the region."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": p(
                        "Although the pandemic forced a change to its initial structure, the "
                        "project launched the partnership approach at the CISSS du "
                        "Bas-Saint-Laurent. Partnership in the organisation of care and "
                        "services now has the wind in its sails."
                    ),
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "Seize opportunities…",
                        "steps": [
                            {
                                "title": "Answer directorates",
                                "text": p(
                                    "Deploy the approach according to directorates’ needs "
                                    "and requests."
                                ),
                            },
                            {
                                "title": "Start with the organisation of care",
                                "text": p(
                                    "Begin with partnership in the organisation of care "
                                    "and services to make the approach visible."
                                ),
                            },
                            {
                                "title": "Train managers",
                                "text": p(
                                    "Train every manager during their management committee "
                                    "meetings."
                                ),
                            },
                            {
                                "title": "Co-construct",
                                "text": p(
                                    "Create opportunities through co-construction with "
                                    "users’ committees."
                                ),
                            },
                        ],
                    },
                },
                {
                    "type": "steps",
                    "value": {
                        "heading": "… and support teams, adapting to each reality",
                        "steps": [
                            {
                                "title": "Practical tools",
                                "text": p(
                                    "Provide practical tools for a successful partnership approach."
                                ),
                            },
                            {
                                "title": "A decentralised office",
                                "text": p(
                                    "A network of partnership ambassadors within "
                                    "directorates, supported by the DQEPE."
                                ),
                            },
                            {
                                "title": "Tailored support",
                                "text": p(
                                    "Support each directorate according to its needs, "
                                    "capacity and maturity in partnership."
                                ),
                            },
                        ],
                    },
                },
            ],
            "results": ul(
                "16 partnership projects under way in 6 directorates;",
                "a tool bank to build good practices in easily;",
                "training of the various actors: 6 directorates, 9 partner users, 2 users’ "
                "committees, several managers and clinicians, the MDA-MA actors;",
                "a standing committee coordinating the partnership approach.",
            ),
            "user_contribution": p(
                "Managers learned the benefits of including partner users in their continuous "
                "improvement project committees. Users’ committee members grew their "
                "partnership potential, and ties between the institution and the users’ and "
                "residents’ committees grew stronger."
            ),
        },
    },
    {
        "slug": "promouvoir-partenariat-co-construction-iucpq",
        "axes": ["improvement", "care"],
        "audiences": ["patient-partners", "clinicians"],
        "fr": {
            "title": "Promouvoir le partenariat et la co-construction avec des usagers",
            "institution": (
                "Institut universitaire de cardiologie et de pneumologie de Québec – "
                "Université Laval"
            ),
            "direction": "Bureau du partenariat",
            "start_year": 2019,
            "end_year": 2021,
            "status": "completed",
            "partner_users_count": 4,
            "summary": (
                "Envoyer un signal fort de l’importance accordée au partenariat pour amorcer "
                "le changement de culture organisationnelle."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": p(
                        "<strong>Contexte.</strong> Une évaluation des pratiques de partenariat "
                        "avec l’usager et ses proches (2017) a démontré que leur niveau "
                        "d’intégration n’était pas optimal.",
                        "<strong>Vision.</strong> L’implication des usagers est un complément "
                        "important au travail des membres du personnel et contribue "
                        "concrètement à l’amélioration continue des soins et des services.",
                    ),
                },
                {
                    "type": "accordion",
                    "value": {
                        "heading": "Le projet en détail",
                        "items": [
                            {
                                "title": "Équipe",
                                "content": ul(
                                    "2 membres du Bureau du partenariat",
                                    "2 usagers-ressources",
                                    "2 membres du comité des usagers",
                                    "2 intervenants (dont 1 médecin)",
                                    "1 expert en communication",
                                ),
                            },
                            {
                                "title": "Objectifs",
                                "content": ul(
                                    "Promouvoir la participation et la co-construction à "
                                    "l’égard des usagers-ressources et des usagers partenaires",
                                    "Démontrer la valeur ajoutée de la participation de "
                                    "l’usager et de ses proches",
                                    "Mettre en valeur le savoir expérientiel des usagers",
                                    "Intégrer des usagers-ressources dans des projets "
                                    "ponctuels, des comités opérationnels et des comités "
                                    "concernant la sécurité de l’usager",
                                ),
                            },
                            {
                                "title": "Enjeux et défis",
                                "content": ul(
                                    "Recrutement pour des volets loin du clinique (gouvernance)",
                                    "Plan d’intégration parfois imposant",
                                    "Rétention des usagers-ressources",
                                    "Capacité du Bureau du partenariat à répondre à la demande "
                                    "grandissante",
                                ),
                            },
                        ],
                    },
                },
            ],
            "results": ul(
                "Méthodologie « Impliquer un usager » (plusieurs outils destinés aux équipes "
                "et aux usagers)",
                "Création du statut d’usager-ressource",
                "Création du rôle d’employé-partenaire",
                "19 projets menés en partenariat (2019 à 2021)",
            ),
            "user_contribution": ul(
                "Amélioration de l’expérience de soins de l’usager",
                "Meilleure adéquation entre les soins, les services, les besoins et les "
                "valeurs de l’usager",
                "Meilleures pratiques en partenariat avec les usagers et leurs proches",
                "Amélioration continue de la pertinence des soins et des services",
            ),
        },
        "en": {
            "slug": "promoting-partnership-co-construction-iucpq",
            "title": "Promoting partnership and co-construction with users",
            "direction": "Partnership office",
            "summary": (
                "Send a strong signal of the importance given to partnership to start "
                "changing the organisational culture."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": p(
                        "<strong>Context.</strong> An evaluation of partnership practices with "
                        "users and families (2017) showed that they were not well integrated.",
                        "<strong>Vision.</strong> Involving users is an important complement "
                        "to staff’s work and contributes concretely to continuous improvement "
                        "of care and services.",
                    ),
                },
                {
                    "type": "accordion",
                    "value": {
                        "heading": "The project in detail",
                        "items": [
                            {
                                "title": "Team",
                                "content": ul(
                                    "2 members of the partnership office",
                                    "2 resource users",
                                    "2 members of the users’ committee",
                                    "2 clinicians (including 1 physician)",
                                    "1 communications expert",
                                ),
                            },
                            {
                                "title": "Objectives",
                                "content": ul(
                                    "Promote participation and co-construction with resource "
                                    "users and partner users",
                                    "Show the added value of users’ and families’ participation",
                                    "Highlight users’ experiential knowledge",
                                    "Integrate resource users in one-off projects, operational "
                                    "committees and committees on user safety",
                                ),
                            },
                            {
                                "title": "Issues and challenges",
                                "content": ul(
                                    "Recruiting for areas far from clinical work (governance)",
                                    "An integration plan that is sometimes heavy",
                                    "Keeping resource users involved",
                                    "The partnership office’s capacity to meet growing demand",
                                ),
                            },
                        ],
                    },
                },
            ],
            "results": ul(
                "The « Involving a user » methodology (several tools for teams and users)",
                "Creation of the resource-user status",
                "Creation of the partner-employee role",
                "19 projects carried out in partnership (2019 to 2021)",
            ),
            "user_contribution": ul(
                "A better care experience for users",
                "Care and services that better match users’ needs and values",
                "Better partnership practices with users and their families",
                "Continuous improvement of the relevance of care and services",
            ),
        },
    },
]


# --- News (seed 000) ------------------------------------------------------------------

NEWS_FR = {
    "title": "Établir un partenariat gagnant avec les usagers, les proches et la population",
    "date": datetime.date(2018, 6, 1),
    "author": "Direction de la qualité, de l’évaluation, de la performance et de l’éthique",
    "summary": (
        "Le CISSS de Chaudière-Appalaches a adopté la Politique de partenariat avec les "
        "usagers, les proches et la population."
    ),
    "body": [
        {
            "type": "paragraph",
            "value": p(
                "Le partenariat, c’est d’abord une façon d’agir qui nous permet d’être "
                "connectés à notre seule raison d’être : nos usagers et notre population. Être "
                "en partenariat n’est cependant pas sans défi : cela demande parfois de "
                "changer nos façons de faire habituelles.",
                "Pour soutenir cette façon d’agir dans l’ensemble de l’établissement, le CISSS "
                "de Chaudière-Appalaches a adopté la Politique de partenariat avec les usagers, "
                "les proches et la population. Elle a pour but d’encadrer et d’implanter les "
                "assises permettant de développer un partenariat optimal, se concrétisant par "
                "une participation réelle et significative tant des usagers, de leurs proches "
                "que de la population, autant dans la prestation que dans l’amélioration des "
                "soins et services.",
            ),
        },
        {
            "type": "heading",
            "value": {"heading": "Le partenariat avec les usagers et leurs proches", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": p("L’organisation s’appuie sur un modèle qui se décline en trois axes :")
            + ul(
                "l’usager partenaire de ses soins et services (participation à ses soins);",
                "l’usager témoin de son vécu (obtenir des données sur son expérience);",
                "l’usager collaborateur en amélioration (contribution par son savoir à "
                "l’amélioration des services).",
            ),
        },
        {
            "type": "heading",
            "value": {"heading": "Le partenariat avec la population", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": p(
                "Les citoyens, individuellement ou membres d’une communauté d’appartenance, "
                "peuvent contribuer à améliorer l’offre de services par une participation "
                "citoyenne : consultations publiques, forums de population, instances "
                "permanentes (conseil d’administration, etc.)."
            ),
        },
        {"type": "heading", "value": {"heading": "Les étapes à venir", "level": "h2"}},
        {
            "type": "paragraph",
            "value": ul(
                "Un comité de développement stratégique sera mis en place à l’automne 2018;",
                "diverses stratégies d’appropriation et d’implantation seront mises en œuvre;",
                "des outils de communication seront développés.",
            ),
        },
    ],
}

NEWS_EN = {
    "title": "Building a winning partnership with users, families and the population",
    "slug": "partnership-policy-adopted",
    "author": "Quality, evaluation, performance and ethics directorate",
    "summary": (
        "The CISSS de Chaudière-Appalaches adopted the Policy on partnership with users, "
        "families and the population."
    ),
    "body": [
        {
            "type": "paragraph",
            "value": p(
                "Partnership is first of all a way of acting that keeps us connected to our "
                "only reason for being: our users and our population. Partnership is not "
                "without challenges: it sometimes means changing our usual ways of doing "
                "things.",
                "To support this way of acting throughout the institution, the CISSS de "
                "Chaudière-Appalaches adopted the Policy on partnership with users, families "
                "and the population. It frames and puts in place the foundations of an "
                "optimal partnership, with real and meaningful participation of users, "
                "families and the population, in delivering as well as improving care and "
                "services.",
            ),
        },
        {
            "type": "heading",
            "value": {"heading": "Partnership with users and families", "level": "h2"},
        },
        {
            "type": "paragraph",
            "value": p("The organisation relies on a model with three axes:")
            + ul(
                "the user as a partner in their care and services (taking part in their care);",
                "the user as a witness of their experience (gathering data on it);",
                "the user as a collaborator in improvement (contributing their knowledge).",
            ),
        },
        {"type": "heading", "value": {"heading": "Partnership with the population", "level": "h2"}},
        {
            "type": "paragraph",
            "value": p(
                "Citizens, individually or as members of a community, can help improve "
                "services through citizen participation: public consultations, population "
                "forums, standing bodies (board of directors, etc.)."
            ),
        },
        {"type": "heading", "value": {"heading": "Next steps", "level": "h2"}},
        {
            "type": "paragraph",
            "value": ul(
                "A strategic development committee will be set up in the autumn of 2018;",
                "various ownership and implementation strategies will be carried out;",
                "communication tools will be developed.",
            ),
        },
    ],
}


# --- Glossary -------------------------------------------------------------------------

GLOSSARY = [
    # (terme, term, définition, definition)
    (
        "Usager partenaire",
        "Partner user",
        "Usager ou proche qui met son savoir expérientiel au service de ses propres soins ou "
        "de l’amélioration des soins et services, en collaboration avec les équipes.",
        "A user or family member who brings their experiential knowledge to their own care or "
        "to improving care and services, working with teams.",
    ),
    (
        "Usager-ressource",
        "Resource user",
        "Usager ou proche recruté et accompagné par le Bureau du partenariat pour participer à "
        "des projets ponctuels et à des comités, par exemple sur la sécurité de l’usager.",
        "A user or family member recruited and supported by the partnership office to take "
        "part in one-off projects and committees, for instance on user safety.",
    ),
    (
        "Employé-partenaire",
        "Partner employee",
        "Membre du personnel qui, dans son équipe, facilite l’intégration et le suivi des "
        "usagers-ressources, en lien avec le Bureau du partenariat.",
        "A staff member who, within their team, helps integrate and follow up resource users, "
        "in liaison with the partnership office.",
    ),
    (
        "Savoir expérientiel",
        "Experiential knowledge",
        "Savoir que la personne tire de son vécu de la maladie, des soins et des services. Il "
        "complète l’expertise des intervenants.",
        "Knowledge a person draws from living with illness, care and services. It complements "
        "clinicians’ expertise.",
    ),
    (
        "Co-construction",
        "Co-construction",
        "Démarche où usagers et membres du personnel conçoivent ensemble une solution, un "
        "outil ou un service, du début à la fin.",
        "An approach in which users and staff design a solution, a tool or a service together, "
        "from start to finish.",
    ),
    (
        "Comité des usagers",
        "Users’ committee",
        "Comité de l’établissement chargé de promouvoir et de défendre les droits des "
        "usagers, de promouvoir l’amélioration de leurs conditions de vie et d’évaluer leur "
        "satisfaction à l’égard des soins et des services.",
        "The institution’s committee that promotes and defends users’ rights, promotes better "
        "living conditions and evaluates users’ satisfaction with care and services.",
    ),
    (
        "Comité de résidents",
        "Residents’ committee",
        "Comité qui joue, dans un milieu de vie (par exemple un CHSLD), le rôle du comité des "
        "usagers auprès des résidents.",
        "A committee that plays, in a living environment (such as a long-term care centre), "
        "the role of the users’ committee for residents.",
    ),
    (
        "Proche",
        "Family member",
        "Personne de l’entourage de l’usager qui le soutient : membre de la famille, ami, "
        "proche aidant. Dans ce site, « usager » comprend aussi sa famille et ses proches.",
        "Someone close to the user who supports them: family, friend, caregiver. On this "
        "site, “user” also includes their family and close ones.",
    ),
    (
        "Évaluation de l’expérience usager",
        "User experience evaluation",
        "Captation du vécu des usagers et des proches (questionnaires, entretiens, groupes de "
        "discussion) pour mesurer la qualité perçue et cibler des améliorations.",
        "Capturing what users and families live through (questionnaires, interviews, focus "
        "groups) to measure perceived quality and target improvements.",
    ),
    (
        "Ambassadeur du partenariat",
        "Partnership ambassador",
        "Personne d’une direction qui relaie l’approche de partenariat auprès de ses "
        "collègues, avec le soutien méthodologique du bureau de partenariat.",
        "A person in a directorate who champions the partnership approach among colleagues, "
        "with methodological support from the partnership office.",
    ),
    (
        "Partenariat",
        "Partnership",
        "Relation de collaboration entre l’établissement et les usagers, leurs proches et la "
        "population, fondée sur des objectifs communs, la confiance et la complémentarité des "
        "savoirs.",
        "A collaborative relationship between the institution and users, their families and "
        "the population, founded on common goals, trust and complementary knowledge.",
    ),
]


def glossary_terms(language):
    terms = []
    for term_fr, term_en, def_fr, def_en in GLOSSARY:
        if language == "fr":
            terms.append({"term": term_fr, "other_language": term_en, "definition": def_fr})
        else:
            terms.append({"term": term_en, "other_language": term_fr, "definition": def_en})
    return stream("term", terms)


# --- Forms ----------------------------------------------------------------------------

NO_HEALTH_FR = "N’indiquez aucun renseignement sur votre santé ni sur celle d’un proche."
NO_HEALTH_EN = "Do not include any information about your health or a family member’s."

BECOME_FIELDS = [
    # (type, required, label FR, help FR, choices FR, label EN, help EN, choices EN)
    ("singleline", True, "Prénom et nom", "", "", "First and last name", "", ""),
    ("email", True, "Courriel", "Pour vous répondre.", "", "Email", "So we can reply.", ""),
    (
        "singleline",
        False,
        "Téléphone",
        "Facultatif, si vous préférez un appel.",
        "",
        "Phone",
        "Optional, if you prefer a call.",
        "",
    ),
    (
        "checkboxes",
        False,
        "Comment souhaitez-vous contribuer ?",
        "",
        "Partager mon expérience de soins\nParticiper à un comité ou à un projet "
        "d’amélioration\nJe ne sais pas encore",
        "How would you like to contribute?",
        "",
        "Share my care experience\nTake part in an improvement committee or project\n"
        "I don’t know yet",
    ),
    (
        "singleline",
        False,
        "Vos disponibilités",
        "Par exemple : en semaine le jour, en soirée.",
        "",
        "When are you available?",
        "For example: weekdays, evenings.",
        "",
    ),
    (
        "multiline",
        False,
        "Ce qui vous motive",
        NO_HEALTH_FR,
        "",
        "What motivates you",
        NO_HEALTH_EN,
        "",
    ),
]

REQUEST_FIELDS = [
    ("singleline", True, "Votre nom", "", "", "Your name", "", ""),
    ("email", True, "Courriel professionnel", "", "", "Work email", "", ""),
    ("singleline", True, "Direction et équipe", "", "", "Directorate and team", "", ""),
    (
        "multiline",
        True,
        "Description du projet",
        "Le projet ou le comité, son but et la décision à prendre. Aucun renseignement sur un "
        "usager.",
        "",
        "Project description",
        "The project or committee, its aim and the decision to be made. No information about "
        "any user.",
        "",
    ),
    (
        "multiline",
        True,
        "Profil recherché",
        "Expérience souhaitée, nombre d’usagers, nombre et durée des rencontres.",
        "",
        "Profile sought",
        "Experience wanted, number of users, number and length of meetings.",
        "",
    ),
    (
        "singleline",
        True,
        "Échéancier",
        "Date de début souhaitée et durée prévue.",
        "",
        "Timeline",
        "Desired start date and expected duration.",
        "",
    ),
    (
        "radio",
        False,
        "Axe du partenariat",
        "",
        "L’usager partenaire de ses soins et services\nL’usager témoin de son vécu\n"
        "L’usager collaborateur en amélioration",
        "Axis of partnership",
        "",
        "The user as a partner in their care and services\nThe user as a witness of their "
        "experience\nThe user as a collaborator in improvement",
    ),
]

BECOME_NOTICE_FR = p(
    "Nous conservons seulement ce que vous inscrivez ici : vos coordonnées, vos "
    "disponibilités et vos intérêts. Ils servent uniquement à vous rappeler pour discuter "
    "de votre participation. Seule l’équipe du Bureau du partenariat les consulte; ils ne "
    "sont jamais vendus ni transmis.",
    NO_HEALTH_FR,
)
BECOME_NOTICE_EN = p(
    "We keep only what you enter here: your contact details, availability and interests. "
    "They are used only to call you back about taking part. Only the partnership office "
    "team reads them; they are never sold or passed on.",
    NO_HEALTH_EN,
)
REQUEST_NOTICE_FR = p(
    "Nous conservons vos coordonnées professionnelles et la description du projet pour "
    "trouver un usager partenaire et suivre la demande. Seule l’équipe du Bureau du "
    "partenariat les consulte. N’inscrivez aucun renseignement sur un usager."
)
REQUEST_NOTICE_EN = p(
    "We keep your work contact details and the project description to find a partner user "
    "and follow up the request. Only the partnership office team reads them. Do not include "
    "any information about a user."
)


def form_fields(definitions, language):
    fields = []
    for (
        field_type,
        required,
        label_fr,
        help_fr,
        choices_fr,
        label_en,
        help_en,
        choices_en,
    ) in definitions:
        french_text = language == "fr"
        fields.append(
            RequestFormField(
                field_type=field_type,
                required=required,
                label=label_fr if french_text else label_en,
                help_text=help_fr if french_text else help_en,
                choices=choices_fr if french_text else choices_en,
            )
        )
    return fields


def ensure_form(parent_fr, slug, fr, en, definitions, log):
    page = parent_fr.get_children().filter(slug=slug).first()
    if page is None:
        page, _ = ensure_page(parent_fr, RequestFormPage, slug, log=log, **fr)
        page.form_fields = form_fields(definitions, "fr")
        page.save()
        page.save_revision().publish()
    page = page.specific
    translated = page.get_translation_or_none(english())
    if translated is None:
        translated, _ = ensure_translation(page, log=log, **en)
        translated.form_fields = form_fields(definitions, "en")
        translated.save()
        translated.save_revision().publish()
    return page, translated


# --- Content pages --------------------------------------------------------------------

PRIVACY_FR = [
    {"type": "heading", "value": {"heading": "Ce que le site recueille", "level": "h2"}},
    {
        "type": "paragraph",
        "value": ul(
            "Les renseignements que vous inscrivez dans un formulaire (« Devenir usager "
            "partenaire », « Demander un usager partenaire ») : coordonnées, disponibilités, "
            "description d’un projet. Jamais de renseignement de santé.",
            "Pour le personnel qui se connecte : un témoin (cookie) de session, nécessaire à "
            "la connexion.",
            "Aucun témoin publicitaire ni outil de mesure d’audience. Les vidéos ne se "
            "chargent qu’après un clic de votre part.",
        ),
    },
    {"type": "heading", "value": {"heading": "Pourquoi", "level": "h2"}},
    {
        "type": "paragraph",
        "value": p(
            "Uniquement pour traiter votre demande : vous rappeler, trouver un usager "
            "partenaire, suivre un projet."
        ),
    },
    {"type": "heading", "value": {"heading": "Pendant combien de temps", "level": "h2"}},
    {
        "type": "paragraph",
        "value": p(
            "Chaque formulaire indique sa durée de conservation (12 mois par défaut). Les "
            "demandes sont ensuite supprimées."
        ),
    },
    {"type": "heading", "value": {"heading": "Qui consulter", "level": "h2"}},
    {
        "type": "paragraph",
        "value": p(
            "Pour consulter, corriger ou faire supprimer vos renseignements, écrivez au "
            "Bureau du partenariat avec l’usager (coordonnées au bas de chaque page)."
        ),
    },
]
PRIVACY_EN = [
    {"type": "heading", "value": {"heading": "What the site collects", "level": "h2"}},
    {
        "type": "paragraph",
        "value": ul(
            "What you enter in a form (“Become a partner user”, “Request a partner user”): "
            "contact details, availability, a project description. Never health information.",
            "For staff who sign in: a session cookie, needed to stay signed in.",
            "No advertising cookie and no audience measurement. Videos load only after you click.",
        ),
    },
    {"type": "heading", "value": {"heading": "Why", "level": "h2"}},
    {
        "type": "paragraph",
        "value": p(
            "Only to handle your request: call you back, find a partner user, follow up a project."
        ),
    },
    {"type": "heading", "value": {"heading": "For how long", "level": "h2"}},
    {
        "type": "paragraph",
        "value": p(
            "Each form states how long it keeps answers (12 months by default). Requests are "
            "then deleted."
        ),
    },
    {"type": "heading", "value": {"heading": "Whom to contact", "level": "h2"}},
    {
        "type": "paragraph",
        "value": p(
            "To see, correct or delete your information, write to the Office of partnership "
            "with users (contact details at the bottom of every page)."
        ),
    },
]

RECOGNITION_FR = [
    {
        "type": "paragraph",
        "value": p(
            "Le savoir expérientiel des usagers partenaires est essentiel et complémentaire "
            "aux savoirs des autres membres de l’équipe. Nous le reconnaissons de plusieurs "
            "façons :"
        ),
    },
    {
        "type": "steps",
        "value": {
            "heading": "Comment nous reconnaissons les usagers partenaires",
            "steps": [
                {
                    "title": "Montrer ce que leur contribution a changé",
                    "text": p(
                        "Chaque fiche de projet comporte une section « Ce que la contribution "
                        "des usagers a changé »."
                    ),
                },
                {
                    "title": "Faire le bilan ensemble",
                    "text": p(
                        "À la fin d’une participation, l’équipe fait le bilan avec l’usager."
                    ),
                },
                {
                    "title": "Remercier et attester",
                    "text": p(
                        "Une lettre de remerciement et une attestation de participation "
                        "sont remises à l’usager qui le souhaite."
                    ),
                },
                {
                    "title": "Mettre en valeur",
                    "text": p(
                        "Avec leur accord, nous faisons connaître les réalisations des "
                        "usagers partenaires dans nos communications."
                    ),
                },
            ],
        },
    },
]
RECOGNITION_EN = [
    {
        "type": "paragraph",
        "value": p(
            "Partner users’ experiential knowledge is essential and complements the knowledge "
            "of other team members. We recognise it in several ways:"
        ),
    },
    {
        "type": "steps",
        "value": {
            "heading": "How we recognise partner users",
            "steps": [
                {
                    "title": "Show what their contribution changed",
                    "text": p(
                        "Every project page has a section “What the users’ contribution changed”."
                    ),
                },
                {
                    "title": "Review together",
                    "text": p("At the end of a participation, the team reviews it with the user."),
                },
                {
                    "title": "Thank and certify",
                    "text": p(
                        "A thank-you letter and a certificate of participation are given "
                        "to users who wish."
                    ),
                },
                {
                    "title": "Highlight",
                    "text": p(
                        "With their consent, we share partner users’ achievements in our "
                        "communications."
                    ),
                },
            ],
        },
    },
]


# --- Loader ---------------------------------------------------------------------------


def load(log):
    home_fr = get_home()
    if home_fr is None:
        return
    fr = french()

    hub, _ = ensure_pair(
        home_fr,
        HubPage,
        "partenariat",
        fr={
            "title": "Partenariat",
            "show_in_menus": True,
            "search_description": "La politique, les axes, la méthode et les projets.",
            "introduction": p(
                "La politique de partenariat avec les usagers, les proches et la population, "
                "ses trois axes, la méthode pour impliquer un usager, le modèle intégré, les "
                "projets et le glossaire."
            ),
        },
        en={
            "title": "Partnership",
            "slug": "partnership",
            "search_description": "The policy, the axes, the method and the projects.",
            "introduction": p(
                "The policy on partnership with users, families and the population, its three "
                "axes, the method for involving a user, the integrated model, projects and the "
                "glossary."
            ),
        },
        log=log,
    )

    policy, _ = ensure_page(
        hub, PolicyPage, "politique-de-partenariat", log=log,
        review_date=datetime.date(2026, 6, 1), **POLICY_FR,
    )  # fmt: skip
    if policy.policy_document_id is None:
        policy.policy_document = policy_document()
        policy.save_revision().publish()
    ensure_translation(policy, log=log, policy_document=policy.policy_document, **POLICY_EN)

    for axis_data in AXES:
        axis = Axis.objects.get(code=axis_data["code"])
        fr_fields = dict(axis_data["fr"])
        slug = fr_fields.pop("slug")
        ensure_pair(hub, AxisPage, slug, fr={"axis": axis, **fr_fields}, en=axis_data["en"],
                    log=log)  # fmt: skip

    tools = tool_ids_by_slug(fr)
    ensure_pair(
        hub,
        MethodologyPage,
        "impliquer-un-usager",
        fr={
            "title": "Impliquer un usager",
            "search_description": "Les cinq étapes pour impliquer un usager dans un projet.",
            "introduction": p(
                "Cinq étapes pour impliquer un usager partenaire dans un projet d’amélioration, "
                "de l’analyse du besoin à la reconnaissance de sa contribution."
            ),
            "steps": method_steps(STEPS_FR, tools),
            "support": p(
                "Le Bureau du partenariat offre soutien-conseil et accompagnement pour "
                "analyser le besoin, planifier le recrutement et réaliser l’intégration des "
                "usagers collaborateurs dans les projets d’amélioration."
            ),
        },
        en={
            "title": "Involving a user",
            "slug": "involving-a-user",
            "search_description": "The five steps to involve a user in a project.",
            "introduction": p(
                "Five steps to involve a partner user in an improvement project, from "
                "analysing the need to recognising their contribution."
            ),
            "steps": method_steps(STEPS_EN, tools),
            "support": p(
                "The partnership office offers advice and support to analyse the need, plan "
                "the recruitment and integrate user collaborators in improvement projects."
            ),
        },
        log=log,
    )

    ensure_pair(hub, IntegratedModelPage, "modele-integre", fr=MODEL_FR, en=MODEL_EN, log=log)

    projects_index, _ = ensure_pair(
        hub,
        ProjectIndexPage,
        "projets",
        fr={
            "title": "Projets de partenariat",
            "search_description": "Les projets menés avec des usagers partenaires.",
            "introduction": p(
                "Les projets menés avec des usagers partenaires, et ce que leur contribution a "
                "changé."
            ),
        },
        en={
            "title": "Partnership projects",
            "slug": "projects",
            "search_description": "Projects carried out with partner users.",
            "introduction": p(
                "Projects carried out with partner users, and what their contribution changed."
            ),
        },
        log=log,
    )
    for project in PROJECTS:
        page, created = ensure_page(projects_index, ProjectPage, project["slug"], log=log,
                                    **project["fr"])  # fmt: skip
        if created:
            page.axes.set(Axis.objects.filter(code__in=project["axes"]))
            page.audiences.set(Audience.objects.filter(code__in=project["audiences"]))
            page.save_revision().publish()
        ensure_translation(page, log=log, **project["en"])

    ensure_pair(
        hub,
        GlossaryPage,
        "glossaire",
        fr={
            "title": "Glossaire du partenariat",
            "search_description": "Les mots du partenariat avec l’usager, définis simplement.",
            "introduction": p("Les mots du partenariat avec l’usager, définis simplement."),
            "terms": glossary_terms("fr"),
        },
        en={
            "title": "Partnership glossary",
            "slug": "glossary",
            "search_description": "The words of partnership with users, simply defined.",
            "introduction": p("The words of partnership with users, simply defined."),
            "terms": glossary_terms("en"),
        },
        log=log,
    )

    ensure_form(
        hub,
        "devenir-usager-partenaire",
        fr={
            "title": "Devenir usager partenaire",
            "search_description": "Proposez votre participation comme usager partenaire.",
            "introduction": p(
                "Vous êtes usager ou proche et souhaitez mettre votre expérience au service de "
                "l’amélioration des soins et services ? Laissez-nous vos coordonnées : nous "
                "vous rappellerons pour en discuter."
            ),
            "privacy_notice": BECOME_NOTICE_FR,
            "retention_months": 12,
            "thank_you_text": p(
                "Merci de votre intérêt. Un membre du Bureau du partenariat vous joindra."
            ),
        },
        en={
            "title": "Become a partner user",
            "slug": "become-a-partner-user",
            "search_description": "Offer to take part as a partner user.",
            "introduction": p(
                "Are you a user or a family member who wants to put your experience to work "
                "improving care and services? Leave us your contact details: we will call you "
                "back to talk about it."
            ),
            "privacy_notice": BECOME_NOTICE_EN,
            "consent_label": (
                "I agree that the partnership office keeps this information to handle my "
                "request, as described above."
            ),
            "thank_you_text": p(
                "Thank you for your interest. A member of the partnership office will contact you."
            ),
        },
        definitions=BECOME_FIELDS,
        log=log,
    )
    ensure_form(
        hub,
        "demander-un-usager-partenaire",
        fr={
            "title": "Demander un usager partenaire",
            "staff_only": True,
            "search_description": "Pour les équipes : demander un usager partenaire.",
            "introduction": p(
                "Votre équipe prépare un projet ou un comité et souhaite y associer un usager "
                "partenaire ? Décrivez le projet, le profil recherché et l’échéancier."
            ),
            "privacy_notice": REQUEST_NOTICE_FR,
            "retention_months": 24,
            "thank_you_text": p(
                "Merci. Le Bureau du partenariat analysera votre demande avec vous."
            ),
        },
        en={
            "title": "Request a partner user",
            "slug": "request-a-partner-user",
            "search_description": "For teams: request a partner user.",
            "introduction": p(
                "Is your team preparing a project or committee and would like a partner user "
                "to join? Describe the project, the profile sought and the timeline."
            ),
            "privacy_notice": REQUEST_NOTICE_EN,
            "consent_label": (
                "I agree that the partnership office keeps this information to handle the "
                "request, as described above."
            ),
            "thank_you_text": p(
                "Thank you. The partnership office will review your request with you."
            ),
        },
        definitions=REQUEST_FIELDS,
        log=log,
    )

    recognition, _ = ensure_pair(
        hub,
        ContentPage,
        "reconnaissance-des-usagers-partenaires",
        fr={
            "title": "Reconnaissance des usagers partenaires",
            "search_description": "Comment nous reconnaissons la contribution des usagers.",
            "introduction": p(
                "Comment nous reconnaissons la contribution des usagers partenaires."
            ),
            "body": RECOGNITION_FR,
        },
        en={
            "title": "Recognition of partner users",
            "slug": "recognition-of-partner-users",
            "search_description": "How we recognise users’ contribution.",
            "introduction": p("How we recognise partner users’ contribution."),
            "body": RECOGNITION_EN,
        },
        log=log,
    )
    privacy, _ = ensure_pair(
        home_fr,
        ContentPage,
        "confidentialite",
        fr={
            "title": "Politique de confidentialité",
            "search_description": "Ce que le site recueille, pourquoi et pour combien de temps.",
            "introduction": p(
                "Ce que le site recueille, pourquoi, pour combien de temps et qui joindre."
            ),
            "body": PRIVACY_FR,
        },
        en={
            "title": "Privacy policy",
            "slug": "privacy",
            "search_description": "What the site collects, why and for how long.",
            "introduction": p("What the site collects, why, for how long and whom to contact."),
            "body": PRIVACY_EN,
        },
        log=log,
    )

    news_index, _ = ensure_pair(
        home_fr,
        NewsIndexPage,
        "nouvelles",
        fr={
            "title": "Nouvelles",
            "show_in_menus": True,
            "search_description": "Les nouvelles du partenariat avec les usagers.",
            "introduction": p(
                "Les nouvelles du partenariat avec les usagers, les proches et la population."
            ),
        },
        en={
            "title": "News",
            "slug": "news",
            "search_description": "News about partnership with users.",
            "introduction": p("News about partnership with users, families and the population."),
        },
        log=log,
    )
    ensure_pair(news_index, NewsPage, "politique-partenariat-adoptee", fr=NEWS_FR, en=NEWS_EN,
                log=log)  # fmt: skip

    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        site_settings = SiteSettings.for_site(site)
        changed = False
        if site_settings.privacy_page_id is None:
            site_settings.privacy_page = privacy
            changed = True
        if site_settings.recognition_page_id is None:
            site_settings.recognition_page = recognition
            changed = True
        if changed:
            site_settings.save()
