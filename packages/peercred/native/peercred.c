// What Node does not expose about a connected Unix socket: the credentials of the process at the other end
// (SO_PEERCRED on Linux, getpeereid + LOCAL_PEERPID on macOS; the kernel fills these in at connect(), so
// the peer cannot lie about them), and passing file descriptors over it (SCM_RIGHTS), which lets the bridge
// hand its standard input and output to the daemon. Also a file's POSIX ACL, which Node cannot read either.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#include <node_api.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#ifdef __APPLE__
#include <sys/un.h>
#endif
#if defined(__linux__)
#include <sys/xattr.h>
#endif

static napi_value set_int(napi_env env, napi_value obj, const char *key, int64_t value) {
  napi_value v;
  napi_create_int64(env, value, &v);
  napi_set_named_property(env, obj, key, v);
  return obj;
}

static napi_value peer_credentials(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t fd = -1;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 1 || napi_get_value_int32(env, argv[0], &fd) != napi_ok || fd < 0) {
    napi_throw_type_error(env, NULL, "peerCredentials(fd): fd must be a non-negative integer");
    return NULL;
  }
  int64_t uid, gid, pid = -1;
#if defined(__linux__)
  struct ucred cred;
  socklen_t len = sizeof(cred);
  if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0) {
    napi_throw_error(env, NULL, strerror(errno));
    return NULL;
  }
  uid = cred.uid;
  gid = cred.gid;
  pid = cred.pid;
#elif defined(__APPLE__)
  uid_t u;
  gid_t g;
  if (getpeereid(fd, &u, &g) != 0) {
    napi_throw_error(env, NULL, strerror(errno));
    return NULL;
  }
  uid = u;
  gid = g;
  pid_t p;
  socklen_t len = sizeof(p);
  if (getsockopt(fd, SOL_LOCAL, LOCAL_PEERPID, &p, &len) == 0) pid = p;
#else
  napi_throw_error(env, NULL, "peer credentials are not supported on this platform");
  return NULL;
#endif
  napi_value result;
  napi_create_object(env, &result);
  set_int(env, result, "uid", uid);
  set_int(env, result, "gid", gid);
  return set_int(env, result, "pid", pid);
}

#define MAX_FDS 4

static int fd_argument(napi_env env, napi_value value, int32_t *fd) {
  return napi_get_value_int32(env, value, fd) == napi_ok && *fd >= 0;
}

/* sendFds(socketFd, [fd, ...]): one byte carrying the descriptors. Blocking is not a concern: a single
 * byte always fits in an idle socket's buffer. */
static napi_value send_fds(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  int32_t sock = -1;
  uint32_t count = 0;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 2 || !fd_argument(env, argv[0], &sock) || napi_get_array_length(env, argv[1], &count) != napi_ok ||
      count == 0 || count > MAX_FDS) {
    napi_throw_type_error(env, NULL, "sendFds(socketFd, fds): 1 to 4 descriptors");
    return NULL;
  }
  int fds[MAX_FDS];
  for (uint32_t i = 0; i < count; i++) {
    napi_value item;
    napi_get_element(env, argv[1], i, &item);
    if (!fd_argument(env, item, &fds[i])) {
      napi_throw_type_error(env, NULL, "sendFds: descriptors must be non-negative integers");
      return NULL;
    }
  }
  char byte = 'F';
  struct iovec iov = {.iov_base = &byte, .iov_len = 1};
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(int) * MAX_FDS)];
  } control;
  memset(&control, 0, sizeof(control));
  struct msghdr msg = {0};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control.buf;
  msg.msg_controllen = CMSG_SPACE(sizeof(int) * count);
  struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
  cmsg->cmsg_level = SOL_SOCKET;
  cmsg->cmsg_type = SCM_RIGHTS;
  cmsg->cmsg_len = CMSG_LEN(sizeof(int) * count);
  memcpy(CMSG_DATA(cmsg), fds, sizeof(int) * count);
  ssize_t sent;
  do {
    sent = sendmsg(sock, &msg, 0);
  } while (sent < 0 && errno == EINTR);
  if (sent != 1) {
    napi_throw_error(env, NULL, sent < 0 ? strerror(errno) : "short write");
    return NULL;
  }
  napi_value ok;
  napi_get_boolean(env, true, &ok);
  return ok;
}

/* receiveFds(socketFd): the descriptors of one waiting sendFds byte, undefined when nothing has arrived yet
 * (never blocks), or throws (closed connection, error, a byte without descriptors). */
static napi_value receive_fds(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t sock = -1;
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL);
  if (argc < 1 || !fd_argument(env, argv[0], &sock)) {
    napi_throw_type_error(env, NULL, "receiveFds(socketFd): fd must be a non-negative integer");
    return NULL;
  }
  char byte = 0;
  struct iovec iov = {.iov_base = &byte, .iov_len = 1};
  union {
    struct cmsghdr align;
    char buf[CMSG_SPACE(sizeof(int) * MAX_FDS)];
  } control;
  struct msghdr msg = {0};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control.buf;
  msg.msg_controllen = sizeof(control.buf);
  int flags = MSG_DONTWAIT;
#ifdef MSG_CMSG_CLOEXEC
  flags |= MSG_CMSG_CLOEXEC;
#endif
  ssize_t got;
  do {
    got = recvmsg(sock, &msg, flags);
  } while (got < 0 && errno == EINTR);
  if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return NULL;
  if (got <= 0) {
    napi_throw_error(env, NULL, got == 0 ? "the connection closed" : strerror(errno));
    return NULL;
  }
  napi_value result;
  napi_create_array(env, &result);
  uint32_t n = 0;
  for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c != NULL; c = CMSG_NXTHDR(&msg, c)) {
    if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) continue;
    size_t count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
    int *fds = (int *)CMSG_DATA(c);
    for (size_t i = 0; i < count; i++) {
#ifndef MSG_CMSG_CLOEXEC
      fcntl(fds[i], F_SETFD, FD_CLOEXEC);
#endif
      napi_value v;
      napi_create_int32(env, fds[i], &v);
      napi_set_element(env, result, n++, v);
    }
  }
  if (n == 0 || byte != 'F' || (msg.msg_flags & MSG_CTRUNC)) {
    napi_value item;
    for (uint32_t i = 0; i < n; i++) {
      int32_t fd;
      napi_get_element(env, result, i, &item);
      if (napi_get_value_int32(env, item, &fd) == napi_ok) close(fd);
    }
    napi_throw_error(env, NULL, "expected one byte carrying descriptors");
    return NULL;
  }
  return result;
}

// glibc keeps memory that free() returned inside its heaps (and keeps the top of each arena mapped) until a
// later malloc reuses it; after a burst, or after start-up's one-off tables are built and dropped, megabytes
// of freed blocks stay resident. malloc_trim hands the wholly free pages back to the kernel (MADV_DONTNEED).
// Returns whether anything was given back; false, doing nothing, where the C library is not glibc.
static napi_value trim_malloc(napi_env env, napi_callback_info info) {
  (void)info;
  int trimmed = 0;
#if defined(__GLIBC__)
  trimmed = malloc_trim(0);
#endif
  napi_value result;
  napi_get_boolean(env, trimmed != 0, &result);
  return result;
}

// A file's POSIX access ACL as the kernel stores it (the system.posix_acl_access attribute, version 2: a
// 4-byte header, then 8-byte entries of tag, permissions and id): it can give other users and groups write
// access that the mode bits do not show (they show only the ACL's mask). Returns a Buffer, or null when the
// file has no ACL (or the file system keeps none); throws on any other failure, so a caller cannot mistake an
// unreadable ACL for an absent one. Linux only: elsewhere it throws.
static napi_value posix_acl(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  char path[4096];
  size_t length = 0;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1 ||
      napi_get_value_string_utf8(env, argv[0], path, sizeof path, &length) != napi_ok ||
      length >= sizeof path - 1) {
    napi_throw_type_error(env, NULL, "posixAcl(path): a path shorter than 4095 bytes");
    return NULL;
  }
#if defined(__linux__)
  char value[8192];
  ssize_t got = getxattr(path, "system.posix_acl_access", value, sizeof value);
  if (got < 0) {
    if (errno == ENODATA || errno == ENOTSUP) {
      napi_value none;
      napi_get_null(env, &none);
      return none;
    }
    napi_throw_error(env, NULL, strerror(errno));
    return NULL;
  }
  napi_value result;
  void *data = NULL;
  napi_create_buffer_copy(env, (size_t)got, value, &data, &result);
  return result;
#else
  napi_throw_error(env, NULL, "POSIX ACLs are read on Linux only");
  return NULL;
#endif
}

static void export_function(napi_env env, napi_value exports, const char *name, napi_callback cb) {
  napi_value fn;
  napi_create_function(env, name, NAPI_AUTO_LENGTH, cb, NULL, &fn);
  napi_set_named_property(env, exports, name, fn);
}

static napi_value init(napi_env env, napi_value exports) {
  export_function(env, exports, "peerCredentials", peer_credentials);
  export_function(env, exports, "sendFds", send_fds);
  export_function(env, exports, "receiveFds", receive_fds);
  export_function(env, exports, "trimMalloc", trim_malloc);
  export_function(env, exports, "posixAcl", posix_acl);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
