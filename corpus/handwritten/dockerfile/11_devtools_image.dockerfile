# Development image used by the CI runners and by `make shell`.
# Keep tool versions pinned; bump them in one PR so caches stay useful.

ARG UBUNTU_VERSION=24.04
FROM ubuntu:${UBUNTU_VERSION}

ARG DEBIAN_FRONTEND=noninteractive
ARG USERNAME=dev
ARG USER_UID=1000
ARG USER_GID=${USER_UID}

ARG GO_VERSION=1.22.3
ARG NODE_MAJOR=20
ARG TERRAFORM_VERSION=1.8.4
ARG KUBECTL_VERSION=1.30.1
ARG HELM_VERSION=3.15.1
ARG GOLANGCI_VERSION=1.58.2
ARG SHELLCHECK_VERSION=0.10.0

LABEL org.opencontainers.image.title="platform-devtools" \
      org.opencontainers.image.description="Toolchain for the platform monorepo" \
      org.opencontainers.image.source="https://example.org/platform/devtools"

SHELL ["/bin/bash", "-o", "pipefail", "-c"]

# --- base packages -----------------------------------------------------------
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
        build-essential \
        ca-certificates \
        curl \
        git \
        gnupg \
        jq \
        less \
        locales \
        make \
        openssh-client \
        python3 \
        python3-pip \
        python3-venv \
        rsync \
        sudo \
        unzip \
        vim-tiny \
        xz-utils \
        zip \
 && locale-gen en_US.UTF-8 \
 && rm -rf /var/lib/apt/lists/*

ENV LANG=en_US.UTF-8 \
    LC_ALL=en_US.UTF-8

# --- Go ----------------------------------------------------------------------
RUN curl -fsSL "https://go.dev/dl/go${GO_VERSION}.linux-amd64.tar.gz" \
    | tar -C /usr/local -xz
ENV PATH=/usr/local/go/bin:/root/go/bin:${PATH}

RUN curl -fsSL https://raw.githubusercontent.com/golangci/golangci-lint/master/install.sh \
    | sh -s -- -b /usr/local/bin "v${GOLANGCI_VERSION}"

# --- Node --------------------------------------------------------------------
RUN curl -fsSL https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key \
    | gpg --dearmor -o /usr/share/keyrings/nodesource.gpg \
 && echo "deb [signed-by=/usr/share/keyrings/nodesource.gpg] https://deb.nodesource.com/node_${NODE_MAJOR}.x nodistro main" \
    > /etc/apt/sources.list.d/nodesource.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends nodejs \
 && npm install -g pnpm@9 \
 && rm -rf /var/lib/apt/lists/*

# --- Infra tools -------------------------------------------------------------
RUN curl -fsSLo /tmp/tf.zip "https://releases.hashicorp.com/terraform/${TERRAFORM_VERSION}/terraform_${TERRAFORM_VERSION}_linux_amd64.zip" \
 && unzip -q /tmp/tf.zip -d /usr/local/bin \
 && rm /tmp/tf.zip

RUN curl -fsSLo /usr/local/bin/kubectl "https://dl.k8s.io/release/v${KUBECTL_VERSION}/bin/linux/amd64/kubectl" \
 && chmod +x /usr/local/bin/kubectl

RUN curl -fsSL "https://get.helm.sh/helm-v${HELM_VERSION}-linux-amd64.tar.gz" \
    | tar -xz --strip-components=1 -C /usr/local/bin linux-amd64/helm

RUN curl -fsSL "https://github.com/koalaman/shellcheck/releases/download/v${SHELLCHECK_VERSION}/shellcheck-v${SHELLCHECK_VERSION}.linux.x86_64.tar.xz" \
    | tar -xJ --strip-components=1 -C /usr/local/bin "shellcheck-v${SHELLCHECK_VERSION}/shellcheck"

# --- Python tools ------------------------------------------------------------
RUN python3 -m venv /opt/pytools \
 && /opt/pytools/bin/pip install --no-cache-dir pre-commit==3.7.1 yamllint==1.35.1 ansible-core==2.17.0
ENV PATH=/opt/pytools/bin:${PATH}

# --- user --------------------------------------------------------------------
RUN (getent group ${USER_GID} || groupadd --gid ${USER_GID} ${USERNAME}) \
 && (id -u ${USER_UID} >/dev/null 2>&1 && userdel -r "$(id -nu ${USER_UID})" || true) \
 && useradd --uid ${USER_UID} --gid ${USER_GID} -m -s /bin/bash ${USERNAME} \
 && echo "${USERNAME} ALL=(root) NOPASSWD:ALL" > /etc/sudoers.d/${USERNAME} \
 && chmod 0440 /etc/sudoers.d/${USERNAME}

COPY --chown=${USERNAME}:${USERNAME} dotfiles/bashrc /home/${USERNAME}/.bashrc
COPY scripts/entrypoint.sh /usr/local/bin/entrypoint.sh

USER ${USERNAME}
WORKDIR /workspace
ENV GOPATH=/home/${USERNAME}/go \
    PATH=/home/${USERNAME}/go/bin:${PATH}

RUN go install golang.org/x/tools/gopls@latest \
 && go install github.com/go-delve/delve/cmd/dlv@latest

ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
CMD ["bash", "-l"]
