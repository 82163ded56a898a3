#pragma once

#include <QDateTime>

namespace Ebilim::Server {

/// Time source for session and throttling rules; tests inject their own.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
};

} // namespace Ebilim::Server
