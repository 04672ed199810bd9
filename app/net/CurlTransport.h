#pragma once

#include "net/HttpTransport.h"

#include <QHash>
#include <QString>
#include <QTimer>

#include <memory>

namespace pd {

// What CurlTransport set on the last easy handle it configured, read back for tests and for
// `--verbose`-style diagnostics: the unit tests assert that verification is never turned off.
struct CurlHandleSettings {
    QString protocols;      // CURLOPT_PROTOCOLS_STR
    QString redirProtocols; // CURLOPT_REDIR_PROTOCOLS_STR
    long followLocation = -1;
    long verifyPeer = -1;
    long verifyHost = -1;
    long sslVersion = -1; // CURLOPT_SSLVERSION (CURL_SSLVERSION_TLSv1_2 = 6)
    long connectTimeoutMs = -1;
    long timeoutMs = -1;
    long lowSpeedLimit = -1; // bytes per second ...
    long lowSpeedTime = -1;  // ... over this many seconds
    long noSignal = -1;
    long verbose = -1;
    QString caInfo; // empty: the system's CA store
    bool operator==(const CurlHandleSettings &) const = default;
};

// The real transport: libcurl's multi interface driven by the Qt event loop (the ghiper.c /
// hiperfifo.c pattern): curl tells us which sockets to watch (CURLMOPT_SOCKETFUNCTION, one
// QSocketNotifier pair per socket) and when to wake it (CURLMOPT_TIMERFUNCTION, one single-shot
// QTimer). Every handle gets the fixed settings of RELIABILITY.md: https only, no redirects,
// verification on, TLS >= 1.2, connect timeout, low-speed limit, a byte cap counted in the
// write callback, no signals, the caller's CA file, proxies from the environment.
//
// Lives on one thread (the one that created it). Replies are owned by the caller; destroying
// the transport cancels what is still running.
class CurlTransport final : public HttpTransport
{
    Q_OBJECT

public:
    struct Options {
        QString caFile;                // PEM bundle to trust instead of the system store
        int connectTimeoutMs = 10'000; // curl's own default is 300 s
        int lowSpeedLimitBytes = 16;   // abort when slower than this ...
        int lowSpeedTimeSeconds = 15;  // ... for this long
        QByteArray userAgent = "privacy-dashboard";
    };

    explicit CurlTransport(Options options, QObject *parent = nullptr);
    explicit CurlTransport(QObject *parent = nullptr);
    ~CurlTransport() override;

    [[nodiscard]] HttpReply *send(const HttpRequest &request) override;

    const Options &options() const { return m_options; }
    CurlHandleSettings lastHandleSettings() const { return m_lastSettings; }
    int activeTransfers() const { return static_cast<int>(m_transfers.size()); }

private:
    struct Transfer;
    struct SocketWatch;

    static int socketCallback(void *easy, int socket, int what, void *transport, void *socketData);
    static int timerCallback(void *multi, long timeoutMs, void *transport);

    void onTimeout();
    void onSocketActivated(int socket, int eventMask);
    void drainFinished();
    void finishTransfer(Transfer *transfer, int curlCode);
    void abortTransfer(void *easy);
    void watchSocket(int socket, int what);
    void configure(Transfer &transfer, const HttpRequest &request);

    Options m_options;
    void *m_multi = nullptr; // CURLM*, kept opaque so that only CurlTransport.cpp includes curl.h
    QTimer m_timer;
    QHash<void *, Transfer *> m_transfers; // by CURL* easy handle
    QHash<int, SocketWatch *> m_sockets;   // by socket descriptor
    CurlHandleSettings m_lastSettings;
    bool m_draining = false;
};

} // namespace pd
