// Reads the credentials of the process at the other end of a connected Unix socket, which Node does not
// expose: SO_PEERCRED on Linux, getpeereid (+ LOCAL_PEERPID) on macOS. The kernel fills these in at
// connect(), so the peer cannot lie about them.
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#include <node_api.h>
#ifdef __APPLE__
#include <sys/un.h>
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

static napi_value init(napi_env env, napi_value exports) {
  napi_value fn;
  napi_create_function(env, "peerCredentials", NAPI_AUTO_LENGTH, peer_credentials, NULL, &fn);
  napi_set_named_property(env, exports, "peerCredentials", fn);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
