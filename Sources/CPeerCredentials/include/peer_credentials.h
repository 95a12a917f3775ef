#ifndef PUBSTAT_PEER_CREDENTIALS_H
#define PUBSTAT_PEER_CREDENTIALS_H
#include <sys/types.h>

/// Linux's `struct ucred`, what `getsockopt(SOL_SOCKET, SO_PEERCRED)` fills in. Glibc declares it
/// only under _GNU_SOURCE, which Swift's Glibc module is built without, so it is repeated here
/// with the same members in the same order (see unix(7)).
typedef struct {
    pid_t pid;
    uid_t uid;
    gid_t gid;
} pubstat_ucred;

#endif
