// A problem found in a config file, and how it is shown: shared by the loader and by whoever reports it.
export interface ConfigIssue {
  file: string;
  line: number | undefined;
  path: string;
  message: string;
}

export function formatIssue(issue: ConfigIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${where}: ${issue.path ? `${issue.path}: ` : ""}${issue.message}`;
}
