# Non-recursive build for the renderer. Usage:
#   make                 debug build
#   make CONFIG=release  optimised build
#   make V=1             show full commands
#   make test            build and run unit tests

CONFIG ?= debug
V      ?= 0

CXX      ?= g++
AR       ?= ar
PKGS     := glfw3 freetype2 libpng
CPPFLAGS := -Iinclude -Ithird_party/glad/include $(shell pkg-config --cflags $(PKGS))
CXXFLAGS := -std=c++20 -Wall -Wextra -Wshadow -Wnon-virtual-dtor -MMD -MP
LDLIBS   := $(shell pkg-config --libs $(PKGS)) -ldl -lpthread

ifeq ($(CONFIG),debug)
  CXXFLAGS += -O0 -g3 -fsanitize=address,undefined
  LDFLAGS  += -fsanitize=address,undefined
  CPPFLAGS += -DRENDER_DEBUG=1
else ifeq ($(CONFIG),release)
  CXXFLAGS += -O3 -DNDEBUG -flto
  LDFLAGS  += -flto -s
else ifeq ($(CONFIG),profile)
  CXXFLAGS += -O2 -g -fno-omit-frame-pointer
else
  $(error Unknown CONFIG '$(CONFIG)': expected debug, release or profile)
endif

ifeq ($(V),0)
  Q := @
  msg = @printf '  %-6s %s\n' $(1) $(2)
else
  Q :=
  msg =
endif

OUT := build/$(CONFIG)

LIB_SRCS  := $(shell find src/render src/core -name '*.cpp')
APP_SRCS  := src/main.cpp
TEST_SRCS := $(wildcard tests/*.cpp)
GLAD_SRC  := third_party/glad/src/gl.c

LIB_OBJS  := $(LIB_SRCS:%.cpp=$(OUT)/%.o) $(OUT)/glad.o
APP_OBJS  := $(APP_SRCS:%.cpp=$(OUT)/%.o)
TEST_OBJS := $(TEST_SRCS:%.cpp=$(OUT)/%.o)
DEPS      := $(LIB_OBJS:.o=.d) $(APP_OBJS:.o=.d) $(TEST_OBJS:.o=.d)

LIB  := $(OUT)/librender.a
APP  := $(OUT)/viewer
TEST := $(OUT)/unit_tests

.PHONY: all app test run clean distclean compile_commands format

all: app

app: $(APP)

$(APP): $(APP_OBJS) $(LIB)
	$(call msg,LINK,$@)
	$(Q)$(CXX) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(LIB): $(LIB_OBJS)
	$(call msg,AR,$@)
	$(Q)$(AR) rcs $@ $^

$(OUT)/%.o: %.cpp
	$(call msg,CXX,$<)
	@mkdir -p $(@D)
	$(Q)$(CXX) $(CPPFLAGS) $(CXXFLAGS) -c -o $@ $<

$(OUT)/glad.o: $(GLAD_SRC)
	$(call msg,CC,$<)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) -O2 -c -o $@ $<

$(TEST): $(TEST_OBJS) $(LIB)
	$(call msg,LINK,$@)
	$(Q)$(CXX) $(LDFLAGS) -o $@ $^ $(LDLIBS) -lgtest -lgtest_main

test: $(TEST)
	$(Q)$(TEST) --gtest_color=yes

run: $(APP)
	$(Q)$(APP) assets/scenes/sponza.json

compile_commands:
	bear -- $(MAKE) -B CONFIG=$(CONFIG)

format:
	clang-format -i $(LIB_SRCS) $(APP_SRCS) $(TEST_SRCS) $(shell find include -name '*.hpp')

clean:
	rm -rf $(OUT)

distclean:
	rm -rf build compile_commands.json

-include $(DEPS)
