"""Technology guides: kinds of SMCS tools, what they do and what to watch out for.

Body blocks are (block type, value) pairs; see ``framework.demo`` for how they are stored.
"""

TECHNOLOGY_GUIDES = [
    {
        "slug": "social-media-monitoring-dashboards",
        "title": "Social media monitoring dashboards",
        "summary": "Dashboards that collect public posts by keyword, hashtag or area so an "
        "operations room can see what people report, ask and fear during an incident, "
        "and spot trends before they reach the news.",
        "image": "network",
        "hero_image_alt": "Abstract network of connected dots on a dark blue background.",
        "hazards": ["flood", "storm", "terrorism", "wildfire"],
        "phases": ["preparedness", "response"],
        "audiences": ["practitioners", "researchers", "businesses"],
        "purposes": ["situational-awareness", "rumour-control"],
        "challenges": ["data-volume", "credibility", "privacy-law"],
        "countries": ["DE", "NL", "DK"],
        "tags": ["dashboards", "keywords", "operations room"],
        "last_reviewed": "2025-03-12",
        "technology_kind": "monitoring",
        "data_sources": "X (Twitter), Facebook, Instagram, Telegram, news sites, public forums",
        "functions": ["search-monitor", "analysis"],
        "cost_model": "subscription",
        "languages": "Depends on the product; most handle all major European languages",
    },
    {
        "slug": "crowdsourced-incident-reporting-platforms",
        "title": "Crowdsourced incident reporting platforms (e.g. Ushahidi)",
        "summary": "Platforms where citizens submit reports by web form, SMS or messaging "
        "app, which a team then verifies, categorises and shows on a map. Ushahidi is the "
        "best-known open-source example.",
        "image": "map",
        "hero_image_alt": "Stylised map with coloured report markers scattered over streets.",
        "hazards": ["earthquake", "flood", "tsunami", "storm"],
        "phases": ["response", "recovery"],
        "audiences": ["practitioners", "civil-society"],
        "purposes": ["situational-awareness", "damage-assessment", "resource-coordination"],
        "challenges": ["credibility", "data-volume", "privacy-law"],
        "countries": ["IT", "JP"],
        "tags": ["open source", "crisis mapping", "citizen reports"],
        "last_reviewed": "2024-06-20",
        "technology_kind": "crowdsourcing-platform",
        "data_sources": "Web forms, SMS, e-mail, WhatsApp and other messaging apps, X (Twitter)",
        "functions": ["crowdsourcing", "mapping", "verification"],
        "cost_model": "open-source",
        "languages": "Interface translated into many languages by volunteers",
        "website": "https://www.ushahidi.com/",
    },
    {
        "slug": "collaborative-mapping-openstreetmap",
        "title": "Collaborative mapping with OpenStreetMap and the HOT Tasking Manager",
        "summary": "Volunteers trace buildings, roads and damage from aerial imagery into "
        "OpenStreetMap, split into small tasks by the Humanitarian OpenStreetMap Team's "
        "Tasking Manager. Useful before and after disasters.",
        "image": "map",
        "hero_image_alt": "Stylised street map in soft greens and blues with a faint grid of "
        "squares.",
        "hazards": ["earthquake", "flood", "tsunami"],
        "phases": ["preparedness", "recovery"],
        "audiences": ["practitioners", "researchers", "civil-society"],
        "purposes": ["damage-assessment", "resource-coordination"],
        "challenges": ["data-volume", "organisational-fit"],
        "countries": ["IT", "JP"],
        "tags": ["OpenStreetMap", "open data", "remote volunteers"],
        "last_reviewed": "2026-02-03",
        "technology_kind": "mapping",
        "data_sources": "Aerial and satellite imagery, field surveys, local knowledge",
        "functions": ["mapping", "crowdsourcing"],
        "cost_model": "open-source",
        "languages": "Tasking Manager and map editors are available in many languages",
        "website": "https://tasks.hotosm.org/",
    },
    {
        "slug": "cell-broadcast-public-warning",
        "title": "Cell broadcast for public warning",
        "summary": "Cell broadcast sends one warning to every phone in an area through the "
        "mobile network, without apps or phone numbers. Many European countries use it, "
        "e.g. NL-Alert in the Netherlands and Cell Broadcast in Germany.",
        "image": "warning",
        "hero_image_alt": "A phone in the centre of concentric orange rings, like a signal "
        "spreading out.",
        "hazards": ["flood", "industrial-accident", "storm", "terrorism"],
        "phases": ["preparedness", "response"],
        "audiences": ["policy-makers", "practitioners", "businesses"],
        "purposes": ["early-warning", "crisis-communication"],
        "challenges": ["accessibility", "organisational-fit"],
        "countries": ["NL", "DE", "DK", "IT"],
        "tags": ["public warning", "mobile networks", "EU-Alert"],
        "last_reviewed": "2025-10-01",
        "technology_kind": "warning-app",
        "data_sources": "Authority-issued alerts sent through mobile network operators",
        "functions": ["alerting"],
        "cost_model": "custom",
        "languages": "Message text set by the authority; often the national language plus English",
    },
    {
        "slug": "public-warning-apps",
        "title": "Public warning apps",
        "summary": "Smartphone apps from authorities that push warnings for chosen places and "
        "give background advice, sometimes in several languages. Germany's NINA app is a "
        "well-known example; they complement sirens and cell broadcast.",
        "image": "warning",
        "hero_image_alt": "A phone with a warning symbol surrounded by soft orange rings.",
        "hazards": ["flood", "storm", "heatwave", "industrial-accident", "pandemic"],
        "phases": ["preparedness", "response"],
        "audiences": ["policy-makers", "civil-society"],
        "purposes": ["early-warning", "crisis-communication"],
        "challenges": ["accessibility", "privacy-law"],
        "countries": ["DE"],
        "tags": ["apps", "push notifications", "multilingual"],
        "last_reviewed": "2023-05-15",
        "technology_kind": "warning-app",
        "data_sources": "Official warning systems, weather and flood services",
        "functions": ["alerting", "posting", "translation"],
        "cost_model": "free",
        "languages": "Varies; some apps offer several languages and plain-language modes",
    },
    {
        "slug": "crisis-chatbots",
        "title": "Chatbots for crisis information",
        "summary": "Chatbots answer frequent questions in messenger apps or on websites around "
        "the clock, in several languages, and pass hard questions to people. They relieve "
        "hotlines but need careful scripting and upkeep.",
        "image": "network",
        "hero_image_alt": "Dots linked by thin lines, like a conversation network, on a blue "
        "background.",
        "hazards": ["pandemic", "heatwave", "flood"],
        "phases": ["preparedness", "response", "recovery"],
        "audiences": ["practitioners", "businesses"],
        "purposes": ["crisis-communication", "rumour-control"],
        "challenges": ["accessibility", "privacy-law", "credibility"],
        "countries": ["NL", "DK"],
        "tags": ["chatbots", "FAQ", "multilingual"],
        "last_reviewed": "2026-06-10",
        "technology_kind": "chatbot",
        "data_sources": "Messenger apps (WhatsApp, Facebook Messenger, Telegram), web chat",
        "functions": ["posting", "translation"],
        "cost_model": "freemium",
        "languages": "Any language the team can write and check answers in",
    },
    {
        "slug": "volunteer-coordination-platforms",
        "title": "Volunteer coordination platforms",
        "summary": "Web and app platforms that register volunteers, match their skills and "
        "availability with tasks, and send them instructions. They turn a wave of "
        "spontaneous offers into help that arrives where it is needed.",
        "image": "network",
        "hero_image_alt": "Groups of dots connected by lines on a dark blue background.",
        "hazards": ["flood", "pandemic", "heatwave", "storm"],
        "phases": ["preparedness", "response", "recovery"],
        "audiences": ["practitioners", "civil-society"],
        "purposes": ["volunteer-coordination", "resource-coordination"],
        "challenges": ["organisational-fit", "privacy-law"],
        "countries": ["DE", "DK", "NL"],
        "tags": ["volunteers", "matching", "spontaneous helpers"],
        "last_reviewed": "2024-01-22",
        "technology_kind": "crowdsourcing-platform",
        "data_sources": "Volunteer registrations, task lists from responders, messaging apps",
        "functions": ["crowdsourcing", "posting"],
        "cost_model": "freemium",
        "languages": "Usually the national language; some offer English",
    },
    {
        "slug": "rumour-tracking-and-verification-tools",
        "title": "Rumour tracking and verification tools",
        "summary": "Tools and methods to trace where a claim, photo or video came from and "
        "whether it is current: reverse image search, metadata viewers, archive services "
        "and shared rumour logs.",
        "image": "network",
        "hero_image_alt": "A pattern of connected dots in blue, white and orange.",
        "hazards": ["terrorism", "wildfire", "earthquake", "pandemic"],
        "phases": ["response"],
        "audiences": ["practitioners", "researchers"],
        "purposes": ["rumour-control", "situational-awareness"],
        "challenges": ["credibility", "data-volume"],
        "countries": ["DE", "IT"],
        "tags": ["verification", "misinformation", "fact-checking"],
        "last_reviewed": "2025-11-18",
        "technology_kind": "analytics",
        "data_sources": "Images, videos and posts from any platform; web archives; maps",
        "functions": ["verification", "search-monitor", "analysis"],
        "cost_model": "free",
        "languages": "Language-independent for images; text checks need local speakers",
    },
    {
        "slug": "messaging-channels-for-crisis-communication",
        "title": "Messaging channels and groups for crisis communication",
        "summary": "Broadcast channels and community groups on WhatsApp, Telegram or Signal "
        "reach people where they already talk. Good for local updates and for communities "
        "that do not follow official accounts.",
        "image": "town",
        "hero_image_alt": "Rooftops of a small town with speech bubbles rising above them.",
        "hazards": ["flood", "earthquake", "heatwave", "terrorism"],
        "phases": ["preparedness", "response", "recovery"],
        "audiences": ["practitioners", "civil-society"],
        "purposes": ["crisis-communication", "community-engagement"],
        "challenges": ["accessibility", "credibility", "privacy-law"],
        "countries": ["IT", "NL", "DE"],
        "tags": ["WhatsApp", "Telegram", "local communities"],
        "last_reviewed": "2022-09-07",
        "technology_kind": "communication",
        "data_sources": "WhatsApp, Telegram, Signal channels and groups",
        "functions": ["posting", "translation"],
        "cost_model": "free",
        "languages": "Whatever the community speaks; voice messages help low-literacy groups",
    },
]

# Long texts, kept apart from the facts above so both stay easy to scan.
TEXTS = {
    "social-media-monitoring-dashboards": {
        "body": [
            ("heading", "What these tools do"),
            (
                "paragraph",
                "<p>A monitoring dashboard runs saved searches against public social media "
                "and web sources and shows the results as streams, charts and maps. During a "
                "flood or a large fire, the duty officer can see within minutes which streets "
                "people mention, which questions keep coming back and which photos are being "
                "shared most. Between incidents, the same searches help a team learn what "
                "normal chatter looks like, so that a sudden spike stands out.</p>",
            ),
            ("heading", "Getting useful results"),
            (
                "list",
                [
                    "Prepare keyword lists per hazard in every local language and dialect, "
                    "including common misspellings and local place names.",
                    "Combine keywords with place names or a map area; a hazard word alone "
                    "returns mostly noise from elsewhere.",
                    "Save views for recurring incidents (flood, storm, fire, attack) so nobody "
                    "builds searches under pressure.",
                    "Decide who watches the dashboard, when, and how findings reach the "
                    "officer in charge.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Know what you are not seeing",
                    "text": "<p>Platforms limit what outside tools can read, and many "
                    "conversations happen in closed groups. Older people, children and people "
                    "without smartphones are under-represented. Treat a dashboard as one "
                    "sensor among several, never as a picture of the whole population.</p>",
                },
            ),
            (
                "paragraph",
                "<p>Check before buying: which platforms the product can still access "
                "(access conditions change often), whether it handles your languages, how it "
                "stores data and where, and whether results can be exported into your own "
                "incident log.</p>",
            ),
        ],
        "privacy_notes": "Public posts are still personal data under the GDPR. Monitor topics "
        "and areas rather than individuals, keep only what an incident needs, and set a "
        "deletion period for exports.",
        "accessibility_notes": "Dashboards are visual and dense; make sure findings are also "
        "summarised in plain text for briefings and for colleagues using screen readers.",
        "sources": ["LINKS_DELIVERABLE", "SENDAI"],
    },
    "crowdsourced-incident-reporting-platforms": {
        "body": [
            ("heading", "How a reporting platform works"),
            (
                "paragraph",
                "<p>People send a report through a web form, a text message or a messaging "
                "app. Each report lands in a queue where a team reads it, asks follow-up "
                "questions if needed, marks it as verified or not, gives it a category (for "
                "example <em>blocked road</em>, <em>needs water</em>, <em>damaged "
                "building</em>) and places it on a map. The public map then shows only what "
                "the team has approved.</p>",
            ),
            (
                "paragraph",
                "<p>Ushahidi was created in Kenya in 2008 to map reports of violence after a "
                "disputed election, and has since been used after many disasters. It is open "
                "source and can be hosted by the "
                "organisation itself; a hosted service is also offered. Similar functions "
                "exist in other open-source and commercial products.</p>",
            ),
            ("heading", "Before you launch one"),
            (
                "list",
                [
                    "Agree which organisation owns the platform and answers for its content.",
                    "Define categories and a verification rule before the first report arrives.",
                    "Plan staffing: every report needs a human decision, around the clock.",
                    "Explain publicly what happens to a report and that it is not an "
                    "emergency number.",
                    "Decide in advance when and how the platform will be closed and archived.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Not a replacement for 112",
                    "text": "<p>State on every page and in every reply that people in danger "
                    "must call the emergency number. Reports can wait in a queue for hours.</p>",
                },
            ),
        ],
        "privacy_notes": "Reports often contain names, phone numbers and home addresses of "
        "vulnerable people. Never show these on the public map; blur exact locations where "
        "needed and restrict access to the raw queue.",
        "accessibility_notes": "Offer SMS or voice channels for people without data plans, and "
        "keep forms short and available in the main languages of the area.",
        "sources": ["LINKS_DELIVERABLE"],
    },
    "collaborative-mapping-openstreetmap": {
        "body": [
            ("heading", "Maps made by volunteers"),
            (
                "paragraph",
                "<p>OpenStreetMap (OSM) is a free, editable map of the world built by "
                "volunteers. The Humanitarian OpenStreetMap Team (HOT) runs the Tasking "
                "Manager, which splits a mapping job into small squares so that hundreds of "
                "remote volunteers can trace buildings and roads from imagery without getting "
                "in each other's way. Experienced mappers then validate the work.</p>",
            ),
            (
                "paragraph",
                "<p>Responders use the result as a base map for logistics, search planning "
                "and damage surveys. Because the data is open, every organisation can use the "
                "same map and share the improvements.</p>",
            ),
            ("heading", "When it helps most"),
            (
                "list",
                [
                    "Before a disaster: map exposed areas where official maps are outdated.",
                    "In the first days: trace roads and buildings so field teams can plan.",
                    "During recovery: record which buildings and roads have been repaired.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Local knowledge first",
                    "text": "<p>Remote tracing shows shapes, not names or uses. Work with local "
                    "mappers, municipalities and residents to add street names, shelters and "
                    "points of interest, and check that a project does not duplicate official "
                    "data.</p>",
                },
            ),
        ],
        "privacy_notes": "Map objects, not people. Do not tag individual households as "
        "vulnerable or damaged in the open map; keep such survey data in a protected system.",
        "accessibility_notes": "Map editors need a mouse and good eyesight; offer validation, "
        "field survey and data-checking tasks for volunteers who cannot trace.",
        "sources": ["LINKS_DELIVERABLE", "SENDAI"],
    },
    "cell-broadcast-public-warning": {
        "body": [
            ("heading", "How cell broadcast works"),
            (
                "paragraph",
                "<p>An authority writes a warning and selects an area. Mobile network operators "
                "send it to every compatible phone connected to the cell towers in that area, "
                "within minutes. Phones show it with a loud, distinct tone, even on silent in "
                "most settings. No app, subscription or phone number is needed, and because it "
                "is a broadcast, it keeps working when the network is busy with calls.</p>",
            ),
            (
                "paragraph",
                "<p>The European Electronic Communications Code (Article 110) requires EU "
                "member states to deliver public warnings to mobile phones. Many chose cell "
                "broadcast: the Netherlands has used NL-Alert since 2012 and Germany started "
                "its Cell Broadcast service in 2023.</p>",
            ),
            ("heading", "Practical points"),
            (
                "list",
                [
                    "Tourists and visitors receive the alert too: add an English text.",
                    "Messages are short; link to a page that has more and stays up under load.",
                    "Coordinate with social media teams so the same words appear everywhere.",
                    "Send an all-clear message when the danger has passed.",
                    "Test with the public regularly, so people recognise the tone and trust it.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Not everyone has a phone on them",
                    "text": "<p>Keep sirens, radio, television, loudspeaker cars and door-to-"
                    "door warnings for people who are asleep, without a phone or in areas with "
                    "poor coverage.</p>",
                },
            ),
        ],
        "privacy_notes": "Cell broadcast sends to an area and collects no personal data; no one "
        "needs to register.",
        "accessibility_notes": "Phones can read alerts aloud and vibrate in a distinct pattern; "
        "write in plain language and avoid abbreviations so screen readers and translation "
        "work well.",
        "sources": ["EECC", "CAP", "LINKS_DELIVERABLE"],
    },
    "public-warning-apps": {
        "body": [
            ("heading", "What warning apps add"),
            (
                "paragraph",
                "<p>Warning apps let people choose places to follow (home, work, a parent's "
                "town) and receive warnings for them with background advice: what to pack, "
                "how to seal windows against smoke, where sandbags are handed out. Germany's "
                "NINA app, run by the Federal Office of Civil Protection and Disaster "
                "Assistance (BBK), combines warnings from several official sources; other "
                "countries and regions have similar apps.</p>",
            ),
            ("heading", "Strengths and limits"),
            (
                "list",
                [
                    "Richer content than cell broadcast: maps, advice, links, several languages.",
                    "Only reaches people who installed the app and allowed notifications.",
                    "Depends on data connections and on servers that stay up under peak load.",
                    "Needs regular promotion, or downloads fade after the last big event.",
                ],
            ),
            (
                "callout",
                {
                    "title": "One message, many channels",
                    "text": "<p>Publish each warning once, in a standard format such as the "
                    "Common Alerting Protocol, and let it flow to the app, cell broadcast, "
                    "websites and media. This keeps the wording consistent.</p>",
                },
            ),
        ],
        "privacy_notes": "Prefer apps that store followed places only on the phone and use no "
        "tracking; location-based warnings should work without sending a location history to "
        "the server.",
        "accessibility_notes": "Look for screen-reader support, large-text modes, plain-language "
        "versions and sign-language or pictogram support for deaf users.",
        "sources": ["CAP", "LINKS_DELIVERABLE"],
    },
    "crisis-chatbots": {
        "body": [
            ("heading", "Where chatbots help"),
            (
                "paragraph",
                "<p>In many crises the same twenty questions make up most calls to a hotline: "
                "where do I get sandbags, is the tap water safe, can I return home. A chatbot "
                "in a messaging app or on a website can answer these instantly, in several "
                "languages, and hand the conversation to a person when it cannot help.</p>",
            ),
            ("heading", "Build it with care"),
            (
                "list",
                [
                    "Start from real questions: hotline logs and comments from past events.",
                    "Write short, approved answers and date them; stale answers do harm.",
                    "Always offer a way to reach a person and show the emergency number.",
                    "Review unanswered questions daily; they show what the public needs.",
                    "If you use generative AI, restrict it to approved texts and test it "
                    "against misleading questions.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Say it is a bot",
                    "text": "<p>People should know they are talking to software, what it can "
                    "do and what it cannot. Trust falls quickly when a bot pretends to be "
                    "human.</p>",
                },
            ),
        ],
        "privacy_notes": "Messenger platforms process conversation data under their own terms. "
        "Ask for no more personal details than needed, and tell users where data is stored.",
        "accessibility_notes": "Keep answers short, offer buttons for common questions, and test "
        "the bot with screen readers and with people who have low literacy.",
        "sources": ["LINKS_DELIVERABLE", "GDPR"],
    },
    "volunteer-coordination-platforms": {
        "body": [
            ("heading", "From offers to useful help"),
            (
                "paragraph",
                "<p>After a flood or storm, many people want to help at once. Without "
                "coordination they crowd the same streets, block roads for rescue vehicles or "
                "bring goods nobody needs. A coordination platform records who is available, "
                "with which skills and tools, and matches them to tasks that responders or "
                "local organisations post. Volunteers get a time, a meeting point and safety "
                "instructions.</p>",
            ),
            ("heading", "What to look for"),
            (
                "list",
                [
                    "Quick sign-up that works on a phone, without long forms.",
                    "Tasks with a place, time, number of people and required equipment.",
                    "Messages to all volunteers of a task, for changes and safety warnings.",
                    "Check-in and check-out, so the coordinator knows who is in the field.",
                    "Export of hours and tasks for insurance and for later evaluation.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Prepare before the season",
                    "text": "<p>Agree with emergency services which tasks volunteers may do, "
                    "and register a core group in advance. A platform launched in the middle "
                    "of a disaster competes with a dozen informal groups.</p>",
                },
            ),
        ],
        "privacy_notes": "Volunteer data includes phone numbers, skills and sometimes health "
        "information. Collect only what matching needs and delete inactive profiles.",
        "accessibility_notes": "Offer tasks that suit older people and people with disabilities "
        "(phone calls, logistics, translation), and a phone number for those who cannot use "
        "the app.",
        "sources": ["LINKS_DELIVERABLE"],
    },
    "rumour-tracking-and-verification-tools": {
        "body": [
            ("heading", "The basic toolkit"),
            (
                "list",
                [
                    "Reverse image search (several engines, as results differ) to find "
                    "earlier copies of a photo.",
                    "Metadata viewers for original files, keeping in mind that social "
                    "platforms strip most metadata.",
                    "Maps and street-level imagery to check whether a scene matches the "
                    "claimed place.",
                    "Weather records and sunrise times to check whether light and weather fit.",
                    "Web archives to see how a page or account looked earlier.",
                ],
            ),
            ("heading", "A shared rumour log"),
            (
                "paragraph",
                "<p>Tools only help when findings are recorded. A simple shared table with "
                "the claim, where it was first seen, how far it spread, what was checked, the "
                "verdict and the public reply lets a team avoid checking the same claim twice "
                "and gives spokespeople a current list of rumours to address.</p>",
            ),
            (
                "callout",
                {
                    "title": "Unverified is not false",
                    "text": "<p>Many reports cannot be confirmed quickly. Label them "
                    "honestly as unconfirmed, decide whether acting on them is safe, and "
                    "update the log when more is known.</p>",
                },
            ),
        ],
        "privacy_notes": "Investigate content, not private lives. Do not publish the names of "
        "people who shared a rumour, and do not use intrusive search methods.",
        "accessibility_notes": "When you correct a rumour with an image, add a text description "
        "and a short plain-language summary of what is true.",
        "sources": ["VERIFICATION_HANDBOOK", "LINKS_DELIVERABLE"],
    },
    "messaging-channels-for-crisis-communication": {
        "body": [
            ("heading", "Go where people already are"),
            (
                "paragraph",
                "<p>Many residents, especially in close-knit or migrant communities, get news "
                "from messaging groups rather than from official accounts. A broadcast channel "
                "run by the municipality, or a trusted member posting in existing groups, "
                "brings official information into these spaces. Voice messages reach people "
                "who read with difficulty.</p>",
            ),
            ("heading", "Good practice"),
            (
                "list",
                [
                    "Use one-way broadcast channels for official updates, so they are not "
                    "buried in chat.",
                    "Give each message a date, time and sender; forwarded messages lose "
                    "their context.",
                    "Work with community leaders who already run popular groups.",
                    "Post corrections in the same groups where a rumour circulates.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Closed spaces spread rumours too",
                    "text": "<p>Forwarded messages cannot be monitored from outside. Ask "
                    "trusted members to tell you what is circulating, and give them short, "
                    "shareable answers.</p>",
                },
            ),
        ],
        "privacy_notes": "In groups, members see each other's phone numbers. Prefer channels "
        "where subscribers stay hidden, and never add people to a group without consent.",
        "accessibility_notes": "Combine text, pictograms and short voice messages; keep each "
        "message to one topic and avoid image-only posts.",
        "sources": ["LINKS_DELIVERABLE"],
    },
}

for _guide in TECHNOLOGY_GUIDES:
    _guide.update(TEXTS[_guide["slug"]])
