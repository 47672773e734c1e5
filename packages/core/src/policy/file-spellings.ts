// Other names a file system gives the same file: a denied file: URI stays denied under them (deny only; an
// allow list keeps matching the URI as written). The URI's own canonical form (file-path.ts) is what a URL
// parser makes of it; these are what the operating system makes of that path when the server opens it.
// - Windows (a path on a drive, `C:/…`): a name's trailing dots and blanks are dropped (`secret.` and
//   `secret ` open `secret`), and what follows a colon names a stream of that file or folder
//   (`secret::$INDEX_ALLOCATION` is the folder, `a.txt::$DATA` the file's contents).
//   A drive's administrative share on any host (`\\host\C$\x`) is read as the drive (`C:\x`).
// - macOS: names are compared in one Unicode normal form (`café` typed composed or decomposed is one folder).

/** A file URI of a path on a Windows drive, as normalizeUri writes it (the letter in either case). */
const WINDOWS_DRIVE = /^file:\/\/\/[a-z]:(?=\/|$)/i;
const FILE_ROOT = "file:///";
/** A UNC path to a drive's administrative share as a canonical file URI writes it: `file:///host/c$`. */
const ADMIN_SHARE = /^file:\/\/\/[^/]+\/([a-z])\$(?=\/|$)/i;

/** A path segment as Windows opens it: no stream suffix, no trailing dots or spaces ("." and ".." kept). */
export function windowsName(segment: string): string {
  const name = segment.replace(/:.*$/s, "");
  return name === "." || name === ".." ? name : name.replace(/[. ]+$/, "");
}

/** The other spellings of a canonical file: URI that open the same file (none for other URIs). */
export function fileSpellings(value: string): string[] {
  if (!value.startsWith(FILE_ROOT)) return [];
  const composed = value.normalize("NFC");
  const found = new Set([composed, value.normalize("NFD")]);
  // A drive's administrative share (`\\host\C$\…`, `file:////host/C$/…`) is that host's drive itself; the
  // guard cannot tell whether the host is this machine, so the share is read as the drive (deny only).
  const share = ADMIN_SHARE.exec(composed);
  const onDrive = share ? `${FILE_ROOT}${share[1]}:${composed.slice(share[0].length)}` : composed;
  found.add(onDrive);
  if (WINDOWS_DRIVE.test(onDrive)) {
    const [drive, ...names] = onDrive.slice(FILE_ROOT.length).split("/");
    const opened = names.map(windowsName).filter((name) => name !== "");
    found.add(`${FILE_ROOT}${[drive, ...opened].join("/")}`);
  }
  found.delete(value);
  return [...found];
}
