// Header-only: the target exists for include/peer_credentials.h (a C target needs one source file).
#include "peer_credentials.h"
