"""The five LINKS case scenarios, in English and Dutch.

``featured`` lists product slugs shown on the scenario page, in order.
"""

SCENARIOS = [
    {
        "slug": "earthquakes-in-italy",
        "title": "Earthquakes in Italy",
        "nl_title": "Aardbevingen in Italië",
        "hazard": "earthquake",
        "country": "IT",
        "image": "earthquake",
        "hero_image_alt": "Seismograph lines in terracotta above pale, gently rolling hills.",
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
        "hero_image_alt": "Dry, cracked ochre earth under a pale sun, with one small green sprout.",
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
        "nl_title": "Industriële gevaren in Nederland",
        "hazard": "industrial-accident",
        "country": "NL",
        "image": "industrial",
        "hero_image_alt": "Factory with two chimneys and a grey smoke plume drifting over a "
        "row of houses.",
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
        "hero_image_alt": "Layered blue waves in front of a row of small grey houses.",
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

# Intro and narrative per scenario, in English and Dutch.
TEXTS = {
    "earthquakes-in-italy": {
        "intro": "Italy is one of the most earthquake-prone countries in Europe. This scenario "
        "looks at how social media and crowdsourcing can support awareness before an "
        "earthquake, and damage assessment and help afterwards.",
        "narrative": [
            ("heading", "The setting"),
            (
                "paragraph",
                "<p>Many Italian towns lie in seismic zones, with historic centres of old "
                "masonry buildings. Earthquakes cannot be predicted, so the focus is on "
                "preparedness, on safe behaviour during shaking and on a fast, well-informed "
                "response. Italy has a strong civil protection system with many organised "
                "volunteers.</p>",
            ),
            ("heading", "Where SMCS helps"),
            (
                "list",
                [
                    "Before: campaigns on safe behaviour and on checking the safety of homes.",
                    "In the first hours: citizen reports and photos to see where damage is worst.",
                    "In the following weeks: matching offers of help with real needs and "
                    "countering rumours of new strong shocks.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Question to discuss",
                    "text": "<p>How can spontaneous online help be linked to the organised "
                    "volunteers of the civil protection system without slowing either "
                    "down?</p>",
                },
            ),
        ],
        "nl_intro": "Italië is een van de aardbevingsgevoeligste landen van Europa. Dit "
        "scenario laat zien hoe sociale media en crowdsourcing helpen bij bewustwording vóór "
        "een aardbeving en bij schadebeoordeling en hulp erna.",
        "nl_narrative": [
            ("heading", "De situatie"),
            (
                "paragraph",
                "<p>Veel Italiaanse plaatsen liggen in seismische zones en hebben historische "
                "centra met oude, gemetselde gebouwen. Aardbevingen zijn niet te voorspellen; "
                "de nadruk ligt daarom op voorbereiding, op veilig gedrag tijdens het beven en "
                "op een snelle, goed geïnformeerde respons. Italië heeft een sterke "
                "civiele bescherming met veel georganiseerde vrijwilligers.</p>",
            ),
            ("heading", "Waar SMCS helpt"),
            (
                "list",
                [
                    "Vooraf: campagnes over veilig gedrag en over de veiligheid van woningen.",
                    "In de eerste uren: meldingen en foto's van burgers om te zien waar de "
                    "schade het grootst is.",
                    "In de weken erna: hulpaanbod koppelen aan echte behoeften en geruchten "
                    "over nieuwe zware schokken weerleggen.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Vraag om te bespreken",
                    "text": "<p>Hoe verbind je spontane online hulp met de georganiseerde "
                    "vrijwilligers van de civiele bescherming, zonder een van beide te "
                    "vertragen?</p>",
                },
            ),
        ],
    },
    "drought-in-germany": {
        "intro": "Dry summers have become more frequent in Germany, affecting farming, forests, "
        "rivers and city trees. This scenario explores how social media and citizen "
        "observations can keep a slow hazard in view and mobilise residents.",
        "narrative": [
            ("heading", "A slow hazard"),
            (
                "paragraph",
                "<p>Drought builds up over months. There is no single moment of alarm, and "
                "public attention fades quickly between hot spells. Yet water restrictions, "
                "forest fires, low rivers for shipping and stressed city trees all follow "
                "from it.</p>",
            ),
            ("heading", "Where SMCS helps"),
            (
                "list",
                [
                    "Citizen observations of soil moisture, low water and tree health.",
                    "Calls to save water and to water street trees, with visible results.",
                    "Warnings about fire danger in forests, shared through local channels.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Question to discuss",
                    "text": "<p>How do you keep residents engaged with a risk that develops "
                    "over months, without causing fatigue?</p>",
                },
            ),
        ],
        "nl_intro": "Droge zomers komen in Duitsland steeds vaker voor, met gevolgen voor "
        "landbouw, bossen, rivieren en stadsbomen. Dit scenario onderzoekt hoe sociale media en "
        "waarnemingen van burgers een langzaam gevaar in beeld houden en bewoners in "
        "beweging brengen.",
        "nl_narrative": [
            ("heading", "Een langzaam gevaar"),
            (
                "paragraph",
                "<p>Droogte bouwt zich in maanden op. Er is geen duidelijk alarmmoment en de "
                "aandacht verslapt snel tussen twee hete periodes. Toch volgen er "
                "waterbeperkingen, bosbranden, lage rivieren voor de scheepvaart en "
                "verdrogende stadsbomen uit.</p>",
            ),
            ("heading", "Waar SMCS helpt"),
            (
                "list",
                [
                    "Waarnemingen van burgers over bodemvocht, lage waterstanden en bomen.",
                    "Oproepen om water te besparen en straatbomen water te geven, met "
                    "zichtbaar resultaat.",
                    "Waarschuwingen voor brandgevaar in bossen via lokale kanalen.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Vraag om te bespreken",
                    "text": "<p>Hoe houd je bewoners betrokken bij een risico dat zich over "
                    "maanden ontwikkelt, zonder dat ze het beu worden?</p>",
                },
            ),
        ],
    },
    "industrial-hazards-in-the-netherlands": {
        "intro": "The Netherlands has large industrial and port areas close to where people "
        "live. This scenario looks at warning residents, answering their questions and "
        "countering rumours during incidents with hazardous substances.",
        "narrative": [
            ("heading", "The setting"),
            (
                "paragraph",
                "<p>Chemical plants, storage sites and transport routes for hazardous "
                "substances lie near towns and cities. Incidents are rare but can affect many "
                "people at once: a fire with toxic smoke, a gas leak, an explosion. Safety "
                "regions coordinate the response and use NL-Alert to warn people in the "
                "affected area.</p>",
            ),
            ("heading", "Where SMCS helps"),
            (
                "list",
                [
                    "Warning quickly through cell broadcast and social media at the same time.",
                    "Monitoring public questions to decide what the next update must explain.",
                    "Reaching workers and residents who do not speak Dutch.",
                    "Explaining measurement results in terms of daily life.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Question to discuss",
                    "text": "<p>How should companies, safety regions and municipalities "
                    "agree their messages in advance, so the public hears one story?</p>",
                },
            ),
        ],
        "nl_intro": "Nederland heeft grote industrie- en havengebieden dicht bij woonwijken. "
        "Dit scenario gaat over het waarschuwen van bewoners, het beantwoorden van hun vragen "
        "en het tegengaan van geruchten bij incidenten met gevaarlijke stoffen.",
        "nl_narrative": [
            ("heading", "De situatie"),
            (
                "paragraph",
                "<p>Chemische fabrieken, opslagterreinen en transportroutes voor gevaarlijke "
                "stoffen liggen vlak bij dorpen en steden. Incidenten zijn zeldzaam, maar "
                "kunnen veel mensen tegelijk treffen: een brand met giftige rook, een "
                "gaslek, een explosie. Veiligheidsregio's coördineren de aanpak en "
                "waarschuwen mensen in het getroffen gebied met NL-Alert.</p>",
            ),
            ("heading", "Waar SMCS helpt"),
            (
                "list",
                [
                    "Snel waarschuwen via NL-Alert en sociale media tegelijk.",
                    "Vragen van het publiek volgen om te bepalen wat de volgende update moet "
                    "uitleggen.",
                    "Werknemers en bewoners bereiken die geen Nederlands spreken.",
                    "Meetresultaten uitleggen in termen van het dagelijks leven.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Vraag om te bespreken",
                    "text": "<p>Hoe stemmen bedrijven, veiligheidsregio's en gemeenten hun "
                    "berichten vooraf af, zodat het publiek één verhaal hoort?</p>",
                },
            ),
        ],
    },
    "floods-in-denmark": {
        "intro": "Denmark faces storm surges along its coasts and flooding from heavy rain in "
        "its cities. This scenario looks at warnings, citizen observations of water levels and "
        "coordination of help during and after floods.",
        "narrative": [
            ("heading", "The setting"),
            (
                "paragraph",
                "<p>Low-lying coasts, fjords and a rising sea level make storm surges a "
                "growing concern, while cloudbursts can flood city streets within an hour. "
                "Many people along the coast are seasonal residents or visitors who do not "
                "follow local news.</p>",
            ),
            ("heading", "Where SMCS helps"),
            (
                "list",
                [
                    "Turning forecasts into clear local warnings on social media.",
                    "Photos of water levels from residents, where no gauges exist.",
                    "Local groups that organise sandbags and help for neighbours.",
                    "Damage reporting and information on support after the flood.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Question to discuss",
                    "text": "<p>How do you warn people who are only in the area for a "
                    "weekend or a holiday?</p>",
                },
            ),
        ],
        "nl_intro": "Denemarken krijgt te maken met stormvloeden langs de kust en met "
        "wateroverlast door hevige regen in de steden. Dit scenario gaat over waarschuwingen, "
        "waarnemingen van waterstanden door burgers en het coördineren van hulp tijdens en "
        "na overstromingen.",
        "nl_narrative": [
            ("heading", "De situatie"),
            (
                "paragraph",
                "<p>Laaggelegen kusten, fjorden en een stijgende zeespiegel maken stormvloeden "
                "een groeiende zorg, terwijl wolkbreuken straten in de stad binnen een uur "
                "onder water kunnen zetten. Veel mensen aan de kust zijn seizoensbewoners of "
                "bezoekers die het lokale nieuws niet volgen.</p>",
            ),
            ("heading", "Waar SMCS helpt"),
            (
                "list",
                [
                    "Verwachtingen vertalen naar duidelijke lokale waarschuwingen op sociale "
                    "media.",
                    "Foto's van waterstanden door bewoners, waar geen meetpunten zijn.",
                    "Lokale groepen die zandzakken en burenhulp regelen.",
                    "Schademeldingen en informatie over ondersteuning na de overstroming.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Vraag om te bespreken",
                    "text": "<p>Hoe waarschuw je mensen die maar een weekend of een vakantie "
                    "in het gebied zijn?</p>",
                },
            ),
        ],
    },
    "terrorism-in-germany": {
        "intro": "Attacks in German cities have shown how quickly rumours spread and how much "
        "people rely on official accounts in the first hours. This scenario looks at crisis "
        "communication, rumour control and support for victims.",
        "narrative": [
            ("heading", "The setting"),
            (
                "paragraph",
                "<p>An attack in a crowded place creates confusion within minutes. Witnesses "
                "post photos and videos, reports of further attacks appear, and relatives "
                "search for news. The police must protect their operation while keeping the "
                "public informed.</p>",
            ),
            ("heading", "Where SMCS helps"),
            (
                "list",
                [
                    "Fast, repeated safety instructions from police and city accounts.",
                    "Corrections of false reports before they cause panic.",
                    "Collecting witness material through a secure upload channel.",
                    "Information for victims, witnesses and relatives in the days after.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Question to discuss",
                    "text": "<p>How can authorities ask the public not to share images of "
                    "police operations and victims, while still using what witnesses "
                    "saw?</p>",
                },
            ),
        ],
        "nl_intro": "Aanslagen in Duitse steden hebben laten zien hoe snel geruchten zich "
        "verspreiden en hoezeer mensen in de eerste uren op officiële accounts vertrouwen. "
        "Dit scenario gaat over crisiscommunicatie, geruchtenbestrijding en steun aan "
        "slachtoffers.",
        "nl_narrative": [
            ("heading", "De situatie"),
            (
                "paragraph",
                "<p>Een aanslag op een drukke plek zorgt binnen minuten voor verwarring. "
                "Getuigen plaatsen foto's en video's, er duiken berichten op over nieuwe "
                "aanslagen en familieleden zoeken naar nieuws. De politie moet haar optreden "
                "beschermen en tegelijk het publiek informeren.</p>",
            ),
            ("heading", "Waar SMCS helpt"),
            (
                "list",
                [
                    "Snelle, herhaalde veiligheidsinstructies van politie en gemeente.",
                    "Onjuiste berichten rechtzetten voordat ze paniek veroorzaken.",
                    "Beeldmateriaal van getuigen verzamelen via een beveiligd uploadkanaal.",
                    "Informatie voor slachtoffers, getuigen en nabestaanden in de dagen erna.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Vraag om te bespreken",
                    "text": "<p>Hoe vraag je het publiek geen beelden van politieoptreden en "
                    "slachtoffers te delen, en gebruik je toch wat getuigen zagen?</p>",
                },
            ),
        ],
    },
}

for _scenario in SCENARIOS:
    _scenario.update(TEXTS[_scenario["slug"]])
