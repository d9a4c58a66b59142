#pragma once

// A gallery panel, shown, over a generated workspace, rebuilt for every test function: the setup the
// gallery tests share (filters, holding a relabelled sample in place).
#include "IsolatedSettings.h"
#include "GuiFixtures.h"
#include "app/gui/DatasetGalleryPanel.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace guifixtures {

struct GalleryPanelFixture {
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<arm::Workspace> ws;
    std::unique_ptr<arm::DatasetGalleryPanel> panel;

    // QSettings under `settings` (no user's settings read or written), for the whole test program.
    static void isolateSettings(const QTemporaryDir& settings, const char* applicationName)
    {
        fixtures::isolateSettings(settings.path(), QString::fromLatin1(applicationName));
    }

    // `count` samples with records (and a project when asked); false when the window never showed.
    bool build(int count, bool withProject)
    {
        dir = std::make_unique<QTemporaryDir>();
        ws = std::make_unique<arm::Workspace>();
        populate(*ws, *dir, count, withProject);
        panel = std::make_unique<arm::DatasetGalleryPanel>(ws.get());
        panel->resize(640, 600);
        panel->show();
        return QTest::qWaitForWindowExposed(panel.get());
    }

    void reset()
    {
        panel.reset();
        ws.reset();
        dir.reset();
    }
};

} // namespace guifixtures
