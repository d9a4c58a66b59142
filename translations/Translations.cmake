# Included from app/CMakeLists.txt. The .ts files in translations/ are the source of truth; lrelease
# compiles them at build time and the .qm files are embedded in arm_app under :/i18n, where
# arm::Translations::install() finds them. lupdate only runs on demand:
#   cmake --build build/release --target update_translations
# (see translations/README.md for the whole workflow).
set(ARM_TS_FILES
  "${PROJECT_SOURCE_DIR}/translations/arm-inspector_de.ts"
  "${PROJECT_SOURCE_DIR}/translations/arm-inspector_en.ts"
  "${PROJECT_SOURCE_DIR}/translations/arm-inspector_zh_CN.ts")
# Every user-visible string lives in app/ or widgets/; the glob means a new source file is scanned
# without anyone editing this list (CONFIGURE_DEPENDS re-globs when files are added).
file(GLOB_RECURSE ARM_TR_SOURCES CONFIGURE_DEPENDS
  "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h"
  "${PROJECT_SOURCE_DIR}/widgets/*.cpp" "${PROJECT_SOURCE_DIR}/widgets/*.h")
qt_add_translations(arm_gui
  TS_FILES ${ARM_TS_FILES}
  SOURCES ${ARM_TR_SOURCES}
  INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}"
  RESOURCE_PREFIX /i18n
  # No line numbers and no vanished entries: the .ts files change only when strings change, which
  # keeps merges of parallel branches clean.
  LUPDATE_OPTIONS -no-obsolete -locations none -source-language en)
