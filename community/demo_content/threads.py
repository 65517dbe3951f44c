"""Demo discussions: realistic exchanges between practitioners, researchers, NGOs and firms.

Each thread: title, category slug, author handle, the framework page it is about (a slug,
or None), tags, the opening text, days ago it started, and replies as (handle, text).
"""

THREADS = [
    {
        "title": "Hello from the Marche civil protection",
        "category": "welcome",
        "author": "giulia",
        "page": None,
        "tags": ["introductions"],
        "days_ago": 40,
        "body": "Hi all. I coordinate volunteer associations in the Marche region. After the "
        "2016 earthquakes we received more offers of help through Facebook than by phone, and "
        "we were not ready for it. I am here to learn how others turned that chaos into "
        "something they can plan for.",
        "replies": [
            (
                "tobias",
                "Welcome! Same story here after the 2021 floods, only with Telegram "
                "groups. Happy to compare notes.",
            ),
            (
                "amira",
                "Welcome Giulia. If you ever want to talk about reaching people who do "
                "not speak the local language, that is what I do every day.",
            ),
        ],
    },
    {
        "title": "Researcher on risk perception near chemical plants",
        "category": "welcome",
        "author": "anke",
        "page": None,
        "tags": ["introductions", "industrial hazards"],
        "days_ago": 38,
        "body": "Hello, I am Anke. I interview residents living close to industrial sites "
        "about how they hear about incidents. Short version: the siren is not the first "
        "thing most of them notice any more, their phone is. I would love to hear from "
        "practitioners who want a researcher to look at their data.",
        "replies": [
            (
                "pieter",
                "Hi Anke, our web care team logs every question we get during "
                "incidents. I would be interested in an outside view on that log.",
            ),
            (
                "anke",
                "@pieter that sounds ideal. I will send you a message about data "
                "protection first, so we do it properly.",
            ),
        ],
    },
    {
        "title": "How did you organise digital volunteers after the 2016 earthquakes?",
        "category": "earthquakes-italy",
        "author": "lucia",
        "page": "central-italy-earthquakes-2016-digital-volunteers",
        "tags": ["earthquake", "digital volunteers"],
        "days_ago": 35,
        "body": "I read the case example about digital volunteers in central Italy. My "
        "students ask how they could help next time without getting in the way. Did the "
        "volunteer mapping groups coordinate with the civil protection, or did they work "
        "on their own?",
        "replies": [
            (
                "giulia",
                "Mostly on their own at first. The useful part came when one of the "
                "groups agreed to follow our list of priority areas. After that their maps of "
                "blocked roads ended up in our daily briefing.",
            ),
            (
                "marco",
                "From the mapping side: the hardest part was knowing which reports "
                "were already verified. We added a simple status field (new / checked / acted "
                "on) and it reduced the double work a lot.",
            ),
            (
                "lucia",
                "Thank you both. So the lesson for students is: join an existing group "
                "and follow their instructions, rather than starting a new hashtag.",
            ),
        ],
    },
    {
        "title": "Teaching teenagers to check earthquake rumours",
        "category": "earthquakes-italy",
        "author": "lucia",
        "page": "countering-rumours-during-a-crisis",
        "tags": ["risk education", "rumours", "young people"],
        "days_ago": 21,
        "body": 'Every time there is a tremor, a fake "prediction" of a bigger earthquake '
        "goes around in my students' chats. I am preparing a lesson on how to check such "
        "messages. Which examples have you seen that would work well in a classroom?",
        "replies": [
            (
                "pieter",
                "We use a very simple three-question check in our public messages: "
                "who says it, where did they get it, what does the official channel say? "
                "Teenagers can do that in thirty seconds.",
            ),
            (
                "sofie",
                "There is good research showing that corrections work better when they "
                "come from someone in the same group. Maybe let the students write the "
                "correction for their own chats?",
            ),
        ],
    },
    {
        "title": "Water-saving appeals during drought: do they work on social media?",
        "category": "drought-germany",
        "author": "hanna",
        "page": "drought-germany-citizen-tree-watering",
        "tags": ["drought", "behaviour change"],
        "days_ago": 30,
        "body": "Several municipalities asked residents last summer not to water gardens in "
        "the afternoon. Some posted it on Instagram, some only on their website. Has anyone "
        "measured whether the social media appeals changed water use?",
        "replies": [
            (
                "anke",
                "Not for water, but for heat warnings we saw that a message works much "
                "better when it says what to do and why, rather than only what not to do.",
            ),
            (
                "amira",
                "In our neighbourhood the tree-watering initiative spread through "
                "parents' WhatsApp groups, not through the city account. People joined because "
                "their neighbours did.",
            ),
            (
                "hanna",
                "That matches what I hear from the water utilities. I will suggest a "
                "small evaluation for next summer.",
            ),
        ],
    },
    {
        "title": "Drought is slow: how do you keep people's attention for months?",
        "category": "drought-germany",
        "author": "tobias",
        "page": None,
        "tags": ["drought", "wildfire"],
        "days_ago": 12,
        "body": "With a flood everyone is alert for a week. With drought and forest-fire "
        "risk we need people to stay careful all summer. Our posts get fewer likes every "
        "week. Ideas?",
        "replies": [
            (
                "lucia",
                "We vary the messenger: one week the forester, one week a farmer, one "
                "week a pupil. Same message, different face.",
            ),
            (
                "jens",
                "Show the numbers changing. A weekly map of the risk level gets shared "
                "more than a repeated warning text.",
            ),
        ],
    },
    {
        "title": "Warning residents about a chemical fire when the smoke plume moves",
        "category": "industrial-hazards-netherlands",
        "author": "pieter",
        "page": "industrial-fire-netherlands-public-warning",
        "tags": ["industrial hazards", "public warning"],
        "days_ago": 28,
        "body": "During a large fire the wind turned twice in three hours. Our first "
        "messages named the wrong neighbourhoods by the time people read them. How do you "
        "phrase a warning that stays correct when the situation changes?",
        "replies": [
            (
                "erik",
                "Cell broadcast helps because you can target an area and update it, "
                'but the text itself still needs to say "check for updates" and when the next '
                "update comes.",
            ),
            (
                "anke",
                "Residents told us they trust a message that admits uncertainty more "
                'than one that turns out wrong. "We expect... we will update at 18:00" works.',
            ),
            (
                "pieter",
                "Good points. We now include a fixed update time in every message, "
                'even if the update is "nothing new".',
            ),
        ],
    },
    {
        "title": "Rumours about toxic smoke: correcting without amplifying",
        "category": "industrial-hazards-netherlands",
        "author": "anke",
        "page": "countering-rumours-during-a-crisis",
        "tags": ["rumours", "industrial hazards"],
        "days_ago": 9,
        "body": "A post claiming that the smoke contained asbestos was shared thousands of "
        "times before the measurements came in. If the authority responds directly, the "
        "post gets even more reach. What is your rule for when to respond?",
        "replies": [
            (
                "pieter",
                "Our rule: respond when a rumour changes what people do (closing "
                "windows, leaving the area, calling 112). Otherwise publish the facts on our own "
                "channels without quoting the rumour.",
            ),
            (
                "marco",
                "Monitoring dashboards can show when a rumour crosses from one "
                "community into the general public. That is usually the moment to act.",
            ),
        ],
    },
    {
        "title": "Cell broadcast test in Denmark: what did residents think?",
        "category": "floods-denmark",
        "author": "jens",
        "page": "cell-broadcast-public-warning",
        "tags": ["cell broadcast", "public warning", "flood"],
        "days_ago": 33,
        "body": "We took part in the national cell broadcast test. Most feedback was "
        "positive, but many people with older phones got nothing, and some tourists got "
        "the message only in Danish. Has anyone solved the language issue?",
        "replies": [
            (
                "erik",
                "On the network side we can send several language versions at once; "
                "the phone shows the one matching its language setting. The limit is that "
                "someone has to write and approve the translations in advance.",
            ),
            (
                "amira",
                "Please include Arabic and Ukrainian in those templates. In our "
                "experience people forward an official message to family much faster when it "
                "is already in their language.",
            ),
            (
                "sofie",
                "We asked people in a survey: a short English version at the end of "
                "the Danish message was already a big improvement for visitors.",
            ),
        ],
    },
    {
        "title": "Using citizen photos of flooded streets in the situation picture",
        "category": "floods-denmark",
        "author": "sofie",
        "page": "crowdsourced-incident-reporting-platforms",
        "tags": ["crowdsourcing", "flood", "verification"],
        "days_ago": 26,
        "body": "For my thesis I compared citizen photos posted during a storm surge with "
        "the water levels the authorities measured. The photos arrived about forty minutes "
        "earlier. The problem is trust: how do you decide quickly which photos are real and "
        "current?",
        "replies": [
            (
                "jens",
                "In the control room we accept a photo when two independent sources "
                "show the same place, or when a known volunteer sends it. Everything else is "
                "marked unconfirmed.",
            ),
            (
                "marco",
                "Location and timestamp in the metadata help but can be faked or "
                "missing. We ask reporters to include a landmark in the picture; it is "
                "low-tech and it works.",
            ),
            (
                "hanna",
                "Please also think about the people in those photos. Our data "
                "protection officer insists that we blur faces before sharing internally.",
            ),
        ],
    },
    {
        "title": "Sandbag volunteers found through Facebook: insurance questions",
        "category": "floods-denmark",
        "author": "tobias",
        "page": "western-germany-floods-2021-spontaneous-volunteers",
        "tags": ["spontaneous volunteers", "flood", "legal"],
        "days_ago": 18,
        "body": "When we ask for help on social media, are those helpers insured? In "
        "Germany it depends on whether they are registered with us. How do other "
        "countries handle it?",
        "replies": [
            (
                "jens",
                "In Denmark the municipality registers them at a meeting point before "
                "they start. A simple paper list turned out to be enough.",
            ),
            (
                "giulia",
                "We use a short online form; once they fill it in, they are covered "
                "as occasional volunteers. The form is in the post that asks for help.",
            ),
        ],
    },
    {
        "title": "Communicating in the first hour after an attack",
        "category": "terrorism-germany",
        "author": "hanna",
        "page": "communicating-after-an-attack",
        "tags": ["terrorism", "crisis communication"],
        "days_ago": 24,
        "body": "The police account is usually the first official voice. What should "
        "other authorities (city, health services) post in the first hour so they do not "
        "contradict the police or spread unconfirmed information?",
        "replies": [
            (
                "pieter",
                "We agreed in advance: the police lead on the incident itself, the "
                "city posts only about practical matters (roads, public transport, where to "
                "find relatives) and shares the police posts.",
            ),
            (
                "amira",
                "And please think about languages in that first hour. During the "
                "Munich attack many people in our networks could not follow the German "
                "updates and relied on rumours.",
            ),
        ],
    },
    {
        "title": "Asking the public not to share videos of victims",
        "category": "terrorism-germany",
        "author": "pieter",
        "page": "munich-2016-police-social-media",
        "tags": ["terrorism", "privacy"],
        "days_ago": 15,
        "body": "The Munich police asked people not to post videos of the operation. It "
        "seemed to work reasonably well. Has anyone used a similar request for victims' "
        "privacy, and how was it received?",
        "replies": [
            (
                "claire",
                "There is a discussion at European level about a shared wording for "
                "such appeals, so that people recognise them across countries.",
            ),
            (
                "hanna",
                'Our experience: explain the reason in one sentence ("it helps the '
                'attackers" or "families have not been told yet"). A bare request gets ignored.',
            ),
        ],
    },
    {
        "title": "Mobilising volunteers without overwhelming the coordinators",
        "category": "engaging-citizens",
        "author": "giulia",
        "page": "running-a-volunteer-coordination-channel",
        "tags": ["volunteer coordination", "spontaneous volunteers"],
        "days_ago": 20,
        "body": "When we post a call for help we get hundreds of replies in an hour and "
        "only two people to answer them. How do you keep the call specific enough that the "
        "right people come, and not everyone?",
        "replies": [
            (
                "tobias",
                "Be very concrete: place, time, number of people, what to bring, "
                'what not to bring. And post "we have enough" as soon as you do.',
            ),
            (
                "amira",
                "Ask existing groups (sports clubs, associations) instead of "
                "individuals. One contact person per group saved us a lot of calls.",
            ),
            (
                "marco",
                "A simple sign-up form with a cap on places helps. When the cap is "
                "reached the form closes by itself.",
            ),
            (
                "giulia",
                'Thanks, the "we have enough" post is something we always forget. '
                "Adding it to our checklist.",
            ),
        ],
    },
    {
        "title": "Collecting damage reports from residents: forms or chat?",
        "category": "engaging-citizens",
        "author": "marco",
        "page": "verifying-crowdsourced-reports",
        "tags": ["crowdsourcing", "damage assessment"],
        "days_ago": 11,
        "body": "We are designing a tool for residents to report damage after an event. "
        "Structured forms give clean data but people abandon them. Chatbots feel easier "
        "but the data is messy. What have you seen work?",
        "replies": [
            (
                "sofie",
                "In our study older residents preferred calling a number and younger "
                "ones sent photos in chat. Maybe accept both and structure later?",
            ),
            (
                "giulia",
                "For us the minimum that matters is: where, what, is anyone hurt. "
                "If the form asks only that, people finish it.",
            ),
        ],
    },
    {
        "title": "Reaching residents who do not speak the local language",
        "category": "improving-communication",
        "author": "amira",
        "page": "reaching-non-native-speakers",
        "tags": ["multilingual communication", "vulnerable groups"],
        "days_ago": 29,
        "body": "The guideline on reaching non-native speakers matches our experience. "
        "One thing I would add: trusted messengers. A warning forwarded by the imam or the "
        "language-school teacher is believed; the same text from an unknown account is not.",
        "replies": [
            (
                "jens",
                "We are now building a list of such messengers per neighbourhood, "
                "with their consent. It is more work than translating, but it seems to pay off.",
            ),
            (
                "anke",
                "This is very much what our interviews show as well. Trust travels "
                "through people, not through channels.",
            ),
            (
                "lucia",
                "Schools can be such a channel too. Children translate for their "
                "parents all the time.",
            ),
        ],
    },
    {
        "title": "Accessible warnings for deaf and blind residents",
        "category": "improving-communication",
        "author": "jens",
        "page": "warning-messages-people-act-on",
        "tags": ["accessibility", "public warning"],
        "days_ago": 14,
        "body": "Sirens do not reach deaf residents, and image-only posts do not reach blind "
        "residents. What do you include in a warning post to make it accessible?",
        "replies": [
            (
                "erik",
                "Cell broadcast messages vibrate with a distinct pattern, which helps "
                "deaf users. Text length is limited, so keep the key action first.",
            ),
            (
                "pieter",
                "We always add alt text to maps and write the affected streets in "
                "the text itself, not only on the map.",
            ),
        ],
    },
    {
        "title": "Which social media monitoring dashboard do you use?",
        "category": "tools-technology",
        "author": "pieter",
        "page": "social-media-monitoring-dashboards",
        "tags": ["social media monitoring", "tools"],
        "days_ago": 32,
        "body": "We are reviewing our monitoring setup. The commercial tools are good at "
        "volume but poor at local languages and dialects. What do others use, and how much "
        "manual work remains?",
        "replies": [
            (
                "marco",
                "Honest answer from a vendor: all of them need a human in the loop. "
                "Keyword lists per incident type, maintained by your own staff, matter more "
                "than the tool.",
            ),
            (
                "sofie",
                "Platform access for research and monitoring has become more "
                "restricted and more expensive. Check what data you will actually get before "
                "signing a contract.",
            ),
            (
                "hanna",
                "And check the legal basis for processing the data before you start, "
                "not after the first incident.",
            ),
        ],
    },
    {
        "title": "Open-source crisis maps: who maintains them after the project?",
        "category": "tools-technology",
        "author": "marco",
        "page": "collaborative-mapping-openstreetmap",
        "tags": ["crisis mapping", "open data", "sustainability"],
        "days_ago": 8,
        "body": "Many crisis-mapping deployments die when the funding ends. The map data "
        "stays in OpenStreetMap, but the local setup and the trained people disappear. How "
        "do you keep a mapping capacity alive between disasters?",
        "replies": [
            (
                "giulia",
                "We run a mapping exercise twice a year with the volunteer "
                "associations. It keeps the skills and the contacts warm.",
            ),
            (
                "lucia",
                "Schools! A mapping afternoon in class teaches geography and "
                "preparedness at once, and the students remember it.",
            ),
        ],
    },
    {
        "title": "Chatbots for crisis information: worth it for a small municipality?",
        "category": "tools-technology",
        "author": "jens",
        "page": "crisis-chatbots",
        "tags": ["chatbots", "tools"],
        "days_ago": 5,
        "body": "A vendor offered us a crisis chatbot. Our worry is that it answers "
        "wrongly during a fast-changing situation. Has anyone run one during a real "
        "incident?",
        "replies": [
            (
                "marco",
                "Keep it to questions with stable answers (where is the shelter, "
                "which number to call) and hand everything else to a person.",
            ),
        ],
    },
    {
        "title": "Data protection when volunteers collect reports in WhatsApp groups",
        "category": "improving-communication",
        "author": "hanna",
        "page": "data-protection-for-crowdsourced-data",
        "tags": ["data protection", "crowdsourcing"],
        "days_ago": 3,
        "body": "Volunteer groups often collect names, addresses and photos in chat "
        "groups during an emergency. Afterwards nobody deletes anything. What simple rules "
        "could we give them without killing their enthusiasm?",
        "replies": [
            (
                "amira",
                "Three rules we use: only collect what you need to help, move it to "
                "one list with one responsible person, delete the chat history after the "
                "operation. People accept that if you explain why.",
            ),
            (
                "giulia",
                "@hanna a one-page template from the ministry would help us a lot. "
                "Volunteers trust an official template more than advice from us.",
            ),
        ],
    },
    {
        "title": "Still unanswered: heat warnings for people living alone",
        "category": "engaging-citizens",
        "author": "lucia",
        "page": "heatwave-neighbour-check-in-network",
        "tags": ["heatwave", "vulnerable groups"],
        "days_ago": 1,
        "body": "Our town wants to start a neighbour check-in network for older people "
        "living alone during heatwaves, like the case example describes. How did others "
        "find the people who need a visit without breaking privacy rules?",
        "replies": [],
    },
]
