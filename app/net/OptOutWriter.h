#pragma once

#include "core/ApiCodec.h"
#include "core/Result.h"

#include <QByteArray>

#include <functional>
#include <optional>

namespace pd {

class ApiClient;
class Clock;
class OptOutOutbox;
class RetryingSender;
struct OutboxKey;
struct OutboxRecord;

// The write protocol of RELIABILITY.md for the AI-training setting: the intent goes to the outbox
// before the request leaves; PUT with If-Match (the version the member saw, or the current one
// read first) and an Idempotency-Key; retries with the SAME key (RetryingSender); 412 -> re-read,
// never overwrite; an outcome that stays unknown (the network gave up) keeps the intent as
// Waiting, a known one removes it. Borrowed: the client (to read the setting), its sender, the
// clock and the outbox.
class OptOutWriter final
{
public:
    using Callback = std::function<void(Result<OptOutState>)>;

    OptOutWriter(ApiClient &client, RetryingSender &sender, const Clock &clock);
    void setOutbox(OptOutOutbox *outbox) { m_outbox = outbox; }

    // See ApiClient::setOptedOut and ApiClient::resendOptOut.
    void write(const OutboxKey &owner, bool optedOut, Callback done, std::optional<QByteArray> ifMatch);
    void resend(const OutboxRecord &record, Callback done);

private:
    void sendPut(const OutboxRecord &record, Callback done);

    ApiClient &m_client;
    RetryingSender &m_sender;
    const Clock &m_clock;
    OptOutOutbox *m_outbox = nullptr;
};

} // namespace pd
