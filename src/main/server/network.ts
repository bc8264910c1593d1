import { networkInterfaces } from 'node:os';

export interface HostOption {
  address: string;
  /** The interface name, e.g. wlan0, en0, "Wi-Fi". */
  interface: string;
  /** A hint for the facilitator: Wi-Fi, hotspot, Ethernet... */
  label: string;
}

/** IPv4 addresses phones could reach, best guesses first. */
export function lanAddresses(ifaces = networkInterfaces()): HostOption[] {
  const out: HostOption[] = [];
  for (const [name, list] of Object.entries(ifaces)) {
    for (const info of list ?? []) {
      if (info.family !== 'IPv4' || info.internal) continue;
      out.push({ address: info.address, interface: name, label: describeInterface(name, info.address) });
    }
  }
  const rank = (h: HostOption) =>
    /wi-?fi|wlan|wlp|en0/i.test(h.interface) ? 0 : /hotspot|ap\d/i.test(h.label) ? 1 : /docker|veth|br-|virbr|vmnet|utun/i.test(h.interface) ? 3 : 2;
  return out.sort((a, b) => rank(a) - rank(b));
}

function describeInterface(name: string, address: string): string {
  if (/wi-?fi|wlan|wlp|en0/i.test(name)) return `Wi-Fi (${name})`;
  if (/^192\.168\.(43|137)\./.test(address) || /^172\.20\.10\./.test(address)) return `Hotspot (${name})`;
  if (/eth|enp|eno|ethernet/i.test(name)) return `Ethernet (${name})`;
  return name;
}
