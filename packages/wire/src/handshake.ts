// The messages exchanged before a connection carries MCP traffic.
export const PROTOCOL_VERSION = 1;

export interface Hello {
  type: "hello";
  protocol: number;
  /** The daemon key in hex, read from <home>/daemon.key: proves the peer can read files only the owner can. */
  key: string;
  purpose: "session" | "control";
  /** For a session: the configured server name. */
  server?: string;
  /** For a session: the config the bridge was pointed at, so a daemon running another config can say so. */
  config?: string;
  /**
   * For a session: the bridge's environment (what the client's entry set), from which the daemon fills the
   * server's ${VAR}s and its environment for this session only. Never logged, never audited.
   */
  env?: Record<string, string>;
  /** What the user gave the bridge to identify with; checked by the daemon, never forwarded upstream. */
  credentials?: Credentials | undefined;
  /**
   * For a session: the bridge can hand its stdin and stdout to the daemon. The daemon answers "send_fds",
   * the bridge sends them (SCM_RIGHTS), and the welcome says whether the daemon took them.
   */
  pass_fds?: boolean;
}

export interface Credentials {
  api_key?: string;
  /** An OAuth access token (a JWT). */
  bearer_token?: string;
}

/** Reasons a daemon refuses a connection or ends a session; each has a fixed meaning for the bridge. */
export type RefusalReason =
  | "bad_key"
  | "bad_hello"
  | "unknown_server"
  | "config_mismatch"
  | "peer_uid_mismatch"
  | "peer_unverified"
  | "shutting_down";
