"""Guidelines: practical, step-by-step advice for using SMCS in disaster risk management."""

GUIDELINES = [
    {
        "slug": "verifying-crowdsourced-reports",
        "title": "Verifying crowdsourced reports",
        "summary": "A checklist for deciding quickly whether a citizen report, photo or video "
        "can be trusted enough to act on, and how to record what you checked.",
        "image": "network",
        "hero_image_alt": "Clusters of coloured dots joined by thin lines on a dark blue "
        "background.",
        "hazards": ["earthquake", "flood", "wildfire", "terrorism"],
        "phases": ["response"],
        "audiences": ["practitioners", "researchers"],
        "purposes": ["situational-awareness", "rumour-control", "damage-assessment"],
        "challenges": ["credibility", "data-volume"],
        "countries": ["IT", "DE"],
        "tags": ["verification", "checklist", "citizen reports"],
        "last_reviewed": "2026-01-14",
        "audience_note": "Duty officers and social media analysts in operations rooms",
        "is_checklist": True,
    },
    {
        "slug": "reaching-non-native-speakers",
        "title": "Reaching people who do not speak the national language",
        "summary": "How to prepare translated and easy-to-read warnings, find the channels "
        "migrant communities and tourists actually use, and work with trusted messengers.",
        "image": "town",
        "hero_image_alt": "Speech bubbles in several colours floating above the rooftops of a "
        "town.",
        "hazards": ["flood", "heatwave", "industrial-accident", "pandemic"],
        "phases": ["preparedness", "response"],
        "audiences": ["practitioners", "policy-makers", "civil-society"],
        "purposes": ["crisis-communication", "early-warning", "community-engagement"],
        "challenges": ["accessibility"],
        "countries": ["NL", "DE", "DK"],
        "tags": ["multilingual", "migrants", "tourists"],
        "last_reviewed": "2025-05-02",
        "audience_note": "Communication officers of municipalities and emergency services",
        "is_checklist": False,
    },
    {
        "slug": "running-a-volunteer-coordination-channel",
        "title": "Running a volunteer coordination channel",
        "summary": "Set up and moderate one clear channel for spontaneous volunteers: pinned "
        "rules, a task format, shift handovers, safety messages and a way to close it.",
        "image": "network",
        "hero_image_alt": "A network of dots joined by lines, like people linked to each other.",
        "hazards": ["flood", "storm", "pandemic"],
        "phases": ["response", "recovery"],
        "audiences": ["practitioners", "civil-society"],
        "purposes": ["volunteer-coordination", "resource-coordination"],
        "challenges": ["organisational-fit", "data-volume"],
        "countries": ["DE", "DK"],
        "tags": ["volunteers", "moderation", "messaging groups"],
        "last_reviewed": "2024-09-30",
        "audience_note": "NGO coordinators and municipal volunteer managers",
        "is_checklist": False,
    },
    {
        "slug": "social-media-policy-for-emergency-organisations",
        "title": "A social media policy for emergency organisations",
        "summary": "What a policy should settle before a crisis: who may post, approval paths, "
        "tone, monitoring hours, handling of personal data and how SMCS information enters "
        "decisions.",
        "image": "town",
        "hero_image_alt": "Rooftops of a town with coloured speech bubbles above them.",
        "hazards": ["flood", "industrial-accident", "terrorism", "storm"],
        "phases": ["prevention", "preparedness"],
        "audiences": ["policy-makers", "practitioners"],
        "purposes": ["crisis-communication", "situational-awareness"],
        "challenges": ["organisational-fit", "privacy-law"],
        "countries": ["NL", "DE", "IT", "DK"],
        "tags": ["policy", "governance", "roles"],
        "last_reviewed": "2023-02-08",
        "audience_note": "Heads of communication and senior managers",
        "is_checklist": False,
    },
    {
        "slug": "data-protection-for-crowdsourced-data",
        "title": "Data protection when collecting crowdsourced data",
        "summary": "How to collect, store and share citizen reports lawfully under the GDPR: "
        "a legal basis, data minimisation, retention periods, and care with photos of "
        "people and locations of vulnerable residents.",
        "image": "map",
        "hero_image_alt": "Stylised street map with a river, a faint grid and coloured markers.",
        "hazards": ["earthquake", "flood", "pandemic"],
        "phases": ["prevention", "preparedness", "recovery"],
        "audiences": ["policy-makers", "researchers", "businesses"],
        "purposes": ["damage-assessment", "situational-awareness"],
        "challenges": ["privacy-law"],
        "countries": ["IT", "DE", "NL", "DK"],
        "tags": ["GDPR", "privacy", "data management"],
        "last_reviewed": "2024-03-11",
        "audience_note": "Data protection officers, project leads and researchers",
        "is_checklist": True,
    },
    {
        "slug": "countering-rumours-during-a-crisis",
        "title": "Countering rumours during a crisis",
        "summary": "Keep a rumour log, decide which rumours need an answer, reply quickly with "
        "what is known and unknown, and use trusted local voices to carry corrections.",
        "image": "town",
        "hero_image_alt": "Many coloured speech bubbles crowding the sky above a town.",
        "hazards": ["terrorism", "wildfire", "industrial-accident", "pandemic"],
        "phases": ["response"],
        "audiences": ["practitioners", "policy-makers"],
        "purposes": ["rumour-control", "crisis-communication"],
        "challenges": ["credibility", "data-volume"],
        "countries": ["DE", "NL"],
        "tags": ["misinformation", "rumour log", "trust"],
        "last_reviewed": "2025-08-25",
        "audience_note": "Spokespersons and social media teams",
        "is_checklist": False,
    },
    {
        "slug": "warning-messages-people-act-on",
        "title": "Writing warning messages people act on",
        "summary": "A checklist for short warnings that say who issues them, what is happening, "
        "where, what to do now and where to find more, written so everyone can understand.",
        "image": "warning",
        "hero_image_alt": "A phone showing a warning triangle, surrounded by orange rings.",
        "hazards": ["flood", "storm", "heatwave", "industrial-accident", "tsunami"],
        "phases": ["preparedness", "response"],
        "audiences": ["practitioners", "policy-makers"],
        "purposes": ["early-warning", "crisis-communication"],
        "challenges": ["accessibility", "credibility"],
        "countries": ["DK", "NL", "DE"],
        "tags": ["warnings", "plain language", "checklist"],
        "last_reviewed": "2026-09-04",
        "audience_note": "Anyone who drafts public warnings or warning templates",
        "is_checklist": True,
    },
    {
        "slug": "engaging-communities-in-risk-reduction",
        "title": "Engaging communities in risk reduction with social media",
        "summary": "Use social media and citizen science between disasters: risk maps made "
        "with residents, drought and heat observations, school projects, and feedback that "
        "shows people their input mattered.",
        "image": "drought",
        "hero_image_alt": "Warm ochre landscape with a pale sun and fine cracks in the dry earth.",
        "hazards": ["drought", "heatwave", "earthquake", "wildfire"],
        "phases": ["prevention", "preparedness"],
        "audiences": ["civil-society", "researchers", "policy-makers"],
        "purposes": ["community-engagement", "early-warning"],
        "challenges": ["accessibility", "organisational-fit"],
        "countries": ["DE", "IT"],
        "tags": ["citizen science", "schools", "risk awareness"],
        "last_reviewed": "2022-11-28",
        "audience_note": "Municipal risk officers, educators and civil-society groups",
        "is_checklist": False,
    },
    {
        "slug": "communicating-after-an-attack",
        "title": "Communicating with the public after an attack",
        "summary": "In the first hours after an attack: confirm what you can, ask people not to "
        "share images of police operations, guide them to safety, answer rumours and "
        "respect victims and their families.",
        "image": "city",
        "hero_image_alt": "City skyline at dusk in muted blue and grey tones.",
        "hazards": ["terrorism"],
        "phases": ["response", "recovery"],
        "audiences": ["practitioners", "policy-makers"],
        "purposes": ["crisis-communication", "rumour-control"],
        "challenges": ["credibility", "accessibility"],
        "countries": ["DE"],
        "tags": ["attacks", "police communication", "victims"],
        "last_reviewed": "2025-12-09",
        "audience_note": "Police and municipal communication teams",
        "is_checklist": False,
    },
]

# Long texts, kept apart from the facts above so both stay easy to scan.
TEXTS = {
    "verifying-crowdsourced-reports": {
        "body": [
            (
                "paragraph",
                "<p>In the first hours of an incident, citizen reports often arrive before "
                "anything else. Some are precise and vital; some are old photos, guesses or "
                "jokes. This checklist helps a duty officer decide in a few minutes how far "
                "to trust a report, and to write down why.</p>",
            ),
            (
                "callout",
                {
                    "title": "Match the effort to the decision",
                    "text": "<p>A report that would send a team into danger needs more "
                    "checking than one that only adds a marker to a watch list. Decide what "
                    "you would do if it were true, then check as much as that decision "
                    "needs.</p>",
                },
            ),
            ("heading", "Signs that deserve a second look"),
            (
                "list",
                [
                    "The account was created recently or posts mostly about other topics.",
                    "The photo looks too perfect, or shows weather that does not match today.",
                    "Many accounts share the same text word for word.",
                    "The report names no place, or a place that does not fit the details.",
                ],
            ),
        ],
        "steps": [
            (
                "Identify the original",
                "Find the first post of the photo, video or claim. Forwarded copies lose the "
                "time, place and author; a reverse image search often finds older copies.",
            ),
            (
                "Check the source",
                "Look at the account: how old it is, where it usually posts from, whether it "
                "has posted local content before. If possible, contact the person and ask "
                "what they saw and when.",
            ),
            (
                "Check place and time",
                "Compare landmarks, street signs and terrain with maps and street-level "
                "imagery. Check weather, shadows and daylight against the claimed time.",
            ),
            (
                "Look for independent confirmation",
                "Seek a second source that did not copy the first: another eyewitness, a "
                "sensor, a field team, a partner organisation.",
            ),
            (
                "Record and label",
                "Write the verdict (confirmed, likely, unconfirmed, false), what you checked "
                "and who checked it in the incident log. Pass unconfirmed reports on clearly "
                "labelled as such.",
            ),
        ],
        "sources": ["VERIFICATION_HANDBOOK", "LINKS_DELIVERABLE"],
    },
    "reaching-non-native-speakers": {
        "body": [
            (
                "paragraph",
                "<p>Labour migrants, refugees, students and tourists are often among the "
                "people most exposed to a hazard and the least reached by warnings. They may "
                "not follow national media, may distrust authorities, or may simply not "
                "understand official language. Reaching them is planned work, not a "
                "translation job on the day.</p>",
            ),
            ("heading", "Prepare in calm times"),
            (
                "list",
                [
                    "Find out which languages are spoken in your area, from population data, "
                    "schools, employers and community organisations.",
                    "Translate standard warnings and advice into the main languages in "
                    "advance, and have native speakers check them.",
                    "Write an easy-to-read version of every standard message; it helps "
                    "everyone, including native speakers under stress.",
                    "Map the channels each community uses: messaging groups, community "
                    "radio, religious centres, sports clubs, employers.",
                ],
            ),
            (
                "quote",
                {
                    "text": "A warning is only as good as the last person it reaches.",
                    "attribution": "A principle often repeated in early-warning practice",
                },
            ),
            (
                "callout",
                {
                    "title": "Machine translation: useful, with care",
                    "text": "<p>Automatic translation can help for updates you could not "
                    "prepare, but it makes dangerous mistakes with place names, negations "
                    "and numbers. Label it as automatic and have it checked as soon as "
                    "possible.</p>",
                },
            ),
        ],
        "steps": [
            (
                "Build a network of trusted messengers",
                "Agree with community leaders, interpreters and cultural mediators that they "
                "will pass on warnings and report back what people ask.",
            ),
            (
                "Use pictures and sound",
                "Pictograms, short videos and voice messages work across languages and for "
                "people who read with difficulty.",
            ),
            (
                "Say where help exists in other languages",
                "Tell people where they can ask questions in their own language: a hotline "
                "with interpreters, a chat, a community centre.",
            ),
            (
                "Evaluate after each event",
                "Ask community partners whether the messages arrived, were understood and "
                "were trusted; update translations and channels accordingly.",
            ),
        ],
        "sources": ["SENDAI", "LINKS_DELIVERABLE"],
    },
    "running-a-volunteer-coordination-channel": {
        "body": [
            (
                "paragraph",
                "<p>When hundreds of people want to help, a single, well-run channel (a "
                "broadcast channel with a linked discussion group, or a page on a "
                "volunteer platform) avoids chaos. It gives volunteers one trusted place for "
                "tasks and safety information, and gives responders one place to ask for "
                "help.</p>",
            ),
            ("heading", "Pin these at the top"),
            (
                "list",
                [
                    "Who runs the channel and how to reach the coordinators.",
                    "Safety rules: protective clothing, tetanus, no entry into cordoned areas.",
                    "What is needed now and what is not (for example: no more clothing).",
                    "The format for task posts and for offers of help.",
                    "The emergency number, and that the channel is not for emergencies.",
                ],
            ),
            (
                "callout",
                {
                    "title": "A task post format that works",
                    "text": "<p><b>Where</b> (address, meeting point) – <b>When</b> (start, "
                    "end) – <b>What</b> (task) – <b>Who</b> (number of people, skills) "
                    "– <b>Bring</b> (tools, clothing) – <b>Contact</b> (name on site). "
                    "Mark tasks as FILLED instead of deleting them.</p>",
                },
            ),
        ],
        "steps": [
            (
                "Set up the team",
                "At least two moderators per shift, with a handover note at every shift "
                "change. One of them is the link to the emergency services.",
            ),
            (
                "Connect to the official response",
                "Agree with the incident command which tasks volunteers may take on and how "
                "requests from responders reach the channel.",
            ),
            (
                "Moderate actively",
                "Remove duplicate posts and unverified appeals, answer questions quickly and "
                "repeat safety messages every few hours.",
            ),
            (
                "Look after volunteers",
                "Remind people to rest, point to psychosocial support, and thank them "
                "publicly and specifically.",
            ),
            (
                "Close the channel deliberately",
                "Announce the end in advance, point to organisations that continue the work, "
                "and archive the channel so lessons can be drawn from it.",
            ),
        ],
        "sources": ["LINKS_DELIVERABLE"],
    },
    "social-media-policy-for-emergency-organisations": {
        "body": [
            (
                "paragraph",
                "<p>Organisations that use social media well in a crisis decided most things "
                "beforehand. A policy does not need to be long, but it must answer the "
                "questions that otherwise cost precious time during an incident.</p>",
            ),
            ("heading", "Questions the policy should answer"),
            (
                "list",
                [
                    "Which accounts speak for the organisation, and who holds the passwords?",
                    "Who may post without approval during an incident, and on which topics?",
                    "At what hours is monitoring staffed, and who takes over at night?",
                    "How does information from social media reach the decision makers, "
                    "and how is it labelled?",
                    "How are personal data in posts and messages handled and deleted?",
                    "How does the organisation respond to criticism, trolling and threats?",
                ],
            ),
            (
                "callout",
                {
                    "title": "Practise it",
                    "text": "<p>Add social media injects to every exercise: a viral false "
                    "claim, a flood of questions, a journalist asking for comment. A policy "
                    "that has never been practised will not be followed.</p>",
                },
            ),
        ],
        "steps": [
            (
                "Take stock",
                "List existing accounts, who uses them and what happened in past incidents.",
            ),
            (
                "Agree roles",
                "Define at least the roles of social media lead, monitor and approver, with "
                "deputies.",
            ),
            (
                "Write templates",
                "Prepare first messages for likely incidents, so the first post can go out "
                "within minutes.",
            ),
            (
                "Review every year",
                "Platforms, laws and staff change; review the policy after every major "
                "incident and at least once a year.",
            ),
        ],
        "sources": ["SENDAI", "GDPR", "LINKS_DELIVERABLE"],
    },
    "data-protection-for-crowdsourced-data": {
        "body": [
            (
                "paragraph",
                "<p>Citizen reports, photos and volunteer lists are personal data, and some "
                "of it is sensitive: health needs, the home address of someone who cannot "
                "walk, a photo of an injured person. The GDPR allows processing data to "
                "protect lives, but it still asks for a clear purpose, minimal collection "
                "and security. This checklist covers the basics; involve your data "
                "protection officer early.</p>",
            ),
            (
                "callout",
                {
                    "title": "Emergencies do not suspend the law",
                    "text": "<p>Vital interests and public tasks can be a legal basis in an "
                    "emergency, but only for what the emergency needs. Data collected for "
                    "rescue may not later be reused for unrelated purposes.</p>",
                },
            ),
            ("heading", "Typical risks"),
            (
                "list",
                [
                    "Public maps revealing where vulnerable people live.",
                    "Spreadsheets of volunteers shared through personal e-mail accounts.",
                    "Photos of victims kept long after the incident.",
                    "Data passed to partners without an agreement.",
                ],
            ),
        ],
        "steps": [
            (
                "Name the purpose and legal basis",
                "Write down why you collect each kind of data and on which legal basis, "
                "before the platform goes live.",
            ),
            (
                "Collect as little as possible",
                "Remove form fields you do not need; ask for a neighbourhood instead of an "
                "address if that is enough.",
            ),
            (
                "Inform people",
                "Tell reporters and volunteers in plain words who receives their data, for "
                "how long and how to have it removed.",
            ),
            (
                "Protect access",
                "Use accounts with personal logins and strong passwords; keep raw reports "
                "separate from what is published.",
            ),
            (
                "Set a deletion date",
                "Agree when data will be deleted or anonymised, and who does it, then check "
                "that it happened.",
            ),
        ],
        "sources": ["GDPR", "LINKS_DELIVERABLE"],
    },
    "countering-rumours-during-a-crisis": {
        "body": [
            (
                "paragraph",
                "<p>Rumours grow where information is missing and anxiety is high. They are "
                "rarely malicious; most are people trying to make sense of events. Silence "
                "lets them spread, but repeating every rumour can amplify it. The aim is to "
                "fill the information gap quickly and to answer the rumours that could cause "
                "harm.</p>",
            ),
            ("heading", "Which rumours need an answer?"),
            (
                "list",
                [
                    "Rumours that could lead people into danger (wrong evacuation routes, "
                    "unsafe water declared safe).",
                    "Rumours that block the response (fake collection points, false calls "
                    "for volunteers).",
                    "Rumours that target groups of people and could lead to hostility.",
                    "Rumours that are spreading fast and widely, even if harmless.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Lead with the facts",
                    "text": "<p>State what is true first, then say briefly what is not. Say "
                    "what you do not know yet and when you will update. A correction that "
                    "repeats the rumour in its headline spreads the rumour.</p>",
                },
            ),
        ],
        "steps": [
            (
                "Listen",
                "Monitor social media, hotline questions and reports from field teams and "
                "community partners for recurring claims.",
            ),
            (
                "Log",
                "Keep a shared rumour log: claim, first seen, spread, checks done, verdict, reply.",
            ),
            (
                "Decide",
                "Use the questions above to decide whether to respond, and on which channels.",
            ),
            (
                "Respond",
                "Reply fast on the channel where the rumour spreads, with a short, shareable "
                "message and a link to more.",
            ),
            (
                "Use trusted voices",
                "Ask local figures, community leaders and partner organisations to share the "
                "correction; people trust people they know.",
            ),
        ],
        "sources": ["VERIFICATION_HANDBOOK", "LINKS_DELIVERABLE"],
    },
    "warning-messages-people-act-on": {
        "body": [
            (
                "paragraph",
                "<p>People rarely act on a warning at once. They first look for confirmation: "
                "they check other sources, call relatives, look outside. A good warning "
                "shortens that search by being clear, specific and consistent on every "
                "channel.</p>",
            ),
            (
                "callout",
                {
                    "title": "The five parts of a warning",
                    "text": "<p><b>Who</b> is warning – <b>what</b> is happening – "
                    "<b>where</b> – <b>what to do</b>, now and concretely – "
                    "<b>where to find more</b> and when the next update comes.</p>",
                },
            ),
            ("heading", "Example"),
            (
                "quote",
                {
                    "text": "Municipality of Riverside: the river will flood the streets of "
                    "the old town tonight. If you live below the church square, move your car "
                    "to the Market Street car park before 8 pm and take medicines and papers "
                    "upstairs. Updates every hour on riverside.example.",
                    "attribution": "Fictional example for training",
                },
            ),
        ],
        "steps": [
            ("Name the sender", "Start with the authority, so people know it is official."),
            (
                "Describe the hazard and the area",
                "Use place names people know, not only map codes or postcodes.",
            ),
            (
                "Give a concrete action",
                "Tell people what to do now, with times: go inside and close windows; leave "
                "by this road before 18:00.",
            ),
            (
                "Write plainly",
                "Short sentences, no jargon or abbreviations; test the text on someone who "
                "is not an expert.",
            ),
            (
                "Add languages",
                "Add English and the main other languages of the area, prepared in advance.",
            ),
            (
                "Keep channels consistent",
                "Use the same wording on cell broadcast, apps, websites and social media.",
            ),
            (
                "Follow up",
                "Update at the announced times and send an all-clear when it is over.",
            ),
        ],
        "sources": ["CAP", "UNDRR_TERMINOLOGY", "LINKS_DELIVERABLE"],
    },
    "engaging-communities-in-risk-reduction": {
        "body": [
            (
                "paragraph",
                "<p>Social media is often used only when disaster strikes. Yet its greatest "
                "value may lie in quiet times, when residents can learn about risks, share "
                "observations and help shape plans. Communities that already talk with their "
                "authorities respond better when an emergency comes.</p>",
            ),
            ("heading", "Ideas that have worked"),
            (
                "list",
                [
                    "Citizen observations of dry soils, low water levels or heat in streets, "
                    "shared through a simple app or form.",
                    "Walks in the neighbourhood to map risks together, with results posted online.",
                    "School projects where pupils interview older residents about past disasters.",
                    "Regular short posts on what to do in an earthquake, heatwave or drought, "
                    "timed to the season.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Close the loop",
                    "text": "<p>Tell participants what happened with their input: a changed "
                    "plan, a new tree, a repaired drain. People stop contributing when their "
                    "effort disappears without trace.</p>",
                },
            ),
        ],
        "steps": [
            (
                "Start from local concerns",
                "Ask residents what worries them, rather than starting with the hazard list "
                "of the authority.",
            ),
            (
                "Choose low-threshold channels",
                "Use channels people already use and offer offline ways to take part.",
            ),
            (
                "Partner with trusted groups",
                "Work with schools, clubs, libraries and civil-society groups that already "
                "have the community's trust.",
            ),
            (
                "Keep it going",
                "Plan a rhythm of activities across the year, not a one-off campaign.",
            ),
        ],
        "sources": ["SENDAI", "LINKS_DELIVERABLE"],
    },
    "communicating-after-an-attack": {
        "body": [
            (
                "paragraph",
                "<p>After an attack, the information vacuum is extreme. People fear for "
                "relatives, share what they see, and rumours of further attacks can cause "
                "panic and dangerous crowd movements. The police and the municipality must "
                "communicate quickly and repeatedly, even when they know little.</p>",
            ),
            ("heading", "Core messages in the first hour"),
            (
                "list",
                [
                    "Confirm that an incident is taking place and where.",
                    "Tell people what to do: avoid the area, stay inside, follow police "
                    "instructions.",
                    "Ask people not to share photos or videos of police operations, and to "
                    "send them to the police instead.",
                    "Say where relatives can get information about missing people.",
                    "Announce when the next update will follow.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Respect for victims",
                    "text": "<p>Never publish or share images of victims. Ask the public and "
                    "media to do the same, and let families hear news from officials before "
                    "it appears online.</p>",
                },
            ),
        ],
        "steps": [
            (
                "Post quickly",
                "Publish a first, short message within minutes, even if it only confirms an "
                "incident and gives safety advice.",
            ),
            (
                "Use several languages",
                "Post key messages in English and in the main languages of residents and visitors.",
            ),
            (
                "Correct rumours openly",
                "Name and correct false reports of further attacks or suspects as soon as "
                "they are checked.",
            ),
            (
                "Coordinate voices",
                "Agree with the police, municipality and emergency services who says what, "
                "and repost each other.",
            ),
            (
                "Support recovery",
                "In the days after, share information about support for victims and "
                "witnesses, and about gatherings and memorials.",
            ),
        ],
        "sources": ["LINKS_DELIVERABLE"],
    },
}

for _guideline in GUIDELINES:
    _guideline.update(TEXTS[_guideline["slug"]])
