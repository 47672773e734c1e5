// Round 37 (atk37a, atk37c): a form asking for a second factor ("Backup code", "the 6-digit code", "your
// authenticator app"), a one-time banking code in another language (German "TAN", "Bestätigungscode", French
// "code de vérification"), a spelled-out CVV, an SSH private key file or a session cookie was shown; and an
// Indian address form's "Pincode", a postal code, was refused as the Dutch word for PIN. Honest codes (a
// coupon, a postal, zip or promo code, a postal PIN code, an SSH public key) are still shown.
import { describe, expect, it } from "vitest";
import { credentialFields, credentialRequest } from "../../src/integrity/credential-form.js";

const form = (properties: Record<string, object>) => ({ type: "object", properties });
const titled = (title: string) => credentialFields(form({ value: { type: "string", title } }));
const asked = (message: string) =>
  credentialRequest({ message, requestedSchema: form({ value: { type: "string" } }) });

describe("a second factor, a one-time code, a key file or a session cookie", () => {
  it.each([
    ["Backup code", "backup code"],
    ["Recovery code", "recovery code"],
    ["Login code", "login code"],
    ["Sign-in code", "sign in code"],
    ["Two-factor code", "two factor code"],
    ["Authenticator code", "authenticator code"],
    ["Card verification value", "card verification value"],
    ["Session cookie", "session cookie"],
    ["TAN", "TAN"],
    ["pushTAN aus Ihrer Banking-App", "TAN"],
    ["TAN-Nummer", "TAN"],
    ["Bestätigungscode", "bestätigungscode"],
    ["Code de vérification", "code de vérification"],
    ["Código de verificación", "código de verificación"],
    ["Código de verificação", "código de verificação"],
    ["Codice di verifica", "codice di verifica"],
    ["Verificatiecode", "verificatiecode*"],
  ])("%j asks for %s", (title, phrase) => {
    expect(titled(title)).toEqual([{ field: "value", asks: phrase }]);
  });

  it.each([
    ["Enter the 6-digit code we just sent to your phone.", "digit code"],
    ["Type the code shown in your authenticator app.", "authenticator app"],
    ["Paste the contents of your ~/.ssh/id_rsa file below.", "id rsa"],
    ["Paste your ~/.ssh/id_ed25519 here.", "id ed25519"],
    // Round 38: a code the service sent, with no digit count to give it away.
    ["Enter the code we sent to your phone.", "code we sent"],
    ["Type the code we've just texted you.", "code we ve just texted"],
    ["Please confirm with the code we e-mailed to you.", "code we e mailed"],
    ["Enter the code that was sent to your device.", "code that was sent"],
    ["Enter the text message code.", "text message code"],
    ["Enter the code from Google Authenticator to continue.", "google authenticator"],
    ["Enter the code displayed in the Authy app.", "authy"],
    ["Enter the code from the email we just sent you.", "code from the email"],
    ["Type the 6 digits from the text message we sent.", "digits from the text"],
    ["Enter code we sent to your phone.", "code we sent"],
    ["Type the 8 digits from the text message.", "digits from the text"],
    // Round 39: the code's coming in other words, over other channels, before it, in other languages.
    ["Enter the code sent to you by SMS.", "code sent"],
    ["Enter the code we messaged you on WhatsApp.", "code we messaged"],
    ["Enter the code from WhatsApp to confirm the transfer.", "code from whats"],
    ["Enter the code from the push notification on your phone.", "code from the push"],
    ["Enter the code read out in our automated call.", "code read"],
    ["We sent a code to your phone. Enter it below.", "sent a code"],
    ["We've texted you a 6-digit code.", "texted you a 6 digit code"],
    ["Introduce el código que te enviamos por SMS.", "codigo que te enviamos"],
    ["Geben Sie den Code ein, den wir Ihnen per SMS gesendet haben.", "code ein den wir ihnen per sms"],
    ["Entrez le code reçu par SMS.", "code recu"],
    // Round 40: a sender named between the code and its coming, the message holding the code as the object.
    ["Enter the code your bank sent.", "code your bank sent"],
    ["Enter the code your bank texted you to approve the transfer.", "code your bank texted"],
    ["Enter the code Apple sent to your iPhone.", "code apple sent"],
    ["Enter the code shown in the SMS from PayPal.", "code shown in the sms"],
    ["Enter the code you just got by text.", "code you just got by text"],
    ["We have sent you a text message with a code. Please enter it.", "sent you a text message with a code"],
    ["We sent you an SMS code.", "sent you an sms code"],
    ["Gib den Code ein, den du per SMS erhalten hast.", "code ein den du per sms"],
    ["Digite o código que enviamos por SMS.", "codigo que enviamos"],
    ["Введите код подтверждения из SMS.", "код подтверждения"],
    ["Wpisz kod weryfikacyjny z SMS-a.", "kod weryfikacyjn*"],
    ["SMS ile gönderilen doğrulama kodunu girin.", "doğrulama kod*"],
    ["Ange engångskoden från sms:et.", "engangskode*"],
    // Round 41 (a lead left in round 40): the sender named after a relative pronoun, in the languages that keep
    // it, as English's "the code your bank sent" has been since round 40.
    ["Geben Sie den Code ein, den Ihre Bank Ihnen geschickt hat.", "code ein den ihre bank ihnen geschickt"],
    ["Gib den Code ein, den deine Bank dir gesendet hat.", "code ein den deine bank dir gesendet"],
    ["Introduce el código que te envió tu banco.", "codigo que te envio"],
    ["Introduce el código que tu banco te envió por SMS.", "codigo que tu banco te envio"],
    ["Entrez le code que votre banque vous a envoyé.", "code que votre banque vous a envoye"],
    ["Inserisci il codice che la tua banca ti ha inviato.", "codice che la tua banca ti ha inviato"],
    ["Digite o código que o seu banco enviou.", "codigo que o seu banco enviou"],
    // Round 41 (atk41a): the code's coming worded by its arriving or by where it is seen, and the digits counted
    // in words, in each language read.
    ["To finish signing in, enter the code that arrived by SMS.", "code that arrived by sms"],
    ["Type in the code that came to your phone by SMS.", "code that came to your phone"],
    ["Enter the code that just arrived on your phone.", "code that just arrived on your phone"],
    ["Enter the code you see in the text message.", "code you see in the text"],
    ["Enter the code you find in the email.", "code you find in the email"],
    ["Enter the six digits we texted you.", "digits we texted"],
    ["Enter the 6-digit number we texted you.", "number we texted"],
    ["Introduce el código que llegó a tu teléfono por SMS.", "codigo que llego a tu telefono"],
    ["Introduce el código que recibes por SMS.", "codigo que recibes por sms"],
    ["Introduce los seis dígitos que te enviamos.", "digitos que te enviamos"],
    ["Digite o código que chegou ao seu celular.", "codigo que chegou ao seu celular"],
    ["Entrez les six chiffres que nous vous avons envoyés.", "chiffres que nous vous avons envoyes"],
    ["Saisissez le code que vous voyez dans le SMS.", "code que vous voyez dans le sms"],
    ["Inserisci il codice che vedi nel SMS.", "codice che vedi nel sms"],
    ["Gib die sechs Ziffern ein, die wir dir geschickt haben.", "ziffern ein die wir dir geschickt"],
  ])("the message %j over a field to type into asks for %s", (message, phrase) => {
    expect(asked(message)).toEqual([{ field: "(message)", asks: phrase }]);
  });
});

describe("negative: an honest code is shown", () => {
  it.each([
    "Coupon code",
    "Postal code",
    "ZIP code",
    "Promo code",
    "Discount code",
    "Tan",
    "Skin tone (e.g. tan)",
  ])("%j", (title) => {
    expect(titled(title)).toEqual([]);
  });

  it.each([
    "Enter the promo code we sent to your e-mail.",
    "Type the gift code we emailed you.",
    "Enter the tracking code sent to your phone to follow your parcel.",
    "Which code do you want to run? Paste the code you wrote.",
    "Enter the reference code we sent you in your receipt.",
    "Enter the gift card code we sent you.",
    "Enter the course code we sent you to join the class.",
    "Enter the ticket code from the email we sent you.",
    // A code of a kind named after it, a box on the page, an address, code that goes somewhere.
    "Introduce el código promocional que te enviamos por SMS.",
    "Entrez le code promo reçu par e-mail.",
    "Paste the code in the text box below.",
    "Paste the code you wrote and we will email you the result.",
    "Add the code to your email.",
    "We sent you a gift card code.",
    // A sender's name is short and joins no clause; getting or seeing a code says nothing without a channel.
    "Paste the code your colleague wrote and the tests it broke, then we will email you the result.",
    "Enter the code you got.",
    "Enter the code shown on the screen of your television set.",
    "We sent you an email with a discount code.",
    "Paste the code in the message box below.",
    "Enter the code of the product you received.",
    // Round 41: a sender only after the relative pronoun that follows the code word, and never after a place.
    "Introduce el código promocional que tu tienda te envió.",
    "Introduce el código que aparece en tu envío.",
    "Geben Sie den Code ein, den Ihr Kollege geschrieben hat.",
    "Entrez le code de réduction que votre magasin vous a envoyé.",
    // Round 41: arriving or seeing names a channel only after a preposition; a number is a code only counted.
    "Enter the code that came with your order.",
    "Enter the code that came in the box.",
    "Enter the code you see on the screen.",
    "Enter the code you see in the text box below.",
    "Enter the number we texted you about.",
    "Enter the order number we sent you.",
    "Enter the last four digits of the card we sent you.",
    "Introduce el código que aparece en tu envío.",
  ])("the message %j", (message) => {
    expect(asked(message)).toEqual([]);
  });

  it("a PIN code that says it is postal, as an Indian address form's is", () => {
    const address = (field: object) => credentialFields(form({ pincode: { type: "string", ...field } }));
    expect(address({ title: "Pincode", description: "6-digit postal code, e.g. 560001" })).toEqual([]);
    expect(
      address({ title: "PIN code", description: "The PIN code (postal index number) of your address" }),
    ).toEqual([]);
    expect(address({ title: "PIN code (ZIP)" })).toEqual([]);
    // Without saying so it is a card's PIN, and a sibling address field does not make it postal.
    expect(address({ title: "Pincode" })).toEqual([{ field: "pincode", asks: "pincode*" }]);
    expect(
      credentialFields(
        form({ city: { type: "string", title: "City" }, pin: { type: "string", title: "PIN" } }),
      ),
    ).toEqual([{ field: "pin", asks: "pin" }]);
    // Saying it is postal excuses the PIN only, not another credential in the same field.
    expect(address({ title: "Postal PIN code and card password" })).toEqual([
      { field: "pincode", asks: "password" },
    ]);
  });

  it("an SSH public key file", () => {
    expect(asked("Paste the contents of your ~/.ssh/id_rsa.pub file below.")).toEqual([]);
  });
});
