// --timeout (DESIGN §5): a server that drips one byte a second used to hold the CLI 77–151 s per
// call (curl's low-speed limit, then five retries). The whole command, retries included, now ends
// by the deadline with exit 3 and one line. The dripping server is a QSslServer on loopback with a
// throw-away certificate; the CLI is the real binary.
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const QString BinDir = QStringLiteral(PD_BINARY_DIR "/bin");

// Answers every request with a 200 whose 100,000-byte body arrives one byte a second.
class DrippingServer final : public QObject
{
public:
    DrippingServer(const QString &certFile, const QString &keyFile)
    {
        QFile cert(certFile);
        QFile key(keyFile);
        cert.open(QIODevice::ReadOnly);
        key.open(QIODevice::ReadOnly);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(cert.readAll()));
        tls.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
                socket->setParent(this);
                connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n") || socket->property("answering").toBool())
                        return;
                    socket->setProperty("answering", true);
                    ++requests;
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
                    auto *timer = new QTimer(socket);
                    connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
                    timer->start(1000);
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    int requests = 0;

private:
    QSslServer m_server;
};

} // namespace

class TestCliTimeout final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;

    struct Run {
        int exitCode = -1;
        QString err;
        qint64 elapsedMs = 0;
    };
    // Runs the CLI without blocking this thread: the server lives on its event loop.
    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PRIVACY_DASHBOARD_DATA_DIR"), m_dir.filePath(QStringLiteral("app-data")));
        environment.insert(QStringLiteral("no_proxy"), QStringLiteral("*"));
        process.setProcessEnvironment(environment);
        QElapsedTimer elapsed;
        elapsed.start();
        process.start(BinDir + QStringLiteral("/privacy-dashboard-cli"), arguments);
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardError()), elapsed.elapsed()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
        m_key = m_dir.filePath(QStringLiteral("key.pem"));
        const int status = QProcess::execute(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_cert, QStringLiteral("-days"),
             QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=DNS:localhost")});
        QCOMPARE(status, 0);
        QFile token(m_dir.filePath(QStringLiteral("token")));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("pd-test-token-0123456789abcdef\n");
        token.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void drippingServerIsGivenUpOnAtTheDeadline_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("summary") << QStringList{QStringLiteral("summary")};
        QTest::newRow("opt-out status") << QStringList{QStringLiteral("opt-out"), QStringLiteral("status")};
        QTest::newRow("opt-out on") << QStringList{QStringLiteral("opt-out"), QStringLiteral("on")};
        QTest::newRow("history --json") << QStringList{QStringLiteral("--json"), QStringLiteral("history")};
    }
    void drippingServerIsGivenUpOnAtTheDeadline()
    {
        QFETCH(QStringList, command);
        DrippingServer server(m_cert, m_key);
        const Run run =
            cli(QStringList{QStringLiteral("--server"), QStringLiteral("https://localhost:%1").arg(server.port()),
                            QStringLiteral("--ca-file"), m_cert, QStringLiteral("--token-file"),
                            m_dir.filePath(QStringLiteral("token")), QStringLiteral("--timeout"), QStringLiteral("2")} +
                command);
        QVERIFY2(run.exitCode == 3, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(QStringLiteral("no answer from the server within 2 s")), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(server.requests >= 1);
        // 2 s, plus the CLI's start and its TLS handshake on a loaded machine.
        QVERIFY2(run.elapsedMs >= 1900 && run.elapsedMs < 6000, qPrintable(QString::number(run.elapsedMs)));
    }

    void timeoutIsCheckedAsAUsageError()
    {
        for (const char *value : {"0", "-1", "abc", "86401"}) {
            const Run run = cli({QStringLiteral("--server"), QStringLiteral("https://localhost:1"),
                                 QStringLiteral("--timeout"), QString::fromLatin1(value), QStringLiteral("summary")});
            QVERIFY2(run.exitCode == 2, value);
        }
        const Run demo = cli(
            {QStringLiteral("--demo"), QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("summary")});
        QCOMPARE(demo.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTimeout)
#include "TestCliTimeout.moc"
