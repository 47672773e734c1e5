// Files whose contents decide what the daemon enforces or which credentials a server gets (the config, the
// secrets file) must not be changeable by other local users: the daemon applies every edit of the config.
import { readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import { dirname } from "node:path";
import { posixAcl, type AclEntry } from "@mcp-guard/peercred";

/**
 * This machine's accounts as /etc/passwd and /etc/group list them: each user's name and primary group, and
 * each group's listed members. Accounts kept elsewhere (LDAP through NSS) are not seen; see `otherOwner`.
 */
export interface Accounts {
  users: ReadonlyMap<number, { name: string; gid: number }>;
  groups: ReadonlyMap<number, { name: string; members: readonly string[] }>;
  /** A uid these tables do not list is still a person's (macOS keeps its users in Directory Services). */
  unlistedAreUsers?: boolean;
  /** Groups every user is in whatever the tables say (macOS's staff, gid 20). */
  everyone?: ReadonlySet<number>;
}

function readTable(path: string): string[][] {
  try {
    return readFileSync(path, "utf8")
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#"))
      .map((line) => line.split(":"));
  } catch {
    return [];
  }
}

export function localAccounts(): Accounts {
  const users = new Map<number, { name: string; gid: number }>();
  for (const [name, , uid, gid] of readTable("/etc/passwd"))
    if (name && uid && gid) users.set(Number(uid), { name, gid: Number(gid) });
  const groups = new Map<number, { name: string; members: string[] }>();
  for (const [name, , gid, members] of readTable("/etc/group"))
    if (name && gid) groups.set(Number(gid), { name, members: (members ?? "").split(",").filter(Boolean) });
  // macOS lists only its system accounts in /etc/passwd, and gives every user the primary group staff.
  if (process.platform === "darwin")
    return { users, groups, unlistedAreUsers: true, everyone: new Set([20]) };
  return { users, groups };
}

/** Anyone may add, remove and rename entries: world-writable without the sticky bit (which /tmp has). */
const openToAll = (mode: number) => (mode & 0o002) !== 0 && (mode & 0o1000) === 0;
/** Its group may add, remove and rename entries (or write it, for a file): group-writable, not sticky. */
const openToGroup = (mode: number) => (mode & 0o020) !== 0 && (mode & 0o1000) === 0;

/**
 * The account that owns `stats` when it is neither us nor root: it may chmod and write a file, or replace
 * what a directory holds, whatever the mode. A uid that is no account of this machine (a file bind-mounted
 * into a container from its host, owned by the host's user) is accepted: no local user can act as it; but
 * not where the tables do not list the users (macOS).
 */
function otherOwner(stats: Stats, accounts: Accounts, uid: number): string | undefined {
  if (stats.uid === uid || stats.uid === 0) return undefined;
  const owner = accounts.users.get(stats.uid);
  if (owner === undefined) return accounts.unlistedAreUsers === true ? `uid ${stats.uid}` : undefined;
  return `${owner.name} (uid ${stats.uid})`;
}

/**
 * The other users in group `gid` when it may write a file: the group's listed members and the
 * users whose primary group it is, but for us and root. A group of one's own (a group per user, as most Linux
 * systems make them) has none.
 */
function othersInGroup(gid: number, accounts: Accounts, uid: number): string[] {
  const self = accounts.users.get(uid)?.name;
  if (accounts.everyone?.has(gid) === true) return ["every user"];
  const names = new Set(accounts.groups.get(gid)?.members ?? []);
  for (const user of accounts.users.values()) if (user.gid === gid) names.add(user.name);
  return [...names].filter((name) => name !== self && name !== "root").sort();
}

/**
 * Who else an access ACL lets write (`mayChange`: for a directory, only without the sticky bit): each user it
 * names but us and root, and the other members of each group it names (as othersInGroup counts them). The
 * mode bits show only the ACL's mask, so `setfacl -m u:someone:rw` leaves a file that looks like any 0664
 * one of a group of one's own. The mask limits every named entry.
 */
function aclWriters(entries: readonly AclEntry[], accounts: Accounts, uid: number): string[] {
  const mask = entries.find((e) => e.tag === "mask")?.perm ?? 0o7;
  const writers = new Set<string>();
  for (const entry of entries) {
    if ((entry.perm & mask & 0o2) === 0) continue;
    if (entry.tag === "user" && entry.id !== uid && entry.id !== 0) {
      // As for an owner (otherOwner): a uid no local account has is nobody's here, but where the tables do
      // not list the users.
      const user = accounts.users.get(entry.id);
      if (user !== undefined) writers.add(`${user.name} (uid ${entry.id})`);
      else if (accounts.unlistedAreUsers === true) writers.add(`uid ${entry.id}`);
    }
    if (entry.tag === "group") for (const name of othersInGroup(entry.id, accounts, uid)) writers.add(name);
  }
  return [...writers].sort();
}

function groupName(stats: Stats, accounts: Accounts): string {
  return accounts.groups.get(stats.gid)?.name ?? String(stats.gid);
}

/**
 * Why other local users could change `file`, or undefined: it belongs to another user, or is writable by
 * anyone, by a group with other members or by users and groups its ACL names; or a directory on its path belongs to another user or is open to
 * all or to such a group (its own directory lets them replace the file; one higher up, rename the directory
 * holding it away and put their own in its place). Throws what statting the file or reading an ACL throws.
 */
export function writableByOthers(
  file: string,
  what: string,
  decides: string,
  accounts: Accounts = localAccounts(),
  uid: number = process.getuid?.() ?? 0,
  readAcl: (path: string) => readonly AclEntry[] = posixAcl,
): string | undefined {
  if (process.platform === "win32") return undefined;
  const real = realpathSync(file);
  const stats = statSync(real);
  const mode = stats.mode;
  const owner = otherOwner(stats, accounts, uid);
  if (owner !== undefined)
    return `${real} belongs to another user, ${owner}, who could change ${decides}: chown it to yourself`;
  if ((mode & 0o002) !== 0)
    return `${real} is writable by other users (mode ${(mode & 0o777).toString(8)}), who could change ${decides}: chmod o-w ${real}`;
  const sharers = (mode & 0o020) !== 0 ? othersInGroup(stats.gid, accounts, uid) : [];
  if (sharers.length > 0)
    return `${real} is writable by its group ${groupName(stats, accounts)}, whose other members (${sharers.join(", ")}) could change ${decides}: chmod g-w ${real}`;
  const granted = aclWriters(readAcl(real), accounts, uid);
  if (granted.length > 0)
    return `${real} has an ACL that lets other users (${granted.join(", ")}) write it, who could change ${decides}: setfacl -b ${real}`;
  for (let directory = dirname(real); ; directory = dirname(directory)) {
    const place =
      directory === dirname(real)
        ? `the directory of ${what}, ${directory},`
        : `the directory ${directory} above ${what}`;
    const how =
      directory === dirname(real)
        ? "so they could replace it"
        : "so they could put another directory in place of the one holding it";
    const dir = statSync(directory);
    const dirOwner = otherOwner(dir, accounts, uid);
    if (dirOwner !== undefined) return `${place} belongs to another user, ${dirOwner}, ${how}`;
    if (openToAll(dir.mode))
      return `${place} is writable by other users and not sticky, ${how}: chmod o-w ${directory}`;
    const dirSharers = openToGroup(dir.mode) ? othersInGroup(dir.gid, accounts, uid) : [];
    if (dirSharers.length > 0)
      return `${place} is writable by its group ${groupName(dir, accounts)}, which has other members (${dirSharers.join(", ")}), not sticky, ${how}: chmod g-w ${directory}`;
    const dirGranted = (dir.mode & 0o1000) === 0 ? aclWriters(readAcl(directory), accounts, uid) : [];
    if (dirGranted.length > 0)
      return `${place} has an ACL that lets other users (${dirGranted.join(", ")}) write to it, not sticky, ${how}: setfacl -b ${directory}`;
    if (dirname(directory) === directory) return undefined;
  }
}
