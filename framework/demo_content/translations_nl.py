"""Dutch translations of the products that matter most to Dutch practitioners.

Keyed by the English product's slug; the loader copies the English page into the Dutch locale
(same slug, so /nl/framework/<slug>/) and gives it these texts and the Dutch taxonomy values.
Fields left out keep the English value (sources, dates, images, countries).
"""

CASE_EXAMPLES = {
    "industrial-fire-netherlands-public-warning": {
        "title": "Brand bij een opslag van chemicaliën: omwonenden waarschuwen en informeren",
        "summary": (
            "Een samengesteld Nederlands voorbeeld: een grote brand bij een opslag van "
            "chemicaliën trekt rook over meerdere plaatsen. NL-Alert, officiële accounts en het "
            "volgen van vragen van het publiek werken samen om mensen binnen en op de hoogte te "
            "houden."
        ),
        "hero_image_alt": (
            "Fabriek met twee schoorstenen en een grijze rookpluim die over een rij huizen drijft."
        ),
        "tags": ["NL-Alert", "gevaarlijke stoffen", "rookpluim"],
        "body": [
            (
                "paragraph",
                "<p>Dit samengestelde voorbeeld gaat uit van het soort incident waar het "
                "LINKS-scenario over industriële risico's in Nederland naar kijkt: een grote brand "
                "bij een bedrijf dat chemicaliën opslaat, vlak bij woonwijken. Nederlandse "
                "overheden hebben lessen getrokken uit eerdere grote industriële branden, zoals de "
                "brand bij een chemisch bedrijf in Moerdijk in 2011.</p>",
            ),
            ("heading", "De communicatieopgave"),
            (
                "paragraph",
                "<p>Een zwarte rookpluim is van ver te zien en foto's gaan binnen enkele minuten "
                "rond. Bewoners willen weten of de rook giftig is, of ze ramen moeten sluiten, "
                "of de groente uit hun tuin nog eetbaar is en of kinderen buiten mogen spelen. "
                "Metingen kosten tijd, en de eerste antwoorden zijn onzeker.</p>",
            ),
            (
                "callout",
                {
                    "title": "Samengesteld voorbeeld",
                    "text": "<p>De beschreven gebeurtenissen zijn ter illustratie en combineren "
                    "kenmerken van verschillende incidenten; er wordt geen organisatie "
                    "geciteerd.</p>",
                },
            ),
        ],
        "event": "Brand bij een opslag van chemicaliën (samengesteld)",
        "place": "Een haven- en industriegebied in Nederland",
        "what_was_done": (
            "<ul><li>Een NL-Alert riep mensen benedenwinds op naar binnen te gaan, ramen en deuren "
            "te sluiten en de ventilatie uit te zetten.</li><li>De veiligheidsregio plaatste "
            "regelmatig updates met een kaart van de rookpluim en beantwoordde vragen op sociale "
            "media.</li><li>Het communicatieteam volgde vragen en geruchten van het publiek en "
            "vulde daarmee een pagina met veelgestelde vragen aan.</li><li>Het bedrijf informeerde "
            "buren en personeel via de eigen kanalen, in lijn met de overheid.</li></ul>"
        ),
        "outcomes": (
            "<p>De waarschuwing bereikte mensen snel, en de pagina met vragen en antwoorden "
            "scheelde telefoontjes. Geruchten over giftige stoffen hielden aan totdat de "
            "meetresultaten in begrijpelijke taal waren gepubliceerd.</p>"
        ),
        "lessons_learned": [
            "Publiceer meetresultaten snel en leg uit wat ze betekenen voor het dagelijks leven.",
            "Laat de vragen die mensen online stellen bepalen wat de volgende update moet "
            "behandelen.",
            "Spreek vooraf af hoe bedrijf en overheid hun berichten op elkaar afstemmen.",
            "Stuur het sein veilig via dezelfde kanalen als de waarschuwing.",
        ],
    },
}

TECHNOLOGY_GUIDES = {
    "cell-broadcast-public-warning": {
        "title": "Cell broadcast voor publieksalarmering",
        "summary": (
            "Cell broadcast stuurt één waarschuwing via het mobiele netwerk naar elke telefoon in "
            "een gebied, zonder app of telefoonnummer. Veel Europese landen gebruiken het, zoals "
            "NL-Alert in Nederland en Cell Broadcast in Duitsland."
        ),
        "hero_image_alt": "Een telefoon in het midden van oranje ringen, als een signaal dat zich "
        "verspreidt.",
        "tags": ["publieksalarmering", "mobiele netwerken", "EU-Alert"],
        "body": [
            ("heading", "Hoe cell broadcast werkt"),
            (
                "paragraph",
                "<p>Een overheid schrijft een waarschuwing en kiest een gebied. Mobiele "
                "netwerkaanbieders sturen die binnen enkele minuten naar elke geschikte telefoon "
                "die met een zendmast in dat gebied verbonden is. Telefoons tonen het bericht met "
                "een luid, herkenbaar geluid, in de meeste instellingen zelfs als ze op stil "
                "staan. Er is geen app, abonnement of telefoonnummer nodig, en omdat het een "
                "uitzending is, blijft het werken als het netwerk druk is met gesprekken.</p>",
            ),
            (
                "paragraph",
                "<p>Het Europees wetboek voor elektronische communicatie (artikel 110) verplicht "
                "EU-lidstaten om publiekswaarschuwingen op mobiele telefoons te laten aankomen. "
                "Veel landen kozen voor cell broadcast: Nederland gebruikt NL-Alert sinds 2012 en "
                "Duitsland begon in 2023 met Cell Broadcast.</p>",
            ),
            ("heading", "Praktische punten"),
            (
                "list",
                [
                    "Toeristen en bezoekers krijgen de waarschuwing ook: voeg een Engelse tekst "
                    "toe.",
                    "Berichten zijn kort; verwijs naar een pagina met meer informatie die "
                    "bereikbaar blijft onder druk.",
                    "Stem af met de teams voor sociale media, zodat overal dezelfde woorden staan.",
                    "Stuur een sein veilig als het gevaar voorbij is.",
                    "Test regelmatig met het publiek, zodat mensen het geluid herkennen en "
                    "vertrouwen.",
                ],
            ),
            (
                "callout",
                {
                    "title": "Niet iedereen heeft een telefoon bij zich",
                    "text": "<p>Houd sirenes, radio, televisie, geluidswagens en huis-aan-huis "
                    "waarschuwen achter de hand voor mensen die slapen, geen telefoon hebben of in "
                    "gebieden met slecht bereik zijn.</p>",
                },
            ),
        ],
        "data_sources": "Waarschuwingen van de overheid, verstuurd via mobiele netwerkaanbieders",
        "languages": "Berichttekst bepaald door de overheid; vaak de landstaal plus Engels",
        "privacy_notes": (
            "Cell broadcast zendt naar een gebied en verzamelt geen persoonsgegevens; niemand "
            "hoeft zich aan te melden."
        ),
        "accessibility_notes": (
            "Telefoons kunnen waarschuwingen voorlezen en trillen in een herkenbaar patroon; "
            "schrijf in eenvoudige taal en vermijd afkortingen, zodat schermlezers en vertaling "
            "goed werken."
        ),
    },
}

GUIDELINES = {
    "warning-messages-people-act-on": {
        "title": "Waarschuwingen schrijven waar mensen naar handelen",
        "summary": (
            "Een checklist voor korte waarschuwingen die zeggen wie waarschuwt, wat er gebeurt, "
            "waar, wat mensen nu moeten doen en waar ze meer vinden, zo geschreven dat iedereen "
            "het begrijpt."
        ),
        "hero_image_alt": "Een telefoon met een gevarendriehoek, omringd door oranje ringen.",
        "tags": ["waarschuwingen", "eenvoudige taal", "checklist"],
        "audience_note": "Iedereen die publiekswaarschuwingen of sjablonen daarvoor opstelt",
        "body": [
            (
                "paragraph",
                "<p>Mensen handelen zelden meteen na een waarschuwing. Eerst zoeken ze "
                "bevestiging: ze kijken bij andere bronnen, bellen familie, kijken naar buiten. "
                "Een goede waarschuwing maakt die zoektocht korter door duidelijk, concreet en op "
                "elk kanaal hetzelfde te zijn.</p>",
            ),
            (
                "callout",
                {
                    "title": "De vijf onderdelen van een waarschuwing",
                    "text": "<p><b>Wie</b> waarschuwt – <b>wat</b> er gebeurt – <b>waar</b> – "
                    "<b>wat te doen</b>, nu en concreet – <b>waar meer te vinden</b> is en wanneer "
                    "de volgende update komt.</p>",
                },
            ),
            ("heading", "Voorbeeld"),
            (
                "quote",
                {
                    "text": "Gemeente Rivierstad: de rivier overstroomt vannacht de straten van de "
                    "oude binnenstad. Woont u lager dan het kerkplein, zet uw auto dan vóór 20.00 "
                    "uur in de parkeergarage Marktstraat en breng medicijnen en papieren naar "
                    "boven. Elk uur een update op rivierstad.example.",
                    "attribution": "Verzonnen voorbeeld voor training",
                },
            ),
        ],
        "steps": [
            ("Noem de afzender", "Begin met de overheid, zodat mensen weten dat het officieel is."),
            (
                "Beschrijf het gevaar en het gebied",
                "Gebruik plaatsnamen die mensen kennen, niet alleen kaartcodes of postcodes.",
            ),
            (
                "Geef een concrete handeling",
                "Zeg wat mensen nu moeten doen, met tijden: ga naar binnen en sluit de ramen; "
                "vertrek vóór 18.00 uur via deze weg.",
            ),
            (
                "Schrijf eenvoudig",
                "Korte zinnen, geen vakjargon of afkortingen; test de tekst bij iemand die geen "
                "deskundige is.",
            ),
            (
                "Voeg talen toe",
                "Voeg Engels en de belangrijkste andere talen van het gebied toe, vooraf "
                "voorbereid.",
            ),
            (
                "Houd kanalen gelijk",
                "Gebruik dezelfde woorden in cell broadcast, apps, websites en sociale media.",
            ),
            (
                "Volg op",
                "Geef updates op de aangekondigde tijden en stuur een sein veilig als het "
                "voorbij is.",
            ),
        ],
    },
}
