from django.shortcuts import render


def search(request):
    """Site search (placeholder until the framework pages exist)."""
    return render(request, "framework/search.html", {"query": request.GET.get("q", "")})
