/**
 * Classifies an IP address against the blocked ranges (blocked-ranges.ts). Addresses are
 * parsed by hand into numbers so IPv4 embedded in IPv6 (mapped, NAT64, 6to4) is seen for
 * what it is; `node:net` only validates the syntax.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { BLOCKED_IPV4, BLOCKED_IPV6, IPV4_EMBEDDING, type Range } from './blocked-ranges.ts';

/** `a.b.c.d` as an unsigned 32-bit number, or undefined when it is not dotted-quad IPv4. */
export function parseIpv4(text: string): number | undefined {
  if (!isIPv4(text)) return undefined;
  return text.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** An IPv6 address as its eight 16-bit groups (zone id dropped), or undefined. */
export function parseIpv6(text: string): number[] | undefined {
  const bare = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIPv6(bare)) return undefined;
  // A dotted-quad tail (`::ffff:1.2.3.4`) becomes its two hex groups (`::ffff:102:304`).
  const body = bare.replace(/(\d+\.\d+\.\d+\.\d+)$/, (quad) => {
    const n = parseIpv4(quad)!;
    return `${Math.floor(n / 65536).toString(16)}:${(n % 65536).toString(16)}`;
  });
  const hex = (part: string) => (part === '' ? [] : part.split(':').map((h) => Number.parseInt(h, 16)));
  const [head, rest] = body.split('::') as [string, string | undefined];
  const left = hex(head);
  const right = rest === undefined ? [] : hex(rest);
  const fill = rest === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array.from({ length: fill }, () => 0), ...right];
}

function inIpv4Range(address: number, [network, prefix]: Range): boolean {
  const size = 2 ** (32 - prefix);
  const start = parseIpv4(network)!;
  return address >= start && address < start + size;
}

function inIpv6Range(groups: readonly number[], [network, prefix]: Range): boolean {
  const net = parseIpv6(network)!;
  for (let i = 0, bits = prefix; bits > 0; i++, bits -= 16) {
    const mask = bits >= 16 ? 0xffff : (0xffff << (16 - bits)) & 0xffff;
    if (((groups[i] ?? 0) & mask) !== ((net[i] ?? 0) & mask)) return false;
  }
  return true;
}

function ipv4Reason(address: number): string | undefined {
  return BLOCKED_IPV4.find((range) => inIpv4Range(address, range))?.[2];
}

function embeddedReason(groups: readonly number[]): string | undefined {
  for (const [prefix, at, kind] of IPV4_EMBEDDING) {
    if (!prefix.every((group, i) => groups[i] === group)) continue;
    const v4 = groups[at]! * 65536 + groups[at + 1]!;
    const reason = ipv4Reason(v4);
    if (reason) return `${kind} form of a blocked IPv4 address: ${reason}`;
  }
  return undefined;
}

/**
 * Why `address` must not be fetched, or undefined when it is a public unicast address.
 * Anything that is not an IP literal is refused too: callers pass resolved addresses.
 *
 * @example blockedReason('169.254.169.254') // 'link-local (RFC 3927); cloud metadata …'
 */
export function blockedReason(address: string): string | undefined {
  const v4 = parseIpv4(address);
  if (v4 !== undefined) return ipv4Reason(v4);
  const v6 = parseIpv6(address);
  if (v6 === undefined) return 'not an IP address';
  return BLOCKED_IPV6.find((range) => inIpv6Range(v6, range))?.[2] ?? embeddedReason(v6);
}
