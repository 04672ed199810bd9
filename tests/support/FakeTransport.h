#pragma once

#include "core/MemberRecord.h"
#include "net/ApiClient.h"
#include "net/HttpTransport.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>
#include <optional>

namespace pd::test {

// One canned answer of FakeTransport: an HTTP response, a transport error, or nothing at all.
struct FakeResponse {
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
    TransportError error = TransportError::None;
    QString errorMessage;
    int delayMs = 0;   // answer this much later (a delay >= the request's timeout ends in Timeout)
    bool hang = false; // never answer: only the request's timeoutMs (Timeout) or abort() ends it

    static FakeResponse json(int status, const QByteArray &body);
    // application/problem+json with the API's problem shape.
    static FakeResponse problem(int status, const QString &detail);
    static FakeResponse failure(TransportError error, const QString &message = {});
    static FakeResponse hanging();
    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
    FakeResponse &delayedBy(int ms);
};

// The fake network of the unit tests (Nextcloud's FakeQNAM habit). Replies stay asynchronous
// like the real thing: even an immediate answer arrives from the event loop, never from inside
// send(). Answers come, in this order, from the per-test override, then from the route of
// (method, path): a queue whose last entry repeats; an unrouted request gets a 404 problem.
// Every request is recorded (headers included) for the test to inspect.
//
// The request's timeoutMs and maxResponseBytes are honoured: hanging or too-slow answers end in
// TransportError::Timeout after timeoutMs, bigger bodies in TransportError::TooLarge.
class FakeTransport final : public HttpTransport
{
    Q_OBJECT

public:
    using Override = std::function<std::optional<FakeResponse>(const HttpRequest &)>;

    using HttpTransport::HttpTransport;

    [[nodiscard]] HttpReply *send(const HttpRequest &request) override;

    // `path` is the URL path ("/v1/me/usage-summary"); the query is ignored.
    void on(const QByteArray &method, const QString &path, FakeResponse response);
    void onSequence(const QByteArray &method, const QString &path, QList<FakeResponse> responses);
    void setOverride(Override override) { m_override = std::move(override); }

    const QList<HttpRequest> &requests() const { return m_requests; }
    int count(const QByteArray &method, const QString &path) const;
    void clearRequests() { m_requests.clear(); }
    // Replies neither finished nor destroyed yet (hanging ones included).
    int pendingReplies() const;

private:
    FakeResponse answerFor(const HttpRequest &request);

    QHash<QString, QList<FakeResponse>> m_routes; // "GET /v1/..." -> queue
    Override m_override;
    QList<HttpRequest> m_requests;
    QList<QPointer<HttpReply>> m_replies;
};

// A stateful fake of the Member Privacy API v1 on a FakeTransport, following the contract:
// usage summary, the setting with version ETags ("v<N>"), If-Match (428/412), Idempotency-Key
// replay (same result, applied once; another body -> 422), history, policy (the bundled file),
// and the bearer token (401). Seeded from the bundled demo member. For ApiDataSource and GUI
// tests that want a working server without a network.
class FakeMemberApi final
{
public:
    // Installs itself as `transport`'s override; both must outlive the requests.
    explicit FakeMemberApi(FakeTransport &transport, QByteArray token = "test-token");

    const QByteArray &token() const { return m_token; }
    MemberRecord &record() { return m_record; }
    int version() const { return m_version; }
    // Changes the setting "elsewhere" (another device): bumps the version and records a change.
    void changeElsewhere(bool optedOut, const QDateTime &at);
    int appliedWrites() const { return m_appliedWrites; }
    // The API's answer to one request; tests that wrap the fake (to lose a response, say) call
    // this from their own override.
    std::optional<FakeResponse> respond(const HttpRequest &request);

private:
    FakeResponse summary() const;
    FakeResponse setting() const;
    FakeResponse put(const HttpRequest &request);

    QByteArray m_token;
    MemberRecord m_record;
    int m_version = 1;
    int m_appliedWrites = 0;
    int m_nextConfirmation = 1;
    struct Stored {
        QByteArray body;
        FakeResponse response;
    };
    QHash<QByteArray, Stored> m_idempotency;
};

// A RetryScheduler for tests: records each requested delay and runs the task on the next
// event-loop turn, so retry tests take milliseconds.
class RecordingRetryScheduler final : public RetryScheduler
{
public:
    void schedule(qint64 delayMs, QObject *context, std::function<void()> task) override;
    const QList<qint64> &delays() const { return m_delays; }

private:
    QList<qint64> m_delays;
};

} // namespace pd::test

Q_DECLARE_METATYPE(pd::test::FakeResponse)
