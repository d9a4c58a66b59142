#pragma once

// Generated dataset fixtures for the project-store tests: tiny datasets on disk in each source format,
// with the DatasetIndex a reader would return for them (the readers live in another branch, so the
// tests build the index themselves, exactly as documented in engine/DatasetIndex.h).

#include "engine/data/DatasetIndex.h"
#include "engine/core/ExpressionClasses.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QMap>
#include <QDirIterator>
#include <QDir>
#include <QFile>
#include <QString>

namespace fixtures {

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write fixture %s", qPrintable(path));
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QByteArray sha(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

// All files under a folder with their hashes: proves an export left the dataset as it was.
inline QMap<QString, QByteArray> treeHashes(const QString& root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path, sha(path));
    }
    return files;
}

inline arm::DatasetIndex baseIndex(const QString& root, arm::DatasetFormat format)
{
    arm::DatasetIndex index;
    index.root = root.toStdString();
    index.format = format;
    index.classNames = arm::ExpressionClasses::basicNameList();
    return index;
}

// RAF-DB basic layout: EmoLabel/list_patition_label.txt ("train_00001.jpg 5") + Image/aligned/*.jpg.
// Labels cycle through 1..7 so every class is present.
inline arm::DatasetIndex makeRafDb(const QString& root, int count)
{
    arm::DatasetIndex index = baseIndex(root, arm::DatasetFormat::RafDb);
    index.labelFile = (root + QStringLiteral("/EmoLabel/list_patition_label.txt")).toStdString();
    QByteArray list;
    for (int i = 0; i < count; ++i) {
        const bool test = i % 4 == 3;
        const QString stem = QStringLiteral("%1_%2").arg(test ? QStringLiteral("test") : QStringLiteral("train"))
                                 .arg(i + 1, 5, 10, QLatin1Char('0'));
        const int label = i % 7;
        list += (stem + QStringLiteral(".jpg %1\n").arg(label + 1)).toUtf8();
        const QString image = root + QStringLiteral("/Image/aligned/") + stem + QStringLiteral("_aligned.jpg");
        writeFile(image, QByteArray(100 + i, char('a' + i % 26)));
        arm::Sample s;
        s.name = stem.toStdString();
        s.path = image.toStdString();
        s.label = label;
        s.split = test ? arm::Split::Test : arm::Split::Train;
        s.sourceLine = i + 1;
        index.samples.push_back(s);
    }
    writeFile(QString::fromStdString(index.labelFile), list);
    return index;
}

// FER2013: one CSV "emotion,pixels,Usage" (CRLF line ends, as the Kaggle file has); pixels are embedded.
inline arm::DatasetIndex makeFer2013(const QString& root, int count)
{
    arm::DatasetIndex index = baseIndex(root, arm::DatasetFormat::Fer2013);
    const QString csv = root + QStringLiteral("/fer2013.csv");
    index.labelFile = csv.toStdString();
    QByteArray bytes = "emotion,pixels,Usage\r\n";
    for (int i = 0; i < count; ++i) {
        const int code = i % 7;
        arm::Sample s;
        s.name = QStringLiteral("fer_%1").arg(i, 5, 10, QLatin1Char('0')).toStdString();
        s.path = csv.toStdString();
        s.offset = static_cast<std::uint64_t>(bytes.size());
        s.label = arm::ExpressionClasses::fromFer2013(code);
        s.split = i % 5 == 4 ? arm::Split::Test : arm::Split::Train;
        s.sourceLine = i + 2;
        bytes += QByteArray::number(code) + ',' + QByteArray("12 34 56 78") + ',' +
                 (i % 5 == 4 ? "PublicTest" : "Training") + "\r\n";
        index.samples.push_back(s);
    }
    writeFile(csv, bytes);
    return index;
}

// AffectNet CSV with a quoted landmark column containing commas (the scanner must honour quotes).
inline arm::DatasetIndex makeAffectNet(const QString& root, int count)
{
    arm::DatasetIndex index = baseIndex(root, arm::DatasetFormat::AffectNetCsv);
    index.classNames.push_back("Contempt");
    const QString csv = root + QStringLiteral("/training.csv");
    index.labelFile = csv.toStdString();
    QByteArray bytes =
        "subDirectory_filePath,face_x,face_y,face_width,face_height,facial_landmarks,expression,valence,arousal\n";
    for (int i = 0; i < count; ++i) {
        const int code = i % 8;
        const QString rel = QStringLiteral("1/img%1.jpg").arg(i, 3, 10, QLatin1Char('0'));
        const QString image = root + QStringLiteral("/Manually_Annotated_Images/") + rel;
        writeFile(image, QByteArray(50 + i, 'x'));
        arm::Sample s;
        s.name = rel.toStdString();
        s.path = image.toStdString();
        s.offset = 0; // the reader does not need offsets for AffectNet: the name check applies
        s.label = arm::ExpressionClasses::fromAffectNet(code);
        s.sourceLine = i + 2;
        bytes += (rel + QStringLiteral(",0,0,10,10,\"1.5,2.5;3,4\",%1,0.25,-0.5\n").arg(code)).toUtf8();
        index.samples.push_back(s);
    }
    writeFile(csv, bytes);
    return index;
}

// Image folder: ROOT/{train,test}/<class folder>/<file>, class folders spelled "happy", "sad", ...
inline arm::DatasetIndex makeFolder(const QString& root, int count)
{
    static const char* folders[] = {"surprise", "fear", "disgust", "happy", "sad", "angry", "neutral"};
    arm::DatasetIndex index = baseIndex(root, arm::DatasetFormat::Folder);
    for (int i = 0; i < count; ++i) {
        const int label = i % 7;
        const QString split = i % 3 == 2 ? QStringLiteral("test") : QStringLiteral("train");
        const QString rel = split + QLatin1Char('/') + QString::fromLatin1(folders[label]) +
                            QStringLiteral("/face%1.png").arg(i);
        writeFile(root + QLatin1Char('/') + rel, QByteArray(30 + i, 'p'));
        arm::Sample s;
        s.name = rel.toStdString();
        s.path = (root + QLatin1Char('/') + rel).toStdString();
        s.label = label;
        s.split = i % 3 == 2 ? arm::Split::Test : arm::Split::Train;
        index.samples.push_back(s);
    }
    return index;
}

} // namespace fixtures
