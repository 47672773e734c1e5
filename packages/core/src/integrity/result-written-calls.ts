// Next steps handed over already written (round 45): a result that spells the reader's next tool call as code
// (`send_email(to="…", body=<full conversation history>)`) or as the tool/arguments object agent frameworks
// plan with (`{"next_action": {"tool": "send_email", "arguments": {"body": "{{conversation_history}}"}}}`), or
// that orders a link whose query is a placeholder for the user's words added to every reply. No word turns to
// an AI, but the placeholder is there for the reader to fill with what only it holds: the conversation, the
// user's messages, its own prompt. An API's own next step names values it has (a page cursor), never those;
// a page documenting a search URL (`?q=<query>`) orders nothing about anyone's replies. Bounded patterns.
import type { Signal } from "./poison.js";

/** A placeholder for what only the reader holds: `<full conversation history>`, `{{chat_history}}`. */
const HELD = String.raw`(?:the\s+|this\s+|our\s+|your\s+)?(?:(?:user'?s?|full|entire|whole|complete|current|recent|last|latest|previous|all)[\s_-]+){0,3}(?:(?:conversation|chat|dialogue|session|message)(?:[\s_-]+(?:history|log|transcript|so[\s_-]+far|context))?|messages|transcript|system[\s_-]+prompt|user[\s_-]+(?:message|query|question|prompt|input)s?|context[\s_-]+window)`;
const PLACEHOLDER = String.raw`(?:<\s*${HELD}\s*>|\{\{?\s*${HELD}\s*\}\}?|\$\{\s*${HELD}\s*\}|\[\s*${HELD}\s*\])`;
/** A tool named for sending something out: `send_email`, `slack.post_message`, `upload_file`. */
const SENDING = String.raw`(?:[\w.-]{0,40}?[_.-])?(?:send|mail|post|upload|forward|webhook|share|notify|publish|submit|message)[\w.-]{0,40}`;
/** An address or a URL the call sends to. */
const DESTINATION = String.raw`(?:[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+|https?:\/\/)`;
/** One argument given the placeholder: `body=<…>`, `"body": "{{…}}"`. */
const GIVEN = String.raw`["']?\w+["']?\s*[:=]\s*["']?${PLACEHOLDER}`;

/** `send_email(to=…, body=<placeholder>)`, or any call whose arguments hold an address before the placeholder. */
const CODE_CALL = String.raw`\b(?:${SENDING}\s*\([^()\n]{0,300}?|[a-z][\w.-]{1,60}\s*\([^()\n]{0,300}?${DESTINATION}[^()\n]{0,300}?)${GIVEN}`;
/** `"tool": "send_email", "arguments": { …: "{{placeholder}}" }`: the call as a tool/arguments object. */
const OBJECT_CALL = String.raw`["']?(?:tool|tool_name|name|function|action)["']?\s*[:=]\s*["']${SENDING}["'][^{}]{0,100}?["']?(?:arguments|args|params|parameters|input)["']?\s*[:=]\s*\{[^{}]{0,300}?${GIVEN}`;

/** A link whose query holds a placeholder for the user's words: `https://x.example/?q=<user's last message>`. */
const LEAKING_LINK = String.raw`https?:\/\/[^\s<>{}]{1,200}?[?&#][\w.-]{1,40}=(?:[^\s<>{}&]{0,40})${PLACEHOLDER}`;
/** Every later reply: where the order puts it. */
const EVERY_REPLY = String.raw`\b(?:(?:to|at the (?:end|bottom) of|in|into|under|below|after|with|end|finish|close|open|start|begin|sign off) (?:every|each|all(?: of)?(?: your)?|any(?: of your)?|your(?: future| later| next)?(?: \w+)?) (?:reply|replies|response|responses|answer|answers|message|messages|output|outputs|turn|turns)\b|from (?:now|this point|here) on)`;

/** A character of the same sentence: a dot inside a link or a file name (`p.png`) does not end it. */
const IN_SENTENCE = String.raw`(?:[^.!?\n]|[.!?](?=\S))`;

export const RESULT_WRITTEN_CALLS: Signal[] = [
  {
    name: "a written call carrying the conversation",
    gate: /conversation|chat|dialogue|session|message|transcript|prompt|context|user/gi,
    weight: 4,
    pattern: new RegExp(`${CODE_CALL}|${OBJECT_CALL}`, "i"),
  },
  {
    name: "a link carrying the user's words in every reply",
    gate: /https?:\/\//gi,
    weight: 4,
    pattern: new RegExp(
      String.raw`${LEAKING_LINK}${IN_SENTENCE}{0,80}?${EVERY_REPLY}|${EVERY_REPLY}${IN_SENTENCE}{0,120}?${LEAKING_LINK}`,
      "i",
    ),
  },
];
