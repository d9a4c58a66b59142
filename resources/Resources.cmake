# Included from app/CMakeLists.txt: resources embedded in arm_app (and so in both executables and
# the tests that link arm_app). Qt 6 turns resources of a static library into an object library
# that every consumer links, so no Q_INIT_RESOURCE call is needed.
qt_add_resources(arm_gui arm_app_icons
  PREFIX /icons
  BASE "${PROJECT_SOURCE_DIR}/resources/icons"
  FILES "${PROJECT_SOURCE_DIR}/resources/icons/io.github.arminspector.ArmInspector.svg")
