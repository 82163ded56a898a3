#include "workerpool.h"

#include "storage/database.h"

namespace Ebilim::Server {

WorkerPool::WorkerPool(int threads)
{
    for (int i = 0; i < qMax(1, threads); ++i) {
        std::unique_ptr<QThread> t(QThread::create([this] { run(); }));
        t->setObjectName(QStringLiteral("ebilim-worker-%1").arg(i));
        t->start();
        m_threads.push_back(std::move(t));
    }
}

WorkerPool::~WorkerPool()
{
    stop();
}

void WorkerPool::start(std::function<void()> job)
{
    QMutexLocker lock(&m_mutex);
    m_jobs.enqueue(std::move(job));
    m_wake.wakeOne();
}

void WorkerPool::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    for (auto &t : m_threads) {
        t->wait();
    }
    m_threads.clear();
}

void WorkerPool::run()
{
    for (;;) {
        std::function<void()> job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.isEmpty() && !m_stopping) {
                m_wake.wait(&m_mutex);
            }
            if (m_jobs.isEmpty()) {
                break;
            }
            job = m_jobs.dequeue();
        }
        job();
    }
    Db::releaseThread();
}

} // namespace Ebilim::Server
