#!/bin/sh
set -e

if [ -n "$DATABASE_URL" ]; then
  echo "waiting for database..."
  until pg_isready -d "$DATABASE_URL" -q; do
    sleep 1
  done
fi

if [ "${RUN_MIGRATIONS:-1}" = "1" ]; then
  python manage.py migrate --noinput
fi

if [ "$1" = "web" ]; then
  exec gunicorn config.wsgi:application --bind 0.0.0.0:${PORT:-8000} --workers ${WEB_CONCURRENCY:-3}
elif [ "$1" = "worker" ]; then
  exec celery -A config worker -l info
fi

exec "$@"
