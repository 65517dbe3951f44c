"""Demo content of the community, as readable data (loaded by ``community.demo``).

Every demo member signs in with ``<handle>@demo.lcc.example`` and the password in
``community.demo.DEMO_PASSWORD``.
"""
