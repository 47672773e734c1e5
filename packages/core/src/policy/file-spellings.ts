// Other names a file system gives the same file: a denied file: URI stays denied under them (deny only; an
// allow list keeps matching the URI as written). The URI's own canonical form (file-path.ts) is what a URL
// parser makes of it; these are what the operating system makes of that path when the server opens it.
// - Windows (a path on a drive, `C:/…`): a name's trailing dots and blanks are dropped (`secret.` and
//   `secret ` open `secret`), and what follows a colon names a stream of that file or folder
//   (`secret::$INDEX_ALLOCATION` is the folder, `a.txt::$DATA` the file's contents).
// - macOS: names are compared in one Unicode normal form (`café` typed composed or decomposed is one folder).

/** A file URI of a path on a Windows drive, as normalizeUri writes it (the letter in either case). */
const WINDOWS_DRIVE = /^file:\/\/\/[a-z]:(?=\/|$)/i;
const FILE_ROOT = "file:///";

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
  if (WINDOWS_DRIVE.test(composed)) {
    const [drive, ...names] = composed.slice(FILE_ROOT.length).split("/");
    const opened = names.map(windowsName).filter((name) => name !== "");
    found.add(`${FILE_ROOT}${[drive, ...opened].join("/")}`);
  }
  found.delete(value);
  return [...found];
}
