// Anchor translation unit: compiles widgets/pch/WidgetsPch.h once for the Qt Widgets targets and GUI tests.
