FROM postgres:16
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-16-postgis-3 postgresql-16-pgvector \
    && rm -rf /var/lib/apt/lists/*
COPY initdb/*.sql /docker-entrypoint-initdb.d/
ENV POSTGRES_DB=geo
