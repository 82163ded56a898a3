#include "serverfixture.h"

#include "admin/userstore.h"
#include "auth/passwords.h"
#include "dispatch/opcontext.h"
#include "modules.h"
#include "storage/database.h"
#include "testcluster.h"

namespace Ebilim::Test {

using namespace Ebilim::Server;

ServerFixture::ServerFixture() = default;

ServerFixture::~ServerFixture()
{
    stop();
}

bool ServerFixture::start(const SecurityPolicy &policy)
{
    Passwords::init();
    registerAllModules();
    TestCluster &cluster = TestCluster::instance();
    if (!cluster.isUp()) {
        m_error = cluster.error();
        return false;
    }
    m_conn = cluster.freshDatabase();
    Db::releaseThread();
    Db::configure(m_conn);
    ServerConfig cfg;
    cfg.address = QHostAddress::LocalHost;
    cfg.port = 0;
    cfg.certFile = TestCertificate::get().certFile;
    cfg.keyFile = TestCertificate::get().keyFile;
    cfg.workers = 4;
    cfg.handshakeTimeoutMs = 2000;
    cfg.policy = policy;
    m_server = std::make_unique<Ebilim::Server::Server>(cfg, &m_clock);
    if (!m_server->start(&m_error)) {
        m_server.reset();
        return false;
    }
    return true;
}

void ServerFixture::stop()
{
    if (m_server) {
        m_server->stop();
        m_server.reset();
    }
    Db::releaseThread();
}

quint16 ServerFixture::port() const
{
    return m_server ? m_server->port() : 0;
}

QString ServerFixture::fingerprint() const
{
    return m_server ? m_server->fingerprint() : QString();
}

qint64 ServerFixture::createUnit(const QString &kind, const QString &code, qint64 parentId)
{
    return scalar(Db::thread(),
                  QStringLiteral("INSERT INTO org.units(parent_id, kind, code, name_ky, name_ru, name_en) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                  {parentId > 0 ? QVariant(parentId) : QVariant(QMetaType::fromType<qlonglong>()), kind, code, code + QStringLiteral(" (ky)"),
                   code + QStringLiteral(" (ru)"), code})
        .toLongLong();
}

qint64 ServerFixture::createUser(const QString &username, const QString &password, const QList<QPair<QString, qint64>> &roles)
{
    QSqlDatabase db = Db::thread();
    const qint64 id = UserStore::create(db, username, username + QStringLiteral(" Full Name"), password);
    for (const auto &[role, unit] : roles) {
        UserStore::grant(db, id, role, unit);
    }
    return id;
}

std::unique_ptr<TestClient> ServerFixture::connectedClient()
{
    auto c = std::make_unique<TestClient>();
    if (!c->connectTo(port(), fingerprint())) {
        return nullptr;
    }
    return c;
}

std::unique_ptr<TestClient> ServerFixture::clientFor(const QString &user, const QString &password)
{
    auto c = connectedClient();
    if (!c) {
        return nullptr;
    }
    const QCborMap r = c->login(user, password);
    if (!TestClient::ok(r)) {
        return nullptr;
    }
    return c;
}

} // namespace Ebilim::Test
