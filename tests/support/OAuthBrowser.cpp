#include "support/OAuthBrowser.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

namespace pd::test {

namespace {

QString decodeEntities(QString text)
{
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace

OAuthBrowser::OAuthBrowser(const QString &caFile)
    : m_transport(CurlTransport::Options{caFile, 10'000, 16, 15, "test-browser"})
{}

OAuthBrowser::Page OAuthBrowser::wait(HttpReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &HttpReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Page page;
    if (reply->isFinished() && !reply->result().isTransportError()) {
        page.status = reply->result().status;
        page.body = reply->result().body;
        page.location = reply->result().headers.value("Location");
    }
    delete reply;
    return page;
}

OAuthBrowser::Page OAuthBrowser::get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.headers.add("Accept", "text/html");
    return wait(m_transport.send(request));
}

OAuthBrowser::Page OAuthBrowser::postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.headers.add("Content-Type", "application/x-www-form-urlencoded");
    for (const auto &[name, value] : fields) {
        if (!request.body.isEmpty())
            request.body += '&';
        request.body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return wait(m_transport.send(request));
}

QList<QPair<QString, QString>> OAuthBrowser::hiddenFields(const QByteArray &html)
{
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    QList<QPair<QString, QString>> fields;
    auto it = hidden.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        fields.append({decodeEntities(match.captured(1)), decodeEntities(match.captured(2))});
    }
    return fields;
}

OAuthBrowser::Page OAuthBrowser::signIn(const QUrl &authorizeUrl, const QString &login, const QString &password,
                                        bool allow, Page *formPage)
{
    const Page form = get(authorizeUrl);
    if (formPage)
        *formPage = form;
    if (form.status != 200)
        return form;
    QList<QPair<QString, QString>> fields = hiddenFields(form.body);
    fields.append({QStringLiteral("login"), login});
    fields.append({QStringLiteral("password"), password});
    fields.append({QStringLiteral("consent"), QStringLiteral("yes")});
    fields.append({QStringLiteral("decision"), allow ? QStringLiteral("allow") : QStringLiteral("deny")});
    return postForm(authorizeUrl.resolved(QUrl(QStringLiteral("/oauth/authorize"))), fields);
}

OAuthBrowser::Page OAuthBrowser::visitLoopback(const QUrl &url, int timeoutMs)
{
    QTcpSocket socket;
    QByteArray received;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.write("GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                     " HTTP/1.1\r\nHost: " + url.authority().toLatin1() + "\r\nConnection: close\r\n\r\n");
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(url.host(), quint16(url.port()));
    loop.exec();
    received += socket.readAll();
    Page page;
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        return page;
    const QList<QByteArray> statusLine = received.left(received.indexOf("\r\n")).split(' ');
    page.status = statusLine.size() >= 2 ? statusLine[1].toInt() : 0;
    page.body = received.mid(end + 4);
    return page;
}

} // namespace pd::test
