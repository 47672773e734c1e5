// Shell commands planted in a definition that no honest description holds, whoever is told to run them: a
// shell handed to a remote address, the machine's data piped or uploaded to a web address, a script fetched
// and run in one line; and another tool's terminal enlisted to run a command. The npm servers' 1,174
// definitions hold none of these; the honest sentences nearest to each are in poison-commands.test.ts.
import type { Signal } from "./poison.js";

export const COMMAND_SIGNALS: Signal[] = [
  {
    // A reverse shell, or local data piped or uploaded to somewhere else: "bash -i >& /dev/tcp/…",
    // "env | curl …", "curl -F f=@/tmp/h …". Alone enough: no honest tool asks for its machine to be handed out.
    name: "a command that sends the machine's data out",
    gate: /\/dev\/(?:tcp|udp)|\b(?:nc|ncat|netcat)\b|bash -i|\bcurl\b|\bwget\b/gi,
    weight: 4,
    pattern:
      /\/dev\/(?:tcp|udp)\/[\w.-]+\/\d|\b(?:nc|ncat|netcat)\b[^\n]{0,60}\s-[ec]\s|\bbash -i\s*>&|\|\s*(?:sudo\s+)?(?:curl|wget|nc|ncat|netcat)\b|\bcurl\b[^\n]{0,120}?(?:\s-F\s*['"]?[\w-]+=@|\s(?:-d|--data(?:-binary|-raw|-urlencode)?|--upload-file|-T)\s*['"]?@)|\bwget\b[^\n]{0,120}?--post-(?:file|data)/i,
  },
  {
    // A script fetched and run in one line ("curl … -o /tmp/p.sh && sh /tmp/p.sh"); the piped form is read
    // by "destructive command planted".
    name: "a script fetched and run in one line",
    gate: /curl|wget/gi,
    weight: 4,
    pattern:
      /\b(?:curl|wget)\b[^\n]{0,160}?(?:&&|;)\s*(?:sudo\s+)?(?:(?:ba|z)?sh|source|\.\/|python3?|perl|chmod\s+\+x)(?:\s|$)/i,
  },
  {
    // Another tool's terminal enlisted from this tool's text ("use the terminal tool to run …"): a partner, as
    // a command runner may name itself.
    name: "another tool's terminal enlisted",
    gate: /(?:terminal|shell|bash|command|exec|cmd)\w*\x60? (?:tool|function)/gi,
    weight: 3,
    pattern:
      /\b(?:use|call|invoke|with|via|through) (?:the )?\x60?(?:terminal|shell|bash|command|exec|cmd)\w*\x60? (?:tool|function)\b.{0,40}\b(?:to )?(?:run|execute)\b/i,
  },
  {
    // The model told to run a command written out for it ("execute `rm -rf /tmp/cache` in the terminal",
    // "run 'pip install helper-pkg' first"): a definition that hands the model a command line to type has
    // turned a description into a script. A partner (3): honest developer tools do it too, one of the npm
    // servers' 1,174 definitions (next-devtools: "upgrade first by running 'npx @next/codemod@latest …'",
    // withheld already for other signals), and twelve more quote a command without ordering it.
    name: "a written-out shell command ordered run",
    // Gated on the quoted program, not on the verb: "type" is a key of every schema. Unquoted, a command is
    // read after a colon that ends the order ("execute the following command: sudo …") when it runs as root
    // or chains a second command ("… && echo 'done'", the shape of a step that fakes its own success).
    gate: /[\x60'":]\s*(?:sudo\s+)?(?:rm|curl|wget|chmod|chown|pip3?|npm|npx|yarn|pnpm|git|export|cat|echo|sh|bash|zsh|python3?|node|nc|ssh|scp|kill|pkill|mv|cp|dd|crontab|base64|env|printenv|source|apt(?:-get)?|brew|powershell|iex|certutil|systemctl|launchctl|whoami|id|sudo)\b/gi,
    weight: 3,
    pattern:
      /\b(?:run|runs|running|execute|executing|exec|type|enter)\b[^.\n\x60'"]{0,40}[\x60'"](?:sudo\s+)?(?:rm|curl|wget|chmod|chown|pip3?|npm|npx|yarn|pnpm|git|export|cat|echo|sh|bash|zsh|python3?|node|nc|ssh|scp|kill|pkill|mv|cp|dd|crontab|base64|env|printenv|source|apt(?:-get)?|brew|powershell|iex|certutil|systemctl|launchctl)\b[^\x60'"\n]{0,160}[\x60'"]|\b(?:run|execute|exec)\b[^.\n:]{0,60}:\s*(?:sudo\s+\S|(?:rm|curl|wget|chmod|chown|cat|echo|sh|bash|python3?|node|nc|ssh|kill|pkill|mv|cp|dd|crontab|base64|env|printenv|whoami|id|ls|find|ps)\b[^\n]{0,120}?(?:&&|\|\|))/i,
  },
  {
    // The model sent to a terminal from a tool that is not one ("… in the terminal", "as a shell command"):
    // weight 1, beside a written-out command it makes the step a side trip rather than this tool's use.
    name: "a terminal named as the place to run it",
    gate: /terminal|shell|console|command line/gi,
    weight: 1,
    pattern:
      /\b(?:in|into|from|using|via|through) (?:the |a |your |any )?(?:terminal|shell|console|command line)\b|\bshell command\b/i,
  },
];
