#pragma once

#include "net/HttpTypes.h"

#include <QObject>

#include <functional>

namespace pd {

// One request in flight. The transport creates it; the caller owns it (delete or deleteLater
// whenever it likes, also before it finished: that cancels the request). finished() is emitted
// exactly once and ALWAYS later than HttpTransport::send() returned, never from inside it.
class HttpReply final : public QObject
{
    Q_OBJECT

public:
    explicit HttpReply(QObject *parent = nullptr);
    ~HttpReply() override;

    bool isFinished() const { return m_finished; }
    const HttpResult &result() const { return m_result; }

    // Stops the request; finished() follows (asynchronously) with TransportError::Cancelled.
    // A no-op once finished.
    void abort();

    // For transports only: how to stop the request, and the one call that completes it.
    void setAbortHandler(std::function<void()> handler) { m_abortHandler = std::move(handler); }
    void complete(HttpResult result);

Q_SIGNALS:
    void finished();

private:
    HttpResult m_result;
    std::function<void()> m_abortHandler;
    bool m_finished = false;
};

// The seam between the API client and the network (STYLE §6): CurlTransport in the product,
// FakeTransport (tests/support) in unit tests. Implementations must answer asynchronously.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~HttpTransport() override = default;

    // Starts the request; the returned reply is the caller's (see HttpReply).
    [[nodiscard]] virtual HttpReply *send(const HttpRequest &request) = 0;
};

} // namespace pd
