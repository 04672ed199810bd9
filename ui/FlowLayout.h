#pragma once

#include <QLayout>
#include <QList>

namespace pd {

// Widgets left to right, wrapping to the next line when the width runs out (Qt's flow-layout
// example, reduced): the per-category links fit any window width without scrolling sideways.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent, int spacing)
        : QLayout(parent)
        , m_spacing(spacing)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        return size;
    }

private:
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace pd
