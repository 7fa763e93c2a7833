ENV ?= staging
TF  := terraform -chdir=envs/$(ENV)

ifndef AWS_PROFILE
$(warning AWS_PROFILE is not set, falling back to default credentials)
endif

.PHONY: init plan apply fmt validate

init:
	$(TF) init -upgrade -backend-config=backend.hcl

plan: init
	$(TF) plan -out=tfplan -var-file=$(ENV).tfvars

apply:
	@test -f envs/$(ENV)/tfplan || { echo "run 'make plan ENV=$(ENV)' first"; exit 1; }
	$(TF) apply tfplan
	rm -f envs/$(ENV)/tfplan

fmt:
	terraform fmt -recursive

validate: init
	$(TF) validate
	tflint --chdir=envs/$(ENV)
