#pragma once

// Which database the reference server under test uses (header-only: the server's tests and
// pd_test_support both use it).
#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QString>

namespace pd::test {

// The integration suite runs against SQLite and, registered a second time with
// PD_TEST_POSTGRES_URL set (the maintenance database of a throw-away cluster,
// scripts/postgres-test-cluster.sh), against PostgreSQL: then every server process gets a fresh
// database of its own in that cluster (empty string: SQLite). Fails loudly when it cannot.
inline QString testDatabaseUrl()
{
    const QString cluster = qEnvironmentVariable("PD_TEST_POSTGRES_URL");
    if (cluster.isEmpty())
        return {};
    static QAtomicInt counter;
    const QString name = QStringLiteral("pd_test_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1))
                             .arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-d"), cluster, QStringLiteral("-c"), QStringLiteral("CREATE DATABASE %1").arg(name)});
    if (!psql.waitForFinished(30000) || psql.exitStatus() != QProcess::NormalExit || psql.exitCode() != 0) {
        qWarning("cannot create a test database in %s: %s", qPrintable(cluster),
                 psql.readAllStandardError().constData());
        return QStringLiteral("postgresql://cannot-create-test-database.invalid/x");
    }
    return cluster.section(u'/', 0, -2) + u'/' + name;
}

} // namespace pd::test
