# Run the integration suite against every (compiler, standard, sanitizer)
# combination. Each combination gets its own build directory, generated
# with $(call) + $(eval) so adding a compiler is a one-word change.

COMPILERS   := gcc clang
STANDARDS   := c99 c11 c17
SANITIZERS  := none address undefined

SRCS        := $(wildcard src/*.c)
TEST_SRCS   := $(wildcard tests/*.c)
BASE_CFLAGS := -Wall -Wextra -Werror -g -Iinclude

san_flags_none      :=
san_flags_address   := -fsanitize=address -fno-omit-frame-pointer
san_flags_undefined := -fsanitize=undefined -fno-sanitize-recover=all

ALL_CONFIGS :=

# $(1)=compiler $(2)=standard $(3)=sanitizer
define CONFIG_template
dir_$(1)-$(2)-$(3) := build/matrix/$(1)-$(2)-$(3)

ALL_CONFIGS += $(1)-$(2)-$(3)

$$(dir_$(1)-$(2)-$(3))/%.o: src/%.c
	@mkdir -p $$(@D)
	$(1) -std=$(2) $(BASE_CFLAGS) $$(san_flags_$(3)) -c $$< -o $$@

$$(dir_$(1)-$(2)-$(3))/%.o: tests/%.c
	@mkdir -p $$(@D)
	$(1) -std=$(2) $(BASE_CFLAGS) $$(san_flags_$(3)) -c $$< -o $$@

$$(dir_$(1)-$(2)-$(3))/runner: $$(patsubst src/%.c,$$(dir_$(1)-$(2)-$(3))/%.o,$(SRCS)) \
                              $$(patsubst tests/%.c,$$(dir_$(1)-$(2)-$(3))/%.o,$(TEST_SRCS))
	$(1) $$(san_flags_$(3)) -o $$@ $$^ -lm

.PHONY: test-$(1)-$(2)-$(3)
test-$(1)-$(2)-$(3): $$(dir_$(1)-$(2)-$(3))/runner
	@echo "=== $(1) $(2) $(3) ==="
	@$$< --quiet && echo "pass" > $$(dir_$(1)-$(2)-$(3))/result \
	    || { echo "fail" > $$(dir_$(1)-$(2)-$(3))/result; false; }
endef

$(foreach c,$(COMPILERS),\
  $(foreach s,$(STANDARDS),\
    $(foreach z,$(SANITIZERS),\
      $(eval $(call CONFIG_template,$(c),$(s),$(z))))))

.PHONY: matrix summary list-configs clean-matrix

matrix: $(addprefix test-,$(ALL_CONFIGS))

summary:
	@for c in $(ALL_CONFIGS); do \
		r=build/matrix/$$c/result; \
		printf '%-28s %s\n' "$$c" "$$(cat $$r 2>/dev/null || echo '-')"; \
	done

list-configs:
	@$(foreach c,$(ALL_CONFIGS),echo $(c);)

# quick subset for pre-commit
quick: test-gcc-c11-address test-clang-c17-undefined

clean-matrix:
	rm -rf build/matrix
