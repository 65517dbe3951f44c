"""Discussion categories: one per LINKS scenario, one per theme, and a welcome corner."""

CATEGORIES = [
    (
        "welcome",
        "Welcome and introductions",
        "Say who you are, what you work on and what you hope to find here.",
    ),
    (
        "earthquakes-italy",
        "Earthquakes in Italy",
        "The Italian earthquake scenario: digital volunteers, damage reports, risk education.",
    ),
    (
        "drought-germany",
        "Drought in Germany",
        "The German drought scenario: slow-onset risks, water saving, citizen action.",
    ),
    (
        "industrial-hazards-netherlands",
        "Industrial hazards in the Netherlands",
        "Fires and chemical incidents: warning nearby residents and countering rumours.",
    ),
    (
        "floods-denmark",
        "Floods in Denmark",
        "Storm surges and river floods: warnings, volunteers and citizen observations.",
    ),
    (
        "terrorism-germany",
        "Terrorism in Germany",
        "Communicating during and after attacks: official channels, rumours, victims' privacy.",
    ),
    (
        "engaging-citizens",
        "Engaging with citizens",
        "Collecting and analysing information, mobilising citizens and volunteers.",
    ),
    (
        "improving-communication",
        "Improving communication",
        "Targeting, credibility and accessibility of crisis communication.",
    ),
    (
        "tools-technology",
        "Tools and technology",
        "Monitoring dashboards, mapping, warning apps, chatbots: experiences and questions.",
    ),
]
