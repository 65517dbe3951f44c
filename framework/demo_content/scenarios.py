"""The five LINKS case scenarios, in English and Dutch.

``featured`` lists product slugs shown on the scenario page, in order.
"""

SCENARIOS = [
    {
        "slug": "earthquakes-in-italy",
        "title": "Earthquakes in Italy",
        "nl_title": "Aardbevingen in Itali\u00eb",
        "hazard": "earthquake",
        "country": "IT",
        "image": "earthquake",
        "hero_image_alt": "Seismograph-like lines in terracotta over a pale hill landscape.",
        "nl_hero_image_alt": "Seismograaflijnen in terracotta boven een licht heuvellandschap.",
        "featured": [
            "central-italy-earthquakes-2016-digital-volunteers",
            "collaborative-mapping-openstreetmap",
            "verifying-crowdsourced-reports",
            "crowdsourced-incident-reporting-platforms",
        ],
    },
    {
        "slug": "drought-in-germany",
        "title": "Drought in Germany",
        "nl_title": "Droogte in Duitsland",
        "hazard": "drought",
        "country": "DE",
        "image": "drought",
        "hero_image_alt": "Dry cracked earth in warm ochre with a small green sprout.",
        "nl_hero_image_alt": "Droge, gebarsten aarde in warm oker met een klein groen plantje.",
        "featured": [
            "drought-germany-citizen-tree-watering",
            "engaging-communities-in-risk-reduction",
            "public-warning-apps",
        ],
    },
    {
        "slug": "industrial-hazards-in-the-netherlands",
        "title": "Industrial hazards in the Netherlands",
        "nl_title": "Industri\u00eble gevaren in Nederland",
        "hazard": "industrial-accident",
        "country": "NL",
        "image": "industrial",
        "hero_image_alt": "Factory silhouette with a plume of grey smoke drifting over a town.",
        "nl_hero_image_alt": "Silhouet van een fabriek met een grijze rookpluim boven een stad.",
        "featured": [
            "industrial-fire-netherlands-public-warning",
            "cell-broadcast-public-warning",
            "warning-messages-people-act-on",
            "reaching-non-native-speakers",
        ],
    },
    {
        "slug": "floods-in-denmark",
        "title": "Floods in Denmark",
        "nl_title": "Overstromingen in Denemarken",
        "hazard": "flood",
        "country": "DK",
        "image": "flood",
        "hero_image_alt": "Layered blue waves rising over a line of small houses.",
        "nl_hero_image_alt": "Gelaagde blauwe golven die oprijzen boven een rij kleine huizen.",
        "featured": [
            "danish-storm-surge-warnings",
            "warning-messages-people-act-on",
            "running-a-volunteer-coordination-channel",
            "social-media-monitoring-dashboards",
        ],
    },
    {
        "slug": "terrorism-in-germany",
        "title": "Terrorism in Germany",
        "nl_title": "Terrorisme in Duitsland",
        "hazard": "terrorism",
        "country": "DE",
        "image": "city",
        "hero_image_alt": "City skyline at dusk in muted blue and grey tones.",
        "nl_hero_image_alt": "Skyline van een stad in de schemering, in gedempt blauw en grijs.",
        "featured": [
            "munich-2016-police-social-media",
            "communicating-after-an-attack",
            "countering-rumours-during-a-crisis",
            "rumour-tracking-and-verification-tools",
        ],
    },
]
