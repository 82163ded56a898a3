#include "logging.h"

Q_LOGGING_CATEGORY(lcClientNet, "ebilim.client.net", QtWarningMsg)
