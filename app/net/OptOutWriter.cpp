#include "net/OptOutWriter.h"

#include "core/ApiCodec.h"
#include "core/Clock.h"
#include "net/ApiClient.h"
#include "net/ApiErrors.h"
#include "net/OptOutOutbox.h"

#include <QCoreApplication>

namespace pd {

namespace {
const QByteArray JsonType = "application/json";
} // namespace

OptOutWriter::OptOutWriter(ApiClient &client, RetryingSender &sender, const Clock &clock)
    : m_client(client)
    , m_sender(sender)
    , m_clock(clock)
{}

void OptOutWriter::write(const OutboxKey &owner, bool optedOut, Callback done, std::optional<QByteArray> ifMatch)
{
    auto start = [this, owner, optedOut, done](const QByteArray &etag) {
        const OutboxRecord record{
            owner, optedOut, ApiClient::newIdempotencyKey(), etag, m_clock.now().toUTC(), OutboxRecord::State::Sending};
        if (m_outbox) {
            // The intent is on disk before the request leaves (RELIABILITY step 2).
            if (const Result<void> stored = m_outbox->store(record); !stored) {
                const Error error = stored.error();
                m_sender.answerLater([done, error] { done(error); });
                return;
            }
        }
        sendPut(record, done);
    };
    if (ifMatch) {
        start(*ifMatch);
        return;
    }
    m_client.fetchSetting([this, owner, optedOut, start, done](Result<ApiSetting> setting) {
        if (setting)
            return start(setting->etag);
        // The server cannot be reached: the member's change waits, without a version (the one
        // current when it is sent is read then), instead of being lost.
        if (m_outbox && setting.error().kind == ErrorKind::Network && !owner.memberId.isEmpty()) {
            const OutboxRecord waiting{owner,
                                       optedOut,
                                       ApiClient::newIdempotencyKey(),
                                       {},
                                       m_clock.now().toUTC(),
                                       OutboxRecord::State::Waiting};
            if (const Result<void> stored = m_outbox->store(waiting); !stored)
                return done(stored.error());
        }
        done(setting.error());
    });
}

void OptOutWriter::resend(const OutboxRecord &record, Callback done)
{
    if (record.ifMatch.isEmpty()) {
        // Stored while the server could not be reached: read the current version first. A
        // server that already holds the target needs nothing sent.
        m_client.fetchSetting([this, record, done](Result<ApiSetting> setting) {
            if (!setting)
                return done(setting.error());
            if (setting->state.optedOut == record.optedOut) {
                if (m_outbox)
                    (void)m_outbox->clear(record.key);
                return done(setting->state);
            }
            // Changed elsewhere after the member asked: their newer word wins, never overwritten.
            if (setting->state.changedAt.isValid() && setting->state.changedAt > record.createdAt) {
                if (m_outbox)
                    (void)m_outbox->clear(record.key);
                return done(
                    Error{ErrorKind::Conflict,
                          QObject::tr("the setting was changed elsewhere after you asked (it is now %1); "
                                      "your change was not applied")
                              .arg(setting->state.optedOut ? QObject::tr("opted out") : QObject::tr("opted in"))});
            }
            OutboxRecord versioned = record;
            versioned.ifMatch = setting->etag;
            resend(versioned, done);
        });
        return;
    }
    OutboxRecord sending = record;
    sending.state = OutboxRecord::State::Sending;
    sending.senderPid = QCoreApplication::applicationPid();
    if (m_outbox) {
        if (const Result<void> stored = m_outbox->store(sending); !stored) {
            const Error error = stored.error();
            m_sender.answerLater([done, error] { done(error); });
            return;
        }
    }
    sendPut(sending, std::move(done));
}

void OptOutWriter::sendPut(const OutboxRecord &record, Callback done)
{
    auto settle = [this, record, done](Result<OptOutState> outcome, bool outcomeKnown) {
        // A known answer ends the intent; an unknown one (the network gave up) stays in the
        // outbox as Waiting, with the same key, until it is sent again or cancelled. Only our
        // own record is touched: a newer change, or one the member cancelled meanwhile (another
        // window), is left as it is.
        if (m_outbox) {
            const Result<std::optional<OutboxRecord>> current = m_outbox->pending(record.key);
            const bool ours = current && current->has_value() && (*current)->idempotencyKey == record.idempotencyKey;
            if (ours && outcomeKnown) {
                // A leftover file is settled by the next refresh (the server holds the state).
                (void)m_outbox->clear(record.key);
            } else if (ours) {
                OutboxRecord waiting = record;
                waiting.state = OutboxRecord::State::Waiting;
                waiting.senderPid = 0;
                if (const Result<void> kept = m_outbox->store(waiting); !kept && !outcome)
                    outcome = Error{outcome.error().kind,
                                    outcome.error().message + QStringLiteral("; ") + kept.error().message};
            }
        }
        done(std::move(outcome));
    };
    const bool target = record.optedOut;
    HttpHeaders headers;
    headers.add("Content-Type", JsonType);
    headers.add("If-Match", record.ifMatch);
    headers.add("Idempotency-Key", record.idempotencyKey);
    const QByteArray body = ApiCodec::encodeSettingUpdate(target);
    m_sender.send(
        "PUT", QStringLiteral("/v1/me/settings/ai-training"), body, headers,
        [this, target, settle](Result<HttpResult> result) {
            if (!result)
                return settle(result.error(), false);
            const HttpResult &response = *result;
            if (!response.isTransportError() && response.status == 200) {
                Result<OptOutState> state = ApiCodec::decodeSetting(response.body);
                if (state && state->optedOut != target)
                    state = ApiCodec::invalidResponse(QObject::tr("the server confirmed the other state"));
                if (state)
                    return settle(std::move(state), true);
                // A 200 that cannot be read (an answer cut short on the way) says the change may
                // have been applied: re-read, and keep the intent while the outcome is unknown.
                const Error unreadable = state.error();
                m_client.fetchSetting([target, settle, unreadable](Result<ApiSetting> current) {
                    if (current && current->state.optedOut == target)
                        return settle(current->state, true);
                    settle(unreadable, false);
                });
                return;
            }
            if (!response.isTransportError() && response.status == 412) {
                // Changed elsewhere since we read it: re-read, never overwrite silently.
                m_client.fetchSetting([target, settle](Result<ApiSetting> current) {
                    if (!current)
                        return settle(current.error(), false);
                    if (current->state.optedOut == target)
                        return settle(current->state, true);
                    return settle(
                        Error{ErrorKind::Conflict,
                              QObject::tr("the setting was changed elsewhere (it is now %1); your change "
                                          "was not applied")
                                  .arg(current->state.optedOut ? QObject::tr("opted out") : QObject::tr("opted in"))},
                        true);
                });
                return;
            }
            // Known not applied: a 4xx refusal (401 included: no refresh token yet, so the member
            // must supply a new token). Anything else (a transport error after the
            // request may have left, a 5xx, 408, 409 "in flight", 429) leaves it unknown.
            const int status = response.isTransportError() ? 0 : response.status;
            const bool refused = status >= 400 && status < 500 && status != 408 && status != 409 && status != 429;
            settle(ApiErrors::fromResult(response, m_sender.serverName()), refused);
        },
        true);
}

} // namespace pd
