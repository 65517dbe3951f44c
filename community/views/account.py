"""The member's own data: download it, or delete the account."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from community.account_data import delete_account, export_user_data
from community.forms import DeleteAccountForm


@login_required
def your_data(request):
    return render(request, "community/your_data.html")


@never_cache
@login_required
def data_download(request):
    """Everything the LCC holds about the member, as a JSON file."""
    data = export_user_data(request.user)
    data["exported_at"] = timezone.now().isoformat()
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="lcc-my-data.json"'
    return response


@never_cache
@login_required
def account_delete(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        keep = form.cleaned_data["posts"] == DeleteAccountForm.KEEP
        logout(request)
        delete_account(user, keep_posts=keep)
        messages.success(request, _("Your account and personal data have been deleted."))
        return redirect("/")
    status = 400 if request.method == "POST" else 200
    return render(request, "community/account_delete.html", {"form": form}, status=status)
