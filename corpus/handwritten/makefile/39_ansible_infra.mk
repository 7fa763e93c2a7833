INVENTORY   ?= inventories/staging
PLAYBOOK    ?= site.yml
LIMIT       ?= all
TAGS        ?=
VAULT_PASS  ?= ~/.config/ansible/vault-pass

ANSIBLE_OPTS := -i $(INVENTORY) --limit '$(LIMIT)' --vault-password-file $(VAULT_PASS)
ifdef TAGS
ANSIBLE_OPTS += --tags $(TAGS)
endif
ifeq ($(CHECK),1)
ANSIBLE_OPTS += --check --diff
endif

export ANSIBLE_STDOUT_CALLBACK = yaml
export ANSIBLE_FORCE_COLOR = 1

.PHONY: deps lint ping facts deploy rolling encrypt decrypt

deps:
	ansible-galaxy collection install -r requirements.yml
	ansible-galaxy role install -r requirements.yml -p roles/external

lint:
	yamllint .
	ansible-lint $(PLAYBOOK)

ping:
	ansible all -i $(INVENTORY) -m ping --limit '$(LIMIT)'

facts:
	ansible $(LIMIT) -i $(INVENTORY) -m setup -a 'filter=ansible_distribution*'

deploy: lint
	ansible-playbook $(ANSIBLE_OPTS) $(PLAYBOOK)

rolling:
	ansible-playbook $(ANSIBLE_OPTS) -e serial=1 playbooks/rolling-restart.yml

encrypt:
	@test -n "$(FILE)" || (echo "usage: make encrypt FILE=path" && false)
	ansible-vault encrypt --vault-password-file $(VAULT_PASS) $(FILE)

decrypt:
	@test -n "$(FILE)" || (echo "usage: make decrypt FILE=path" && false)
	ansible-vault decrypt --vault-password-file $(VAULT_PASS) $(FILE)
