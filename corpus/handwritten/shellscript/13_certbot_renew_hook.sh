#!/bin/sh
set -eu
for domain in $RENEWED_DOMAINS; do
  case "$domain" in
    mail.example.org)
      install -m 0640 -o root -g mail "$RENEWED_LINEAGE/fullchain.pem" /etc/dovecot/ssl/cert.pem
      install -m 0640 -o root -g mail "$RENEWED_LINEAGE/privkey.pem" /etc/dovecot/ssl/key.pem
      systemctl reload dovecot postfix
      ;;
    mqtt.example.org)
      cat "$RENEWED_LINEAGE/fullchain.pem" "$RENEWED_LINEAGE/privkey.pem" > /etc/mosquitto/certs/combined.pem
      systemctl restart mosquitto
      ;;
  esac
done
