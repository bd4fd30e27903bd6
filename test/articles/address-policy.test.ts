import { describe, expect, it } from 'vitest';
import { addressPolicy, anyAddress, publicAddressesOnly } from '../../src/articles/fetch/address-policy.js';

describe('publicAddressesOnly', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1 is a loopback address'],
    ['127.8.9.10', '127.8.9.10 is a loopback address'],
    ['10.1.2.3', '10.1.2.3 is a private address'],
    ['172.16.0.1', '172.16.0.1 is a private address'],
    ['172.31.255.254', '172.31.255.254 is a private address'],
    ['192.168.1.1', '192.168.1.1 is a private address'],
    ['169.254.169.254', '169.254.169.254 is a link-local address'],
    ['100.64.0.1', '100.64.0.1 is a carrier-grade NAT address'],
    ['0.0.0.0', '0.0.0.0 is an unspecified address'],
    ['224.0.0.1', '224.0.0.1 is a multicast address'],
    ['255.255.255.255', '255.255.255.255 is a broadcast address'],
    ['::1', '::1 is a loopback address'],
    ['::', ':: is an unspecified address'],
    ['fe80::1', 'fe80::1 is a link-local address'],
    ['fc00::1', 'fc00::1 is a unique-local address'],
    ['fd12:3456::1', 'fd12:3456::1 is a unique-local address'],
    ['ff02::1', 'ff02::1 is a multicast address'],
    ['::ffff:127.0.0.1', '::ffff:127.0.0.1 is a loopback address'],
    ['::ffff:7f00:1', '::ffff:7f00:1 is a loopback address'],
    ['::ffff:10.0.0.1', '::ffff:10.0.0.1 is a private address'],
    ['192.0.2.1', '192.0.2.1 is a reserved address (reserved)'],
    ['not-an-ip', 'not-an-ip is not an IP address'],
  ])('refuses %s', (address, reason) => {
    expect(publicAddressesOnly(address)).toBe(reason);
  });

  it.each(['8.8.8.8', '93.184.216.34', '172.32.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])(
    'allows %s',
    (address) => {
      expect(publicAddressesOnly(address)).toBeNull();
    },
  );
});

describe('addressPolicy', () => {
  it('allows private targets only when configured to', () => {
    expect(addressPolicy(false)('127.0.0.1')).toBe('127.0.0.1 is a loopback address');
    expect(addressPolicy(true)).toBe(anyAddress);
    expect(anyAddress('127.0.0.1')).toBeNull();
  });
});
