"""Glossary terms (English). Definitions are written for this site; where a definition
follows the UNDRR terminology, the source says so and links to it."""

UNDRR = "Based on UNDRR terminology"
UNDRR_URL = "https://www.undrr.org/terminology"
LINKS = "LINKS Framework"

TERMS = [
    {
        "term": "Cell broadcast",
        "definition": "A mobile network technique that sends one message to all phones "
        "connected to the cell towers in an area, without needing phone numbers or an app. "
        "Used by many countries for public warnings.",
        "source": LINKS,
    },
    {
        "term": "Citizen science",
        "definition": "Research in which members of the public help collect or analyse data, "
        "for example by recording rainfall, soil dryness or earthquake shaking.",
        "source": LINKS,
    },
    {
        "term": "Common Alerting Protocol (CAP)",
        "definition": "An open standard format for emergency alerts, so that one warning can be "
        "sent to many channels (sirens, apps, cell broadcast, websites) at once.",
        "source": "OASIS standard",
    },
    {
        "term": "Crisis mapping",
        "definition": "Collecting reports about a crisis, often from the public, and showing "
        "them on a map to support response and recovery.",
        "source": LINKS,
    },
    {
        "term": "Crowdsourcing",
        "definition": "Gathering information, ideas or help from a large group of people "
        "outside one's own organisation, usually online. Example: a fire service asking "
        "residents to share photos of flooded streets.",
        "source": LINKS,
    },
    {
        "term": "Digital volunteers",
        "definition": "People who help in a disaster from a distance, online: mapping, "
        "translating, sorting and verifying reports, or running information channels.",
        "source": LINKS,
    },
    {
        "term": "Disaster risk management",
        "definition": "Putting disaster risk reduction policies and strategies into practice "
        "to prevent new risk, reduce existing risk and manage the risk that remains.",
        "source": UNDRR,
        "source_url": UNDRR_URL,
    },
    {
        "term": "Disaster risk reduction",
        "definition": "The aim of preventing new disaster risk and reducing existing risk, so "
        "that losses of lives, livelihoods and assets become smaller and resilience grows.",
        "source": UNDRR,
        "source_url": UNDRR_URL,
    },
    {
        "term": "Disinformation",
        "definition": "False information spread on purpose to deceive or cause harm. Compare "
        "misinformation, which is false but shared without intent to deceive.",
        "source": LINKS,
    },
    {
        "term": "Early warning system",
        "definition": "An integrated set of hazard monitoring, forecasting, risk assessment, "
        "communication and preparedness activities that lets people and organisations act in "
        "time to reduce harm.",
        "source": UNDRR,
        "source_url": UNDRR_URL,
    },
    {
        "term": "Exposure",
        "definition": "The people, buildings, infrastructure and other assets located in areas "
        "where hazards can strike.",
        "source": UNDRR,
        "source_url": UNDRR_URL,
    },
    {
        "term": "Geotagging",
        "definition": "Adding location information to a post, photo or report. Useful for "
        "crisis maps, but it can reveal where people live.",
        "source": LINKS,
    },
    {
        "term": "Hazard",
        "definition": "A process, phenomenon or human activity that may cause loss of life, "
        "injury, damage, disruption or environmental harm.",
        "source": UNDRR,
        "source_url": UNDRR_URL,
    },
    {
        "term": "Misinformation",
        "definition": "False or misleading information shared without the intention to "
        "deceive, often by people trying to help or to make sense of events.",
        "source": LINKS,
    },
    {
        "term": "Preparedness",
        "definition": "The knowledge and capacities of governments, organisations, "
        "communities and individuals to anticipate, respond to and recover from disasters.",
        "source": UNDRR,
        "source_url": UNDRR_URL,
    },
    {
        "term": "Resilience",
        "definition": "The ability of a system, community or society exposed to hazards to "
        "resist, absorb, adapt to and recover from their effects in a timely and efficient "
        "way.",
        "source": UNDRR,
        "source_url": UNDRR_URL,
    },
    {
        "term": "Risk perception",
        "definition": "How people judge the likelihood and seriousness of a risk. It shapes "
        "whether they prepare and whether they act on warnings.",
        "source": LINKS,
    },
    {
        "term": "Rumour log",
        "definition": "A shared record of claims circulating during a crisis: where they were "
        "seen, how far they spread, what was checked, the verdict and the public reply.",
        "source": LINKS,
    },
    {
        "term": "Situational awareness",
        "definition": "An up-to-date understanding of what is happening, where, and what it "
        "means for decisions, built from official and public sources.",
        "source": LINKS,
    },
    {
        "term": "SMCS",
        "definition": "Short for social media and crowdsourcing, the two families of "
        "technology the LINKS Framework is about.",
        "source": LINKS,
    },
    {
        "term": "Social media",
        "definition": "Online platforms where users create and share content and interact, "
        "such as Facebook, X (Twitter), Instagram, TikTok and messaging apps with channels.",
        "source": LINKS,
    },
    {
        "term": "Spontaneous volunteers",
        "definition": "People who offer help in a disaster without being part of an "
        "established response organisation, often organising themselves through social "
        "media.",
        "source": LINKS,
    },
    {
        "term": "Trusted messenger",
        "definition": "A person or organisation a community already trusts, such as a "
        "community leader, teacher or doctor, who passes on official information.",
        "source": LINKS,
    },
    {
        "term": "Verification",
        "definition": "Checking the source, place, time and content of a report, photo or "
        "video before relying on it or sharing it.",
        "source": LINKS,
    },
    {
        "term": "Vulnerability",
        "definition": "Conditions, physical, social, economic or environmental, that make "
        "a person, community or system more likely to suffer from a hazard.",
        "source": UNDRR,
        "source_url": UNDRR_URL,
    },
]
