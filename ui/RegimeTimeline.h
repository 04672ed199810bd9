#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

namespace pd {

// The Policy page's timeline, painted by hand: one bar per regime that applies to the
// member's region, from its first day to its end (or an arrow when open-ended), with today
// and the member's opt-out marked. Each bar carries its label and dates in words; the page
// lists the same regimes as text below, which is what assistive technology reads.
class RegimeTimeline final : public QWidget
{
    Q_OBJECT

public:
    struct Span {
        QString label;
        QDate from;
        std::optional<QDate> to;
    };

    explicit RegimeTimeline(QWidget *parent = nullptr);

    void setData(const QList<Span> &spans, const QDate &today, const std::optional<QDate> &optedOutOn);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Span> m_spans;
    QDate m_today;
    std::optional<QDate> m_optedOutOn;
};

} // namespace pd
