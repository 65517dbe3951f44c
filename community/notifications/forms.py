from django import forms

from community.notifications.api import KINDS
from community.notifications.models import EmailMode


class PreferencesForm(forms.Form):
    """One choice per kind of notification: how (and whether) to be e-mailed."""

    def __init__(self, *args, initial_modes=None, **kwargs):
        super().__init__(*args, **kwargs)
        for kind, label in KINDS.items():
            self.fields[kind] = forms.ChoiceField(
                label=label,
                choices=EmailMode.choices,
                initial=(initial_modes or {}).get(kind),
                widget=forms.RadioSelect,
            )

    def modes(self):
        return {kind: self.cleaned_data[kind] for kind in KINDS}
