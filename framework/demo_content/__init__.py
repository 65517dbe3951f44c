"""Demo content of the LINKS Framework, as readable data (loaded by ``framework.demo``).

All pages live under the Framework index (/en/framework/<slug>/). Product slugs and types:

Technology guides (TechnologyGuidePage)
    social-media-monitoring-dashboards
    crowdsourced-incident-reporting-platforms
    collaborative-mapping-openstreetmap
    cell-broadcast-public-warning
    public-warning-apps
    crisis-chatbots
    volunteer-coordination-platforms
    rumour-tracking-and-verification-tools
    messaging-channels-for-crisis-communication

Guidelines (GuidelinePage)
    verifying-crowdsourced-reports
    reaching-non-native-speakers
    running-a-volunteer-coordination-channel
    social-media-policy-for-emergency-organisations
    data-protection-for-crowdsourced-data
    countering-rumours-during-a-crisis
    warning-messages-people-act-on
    engaging-communities-in-risk-reduction
    communicating-after-an-attack

Case examples (CaseExamplePage)
    central-italy-earthquakes-2016-digital-volunteers
    western-germany-floods-2021-spontaneous-volunteers
    danish-storm-surge-warnings
    drought-germany-citizen-tree-watering
    industrial-fire-netherlands-public-warning
    munich-2016-police-social-media
    heatwave-neighbour-check-in-network
    wildfire-evacuation-rumour
    pandemic-neighbourhood-help-platforms
    japan-2011-crowdsourced-crisis-map

Scenarios (ScenarioPage; also in Dutch under /nl/framework/<slug>/)
    earthquakes-in-italy
    drought-in-germany
    industrial-hazards-in-the-netherlands
    floods-in-denmark
    terrorism-in-germany

Other pages
    home (HomePage, site root; en + nl), framework (FrameworkIndexPage; en + nl),
    glossary (GlossaryPage under the framework index; en + nl)

Modules: ``taxonomies`` (snippet values, en + nl), ``technology_guides``, ``guidelines``,
``case_examples``, ``scenarios``, ``glossary``, ``pages`` (home, index and glossary texts).
"""
