#include "archive/ArchiveDataSource.h"

#include <QFileInfo>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

namespace pd {

ArchiveDataSource::ArchiveDataSource(QString zipPath, Policy policy, ImportOptions options, const Clock &clock,
                                     QObject *parent)
    : MemberDataSource(parent)
    , m_zipPath(std::move(zipPath))
    , m_policy(std::move(policy))
    , m_options(std::move(options))
    , m_clock(clock)
{
    qRegisterMetaType<pd::ImportReport>();
}

ArchiveDataSource::~ArchiveDataSource()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
}

void ArchiveDataSource::refresh()
{
    if (m_worker)
        return; // merged into the import already running
    m_cancel = false;

    Result<FileClassifier> classifier = FileClassifier::fromPolicy(m_policy);
    if (!classifier) {
        const Error error = classifier.error();
        QTimer::singleShot(0, this, [this, error] { Q_EMIT refreshFailed(error); });
        return;
    }
    auto importer = std::make_shared<ArchiveImporter>(std::move(classifier).value(), m_options);
    if (m_keepsItems)
        importer->keepItems();
    const QString path = m_zipPath;
    // The worker talks back only through queued calls on this object; the destructor waits for
    // it, so `this` outlives every call it makes.
    m_worker = QThread::create([this, importer, path] {
        const ArchiveImporter::ProgressFn progress = [this](qint64 done, qint64 total, const QString &name) {
            QMetaObject::invokeMethod(
                this, [this, done, total, name] { Q_EMIT this->progress(done, total, name); }, Qt::QueuedConnection);
        };
        Result<ImportResult> result = importer->importFile(path, &m_cancel, progress);
        auto shared = std::make_shared<Result<ImportResult>>(std::move(result));
        QMetaObject::invokeMethod(
            this, [this, shared] { finished(*shared); }, Qt::QueuedConnection);
    });
    m_worker->setObjectName(QStringLiteral("archive-import"));
    m_worker->start();
}

void ArchiveDataSource::cancel()
{
    if (m_worker)
        m_cancel = true;
}

void ArchiveDataSource::finished(const Result<ImportResult> &result)
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    if (!result) {
        const bool itemsWanted = std::exchange(m_itemsWanted, false);
        Q_EMIT refreshFailed(result.error());
        if (itemsWanted)
            Q_EMIT itemsFailed(result.error());
        return;
    }
    const ImportResult &imported = result.value();
    {
        QMutexLocker lock(&m_reportMutex);
        m_lastReport = imported.report;
    }
    MemberInfo member;
    member.name = imported.report.memberName;
    member.region = imported.report.region;
    const SourceInfo source{SourceInfo::Kind::Archive, QFileInfo(m_zipPath).fileName(), imported.report.sha256, false};
    const UsageSummary summary = buildUsageSummary(m_policy, member, imported.ledger, optOutHistory(), source, m_clock);
    m_lastSummary = summary;
    m_items = imported.items;
    Q_EMIT summaryReady(summary);
    Q_EMIT importReportReady(imported.report);
    if (m_itemsWanted) {
        if (m_items) {
            m_itemsWanted = false;
            Q_EMIT itemsReady(ItemList(m_items, *m_lastSummary));
        } else {
            refresh(); // that import counted only: once more, with the items
        }
    }
}

void ArchiveDataSource::requestItems()
{
    if (m_items && m_lastSummary && !m_worker) {
        QTimer::singleShot(0, this, [this] {
            if (m_items && m_lastSummary)
                Q_EMIT itemsReady(ItemList(m_items, *m_lastSummary));
            else
                requestItems();
        });
        return;
    }
    m_itemsWanted = true;
    m_keepsItems = true;
    refresh();
}

OptOutHistory ArchiveDataSource::optOutHistory() const
{
    OptOutHistory history(m_policy.setting.defaultOptedOut);
    if (m_options.optedOutSince) {
        OptOutChange change;
        change.at = QDateTime(*m_options.optedOutSince, QTime(0, 0), Qt::UTC);
        change.optedOut = true;
        change.channel = QStringLiteral("member-stated");
        history.append(change);
    }
    return history;
}

ImportReport ArchiveDataSource::lastReport() const
{
    QMutexLocker lock(&m_reportMutex);
    return m_lastReport;
}

QString ArchiveDataSource::optOutUnavailableReason() const
{
    return tr("An archive is a copy of your data; it cannot change the setting. Change it on the platform's "
              "page: %1")
        .arg(m_policy.setting.url.toString());
}

void ArchiveDataSource::requestOptOut(bool /*optedOut*/)
{
    QTimer::singleShot(0, this, [this] { Q_EMIT optOutFailed(Error{ErrorKind::Usage, optOutUnavailableReason()}); });
}

QString ArchiveDataSource::description() const
{
    return QFileInfo(m_zipPath).fileName();
}

} // namespace pd
