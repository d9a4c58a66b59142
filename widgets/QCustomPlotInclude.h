#pragma once

// qcustomplot.h is written with Qt's `signals`, `slots` and `foreach` keywords, which this project
// turns off (QT_NO_KEYWORDS, because they collide with LibTorch). Map them to the Q_ macros for the
// length of that one header; include QCustomPlot only through this file.
#include <QtGlobal>

#if !defined(signals)
#define signals Q_SIGNALS
#define ARM_QCP_UNDEF_SIGNALS
#endif
#if !defined(slots)
#define slots Q_SLOTS
#define ARM_QCP_UNDEF_SLOTS
#endif
#if !defined(foreach)
#define foreach Q_FOREACH
#define ARM_QCP_UNDEF_FOREACH
#endif

#include <qcustomplot.h>

#ifdef ARM_QCP_UNDEF_SIGNALS
#undef signals
#undef ARM_QCP_UNDEF_SIGNALS
#endif
#ifdef ARM_QCP_UNDEF_SLOTS
#undef slots
#undef ARM_QCP_UNDEF_SLOTS
#endif
#ifdef ARM_QCP_UNDEF_FOREACH
#undef foreach
#undef ARM_QCP_UNDEF_FOREACH
#endif
