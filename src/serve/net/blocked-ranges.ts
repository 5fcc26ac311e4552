/**
 * Address ranges a server-side fetch must never reach (SSRF defence, OWASP "Server Side
 * Request Forgery Prevention Cheat Sheet": deny private, loopback, link-local and cloud
 * metadata addresses after resolution). Sources: IANA IPv4/IPv6 Special-Purpose Address
 * Registries (RFC 6890 and updates). Each entry: [network, prefix length, reason].
 */
export type Range = readonly [network: string, prefix: number, reason: string];

export const BLOCKED_IPV4: readonly Range[] = [
  ['0.0.0.0', 8, 'unspecified ("this network", RFC 791): 0.0.0.0 reaches the local host on Linux'],
  ['10.0.0.0', 8, 'private network (RFC 1918)'],
  ['100.64.0.0', 10, 'carrier-grade NAT shared space (RFC 6598); Alibaba metadata 100.100.100.200 sits here'],
  ['127.0.0.0', 8, 'loopback (RFC 1122)'],
  ['169.254.0.0', 16, 'link-local (RFC 3927); cloud metadata 169.254.169.254 sits here'],
  ['172.16.0.0', 12, 'private network (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments (RFC 6890)'],
  ['192.0.2.0', 24, 'documentation TEST-NET-1 (RFC 5737)'],
  ['192.88.99.0', 24, '6to4 relay anycast, deprecated (RFC 7526)'],
  ['192.168.0.0', 16, 'private network (RFC 1918)'],
  ['198.18.0.0', 15, 'benchmarking (RFC 2544)'],
  ['198.51.100.0', 24, 'documentation TEST-NET-2 (RFC 5737)'],
  ['203.0.113.0', 24, 'documentation TEST-NET-3 (RFC 5737)'],
  ['224.0.0.0', 4, 'multicast (RFC 5771)'],
  ['240.0.0.0', 4, 'reserved (RFC 1112), includes broadcast 255.255.255.255'],
  ['168.63.129.16', 32, 'Azure platform metadata / wire server (a public address used as metadata)'],
];

export const BLOCKED_IPV6: readonly Range[] = [
  ['::', 128, 'unspecified (RFC 4291)'],
  ['::1', 128, 'loopback (RFC 4291)'],
  ['100::', 64, 'discard-only (RFC 6666)'],
  ['2001::', 32, 'Teredo tunnelling (RFC 4380): hides an IPv4 destination'],
  ['2001:db8::', 32, 'documentation (RFC 3849)'],
  ['fc00::', 7, 'unique local, the IPv6 private range (RFC 4193); AWS metadata fd00:ec2::254 sits here'],
  ['fe80::', 10, 'link-local (RFC 4291)'],
  ['fec0::', 10, 'site-local, deprecated (RFC 3879)'],
  ['ff00::', 8, 'multicast (RFC 4291)'],
];

/**
 * IPv6 prefixes that carry an IPv4 address in their low bits; the embedded address is
 * checked against BLOCKED_IPV4 (`::ffff:127.0.0.1` must not slip past as "IPv6").
 * [prefix hextets, IPv4 position (index of the first of two hextets), reason].
 */
export const IPV4_EMBEDDING: readonly (readonly [prefix: readonly number[], at: number, reason: string])[] = [
  [[0, 0, 0, 0, 0, 0xffff], 6, 'IPv4-mapped (RFC 4291 §2.5.5.2)'],
  [[0, 0, 0, 0, 0, 0], 6, 'IPv4-compatible, deprecated (RFC 4291 §2.5.5.1)'],
  [[0x64, 0xff9b, 0, 0, 0, 0], 6, 'NAT64 well-known prefix (RFC 6052)'],
  [[0x64, 0xff9b, 1], 6, 'NAT64 local-use prefix (RFC 8215)'],
  [[0x2002], 1, '6to4 (RFC 3056)'],
];
