from django.shortcuts import render


def index(request):
    """List of learning paths (placeholder until paths exist)."""
    return render(request, "learning_paths/index.html")
