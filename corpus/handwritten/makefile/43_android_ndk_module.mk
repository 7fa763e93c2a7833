# Android.mk for the native audio engine (ndk-build)
LOCAL_PATH := $(call my-dir)

# --- prebuilt Oboe static library -----------------------------------------
include $(CLEAR_VARS)
LOCAL_MODULE := oboe
LOCAL_SRC_FILES := ../third_party/oboe/lib/$(TARGET_ARCH_ABI)/liboboe.a
LOCAL_EXPORT_C_INCLUDES := $(LOCAL_PATH)/../third_party/oboe/include
include $(PREBUILT_STATIC_LIBRARY)

# --- our engine -------------------------------------------------------------
include $(CLEAR_VARS)
LOCAL_MODULE    := audioengine
LOCAL_SRC_FILES := \
    jni_bridge.cpp \
    engine/AudioEngine.cpp \
    engine/Mixer.cpp \
    engine/Oscillator.cpp \
    dsp/Biquad.cpp \
    dsp/Reverb.cpp

LOCAL_C_INCLUDES := $(LOCAL_PATH)/engine $(LOCAL_PATH)/dsp
LOCAL_CPPFLAGS   := -std=c++17 -fexceptions -frtti -Wall -Werror
LOCAL_CFLAGS     := -DANDROID_NDK -ffast-math

ifeq ($(TARGET_ARCH_ABI),armeabi-v7a)
    LOCAL_ARM_NEON := true
    LOCAL_CFLAGS   += -DUSE_NEON
endif
ifeq ($(TARGET_ARCH_ABI),arm64-v8a)
    LOCAL_CFLAGS   += -DUSE_NEON
endif

ifeq ($(APP_OPTIM),debug)
    LOCAL_CFLAGS   += -DAUDIO_DEBUG_LOG
endif

LOCAL_STATIC_LIBRARIES := oboe
LOCAL_LDLIBS := -llog -landroid -lOpenSLES

include $(BUILD_SHARED_LIBRARY)
