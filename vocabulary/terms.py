# ruff: noqa: E501 (one term per line reads best)
"""The initial vocabulary from DESIGN.md, with its stable codes (used by the data migration)."""

AXES = [
    ("care", "L’usager partenaire de ses soins et services", "The user as partner in their own care and services",
     "L’usager participe aux décisions et aux actions qui concernent ses propres soins et services.",
     "Users take part in the decisions and actions about their own care and services."),
    ("experience", "L’usager témoin de son vécu", "The user as witness of their experience",
     "L’établissement recueille l’expérience vécue par les usagers (captation de l’expérience) pour s’améliorer.",
     "The institution gathers what users experience (experience capture) in order to improve."),
    ("improvement", "L’usager collaborateur en amélioration", "The user as collaborator in improvement",
     "L’usager contribue par son savoir expérientiel à l’amélioration des soins et services.",
     "Users bring their experiential knowledge to the improvement of care and services."),
]  # fmt: skip

AUDIENCES = [
    ("managers", "Gestionnaires", "Managers"),
    ("clinicians", "Intervenants et professionnels", "Clinicians and professionals"),
    ("physicians", "Médecins", "Physicians"),
    (
        "patient-partners",
        "Usagers partenaires et usagers-ressources",
        "Patient partners and resource users",
    ),
    ("users-families", "Usagers et proches", "Users and families"),
    ("committees", "Comités des usagers et de résidents", "Users’ and residents’ committees"),
    ("researchers", "Chercheurs et stagiaires", "Researchers and trainees"),
]

TOOL_TYPES = [
    ("guide", "Guide", "Guide"),
    ("template", "Gabarit", "Template"),
    ("checklist", "Aide-mémoire", "Checklist"),
    ("form", "Formulaire", "Form"),
    ("evaluation", "Questionnaire et outil d’évaluation", "Questionnaire and evaluation tool"),
    ("factsheet", "Fiche", "Fact sheet"),
    ("presentation", "Présentation", "Presentation"),
    ("video", "Vidéo", "Video"),
]
