// Small helpers shared by the client benchmark programs (header-only, Qt Core/Gui only).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace EbilimBench {

/// Wall clock in ns since the epoch (comparable with bash's $EPOCHREALTIME taken before exec).
inline qint64 wallNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

/// Monotonic ns.
inline qint64 monoNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

inline double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

/// EBILIM_BENCH_T0 = "$EPOCHREALTIME" (seconds.micros) set by the driver just before exec; 0 if unset.
inline qint64 execT0Ns()
{
    const QByteArray t = qgetenv("EBILIM_BENCH_T0");
    if (t.isEmpty()) {
        return 0;
    }
    const qsizetype dot = t.indexOf('.');
    const qint64 sec = t.left(dot).toLongLong();
    QByteArray frac = dot < 0 ? QByteArray() : t.mid(dot + 1);
    frac = frac.leftJustified(9, '0', true);
    return sec * 1000000000LL + frac.toLongLong();
}

/// VmRSS / VmHWM / VmSize of this process in KiB.
inline qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

/**
 * Waits until @p target (a widget or window) got its first Paint event and the paint pass that
 * delivered it has finished (the whole window is painted in one backing-store sync), or
 * @p timeoutMs passed. Returns true when painted.
 */
class PaintWaiter : public QObject
{
public:
    explicit PaintWaiter(QObject *target)
        : m_target(target)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~PaintWaiter() override { QCoreApplication::instance()->removeEventFilter(this); }

    /// Arms the waiter (forgets paints seen so far).
    void reset()
    {
        m_painted = false;
        m_exposedNs = 0;
    }
    bool wait(int timeoutMs = 30000)
    {
        if (!m_painted) {
            QEventLoop loop;
            m_loop = &loop;
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
            m_loop = nullptr;
        }
        return m_painted;
    }
    qint64 exposedNs() const { return m_exposedNs; }

protected:
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Expose && m_exposedNs == 0) {
            m_exposedNs = monoNs();
        }
        if (e->type() == QEvent::Paint && !m_painted && o == m_target) {
            m_painted = true;
            if (m_loop) {
                // Quit after the current paint pass returns to the event loop.
                QTimer::singleShot(0, m_loop.data(), &QEventLoop::quit);
            }
        }
        return false;
    }

private:
    QObject *m_target;
    QPointer<QEventLoop> m_loop;
    bool m_painted = false;
    qint64 m_exposedNs = 0;
};

inline void emitJson(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
}

} // namespace EbilimBench
