#include "core/MemberDataSource.h"

#include <QTimer>

namespace pd {

void MemberDataSource::requestItems()
{
    QTimer::singleShot(0, this, [this] {
        Q_EMIT itemsFailed(Error{ErrorKind::Usage, tr("This source cannot list the items behind the figures.")});
    });
}

} // namespace pd
