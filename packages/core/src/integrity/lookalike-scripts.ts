// Scripts whose letters pass for one another's (a Cyrillic "а", a Greek "ο", an Armenian "հ", a Cherokee "Ꭺ"
// read as Latin letters). A name or host that mixes two of them is spelled to be misread.
const LOOKALIKE_SCRIPTS = [
  /\p{Script=Latin}/u,
  /\p{Script=Cyrillic}/u,
  /\p{Script=Greek}/u,
  /\p{Script=Armenian}/u,
  /\p{Script=Cherokee}/u,
];

/**
 * ASCII holds letters of one of these scripts only (Latin): a name or host written in it mixes none, and is
 * not tested against each script (every tool call's name is asked this several times).
 */
const ASCII = /^\p{ASCII}*$/u;

/** Whether `text` has letters of more than one look-alike script. */
export function mixesLookalikeScripts(text: string): boolean {
  if (ASCII.test(text)) return false;
  let scripts = 0;
  for (const script of LOOKALIKE_SCRIPTS) if (script.test(text) && ++scripts > 1) return true;
  return false;
}
