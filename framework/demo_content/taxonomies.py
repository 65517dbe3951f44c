"""Taxonomy values of the demo framework, in English and Dutch.

Each entry: slug, English name and description, Dutch name and description. Slugs are the
same in every locale (the Dutch rows are translations of the English ones).
"""

HAZARDS = [
    {
        "slug": "earthquake",
        "name": "Earthquake",
        "description": "Sudden shaking of the ground caused by movement along a fault.",
        "nl_name": "Aardbeving",
        "nl_description": "Plotselinge schokken van de bodem door beweging langs een breuklijn.",
    },
    {
        "slug": "drought",
        "name": "Drought",
        "description": "A long period with too little water for people, crops and nature.",
        "nl_name": "Droogte",
        "nl_description": "Een lange periode met te weinig water voor mens, landbouw en natuur.",
    },
    {
        "slug": "flood",
        "name": "Flood",
        "description": "Water covering land that is normally dry: river, coastal or flash floods.",
        "nl_name": "Overstroming",
        "nl_description": "Water op land dat normaal droog is: door rivieren, de zee of hevige "
        "regen.",
    },
    {
        "slug": "industrial-accident",
        "name": "Industrial accident",
        "description": "Fires, explosions or releases of hazardous substances at industrial sites.",
        "nl_name": "Industrieel ongeval",
        "nl_description": "Branden, explosies of het vrijkomen van gevaarlijke stoffen bij "
        "bedrijven.",
    },
    {
        "slug": "terrorism",
        "name": "Terrorism",
        "description": "Deliberate violent attacks meant to spread fear among the public.",
        "nl_name": "Terrorisme",
        "nl_description": "Opzettelijke gewelddadige aanslagen die angst moeten zaaien.",
    },
    {
        "slug": "wildfire",
        "name": "Wildfire",
        "description": "Uncontrolled fire in forests, heath or grassland.",
        "nl_name": "Natuurbrand",
        "nl_description": "Onbeheersbare brand in bos, heide of grasland.",
    },
    {
        "slug": "storm",
        "name": "Storm",
        "description": "Severe wind, often with heavy rain or a storm surge along the coast.",
        "nl_name": "Storm",
        "nl_description": "Zware wind, vaak met veel regen of een stormvloed langs de kust.",
    },
    {
        "slug": "pandemic",
        "name": "Pandemic",
        "description": "An infectious disease spreading across countries and continents.",
        "nl_name": "Pandemie",
        "nl_description": "Een besmettelijke ziekte die zich over landen en werelddelen "
        "verspreidt.",
    },
    {
        "slug": "tsunami",
        "name": "Tsunami",
        "description": "A series of sea waves set off by an undersea earthquake or landslide.",
        "nl_name": "Tsunami",
        "nl_description": "Een reeks zeegolven na een aardbeving of aardverschuiving onder zee.",
    },
    {
        "slug": "heatwave",
        "name": "Heatwave",
        "description": "Several days of unusually high temperatures, dangerous for vulnerable "
        "people.",
        "nl_name": "Hittegolf",
        "nl_description": "Meerdere dagen uitzonderlijke hitte, gevaarlijk voor kwetsbare mensen.",
    },
]

PHASES = [
    {
        "slug": "prevention",
        "name": "Prevention",
        "sort_order": 1,
        "description": "Reducing risks before anything happens: planning, building, educating.",
        "nl_name": "Preventie",
        "nl_description": "Risico's verkleinen voordat er iets gebeurt: plannen, bouwen, "
        "voorlichten.",
    },
    {
        "slug": "preparedness",
        "name": "Preparedness",
        "sort_order": 2,
        "description": "Getting ready to act: plans, warning systems, exercises, trained people.",
        "nl_name": "Paraatheid",
        "nl_description": "Klaar zijn om te handelen: plannen, waarschuwingssystemen, oefeningen.",
    },
    {
        "slug": "response",
        "name": "Response",
        "sort_order": 3,
        "description": "The hours and days during and just after an event: saving lives, "
        "informing people.",
        "nl_name": "Respons",
        "nl_description": "De uren en dagen tijdens en direct na een ramp: levens redden, "
        "mensen informeren.",
    },
    {
        "slug": "recovery",
        "name": "Recovery",
        "sort_order": 4,
        "description": "Rebuilding homes, services and livelihoods, and learning lessons.",
        "nl_name": "Herstel",
        "nl_description": "Herbouwen van woningen, voorzieningen en bestaan, en lessen trekken.",
    },
]

STAKEHOLDERS = [
    {
        "slug": "practitioners",
        "name": "Disaster-management practitioners",
        "description": "Civil protection, emergency services, first responders, NGOs and "
        "security networks.",
        "nl_name": "Uitvoerders in de rampenbestrijding",
        "nl_description": "Civiele bescherming, hulpdiensten, eerste hulp, ngo's en "
        "veiligheidsnetwerken.",
    },
    {
        "slug": "policy-makers",
        "name": "Policy and decision makers",
        "description": "Local, national and European authorities, agencies and standards bodies.",
        "nl_name": "Beleidsmakers en besluitvormers",
        "nl_description": "Lokale, nationale en Europese overheden, agentschappen en "
        "normalisatie-instellingen.",
    },
    {
        "slug": "researchers",
        "name": "Research networks",
        "description": "Research institutes and scientific communities.",
        "nl_name": "Onderzoeksnetwerken",
        "nl_description": "Onderzoeksinstellingen en wetenschappelijke gemeenschappen.",
    },
    {
        "slug": "businesses",
        "name": "Businesses",
        "description": "Companies, local business networks, solution providers and suppliers.",
        "nl_name": "Bedrijven",
        "nl_description": "Ondernemingen, lokale bedrijfsnetwerken, aanbieders van oplossingen "
        "en leveranciers.",
    },
    {
        "slug": "civil-society",
        "name": "Civil society",
        "description": "Citizens, civil-society organisations, schools and vulnerable groups.",
        "nl_name": "Maatschappelijk middenveld",
        "nl_description": "Burgers, maatschappelijke organisaties, onderwijs en kwetsbare groepen.",
    },
]

PURPOSES = [
    {
        "slug": "early-warning",
        "name": "Early warning",
        "description": "Telling people in time that a hazard is coming and what to do.",
        "nl_name": "Vroegtijdige waarschuwing",
        "nl_description": "Mensen op tijd laten weten dat er gevaar dreigt en wat ze moeten doen.",
    },
    {
        "slug": "situational-awareness",
        "name": "Situational awareness",
        "description": "Knowing what is happening where, from official and public sources.",
        "nl_name": "Situationeel bewustzijn",
        "nl_description": "Weten wat er waar gebeurt, uit officiële en publieke bronnen.",
    },
    {
        "slug": "crisis-communication",
        "name": "Crisis communication",
        "description": "Informing and advising the public during an emergency.",
        "nl_name": "Crisiscommunicatie",
        "nl_description": "Het publiek informeren en adviseren tijdens een noodsituatie.",
    },
    {
        "slug": "volunteer-coordination",
        "name": "Volunteer coordination",
        "description": "Organising the help of spontaneous and affiliated volunteers.",
        "nl_name": "Coördinatie van vrijwilligers",
        "nl_description": "De hulp van spontane en georganiseerde vrijwilligers organiseren.",
    },
    {
        "slug": "resource-coordination",
        "name": "Resource coordination",
        "description": "Matching needs and offers of goods, shelter, transport and skills.",
        "nl_name": "Coördinatie van middelen",
        "nl_description": "Vraag en aanbod van goederen, onderdak, vervoer en kennis koppelen.",
    },
    {
        "slug": "rumour-control",
        "name": "Rumour control",
        "description": "Spotting false or misleading information early and answering it.",
        "nl_name": "Geruchtenbestrijding",
        "nl_description": "Onjuiste of misleidende informatie vroeg opmerken en weerleggen.",
    },
    {
        "slug": "community-engagement",
        "name": "Community engagement",
        "description": "Involving residents in understanding and reducing their risks.",
        "nl_name": "Betrekken van de gemeenschap",
        "nl_description": "Bewoners betrekken bij het begrijpen en verkleinen van hun risico's.",
    },
    {
        "slug": "damage-assessment",
        "name": "Damage assessment",
        "description": "Collecting information on damage and needs after an event.",
        "nl_name": "Schadebeoordeling",
        "nl_description": "Informatie verzamelen over schade en behoeften na een ramp.",
    },
]

CHALLENGES = [
    {
        "slug": "credibility",
        "name": "Credibility of information",
        "description": "Can the source and the content be trusted?",
        "nl_name": "Geloofwaardigheid van informatie",
        "nl_description": "Zijn de bron en de inhoud betrouwbaar?",
    },
    {
        "slug": "accessibility",
        "name": "Accessibility",
        "description": "Does the information reach and suit vulnerable and diverse groups?",
        "nl_name": "Toegankelijkheid",
        "nl_description": "Bereikt de informatie ook kwetsbare en diverse groepen?",
    },
    {
        "slug": "data-volume",
        "name": "Data volume",
        "description": "Handling large amounts of posts, reports and messages.",
        "nl_name": "Hoeveelheid gegevens",
        "nl_description": "Omgaan met grote hoeveelheden berichten en meldingen.",
    },
    {
        "slug": "privacy-law",
        "name": "Privacy and law",
        "description": "Data protection, consent and the legal basis for collecting data.",
        "nl_name": "Privacy en wetgeving",
        "nl_description": "Gegevensbescherming, toestemming en de wettelijke grondslag.",
    },
    {
        "slug": "organisational-fit",
        "name": "Organisational fit",
        "description": "Fitting SMCS into the routines, roles and procedures of organisations.",
        "nl_name": "Inpassing in de organisatie",
        "nl_description": "SMCS inpassen in de routines, rollen en procedures van organisaties.",
    },
]

#: Snippet model name -> values, in the order the loader creates them.
TAXONOMIES = {
    "Hazard": HAZARDS,
    "DisasterPhase": PHASES,
    "StakeholderGroup": STAKEHOLDERS,
    "SmcsPurpose": PURPOSES,
    "Challenge": CHALLENGES,
}
