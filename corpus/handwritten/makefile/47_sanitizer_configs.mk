# config.mk -- included by the main Makefile. Select with SAN=asan|ubsan|tsan|msan

SAN ?=

ifeq ($(SAN),asan)
  SAN_FLAGS := -fsanitize=address -fsanitize-address-use-after-scope
  export ASAN_OPTIONS := detect_leaks=1:strict_string_checks=1:abort_on_error=1
else ifeq ($(SAN),ubsan)
  SAN_FLAGS := -fsanitize=undefined,float-divide-by-zero -fno-sanitize-recover=all
  export UBSAN_OPTIONS := print_stacktrace=1
else ifeq ($(SAN),tsan)
  SAN_FLAGS := -fsanitize=thread
  export TSAN_OPTIONS := second_deadlock_stack=1:history_size=4
else ifeq ($(SAN),msan)
  ifneq ($(findstring clang,$(shell $(CC) --version)),clang)
    $(error MemorySanitizer needs clang; run with CC=clang)
  endif
  SAN_FLAGS := -fsanitize=memory -fsanitize-memory-track-origins=2
else ifneq ($(SAN),)
  $(error unknown SAN '$(SAN)'; expected asan, ubsan, tsan or msan)
endif

ifneq ($(SAN_FLAGS),)
  CFLAGS   += $(SAN_FLAGS) -fno-omit-frame-pointer -O1 -g
  CXXFLAGS += $(SAN_FLAGS) -fno-omit-frame-pointer -O1 -g
  LDFLAGS  += $(SAN_FLAGS)
  BUILD_SUFFIX := -$(SAN)
endif

COVERAGE ?= 0
ifeq ($(COVERAGE),1)
  CFLAGS  += --coverage -O0
  LDFLAGS += --coverage
  BUILD_SUFFIX := $(BUILD_SUFFIX)-cov
endif

BUILD_DIR ?= build$(BUILD_SUFFIX)

$(info [config] CC=$(CC) SAN=$(or $(SAN),none) COVERAGE=$(COVERAGE) -> $(BUILD_DIR))
