#pragma once

#include <QCoreApplication>

class QWidget;

namespace arm {

// Help menu content: what the keys do, and versions of the application and its libraries.
class HelpDialogs {
    Q_DECLARE_TR_FUNCTIONS(arm::HelpDialogs)

public:
    // Modal only when `interactive` (tests and --screenshot build the dialog without blocking).
    static void showShortcuts(QWidget* parent, bool interactive);
    static void showAbout(QWidget* parent);
};

} // namespace arm
