"""Plausible generated text for scale data (``seed_scale``): varied enough that pages, search
and excerpts behave as with real content, cheap enough for tens of thousands of objects.

Texts are built from small vocabularies of the domain; nothing here is copied from a source.
"""

from functools import lru_cache

SUBJECTS = [
    "flood reporting",
    "earthquake damage mapping",
    "heatwave outreach",
    "drought monitoring",
    "chemical incident alerts",
    "evacuation messaging",
    "volunteer matching",
    "rumour tracking",
    "shelter coordination",
    "missing persons information",
    "wildfire smoke warnings",
    "storm preparedness",
    "water distribution",
    "public health advice",
    "road closure updates",
]
FORMS = {
    "technologyguide": ["platform", "dashboard", "app", "chatbot", "map", "monitor"],
    "guideline": ["guidance", "checklist", "principles", "playbook", "protocol"],
    "caseexample": ["case", "experience", "field report", "pilot", "response"],
}
PLACES = [
    "Emilia-Romagna",
    "Lower Saxony",
    "Rotterdam harbour",
    "Vejle",
    "Berlin",
    "Liguria",
    "Zealand",
    "Brandenburg",
    "Limburg",
    "the Ahr valley",
    "Aarhus",
    "Naples",
]
AUDIENCES = [
    "municipal crisis teams",
    "fire and rescue services",
    "civil protection volunteers",
    "public health officers",
    "school teachers",
    "local newsrooms",
    "NGOs working with migrants",
    "utility operators",
]
VERBS = [
    "helps",
    "lets",
    "supports",
    "allows",
]
ACTIONS = [
    "collect reports from residents within minutes",
    "check whether a viral post is credible before sharing it",
    "reach people who do not read the official language",
    "coordinate spontaneous volunteers without overloading the control room",
    "publish the same warning on several channels at once",
    "see where help is requested on a live map",
    "keep a record of decisions for the evaluation afterwards",
    "answer frequent questions when phone lines are busy",
]
CAUTIONS = [
    "Plan who moderates incoming messages at night.",
    "Agree in advance which account speaks for the authority.",
    "Keep personal data to what the task needs and delete it afterwards.",
    "Test the channel with older residents and people with disabilities.",
    "Expect false reports and decide how they are checked.",
    "Translate the key messages before the season starts.",
]
FIRST_NAMES = ["Anna", "Luca", "Sofie", "Jonas", "Marta", "Pieter", "Giulia", "Mads", "Lena"]
LAST_NAMES = ["Rossi", "Jensen", "de Vries", "Schmidt", "Bianchi", "Nielsen", "Bakker", "Weber"]
ORGANISATIONS = [
    "City of {place} civil protection",
    "{place} fire brigade",
    "Red Cross branch {place}",
    "University research group, {place}",
    "Regional health authority, {place}",
]
ROLES = ["Crisis communication officer", "Volunteer coordinator", "Researcher", "Analyst"]
GROUPS = ["practitioners", "policy-makers", "researchers", "businesses", "civil-society"]
QUESTIONS = [
    "How did you handle {subject} at night?",
    "Which tool worked for {subject} in {place}?",
    "Lessons from {subject} last season",
    "Looking for partners on {subject}",
    "Is anyone using volunteers for {subject}?",
]
REPLIES = [
    "We tried this in {place}. The hardest part was agreeing who answers messages, not "
    "the tool itself.",
    "Short messages worked best for us. **Repeat the key action** in every post and link "
    "to one page that you keep up to date.",
    "Our volunteers sorted incoming reports into three bins:\n\n- urgent\n- needs checking\n"
    "- information only\n\nThat kept the control room calm.",
    "Do you have a translation plan? In {place} a third of the residents preferred another "
    "language.",
    "We wrote a checklist after the exercise; happy to share it with anyone working on {subject}.",
    "Privacy came up late for us. Ask your data protection officer before the event, not "
    "during it.",
]


class Words:
    """A seeded source of phrases (the same seed gives the same data)."""

    def __init__(self, rng):
        self.rng = rng

    def pick(self, items):
        return self.rng.choice(items)

    def sentence(self):
        return (
            f"{self.pick(SUBJECTS).capitalize()} {self.pick(VERBS)} "
            f"{self.pick(AUDIENCES)} {self.pick(ACTIONS)}."
        )

    def paragraph(self, sentences=3):
        return " ".join([self.sentence() for _ in range(sentences)] + [self.pick(CAUTIONS)])

    def categories(self):
        return [
            ("early-warning", "Early warning"),
            ("volunteers", "Working with volunteers"),
            ("misinformation", "Rumours and misinformation"),
            ("accessibility", "Reaching everyone"),
            ("tools", "Tools and platforms"),
            ("research", "Research and evaluation"),
        ]


def product_title_and_summary(words, model, number):
    kind = model._meta.model_name.removesuffix("page")
    title = (
        f"{words.pick(SUBJECTS).capitalize()} {words.pick(FORMS[kind])} "
        f"for {words.pick(AUDIENCES)} ({number})"
    )
    return title, words.paragraph(2)[:400]


def stream_body(words):
    blocks = []
    for _ in range(words.rng.randint(2, 4)):
        blocks.append({"type": "heading", "value": words.pick(ACTIONS).capitalize()})
        blocks.append({"type": "paragraph", "value": f"<p>{words.paragraph()}</p>"})
    blocks.append({"type": "list", "value": words.rng.sample(CAUTIONS, 3)})
    return blocks


def technology_fields(words, number):
    kinds = ["monitoring", "crowdsourcing-platform", "warning-app", "mapping", "chatbot"]
    functions = ["search-monitor", "analysis", "posting", "mapping", "alerting", "crowdsourcing"]
    return {
        "technology_kind": words.pick(kinds),
        "data_sources": "X (Twitter), Facebook, Telegram, SMS",
        "functions": words.rng.sample(functions, 2),
        "cost_model": words.pick(["free", "freemium", "subscription", "open-source"]),
        "languages": "English, Italian, German",
        "privacy_notes": words.pick(CAUTIONS),
        "accessibility_notes": words.pick(CAUTIONS),
    }


def guideline_fields(words, number):
    return {
        "audience_note": words.pick(AUDIENCES).capitalize(),
        "is_checklist": number % 2 == 0,
        "steps": [
            {"type": "step", "value": {"title": words.pick(ACTIONS), "text": words.sentence()}}
            for _ in range(words.rng.randint(3, 6))
        ],
    }


def case_fields(words, number):
    place = words.pick(PLACES)
    return {
        "country": words.pick(["IT", "DE", "NL", "DK"]),
        "place": place,
        "year": 2010 + number % 14,
        "event": f"{words.pick(SUBJECTS).capitalize()} in {place}",
        "what_was_done": f"<p>{words.paragraph()}</p>",
        "outcomes": f"<p>{words.paragraph(2)}</p>",
        "lessons_learned": [
            {"type": "lesson", "value": words.pick(CAUTIONS)}
            for _ in range(words.rng.randint(2, 4))
        ],
    }


def profile_fields(words, number):
    place = words.pick(PLACES)
    visibility = ["public", "public", "members", "members", "members", "hidden"][number % 6]
    return {
        "display_name": f"{words.pick(FIRST_NAMES)} {words.pick(LAST_NAMES)}",
        "organisation": words.pick(ORGANISATIONS).format(place=place),
        "role": words.pick(ROLES),
        "stakeholder_group": GROUPS[number % len(GROUPS)],
        "country": words.pick(["IT", "DE", "NL", "DK"]),
        "languages_code": words.pick([",en,", ",en,de,", ",en,it,", ",nl,en,", ",da,en,"]),
        "bio": words.sentence(),
        "visibility": visibility,
    }


def thread_title(words, number):
    text = words.pick(QUESTIONS).format(subject=words.pick(SUBJECTS), place=words.pick(PLACES))
    return f"{text} ({number})"


@lru_cache(maxsize=256)
def _rendered(markdown_text):
    from community.markdown import render_markdown

    return render_markdown(markdown_text)[0]


def post_body(words):
    """(Markdown, HTML) of a reply; rendering is cached because the variants repeat."""
    text = words.pick(REPLIES).format(subject=words.pick(SUBJECTS), place=words.pick(PLACES))
    return text, _rendered(text)


def path_texts(words, number, step_count):
    subject = words.pick(SUBJECTS)
    title = f"{subject.capitalize()} for {words.pick(AUDIENCES)} ({number})"
    summary = f"A route through the framework on {subject}. {words.sentence()}"
    steps = [
        {
            "title": words.pick(ACTIONS).capitalize(),
            "intro": words.paragraph(2),
            "reflection_question": f"How would your team {words.pick(ACTIONS)}?",
            "estimated_minutes": words.rng.choice([5, 10, 15, 20]),
        }
        for _ in range(step_count)
    ]
    return title, summary, steps
