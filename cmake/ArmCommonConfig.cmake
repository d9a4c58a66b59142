# One INTERFACE target carries everything our own code is compiled with. Third-party code never sees
# these warnings: dependencies come in as imported targets, whose include directories are SYSTEM.
add_library(arm_common_config INTERFACE)
target_compile_features(arm_common_config INTERFACE cxx_std_17)
target_compile_definitions(arm_common_config INTERFACE
  QT_NO_KEYWORDS            # Qt's `slots`/`signals` macros collide with LibTorch headers
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  ARM_VERSION="${PROJECT_VERSION}")
target_include_directories(arm_common_config INTERFACE
  "${PROJECT_SOURCE_DIR}"
  "${PROJECT_BINARY_DIR}/generated")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(arm_common_config INTERFACE -Wall -Wextra $<$<BOOL:${ARM_WERROR}>:-Werror>)
  if(ARM_SANITIZE)
    target_compile_options(arm_common_config INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(arm_common_config INTERFACE -fsanitize=address,undefined)
  endif()
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    # Executables export nothing Qt 5 could bind to (the reason is in the map file).
    target_link_options(arm_common_config INTERFACE
      $<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:-Wl,--version-script=${PROJECT_SOURCE_DIR}/cmake/executable-symbols.map>)
  endif()
elseif(MSVC)
  target_compile_options(arm_common_config INTERFACE /W4 $<$<BOOL:${ARM_WERROR}>:/WX> /permissive-)
endif()
