// Round 36 (atk36a): only eight European languages' password words were read, so a bank-phishing form in
// Japanese, Chinese, Korean, Turkish, Czech and many more was shown, and so was a card number in German,
// French or Spanish. The credential words of the common languages are one table (credential-words.ts
// OTHER_LANGUAGES); Chinese, Japanese, Korean and Thai words are found inside a run of letters, and a word
// may take the endings its language adds. Ordinary forms in those languages must still be shown.
import { describe, expect, it } from "vitest";
import { credentialFields, credentialRequest } from "../../src/integrity/credential-form.js";

const form = (properties: Record<string, object>) => ({ type: "object", properties });
const titled = (title: string) => credentialFields(form({ value: { type: "string", title } }));

describe("a credential asked for in another language", () => {
  it.each([
    ["Japanese", "ネットバンキングのパスワード", "パスワード"],
    ["Japanese", "キャッシュカードの暗証番号", "暗証番号"],
    ["Japanese", "カード番号を入力", "カード番号"],
    ["Japanese", "セキュリティコード（3桁）", "セキュリティコード"],
    ["Chinese", "网上银行密码", "密码"],
    ["Chinese", "網路銀行密碼", "密碼"],
    ["Chinese", "请输入短信验证码", "验证码"],
    ["Chinese", "钱包助记词", "助记词"],
    ["Chinese", "银行卡PIN码", "pin"],
    ["Korean", "인터넷 뱅킹 비밀번호", "비밀번호"],
    ["Korean", "비밀번호를 입력하세요", "비밀번호"],
    ["Korean", "계좌비밀번호", "비밀번호"],
    ["Korean", "신용카드 번호를 입력하세요", "카드 번호"],
    ["Korean", "보안코드", "보안 코드"],
    ["Thai", "กรอกรหัสผ่านของคุณ", "รหัสผ่าน"],
    ["Turkish", "İnternet bankacılığı şifresi", "şifres*"],
    ["Turkish", "Şifrenizi girin", "şifren*"],
    ["Turkish", "Kart numaranız", "kart numara*"],
    ["Czech", "Heslo k internetovému bankovnictví", "hesl*"],
    ["Czech", "Zadejte heslo", "hesl*"],
    ["Czech", "Číslo karty", "číslo karty"],
    ["Slovak", "Bezpečnostný kód", "bezpečnostný kód"],
    ["German", "Kartennummer Ihrer Kreditkarte", "kartennummer"],
    ["German", "Kreditkartennummer", "kartennummer"],
    ["German", "Geheimzahl (PIN)", "geheimzahl"],
    ["French", "Numéro de carte bancaire", "numéro de carte"],
    ["French", "Cryptogramme visuel", "cryptogramme"],
    ["Spanish", "Número de tarjeta", "número de tarjeta"],
    ["Spanish", "Código de seguridad", "código de seguridad"],
    ["Portuguese", "Número do cartão", "número do cartão"],
    ["Italian", "Numero della carta", "numero della carta"],
    ["Dutch", "Pincode", "pincode*"],
    ["Finnish", "Verkkopankin salasanasi", "salasana*"],
    ["Finnish", "Pankkikortin tunnusluku", "tunnuslu*"],
    ["Hungarian", "Internetbank jelszava", "jelsz*"],
    ["Hungarian", "Jelszó", "jelsz*"],
    ["Danish", "Adgangskoden til netbank", "adgangskode*"],
    ["Norwegian", "Passordet ditt", "passord*"],
    ["Swedish", "Säkerhetskod", "säkerhetskod*"],
    ["Estonian", "Sisestage parool", "parool*"],
    ["Latvian", "Ievadiet paroli", "paroli"],
    ["Lithuanian", "Slaptažodis", "slaptažod*"],
    ["Croatian", "Unesite lozinku", "lozink*"],
    ["Serbian", "Лозинка", "лозинк*"],
    ["Slovene", "Vnesite geslo", "gesl*"],
    ["Romanian", "Introduceți parola dvs.", "parola dvs"],
    ["Romanian", "Numărul cardului", "numărul cardului"],
    ["Greek", "Κωδικός πρόσβασης", "κωδικός πρόσβασης"],
    ["Greek", "ΚΩΔΙΚΟΣ ΠΡΟΣΒΑΣΗΣ", "κωδικός πρόσβασης"],
    ["Greek", "Εισάγετε τον κωδικό πρόσβασης", "κωδικό πρόσβασης"],
    ["Russian", "ПИН-код карты", "пин код"],
    ["Russian", "Номер карты", "номер карты"],
    ["Ukrainian", "Номер картки", "номер картки"],
    ["Hebrew", "הזן את הסיסמה שלך", "סיסמה"],
    ["Arabic", "أدخل كلمة المرور", "كلمة المرور"],
    ["Persian", "رمز عبور", "رمز عبور"],
    ["Hindi", "अपना पासवर्ड दर्ज करें", "पासवर्ड"],
    ["Vietnamese", "Nhập mật khẩu ngân hàng", "mật khẩu"],
    ["Indonesian", "Masukkan kata sandi Anda", "kata sandi*"],
    ["Malay", "Kata laluan", "kata laluan*"],
  ])("in %s: %j asks for %s", (_language, title, phrase) => {
    expect(titled(title)).toEqual([{ field: "value", asks: phrase }]);
  });

  it("is read in a message over a field to type into", () => {
    const typed = form({ value: { type: "string" } });
    expect(credentialRequest({ message: "パスワードを入力してください。", requestedSchema: typed })).toEqual([
      { field: "(message)", asks: "パスワード" },
    ]);
    expect(credentialRequest({ message: "请在下方输入您的网银密码", requestedSchema: typed })).toEqual([
      { field: "(message)", asks: "密码" },
    ]);
  });
});

describe("negative: an ordinary form in another language is shown", () => {
  it.each([
    ["Japanese", "お名前"],
    ["Japanese", "メールアドレス"],
    ["Japanese", "郵便番号"],
    ["Chinese", "用户名"],
    ["Chinese", "电话号码"],
    ["Chinese", "邮政编码"],
    ["Korean", "이름"],
    ["Korean", "이메일 주소"],
    ["Korean", "우편번호"],
    ["Thai", "รหัสไปรษณีย์"],
    ["Thai", "หมายเลขโทรศัพท์"],
    ["Turkish", "Telefon numarası"],
    ["Turkish", "Şifreli mesaj"],
    ["Turkish", "Kart sahibinin adı"],
    ["Czech", "Číslo objednávky"],
    ["German", "Telefonnummer"],
    ["French", "Paroles de la chanson"],
    ["French", "Numéro de téléphone"],
    ["Spanish", "Palabra clave"],
    ["Italian", "Parola chiave"],
    ["Italian", "Codice fiscale"],
    ["Portuguese", "Código postal"],
    ["Dutch", "Postcode"],
    ["Finnish", "Sähköpostiosoite"],
    ["Hungarian", "Irányítószám"],
    ["Danish", "Postnummer"],
    ["Estonian", "Telefoninumber"],
    ["Latvian", "Tālruņa numurs"],
    ["Lithuanian", "Telefono numeris"],
    ["Croatian", "Poštanski broj"],
    ["Slovene", "Številka naročila"],
    ["Romanian", "Codul poștal"],
    ["Greek", "Αριθμός τηλεφώνου"],
    ["Greek", "Κωδικός προϊόντος"],
    ["Russian", "Почтовый индекс"],
    ["Hebrew", "מספר טלפון"],
    ["Arabic", "رقم الهاتف"],
    ["Hindi", "पिन कोड"],
    ["Hindi", "फ़ोन नंबर"],
    ["Vietnamese", "Số điện thoại"],
    ["Vietnamese", "So the form can reach you, your name"],
    ["Indonesian", "Kode pos"],
    ["Malay", "Nombor telefon"],
  ])("in %s: %j", (_language, title) => {
    expect(titled(title)).toEqual([]);
  });
});
