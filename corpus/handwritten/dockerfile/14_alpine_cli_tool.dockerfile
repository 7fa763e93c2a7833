FROM alpine:3.20
RUN apk add --no-cache bash curl jq openssl
COPY --chmod=755 check-certs.sh /usr/local/bin/check-certs
ENTRYPOINT ["check-certs"]
