/**
 * Who posted, as the intake counts it (the rate limit and the kept attempts alike): an IPv4
 * address, or an IPv6 address's /64 (what one subscriber usually holds, so that walking through
 * the addresses of one's own network counts as one client). An IPv4-mapped IPv6 address
 * (`::ffff:192.0.2.1`) is its IPv4 address.
 */
export function clientKey(address: string): string {
  const ip = address.replace(/%.*$/, '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = ip.includes('::') ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
