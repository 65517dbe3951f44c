"""Demo learning paths, as readable data (loaded by ``learning_paths.demo``).

Each step: (framework page slug or None, title, minutes, introduction, reflection question).
Page slugs are those listed in ``framework/demo_content/__init__.py`` (English locale).
"""

PATHS = [
    {
        "slug": "listening-to-the-crowd",
        "title": "Listening to the crowd: turning posts into a picture of the situation",
        "summary": "Learn how operations rooms watch social media and citizen reports during an "
        "emergency, check what they find, and put it on a map without drowning in noise.",
        "theme": "collecting-analysing-information",
        "level": "intermediate",
        "audiences": ["practitioners", "researchers"],
        "steps": [
            (
                "social-media-monitoring-dashboards",
                "What a monitoring dashboard can and cannot show",
                15,
                "Start with the tools. Read how monitoring dashboards collect public posts by "
                "keyword, place and account, and note which platforms they actually cover.",
                "Which platforms do people in your area really use during an emergency, and "
                "would a dashboard see them?",
            ),
            (
                "crowdsourced-incident-reporting-platforms",
                "Asking citizens to report directly",
                15,
                "Posts you overhear are only half the story. Incident reporting platforms let "
                "people send structured reports with a location and a photo.",
                "What would you ask citizens to report, and what would you do with each report "
                "within the first hour?",
            ),
            (
                "verifying-crowdsourced-reports",
                "Checking before acting",
                20,
                "A report is not a fact. Work through the verification checklist and think about "
                "how much checking each kind of decision deserves.",
                "Think of a recent report you acted on. Which two checks from the list would "
                "have been quickest for you?",
            ),
            (
                "collaborative-mapping-openstreetmap",
                "Putting reports on a shared map",
                15,
                "Maps turn scattered reports into a picture. See how volunteer mappers and "
                "authorities work on the same open map.",
                "Who in your organisation would own a crisis map, and who may edit it?",
            ),
            (
                "japan-2011-crowdsourced-crisis-map",
                "A crisis map at scale",
                20,
                "Read how a crowdsourced map grew after the 2011 earthquake and tsunami in Japan, "
                "and what it took to keep it useful.",
                "What would break first if your team had to handle a thousand reports a day?",
            ),
            (
                "data-protection-for-crowdsourced-data",
                "Handling what people send you",
                15,
                "Reports contain names, faces and addresses. Close the path with the rules that "
                "still apply in an emergency.",
                "What personal data do you collect today that you could stop collecting?",
            ),
        ],
    },
    {
        "slug": "warnings-people-act-on",
        "title": "Warnings people act on",
        "summary": "From the wording of a single message to cell broadcast and warning apps: "
        "what makes people take protective action, with cases from Denmark and the Netherlands.",
        "theme": "mobilising-citizens",
        "level": "introductory",
        "audiences": ["practitioners", "policy-makers"],
        "steps": [
            (
                "warning-messages-people-act-on",
                "The parts of a good warning",
                15,
                "A warning must say who sends it, what is happening, where, what to do and until "
                "when. Read the guideline and keep one of your own recent messages at hand.",
                "Which of the five parts was missing or vague in your last public message?",
            ),
            (
                "cell-broadcast-public-warning",
                "Cell broadcast: reaching every phone in an area",
                15,
                "Cell broadcast reaches phones in an area without an app or a subscription. Look "
                "at what it is good for and where its limits are.",
                "Who in your area would not receive a cell broadcast message?",
            ),
            (
                "public-warning-apps",
                "Warning apps and their audiences",
                10,
                "Apps add detail and follow-up information, but only for people who installed "
                "them. Compare them with cell broadcast.",
                "How would you point people from a short alert to fuller information?",
            ),
            (
                "danish-storm-surge-warnings",
                "Storm surge warnings on the Danish coast",
                20,
                "A case where warnings arrived days ahead. Notice how official channels and local "
                "social media groups reinforced each other.",
                "Which local groups or pages in your area could repeat an official warning?",
            ),
            (
                "industrial-fire-netherlands-public-warning",
                "Warning residents about smoke from a fire",
                20,
                "An industrial fire forces quick decisions with little information. Read how "
                "residents were warned and kept informed as the plume moved.",
                "What would you tell residents when you do not yet know what is in the smoke?",
            ),
            (
                "engaging-communities-in-risk-reduction",
                "Before the next warning: building a relationship",
                15,
                "People act on warnings from sources they already know. End the path with ways "
                "to engage communities long before an emergency.",
                "What is one thing your organisation could post this month that builds trust for "
                "the next warning?",
            ),
        ],
    },
    {
        "slug": "working-with-spontaneous-volunteers",
        "title": "Working with spontaneous volunteers",
        "summary": "When thousands offer help online, who coordinates them? Cases from German "
        "floods and Italian earthquakes, tools for coordination and how to run the channel.",
        "theme": "mobilising-volunteers",
        "level": "intermediate",
        "audiences": ["practitioners", "civil-society"],
        "steps": [
            (
                "western-germany-floods-2021-spontaneous-volunteers",
                "When help arrives before you ask",
                20,
                "Begin with the 2021 floods in western Germany, where volunteers organised "
                "themselves online faster than any plan foresaw.",
                "Would your organisation have known where volunteers were gathering?",
            ),
            (
                "volunteer-coordination-platforms",
                "Platforms for matching offers and needs",
                15,
                "Look at the tools that match people who offer help with tasks that need doing, "
                "and at who usually runs them.",
                "Which tasks in your area could volunteers safely take on?",
            ),
            (
                "running-a-volunteer-coordination-channel",
                "Running the channel day to day",
                20,
                "A channel with clear rules, a task format and shift handovers keeps volunteers "
                "safe and useful. Read the guideline as if you had to start one tomorrow.",
                "Write the first pinned message of your channel in three sentences.",
            ),
            (
                "central-italy-earthquakes-2016-digital-volunteers",
                "Digital volunteers far from the disaster",
                15,
                "Not every volunteer is on site. After the 2016 earthquakes in central Italy, "
                "people mapped, translated and checked information remotely.",
                "What could remote volunteers do for you that your staff cannot?",
            ),
            (
                "pandemic-neighbourhood-help-platforms",
                "Neighbourhood help over weeks, not days",
                15,
                "Help platforms during the pandemic ran for months. Look at what kept them going "
                "and how they wound down.",
                "How would you close a volunteer channel without losing the people in it?",
            ),
        ],
    },
    {
        "slug": "reaching-everyone-who-needs-to-know",
        "title": "Reaching everyone who needs to know",
        "summary": "Target your communication at groups that standard channels miss: people who "
        "speak other languages, older residents, tourists and young people.",
        "theme": "targeting-communication",
        "level": "introductory",
        "audiences": ["practitioners", "civil-society", "businesses"],
        "steps": [
            (
                "reaching-non-native-speakers",
                "People who do not speak the national language",
                20,
                "Start with the guideline on translated and easy-to-read warnings and on working "
                "with trusted messengers in migrant communities.",
                "Which languages, other than the national one, are spoken by many people in your "
                "area?",
            ),
            (
                "messaging-channels-for-crisis-communication",
                "Meeting people on the channels they use",
                15,
                "Messaging apps, local radio pages and community groups reach people that your "
                "own accounts do not. Compare the options.",
                "Where do young people in your area get their news?",
            ),
            (
                "heatwave-neighbour-check-in-network",
                "Older residents and the neighbours who check on them",
                15,
                "Some people are not online at all. See how a neighbour network carried heat "
                "advice to older residents.",
                "Who could be your messenger to people who never see a post?",
            ),
            (
                "crisis-chatbots",
                "Answering the same questions a thousand times",
                10,
                "Chatbots can answer common questions in several languages at any hour, if they "
                "are set up with care and handed over to people when needed.",
                "Which five questions does your organisation get most in an emergency?",
            ),
            (
                "floods-in-denmark",
                "Putting it together: the Danish floods scenario",
                20,
                "Use the LINKS floods scenario to list every group you would need to reach and "
                "the channel you would use for each.",
                "Which group in the scenario would you be least sure of reaching, and why?",
            ),
        ],
    },
    {
        "slug": "keeping-information-credible",
        "title": "Keeping information credible: rumours and misinformation",
        "summary": "Spot rumours early, correct them without spreading them further, and keep "
        "public trust during fast-moving events such as attacks and evacuations.",
        "theme": "ensuring-credible-information",
        "level": "advanced",
        "audiences": ["practitioners", "policy-makers", "researchers"],
        "steps": [
            (
                "countering-rumours-during-a-crisis",
                "How rumours start and how to answer them",
                20,
                "Read the guideline on countering rumours: lead with the facts, say what you do "
                "not know yet, and correct on the channel where the rumour runs.",
                "Recall a rumour from a past emergency. What would a correction in two sentences "
                "have said?",
            ),
            (
                "rumour-tracking-and-verification-tools",
                "Tools that help you notice and check",
                15,
                "Tracking tools surface fast-spreading claims; verification tools help check "
                "images and accounts. Look at what each does well.",
                "Who in your team would watch for rumours during a long night shift?",
            ),
            (
                "wildfire-evacuation-rumour",
                "An evacuation rumour corrected",
                15,
                "A false evacuation message spread during a wildfire season. Follow how it was "
                "noticed and corrected.",
                "How quickly could your organisation publish a correction, and who must approve "
                "it?",
            ),
            (
                "munich-2016-police-social-media",
                "Police communication during an unclear attack",
                20,
                "During the 2016 shooting in Munich, reports of several attackers spread. Read how "
                "the police used social media to calm and inform.",
                "What would your first post say when you do not yet know how many attackers there "
                "are?",
            ),
            (
                "communicating-after-an-attack",
                "After the attack",
                15,
                "Respect for victims, no speculation, one clear source: the guideline for the "
                "hours and days after an attack.",
                "Which messages would you prepare now, before anything happens?",
            ),
            (
                "terrorism-in-germany",
                "Scenario: terrorism in Germany",
                20,
                "Work through the LINKS terrorism scenario and mark the moments where a rumour "
                "could take hold.",
                "Where in the scenario would you expect the first false claim, and what would "
                "you do?",
            ),
        ],
    },
    {
        "slug": "making-warnings-accessible",
        "title": "Making warnings accessible for everyone",
        "summary": "Plain language, several formats and the right channels, so that people with "
        "disabilities, low literacy or little digital access can act on a warning too.",
        "theme": "making-information-accessible",
        "level": "introductory",
        "audiences": ["civil-society", "policy-makers", "practitioners"],
        "steps": [
            (
                "warning-messages-people-act-on",
                "Plain words first",
                15,
                "An accessible warning starts with short sentences and one action per sentence. "
                "Reread the warning guideline with that lens.",
                "Rewrite one sentence of a recent warning so a twelve-year-old could follow it.",
            ),
            (
                "glossary",
                "Words the public may not know",
                10,
                "Terms like 'shelter in place' or 'storm surge' are clear to professionals only. "
                "Browse the glossary and note the terms you use without explaining them.",
                "Which term will you stop using, or always explain, from now on?",
            ),
            (
                "cell-broadcast-public-warning",
                "Formats and devices",
                10,
                "Look at how cell broadcast messages appear and sound on phones, and what that "
                "means for people with visual or hearing impairments.",
                "What would a deaf resident miss if your warning were a siren and a radio message?",
            ),
            (
                "heatwave-neighbour-check-in-network",
                "When people are offline",
                15,
                "Accessibility also means reaching people without a smartphone. The neighbour "
                "network case shows one way.",
                "Which organisations in your area already visit people who live alone?",
            ),
            (
                "industrial-hazards-in-the-netherlands",
                "Scenario: industrial hazards in the Netherlands",
                20,
                "Use the scenario to plan how a 'close windows and doors' message reaches "
                "everyone near the site, including care homes and schools.",
                "List three groups near an industrial site in your area and how each would hear "
                "the warning.",
            ),
        ],
    },
    {
        "slug": "social-media-in-your-organisation",
        "title": "Social media in your organisation: policy, law and routines",
        "summary": "For managers and policy makers: write a social media policy, respect data "
        "protection law and make SMCS part of everyday routines instead of a side project.",
        "theme": "targeting-communication",
        "level": "advanced",
        "audiences": ["policy-makers", "businesses"],
        "steps": [
            (
                "social-media-policy-for-emergency-organisations",
                "What a policy must settle",
                20,
                "Who may post, in whose name, with what approval and at what hours? Read the "
                "guideline and compare it with what your organisation has written down.",
                "Which decision about social media is currently made by whoever happens to be on "
                "duty?",
            ),
            (
                "data-protection-for-crowdsourced-data",
                "The law still applies",
                20,
                "Emergencies do not suspend data protection. Read which lawful bases apply and "
                "how long reports may be kept.",
                "Who is your data protection officer, and have they seen your crisis plans?",
            ),
            (
                "munich-2016-police-social-media",
                "What preparation looks like in practice",
                15,
                "The Munich police could communicate well because roles and accounts were "
                "prepared. Read the case with that in mind.",
                "What would your organisation need to have in place a year before a crisis?",
            ),
            (
                "messaging-channels-for-crisis-communication",
                "Choosing channels on purpose",
                10,
                "Every channel costs staff time. Decide which ones you will run and which you "
                "will only monitor.",
                "Which channel would you drop if you had to free one person's time?",
            ),
            (
                "earthquakes-in-italy",
                "Scenario: earthquakes in Italy",
                20,
                "Test your policy against the LINKS earthquake scenario: who posts in the first "
                "hour, and who decides?",
                "Where did your current arrangements feel thin while reading the scenario?",
            ),
        ],
    },
    {
        "slug": "five-links-scenarios",
        "title": "The five LINKS scenarios: comparing hazards and countries",
        "summary": "A tour of the LINKS scenarios, from earthquakes in Italy to terrorism in "
        "Germany, to compare how social media and crowdsourcing play out in different settings.",
        "theme": "collecting-analysing-information",
        "level": "advanced",
        "audiences": ["researchers", "policy-makers"],
        "steps": [
            (
                "earthquakes-in-italy",
                "Earthquakes in Italy",
                20,
                "A sudden-onset hazard with a long recovery. Note which uses of social media come "
                "first and which matter months later.",
                "Which uses of social media in this scenario belong to recovery rather than "
                "response?",
            ),
            (
                "drought-in-germany",
                "Drought in Germany",
                20,
                "A slow hazard that never makes one headline. Look at how citizens are engaged "
                "over a whole summer.",
                "How does a slow hazard change what you ask of citizens?",
            ),
            (
                "industrial-hazards-in-the-netherlands",
                "Industrial hazards in the Netherlands",
                20,
                "An accident with uncertain risks to health. Compare the role of official "
                "warnings with what residents share themselves.",
                "What do residents know in this scenario that authorities do not?",
            ),
            (
                "floods-in-denmark",
                "Floods in Denmark",
                20,
                "A hazard forecast days ahead. See how early warning and volunteer "
                "coordination connect.",
                "What would you measure to know whether the warnings worked?",
            ),
            (
                "terrorism-in-germany",
                "Terrorism in Germany",
                20,
                "A deliberate attack with intense attention online. Focus on credibility and "
                "rumours.",
                "What makes this scenario different for researchers collecting social media data?",
            ),
            (
                None,
                "Comparing the five",
                15,
                "Put the scenarios side by side: speed of onset, who is affected, which SMCS "
                "purposes dominate and which challenges recur. A simple table is enough.",
                "Which challenge appears in all five scenarios, and what does that suggest for "
                "research or policy?",
            ),
        ],
    },
]
