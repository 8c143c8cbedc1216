// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Model value types that travel through Qt signals (queued connections, QVariant, QSignalSpy).
// Include this header wherever such a signal is declared or spied on.

#include "model/Analysis.h"
#include "model/EditOperation.h"
#include "model/Token.h"

#include <QMetaType>

#include <memory>

Q_DECLARE_METATYPE(stagecraft::model::EditOperation)
Q_DECLARE_METATYPE(stagecraft::model::Range)
Q_DECLARE_METATYPE(std::shared_ptr<const stagecraft::model::Analysis>)
