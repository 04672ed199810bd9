#include "net/HttpTransport.h"

#include <QTimer>

namespace pd {

void HttpHeaders::set(const QByteArray &name, const QByteArray &value)
{
    m_fields.removeIf([&](const auto &field) { return field.first.compare(name, Qt::CaseInsensitive) == 0; });
    m_fields.append({name, value});
}

bool HttpHeaders::contains(const QByteArray &name) const
{
    return !value(name).isNull();
}

QByteArray HttpHeaders::value(const QByteArray &name) const
{
    for (const auto &field : m_fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second.isNull() ? QByteArray("") : field.second;
    }
    return {};
}

QString transportErrorName(TransportError error)
{
    switch (error) {
    case TransportError::None:
        return QStringLiteral("none");
    case TransportError::Connect:
        return QStringLiteral("connect");
    case TransportError::Tls:
        return QStringLiteral("tls");
    case TransportError::Timeout:
        return QStringLiteral("timeout");
    case TransportError::ConnectionLost:
        return QStringLiteral("connection-lost");
    case TransportError::TooLarge:
        return QStringLiteral("too-large");
    case TransportError::Protocol:
        return QStringLiteral("protocol");
    case TransportError::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

HttpReply::HttpReply(QObject *parent)
    : QObject(parent)
{}

HttpReply::~HttpReply()
{
    // Destroying an unfinished reply cancels its request; the transport must forget it.
    if (!m_finished && m_abortHandler)
        std::exchange(m_abortHandler, nullptr)();
}

void HttpReply::abort()
{
    if (m_finished || !m_abortHandler)
        return;
    std::exchange(m_abortHandler, nullptr)();
    // The transport has dropped the request; answer on the next event-loop turn.
    QTimer::singleShot(0, this, [this] {
        complete(HttpResult::transportError(TransportError::Cancelled, tr("the request was cancelled")));
    });
}

void HttpReply::complete(HttpResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_abortHandler = nullptr;
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace pd
