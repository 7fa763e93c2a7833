REGISTRY   ?= ghcr.io/example
IMAGE      ?= invoice-api
GIT_SHA    := $(shell git rev-parse --short=12 HEAD)
GIT_BRANCH := $(shell git rev-parse --abbrev-ref HEAD | tr '/' '-')
VERSION    ?= $(shell cat VERSION 2>/dev/null || echo 0.0.0)
PLATFORMS  ?= linux/amd64,linux/arm64

TAG        := $(REGISTRY)/$(IMAGE):$(GIT_SHA)
TAG_BRANCH := $(REGISTRY)/$(IMAGE):$(GIT_BRANCH)
TAG_VER    := $(REGISTRY)/$(IMAGE):$(VERSION)

DOCKER_BUILD_ARGS := \
	--build-arg VERSION=$(VERSION) \
	--build-arg GIT_SHA=$(GIT_SHA) \
	--label org.opencontainers.image.revision=$(GIT_SHA) \
	--label org.opencontainers.image.version=$(VERSION)

.PHONY: build push release buildx scan run shell prune print-%

build:
	docker build $(DOCKER_BUILD_ARGS) -t $(TAG) -t $(TAG_BRANCH) .

push: build
	docker push $(TAG)
	docker push $(TAG_BRANCH)

release: guard-clean build
	docker tag $(TAG) $(TAG_VER)
	docker push $(TAG_VER)

buildx:
	docker buildx build --platform $(PLATFORMS) $(DOCKER_BUILD_ARGS) \
		-t $(TAG) -t $(TAG_BRANCH) --push .

scan: build
	trivy image --severity HIGH,CRITICAL --exit-code 1 $(TAG)

run: build
	docker run --rm -it -p 8080:8080 --env-file .env $(TAG)

shell: build
	docker run --rm -it --entrypoint /bin/sh $(TAG)

prune:
	docker image prune -f --filter label=org.opencontainers.image.title=$(IMAGE)

guard-clean:
	@git diff --quiet || { echo "working tree is dirty, refusing to release"; exit 1; }

# make print-TAG  -> shows the value of TAG
print-%:
	@echo '$*=$($*)'
