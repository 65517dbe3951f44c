"""Case examples: how SMCS was used in (real or composite) events, and what was learned.

Real events are referenced in general terms only; composite examples say so in their text.
"""

CASE_EXAMPLES = [
    {
        "slug": "central-italy-earthquakes-2016-digital-volunteers",
        "title": "Central Italy earthquakes 2016: digital volunteers and open maps",
        "summary": "After the 2016 earthquakes in central Italy, volunteers gathered needs "
        "and offers online, mapped the affected villages and shared verified information "
        "alongside the official response.",
        "image": "earthquake",
        "hero_image_alt": "Seismograph lines in terracotta above pale, gently rolling hills.",
        "hazards": ["earthquake"],
        "phases": ["response", "recovery"],
        "audiences": ["practitioners", "civil-society", "researchers"],
        "purposes": ["damage-assessment", "situational-awareness", "resource-coordination"],
        "challenges": ["credibility", "organisational-fit"],
        "countries": ["IT"],
        "tags": ["digital volunteers", "open data", "crisis mapping"],
        "last_reviewed": "2024-10-15",
        "country": "IT",
        "place": "Amatrice, Accumoli and surrounding municipalities",
        "year": 2016,
        "event": "Central Italy earthquake sequence",
    },
    {
        "slug": "western-germany-floods-2021-spontaneous-volunteers",
        "title": "Floods in western Germany 2021: coordinating spontaneous volunteers",
        "summary": "During the July 2021 floods, thousands of people organised help through "
        "social media and messaging groups. Helpers were vital, but coordination with the "
        "official response was hard.",
        "image": "flood",
        "hero_image_alt": "Layered blue waves in front of a row of small grey houses.",
        "hazards": ["flood"],
        "phases": ["response", "recovery"],
        "audiences": ["practitioners", "policy-makers", "civil-society"],
        "purposes": ["volunteer-coordination", "resource-coordination"],
        "challenges": ["organisational-fit", "credibility"],
        "countries": ["DE"],
        "tags": ["spontaneous volunteers", "messaging groups", "Ahr valley"],
        "last_reviewed": "2026-03-19",
        "country": "DE",
        "place": "Ahr valley and other parts of Rhineland-Palatinate and North Rhine-Westphalia",
        "year": 2021,
        "event": "July 2021 floods",
    },
    {
        "slug": "danish-storm-surge-warnings",
        "title": "Storm surge warnings on the Danish coast",
        "summary": "A composite example of how Danish authorities combine forecasts, official "
        "social media accounts and local groups to warn coastal residents of storm surges "
        "and to collect observations of rising water.",
        "image": "flood",
        "hero_image_alt": "Stylised blue waves under a grey-blue sky, with houses on a thin "
        "strip of coast.",
        "hazards": ["flood", "storm"],
        "phases": ["preparedness", "response"],
        "audiences": ["practitioners", "civil-society"],
        "purposes": ["early-warning", "situational-awareness"],
        "challenges": ["accessibility", "credibility"],
        "countries": ["DK"],
        "tags": ["storm surge", "coastal flooding", "warnings"],
        "last_reviewed": "2025-01-28",
        "country": "DK",
        "place": "Coastal municipalities in Denmark",
        "year": 2023,
        "event": "Storm surges on Danish coasts (composite)",
    },
    {
        "slug": "drought-germany-citizen-tree-watering",
        "title": "Drought in German cities: citizens water street trees",
        "summary": "During the dry summers from 2018, German cities asked residents to help "
        "water young street trees. Civic apps such as Berlin's “Gieß den Kiez” "
        "show which trees need water and who adopted them.",
        "image": "drought",
        "hero_image_alt": "Dry, cracked ochre earth under a pale sun, with one small green sprout.",
        "hazards": ["drought", "heatwave"],
        "phases": ["prevention", "response"],
        "audiences": ["civil-society", "policy-makers"],
        "purposes": ["community-engagement", "resource-coordination"],
        "challenges": ["organisational-fit", "accessibility"],
        "countries": ["DE"],
        "tags": ["civic tech", "urban trees", "citizen science"],
        "last_reviewed": "2023-07-04",
        "country": "DE",
        "place": "Berlin and other German cities",
        "year": 2020,
        "event": "Summer droughts 2018-2020",
    },
    {
        "slug": "industrial-fire-netherlands-public-warning",
        "title": "Fire at a chemical storage site: warning and informing residents",
        "summary": "A composite Dutch example: a large fire at a chemical storage site sends "
        "smoke over several towns. NL-Alert, official accounts and monitoring of public "
        "questions work together to keep people indoors and informed.",
        "image": "industrial",
        "hero_image_alt": "Factory with two chimneys and a grey smoke plume drifting over a "
        "row of houses.",
        "hazards": ["industrial-accident"],
        "phases": ["response"],
        "audiences": ["practitioners", "businesses", "policy-makers"],
        "purposes": ["crisis-communication", "rumour-control", "early-warning"],
        "challenges": ["credibility", "accessibility"],
        "countries": ["NL"],
        "tags": ["NL-Alert", "hazardous substances", "smoke plume"],
        "last_reviewed": "2025-06-30",
        "country": "NL",
        "place": "A port and industrial area in the Netherlands",
        "year": None,
        "event": "Fire at a chemical storage site (composite)",
    },
    {
        "slug": "munich-2016-police-social-media",
        "title": "Shooting in Munich 2016: police communication on social media",
        "summary": "During the 2016 shooting in Munich, false reports of attacks at several "
        "places spread quickly. The police used social media in several languages to give "
        "instructions and correct rumours.",
        "image": "city",
        "hero_image_alt": "City skyline at dusk in muted blue tones, with a few lit windows.",
        "hazards": ["terrorism"],
        "phases": ["response"],
        "audiences": ["practitioners", "policy-makers"],
        "purposes": ["rumour-control", "crisis-communication"],
        "challenges": ["credibility", "data-volume"],
        "countries": ["DE"],
        "tags": ["police communication", "rumours", "multilingual"],
        "last_reviewed": "2022-06-13",
        "country": "DE",
        "place": "Munich",
        "year": 2016,
        "event": "Shooting at a shopping centre in Munich",
    },
    {
        "slug": "heatwave-neighbour-check-in-network",
        "title": "Heatwave: a neighbour check-in network for older residents",
        "summary": "A composite example from a Dutch town: during heatwaves, volunteers use a "
        "simple sign-up form and a messaging group to call or visit older people living alone "
        "and to pass worries on to care workers.",
        "image": "heat",
        "hero_image_alt": "A large, glowing sun over warm orange hills and a row of small houses.",
        "hazards": ["heatwave"],
        "phases": ["preparedness", "response"],
        "audiences": ["civil-society", "practitioners"],
        "purposes": ["volunteer-coordination", "community-engagement"],
        "challenges": ["accessibility", "privacy-law"],
        "countries": ["NL"],
        "tags": ["older people", "heat plan", "neighbours"],
        "last_reviewed": "2026-07-21",
        "country": "NL",
        "place": "A medium-sized Dutch town",
        "year": None,
        "event": "Summer heatwaves (composite)",
    },
    {
        "slug": "wildfire-evacuation-rumour",
        "title": "Wildfire season: an evacuation rumour corrected",
        "summary": "A composite Mediterranean example: a forwarded message claims a village "
        "must evacuate by a road that is in fact closed. Monitoring, a fast correction and "
        "local voices stop it from spreading further.",
        "image": "heat",
        "hero_image_alt": "A glowing sun in a hazy orange sky above bands of red and orange land.",
        "hazards": ["wildfire"],
        "phases": ["response"],
        "audiences": ["practitioners", "civil-society"],
        "purposes": ["rumour-control", "crisis-communication"],
        "challenges": ["credibility", "data-volume"],
        "countries": ["GR", "IT"],
        "tags": ["misinformation", "evacuation", "forwarded messages"],
        "last_reviewed": "2024-08-08",
        "country": "GR",
        "place": "A coastal village in southern Europe",
        "year": None,
        "event": "Summer wildfire (composite)",
    },
    {
        "slug": "pandemic-neighbourhood-help-platforms",
        "title": "COVID-19: neighbourhood help platforms",
        "summary": "In spring 2020 many European towns saw online platforms and groups where "
        "neighbours offered shopping and errands for people in isolation. They showed both "
        "the strength of local help and its privacy and safety risks.",
        "image": "network",
        "hero_image_alt": "Small dots linked in clusters by thin lines on a dark blue background.",
        "hazards": ["pandemic"],
        "phases": ["response", "recovery"],
        "audiences": ["civil-society", "practitioners", "businesses"],
        "purposes": ["volunteer-coordination", "resource-coordination", "community-engagement"],
        "challenges": ["privacy-law", "organisational-fit"],
        "countries": ["DK", "DE", "NL"],
        "tags": ["neighbourhood help", "volunteers", "safeguarding"],
        "last_reviewed": "2023-10-26",
        "country": "DK",
        "place": "Towns and cities across Europe",
        "year": 2020,
        "event": "COVID-19 pandemic",
    },
    {
        "slug": "japan-2011-crowdsourced-crisis-map",
        "title": "Great East Japan Earthquake 2011: a crowdsourced crisis map",
        "summary": "After the 2011 earthquake and tsunami, volunteers in Japan quickly set up a "
        "crowdsourced map (sinsai.info, built on Ushahidi) that collected reports on damage, "
        "shelters and supplies.",
        "image": "flood",
        "hero_image_alt": "Deep blue layered waves with a line of small houses on the coast "
        "behind.",
        "hazards": ["tsunami", "earthquake"],
        "phases": ["response", "recovery"],
        "audiences": ["researchers", "practitioners"],
        "purposes": ["situational-awareness", "resource-coordination", "damage-assessment"],
        "challenges": ["data-volume", "accessibility"],
        "countries": ["JP"],
        "tags": ["Ushahidi", "crisis mapping", "OpenStreetMap"],
        "last_reviewed": "2022-04-05",
        "country": "JP",
        "place": "Tohoku region",
        "year": 2011,
        "event": "Great East Japan Earthquake and tsunami",
    },
]

# Long texts, kept apart from the facts above so both stay easy to scan.
TEXTS = {
    "central-italy-earthquakes-2016-digital-volunteers": {
        "body": [
            (
                "paragraph",
                "<p>In August 2016 a strong earthquake struck the mountains where Lazio, "
                "Umbria, Marche and Abruzzo meet, destroying much of Amatrice and nearby "
                "villages. Further strong shocks followed in October 2016 and January 2017. "
                "Alongside the national civil protection system, many citizens, civic-tech "
                "groups and volunteer mappers used social media and open tools to help.</p>",
            ),
            ("heading", "Why it matters for the LINKS scenario"),
            (
                "paragraph",
                "<p>The sequence showed how quickly online help emerges in Italy, and how "
                "much depends on connecting it with the structured response of the "
                "civil protection system and its volunteer organisations.</p>",
            ),
            (
                "callout",
                {
                    "title": "How this example is framed",
                    "text": "<p>This summary describes the kinds of activity reported after "
                    "the earthquakes in general terms; it does not give figures.</p>",
                },
            ),
        ],
        "what_was_done": "<ul><li>Civic-tech volunteers set up an open website that collected "
        "and checked information on needs, offers, donations and useful contacts.</li>"
        "<li>OpenStreetMap volunteers improved the maps of the affected villages from "
        "imagery.</li><li>Residents and journalists shared reports under common hashtags, "
        "which helped others find first-hand information.</li></ul>",
        "outcomes": "<p>The online efforts gave people outside the official system a place to "
        "offer help and find reliable information. At the same time, duplicate appeals, "
        "outdated requests for goods and unverified reports circulated widely, and links "
        "with the official response were mostly informal.</p>",
        "lessons_learned": [
            "Appeals for goods spread faster than the news that enough has arrived; give every "
            "appeal a date and a clear end.",
            "Civic-tech volunteers are most useful when they have a contact person in the "
            "official response.",
            "Open maps prepared before an earthquake save days afterwards.",
        ],
        "sources": ["SENDAI", "LINKS_DELIVERABLE"],
    },
    "western-germany-floods-2021-spontaneous-volunteers": {
        "body": [
            (
                "paragraph",
                "<p>In mid-July 2021 extreme rainfall caused devastating floods in parts of "
                "western Germany and neighbouring countries. The Ahr valley was hit "
                "particularly hard. In the weeks that followed, very large numbers of "
                "volunteers from all over Germany came to help clear mud and debris.</p>",
            ),
            ("heading", "Online self-organisation"),
            (
                "paragraph",
                "<p>Much of this help was organised outside official structures: through "
                "Facebook groups, messaging groups and privately run platforms that matched "
                "helpers with households, and shuttle services that brought volunteers into "
                "the valley. For affected residents, this help was often the first to "
                "arrive.</p>",
            ),
            (
                "callout",
                {
                    "title": "Warnings under scrutiny",
                    "text": "<p>The floods also started a public debate on how warnings "
                    "reached people. It added momentum to the introduction of cell broadcast "
                    "in Germany.</p>",
                },
            ),
        ],
        "what_was_done": "<ul><li>Volunteers and residents posted needs and offers in public "
        "groups and messaging channels.</li><li>Private initiatives organised transport, "
        "tools and meals for helpers.</li><li>Authorities and relief organisations used "
        "social media to publish instructions, safety advice and calls for specific "
        "help.</li></ul>",
        "outcomes": "<p>Spontaneous volunteers made an enormous contribution to the clean-up. "
        "But official and informal structures often worked side by side rather than "
        "together, safety and health risks for helpers were hard to manage, and some "
        "misleading information spread in the same groups.</p>",
        "lessons_learned": [
            "Plan for spontaneous volunteers before the flood: who coordinates them, where "
            "they meet and which tasks they may do.",
            "Give informal initiatives a liaison in the crisis team instead of ignoring them.",
            "Repeat safety messages for helpers (mud, fuel, tetanus) on the channels they "
            "actually use.",
            "Warnings must reach people through several channels at once, including at night.",
        ],
        "sources": ["SENDAI", "LINKS_DELIVERABLE"],
    },
    "danish-storm-surge-warnings": {
        "body": [
            (
                "paragraph",
                "<p>Denmark has a long coastline on the North Sea and the Baltic, and storm "
                "surges are a familiar hazard. This composite example describes a typical "
                "pattern of warning and communication during a storm surge, drawing on "
                "practice in several Danish coastal municipalities rather than on one event.</p>",
            ),
            ("heading", "A typical sequence"),
            (
                "list",
                [
                    "Days ahead: the meteorological service issues forecasts; authorities "
                    "share them on social media with practical advice.",
                    "A day ahead: municipalities announce sandbag points and road closures; "
                    "local Facebook groups repost and add questions.",
                    "During the surge: police and emergency services post instructions and, "
                    "where needed, evacuation advice; residents share photos of water "
                    "levels.",
                    "Afterwards: municipalities explain how to report damage and where to "
                    "get help.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Composite example",
                    "text": "<p>The sequence above is illustrative and does not describe a "
                    "single event or quote any organisation.</p>",
                },
            ),
        ],
        "what_was_done": "<p>Official forecasts were turned into short social media posts with "
        "maps and concrete advice. Municipal staff answered questions in local groups, and "
        "photos of water levels posted by residents were used, after checking, to follow the "
        "situation in places without gauges.</p>",
        "outcomes": "<p>Residents who followed local groups were well informed, and the "
        "photos gave useful early signs of where water was rising. Summer-house owners "
        "and visitors who did not follow local channels were harder to reach.</p>",
        "lessons_learned": [
            "Seasonal residents and visitors need their own warning route, such as cell "
            "broadcast or messages via rental agencies.",
            "Photos from residents are valuable when people are asked to include place and time.",
            "A single hashtag or page per municipality makes official updates easy to find.",
        ],
        "sources": ["CAP", "LINKS_DELIVERABLE"],
    },
    "drought-germany-citizen-tree-watering": {
        "body": [
            (
                "paragraph",
                "<p>The very dry summers of 2018 to 2020 left many young street trees in "
                "German cities short of water. Municipal services could not water them all. "
                "Several cities asked residents to help, and civic-tech groups built tools to "
                "organise it.</p>",
            ),
            ("heading", "How the tools work"),
            (
                "paragraph",
                "<p>Berlin's “Gieß den Kiez”, developed by the city's CityLAB, "
                "shows street trees on a map together with their age and recent rainfall. "
                "Residents can adopt a tree and record when they water it, so others see "
                "which trees still need help. The code is open source, and similar services "
                "exist in other places.</p>",
            ),
            (
                "callout",
                {
                    "title": "Drought is slow",
                    "text": "<p>Unlike a flood, a drought has no single moment of alarm. "
                    "Engagement tools keep attention on it over months and turn worry into "
                    "small, useful actions.</p>",
                },
            ),
        ],
        "what_was_done": "<ul><li>Cities published calls to water street trees, with advice "
        "on how much and when.</li><li>A civic app combined open tree-register and rainfall "
        "data with adoptions and watering records from residents.</li><li>Social media "
        "posts and local press encouraged neighbours to join.</li></ul>",
        "outcomes": "<p>Residents took visible responsibility for trees in their street, and "
        "the city gained information on where help was given. Participation was uneven "
        "between neighbourhoods, which raised questions about fairness.</p>",
        "lessons_learned": [
            "Open public data (tree registers, rainfall) makes citizen tools cheap to build.",
            "Show participants the effect of their work, or engagement fades after a season.",
            "Check which neighbourhoods take part and reach out to the others.",
        ],
        "sources": [
            {
                "title": "Gieß den Kiez",
                "publisher": "CityLAB Berlin",
                "url": "https://www.giessdenkiez.de/",
            },
            "LINKS_DELIVERABLE",
        ],
    },
    "industrial-fire-netherlands-public-warning": {
        "body": [
            (
                "paragraph",
                "<p>This composite example is based on the kind of incident the LINKS "
                "scenario on industrial hazards in the Netherlands considers: a large fire at "
                "a company that stores chemicals, close to residential areas. Dutch "
                "authorities have drawn lessons from earlier large industrial fires, such as "
                "the 2011 fire at a chemical company in Moerdijk.</p>",
            ),
            ("heading", "The communication challenge"),
            (
                "paragraph",
                "<p>A black smoke plume is visible from far away and photos spread within "
                "minutes. Residents want to know whether the smoke is toxic, whether to close "
                "windows, whether their vegetables are safe to eat and whether children can "
                "play outside. Measurements take time, and early answers are uncertain.</p>",
            ),
            (
                "callout",
                {
                    "title": "Composite example",
                    "text": "<p>The events described are illustrative and combine features "
                    "of several incidents; no organisation is quoted.</p>",
                },
            ),
        ],
        "what_was_done": "<ul><li>An NL-Alert told people downwind to go inside, close "
        "windows and doors and turn off ventilation.</li><li>The safety region posted "
        "regular updates with a map of the plume and answered questions on social "
        "media.</li><li>The communication team monitored public questions and rumours and "
        "added answers to a frequently-asked-questions page.</li><li>The company "
        "informed its neighbours and staff through its own channels, in line with the "
        "authorities.</li></ul>",
        "outcomes": "<p>The alert reached people quickly, and the question-and-answer page "
        "reduced calls. Rumours about toxic substances persisted until measurement results "
        "were published in understandable terms.</p>",
        "lessons_learned": [
            "Publish measurement results quickly and explain what they mean for daily life.",
            "Use the questions people ask online to decide what the next update must cover.",
            "Agree in advance how companies and authorities coordinate their messages.",
            "Send an all-clear on the same channels as the warning.",
        ],
        "sources": [
            {
                "title": "NL-Alert",
                "publisher": "Government of the Netherlands",
                "url": "https://www.nl-alert.nl/",
            },
            "LINKS_DELIVERABLE",
        ],
    },
    "munich-2016-police-social-media": {
        "body": [
            (
                "paragraph",
                "<p>In July 2016 a gunman killed several people at and near a shopping centre "
                "in Munich. For hours it was unclear whether there were more attackers, and "
                "reports of shootings in other parts of the city spread on social media. Public "
                "transport was halted and many people were stranded.</p>",
            ),
            ("heading", "How the police communicated"),
            (
                "paragraph",
                "<p>The Munich police used their social media accounts intensively. They "
                "posted instructions in several languages, asked people to avoid public "
                "places, asked them not to share images of police operations, and responded "
                "to reports of further incidents as they were checked. Residents offered "
                "shelter to stranded people through a hashtag.</p>",
            ),
            (
                "callout",
                {
                    "title": "A widely studied case",
                    "text": "<p>The event is often cited in research and training on police "
                    "crisis communication. This summary describes it in general terms.</p>",
                },
            ),
        ],
        "what_was_done": "<ul><li>Frequent posts with safety instructions, in German and "
        "other languages.</li><li>Explicit corrections of false reports of additional "
        "attacks.</li><li>Requests not to share photos or videos of police operations, and "
        "an upload option for witnesses to send material to the police.</li></ul>",
        "outcomes": "<p>The police account became a central, trusted source during the "
        "evening. False reports still caused fear and several police deployments, showing "
        "how quickly rumours spread in a city under threat.</p>",
        "lessons_learned": [
            "In an attack, the first official posts must come within minutes, even if they "
            "say little.",
            "Posting in several languages reaches tourists and residents who would otherwise "
            "rely on rumours.",
            "Correct false reports of further attacks explicitly and quickly.",
            "Citizens' offers of help (shelter, transport) can be supported but need safety "
            "advice.",
        ],
        "sources": ["LINKS_DELIVERABLE"],
    },
    "heatwave-neighbour-check-in-network": {
        "body": [
            (
                "paragraph",
                "<p>Older people living alone are among those most at risk in a heatwave, "
                "and often do not notice that they are drinking too little. This composite "
                "example describes a small network set up by a Dutch town together with a "
                "welfare organisation and volunteers.</p>",
            ),
            ("heading", "How it works"),
            (
                "list",
                [
                    "Older residents, or their families, sign up by phone or paper form at "
                    "the community centre; an online form exists but is not required.",
                    "Volunteers are paired with a few residents in their own street.",
                    "When a heat warning is issued, coordinators post in the volunteers' "
                    "messaging group; volunteers call or visit their residents daily.",
                    "Volunteers report worries to a care worker through a fixed phone number.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Composite example",
                    "text": "<p>This example combines features of local initiatives and "
                    "does not describe a specific town.</p>",
                },
            ),
        ],
        "what_was_done": "<p>The town linked its heat communication to the national heat "
        "plan, recruited volunteers through local social media and the community centre, and "
        "used a messaging group to activate them when a heat warning was issued.</p>",
        "outcomes": "<p>Residents valued the daily contact, and volunteers noticed several "
        "people who needed help. Recruitment online was easy; reaching isolated older people "
        "required offline routes through GPs, home-care teams and churches.</p>",
        "lessons_learned": [
            "Online tools recruit volunteers; offline routes find the people at risk.",
            "Keep personal data of residents out of group chats; share it only one-to-one.",
            "Activate the network with the official heat warning, so everyone knows when.",
        ],
        "sources": ["LINKS_DELIVERABLE"],
    },
    "wildfire-evacuation-rumour": {
        "body": [
            (
                "paragraph",
                "<p>During a wildfire near a coastal village, a message is forwarded in "
                "messaging groups: everyone must evacuate immediately by the mountain road. "
                "In fact that road is closed because the fire is approaching it, and "
                "residents should stay or leave by the coast road. This composite example "
                "shows how such a rumour can be caught and corrected.</p>",
            ),
            ("heading", "What made the difference"),
            (
                "list",
                [
                    "A municipal employee in several local groups saw the message early and "
                    "alerted the crisis team.",
                    "The civil protection authority posted a correction within the hour, "
                    "with a simple map of open and closed roads.",
                    "Local figures (the priest, the owner of the village shop, the football "
                    "coach) forwarded the correction in their groups.",
                    "Police at the junction turned back cars and repeated the message.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Composite example",
                    "text": "<p>The scenario is illustrative and based on patterns seen in "
                    "several wildfire seasons in southern Europe.</p>",
                },
            ),
        ],
        "what_was_done": "<p>The crisis team combined monitoring through trusted group members, "
        "a fast correction with a map, and help from local figures to push the correction "
        "into the same groups where the rumour had spread.</p>",
        "outcomes": "<p>Most residents received the correction in time. Some cars had already "
        "taken the wrong road and had to be turned back, showing that even a fast correction "
        "comes after the first wave of sharing.</p>",
        "lessons_learned": [
            "Rumours in closed groups are seen only through people inside them; build that "
            "network before the fire season.",
            "A map of open and closed roads is the most shared form of correction.",
            "Put the time and sender on every official message so forwarded copies can be judged.",
        ],
        "sources": ["LINKS_DELIVERABLE"],
    },
    "pandemic-neighbourhood-help-platforms": {
        "body": [
            (
                "paragraph",
                "<p>When lockdowns began in spring 2020, people across Europe created local "
                "groups and platforms where neighbours could offer help with shopping, "
                "medicines, dog walking or a phone call. Some were set up by municipalities "
                "or NGOs, many by residents themselves.</p>",
            ),
            ("heading", "Strengths and risks"),
            (
                "list",
                [
                    "Strength: fast, local help that reached people before formal services "
                    "were reorganised.",
                    "Strength: new contacts between neighbours that lasted after the crisis.",
                    "Risk: people in need shared addresses and health details in open groups.",
                    "Risk: people with bad intentions could offer “help” to vulnerable people.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Safeguarding matters",
                    "text": "<p>Platforms that worked with local NGOs could add simple "
                    "safeguards: a phone check of volunteers, advice on handling money, "
                    "and a contact point for worries.</p>",
                },
            ),
        ],
        "what_was_done": "<p>Residents set up neighbourhood groups and simple matching "
        "platforms; municipalities and NGOs promoted them, published safety advice and, in "
        "some places, took over coordination to link volunteers with people known to social "
        "services.</p>",
        "outcomes": "<p>Many people in isolation got practical help quickly. Offers often "
        "outnumbered requests, because those most in need were not online, and privacy and "
        "safeguarding practices varied widely.</p>",
        "lessons_learned": [
            "Pair online platforms with a phone line, or the most isolated people are missed.",
            "Give volunteer groups a short safeguarding and privacy guide from the start.",
            "Keep the network alive after the crisis; it is a resource for the next one.",
        ],
        "sources": ["GDPR", "LINKS_DELIVERABLE"],
    },
    "japan-2011-crowdsourced-crisis-map": {
        "body": [
            (
                "paragraph",
                "<p>The earthquake and tsunami of March 2011 devastated the Pacific coast of "
                "the Tohoku region and caused the Fukushima nuclear accident. Within hours, "
                "volunteers from the OpenStreetMap community in Japan launched a crowdsourced "
                "crisis map, sinsai.info, built on Ushahidi.</p>",
            ),
            ("heading", "What the map collected"),
            (
                "paragraph",
                "<p>Reports came from social media, e-mail and web forms: damaged roads, open "
                "shelters, shops with supplies, requests for help and safety information. "
                "Volunteers sorted and checked them and placed them on the map.</p>",
            ),
            (
                "callout",
                {
                    "title": "An associated LINKS scenario",
                    "text": "<p>Tsunami in Japan was an associated sixth scenario of LINKS; "
                    "it offers a comparison with the European cases.</p>",
                },
            ),
        ],
        "what_was_done": "<ul><li>Volunteers set up and ran a crowdsourced map within "
        "hours.</li><li>Reports were collected from many channels, categorised and "
        "checked by volunteers.</li><li>Mappers improved the base map of affected areas "
        "with OpenStreetMap.</li></ul>",
        "outcomes": "<p>The map became a widely known source of information in the first "
        "weeks. The volume of reports was hard to handle, and keeping information current "
        "as the situation changed was a lasting challenge.</p>",
        "lessons_learned": [
            "Existing volunteer communities with technical skills can launch tools within hours.",
            "Every report needs a timestamp and an expiry; old information misleads.",
            "Plan how a crowdsourced map relates to official information from the start.",
        ],
        "sources": ["SENDAI", "LINKS_DELIVERABLE"],
    },
}

for _case in CASE_EXAMPLES:
    _case.update(TEXTS[_case["slug"]])
