#include "credentialstore.h"

#include <qt6keychain/keychain.h>

namespace Ebilim::Client::Ui {

namespace {
const QString kService = QStringLiteral("eBilim");

template<typename JobT>
JobT *makeJob(QObject *parent, const QString &key)
{
    auto *job = new JobT(kService, parent);
    job->setAutoDelete(true);
    job->setKey(key);
    return job;
}

QString errorOf(const QKeychain::Job *job)
{
    return job->error() == QKeychain::NoError ? QString() : job->errorString();
}
} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

QString CredentialStore::keyFor(const QString &server, const QString &user)
{
    return user + QLatin1Char('@') + server;
}

void CredentialStore::load(const QString &server, const QString &user, std::function<void(const QString &, const QString &)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, keyFor(server, user));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        const auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
        done(r->error() == QKeychain::NoError ? r->textData() : QString(), r->error() == QKeychain::EntryNotFound ? QString() : errorOf(r));
    });
    job->start();
}

void CredentialStore::save(const QString &server, const QString &user, const QString &password, std::function<void(const QString &)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, keyFor(server, user));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (done) {
            done(errorOf(j));
        }
    });
    job->start();
}

void CredentialStore::forget(const QString &server, const QString &user, std::function<void(const QString &)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, keyFor(server, user));
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (done) {
            done(j->error() == QKeychain::EntryNotFound ? QString() : errorOf(j));
        }
    });
    job->start();
}

} // namespace Ebilim::Client::Ui
