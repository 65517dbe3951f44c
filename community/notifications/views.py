from django.contrib.auth.decorators import login_required
from django.shortcuts import render


@login_required
def index(request):
    """The member's notifications (placeholder until notifications exist)."""
    return render(request, "notifications/index.html")
