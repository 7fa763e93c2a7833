FROM rocker/shiny-verse:4.4.0

RUN apt-get update && apt-get install -y --no-install-recommends \
        libgdal-dev libproj-dev libudunits2-dev \
    && rm -rf /var/lib/apt/lists/*

RUN install2.r --error --skipinstalled sf leaflet DT bslib \
    && rm -rf /tmp/downloaded_packages

COPY app/ /srv/shiny-server/fieldmap/
RUN chown -R shiny:shiny /srv/shiny-server/fieldmap
EXPOSE 3838
USER shiny
CMD ["/usr/bin/shiny-server"]
