#pragma once

#include <QMutex>
#include <QQueue>
#include <QThread>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <vector>

namespace Ebilim::Server {

/**
 * A fixed set of database worker threads, each with its own connection (Db::thread()).
 * Unlike QThreadPool, stopping it lets every thread close its connection itself before
 * it ends, so no SQL object outlives its thread.
 */
class WorkerPool
{
public:
    explicit WorkerPool(int threads);
    ~WorkerPool();
    void start(std::function<void()> job);
    /// Finishes queued jobs, closes each thread's connection and joins the threads.
    void stop();
    int size() const { return int(m_threads.size()); }

private:
    void run();
    QMutex m_mutex;
    QWaitCondition m_wake;
    QQueue<std::function<void()>> m_jobs;
    bool m_stopping = false;
    std::vector<std::unique_ptr<QThread>> m_threads;
};

} // namespace Ebilim::Server
