#include "net/CurlTransport.h"

#include "core/TerminalText.h"

#include <QFile>
#include <QPointer>
#include <QSocketNotifier>

#include <curl/curl.h>

#include <cstdio>
#include <memory>
#include <mutex>
#include <vector>

namespace pd {

namespace {

constexpr qint64 MaxHeaderBytes = 64 * 1024;

CURLM *multiOf(void *multi)
{
    return static_cast<CURLM *>(multi);
}

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// PRIVACY_DASHBOARD_HTTP_DEBUG=1 prints curl's trace of headers (never bodies) to stderr with the
// Authorization field redacted, for diagnosing TLS and proxy problems without leaking the token.
bool httpDebugEnabled()
{
    static const bool enabled = qEnvironmentVariableIntValue("PRIVACY_DASHBOARD_HTTP_DEBUG") == 1;
    return enabled;
}

int debugCallback(CURL * /*easy*/, curl_infotype type, char *data, size_t size, void * /*user*/)
{
    const char *prefix = nullptr;
    switch (type) {
    case CURLINFO_TEXT:
        prefix = "* ";
        break;
    case CURLINFO_HEADER_IN:
        prefix = "< ";
        break;
    case CURLINFO_HEADER_OUT:
        prefix = "> ";
        break;
    default:
        return 0; // bodies and TLS records stay out of the trace
    }
    const QList<QByteArray> lines = QByteArray(data, static_cast<qsizetype>(size)).split('\n');
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.toLower().startsWith("authorization:"))
            line = "Authorization: [redacted]";
        // A header line is the server's text: it cannot drive the terminal either.
        const QByteArray safe = terminalSafe(QString::fromUtf8(line)).toUtf8();
        std::fprintf(stderr, "%s%s\n", prefix, safe.constData());
    }
    return 0;
}

} // namespace

struct CurlTransport::Transfer {
    CURL *easy = nullptr;
    QPointer<HttpReply> reply;
    curl_slist *headerList = nullptr;
    QByteArray requestBody; // curl reads POSTFIELDS from here while the transfer runs
    QString host;
    qint64 maxBytes = 0;
    qint64 headerBytes = 0;
    bool tooLarge = false;
    bool headersEnded = false; // the blank line after the (last) header block arrived
    CURLcode setupError = CURLE_OK;
    HttpResult result;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    Transfer() = default;
    Transfer(const Transfer &) = delete;
    Transfer &operator=(const Transfer &) = delete;
    ~Transfer()
    {
        if (easy)
            curl_easy_cleanup(easy);
        if (headerList)
            curl_slist_free_all(headerList);
    }

    static size_t onBody(char *data, size_t size, size_t count, void *user)
    {
        auto *transfer = static_cast<Transfer *>(user);
        const auto bytes = static_cast<qint64>(size * count);
        // libcurl 7.88's MAXFILESIZE does not stop a body without Content-Length: count here.
        if (transfer->result.body.size() + bytes > transfer->maxBytes) {
            transfer->tooLarge = true;
            return 0; // makes curl abort with CURLE_WRITE_ERROR
        }
        transfer->result.body.append(data, static_cast<qsizetype>(bytes));
        return size * count;
    }

    static size_t onHeader(char *data, size_t size, size_t count, void *user)
    {
        auto *transfer = static_cast<Transfer *>(user);
        const auto bytes = static_cast<qint64>(size * count);
        transfer->headerBytes += bytes;
        if (transfer->headerBytes > MaxHeaderBytes) {
            transfer->tooLarge = true;
            return 0;
        }
        const QByteArray line = QByteArray(data, static_cast<qsizetype>(bytes)).trimmed();
        if (line.startsWith("HTTP/")) {
            transfer->result.headers.clear(); // a new response (after 100 Continue): its own headers
            transfer->headersEnded = false;
        } else if (line.isEmpty()) {
            transfer->headersEnded = true;
        } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
            transfer->result.headers.add(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
        }
        return size * count;
    }
};

struct CurlTransport::SocketWatch {
    QSocketNotifier *read = nullptr;
    QSocketNotifier *write = nullptr;
};

CurlTransport::CurlTransport(QObject *parent)
    : CurlTransport(Options{}, parent)
{}

CurlTransport::CurlTransport(Options options, QObject *parent)
    : HttpTransport(parent)
    , m_options(std::move(options))
{
    initCurlOnce();
    m_multi = curl_multi_init();
    curl_multi_setopt(multiOf(m_multi), CURLMOPT_SOCKETFUNCTION, &CurlTransport::socketCallback);
    curl_multi_setopt(multiOf(m_multi), CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(multiOf(m_multi), CURLMOPT_TIMERFUNCTION, &CurlTransport::timerCallback);
    curl_multi_setopt(multiOf(m_multi), CURLMOPT_TIMERDATA, this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CurlTransport::onTimeout);
}

CurlTransport::~CurlTransport()
{
    const auto transfers = std::exchange(m_transfers, {});
    for (Transfer *transfer : transfers) {
        curl_multi_remove_handle(multiOf(m_multi), transfer->easy);
        if (HttpReply *reply = transfer->reply.data()) {
            reply->setAbortHandler(nullptr);
            QTimer::singleShot(0, reply, [reply] {
                reply->complete(HttpResult::transportError(TransportError::Cancelled, tr("the request was cancelled")));
            });
        }
        delete transfer;
    }
    curl_multi_cleanup(multiOf(m_multi));
    for (SocketWatch *watch : std::as_const(m_sockets)) {
        delete watch->read;
        delete watch->write;
        delete watch;
    }
    m_sockets.clear();
}

int CurlTransport::socketCallback(void * /*easy*/, int socket, int what, void *transport, void * /*socketData*/)
{
    static_cast<CurlTransport *>(transport)->watchSocket(socket, what);
    return 0;
}

int CurlTransport::timerCallback(void * /*multi*/, long timeoutMs, void *transport)
{
    // Never call back into curl from here (it is inside curl): only arm or stop the timer.
    auto *self = static_cast<CurlTransport *>(transport);
    if (timeoutMs < 0)
        self->m_timer.stop();
    else
        self->m_timer.start(static_cast<int>(qMin<long>(timeoutMs, 24L * 3600 * 1000)));
    return 0;
}

void CurlTransport::watchSocket(int socket, int what)
{
    if (what == CURL_POLL_REMOVE) {
        if (SocketWatch *watch = m_sockets.take(socket)) {
            // The notifier may be the one whose signal is being delivered right now.
            for (QSocketNotifier *notifier : {watch->read, watch->write}) {
                notifier->setEnabled(false);
                notifier->deleteLater();
            }
            delete watch;
        }
        return;
    }
    SocketWatch *watch = m_sockets.value(socket);
    if (!watch) {
        watch = new SocketWatch;
        watch->read = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        watch->write = new QSocketNotifier(socket, QSocketNotifier::Write, this);
        connect(watch->read, &QSocketNotifier::activated, this,
                [this, socket] { onSocketActivated(socket, CURL_CSELECT_IN); });
        connect(watch->write, &QSocketNotifier::activated, this,
                [this, socket] { onSocketActivated(socket, CURL_CSELECT_OUT); });
        m_sockets.insert(socket, watch);
    }
    // Enable exactly what curl asked for: a write notifier left on spins the event loop.
    watch->read->setEnabled(what == CURL_POLL_IN || what == CURL_POLL_INOUT);
    watch->write->setEnabled(what == CURL_POLL_OUT || what == CURL_POLL_INOUT);
}

void CurlTransport::onTimeout()
{
    int running = 0;
    curl_multi_socket_action(multiOf(m_multi), CURL_SOCKET_TIMEOUT, 0, &running);
    drainFinished();
}

void CurlTransport::onSocketActivated(int socket, int eventMask)
{
    int running = 0;
    curl_multi_socket_action(multiOf(m_multi), socket, eventMask, &running);
    drainFinished();
}

void CurlTransport::drainFinished()
{
    // Take every finished transfer out first, then answer: a finished() slot may send new
    // requests, abort others or even destroy this transport.
    std::vector<std::pair<std::unique_ptr<Transfer>, CURLcode>> done;
    int queued = 0;
    while (CURLMsg *message = curl_multi_info_read(multiOf(m_multi), &queued)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        CURL *easy = message->easy_handle;
        const CURLcode code = message->data.result;
        curl_multi_remove_handle(multiOf(m_multi), easy);
        if (Transfer *transfer = m_transfers.take(easy))
            done.emplace_back(transfer, code);
    }
    const QPointer<CurlTransport> guard(this);
    for (auto &[transfer, code] : done) {
        if (!guard)
            return;
        finishTransfer(transfer.get(), code);
    }
}

void CurlTransport::finishTransfer(Transfer *transfer, int curlCode)
{
    HttpReply *reply = transfer->reply.data();
    if (!reply)
        return;
    const auto code = static_cast<CURLcode>(curlCode);
    const QString detail = transfer->errorBuffer[0] != '\0' ? QString::fromUtf8(transfer->errorBuffer).trimmed()
                                                            : QString::fromUtf8(curl_easy_strerror(code));
    HttpResult result;
    switch (code) {
    case CURLE_OK: {
        // libcurl 7.88 takes a connection closed in the middle of the headers as an answer with
        // no body (found by the fault suite: a cut answer read as "200, empty"). It is a lost one.
        if (!transfer->headersEnded) {
            result = HttpResult::transportError(TransportError::ConnectionLost,
                                                tr("the connection closed in the middle of the answer's headers"));
            break;
        }
        long status = 0;
        curl_easy_getinfo(transfer->easy, CURLINFO_RESPONSE_CODE, &status);
        result = std::move(transfer->result);
        result.status = static_cast<int>(status);
        break;
    }
    case CURLE_FILESIZE_EXCEEDED: // a Content-Length above the cap: stopped before the body
    case CURLE_WRITE_ERROR:       // the write or header callback's byte count passed the cap
        if (code == CURLE_FILESIZE_EXCEEDED || transfer->tooLarge)
            result = HttpResult::transportError(
                TransportError::TooLarge,
                tr("the response from %1 is larger than %2 bytes").arg(transfer->host).arg(transfer->maxBytes));
        else
            result = HttpResult::transportError(TransportError::ConnectionLost, detail);
        break;
    case CURLE_SSL_CONNECT_ERROR:
        // Also what a connection reset during the handshake looks like (a server killed or
        // restarted): that is a lost connection, not a certificate problem.
        if (detail.contains(QStringLiteral("reset"), Qt::CaseInsensitive) ||
            detail.contains(QStringLiteral("SSL_ERROR_SYSCALL")) ||
            detail.contains(QStringLiteral("unexpected eof"), Qt::CaseInsensitive))
            result = HttpResult::transportError(TransportError::ConnectionLost, detail);
        else
            result = HttpResult::transportError(TransportError::Tls, detail);
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
        result = HttpResult::transportError(TransportError::Tls, detail);
        break;
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        result = HttpResult::transportError(TransportError::Connect, detail);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        result = HttpResult::transportError(TransportError::Timeout, detail);
        break;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
    case CURLE_TOO_MANY_REDIRECTS:
    case CURLE_WEIRD_SERVER_REPLY:
        result = HttpResult::transportError(TransportError::Protocol, detail);
        break;
    default: // GOT_NOTHING, RECV_ERROR, SEND_ERROR, PARTIAL_FILE, HTTP2...: the connection went away
        result = HttpResult::transportError(TransportError::ConnectionLost, detail);
        break;
    }
    reply->complete(std::move(result));
}

void CurlTransport::abortTransfer(void *easy)
{
    if (Transfer *transfer = m_transfers.take(easy)) {
        curl_multi_remove_handle(multiOf(m_multi), transfer->easy);
        delete transfer;
    }
}

void CurlTransport::configure(Transfer &transfer, const HttpRequest &request)
{
    CURL *easy = transfer.easy;
    CurlHandleSettings &settings = m_lastSettings;
    settings = CurlHandleSettings{};
    auto check = [&](CURLcode code) {
        if (code != CURLE_OK && transfer.setupError == CURLE_OK)
            transfer.setupError = code;
    };
    auto setLong = [&](CURLoption option, long value, long *record) {
        check(curl_easy_setopt(easy, option, value));
        if (record)
            *record = value;
    };
    auto setText = [&](CURLoption option, const char *value) { check(curl_easy_setopt(easy, option, value)); };

    const QByteArray url = request.url.toEncoded();
    setText(CURLOPT_URL, url.constData()); // curl copies strings it is given
    setText(CURLOPT_PROTOCOLS_STR, "https");
    setText(CURLOPT_REDIR_PROTOCOLS_STR, "https");
    settings.protocols = QStringLiteral("https");
    settings.redirProtocols = QStringLiteral("https");
    // No redirects: a 3xx is an error, so the Authorization header never reaches another host.
    setLong(CURLOPT_FOLLOWLOCATION, 0L, &settings.followLocation);
    setLong(CURLOPT_SSL_VERIFYPEER, 1L, &settings.verifyPeer);
    setLong(CURLOPT_SSL_VERIFYHOST, 2L, &settings.verifyHost);
    setLong(CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2), &settings.sslVersion);
    if (!m_options.caFile.isEmpty()) {
        const QByteArray caFile = QFile::encodeName(m_options.caFile);
        setText(CURLOPT_CAINFO, caFile.constData());
        settings.caInfo = m_options.caFile;
    }
    setLong(CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_options.connectTimeoutMs), &settings.connectTimeoutMs);
    setLong(CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeoutMs), &settings.timeoutMs);
    setLong(CURLOPT_LOW_SPEED_LIMIT, static_cast<long>(m_options.lowSpeedLimitBytes), &settings.lowSpeedLimit);
    setLong(CURLOPT_LOW_SPEED_TIME, static_cast<long>(m_options.lowSpeedTimeSeconds), &settings.lowSpeedTime);
    setLong(CURLOPT_NOSIGNAL, 1L, &settings.noSignal);
    check(curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(request.maxResponseBytes)));
    // Large bodies (the summary) come gzipped; the byte cap above counts the inflated bytes.
    setText(CURLOPT_ACCEPT_ENCODING, "gzip");
    setText(CURLOPT_USERAGENT, m_options.userAgent.constData());
    // Proxies: libcurl reads https_proxy / no_proxy from the environment by default.

    if (httpDebugEnabled()) {
        check(curl_easy_setopt(easy, CURLOPT_DEBUGFUNCTION, &debugCallback));
        setLong(CURLOPT_VERBOSE, 1L, &settings.verbose);
    } else {
        setLong(CURLOPT_VERBOSE, 0L, &settings.verbose);
    }

    if (request.method == "GET") {
        setLong(CURLOPT_HTTPGET, 1L, nullptr);
    } else if (request.method == "HEAD") {
        setLong(CURLOPT_NOBODY, 1L, nullptr);
    } else {
        setText(CURLOPT_CUSTOMREQUEST, request.method.constData());
        transfer.requestBody = request.body;
        check(
            curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(transfer.requestBody.size())));
        check(curl_easy_setopt(easy, CURLOPT_POSTFIELDS, transfer.requestBody.constData()));
    }
    for (const auto &[name, value] : request.headers.fields())
        transfer.headerList = curl_slist_append(transfer.headerList, QByteArray(name + ": " + value).constData());
    transfer.headerList = curl_slist_append(transfer.headerList, "Expect:");
    check(curl_easy_setopt(easy, CURLOPT_HTTPHEADER, transfer.headerList));

    check(curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &Transfer::onBody));
    check(curl_easy_setopt(easy, CURLOPT_WRITEDATA, &transfer));
    check(curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &Transfer::onHeader));
    check(curl_easy_setopt(easy, CURLOPT_HEADERDATA, &transfer));
    check(curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, transfer.errorBuffer));
    check(curl_easy_setopt(easy, CURLOPT_PRIVATE, &transfer));
}

HttpReply *CurlTransport::send(const HttpRequest &request)
{
    auto *reply = new HttpReply;
    auto transfer = std::make_unique<Transfer>();
    transfer->reply = reply;
    transfer->maxBytes = request.maxResponseBytes;
    transfer->host = request.url.host();
    transfer->easy = curl_easy_init();
    if (transfer->easy)
        configure(*transfer, request);
    if (!transfer->easy || transfer->setupError != CURLE_OK) {
        // Never send a request whose safety settings did not all take.
        const QString message = tr("libcurl refused a required setting: %1")
                                    .arg(QString::fromUtf8(curl_easy_strerror(transfer->easy ? transfer->setupError
                                                                                             : CURLE_OUT_OF_MEMORY)));
        QTimer::singleShot(0, reply, [reply, message] {
            reply->complete(HttpResult::transportError(TransportError::Protocol, message));
        });
        return reply;
    }
    CURL *easy = transfer->easy;
    const QPointer<CurlTransport> self(this);
    reply->setAbortHandler([self, easy] {
        if (self)
            self->abortTransfer(easy);
    });
    m_transfers.insert(easy, transfer.release());
    // Adding the handle makes curl ask for a 0 ms timer: the transfer starts from the event
    // loop, so the reply is always asynchronous.
    curl_multi_add_handle(multiOf(m_multi), easy);
    return reply;
}

} // namespace pd
