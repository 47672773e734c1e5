// Shapes in real logs and data files that phone numbers' digits happen to fit (logpai/loghub, elastic/examples):
// HDFS's line stamp yyMMdd HHmmss ms (081109 203615 148, valid in Germany after its trunk 0), an IPv4 address
// written with dashes as a host name's first label (62-192-102-94.dsl.easynet.nl in an SSH log), and a latitude
// beside its longitude in quoted CSV cells ("+40.922326","-072.637078", valid as a Romanian EPP number). Each
// was flagged hundreds of times in one file. The phone numbers beside them stay found.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const phones = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.type === "phone")
    .map((s) => text.slice(s.start, s.end));

describe("log and data shapes that are no phone number", () => {
  it.each([
    "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38865049064139660",
    "sshd(pam_unix)[23397]: authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=62-192-102-94.dsl.easynet.nl  user=root",
    "reverse mapping checking getaddrinfo for 195-154-37-122.rev.poneytelecom.eu [195.154.37.122] failed",
    '"00501","+40.922326","-072.637078","HOLTSVILLE","NY","SUFFOLK","UNIQUE"',
  ])("%s", (text) => {
    expect(phones(text)).toEqual([]);
  });
});

describe("phone numbers in the same places", () => {
  it.each([
    ["Tel: 030 1234567 INFO", "030 1234567"],
    ["host reachable, call 62-192-102-94 now", "62-192-102-94"],
    ['"Maria Keller","+40 21 312 3456","Bucuresti"', "+40 21 312 3456"],
    ["Tel.: +49 30 901820 0. Fax: +49 30 901820 99", "+49 30 901820 0"],
  ])("%s", (text, phone) => {
    expect(phones(text)).toContain(phone);
  });
});
