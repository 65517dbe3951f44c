# Production image: gunicorn serves the web process; the same image runs the Celery worker and beat.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=lcc.settings.production

RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 lcc

WORKDIR /app
COPY pyproject.toml README.md ./
COPY lcc ./lcc
COPY framework ./framework
COPY learning_paths ./learning_paths
COPY community ./community
RUN pip install .
COPY . .
# collectstatic needs settings but no services; placeholders are overridden at run time.
RUN SECRET_KEY=build ALLOWED_HOSTS=build DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    python manage.py collectstatic --noinput \
    && mkdir -p /app/media && chown -R lcc:lcc /app/media

USER lcc
EXPOSE 8000
CMD ["gunicorn", "lcc.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
