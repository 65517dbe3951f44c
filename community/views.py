from django.shortcuts import render


def index(request):
    """Community home (placeholder until discussions exist)."""
    return render(request, "community/index.html")
