#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>

namespace fixtures {

// Every QSettings of this test process reads and writes under `folder` (a QTemporaryDir of the test):
// a test never sees the user's settings or another test's, and leaves nothing behind.
inline void isolateSettings(const QString& folder, const QString& application)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QCoreApplication::setApplicationName(application);
}

} // namespace fixtures
