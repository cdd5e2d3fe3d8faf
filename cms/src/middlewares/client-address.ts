import { BlockList, isIP } from 'node:net';

export interface ClientAddressConfig {
  /** Whether the CMS runs behind a reverse proxy (`CMS_TRUST_PROXY`). */
  behindProxy: boolean;
  /** The proxies' addresses or ranges (`CMS_TRUSTED_PROXIES`, e.g. `10.0.0.0/8,::1`); loopback when none. */
  trustedProxies: readonly string[];
}

const LOOPBACK = ['127.0.0.0/8', '::1'];
const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-real-ip'];

interface ForwardedRequest {
  req: { socket: { remoteAddress?: string }; headers: Record<string, string | string[] | undefined> };
}

/**
 * First of all middlewares. Behind a proxy, Koa takes the client address (for the rate limit), the
 * scheme and the host from `X-Forwarded-*`; those headers are only the proxy's word when the
 * connection comes from the proxy. From anyone else they are dropped, so a client posting straight
 * to the CMS is known by its own address.
 */
export default (config: ClientAddressConfig) => {
  if (!config.behindProxy) return (_ctx: ForwardedRequest, next: () => Promise<void>) => next();
  const proxies = addressList(config.trustedProxies.length > 0 ? config.trustedProxies : LOOPBACK);
  return async (ctx: ForwardedRequest, next: () => Promise<void>) => {
    if (!isListed(proxies, ctx.req.socket.remoteAddress)) {
      for (const header of FORWARDING_HEADERS) delete ctx.req.headers[header];
    }
    await next();
  };
};

/** Addresses and CIDR ranges, IPv4 or IPv6; an entry that is neither stops the start. */
export function addressList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.trim().split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`CMS_TRUSTED_PROXIES: "${entry}" is no IP address or range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/** An IPv4 peer on a dual-stack socket is seen as `::ffff:a.b.c.d`. */
export function isListed(list: BlockList, address: string | undefined): boolean {
  if (!address) return false;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return list.check(mapped[1]!, 'ipv4');
  return list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}
