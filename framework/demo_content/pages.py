"""Texts of the home page, the framework index and the glossary page, in English and Dutch."""

HOME = {
    "slug": "home",
    "title": "LINKS Community Center",
    "nl_title": "LINKS Community Center",
    "intro": "Practical knowledge on using social media and crowdsourcing before, during and "
    "after disasters: technology guides, guidelines, case examples and the five LINKS "
    "scenarios, for practitioners, policy makers, researchers, businesses and civil society.",
    "nl_intro": "Praktische kennis over het gebruik van sociale media en crowdsourcing vóór, "
    "tijdens en na rampen: gidsen over technologie, richtlijnen, praktijkvoorbeelden en de "
    "vijf LINKS-scenario's, voor hulpverleners, beleidsmakers, onderzoekers, bedrijven en "
    "het maatschappelijk middenveld.",
    "image": "network",
    "hero_image_alt": "Abstract network of connected dots on a dark blue background.",
    "nl_hero_image_alt": "Abstract netwerk van verbonden punten op een donkerblauwe achtergrond.",
}

FRAMEWORK_INDEX = {
    "slug": "framework",
    "title": "The LINKS Framework",
    "nl_title": "Het LINKS-framework",
    "intro": "Browse and filter the knowledge of the LINKS Framework by hazard, disaster phase, "
    "audience, purpose, challenge and country.",
    "nl_intro": "Blader door de kennis van het LINKS-framework en filter op gevaar, fase, "
    "doelgroep, doel, uitdaging en land.",
}

GLOSSARY = {
    "slug": "glossary",
    "title": "Glossary",
    "nl_title": "Woordenlijst",
    "intro": "Key terms of disaster risk management and of social media and crowdsourcing, "
    "explained in plain words. Definitions marked as based on UNDRR terminology follow the "
    "terms agreed by the United Nations.",
    "nl_intro": "Belangrijke begrippen uit het rampen- en risicobeheer en uit sociale media en "
    "crowdsourcing, in gewone woorden uitgelegd. De begrippen zelf staan nog in het Engels; "
    "definities gebaseerd op de UNDRR-terminologie volgen de afspraken van de Verenigde "
    "Naties.",
}
