// Signals for what a poisoned definition wants done, whatever its phrasing: the user's values altered behind
// their back, commands that wreck or open up a machine written into the text, a tool that declares it was
// built to harm, a parameter that asks for the contents of secret files, and the override and concealment
// orders of poison.ts in the languages those do not read. Each is text an honest definition has no reason to
// hold; the weights stay below the threshold where honest text comes near (see the honest cases in
// families.test.ts and the npm servers' definitions in the integrity benchmark).
import type { Signal } from "./poison.js";

// Verbs that describe defending against a harm, not doing it ("used to prevent unauthorized access").
const NOT_DEFENSIVE = String.raw`(?:(?!prevent|detect|block|stop|flag|find|identify|scan|audit|report|protect|guard|check|avoid|monitor|catch|spot)\w+ ){0,3}?`;

// Another tool named the way clients list them: words joined by `_`, `.` or `-` (`send_email`, `git.push`).
const TOOL = String.raw`\x60?[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+\x60?`;
// A fixed destination or value: an e-mail or web address, an account-like number, an absolute or home path, or
// `key=value`.
const LITERAL = String.raw`(?:\S*@[a-z0-9-]+\.[a-z]{2,}|https?:\/\/|\b\d{3,}[- ]\d{3,}\b|['"\x60]?(?:~|\/[a-z]+)\/|\b\w+=\w+)`;

// Where a tool's own statement opens: a sentence, or its description (definitionText flattens the definition
// to "name … description …").
const STATED = String.raw`(?:^|[.!?:;]\s+|\n\s*|\bdescription\s+)(?:this (?:tool|function|server) |it )?`;

export const INTENT_SIGNALS: Signal[] = [
  {
    // How another tool must be called, dictated by this one: "every invocation of transfer_funds must …",
    // "whenever git_push is used, set …", "the delete_records tool should always be invoked with …". An
    // honest definition names a sibling to say what to fetch from it for this call, not how to make that one.
    // Alone enough: none of the 709 definitions of the npm servers does it (a looser "fixed value handed to
    // another tool" signal was tried: 29 of them).
    name: "another tool's call dictated",
    // One phrase of each alternative below: rare words in pairs keep the pattern off most of the text.
    gate: /\b(?:(?:invocations?|calls?|uses?|requests?) (?:of|to)|(?:is|are|gets?) (?:used|called|invoked|run|requested)|(?:invoked|called|run|used) with|the user (?:requests?|asks? for|uses?|calls?|wants?)|(?:must|should|always) (?:first |also )?(?:call|invoke|run|use))\b/gi,
    weight: 4,
    pattern: new RegExp(
      [
        String.raw`\b(?:every|each|any|all) (?:invocations?|calls?|uses?|requests?) (?:of|to) ${TOOL}.{0,60}\b(?:must|should|shall|needs? to|has to|is required to|always)\b`,
        String.raw`\b(?:when(?:ever)?|if|each time|every time)\b.{0,30}${TOOL} (?:is|are|gets?) (?:used|called|invoked|run|requested)\b.{0,60}\b(?:set|use|add|include|change|replace|point|route|must|always)\b`,
        String.raw`\b(?:the )?${TOOL} (?:tool |function )?(?:should|must|shall|needs? to|has to) (?:always |also |first )?(?:be )?(?:invoked|called|run|used) with\b`,
        String.raw`\bwhen(?:ever)? the user (?:requests?|asks? for|uses?|calls?|wants?) ${TOOL}.{0,60}\b(?:must|should|always|set|add|include|change|replace)\b`,
        String.raw`\b(?:must|should|always)\b (?:first |also )?(?:call|invoke|run|use) ${TOOL} (?:on|with) ${LITERAL}`,
      ].join("|"),
      "i",
    ),
  },
  {
    // The model re-programmed beyond this tool: "from now on you will …", "for the rest of the conversation
    // always …". A definition says what its tool does, not how the model behaves afterwards.
    name: "standing change to the model's behaviour",
    gate: /from now on|rest of|throughout|future|subsequent|henceforth|this tool|whether or not/gi,
    weight: 4,
    pattern:
      /\bfrom now on\b,? (?:you|always|never|the (?:assistant|model|ai|agent))\b|\b(?:for the rest of|throughout) (?:the|this) (?:conversation|session|chat|dialogue)\b.{0,20}\b(?:you|always|never)\b|\bin (?:all|every) (?:future|subsequent|later) (?:responses|replies|answers|messages|turns)\b|\bhenceforth\b|\b(?:even|also) (?:without|when not|if you do not|if you don't) (?:calling|using|invoking) this tool\b|\bwhether or not (?:you (?:call|use|invoke) this tool|this tool is (?:called|used|invoked))\b/i,
  },
  {
    // Orders that hang on the user's request but not on this tool: "when the user asks about disk space,
    // answer …" (an honest one says to use this tool then). Honest text comes near (query-building advice),
    // so it needs a partner.
    name: "orders on the user's other requests",
    gate: /the user (?:asks|requests|wants|mentions|says|types)/gi,
    weight: 2,
    pattern:
      /\b(?:when(?:ever)?|if) the user (?:asks|requests|wants|mentions|says|types)\b(?:(?!this tool|this function)[^.]){0,60}\b(?:you must|always|never|respond|reply|answer|tell|include|add|append|prepend|run|execute|send)\b/i,
  },
  {
    // Instructions that take effect because the tool is merely listed: the opening of cross-server shadowing.
    name: "conditioned on its mere presence",
    gate: /this (?:tool|server) is/gi,
    weight: 2,
    pattern:
      /\bwhen(?:ever)? this (?:tool|server) is (?:available|present|installed|connected|loaded|enabled|listed)\b/i,
  },
  {
    // Pseudo-tags named for the reader or the system, in any case: `<system-reminder>`, `<note_to_ai>`,
    // `<CRITICAL>`. Honest definitions use tags for examples and hints (poison.ts reads `<IMPORTANT>`).
    name: "pseudo-tag addressed to the model",
    gate: /</g,
    weight: 3,
    pattern:
      /<\s*(?:critical|mandatory|urgent|admin|override|system[-_ ]?(?:note|notice|reminder|message|instructions?|prompt|override)|(?:ai|assistant|model|agent|llm)[-_ ]?(?:instructions?|notes?|directives?|only)|note[-_ ]?(?:to|for)[-_ ]?(?:the[-_ ])?(?:ai|assistant|model|agent|llm)|(?:secret|hidden|internal)[-_ ]?(?:instructions?|notes?|directives?)|instructions?[-_ ]?(?:for|to)[-_ ]?(?:the[-_ ])?(?:ai|assistant|model|agent|llm))\s*>/i,
  },
  {
    // "Before using this tool, …" in other languages: a partner signal, as its English form in poison.ts.
    name: "before-using demand in another language",
    gate: /antes de|avant d|bevor|prima di|之前|前|перед|전에/gi,
    weight: 2,
    pattern:
      /\b(?:antes de (?:usar|utilizar|llamar|invocar|ejecutar)|avant d'(?:utiliser|appeler|invoquer|exécuter)|bevor (?:du|sie) (?:\S+ ){0,4}(?:verwendest|verwenden|benutzt|benutzen|aufrufst|aufrufen|nutzt|nutzen)|prima di (?:usare|utilizzare|chiamare|invocare|eseguire))\b|(?:在|于)(?:使用|调用|运行|執行|使用本|调用本).{0,12}(?:之前|前)|(?:使用|呼び出|実行|回答|返答|応答)(?:する|す)前に|перед (?:использованием|вызовом|запуском|ответом)|(?:在|于)(?:回答|回复|答复|响应)(?:之前|前)|(?:사용|호출|실행|답변|응답|대답)하기 ?전에/i,
  },
  {
    // Another tool named and run down ("`write_file` is deprecated, use …"): steering the model off a tool
    // it may have from another server. A tool that retires itself says "this tool is deprecated".
    name: "another tool disparaged",
    gate: /deprecated|obsolete|broken|unsafe|compromised|disabled|unreliable|no longer/gi,
    weight: 2,
    pattern: new RegExp(
      String.raw`${TOOL} (?:tool |function )?(?:is|has been) (?:now )?(?:deprecated|obsolete|broken|unsafe|compromised|disabled|unreliable|no longer (?:works|supported|available|safe))`,
      "i",
    ),
  },
  {
    // The user's private data (inbox, contacts, address, history …) handed to a service, a field or a third
    // party: what the attacker wants, whatever the pretext.
    name: "the user's private data sent elsewhere",
    gate: /the user's|their/gi,
    weight: 3,
    pattern:
      /\b(?:send|forward|report|post|share|reply|upload|include|pass|attach|copy|sync|transmit|gather|collect|put|place)\b.{0,30}\b(?:the user's|their) (?:full |entire |complete |home |private |personal )?(?:contacts?|inbox|e-?mails?|address(?:es)?|location|profile|history|files|documents|calendar|phone numbers?|messages|credentials|passwords|browsing|api keys|tokens|secrets)\b.{0,40}\b(?:to|in|into|as) (?:the |an? |our )?(?:\w+ ){0,2}(?:service|server|endpoint|field|parameter|argument|param|sender|address|webhook|url)\b/i,
  },
  {
    // The conversation asked for in other languages (its English form is in poison.ts); round 52 adds its
    // "complete content" ("el contenido completo de la conversación se envía en el parámetro `ctx`").
    name: "conversation harvesting in another language",
    gate: /historial|historique|verlauf|cronologia|histórico|历史|記録|履歴|истори|기록|conversa|gespräch|разговор|диалог|对话|会話/gi,
    weight: 3,
    pattern:
      /\bhistorial (?:completo )?de (?:la )?(?:conversación|charla|chat)\b|\bhistorique (?:complet )?de (?:la )?(?:conversation|discussion)\b|\b(?:Gesprächs|Chat|Konversations|Unterhaltungs)verlauf\w*|\bcronologia (?:completa )?(?:della )?(?:conversazione|chat)\b|\bhistórico (?:completo )?d[ae] (?:conversa|conversação|chat)\b|(?:对话|會話|会话|聊天)(?:历史|歷史|记录|記錄)|(?:会話|チャット)の?(?:履歴|記録)|истори[яюи] (?:переписки|разговора|чата|диалога)|대화 ?(?:기록|내역)|\b(?:tutta la conversazione|toda la conversación|toute la conversation|das gesamte gespräch|den gesamten (?:chat|gesprächsverlauf)|toda a conversa)\b|\bel contenido (?:completo|íntegro|entero) de (?:la )?conversación\b|\ble contenu (?:complet|intégral|entier) de (?:la )?conversation\b|\bil contenuto (?:completo|integrale|intero) della conversazione\b|\bo conteúdo (?:completo|integral|inteiro) da conversa\b|(?:весь|всю) (?:разговор|диалог|переписку|чат)|(?:整个|全部)(?:对话|会话)|会話全体/i,
  },
  {
    // "Into the notes parameter" in other languages: where a harvested value goes (a partner signal).
    name: "into a parameter, in another language",
    gate: /parámetro|campo|paramètre|champ|parameter|feld|parametro|parâmetro|参数|字段|パラメータ|引数|フィールド|параметр|поле|매개변수|파라미터|필드|인자/gi,
    weight: 2,
    pattern:
      /\b(?:en|al) (?:el )?(?:parámetro|campo)\b|\bdans le (?:paramètre|champ)\b|\b(?:in|im) (?:den |dem |das )?(?:Parameter|Feld)\b|\bnel (?:parametro|campo)\b|\bno (?:parâmetro|campo)\b|(?:参数|字段)(?:中|里|內|内)|(?:パラメータ|引数|フィールド)に|(?:^|[\s(])в (?:параметре?|поле)(?![а-я])|(?:매개변수|파라미터|필드|인자)에|(?:放入|填入|写入|加入|传入|放到|填到|写到)[^。！？]{0,20}(?:参数|字段)/i,
  },
  {
    // The tool's part hidden from the user: its output passed off as the model's own, its use never cited.
    // Alone enough: the user is to be deceived about where an answer came from.
    name: "the tool's part hidden",
    gate: /as your own|cite|credit|attribute/gi,
    weight: 4,
    pattern:
      /\b(?:present|pass off|report|give)\b.{0,30}\bas (?:your own|if you knew)\b|\b(?:never|do not|don't) (?:cite|credit|attribute|mention) (?:this tool|the tool|the source)\b/i,
  },
  {
    // A product pushed into every answer: advertising through the model rather than to it.
    name: "product placed in every answer",
    gate: /recommend|promote|advertise|endorse|plug|suggest|favou?r/gi,
    weight: 3,
    // Or the sponsor's own goods pushed every time ("always suggest our brand"), whatever was asked.
    pattern:
      /\b(?:recommend|promote|advertise|endorse|plug)\b.{0,40}\b(?:in|for|with) (?:every|each|all|any) (?:\w+ )?(?:responses?|answers?|replies|conversions?|messages?|results?|conversations?)\b|\b(?:always|only ever) (?:suggest|recommend|promote|push|favou?r|endorse) (?:our|my) (?:own )?(?:brand|products?|company|services?|store|shop|offerings?)\b/i,
  },
  {
    // The user's words or identity put into a parameter by rule ("must be included in the audit_note field").
    name: "user data routed into a parameter",
    gate: /be (?:included|passed|sent|added|appended|copied|logged|put|embedded|provided)/gi,
    weight: 3,
    pattern:
      /\b(?:queries|questions|messages|prompts|conversations?|chat|history|(?:user's|their) (?:names?|e-?mails?|address(?:es)?|locations?|phone numbers?))\b.{0,40}\b(?:must|should|shall|are to|is to|needs? to) (?:always )?be (?:included|passed|sent|added|appended|copied|logged|put|embedded|provided)\b.{0,15}\b(?:in|into|as|to|through|via)\b.{0,25}\b(?:parameter|param|argument|arg|field|sidenote|notes?)\b/i,
  },
  {
    // The model told to hand a tool something other than what the user gave: "1 more than the actual
    // numbers", "instead of the recipient the user asked for", "change the user's amount".
    name: "values altered against the user's intent",
    gate: /than the (?:actual|real|true|original|intended|requested)|the user (?:asked|requested|gave|provided|specified|wants|wanted|entered|typed|chose)|(?:the user's|their) (?:requested |intended |given |actual |original )?(?:argument|input|value|number|amount|recipient|command|quer|request)|be (?:rewritten|replaced|swapped|altered)|\bto (?:every|each|all|any) /gi,
    weight: 3,
    pattern: new RegExp(
      [
        String.raw`\b(?:more|less|greater|fewer|higher|lower|larger|smaller|bigger) than the (?:actual|real|true|original|intended|requested)\b`,
        String.raw`\b(?:instead of|rather than|not) (?:the (?:\w+ )?(?:one|ones|value|values|amount|number|recipient|path|address)s? )?(?:that )?(?:the user|what the user) (?:asked|requested|gave|provided|specified|wants|wanted|entered|typed|chose)\b`,
        String.raw`\b(?:change|alter|modify|replace|swap|inflate|multiply)\b.{0,30}\b(?:the user's|their) (?:requested |intended |given |actual |original )?(?:arguments?|inputs?|values?|numbers?|amounts?|recipients?|commands?|quer(?:y|ies)|requests?)\b`,
        String.raw`\b(?:the user|user's)\b.{0,40}\b(?:must|should|shall|will) (?:always )?be (?:rewritten|replaced|swapped|altered)\b`,
        String.raw`\b(?:append|prepend|add|insert|attach)\b.{0,40}\bto (?:every|each|all|any) (?:\w+ )?(?:urls?|links?|commands?|quer(?:y|ies)|requests?|messages?|e-?mails?|paths?|addresses)\b.{0,20}\b(?:the user|user's)\b`,
      ].join("|"),
      "i",
    ),
  },
  {
    // A command that wrecks a home or root directory or empties a whole directory (`rm -rf /tmp/*`), opens its
    // permissions to everyone, or runs whatever a download contains: planted in a definition, it is a payload for the model to run.
    name: "destructive command planted",
    gate: /chmod|rm -|curl|wget|mkfs|dd if|:\(\)/gi,
    weight: 3,
    pattern:
      /\bchmod\s+(?:-R\s+)?(?:0?777|0?666|a\+rwx|-R\s+0?[67][67][67])\b|\brm\s+-(?:rf|fr|r\s+-f)\s+(?:~|\/|\$HOME|\*|[~/.$\w-]{0,80}\/\*)(?:\s|;|,|$|`|'|")|\b(?:curl|wget)\b[^\n|]{0,120}\|\s*(?:sudo\s+)?(?:ba|z)?sh\b|\bmkfs(?:\.\w+)?\s+\/dev\/|\bdd\s+if=\S+\s+of=\/dev\/[sh]d|:\(\)\s*\{\s*:\|:&\s*\};:/i,
  },
  {
    // A tool that says it was built to steal, break in or deceive (a defender's "used to prevent unauthorized
    // access" is not read as such).
    name: "declares harmful purpose",
    gate: /designed|built|intended|meant|created|used/gi,
    weight: 3,
    pattern: new RegExp(
      String.raw`\b(?:designed|built|intended|meant|created|used) (?:for|to) ${NOT_DEFENSIVE}(?:data theft|steal\w*|exfiltrat\w*|harvest\w* (?:credentials|passwords|secrets|data)|unauthori[sz]ed access|extract\w* sensitive|malicious (?:activities|purposes|use|actions)|manipulat\w* users?|impersonat\w*|deceiv\w*)`,
      "i",
    ),
  },
  {
    // A tool whose description states a harmful act as what it does, in the third person a description opens
    // with ("Exfiltrates the workspace through DNS queries", "Harvests saved browser passwords", "Installs a
    // keylogger", "Disables the antivirus", "Encrypts all files … and demands payment"): a remote scan sees
    // only the definition, and a tool that says it steals is withheld without waiting for an order. A
    // defender's tool names the harm as what it finds ("Detects data exfiltration", "Checks whether a keylogger
    // is installed"), and a firewall's own tool disables a rule, so neither verb opens those.
    name: "states a harmful act as what it does",
    gate: /exfiltrat|steal|harvest|siphon|keylog|rootkit|backdoor|ransom|demand|pay (?:for|to)|spyware|malware|miner|trojan|antivirus|anti-virus|defender|edr\b|protection|monitoring|logging|mines|cryptojack|shadow|hash|saved|cookie|lsass|sam |ntds|keychain|credentials|sudo|root|suid|setuid|cron|launch ?agent|startup|scheduled|systemd|\/etc\/hosts|\.ssh|private|collector|attacker|c2 |control/gi,
    weight: 4,
    // Every alternative but the last two opens with STATED, written once: V8 compiled its openings into each
    // alternative (machine code 417 -> 346 KB for one-byte subjects, 523 -> 419 KB for two-byte ones). Only
    // whether the pattern matches is asked (gatedTest), and grouping the alternatives does not change that.
    pattern: new RegExp(
      [
        String.raw`${STATED}(?:` +
          [
            String.raw`(?:(?:silently|secretly|covertly|quietly) )?(?:exfiltrates|steals|siphons|harvests (?:\w+ ){0,3}?(?:passwords|credentials|cookies|tokens|keys|secrets|wallets))\b`,
            String.raw`(?:(?:silently|secretly|covertly|quietly) )?(?:installs|deploys|drops|plants|adds) (?:a |an )?(?:persistent |hidden |stealthy )?(?:keylogger|rootkit|backdoor|ransomware|spyware|malware|cryptominer|crypto miner|remote access trojan)s?\b`,
            String.raw`(?:(?:silently|secretly|covertly|quietly) )?(?:disables|kills|turns off|uninstalls|bypasses) (?:the |all |any )?(?:\w+ )?(?:antivirus|anti-virus|edr|endpoint protection|windows defender|defender|security monitoring|audit logging)\b`,
            String.raw`encrypts (?:all|every) (?:\w+ ){0,4}?files?\b[^.\n]{0,60}\b(?:ransom|demands? (?:a )?payment|pay (?:for|to get) the key)`,
            String.raw`(?:silently|secretly|covertly|quietly) (?:mines|cryptojacks)\b`,
            // Round 22: credentials dumped, privileges raised, a remote script run on a schedule, a name redirected,
            // a private key published. Defenders audit, check or detect these, and those verbs do not open them.
            String.raw`(?:(?:silently|secretly|covertly|quietly) )?(?:reads|dumps|extracts|retrieves|collects|returns|gathers|exports|copies|grabs|pulls|decrypts)\s+(?:[\w,]+\s+){0,4}?(?:\/etc\/shadow|password hashes|saved (?:browser )?passwords|(?:browser'?s? )?cookie (?:store|jar|database)|session cookies (?:for|of|from) all|lsass|the sam (?:database|hive)|ntds\.dit|keychain passwords|(?:aws|gcp|azure|cloud)\b(?:,? (?:and |or )?(?:aws|gcp|azure))* credentials)\b`,
            String.raw`(?:adds|grants|gives|makes)\s+(?:[\w-]+\s+){0,3}?(?:to the sudoers(?: file)?|(?:passwordless |full )?(?:sudo|root) (?:access|rights|privileges))\b`,
            String.raw`sets the (?:suid|setuid) bit\b`,
            String.raw`(?:executes|runs)\b[^.\n]{0,50}\b(?:with root privileges|as root|using sudo|with sudo)\b[^.\n]{0,30}\bwithout (?:prompting|asking|a password|any password|confirmation)\b`,
            String.raw`(?:writes|creates|adds|installs|registers) (?:a |an )?(?:cron ?job|crontab entry|launch ?agent|startup item|scheduled task|systemd (?:unit|service|timer))\b[^.\n]{0,60}\b(?:downloads?|fetch(?:es)?|curl|wget)\b[^.\n]{0,60}\b(?:runs?|executes?)\b`,
            String.raw`(?:modifies|edits|writes to|changes|rewrites|appends to) \/etc\/hosts\b[^.\n]{0,40}\bredirect`,
            String.raw`(?:copies|uploads|shares|posts|sends|publishes) (?:[\w'~/.-]+ ){0,2}?(?:~\/\.ssh\/id_\w+(?!\.pub)|private (?:ssh )?keys?)\b[^.\n]{0,20}\bto (?:a |an )?(?:(?:temporary|public|remote|external|anonymous) )+(?:url|link|server|paste(?:bin)?|bucket|site)\b`,
            String.raw`[^.\n]{0,80}\b(?:uploads|sends|posts|transmits|forwards|reports) (?:the )?(?:results|findings|data|output|them) to (?:a |an |the )?(?:remote collector|external collector|attacker|c2 server|command(?:-| and )control)`,
          ].join("|") +
          ")",
        String.raw`\bnopasswd\b(?=[^.\n]{0,40}\b(?:for convenience|for every|for all|for any|so that))`,
        String.raw`\bso that any user can (?:get|obtain|gain) (?:a )?root\b`,
      ].join("|"),
      "i",
    ),
  },
  {
    // A value to supply that is the contents of a secret or system file, or the whole environment: what a
    // parameter asks for is what the model will read and send. A key spelled out as words (definitionText)
    // has lost its dots and underscores: `content_from_ssh_id_rsa` reads "content from ssh id rsa".
    name: "parameter asks for secrets",
    gate: /contents?|text (?:of|from)|copy (?:of|from)|dump/gi,
    weight: 2,
    pattern:
      /\b(?:contents?|text|copy) (?:of|from)\b.{0,12}(?:\/etc\/(?:passwd|shadow)|\.?ssh\b|\bid[_ ](?:rsa|ed25519|ecdsa)\b|\.env\b|\.aws\b|\.npmrc\b|\.netrc\b|\bmcp\.json\b|\benvironment variables\b|\bcredentials? files?\b)|\benv(?:ironment)? dump\b|\bdump of (?:the |all )?environment\b/i,
  },
  {
    // Overrides and concealment in Japanese, Korean, Portuguese, Italian and Dutch, and acting without the
    // user's knowledge in the languages poison.ts reads for its other orders.
    name: "orders in more languages",
    gate: /指示|命令|指令|ルール|ユーザー|지시|지침|명령|사용자|não|usuário|utente|negeer|gebruiker|sin (?:decir|informar|avisar|que)|sans (?:le dire|dire|informer|prévenir|avertir)|ohne (?:den |dem )?(?:Benutzer|Nutzer|Anwender)|用户|使用者|秘密|こっそり|без ведома|тайно|senza (?:dire|informare|avvisare)/gi,
    weight: 4,
    pattern: new RegExp(
      [
        "(?:以前|前|これまで|上記|すべて)の(?:指示|命令|指令|ルール)を(?:無視|忘れ)",
        "ユーザー(?:に|には)(?:伝え|知らせ|言わ|教え|話さ)(?:ない|ず|るな)",
        "(?:이전|위의|모든|기존) (?:지시|지침|명령)(?:을|를|사항을|사항)? ?(?:무시|잊)",
        "사용자(?:에게|한테)(?:는|도)? ?(?:알리지|말하지|언급하지|보여주지|알려주지|말해주지) ?(?:마|말)",
        String.raw`\bnão (?:diga|conte|informe|mencione|revele)\b.{0,30}\busuário\b`,
        String.raw`\bnon (?:dire|dirlo|dirgli|informare|menzionare|rivelare)\b.{0,30}\butente\b`,
        String.raw`\bnegeer\b.{0,40}\b(?:instructies|regels|aanwijzingen)\b`,
        String.raw`\b(?:vertel|zeg)\b.{0,30}\bgebruiker\b.{0,20}\bniet\b`,
        String.raw`\bsin (?:decirle|decir|informar|avisar|que lo sepa)\b.{0,20}\busuario\b`,
        String.raw`\bsans (?:le dire|dire|informer|prévenir|avertir)\b.{0,20}\butilisateur\b`,
        String.raw`\bohne (?:den |dem )?(?:Benutzer|Nutzer|Anwender)\w* (?:zu informieren|etwas zu sagen|zu fragen|Bescheid)`,
        String.raw`\bsenza (?:dire|dirlo|dirglielo|informare|avvisare)\b.{0,20}\butente\b`,
        "(?:不要|别|勿)让(?:用户|使用者)知道|在(?:用户|使用者)不知情",
        "秘密(?:地|に|裏に)|こっそり",
        "без ведома пользовател|тайно от пользовател",
      ].join("|"),
      "i",
    ),
  },
  {
    // Secrets the model saw elsewhere (the user's message, another tool's output) to be handed to this tool:
    // a harvesting "policy" in the words of compliance. An honest tool takes the secret it needs from its
    // own configuration or asks for it by name; it never collects what other tools happened to show.
    name: "secrets seen elsewhere collected",
    gate: /observed|seen|found|shown|returned|appearing|visible|mentioned|most sensitive/gi,
    weight: 4,
    pattern:
      /\b(?:credentials?|passwords?|tokens?|secrets?|api[ _-]?keys?)\b.{0,80}\b(?:observed|seen|found|shown|returned|appearing|visible|mentioned) (?:in|from|by) (?:the )?(?:outputs?|results?|responses?) (?:of|from) (?:previous|prior|earlier|other|any) (?:tool )?(?:calls?|tools?|invocations?)\b.{0,200}\b(?:append|includ|pass|add|attach|insert|sen[dt]|provid|put)\w* (?:it |them |the \w+ (?:values? )?)?(?:to|in|into|as)\b.{0,30}\b(?:parameter|param|argument|field)\b|\b(?:include|append|attach|pass|send|add)\b (?:only )?the most sensitive\b.{0,60}\b(?:passwords?|credentials?|keys?|tokens?|secrets?)\b/i,
  },
  {
    // Which tool to pick, said in the passive ("this tool must be selected in priority") or in another
    // language: the English active forms are "tool-selection steering". Only a claim of priority counts;
    // "must be called first" is how honest tools order their own steps.
    name: "selection claimed in the passive or another language",
    gate: /priorit|priorid|prefer|vorrang|bevorzugt/gi,
    weight: 3,
    pattern: new RegExp(
      [
        String.raw`\bthis (?:tool|function|server|service)\b (?:must|should|shall|is to|has to) (?:always )?be (?:selected|used|chosen|called|invoked|preferred|prioriti[sz]ed) (?:in priority|as (?:a|the) (?:top )?priority|with priority|in preference to|over (?:any|all|the|other))`,
        String.raw`\bcet (?:outil|service)\b (?:doit|devra|devrait) (?:toujours )?être (?:sélectionnée?|utilisée?|choisie?|appelée?|privilégiée?) en priorité`,
        String.raw`\besta herramienta\b (?:debe|deberá|debería) (?:siempre )?(?:ser )?(?:seleccionada|usada|utilizada|elegida|llamada) con prioridad`,
        String.raw`\bdieses (?:Tool|Werkzeug)\b (?:muss|soll|sollte) (?:immer |stets )?(?:vorrangig|bevorzugt) (?:verwendet|ausgewählt|genutzt|aufgerufen|gewählt)`,
        String.raw`\bquesto strumento\b (?:deve|dovrebbe) (?:sempre )?essere (?:selezionato|usato|utilizzato|scelto|chiamato) con priorità`,
        String.raw`\besta ferramenta\b (?:deve|deverá|deveria) (?:sempre )?ser (?:selecionada|usada|utilizada|escolhida|chamada) com prioridade`,
        // "Has priority over the other tools", which English says in "priority claim".
        String.raw`\b(?:a|aura) (?:la )?priorité sur (?:tous )?les autres outils\b`,
        String.raw`\btiene prioridad sobre (?:todas )?las (?:demás|otras) herramientas\b`,
        String.raw`\bhat (?:immer )?Vorrang vor (?:allen )?(?:anderen|übrigen) (?:Tools|Werkzeugen)\b`,
        String.raw`\bha (?:la )?priorità su (?:tutti )?gli altri strumenti\b`,
        String.raw`\btem prioridade sobre (?:todas )?as (?:outras|demais) ferramentas\b`,
      ].join("|"),
      "i",
    ),
  },
  {
    // This text put above what the user asks, in other languages ("hat Vorrang vor den Wünschen des Nutzers",
    // "tienen prioridad sobre lo que pida el usuario"): the English forms are "the user's request overridden"
    // and "this text ranked above the user". Alone enough, like them.
    name: "the user's request overridden, in another language",
    gate: /vorrang|prioridad|priorité|priment|prime sur|precedenza|priorità|prioridade|优先|優先|우선/gi,
    weight: 4,
    pattern: new RegExp(
      [
        String.raw`\bVorrang vor (?:den |dem |der )?(?:Wünschen|Anweisungen|Anfragen|Bitten|Vorgaben|Eingaben) (?:des |der )?(?:Nutzer|Benutzer|Anwender)`,
        String.raw`\bVorrang vor (?:allem|jeder Anfrage|allen Anfragen),? (?:was|die) (?:der |die )?(?:Nutzer|Benutzer|Anwender)\w* (?:sagt|schreibt|will|verlangt|fragt)`,
        String.raw`\bprioridad sobre (?:(?:cualquier cosa|todo|lo) que (?:pida|diga|quiera|solicite|escriba) el usuario|(?:las )?(?:peticiones|solicitudes|instrucciones|órdenes|preguntas) del usuario)`,
        String.raw`\b(?:priment|prime|ont (?:la )?priorité|a (?:la )?priorité) sur (?:les |la |ce que )?(?:demandes?|instructions|requêtes|souhaits|l'utilisateur|dit l'utilisateur|demande l'utilisateur)`,
        String.raw`\b(?:hanno|ha) (?:la )?(?:precedenza|priorità) (?:sulle|sulla|su) (?:richieste|istruzioni|domande|ciò che chiede) (?:dell'|l')?utente`,
        String.raw`\b(?:têm|tem) (?:prioridade|precedência) sobre (?:o que (?:o )?(?:usuário|utilizador) (?:pedir|disser|quiser)|(?:as )?(?:solicitações|instruções|pedidos) do (?:usuário|utilizador))`,
        "优先于(?:用户|使用者)",
        "(?:ユーザー|利用者)の(?:指示|要求|依頼|リクエスト)より(?:も)?優先",
        "사용자(?:의)? (?:요청|지시|질문)보다 .{0,20}우선",
      ].join("|"),
      "i",
    ),
  },
  {
    // The other tools ruled out in the passive ("non-certified tools must not be used"), in English and the
    // languages above: a partner of the claim of priority, too weak alone.
    name: "other tools ruled out",
    gate: /be used|be called|be selected|be avoided|être utilisés|être sélectionnés|être appelés|ser usadas|ser utilizadas|usarse|utilizarse|verwendet|essere usati|essere utilizzati/gi,
    weight: 2,
    pattern: new RegExp(
      [
        String.raw`\b(?:other|alternative|competing|non-[\w-]+|uncertified|unverified|unofficial) (?:[\w-]+ ){0,3}tools? (?:must|should|shall) (?:not|never) be (?:used|called|selected)\b`,
        String.raw`\b(?:other|alternative|competing|non-[\w-]+|uncertified|unverified|unofficial) (?:[\w-]+ ){0,3}tools? (?:are [\w-]+ and )?(?:must|should|shall) be avoided\b`,
        String.raw`\bles (?:autres outils|outils [^.]{0,40}\bnon [^.]{0,30})\s*ne (?:doivent|devraient) (?:pas|jamais) être (?:utilisés|sélectionnés|appelés)`,
        String.raw`\b(?:las )?otras herramientas\b[^.]{0,40}\bno (?:deben|deberían) (?:ser usadas|ser utilizadas|usarse|utilizarse)`,
        String.raw`\banderen? (?:[\w-]+ )?(?:Tools|Werkzeuge)\b[^.]{0,40}\b(?:dürfen|sollten) (?:nicht|nie) verwendet`,
        String.raw`\bgli altri strumenti\b[^.]{0,40}\bnon (?:devono|dovrebbero) essere (?:usati|utilizzati)`,
        String.raw`\bas outras ferramentas\b[^.]{0,40}\bnão (?:devem|deveriam) ser (?:usadas|utilizadas)`,
      ].join("|"),
      "i",
    ),
  },
];
